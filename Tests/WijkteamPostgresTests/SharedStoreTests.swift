import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore
import WijkteamTestSupport
#if PostgreSQL
@testable import WijkteamPostgres
#endif

/// The stores the shared suite runs on: SQLite always; PostgreSQL in the build with the trait
/// (script/test-postgres, which starts a server).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case sqlite
    #if PostgreSQL
    case postgres
    #endif
    var testDescription: String { rawValue }
}

/// The sample district in a fresh database of one kind. Each `terminal` is a connection of its
/// own, as another person's terminal would be.
final class SampleDatabase {
    let kind: StoreKind
    let today: Day
    private let open: () throws -> any TransactionalStore
    private let cleanup: () -> Void

    init(_ kind: StoreKind) throws {
        self.kind = kind
        let data = try DistrictLoader.load(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data"))
        today = data.referenceDate
        switch kind {
        case .sqlite:
            let folder = Scratch.folder("shared")
            let path = folder.appendingPathComponent("w.sqlite").path
            _ = try SQLiteStore.create(at: path, from: data)
            open = { try SQLiteStore.open(path: path) }
            cleanup = { try? FileManager.default.removeItem(at: folder) }
        #if PostgreSQL
        case .postgres:
            let scratch = try ScratchDatabase()
            let session = try PostgresSession.connect(scratch.location)
            defer { session.close() }
            _ = try PostgresCopy.load(data, into: session)
            open = { try PostgresStore.open(scratch.location) }
            cleanup = { scratch.drop() }
        #endif
        }
    }

    deinit { cleanup() }

    /// A new connection acting as `staffID` (nil: maintenance); `readOnly`: a read-only session.
    func terminal(_ staffID: StaffID?, readOnly: Bool = false) throws -> any WijkteamStore {
        func session(_ store: some TransactionalStore) -> any WijkteamStore {
            let acting = store.acting(as: AuditActor(staffID: staffID, account: staffID ?? "system", origin: "tests"))
            return readOnly ? acting.refusingChanges() : acting
        }
        return session(try open())
    }
}

/// The store's behaviour, the same tests on every store: transactions and version checks,
/// concurrent writers, need-to-know, the audit chain, and each kind of change.
@Suite struct SharedStoreTests {
    @Test(arguments: StoreKind.allCases)
    func anAssignmentMovesTheCaseAndBumpsItsVersion(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lead = try db.terminal("fatima")
        let unassigned = try #require(try lead.cases(includeClosed: false).first { $0.regisseurID == nil })
        let updated = try lead.assign(caseID: unassigned.id, to: "daan", expectedVersion: unassigned.version)
        #expect(updated.version == unassigned.version + 1 && updated.regisseurID == "daan")
        // Another terminal sees it on the board.
        #expect(try db.terminal("emre").caseCards().first { $0.case.id == unassigned.id }?.case.regisseurID == "daan")
        let row = try #require(try lead.auditLog(householdID: unassigned.householdID).last)
        #expect(row.detail == "regisseur none → daan" && row.staffID == "fatima")
    }

    /// Two people load the same case and both save: the second save is refused with what is
    /// there now, the first change stays.
    @Test(arguments: StoreKind.allCases)
    func aStaleSaveIsRefusedAndTheFirstChangeIsKept(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let a = try db.terminal("fatima"), b = try db.terminal("emre")
        let loadedByA = try #require(try a.cases(includeClosed: false).first { $0.id == 17 })
        let loadedByB = try #require(try b.cases(includeClosed: false).first { $0.id == 17 })
        try a.assign(caseID: 17, to: "daan", expectedVersion: loadedByA.version)
        let error = try #require(throws: WijkteamError.self) {
            try b.assign(caseID: 17, to: "zoe", expectedVersion: loadedByB.version)
        }
        guard case .staleVersion(_, let expected, let actual, let changed) = error else {
            Issue.record("expected a stale-version error, got \(error)"); return
        }
        #expect(expected == loadedByB.version && actual == loadedByB.version + 1 && changed.contains("daan"))
        #expect(try b.cases(includeClosed: false).first { $0.id == 17 }?.regisseurID == "daan")
        // The same holds for follow-ups, ties and goals.
        let f = try #require(try a.followUps(includeDone: false).first)
        _ = try a.completeFollowUp(id: f.id, outcome: "done by A", expectedVersion: f.version)
        #expect(throws: WijkteamError.self) { try b.completeFollowUp(id: f.id, outcome: "done by B", expectedVersion: f.version) }
        #expect(try b.followUps(includeDone: true).first { $0.id == f.id }?.outcome == "done by A")
    }

    /// Four terminals write at once, each on its own connection: every change lands, none is
    /// lost, and the audit chain has one row per change, in order.
    @Test(arguments: StoreKind.allCases)
    func concurrentWritersAllLandAndTheChainHolds(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let writers = ["fatima", "daan", "zoe", "emre"]
        let terminals = try writers.map { try db.terminal($0) }
        let before = try terminals[0].verifyAudit()
        let caseBefore = try #require(try terminals[0].cases(includeClosed: false).first { $0.id == 17 })
        let journalBefore = try terminals[0].household(id: caseBefore.householdID, access: .refresh).journal.count
        let rounds = 6, today = db.today
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: writers.count) { w in
            for round in 0..<rounds {
                do {
                    try terminals[w].addJournal(caseID: 17, kind: .phone, date: today, text: "call \(writers[w]) \(round)",
                                                sensitive: false, today: today)
                    // No expected version: each assignment goes through, after whichever came first.
                    try terminals[w].assign(caseID: 17, to: round % 2 == 0 ? "daan" : "zoe", expectedVersion: nil)
                } catch {
                    failures.add("\(writers[w]) round \(round): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        let after = try terminals[1].verifyAudit()
        #expect(after.ok, "\(after)")
        #expect(after.rows == before.rows + writers.count * rounds * 2)
        let c = try #require(try terminals[2].cases(includeClosed: false).first { $0.id == 17 })
        #expect(c.version == caseBefore.version + writers.count * rounds)
        let journal = try terminals[3].household(id: c.householdID, access: .refresh).journal
        #expect(journal.count == journalBefore + writers.count * rounds)
        #expect(Set(journal.map(\.id)).count == journal.count)
    }

    /// Staff outside the team (Karin, on case 22 only) see only what was shared with them, on
    /// every list, and a household that was not is refused and the refusal logged.
    @Test(arguments: StoreKind.allCases)
    func needToKnowHoldsOnEveryRead(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let karin = try db.terminal("karin")
        #expect(try karin.caseCards().map(\.case.id) == [22])
        #expect(try karin.cases(includeClosed: true).map(\.id) == [22])
        #expect(try karin.caseOutlines().map(\.case.id) == [22])
        #expect(try karin.followUps(includeDone: true).allSatisfy { $0.caseID == 22 })
        #expect(try karin.openSignals().isEmpty)
        let error = try #require(throws: WijkteamError.self) { try karin.household(id: 1) }
        guard case .accessDenied = error else { Issue.record("expected a refusal, got \(error)"); return }
        let lead = try db.terminal("fatima")
        let refused = try #require(try lead.auditLog(householdID: 1).last)
        #expect(refused.staffID == "karin" && refused.result == .denied)
        #expect(try karin.household(id: 20).household.id == 20)
        // Team work is refused too, and logged.
        #expect(throws: WijkteamError.self) { try karin.assign(caseID: 22, to: "karin", expectedVersion: nil) }
        #expect(try lead.auditLog(householdID: 20).last?.result == .denied)
        #expect(try lead.verifyAudit().ok)
    }

    @Test(arguments: StoreKind.allCases)
    func aReadOnlySessionChangesNothingButLogsWhatItReads(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let session = try db.terminal("daan", readOnly: true)
        let c = try #require(try session.cases(includeClosed: false).first { $0.id == 17 })
        #expect(throws: WijkteamError.self) { try session.assign(caseID: 17, to: "zoe", expectedVersion: c.version) }
        #expect(throws: WijkteamError.self) {
            try session.addJournal(caseID: 17, kind: .phone, date: db.today, text: "x", sensitive: false, today: db.today)
        }
        let lead = try db.terminal("fatima")
        #expect(try lead.cases(includeClosed: false).first { $0.id == 17 } == c)
        let logged = try lead.auditLog(householdID: nil).count
        _ = try session.household(id: c.householdID)
        #expect(try lead.auditLog(householdID: nil).count == logged + 1)
        #expect(try lead.auditLog(householdID: c.householdID).last?.staffID == "daan")
    }

    /// Triage: the Meldcode's five steps first, then a case with its follow-up, and the signal
    /// leaves the queue, in one transaction.
    @Test(arguments: StoreKind.allCases)
    func triageCreatesTheCaseAndTheMeldcodeComesFirst(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lead = try db.terminal("fatima")
        let contexts = try lead.triageContexts(today: db.today)
        #expect(!contexts.isEmpty)
        let s = try #require(try lead.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID == nil })
        let plan = FollowUpPlan(kind: .outreaching, due: db.today.adding(days: 14), note: "home visit")
        let c = try lead.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan", followUp: plan),
                                      by: "fatima", on: db.today, expectedVersion: s.version)
        #expect(c.householdID == s.householdID && c.phase == .keukentafelgesprek && c.regisseurID == "daan")
        #expect(try lead.caseCards().contains { $0.case.id == c.id && $0.proactiveKinds == [.outreaching] })
        #expect(!(try lead.openSignals().contains { $0.id == s.id }))

        let safety = try #require(try lead.openSignals().first(where: \.safety))
        let decision = TriageDecision(route: .safety, regisseur: "fatima")
        #expect(throws: WijkteamError.self) { try lead.decideTriage(signalID: safety.id, decision: decision, by: "fatima", on: db.today, expectedVersion: nil) }
        for step in Meldcode.missing(try lead.meldcodeSteps()[safety.id] ?? []) {
            try lead.recordMeldcodeStep(
                signalID: safety.id,
                MeldcodeRecord(
                    step: step, doneBy: "fatima", doneOn: db.today, note: "note \(step.rawValue)",
                    consulted: step == .consult ? [.colleague] : [],
                    afweging: step == .weigh
                        ? Afweging(violenceSuspected: true, unsafety: false, helpPossible: true, clientAccepts: true, lastingSafety: true)
                        : nil,
                    reportToVeiligThuis: step == .decide ? false : nil, helpOrganised: step == .decide ? true : nil)
            )
        }
        #expect(try lead.meldcodeSteps()[safety.id]?.count == 5)
        let safe = try lead.decideTriage(signalID: safety.id, decision: decision, by: "fatima", on: db.today, expectedVersion: nil)
        #expect(safe.safety && safe.regisseurID == "fatima")
    }

    @Test(arguments: StoreKind.allCases)
    func aMeetingKeepsItsMinutesAndRefusesWritesOnceEnded(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lead = try db.terminal("fatima")
        var m = try lead.startMeeting(chair: "fatima", on: db.today)
        let c = try #require(try lead.cases(includeClosed: false).first { $0.regisseurID == nil })
        try lead.assign(caseID: c.id, to: "daan", expectedVersion: c.version, meetingID: m.id)
        try lead.addFollowUp(caseID: c.id, kind: .preventive, due: db.today.adding(days: 7), owner: nil, note: "check", meetingID: m.id, today: db.today)
        try lead.recordDecision(meetingID: m.id, itemKey: "case:\(c.id)", caseID: c.id, householdID: c.householdID,
                                text: "Start with a keukentafelgesprek", owner: "daan", due: db.today.adding(days: 14), on: db.today)
        #expect(try lead.minutes(meetingID: m.id).map(\.kind) == [.assignment, .followUp, .decision])
        m.currentItemKey = "case:\(c.id)"
        m.items["case:\(c.id)"] = .init(section: .discussion, caseID: c.id, householdID: c.householdID, seconds: 40, discussed: true)
        m.status = .paused
        try lead.saveMeeting(m)
        // Another terminal resumes it where it was.
        let resumed = try db.terminal("emre").startMeeting(chair: "emre", on: db.today)
        #expect(resumed.id == m.id && resumed.currentItemKey == "case:\(c.id)" && resumed.items["case:\(c.id)"]?.seconds == 40)
        try lead.endMeeting(resumed, on: db.today)
        #expect(try lead.openMeeting() == nil && lead.meetings().first?.endedOn == db.today)
        #expect(throws: WijkteamError.self) { try lead.saveMeeting(resumed) }
        var settings = try lead.agendaSettings()
        settings[.timeboxMinutes] = 12
        try lead.saveAgendaSettings(settings)
        #expect(try db.terminal("daan").agendaSettings()[.timeboxMinutes] == 12)
    }

    @Test(arguments: StoreKind.allCases)
    func keepingACaseCurrent(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let daan = try db.terminal("daan")
        let entry = try daan.addJournal(caseID: 17, kind: .homeVisit, date: db.today, text: "  Visited the family.  ", sensitive: true, today: db.today)
        #expect(entry.text == "Visited the family." && entry.authorID == "daan" && entry.id > 0)
        #expect(try daan.caseCards().first { $0.case.id == 17 }?.lastContact == db.today)
        let c = try #require(try daan.cases(includeClosed: false).first { $0.id == 17 })
        let record = try daan.household(id: c.householdID)
        let person = try #require(record.household.members.first)
        let scores = try daan.recordZRM(
            personID: person.id, date: db.today, scores: [.financien: 3],
            notAssessed: Set(LifeDomain.zrmDomains.filter { $0 != .financien }), basedOn: nil, today: db.today)
        #expect(scores.contains { $0.domain == .financien && $0.score == 3 })
        let goal = try daan.saveGoal(PlanGoal(id: 0, caseID: 17, domain: .financien, personID: person.id, targetScore: 4, text: " Pay the rent "),
                                     expectedVersion: nil)
        #expect(goal.id > 0 && goal.version == 1 && goal.text == "Pay the rent")
        var changed = goal
        changed.targetScore = 5
        #expect(try daan.saveGoal(changed, expectedVersion: 1).version == 2)
        #expect(throws: WijkteamError.self) { try daan.saveGoal(changed, expectedVersion: 1) }
        // Only its regisseur or the team lead shares a case with someone outside the team.
        #expect(throws: WijkteamError.self) { try daan.setCaseMember(caseID: 17, staffID: "karin", member: true, today: db.today) }
        try db.terminal("fatima").setCaseMember(caseID: 17, staffID: "karin", member: true, today: db.today)
        #expect(try db.terminal("karin").caseCards().map(\.case.id).contains(17))
        let open = try daan.followUps(includeDone: false).filter { $0.caseID == 17 }.count
        let closed = try daan.closeCase(
            caseID: 17, reason: "Goals reached", noFinalZRMReason: "no final measurement in this test", expectedVersion: c.version,
            today: db.today)
        #expect(closed.case.phase == .afgesloten && closed.closedFollowUps == open)
        #expect(try daan.followUps(includeDone: false).allSatisfy { $0.caseID != 17 })
        #expect(try daan.verifyAudit().ok)
    }

    @Test(arguments: StoreKind.allCases)
    func theNetworkAndProvisions(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let daan = try db.terminal("daan")
        let c = try #require(try daan.cases(includeClosed: false).first { $0.id == 17 })
        var tie = NetworkTie(id: 0, householdID: c.householdID, name: "Buurman Piet", sector: .friendsNeighbours, relation: "buurman",
                             strength: .weak, support: [.practical])
        tie = try daan.saveTie(tie, expectedVersion: nil)
        #expect(tie.id > 0 && tie.version == 1)
        var stronger = tie
        stronger.strength = .strong
        stronger = try daan.saveTie(stronger, expectedVersion: 1)
        #expect(stronger.version == 2)
        #expect(throws: WijkteamError.self) { try daan.saveTie(stronger, expectedVersion: 1) }
        #expect(try daan.household(id: c.householdID).ties.first { $0.id == tie.id }?.strength == .strong)
        let removed = try daan.removeTie(id: tie.id, expectedVersion: 2)
        #expect(removed.name == "Buurman Piet")
        #expect(try daan.household(id: c.householdID).ties.allSatisfy { $0.id != tie.id })
        let provision = try daan.addProvision(Provision(id: 0, caseID: 17, kind: .general, provider: "Buurthuis", description: "Koffieochtend", status: .requested))
        #expect(provision.id > 0 && provision.version == 1)
        #expect(try daan.household(id: c.householdID).provisions.contains { $0.id == provision.id })
    }

    /// Search finds words as prefixes, hides sensitive entries from who may not read them, and
    /// logs how many it showed, never what was searched.
    @Test(arguments: StoreKind.allCases)
    func searchFollowsNeedToKnowAndIsLoggedBySize(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        // "gambling" occurs in #83 (sensitive, Zoë's case 22) and #84 (not sensitive).
        #expect(Set(try db.terminal("fatima").searchJournal("gambling", limit: 50).map(\.entryID)) == [83, 84])
        #expect(Set(try db.terminal("zoe").searchJournal("gambl", limit: 50).map(\.entryID)) == [83, 84])
        #expect(try db.terminal("daan").searchJournal("gambling", limit: 50).map(\.entryID) == [84])
        let karin = try db.terminal("karin")
        #expect(try karin.searchJournal("huisarts", limit: 50).allSatisfy { $0.householdID == 20 })
        let row = try #require(try karin.auditLog(householdID: nil).last)
        #expect(row.action == .search && row.staffID == "karin" && !row.detail.contains("huisarts"))
        #expect(throws: WijkteamError.self) { try karin.searchJournal(" \"*( ", limit: 10) }
        let hits = try db.terminal("fatima").searchJournal("huisarts", limit: 3)
        #expect(hits.count == 3 && hits.map(\.date) == hits.map(\.date).sorted(by: >))
    }

    /// Search folds letters (isil finds Işıl, lukasz Łukasz) and finds Chinese by character (谢谢
    /// in 王小明说谢谢) on every engine, and marks the words in the text as it was written.
    @Test(arguments: StoreKind.allCases)
    func searchFoldsLettersAndFindsChineseByCharacter(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let zoe = try db.terminal("zoe")
        let turkish = try zoe.addJournal(caseID: 22, kind: .phone, date: db.today, text: "Gesprek met Işıl Yılmaz over de huur.", sensitive: false, today: db.today)
        let polish = try zoe.addJournal(caseID: 22, kind: .phone, date: db.today, text: "Łukasz Wiśniewski belt morgen terug.", sensitive: false, today: db.today)
        let chinese = try zoe.addJournal(caseID: 22, kind: .phone, date: db.today, text: "王小明说谢谢。", sensitive: false, today: db.today)
        func hits(_ query: String) throws -> [JournalHit] { try zoe.searchJournal(query, limit: 50) }
        #expect(try hits("isil").map(\.entryID) == [turkish.id])
        #expect(try hits("İŞIL yilm").map(\.entryID) == [turkish.id])
        #expect(try hits("isil").first?.snippet == "Gesprek met [Işıl] Yılmaz over de huur.")
        #expect(try hits("lukasz wisniewski").map(\.entryID) == [polish.id])
        #expect(try hits("lukasz").first?.snippet == "[Łukasz] Wiśniewski belt morgen terug.")
        #expect(try hits("lukasz").allSatisfy { $0.snippet.contains("[Łukasz") })
        #expect(try hits("谢谢").map(\.entryID) == [chinese.id])
        #expect(try hits("谢谢").first?.snippet == "王小明说[谢谢]。")
        #expect(try hits("小明").map(\.entryID) == [chinese.id])
        #expect(try hits("明谢").isEmpty)  // not side by side
        // The sample's own entries were folded when the district was loaded.
        #expect(try db.terminal("fatima").searchJournal("pawel", limit: 50).first?.snippet.contains("[Paweł]") == true)
    }

    /// The board's first frame reads outlines: on every store an outline is the whole card
    /// without its texts, and the cards on screen are the full read's.
    @Test(arguments: StoreKind.allCases)
    func outlinesAndCardsByIDAgreeWithTheWholeRead(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let zoe = try db.terminal("zoe")
        let cards = try zoe.caseCards()
        let outlines = try zoe.caseOutlines()
        #expect(outlines.map(\.case.id) == cards.map(\.case.id))
        #expect(outlines.map(\.case.regisseurID) == cards.map(\.case.regisseurID))
        #expect(outlines.map(\.lastContact) == cards.map(\.lastContact))
        #expect(try zoe.followUpOutlines().map(\.id) == zoe.followUps(includeDone: false).map(\.id))
        let some = Array(cards.prefix(5))
        #expect(try zoe.caseCards(ids: some.map(\.case.id)) == some)
        let (signals, staff) = try zoe.readSideBySide({ try zoe.openSignals() }, { try zoe.staff() })
        #expect(signals == (try zoe.openSignals()) && staff.count == 12)
    }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ failure: String) { lock.lock(); list.append(failure); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
