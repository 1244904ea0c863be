import GRDB
import Wijkteam

/// A store whose protocol methods are `StoreWork` inside one of its own transactions:
/// SQLiteStore and the PostgreSQL store. An engine gives its transactions and what only it
/// does (how search finds words, a faster way to read outlines); every method of
/// `WijkteamStore` below is then written once for both.
public protocol TransactionalStore: WijkteamStore {
    associatedtype Runner: SQLRunner
    /// Who the audit log names for what this store reads and writes.
    var actor: AuditActor { get }
    /// The tour's store: nothing is written at all, not even the access log.
    var writesNothing: Bool { get }
    /// Runs `body` in a read transaction, or in the one `readConsistently` holds.
    func reading<T>(_ body: (StoreWork<Runner>) throws -> T) throws -> T
    /// Runs `body` as one change. A need-to-know refusal (`AccessDenied`) commits only its
    /// audit row, then throws; a read-only session commits only the access log.
    func writing<T>(_ body: (StoreWork<Runner>) throws -> T) throws -> T
    /// How this engine finds a search's words in the journal.
    func journalMatch(_ db: Runner, words: [String], limit: Int, viewerIsInTeam: Bool) throws -> JournalMatch
    /// The same database, acting as someone: reads are checked against need-to-know and,
    /// like every change, logged under this actor.
    func acting(as actor: AuditActor) -> Self
    /// The same database and actor, refusing every change but the access log.
    func refusingChanges() -> Self
}

extension TransactionalStore {
    public func districtInfo() throws -> DistrictInfo { try reading { try SharedReads.districtInfo($0.db) } }
    public func staff() throws -> [Staff] { try reading { try SharedReads.staff($0.db) } }
    public func cases(includeClosed: Bool) throws -> [Case] { try reading { try $0.cases(includeClosed: includeClosed) } }
    public func followUps(includeDone: Bool) throws -> [FollowUp] { try reading { try $0.followUps(includeDone: includeDone) } }
    public func caseCards() throws -> [CaseCard] {
        try readConsistently { try caseCards(openFollowUps: followUps(includeDone: false)) }
    }
    /// The board's cards, given the open follow-ups already read (the snapshot reads them once for both).
    public func caseCards(openFollowUps: [FollowUp]) throws -> [CaseCard] {
        try reading { try $0.caseCards(openFollowUps: openFollowUps) }
    }
    public func caseCards(ids: [Int]) throws -> [CaseCard] { ids.isEmpty ? [] : try reading { try $0.caseCards(ids: ids) } }
    /// Outlines mapped from rows by name; SQLite steps them with its C API instead.
    public func caseOutlines() throws -> [CaseCard] { try reading { try $0.caseOutlinesFromRows() } }
    public func followUpOutlines() throws -> [FollowUp] { try reading { try $0.followUpOutlinesFromRows() } }
    public func openSignals() throws -> [Signal] { try reading { try SharedReads.openSignals($0.db, actor: actor) } }
    public func suggestionContext(caseID: Int) throws -> SuggestionContext { try reading { try $0.suggestionContext(caseID: caseID) } }
    public func suggestionContext(householdID: Int) throws -> SuggestionContext {
        try reading { try $0.suggestionContext(householdID: householdID, excludingCase: nil) }
    }
    public func householdNames(ids: [Int]) throws -> [Int: String] { ids.isEmpty ? [:] : try reading { try $0.householdNames(ids: ids) } }

    /// A household as the actor may see it (sensitive parts withheld), logged as `access` in
    /// the same transaction. A refresh of what is already open is checked, not logged again,
    /// so it needs no write transaction.
    public func household(id: Int, access: HouseholdAccess) throws -> HouseholdRecord {
        guard let action = access.auditAction, !writesNothing else { return try reading { try $0.visibleHousehold(id: id, logging: nil) } }
        return try writing { try $0.visibleHousehold(id: id, logging: (action, access.detail)) }
    }

    /// Journal entries with every word (each as the start of a word), newest first; only what
    /// the actor may read, and the search is logged by its size.
    public func searchJournal(_ text: String, limit: Int = 50) throws -> [JournalHit] {
        let words = JournalSearch.terms(of: text)
        guard !words.isEmpty else { throw WijkteamError.invalid(tr("store.search.nothing")) }
        return try writing { work in
            try work.searchJournal(words: words, limit: limit) { inTeam in
                try journalMatch(work.db, words: words, limit: limit, viewerIsInTeam: inTeam)
            }
        }
    }

    @discardableResult
    public func assign(caseID: Int, to staff: StaffID?, expectedVersion: Int?, meetingID: Int?) throws -> Case {
        try writing { try $0.assign(caseID: caseID, to: staff, expectedVersion: expectedVersion, meetingID: meetingID) }
    }
    public func triageContexts(today: Day) throws -> [Int: TriageContext] { try reading { try $0.triageContexts(today: today) } }
    public func triageContext(householdID: Int, today: Day) throws -> TriageContext? {
        try reading { try $0.triageContexts(today: today, only: householdID)[householdID] }
    }
    public func meldcodeSteps() throws -> [Int: [MeldcodeRecord]] { try reading { try $0.meldcodeSteps() } }
    public func recordMeldcodeStep(signalID: Int, _ record: MeldcodeRecord) throws {
        try writing { try $0.recordMeldcodeStep(signalID: signalID, record) }
    }
    @discardableResult
    public func recordKindcheck(caseID: Int, worry: Bool, note: String, on day: Day) throws -> KindcheckRecord {
        try writing { try $0.recordKindcheck(caseID: caseID, worry: worry, note: note, on: day) }
    }
    /// Logged (the access-log row is a write).
    public func kindchecks(caseID: Int) throws -> [KindcheckRecord] { try writing { try $0.kindchecks(caseID: caseID) } }
    public func kindcheckedCases() throws -> Set<Int> { try reading { try $0.kindcheckedCases() } }
    public func kindchecksDue(today: Day) throws -> [Int: Int] { try reading { try $0.kindchecksDue(today: today) } }
    @discardableResult
    public func decideTriage(signalID: Int, decision: TriageDecision, by staff: StaffID, on today: Day,
                             expectedVersion: Int? = nil) throws -> Case {
        try writing { try $0.decideTriage(signalID: signalID, decision: decision, by: staff, on: today, expectedVersion: expectedVersion) }
    }
    public func decideTriageUndoably(signalID: Int, decision: TriageDecision, by staff: StaffID, on today: Day,
                                     expectedVersion: Int?) throws -> (case: Case, undo: TriageUndo) {
        try writing {
            try $0.decideTriageUndoably(signalID: signalID, decision: decision, by: staff, on: today, expectedVersion: expectedVersion)
        }
    }
    @discardableResult
    public func undoTriage(_ undo: TriageUndo, by staff: StaffID, on today: Day) throws -> Case {
        try writing { try $0.undoTriage(undo, by: staff, on: today) }
    }
    @discardableResult
    public func completeFollowUp(id: Int, outcome: String, expectedVersion: Int?) throws -> FollowUp {
        try writing { try $0.completeFollowUp(id: id, outcome: outcome, expectedVersion: expectedVersion) }
    }
    @discardableResult
    public func addFollowUp(caseID: Int, kind: FollowUpKind, due: Day, owner: StaffID?, note: String, meetingID: Int?,
                            today: Day) throws -> FollowUp {
        try writing { try $0.addFollowUp(caseID: caseID, kind: kind, due: due, owner: owner, note: note, meetingID: meetingID, today: today) }
    }
    @discardableResult
    public func addProvision(_ provision: Provision) throws -> Provision { try writing { try $0.addProvision(provision) } }
    public func providers() throws -> [Provider] { try reading { try $0.providers() } }
    public func providerWaiting(today: Day) throws -> [ProviderWaiting] { try reading { try $0.providerWaiting(today: today) } }
    @discardableResult
    public func saveTie(_ tie: NetworkTie, expectedVersion: Int?) throws -> NetworkTie {
        try writing { try $0.saveTie(tie, expectedVersion: expectedVersion) }
    }
    @discardableResult
    public func removeTie(id: Int, expectedVersion: Int?) throws -> NetworkTie {
        try writing { try $0.removeTie(id: id, expectedVersion: expectedVersion) }
    }
    @discardableResult
    public func setDiscussion(caseID: Int, question: String?, expectedVersion: Int?) throws -> Case {
        try writing { try $0.setDiscussion(caseID: caseID, question: question, expectedVersion: expectedVersion) }
    }
    public func agendaSettings() throws -> AgendaSettings { try reading { try $0.agendaSettings() } }
    public func saveAgendaSettings(_ settings: AgendaSettings) throws { try writing { try $0.saveAgendaSettings(settings) } }
    public func openMeeting() throws -> Meeting? { try reading { try $0.openMeeting() } }
    public func meeting(id: Int) throws -> Meeting? { try reading { try $0.meeting(id: id) } }
    public func meetings() throws -> [Meeting] { try reading { try $0.meetings() } }
    public func minutes(meetingID: Int) throws -> [MinuteEntry] { try reading { try $0.minutes(meetingID: meetingID) } }
    public func exportMinutes(meetingID: Int) throws -> [MinuteEntry] {
        guard !writesNothing else { return try minutes(meetingID: meetingID) }
        return try writing { try $0.exportMinutes(meetingID: meetingID) }
    }
    public func startMeeting(chair: StaffID, on day: Day) throws -> Meeting { try writing { try $0.startMeeting(chair: chair, on: day) } }
    public func saveMeeting(_ meeting: Meeting) throws { try writing { try $0.saveMeeting(meeting) } }
    @discardableResult
    public func recordDecision(meetingID: Int, itemKey: String?, caseID: Int?, householdID: Int?, text: String,
                               owner: StaffID?, due: Day?, on day: Day) throws -> MinuteEntry {
        try writing {
            try $0.recordDecision(meetingID: meetingID, itemKey: itemKey, caseID: caseID, householdID: householdID, text: text,
                                  owner: owner, due: due, on: day)
        }
    }
    public func endMeeting(_ meeting: Meeting, on day: Day) throws { try writing { try $0.endMeeting(meeting, on: day) } }
    @discardableResult
    public func addJournal(caseID: Int, kind: JournalKind, date: Day, text: String, sensitive: Bool, today: Day) throws -> JournalEntry {
        try writing { try $0.addJournal(caseID: caseID, kind: kind, date: date, text: text, sensitive: sensitive, today: today) }
    }
    @discardableResult
    public func movePhase(caseID: Int, to target: Phase, expectedVersion: Int?, today: Day) throws -> Case {
        try writing { try $0.movePhase(caseID: caseID, to: target, expectedVersion: expectedVersion, today: today) }
    }
    @discardableResult
    public func recordZRM(
        personID: Int, date: Day, scores: [LifeDomain: Int], notAssessed: Set<LifeDomain>, basedOn: [LifeDomain: Int]?,
        today: Day
    ) throws -> [ZRMScore] {
        try writing {
            try $0.recordZRM(personID: personID, date: date, scores: scores, notAssessed: notAssessed, basedOn: basedOn, today: today)
        }
    }
    @discardableResult
    public func saveGoal(_ goal: PlanGoal, expectedVersion: Int?) throws -> PlanGoal {
        try writing { try $0.saveGoal(goal, expectedVersion: expectedVersion) }
    }
    @discardableResult
    public func closeCase(caseID: Int, reason: String, noFinalZRMReason: String?, expectedVersion: Int?, today: Day) throws -> (
        case: Case, closedFollowUps: Int
    ) {
        try writing {
            try $0.closeCase(
                caseID: caseID, reason: reason, noFinalZRMReason: noFinalZRMReason, expectedVersion: expectedVersion, today: today)
        }
    }
    public func setCaseMember(caseID: Int, staffID: StaffID, member: Bool, today: Day) throws {
        try writing { try $0.setCaseMember(caseID: caseID, staffID: staffID, member: member, today: today) }
    }
    public func breakGlass(caseID: Int, reason: String) throws -> BreakGlassUse {
        try writing { try $0.breakGlass(caseID: caseID, reason: reason) }
    }
    public func breakGlassLog() throws -> [BreakGlassUse] { try reading { try $0.breakGlassLog() } }
    public func reviewBreakGlass(id: Int, verdict: BreakGlassReview, shown: BreakGlassUse?) throws -> BreakGlassUse {
        try writing { try $0.reviewBreakGlass(id: id, verdict: verdict, shown: shown) }
    }

    /// Logs something done outside the store's own methods: an export, a search.
    public func findHouseholds(_ query: String, limit: Int) throws -> [HouseholdMatch] {
        try reading { try $0.findHouseholds(query, limit: limit) }
    }
    public func possibleDuplicates(of household: NewHousehold) throws -> [HouseholdMatch] {
        try reading { try $0.possibleDuplicates(of: household) }
    }
    public func registerSignal(_ registration: Registration, today: Day) throws -> Signal {
        try writing { try $0.registerSignal(registration, today: today) }
    }
    public func createHousehold(_ household: NewHousehold, confirmDuplicate: Bool, today: Day) throws -> Household {
        try writing { try $0.createHousehold(household, confirmDuplicate: confirmDuplicate, today: today) }
    }
    public func updateHousehold(_ household: Household, expectedVersion: Int?, today: Day) throws -> Household {
        try writing { try $0.updateHousehold(household, expectedVersion: expectedVersion, today: today) }
    }
    public func addPerson(householdID: Int, _ person: NewPerson, confirmDuplicate: Bool, today: Day) throws -> Person {
        try writing { try $0.addPerson(householdID: householdID, person, confirmDuplicate: confirmDuplicate, today: today) }
    }
    public func person(id: Int) throws -> Person { try reading { try $0.visiblePerson(id) } }
    public func updatePerson(_ person: Person, expectedVersion: Int?, today: Day) throws -> Person {
        try writing { try $0.updatePerson(person, expectedVersion: expectedVersion, today: today) }
    }
    public func personLeaves(personID: Int, on day: Day, reason: LeavingReason, expectedVersion: Int?, today: Day) throws -> Person {
        try writing { try $0.personLeaves(personID: personID, on: day, reason: reason, expectedVersion: expectedVersion, today: today) }
    }
    public func openCase(_ newCase: NewCase, today: Day) throws -> Case { try writing { try $0.openCase(newCase, today: today) } }
    public func reopenCase(caseID: Int, reason: String, expectedVersion: Int?, today: Day) throws -> Case {
        try writing { try $0.reopenCase(caseID: caseID, reason: reason, expectedVersion: expectedVersion, today: today) }
    }
    public func importSignals(_ rows: [ArrearsRow], file: String, skipAmbiguous: Bool, dryRun: Bool, today: Day) throws -> ImportReport {
        try writing { try $0.importSignals(rows, file: file, skipAmbiguous: skipAmbiguous, dryRun: dryRun, today: today) }
    }
    public func importCaseload(_ rows: [CaseloadRow], file: String, dryRun: Bool, today: Day) throws -> ImportReport {
        try writing { try $0.importCaseload(rows, file: file, dryRun: dryRun, today: today) }
    }
    public func recordAudit(_ event: AuditEvent) throws {
        guard !writesNothing else { return }
        try writing { try AuditRows.insert($0.db, event, actor: actor) }
    }
    /// The log, oldest first; for one household when given. Reading the log is not itself logged.
    public func newlyAssignedToMe() throws -> Set<Int> { try reading { try $0.newlyAssignedToMe() } }
    public func auditLog(householdID: Int?) throws -> [AuditRecord] { try reading { try $0.auditLog(householdID: householdID) } }
    /// Recomputes the chain; names the first row that was altered or removed.
    public func verifyAudit() throws -> AuditChain.Verification { try reading { try AuditRows.verify($0.db) } }
    public func verifyAudit(trustedKey: String?) throws -> AuditChain.Verification {
        try reading { try AuditSealRows.verify($0.db, trustedKey: trustedKey) }
    }
    public func sealAudit(with signer: AuditSigner) throws -> AuditSeal {
        try writing { try AuditSealRows.seal($0.db, signer, actor: actor) }
    }
}
