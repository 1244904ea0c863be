import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// A case's dated history (issue 29, part 3): every writer that moves a case to a phase or
/// changes its regisseur records it in the same transaction, on the app's day (the day the
/// writer is handed, never the wall clock), as the colleague who did it.
@Suite struct CaseHistoryTests {
    /// Not the wall clock's day: a row dated on it would not be the app's.
    let today = Day("2026-11-20")!
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    /// The newest history row's id: what a writer adds comes after it.
    func mark(_ store: SQLiteStore) throws -> Int {
        try store.reading { work in try work.db.fetchOne("SELECT COALESCE(MAX(id), 0) AS last FROM case_history", [])?["last"] ?? 0 }
    }

    /// The rows added after `mark`, as "case kind value day source who".
    func added(_ store: SQLiteStore, after mark: Int) throws -> [String] {
        try store.reading { work in
            try work.db.fetchAll("SELECT * FROM case_history WHERE id > ? ORDER BY id", [mark])
        }.map { r in
            let (c, kind, value, day, source, by): (Int, String, String?, String, String, String?) = (
                r["case_id"], r["kind"], r["value"], r["on_day"], r["source"], r["recorded_by"]
            )
            return "\(c) \(kind) \(value ?? "-") \(day) \(source) \(by ?? "-")"
        }
    }

    /// A household of its own with a case opened at the desk (regisseur emre), as fatima.
    func deskCase() throws -> (store: SQLiteStore, case: Case) {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let household = try store.createHousehold(FrontDoorStoreTests.newHousehold(number: "131"), confirmDuplicate: false, today: today)
        let opened = try store.openCase(
            NewCase(householdID: household.id, question: "Hulp bij formulieren", regisseurID: "emre"), today: today)
        return (store, opened)
    }

    @Test func aCaseOpenedAtTheDeskRecordsItsPhaseAndRegisseur() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let household = try store.createHousehold(FrontDoorStoreTests.newHousehold(number: "130"), confirmDuplicate: false, today: today)
        let before = try mark(store)
        let opened = try store.openCase(
            NewCase(householdID: household.id, question: "Hulp bij formulieren", regisseurID: "emre"), today: today)
        #expect(
            try added(store, after: before) == [
                "\(opened.id) phase aanmelding 2026-11-20 app fatima", "\(opened.id) regisseur emre 2026-11-20 app fatima",
            ])
    }

    @Test func movingAPhaseClosingAndReopeningEachRecordTheirPhase() throws {
        let (store, c) = try deskCase()
        var at = try mark(store)
        let moved = try store.movePhase(caseID: c.id, to: .triage, expectedVersion: c.version, today: today)
        #expect(try added(store, after: at) == ["\(c.id) phase triage 2026-11-20 app fatima"])
        at = try mark(store)
        let later = today.adding(days: 3)
        let closed = try store.closeCase(
            caseID: c.id, reason: "Formulieren ingevuld", noFinalZRMReason: "geen eindmeting", expectedVersion: moved.version, today: later
        ).case
        #expect(try added(store, after: at) == ["\(c.id) phase afgesloten 2026-11-23 app fatima"])
        at = try mark(store)
        _ = try store.reopenCase(caseID: c.id, reason: "Nieuwe brief", expectedVersion: closed.version, today: later.adding(days: 1))
        #expect(try added(store, after: at) == ["\(c.id) phase aanmelding 2026-11-24 app fatima"])
        // A refused move records nothing (one transaction).
        at = try mark(store)
        #expect(throws: WijkteamError.self) { try store.movePhase(caseID: c.id, to: .plan, expectedVersion: nil, today: today) }
        #expect(try added(store, after: at).isEmpty)
        // The whole life, as the monitor reads it.
        #expect(
            try store.caseHistory(caseID: c.id).map { "\($0.value ?? "-") \($0.on) \($0.source.rawValue)" } == [
                "aanmelding 2026-11-20 app", "emre 2026-11-20 app", "triage 2026-11-20 app", "afgesloten 2026-11-23 app",
                "aanmelding 2026-11-24 app",
            ])
    }

    @Test func assigningRecordsTheNewRegisseurOnTheStoresDay() throws {
        let (store, c) = try deskCase()
        let at = try mark(store)
        _ = try store.assign(caseID: c.id, to: "daan", expectedVersion: c.version, meetingID: nil)
        // Assigning is handed no day: the store's own, which `$WIJKTEAM_TODAY` pins as it pins the app's.
        #expect(try added(store, after: at) == ["\(c.id) regisseur daan \(StoreClock.today()) app fatima"])
        let again = try mark(store)
        let now = try #require(try store.cases(includeClosed: false).first { $0.id == c.id })
        _ = try store.assign(caseID: c.id, to: nil, expectedVersion: now.version, meetingID: nil)
        #expect(try added(store, after: again) == ["\(c.id) regisseur - \(StoreClock.today()) app fatima"])
    }

    @Test func aTriageDecisionAndItsUndoRecordThePhaseAndRegisseur() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let contexts = try store.triageContexts(today: today)
        // A signal of a household without an open case: the decision opens one.
        let s = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID == nil })
        var at = try mark(store)
        let (made, undo) = try store.decideTriageUndoably(
            signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan"), by: "fatima", on: today, expectedVersion: nil)
        #expect(
            try added(store, after: at) == [
                "\(made.id) phase keukentafelgesprek 2026-11-20 app fatima", "\(made.id) regisseur daan 2026-11-20 app fatima",
            ])
        at = try mark(store)
        _ = try store.undoTriage(undo, by: "fatima", on: today.adding(days: 1))
        #expect(try added(store, after: at) == ["\(made.id) phase afgesloten 2026-11-21 app fatima"])
        // On a case already open: what the decision changed, and the undo takes it back.
        let t = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID != nil })
        let caseID = try #require(contexts[t.householdID!]?.openCaseID)
        let before = try #require(try store.cases(includeClosed: false).first { $0.id == caseID })
        let other = before.regisseurID == "emre" ? "daan" : "emre"
        at = try mark(store)
        let (after, back) = try store.decideTriageUndoably(
            signalID: t.id, decision: TriageDecision(route: .regie, regisseur: other), by: "fatima", on: today, expectedVersion: t.version)
        let moved = before.phase == .aanmelding || before.phase == .triage
        #expect(after.phase == (moved ? .keukentafelgesprek : before.phase))
        #expect(
            try added(store, after: at) == (moved ? ["\(caseID) phase keukentafelgesprek 2026-11-20 app fatima"] : []) + [
                "\(caseID) regisseur \(other) 2026-11-20 app fatima"
            ])
        at = try mark(store)
        _ = try store.undoTriage(back, by: "fatima", on: today)
        #expect(
            try added(store, after: at) == (moved ? ["\(caseID) phase \(before.phase.rawValue) 2026-11-20 app fatima"] : [])
                + ["\(caseID) regisseur \(before.regisseurID ?? "-") 2026-11-20 app fatima"])
        // A route the team does not keep on an open case changes nothing, so records nothing.
        let open = try #require(try store.openSignals().first { $0.id == t.id })
        at = try mark(store)
        _ = try store.decideTriage(
            signalID: t.id, decision: TriageDecision(route: .specialist, regisseur: nil), by: "fatima", on: today,
            expectedVersion: open.version)
        #expect(try added(store, after: at).isEmpty)
    }

    @Test func aHandoverAndItsUndoRecordEveryCasesNewRegisseur() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let plan = HandoverPlanner.plan(try store.handoverInput(from: "zoe", today: today), from: "zoe", today: today)
        let placed = plan.lines.filter { $0.to != nil }
        try #require(placed.count >= 3)
        var at = try mark(store)
        let undo = try store.applyHandover(plan, today: today)
        #expect(try added(store, after: at) == placed.map { "\($0.caseID) regisseur \($0.to!) 2026-11-20 app fatima" })
        at = try mark(store)
        _ = try store.undoHandover(undo, today: today.adding(days: 2))
        #expect(try added(store, after: at) == placed.map { "\($0.caseID) regisseur zoe 2026-11-22 app fatima" })
    }

    @Test func anImportedCaseloadRecordsWhatItsFileTells() throws {
        let store = try Fixtures.importStore(as: "fatima")
        let rows = try CaseloadRow.parse(try ImportFile.read(path: Fixtures.importFile("caseload.csv"), encoding: nil), today: today)
        let at = try mark(store)
        _ = try store.importCaseload(rows, file: "caseload.csv", dryRun: false, today: today)
        // Cases 13–15: plan (daan), aanmelding opened 2026-11-01 (daan), triage (nobody). The file
        // dates only the opening: a later phase is estimated on the import day, at the latest.
        #expect(
            try added(store, after: at) == [
                "13 phase plan 2026-11-20 estimated fatima", "13 regisseur daan 2026-11-20 app fatima",
                "14 phase aanmelding 2026-11-01 record fatima", "14 regisseur daan 2026-11-20 app fatima",
                "15 phase triage 2026-11-20 estimated fatima",
            ])
    }

    @Test func anOutsideColleagueIsRefusedACasesHistory() throws {
        let (lead, c) = try deskCase()
        let karin = try SQLiteStore.open(path: lead.path).acting(as: Self.actor("karin"))
        #expect(throws: WijkteamError.accessDenied(tr("store.denied.household", c.householdID))) { try karin.caseHistory(caseID: c.id) }
        #expect(try lead.caseHistory(caseID: c.id).count == 2, "the team reads it")
        #expect(throws: WijkteamError.self) { try lead.caseHistory(caseID: 99_999) }
    }
}

/// v17 back-fills the history of cases from before it, from what the database tells: the access
/// log, the journal, the triage decisions, the agreed plans and the closing days, and marks what
/// nothing tells as estimated.
@Suite struct CaseHistoryBackfillTests {
    static let before = """
        INSERT INTO staff (id, name, role, capacity) VALUES
            ('daan', 'Daan', 'generalist', 1), ('emre', 'Emre', 'generalist', 1), ('fatima', 'Fatima', 'team_lead', 1),
            ('samira', 'Samira', 'generalist', 1);
        INSERT INTO care_case (id, household_id, opened, source, presenting, domains, phase, regisseur_id, closed_on,
                               closed_on_estimated, last_contact) VALUES
            (1, 1, '2026-01-05', 'neighbour', '', '', 'plan', 'emre', NULL, 0, '2026-03-01'),
            (2, 2, '2026-02-01', 'self', '', '', 'keukentafelgesprek', 'samira', NULL, 0, '2026-02-15'),
            (3, 3, '2025-06-01', 'self', '', '', 'afgesloten', 'emre', '2025-12-01', 0, '2025-11-01'),
            (4, 4, '2025-03-03', 'self', '', '', 'afgesloten', NULL, '2025-09-09', 1, '2025-09-09'),
            (5, 5, '2025-01-10', 'self', '', '', 'triage', 'emre', '2025-05-05', 0, '2025-09-01'),
            (6, 6, '2025-04-04', 'self', '', '', 'uitvoering', 'daan', NULL, 0, '2025-10-10'),
            (7, 7, '2025-09-01', 'self', '', '', 'plan', 'emre', NULL, 0, '2025-11-11');
        INSERT INTO signal (id, household_id, date, source, description, domains, status, route, decided_on, decided_by, case_id) VALUES
            (1, 1, '2026-01-02', 'neighbour', '', '', 'triaged', 'regie', '2026-01-05', 'fatima', 1),
            (7, 7, '2025-11-10', 'self', '', '', 'triaged', 'regie', '2025-11-11', 'fatima', 7),
            (8, 6, '2025-11-10', 'self', '', '', 'open', NULL, NULL, NULL, NULL);
        INSERT INTO decision (case_id, date, text, owner_id) VALUES
            (1, '2026-01-05', 'Triage of signal #1 (Buren): Regie; regisseur daan; Huisbezoek follow-up due 2026-01-19', 'fatima'),
            (7, '2025-11-11', 'Triage of signal #7 (Zelf): Regie; regisseur emre', 'fatima');
        INSERT INTO journal_entry (case_id, date, kind, author_id, text) VALUES
            (1, '2026-01-20', 'keukentafelgesprek', 'daan', 'Aan tafel'), (2, '2026-02-15', 'keukentafelgesprek', 'samira', 'Aan tafel'),
            (2, '2026-02-20', 'keukentafelgesprek', 'samira', 'Nog eens'), (6, '2025-04-20', 'phone', 'daan', 'Gebeld');
        INSERT INTO care_plan (case_id, question, agreed_on) VALUES (1, '', '2026-02-20'), (6, '', '2025-05-05'), (2, '', NULL);
        INSERT INTO audit_log (id, at, account, staff_id, household_id, case_id, action, detail, result, origin, prev_hash, hash) VALUES
            (1, '2026-02-10T09:00:00Z', 'daan', 'daan', 1, 1, 'change', 'phase keukentafelgesprek → plan', 'allowed', 't', '', ''),
            (2, '2026-03-01T09:00:00Z', 'fatima', 'fatima', 1, 1, 'change', 'regisseur daan → emre', 'allowed', 't', '', ''),
            (3, '2026-02-01T10:00:00Z', 'fatima', 'fatima', 2, 2, 'change', 'case opened at the desk', 'allowed', 't', '', ''),
            (4, '2026-02-03T10:00:00Z', 'emre', 'emre', 2, 2, 'change', 'phase aanmelding → triage', 'denied', 't', '', ''),
            (5, '2025-05-05T15:00:00Z', 'emre', 'emre', 5, 5, 'change', 'case closed; 0 open follow-ups closed with it', 'allowed', 't', '', ''),
            (6, '2025-08-08T08:00:00Z', 'fatima', 'fatima', 5, 5, 'change', 'case reopened', 'allowed', 't', '', ''),
            (7, '2025-08-20T08:00:00Z', 'daan', 'daan', 5, 5, 'change', 'phase aanmelding → triage', 'allowed', 't', '', ''),
            (8, '2025-09-01T08:00:00Z', 'fatima', 'fatima', 5, 5, 'change', 'handover from daan to emre', 'allowed', 't', '', ''),
            (9, '2025-10-01T08:00:00Z', 'emre', 'emre', 7, 7, 'change', 'phase keukentafelgesprek → plan', 'allowed', 't', '', ''),
            (10, '2025-10-02T08:00:00Z', 'emre', 'emre', 7, 7, 'open_household', 'opened', 'allowed', 't', '', '');
        """

    @Test func theHistoryBeforeV17ComesFromWhatTheDatabaseTellsAndTheRestIsEstimated() throws {
        var config = Configuration()
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: Fixtures.tempDir().appendingPathComponent("h.sqlite").path, configuration: config)
        try Schema.migrator.migrate(queue, upTo: "v16-plan")
        try queue.write { db in try db.execute(sql: Self.before) }
        try Schema.migrator.migrate(queue)
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM case_history ORDER BY case_id, on_day, id").map { r -> String in
                let (c, value, day, source, by): (Int, String?, String, String, String?) = (
                    r["case_id"], r["value"], r["on_day"], r["source"], r["recorded_by"]
                )
                return "\(c) \(r["kind"] as String) \(value ?? "-") \(day) \(source) \(by ?? "-")"
            }
        }
        #expect(
            rows == [
                // Opened by a triage decision (the signal's day; its decision names the regisseur),
                // moved on and reassigned in the access log; the journal and the plan's agreed day
                // lose to better sources.
                "1 phase keukentafelgesprek 2026-01-05 record fatima", "1 regisseur daan 2026-01-05 record fatima",
                "1 phase plan 2026-02-10 access_log daan", "1 regisseur emre 2026-03-01 access_log fatima",
                // Opened at the desk; the first keukentafelgesprek entry dates that phase; a refused
                // move is no move; nothing tells when samira got it.
                "2 phase aanmelding 2026-02-01 access_log fatima", "2 regisseur samira 2026-02-01 estimated -",
                "2 phase keukentafelgesprek 2026-02-15 journal -",
                // Closed on a stored day; its opening estimated.
                "3 phase aanmelding 2025-06-01 estimated -", "3 regisseur emre 2025-06-01 estimated -",
                "3 phase afgesloten 2025-12-01 record -",
                // Closed on a day v14 estimated; no regisseur.
                "4 phase aanmelding 2025-03-03 estimated -", "4 phase afgesloten 2025-09-09 estimated -",
                // Closed, reopened (a new stay: aanmelding again), moved on; handed over from daan,
                // who therefore held it from its opening.
                "5 phase aanmelding 2025-01-10 estimated -", "5 regisseur daan 2025-01-10 estimated -",
                "5 phase afgesloten 2025-05-05 access_log emre", "5 phase aanmelding 2025-08-08 access_log fatima",
                "5 phase triage 2025-08-20 access_log daan", "5 regisseur emre 2025-09-01 access_log fatima",
                // Nothing logged: the plan's agreed day, and the current phase on the earliest day it can have begun.
                "6 phase aanmelding 2025-04-04 estimated -", "6 regisseur daan 2025-04-04 estimated -",
                "6 phase plan 2025-05-05 record -", "6 phase uitvoering 2025-05-05 estimated -",
                // A later signal's triage does not put a case in plan back in keukentafelgesprek.
                "7 phase aanmelding 2025-09-01 estimated -", "7 phase plan 2025-10-01 access_log emre",
                "7 regisseur emre 2025-11-11 record fatima",
            ])
        // The scratch table is gone.
        #expect(try queue.read { db in try db.tableExists("history_backfill") } == false)
    }
}
