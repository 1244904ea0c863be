import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// Issue 24, item 3, in the store: on the sample district Samira is on leave and holds case
/// #13, which signal #7 is about. A triage decision neither leaves the case with her while
/// nobody covers nor gives a case to her; a named cover lets the case stay hers.
@Suite struct AbsenceStoreTests {
    let today = Day("2026-11-20")!

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("a.sqlite").path, from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    /// A cover as H1's `nameCover` writes it, straight into the table.
    func cover(_ store: SQLiteStore, caseID: Int, absent: StaffID, by cover: StaffID) throws {
        try store.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO case_cover (case_id, absence_id, cover_id, named_by, named_on)
                    VALUES (?, (SELECT MAX(id) FROM staff_absence WHERE staff_id = ?), ?, 'fatima', ?)
                    """, arguments: [caseID, absent, cover, today.description])
        }
    }

    @Test func theSuggestionContextOfACaseHasItsNextOpenFollowUp() throws {
        let store = try sample()
        let open = try store.followUps(includeDone: false)
        let c = try #require(open.first?.caseID)
        let earliest = open.filter { $0.caseID == c }.map(\.due).min()
        #expect(try store.suggestionContext(caseID: c).nextFollowUp == earliest)
        // Triage on the household of that case sees the same day; a household without a case none.
        let h = try #require(try store.caseCards().first { $0.case.id == c }?.case.householdID)
        #expect(try store.suggestionContext(householdID: h).nextFollowUp == earliest)
        let withoutCase = try #require(try store.triageContexts(today: today).first { $0.value.openCaseID == nil }?.key)
        #expect(try store.suggestionContext(householdID: withoutCase).nextFollowUp == nil)
    }

    @Test func triageDoesNotLeaveTheCaseWithTheRegisseurOnLeaveNorGiveItToHer() throws {
        let store = try sample()
        let keep = try #require(throws: WijkteamError.self) {
            try store.decideTriage(signalID: 7, decision: TriageDecision(route: .regie, regisseur: nil), by: "fatima", on: today)
        }
        #expect(keep.description.contains("Case #13") && keep.description.contains("Samira Haddouchi is on leave"))
        let toHer = try #require(throws: WijkteamError.self) {
            try store.decideTriage(signalID: 7, decision: TriageDecision(route: .regie, regisseur: "samira"), by: "fatima", on: today)
        }
        #expect(toHer.description.contains("Samira Haddouchi cannot take the case"))
        // Another signal's new case is not given to her either.
        #expect(throws: WijkteamError.self) {
            try store.decideTriage(signalID: 14, decision: TriageDecision(route: .regie, regisseur: "samira"), by: "fatima", on: today)
        }
        #expect(try store.openSignals().contains { $0.id == 6 })
        #expect(try store.caseCards().first { $0.case.id == 13 }?.case.regisseurID == "samira")
        // A route on which the team keeps nothing needs no regisseur.
        let closed = try store.decideTriage(
            signalID: 7, decision: TriageDecision(route: .generalProvision, regisseur: nil), by: "fatima", on: today)
        #expect(closed.id == 13)
    }

    @Test func withACoverNamedTheCaseMayStayHers() throws {
        let store = try sample()
        try cover(store, caseID: 13, absent: "samira", by: "daan")
        // The sample has Noël covering Samira's other case (#14); this one is Daan's.
        let covers = try store.covers().filter { $0.caseID == 13 }
        #expect(covers.count == 1 && covers[0].coverID == "daan" && covers[0].absence.staffID == "samira" && covers[0].isActive(on: today))
        let c = try store.decideTriage(signalID: 7, decision: TriageDecision(route: .regie, regisseur: nil), by: "fatima", on: today)
        #expect(c.id == 13 && c.regisseurID == "samira")
    }

    @Test func aNewRegisseurWhoIsPresentIsTaken() throws {
        let store = try sample()
        let c = try store.decideTriage(signalID: 7, decision: TriageDecision(route: .regie, regisseur: "emre"), by: "fatima", on: today)
        #expect(c.id == 13 && c.regisseurID == "emre")
    }
}
