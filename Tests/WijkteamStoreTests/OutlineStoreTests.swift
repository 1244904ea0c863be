import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The board's first frame reads every open case as an outline and whole cards only for what it
/// shows: an outline must carry exactly the whole card's fields it claims to, and the whole cards
/// read by id must be the cards the full read gives.
@Suite struct OutlineStoreTests {
    let today = Day("2026-11-20")!

    /// The sample district, and a generated city small enough for a test (600 open cases).
    func stores() throws -> [SQLiteStore] {
        var g = DistrictGenerator(seed: 11, size: .city(households: 2_000), today: today)
        let city = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("city.sqlite").path, from: g.generate())
        return [try Fixtures.sampleStore(), city]
    }

    /// What an outline keeps of a whole card.
    func outline(of card: CaseCard) -> CaseCard {
        let c = card.case
        return CaseCard(case: Case(id: c.id, householdID: c.householdID, opened: c.opened, source: .other, presentingQuestion: "",
                                   domains: [], phase: c.phase, regisseurID: c.regisseurID, complexity: c.complexity, safety: c.safety,
                                   version: 0),
                        householdName: "", buurt: "", street: "", lastContact: card.lastContact, nextFollowUp: nil, proactiveKinds: [])
    }

    func outline(of f: FollowUp) -> FollowUp {
        FollowUp(id: f.id, caseID: f.caseID, kind: f.kind, due: f.due, ownerID: nil, note: "", done: false, outcome: nil, version: 0)
    }

    @Test func anOutlineIsTheWholeCardWithoutItsTexts() throws {
        for store in try stores() {
            let whole = try store.caseCards()
            let outlines = try store.caseOutlines()
            #expect(outlines.count == whole.count && whole.count > 40)
            #expect(outlines == whole.map(outline(of:)))
            // The outline carries what differs between cases (not all regisseurs, days or phases alike).
            #expect(Set(outlines.map(\.case.regisseurID)).count > 3 && Set(outlines.compactMap(\.lastContact)).count > 10)
            #expect(outlines.contains { $0.case.safety } && outlines.contains { $0.lastContact == nil } == whole.contains { $0.lastContact == nil })
            let followUps = try store.followUps(includeDone: false)
            #expect(try store.followUpOutlines() == followUps.map(outline(of:)))
            #expect(followUps.count > 20)
        }
    }

    /// `caseload` reads one regisseur's outlines: for every colleague, acting as every colleague
    /// (an outside partner sees only the cases shared with them), what the full reads give for them.
    @Test func aCaseloadsOutlinesAreTheFullReadsOfThatRegisseur() throws {
        for base in try stores() {
            let staff = try base.staff()
            var nonEmpty = 0
            for reader in staff {
                let store = base.acting(as: AuditActor(staffID: reader.id, account: "test-\(reader.id)", origin: "tests"))
                let all = try store.caseOutlines(), allFollowUps = try store.followUpOutlines()
                for regisseur in staff.map(\.id) + ["nobody"] {
                    let cases = all.filter { $0.case.regisseurID == regisseur }
                    let own = Set(cases.map(\.case.id))
                    let narrow = try (store as any WijkteamStore).caseloadOutlines(of: regisseur)
                    #expect(narrow.cases == cases, "\(reader.id) reading \(regisseur)'s caseload")
                    #expect(narrow.followUps == allFollowUps.filter { own.contains($0.caseID) })
                    if !narrow.followUps.isEmpty { nonEmpty += 1 }
                }
            }
            #expect(nonEmpty > staff.count)
        }
    }

    @Test func wholeCardsByIDAreTheCardsTheFullReadGives() throws {
        for store in try stores() {
            let whole = try store.caseCards()
            // Every fifth card, a safety case (its questions withheld alike), and one with follow-ups.
            var ids = Set(stride(from: 0, to: whole.count, by: 5).map { whole[$0].case.id })
            ids.insert(try #require(whole.first { $0.case.safety }).case.id)
            ids.insert(try #require(whole.first { $0.nextFollowUp != nil && !$0.proactiveKinds.isEmpty }).case.id)
            let byID = try store.caseCards(ids: Array(ids) + [999_999])  // an unknown id is no card
            #expect(byID == whole.filter { ids.contains($0.case.id) })
            #expect(try store.caseCards(ids: []).isEmpty)
        }
    }

    /// Need-to-know holds for outlines as for cards: Karin (outside the team) sees case 22 only.
    @Test func outlinesKeepNeedToKnow() throws {
        let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "karin", account: "karin", origin: "tests"))
        #expect(try store.caseOutlines().map(\.case.id) == [22])
        #expect(try store.caseOutlines().map(\.case.id) == store.caseCards().map(\.case.id))
        #expect(Set(try store.followUpOutlines().map(\.caseID)).isSubset(of: [22]))
        #expect(try store.caseCards(ids: [1, 22]).map(\.case.id) == [22])
    }

    /// The outlines come from covering indexes: no case text or household is read for them.
    @Test func outlinesAreReadFromCoveringIndexes() throws {
        let store = try Fixtures.sampleStore()
        let plans = try store.pool.read { db in
            try [OutlineSQL.cases, OutlineSQL.followUps].map { sql in
                try String.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, adapter: ColumnMapping(["detail": "detail"])).joined(separator: "; ")
            }
        }
        #expect(plans[0].contains("COVERING INDEX case_open_outline"), "\(plans[0])")
        #expect(plans[1].contains("COVERING INDEX follow_up_open_outline") || plans[1].contains("USING INDEX follow_up_open_outline"), "\(plans[1])")
        #expect(!plans[1].contains("TEMP B-TREE"), "sorted by the index, not afterwards: \(plans[1])")
    }
}

/// The Kindcheck prompt's rows, stepped with SQLite's C API, give what the rows read by name give
/// (the path another engine takes), on days that put children on either side of 18 and 12.
@Suite struct KindcheckReadTests {
    @Test func steppedRowsGiveTheSameCasesAsRowsReadByName() throws {
        let today = Day("2026-11-20")!
        var g = DistrictGenerator(seed: 13, size: .city(households: 1_500), today: today)
        let city = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("k.sqlite").path, from: g.generate())
        for store in [try Fixtures.sampleStore(), city] {
            var answers = Set<Int>()
            for day in [today, today.adding(days: 400), today.adding(days: 2_500), today.adding(days: -3_000)] {
                let stepped = try (store as any WijkteamStore).kindchecksDue(today: day)
                let byName = try store.reading { try $0.kindchecksDue(today: day) }
                #expect(stepped == byName)
                #expect(try stepped == rowByRowKindchecks(store, today: day))
                answers.insert(stepped.count)
            }
            // The days change the answer: the rows carry the ages it turns on.
            #expect(answers.count > 1)
        }
    }

    /// The Kindcheck read as it was before rows were read by position: the shared mapping is
    /// pinned to the row mappers every other read uses (`Rows.person`).
    func rowByRowKindchecks(_ store: SQLiteStore, today: Day) throws -> [Int: Int] {
        try store.reading { work in
            let cases = try work.db.fetchMapped("SELECT id, household_id, phase FROM care_case WHERE phase <> 'afgesloten'", []) { r in
                Case(
                    id: r["id"], householdID: r["household_id"], opened: Day(daysSinceEpoch: 0), source: .other, presentingQuestion: "",
                    domains: [], phase: Rows.vocab(r, "phase", Phase.aanmelding))
            }
            var members: [Int: [Person]] = [:]
            let people = try work.db.fetchMapped(
                """
                SELECT id, household_id, '' AS name, birth_year, role, is_client, birth_date, left_on, left_reason, version FROM person
                WHERE left_on IS NULL AND household_id IN (SELECT household_id FROM care_case WHERE phase <> 'afgesloten')
                """, [], Rows.person)
            for p in people { members[p.householdID, default: []].append(p) }
            let done = try work.kindcheckedCases()
            var due: [Int: Int] = [:]
            for (householdID, its) in Dictionary(grouping: cases, by: \.householdID) {
                Kindcheck.addDueCases(
                    its, householdID: householdID, members: members[householdID] ?? [], done: done, today: today, to: &due)
            }
            return due
        }
    }

    /// Follow-ups stepped give the rows read by name, open or all, as every colleague of the
    /// sample (safety cases' follow-ups withheld, an outside partner's limited to what is shared).
    @Test func steppedFollowUpsAreTheFollowUpsReadByName() throws {
        let base = try Fixtures.sampleStore()
        var seen = Set<[FollowUp]>(), sawDone = false, sawOutcome = false
        for reader in try base.staff() {
            let store = base.acting(as: AuditActor(staffID: reader.id, account: "test-\(reader.id)", origin: "tests"))
            for includeDone in [false, true] {
                let stepped = try (store as any WijkteamStore).followUps(includeDone: includeDone)
                let byName = try store.reading { try $0.followUps(includeDone: includeDone) }
                #expect(stepped == byName)
                #expect(includeDone || !stepped.contains { $0.done })
                seen.insert(stepped)
                sawDone = sawDone || stepped.contains { $0.done }
                sawOutcome = sawOutcome || stepped.contains { $0.outcome != nil }
            }
        }
        // Every column was read in both states, and need-to-know gave readers different lists.
        #expect(sawDone && sawOutcome && seen.count > 3)
        // And as they were read before rows were read by position (`Rows.followUp`, every column).
        let rowByRow = try base.reading { work -> [FollowUp] in
            var followUps = try work.db.fetchMapped("SELECT * FROM follow_up ORDER BY due, id", [], Rows.followUp)
            try work.withholdSafetyFollowUps(&followUps)
            return followUps
        }
        #expect(try base.followUps(includeDone: true) == rowByRow)
    }
}
