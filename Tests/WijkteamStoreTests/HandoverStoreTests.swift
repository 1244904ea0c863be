import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// Handing a caseload over on the real database: the input read in batch equals the per-case
/// reads, the plan applied as one change (every case, journal entry and access-log row, or
/// nothing), and its undo.
@Suite struct HandoverStoreTests {
    let today = Day("2026-11-20")!

    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    func leadStore() throws -> SQLiteStore { try Fixtures.sampleStore().acting(as: Self.actor("fatima")) }

    func plan(_ store: SQLiteStore, from: StaffID = "zoe") throws -> HandoverPlan {
        let plan = HandoverPlanner.plan(try store.handoverInput(from: from, today: today), from: from, today: today)
        try #require(plan.lines.count >= 3)
        return plan
    }

    func regisseurs(_ store: SQLiteStore, _ ids: [Int]) throws -> [Int: StaffID?] {
        let all = try store.cases(includeClosed: true)
        return Dictionary(uniqueKeysWithValues: ids.map { id in (id, all.first { $0.id == id }?.regisseurID) })
    }

    func handoverJournal(_ store: SQLiteStore) throws -> [(caseID: Int, text: String, author: String?)] {
        let rows = try store.reading { work in
            try work.db.fetchAll("SELECT case_id, text, author_id FROM journal_entry WHERE text LIKE 'regisseur changed%' ORDER BY id", [])
        }
        return rows.map { r in
            let (caseID, text, author): (Int, String, String?) = (r["case_id"], r["text"], r["author_id"])
            return (caseID, text, author)
        }
    }

    func handoverAudit(_ store: SQLiteStore) throws -> [AuditRecord] {
        try store.auditLog(householdID: nil).filter { $0.detail.hasPrefix("handover") }
    }

    /// The loads stepped with SQLite's C API (the phase found among the phases' bytes) are the
    /// runner's rows' loads (PostgreSQL's path) and the board's, for every regisseur, in every
    /// phase; the unassigned cases count for nobody.
    @Test func theLoadsSteppedAndFromRowsAreTheBoards() throws {
        let store = try leadStore()
        let open = try store.cases(includeClosed: false)
        #expect(open.contains { $0.regisseurID == nil })
        #expect(Set(open.map(\.phase)) == Set(Phase.allCases.filter(\.isOpen)))
        let board = Caseload.loads(in: open)
        // Through the protocol, as the app and the command line reach the store.
        let app: any WijkteamStore = store
        let stepped = try app.handoverInput(from: "zoe", today: today).loads
        let rows = try store.reading { try $0.handoverInputFromRows(from: "zoe", today: today) }.loads
        #expect(stepped == rows)
        #expect(Set(stepped.keys) == Set(board.keys) && !stepped.isEmpty)
        for (id, load) in board { #expect(stepped[id] == load, "\(id)") }
    }

    @Test func theInputReadsEveryContextInBatchAsThePerCaseReadDoes() throws {
        let store = try leadStore()
        let input = try store.handoverInput(from: "zoe", today: today)
        let open = try store.cases(includeClosed: false)
        #expect(input.cases.map(\.id) == open.filter { $0.regisseurID == "zoe" }.map(\.id))
        let followUps = try store.followUps(includeDone: false)
        for c in input.cases {
            var expected = try store.suggestionContext(caseID: c.id)
            expected.nextFollowUp = followUps.filter { $0.caseID == c.id }.map(\.due).min()
            #expect(input.contexts[c.id] == expected, "case #\(c.id)")
            #expect(input.householdNames[c.householdID]?.isEmpty == false)
        }
        #expect(input.contexts.values.contains { $0.nextFollowUp != nil }, "the sample has follow-ups on these cases")
        let board = Caseload.loads(in: open)
        #expect(Set(input.loads.keys) == Set(board.keys))
        for (id, load) in board { #expect(abs((input.loads[id] ?? -1) - load) < 1e-9, "\(id)") }
        #expect(input.staff.first { $0.id == "samira" }?.absences.isEmpty == false)
    }

    @Test func applyMovesEveryCaseWithAJournalEntryAndAnAccessLogRowEach() throws {
        let store = try leadStore()
        let plan = try plan(store)
        let placed = plan.lines.filter { $0.to != nil }
        let undo = try store.applyHandover(plan, today: today)
        #expect(undo.moves.map(\.caseID) == placed.map(\.caseID))
        let now = try store.cases(includeClosed: false)
        for line in placed {
            let c = try #require(now.first { $0.id == line.caseID })
            #expect(c.regisseurID == line.to)
            #expect(c.version == line.caseVersion! + 1)
            #expect(undo.moves.first { $0.caseID == c.id }?.version == c.version)
        }
        let names = Dictionary(uniqueKeysWithValues: try store.staff().map { ($0.id, $0.name) })
        let journal = try handoverJournal(store)
        #expect(journal.map(\.caseID) == placed.map(\.caseID))
        for (entry, line) in zip(journal, placed) {
            #expect(entry.text == "regisseur changed: handover from Zoë Brouwer to \(names[line.to!]!)")
            #expect(entry.author == "fatima")
        }
        let audit = try handoverAudit(store)
        #expect(audit.map(\.caseID) == placed.map { Optional($0.caseID) })
        #expect(audit.allSatisfy { $0.detail == "handover from zoe to \(plan.line(forCase: $0.caseID!)!.to!)" && $0.staffID == "fatima" })
        #expect(try store.verifyAudit().broken == nil)
        // Zoë holds nothing any more.
        #expect(try store.handoverInput(from: "zoe", today: today).cases.isEmpty)
    }

    @Test func aCaseChangedSinceThePlanRefusesTheWholePlanAndNothingIsWritten() throws {
        let store = try leadStore()
        let plan = try plan(store)
        let touched = plan.lines[1]
        _ = try store.setDiscussion(caseID: touched.caseID, question: "Nog even bespreken", expectedVersion: touched.caseVersion)
        let auditBefore = try store.auditLog(householdID: nil).count
        let error = #expect(throws: WijkteamError.self) { try store.applyHandover(plan, today: today) }
        guard case .staleVersion(_, let expected, let actual, _)? = error else {
            Issue.record("not a stale version: \(String(describing: error))")
            return
        }
        #expect(expected == touched.caseVersion && actual == touched.caseVersion! + 1)
        #expect(try regisseurs(store, plan.lines.map(\.caseID)).values.allSatisfy { $0 == "zoe" })
        #expect(try handoverJournal(store).isEmpty)
        #expect(try store.auditLog(householdID: nil).count == auditBefore)
    }

    @Test func aReceiverWhoIsAwayOrNoRegisseurRefusesThePlan() throws {
        let store = try leadStore()
        for receiver in ["samira", "sanne", "nobody-here", "zoe"] {
            var plan = try plan(store)
            plan.lines[0].to = receiver
            #expect(throws: WijkteamError.self) { try store.applyHandover(plan, today: today) }
        }
        #expect(try store.handoverInput(from: "zoe", today: today).cases.count == plan(store).lines.count)
        #expect(try handoverJournal(store).isEmpty)
    }

    @Test func undoGivesEveryCaseBack() throws {
        let store = try leadStore()
        let plan = try plan(store)
        let undo = try store.applyHandover(plan, today: today)
        try store.undoHandover(undo, today: today)
        let now = try store.cases(includeClosed: false)
        for m in undo.moves {
            let c = try #require(now.first { $0.id == m.caseID })
            #expect(c.regisseurID == "zoe")
            #expect(c.version == m.version + 1)
        }
        let back = try handoverJournal(store).filter { $0.text.hasPrefix("regisseur changed back: handover undone") }
        #expect(back.map(\.caseID) == undo.moves.map(\.caseID))
        #expect(try handoverAudit(store).filter { $0.detail.hasPrefix("handover undone") }.count == undo.moves.count)
        #expect(try store.verifyAudit().broken == nil)
    }

    @Test func undoIsRefusedWholeWhenACaseChangedSince() throws {
        let store = try leadStore()
        let plan = try plan(store)
        let undo = try store.applyHandover(plan, today: today)
        let changed = undo.moves[0]
        _ = try store.setDiscussion(caseID: changed.caseID, question: "Nieuwe regisseur wil bespreken", expectedVersion: changed.version)
        #expect(throws: WijkteamError.self) { try store.undoHandover(undo, today: today) }
        let now = try regisseurs(store, undo.moves.map(\.caseID))
        for m in undo.moves { #expect(now[m.caseID] == m.to, "case #\(m.caseID) stays with its new regisseur") }
        #expect(try handoverJournal(store).filter { $0.text.contains("undone") }.isEmpty)
    }

    @Test func onlyTheTeamLeadHandsOverAndARefusalIsLogged() throws {
        let lead = try leadStore()
        let plan = try plan(lead)
        let daan = try SQLiteStore.open(path: lead.path).acting(as: Self.actor("daan"))
        #expect(throws: WijkteamError.self) { try daan.applyHandover(plan, today: today) }
        let denied = try lead.auditLog(householdID: nil).last
        #expect(denied?.result == .denied && denied?.staffID == "daan")
        #expect(try regisseurs(lead, plan.lines.map(\.caseID)).values.allSatisfy { $0 == "zoe" })
        let undo = try lead.applyHandover(plan, today: today)
        #expect(throws: WijkteamError.self) { try daan.undoHandover(undo, today: today) }
        // A generalist may see the plan (as the board); outside the team not.
        #expect(try daan.handoverInput(from: "zoe", today: today).staff.isEmpty == false)
        let karin = try SQLiteStore.open(path: lead.path).acting(as: Self.actor("karin"))
        #expect(throws: WijkteamError.self) { try karin.handoverInput(from: "zoe", today: today) }
        #expect(throws: WijkteamError.self) { try lead.handoverInput(from: "nobody-here", today: today) }
    }
}
