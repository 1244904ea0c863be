import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// A member who moved out or died stays in the household's history and is counted nowhere:
/// not in triage's children under 12, not in its acute ZRM domains, not as a ZRM baseline.
@Suite struct MembersWhoLeftTests {
    let today = Day("2026-11-20")!

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("m.sqlite").path,
            from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    @Test func aChildWhoMovedOutIsNotCountedInTriage() throws {
        let base = try sample()
        let store = base.acting(as: CaseWorkStoreTests.actor("fatima"))
        let contexts = try store.triageContexts(today: today)
        // The Meldcode household (7) has an open signal and two small children.
        #expect(contexts[7]?.childrenUnder12 == 2)
        let children = try store.household(id: 7).household.members.filter { $0.birthYear > today.year - 12 }
        #expect(children.count == 2)
        _ = try store.personLeaves(
            personID: children[0].id, on: today, reason: .movedOut, expectedVersion: children[0].version, today: today)
        #expect(try store.triageContexts(today: today)[7]?.childrenUnder12 == 1)
        let r = try store.household(id: 7)
        #expect(r.household.members.count == 4, "kept in the history")
        #expect(r.household.currentMembers.count == 3)
    }

    @Test func anAcuteScoreOfSomeoneWhoLeftNoLongerMakesTheDomainAcute() throws {
        let base = try sample()
        let store = base.acting(as: CaseWorkStoreTests.actor("fatima"))
        // Household 7 has an open signal; its father is measured acute (1) on finances.
        let father = try #require(try store.household(id: 7).household.members.first { $0.isAdult(on: today) && $0.role == .partner })
        var scores = Dictionary(uniqueKeysWithValues: LifeDomain.zrmDomains.map { ($0, 3) })
        scores[.financien] = 1
        try store.recordZRM(personID: father.id, date: today, scores: scores, notAssessed: [], basedOn: nil, today: today)
        #expect(try store.triageContexts(today: today)[7]?.acuteDomains == [.financien])
        let now = try #require(try store.household(id: 7).household.members.first { $0.id == father.id })
        _ = try store.personLeaves(personID: father.id, on: today, reason: .movedOut, expectedVersion: now.version, today: today)
        #expect(try store.triageContexts(today: today)[7]?.acuteDomains == [])
    }

    @Test func aZRMBaselineOfSomeoneWhoLeftDoesNotCountForTheNextPhase() throws {
        let store = try sample().acting(as: CaseWorkStoreTests.actor("fatima"))
        let withBaseline = try store.caseCards().map(\.case).first { c in
            let r = try store.household(id: c.householdID)
            return PhaseFacts(record: r, caseID: c.id, today: today).hasZRMBaseline
        }
        let c = try #require(withBaseline)
        let r = try store.household(id: c.householdID)
        let measured = Set(r.zrm.map(\.personID))
        for p in r.household.members where measured.contains(p.id) {
            _ = try store.personLeaves(personID: p.id, on: today, reason: .movedOut, expectedVersion: p.version, today: today)
        }
        #expect(!PhaseFacts(record: try store.household(id: c.householdID), caseID: c.id, today: today).hasZRMBaseline)
    }
}
