/// What screens and the command line need from a store: SQLite's and PostgreSQL's implement
/// it (WijkteamStore's `TransactionalStore`), and the screens do not know which one they have.
public protocol WijkteamStore: Sendable {
    /// Runs several reads as one: none of them sees a write that another does not.
    func readConsistently<T>(_ body: () throws -> T) throws -> T
    /// Runs two reads at once (on two cores) and returns them only if they belong to one moment,
    /// as `readConsistently` would; otherwise it reads both again in one transaction.
    func readSideBySide<A: Sendable, B: Sendable>(_ a: @escaping @Sendable () throws -> A,
                                                  _ b: @escaping @Sendable () throws -> B) throws -> (A, B)
    func districtInfo() throws -> DistrictInfo
    /// Changes whenever another connection commits (another terminal, process or machine),
    /// never for this store's own writes: screens poll it to show others' changes, and a
    /// change that lands just before one of their own writes is not mistaken for it.
    func changeCounter() throws -> Int
    func staff() throws -> [Staff]
    /// Open cases with what a board card needs.
    func caseCards() throws -> [CaseCard]
    /// The same, given the open follow-ups already read (in due order); with none, bare cards
    /// to which `CaseCard.attach` adds them.
    func caseCards(openFollowUps: [FollowUp]) throws -> [CaseCard]
    func cases(includeClosed: Bool) throws -> [Case]
    /// Whole cards (follow-ups attached) of these open cases: the ones a frame shows.
    func caseCards(ids: [Int]) throws -> [CaseCard]
    /// Every open case as an outline: a card with only what orders, groups and weighs it on the
    /// board and counts it in the team figures and a caseload (id, household, opened, phase,
    /// regisseur, complexity, safety, last contact); no texts, no household name, no follow-ups.
    func caseOutlines() throws -> [CaseCard]
    /// Every open follow-up as an outline: id, case, kind and due date, in due order.
    func followUpOutlines() throws -> [FollowUp]
    /// The outlines of the open cases `regisseur` holds and of their open follow-ups, in the
    /// orders above (`wijkteam caseload`): what the two reads above give for them.
    func caseloadOutlines(of regisseur: StaffID) throws -> (cases: [CaseCard], followUps: [FollowUp])
    /// Journal entries matching every word of `text`, newest first, at most `limit`; only what
    /// the actor may read (need-to-know), and the search is logged.
    func searchJournal(_ text: String, limit: Int) throws -> [JournalHit]
    func followUps(includeDone: Bool) throws -> [FollowUp]
    /// Proactive contacts made on open cases from `since` on (`ProactiveContact`): what the
    /// team's done-figure counts (`TeamFigures.contactsSince` says how far back).
    func proactiveContacts(since: Day) throws -> [ProactiveContact]
    /// Open cases assigned to the acting staff member by someone else whose household they
    /// have not opened since (from the access log): what is new to them.
    func newlyAssignedToMe() throws -> Set<Int>
    /// Registrations and signals still waiting for triage.
    func openSignals() throws -> [Signal]
    /// What the regisseur suggestion needs: the household's language, who knows it, who works in its street.
    func suggestionContext(caseID: Int) throws -> SuggestionContext
    /// The same for a household without a case yet (a new registration).
    func suggestionContext(householdID: Int) throws -> SuggestionContext
    /// Both for many at once (the triage listing ranks every open signal): the same contexts as
    /// one call each, read in a handful of queries; keyed by case and by household.
    func suggestionContexts(caseIDs: [Int], householdIDs: [Int]) throws -> SuggestionContexts
    /// Display names of these households (for signals about households without an open case).
    func householdNames(ids: [Int]) throws -> [Int: String]
    /// A household as the acting staff member may see it: refused for staff outside the team
    /// who are not on one of its cases; sensitive entries they may not read come back withheld.
    /// Every access but a refresh writes an audit row in the same transaction.
    func household(id: Int, access: HouseholdAccess) throws -> HouseholdRecord
    /// Sets or clears the regisseur of a case. With `expectedVersion`, a case saved meanwhile
    /// by someone else is refused (`WijkteamError.staleVersion`). Assigned by anyone but the
    /// team lead or the previous regisseur, the new regisseur's access is given to themselves
    /// (break-the-glass, `Access`); assigned by them, a self-grant is taken away.
    /// With `meetingID`, the assignment also goes into that meeting's minutes, in the same transaction.
    @discardableResult
    func assign(caseID: Int, to staff: StaffID?, expectedVersion: Int?, meetingID: Int?) throws -> Case
    /// Urgency context for every household with an open signal.
    func triageContexts(today: Day) throws -> [Int: TriageContext]
    /// The same for one household: what a registration just saved needs to be ranked on screen
    /// at once, before the whole queue is read again.
    func triageContext(householdID: Int, today: Day) throws -> TriageContext?
    /// Triage urgency's weights and respond-by days (defaults where the team set none).
    func urgencyWeights() throws -> UrgencyWeights
    /// Changes one (team lead only, with an access-log row); a value out of its range is refused.
    @discardableResult
    func setUrgencyWeight(_ name: UrgencyWeights.Name, to value: Int, today: Day) throws -> UrgencyWeights
    /// Recorded Meldcode steps per safety signal (note and answers withheld from who may not read the signal).
    func meldcodeSteps() throws -> [Int: [MeldcodeRecord]]
    /// Records one step (`Meldcode.check`: in order or acute, nothing after an ending, its answers).
    func recordMeldcodeStep(signalID: Int, _ record: MeldcodeRecord) throws
    /// Records the Kindcheck of an open case; a worry registers a safety signal in the same transaction.
    @discardableResult
    func recordKindcheck(caseID: Int, worry: Bool, note: String, on day: Day) throws -> KindcheckRecord
    /// The Kindchecks of a case (need-to-know as its journal).
    func kindchecks(caseID: Int) throws -> [KindcheckRecord]
    /// The cases that have a Kindcheck (for the prompt).
    func kindcheckedCases() throws -> Set<Int>
    /// The open cases that need a Kindcheck, with their number of children under 18.
    func kindchecksDue(today: Day) throws -> [Int: Int]
    /// Creates or updates the household's case from a signal and takes the signal out of the queue.
    @discardableResult
    func decideTriage(signalID: Int, decision: TriageDecision, by staff: StaffID, on today: Day, expectedVersion: Int?) throws -> Case
    /// The same, with what it takes to undo it.
    func decideTriageUndoably(signalID: Int, decision: TriageDecision, by staff: StaffID, on today: Day,
                              expectedVersion: Int?) throws -> (case: Case, undo: TriageUndo)
    /// Takes a decision back (the signal back in the queue, the case as it was, a case it made
    /// closed); refused when anything it touched changed since. Returns the case as it is now.
    @discardableResult
    func undoTriage(_ undo: TriageUndo, by staff: StaffID, on today: Day) throws -> Case
    /// Marks a follow-up done with what came of it; refused when someone else changed it meanwhile.
    @discardableResult
    func completeFollowUp(id: Int, outcome: String, expectedVersion: Int?) throws -> FollowUp
    /// With `meetingID`, the follow-up also goes into that meeting's minutes, in the same transaction.
    @discardableResult
    func addFollowUp(caseID: Int, kind: FollowUpKind, due: Day, owner: StaffID?, note: String, meetingID: Int?, today: Day) throws -> FollowUp

    /// Adds a provision to an open case (a tailored one with the reason the network cannot help).
    @discardableResult
    func addProvision(_ provision: Provision) throws -> Provision

    // MARK: Network
    /// Adds a tie (id 0) or changes one; a change based on an old version is refused.
    @discardableResult
    func saveTie(_ tie: NetworkTie, expectedVersion: Int?) throws -> NetworkTie
    /// Removes a tie and returns it as it was (so it can be put back).
    @discardableResult
    func removeTie(id: Int, expectedVersion: Int?) throws -> NetworkTie

    // MARK: Case meeting
    /// Puts a case up for discussion with a question for the team, or takes it off (nil).
    @discardableResult
    func setDiscussion(caseID: Int, question: String?, expectedVersion: Int?) throws -> Case
    func agendaSettings() throws -> AgendaSettings
    func saveAgendaSettings(_ settings: AgendaSettings) throws
    /// The meeting that is running or paused, if any (there is at most one).
    func openMeeting() throws -> Meeting?
    func meeting(id: Int) throws -> Meeting?
    /// Every meeting, newest first.
    func meetings() throws -> [Meeting]
    func minutes(meetingID: Int) throws -> [MinuteEntry]
    /// The same minutes for an export (`minutes`), logged: what was exported, left out and withheld.
    func exportMinutes(meetingID: Int) throws -> [MinuteEntry]
    /// Starts a meeting, or returns the one that is open (a paused meeting resumes where it was).
    func startMeeting(chair: StaffID, on day: Day) throws -> Meeting
    /// Saves where the meeting is: status, current item, time, items discussed. Refused once the
    /// meeting has ended (for instance in another terminal).
    func saveMeeting(_ meeting: Meeting) throws
    /// Records a decision (with an action owner and due date when it is an action) in the
    /// minutes and, for a case, in the case's decisions.
    @discardableResult
    func recordDecision(meetingID: Int, itemKey: String?, caseID: Int?, householdID: Int?, text: String,
                        owner: StaffID?, due: Day?, on day: Day) throws -> MinuteEntry
    /// Saves the final state and closes the meeting; its minutes stay with it.
    func endMeeting(_ meeting: Meeting, on day: Day) throws

    // MARK: Keeping a case current (each change audited)
    /// Adds a journal entry written by the acting staff member (entries are not edited afterwards:
    /// a correction is a new entry).
    @discardableResult
    func addJournal(caseID: Int, kind: JournalKind, date: Day, text: String, sensitive: Bool, today: Day) throws -> JournalEntry
    /// Moves a case one phase on; refused with what is missing when the phase's needs are not recorded.
    @discardableResult
    func movePhase(caseID: Int, to target: Phase, expectedVersion: Int?, today: Day) throws -> Case
    /// Records a ZRM measurement as a whole: every domain scored or marked not assessed, nothing
    /// copied forward; `basedOn` refuses one recorded meanwhile.
    @discardableResult
    func recordZRM(
        personID: Int, date: Day, scores: [LifeDomain: Int], notAssessed: Set<LifeDomain>, basedOn: [LifeDomain: Int]?,
        today: Day
    ) throws -> [ZRMScore]
    /// Adds a plan goal (id 0) or changes one, version-checked.
    @discardableResult
    func saveGoal(_ goal: PlanGoal, expectedVersion: Int?) throws -> PlanGoal
    /// Closes a case with a reason; its open follow-ups close with it. Refused without a final
    /// ZRM measurement unless `noFinalZRMReason` says why there is none.
    @discardableResult
    func closeCase(caseID: Int, reason: String, noFinalZRMReason: String?, expectedVersion: Int?, today: Day) throws -> (
        case: Case, closedFollowUps: Int
    )
    /// Adds a colleague to a case or takes them off (regisseur or team lead only). Added by
    /// anyone but the team lead or the case's regisseur, their access is given to themselves
    /// (break-the-glass, `Access`); added by them, a self-grant is taken away.
    func setCaseMember(caseID: Int, staffID: StaffID, member: Bool, today: Day) throws
    /// Break the glass: opens the history of a case the actor gave themselves access to, for a
    /// reason (one line; `BreakGlassUse.reason`). Logged as `read_sensitive` "break the glass
    /// #ID" (never the reason) and listed for the team lead. Refused when the actor is not on
    /// the case (logged as denied) or nothing of it is withheld.
    @discardableResult
    func breakGlass(caseID: Int, reason: String) throws -> BreakGlassUse
    /// Every break-the-glass read with its reason, newest first (team lead only).
    func breakGlassLog() throws -> [BreakGlassUse]
    /// Confirms a break-the-glass read, or questions it (the colleague then needs a new reason);
    /// team lead only, logged. With `shown` (the read as a screen showed it), a read reviewed
    /// since is refused with what it is now, so one lead's verdict never silently replaces another's.
    @discardableResult
    func reviewBreakGlass(id: Int, verdict: BreakGlassReview, shown: BreakGlassUse?) throws -> BreakGlassUse

    // MARK: The front door (registrations, households, people)
    /// Households the actor may see whose name, street and number, postcode or member matches
    /// every typed word (folded: `yilmaz` finds Yılmaz), best first.
    func findHouseholds(_ query: String, limit: Int) throws -> [HouseholdMatch]
    /// Known households a new one may be (same address, or a member with the same name and birth date).
    func possibleDuplicates(of household: NewHousehold) throws -> [HouseholdMatch]
    /// Takes a registration or signal in (making its household when it is new): it is in the
    /// triage queue when this returns. A new household that looks like a known one is refused
    /// (`WijkteamError.possibleDuplicate`) unless the choice confirms it.
    @discardableResult
    func registerSignal(_ registration: Registration, today: Day) throws -> Signal
    @discardableResult
    func createHousehold(_ household: NewHousehold, confirmDuplicate: Bool, today: Day) throws -> Household
    /// Changes name, address, buurt, language or the day it left the district (members are not touched).
    @discardableResult
    func updateHousehold(_ household: Household, expectedVersion: Int?, today: Day) throws -> Household
    @discardableResult
    func addPerson(householdID: Int, _ person: NewPerson, confirmDuplicate: Bool, today: Day) throws -> Person
    /// A person of a household the actor may see, also one who left: what `updatePerson` changes.
    func person(id: Int) throws -> Person
    /// Corrects name, birth date, role or client mark.
    @discardableResult
    func updatePerson(_ person: Person, expectedVersion: Int?, today: Day) throws -> Person
    /// A member moved out or died: kept in the history, no longer counted.
    @discardableResult
    func personLeaves(personID: Int, on day: Day, reason: LeavingReason, expectedVersion: Int?, today: Day) throws -> Person
    /// A case opened at the desk from a resident's question, in aanmelding.
    @discardableResult
    func openCase(_ newCase: NewCase, today: Day) throws -> Case
    /// A closed case opened again with its history, plan and network; the reason goes into its journal.
    @discardableResult
    func reopenCase(caseID: Int, reason: String, expectedVersion: Int?, today: Day) throws -> Case
    /// A vroegsignalering partner's rows (`ArrearsRow.parse`) as one change, whole or nothing:
    /// each row matched to a known household (or one an earlier row created) gets a signal;
    /// one that matches none creates a household with it; a partner's reference imported before
    /// is skipped. Rows that match several households refuse the whole import (nothing written,
    /// `report.refused`) unless `skipAmbiguous`. A dry run writes nothing and reports the same.
    /// Team work; one access-log row with the counts.
    func importSignals(_ rows: [ArrearsRow], file: String, skipAmbiguous: Bool, dryRun: Bool, today: Day) throws -> ImportReport
    /// A team's caseload (`CaseloadRow.parse`): each row's household matched or created, with an
    /// open case in the row's phase. Whole or nothing as `importSignals`; a household that has
    /// an open case already refuses the import too.
    func importCaseload(_ rows: [CaseloadRow], file: String, dryRun: Bool, today: Day) throws -> ImportReport

    // MARK: The team (issue 24): each change one transaction with its access-log row; team lead only
    /// Every change kept to staff records (capacity, work days, role …), oldest first.
    func staffChanges() throws -> [StaffChange]
    /// Every cover named, active or not (`CaseCover.isActive`).
    func covers() throws -> [CaseCover]
    /// A new colleague; refused for a known id or an account another colleague has.
    @discardableResult
    func addStaff(_ staff: Staff, today: Day) throws -> Staff
    /// Changes a colleague's profile (name, role, discipline, expertise, languages, capacity,
    /// work days, account); each changed field is kept (`StaffChange`) from `today`.
    @discardableResult
    func updateStaff(_ staff: Staff, expectedVersion: Int?, today: Day) throws -> Staff
    /// Records a period away (`to` nil: until further notice).
    @discardableResult
    func setAway(staffID: StaffID, from: Day, to: Day?, kind: AbsenceKind, expectedVersion: Int?, today: Day) throws -> Staff
    /// Ends the current absence today (and cancels planned ones); covers end with it.
    @discardableResult
    func comeBack(staffID: StaffID, expectedVersion: Int?, today: Day) throws -> Staff
    /// The colleague leaves the team on `day`: refused while they are regisseur of open cases
    /// (`WijkteamError.invalid` listing them). The record, its history and its audit rows stay.
    @discardableResult
    func staffLeaves(staffID: StaffID, on day: Day, expectedVersion: Int?, today: Day) throws -> Staff
    /// Names `cover` for these cases of an absent regisseur (all their open cases when
    /// `caseIDs` is nil) for the absence that holds today. Returns the covers named.
    @discardableResult
    func nameCover(absentID: StaffID, cover: StaffID, caseIDs: [Int]?, today: Day) throws -> [CaseCover]
    /// What `HandoverPlanner` needs for every open case of `from`, read in one transaction.
    func handoverInput(from: StaffID, today: Day) throws -> HandoverInput
    /// Applies a plan as one change: each line's case gets its new regisseur and a journal entry
    /// "regisseur changed: handover from X to Y"; refused whole when a case changed meanwhile.
    @discardableResult
    func applyHandover(_ plan: HandoverPlan, today: Day) throws -> HandoverUndo
    /// Gives the cases back (journal entries say so); refused whole when one changed since.
    func undoHandover(_ undo: HandoverUndo, today: Day) throws

    // MARK: Inzage (issue 25, AVG art. 15): everything held about one person, logged
    /// Everything held about person `personID`, with what belongs to others left out
    /// (`InzageRules`), read in one transaction with its `.export` row ("inzage person #N").
    /// For the team lead and the privacy officer (and maintenance); anyone else is refused
    /// (`accessDenied`) and the refusal logged.
    func inzage(personID: Int, today: Day) throws -> InzageReport

    // MARK: Correction, erasure and retention (issue 25, AVG art. 16/17): team lead or privacy officer
    /// Corrects a person at their request (art. 16): each changed field's old value kept with
    /// the reason (non-blank), the day and who; refused for an erased person.
    @discardableResult
    func correctPerson(
        personID: Int, _ request: PersonCorrection.Request, reason: String, expectedVersion: Int?, today: Day
    ) throws -> Person
    /// The person's corrections, oldest first (reading them is logged).
    func personCorrections(personID: Int) throws -> [PersonCorrection]
    /// What erasing the person does (`ErasurePlan`: per item erased, anonymised or kept and why);
    /// unless `dryRun`, done as one change. A dry run writes nothing.
    @discardableResult
    func erasePerson(personID: Int, reason: String, dryRun: Bool, today: Day) throws -> ErasurePlan
    /// The retention periods (defaults where the team set none).
    func retentionPolicy() throws -> RetentionPolicy
    @discardableResult
    func setRetention(_ law: RetentionLaw, years: Int) throws -> RetentionPolicy
    /// The cases whose period is over; unless `dryRun`, anonymised as one change.
    @discardableResult
    func retention(dryRun: Bool, today: Day) throws -> RetentionPlan
    /// How many cases are due (a count only: the team lead's reminder).
    func retentionDueCount(today: Day) throws -> Int

    // MARK: Connection (issue 25): a server that went away is reached again
    /// The connection was found lost (a failed call, the change listener's closing) and is
    /// not made again yet. Cheap and never waits: the main loop asks it every turn.
    var isOffline: Bool { get }
    /// Connects again and listens for changes again; throws `StoreOffline` while it cannot.
    func reconnect() throws

    // MARK: Audit log
    /// Logs an export or a search made outside the store's own methods.
    func recordAudit(_ event: AuditEvent) throws
    func auditLog(householdID: Int?) throws -> [AuditRecord]
    func verifyAudit() throws -> AuditChain.Verification
    /// The chain and every seal; `trustedKey` (base64) is the sealing key the privacy officer
    /// keeps apart: a key in the database that differs from it is an error.
    func verifyAudit(trustedKey: String?) throws -> AuditChain.Verification
    /// Seals the log's head (after a "seal" row) with `signer`; refused when the log does not
    /// verify or the key is not the database's sealing key. The first seal registers the key.
    func sealAudit(with signer: AuditSigner) throws -> AuditSeal

    // MARK: The plan (issue 27): question, strengths, worries, actions

    /// The plan of a case: question, dates, strengths and worries, goals with their actions,
    /// and the route per goal as recorded (version 0 while nothing was saved).
    func plan(caseID: Int) throws -> CasePlan
    /// Sets the household's question and the agreed and evaluation days (`CasePlan.validate`).
    @discardableResult
    func savePlan(caseID: Int, question: String, agreedOn: Day?, evaluateOn: Day?, expectedVersion: Int?, today: Day) throws -> CasePlan
    /// Adds a strength or worry (id 0) or changes one, version-checked.
    @discardableResult
    func savePlanPoint(_ point: PlanPoint, expectedVersion: Int?) throws -> PlanPoint
    func removePlanPoint(id: Int, caseID: Int, expectedVersion: Int?) throws
    /// Adds an action under a goal (id 0) or changes one (`PlanAction.validate`), version-checked.
    @discardableResult
    func savePlanAction(_ action: PlanAction, expectedVersion: Int?, today: Day) throws -> PlanAction
    func removePlanAction(id: Int, caseID: Int, expectedVersion: Int?) throws
    /// Marks an open action done on a day not in the future.
    @discardableResult
    func markPlanActionDone(id: Int, caseID: Int, on day: Day, expectedVersion: Int?, today: Day) throws -> PlanAction

    // (plan: add members above this line)

    // MARK: The route to support and the general provisions (issue 27)

    /// The route of each goal of a case, by goal id (read inside the household's opening).
    func routeLadders(caseID: Int) throws -> [Int: RouteLadder]
    /// One rung's answer for a goal (`RouteLadder.check`), with the network rung's ties; audited.
    func saveRouteRung(_ rung: RouteRung, expectedVersion: Int?) throws -> RouteRung
    /// What the provision form offers for a case: the goals' routes, general provisions, providers, waiting times.
    func provisionChoices(caseID: Int, today: Day) throws -> ProvisionChoices
    /// The district's general provisions (voorliggend veld), by name, those no longer offered too.
    func generalProvisions() throws -> [GeneralProvision]
    /// Adds (id 0) or changes a general provision; team members keep the list; audited.
    func saveGeneralProvision(_ g: GeneralProvision, expectedVersion: Int?) throws -> GeneralProvision
    /// A general provision no longer offered (kept for the routes that named it); audited.
    func deactivateGeneralProvision(id: Int, expectedVersion: Int?) throws -> GeneralProvision

    // (route: add members above this line)

    // MARK: Provisions with a life (issue 27)

    /// Moves provision `id` to `status` on `day` (never backwards, dated not before the previous
    /// step nor in the future, a reason for ended/refused/withdrawn): the provision's columns, a
    /// `provision_step` row and an access-log row in one transaction. A change based on an
    /// older version is refused with what it is now.
    @discardableResult
    func changeProvision(id: Int, to status: ProvisionStatus, on day: Day, reason: String?, expectedVersion: Int?) throws -> Provision
    /// Every dated step of a case's provisions (refused to whoever may not see the household).
    func provisionSteps(caseID: Int) throws -> [ProvisionStep]
    /// The provisions of open cases waiting now, with their provider's norm (the card, the agenda).
    func provisionWaits(today: Day) throws -> [ProvisionWait]

    // (provisions: add members above this line)

    // MARK: Providers and their waiting times (issue 27)
    /// Every provider with its products, by name (the catalogue holds no client data).
    func providers() throws -> [Provider]
    /// Each provider's current waiting times, over all its products and per product, computed
    /// from the team's own referrals (`ProviderWaiting.compute`).
    func providerWaiting(today: Day) throws -> [ProviderWaiting]
    /// A new provider with its products: any member of the team keeps the catalogue (staff
    /// outside it are refused, the refusal logged); validated (`Provider.validate`), one name
    /// once; logged with its id and name. Returns it as stored (its new id, version 1).
    @discardableResult
    func addProvider(_ provider: Provider) throws -> Provider
    /// Changes a provider: name, law, AGB code, contact, norm, products, and whether the team
    /// still refers to it (`active`: deactivating keeps the provider for the waiting times of
    /// earlier referrals). Who may, as `addProvider`; checked against `expectedVersion` (nil:
    /// no check) and saved compare-and-swap on the version read; logged with what changed.
    @discardableResult
    func updateProvider(_ provider: Provider, expectedVersion: Int?) throws -> Provider

    // (providers: add members above this line)

    // MARK: The municipality's iWmo/iJw messages (issue 27)

    /// iWmo/iJw 301/305/307 messages as read (`IwmoParser`), each file one transaction, applied
    /// whole or refused whole (a file that could not be read is refused as it is): 301 gives the
    /// matched household's open case an allocation, 305 starts it, 307 ends it; a message applied
    /// before changes nothing. A dry run checks everything and writes nothing. Team lead only;
    /// one access-log row per file applied, with counts.
    func importIwmo(_ files: [IwmoFile], dryRun: Bool, today: Day) throws -> IwmoReport

    // (iwmo: add members above this line)

    // MARK: The monitor over months (issue 29)

    /// The monitor's figures per month from `from` through `to` (`MonitorReport`), computed
    /// from stored dates over the cases the reader may see (the team lead: every case). Reads
    /// only; no access-log row (the figures name no one; the longest waits name case numbers).
    /// Only the `groups` asked for are computed (the others stay empty).
    func monitor(from: Month, to: Month, today: Day, groups: MonitorGroups) throws -> MonitorReport

    // (monitor: add members above this line)

    // MARK: A case's dated history (issue 29)

    /// The phases a case entered and the regisseurs it had, dated, oldest first (refused to
    /// whoever may not see the household).
    func caseHistory(caseID: Int) throws -> [CaseHistoryEvent]

    // (history: add members above this line)
}

extension WijkteamStore {
    /// From every outline, for an engine without a narrower read.
    public func caseloadOutlines(of regisseur: StaffID) throws -> (cases: [CaseCard], followUps: [FollowUp]) {
        let cases = try caseOutlines().filter { $0.case.regisseurID == regisseur }
        let own = Set(cases.map(\.case.id))
        return (cases, try followUpOutlines().filter { own.contains($0.caseID) })
    }

    /// Opening a household (audited).
    public func household(id: Int) throws -> HouseholdRecord {
        try household(id: id, access: .household)
    }
    @discardableResult
    public func assign(caseID: Int, to staff: StaffID?, expectedVersion: Int?) throws -> Case {
        try assign(caseID: caseID, to: staff, expectedVersion: expectedVersion, meetingID: nil)
    }
    /// Reviewing without a shown state (the command line names the read by its id).
    @discardableResult
    public func reviewBreakGlass(id: Int, verdict: BreakGlassReview) throws -> BreakGlassUse {
        try reviewBreakGlass(id: id, verdict: verdict, shown: nil)
    }
    @discardableResult
    public func addFollowUp(caseID: Int, kind: FollowUpKind, due: Day, owner: StaffID?, note: String, today: Day) throws -> FollowUp {
        try addFollowUp(caseID: caseID, kind: kind, due: due, owner: owner, note: note, meetingID: nil, today: today)
    }
    /// Every group of the monitor's figures.
    public func monitor(from: Month, to: Month, today: Day) throws -> MonitorReport {
        try monitor(from: from, to: to, today: today, groups: .all)
    }
}
