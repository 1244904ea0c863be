import TerminalKit
import Wijkteam

// The messages of the loop: events that reach the shell, effects it asks for, and its reaction.
// A key press or a store's answer is a `ShellEvent`; `Shell.handle` returns a `Reaction`; the
// runtime's `EffectRunner` carries out its `Effect`s and answers with events.

/// Everything that reaches the shell.
public enum ShellEvent: Sendable, Equatable {
    case key(Key)
    /// Start the guided tour; with `quitsAtEnd` (`wijkteam tour`) ending it quits the app.
    case beginTour(quitsAtEnd: Bool)
    case resize(Size)
    /// The wall clock, as the status bar shows it ("Sun 22 Nov 09:14").
    case clock(String)
    /// Another terminal changed the database: the fresh data, and when it arrived ("13:20:05").
    case outsideChange(DistrictSnapshot, at: String)
    case snapshot(DistrictSnapshot)
    /// Whole cards for outlines the snapshot holds (the first frame's, read at the same moment).
    case wholeCards([CaseCard])
    case household(HouseholdRecord)
    /// What the regisseur suggestion for a case needs (answer to `Effect.loadSuggestions`).
    case suggestions(caseID: Int, context: SuggestionContext)
    case householdSuggestions(householdID: Int, context: SuggestionContext)
    /// A triage decision was saved, with what it takes to undo it.
    case decided(signalID: Int, Case, undo: TriageUndo?)
    /// A triage decision was undone: the signal is back in the queue; the case as it is now.
    case triageUndone(TriageUndo, Case)
    /// A follow-up was planned or completed: what to tell the user.
    case followUpSaved(String)
    /// A Meldcode step was saved.
    case meldcodeRecorded(signalID: Int, MeldcodeStep)
    /// An assignment was saved: the case as it is now.
    case assigned(Case, AssignRequest)
    /// An assignment was refused or failed; nothing changed.
    case assignFailed(String, AssignRequest)
    /// Once a second while the screens are up: the wall clock in seconds, for the meeting timer.
    case tick(Int)
    /// The terminal is closing (hang-up, signal): a running meeting is paused and saved.
    case closing
    /// A meeting was started or resumed here.
    case meetingStarted(Meeting)
    /// The meeting's progress was saved (paused, item discussed, periodic save).
    case meetingSaved(Meeting.Status)
    case meetingEnded(Int)
    /// A decision was recorded in the minutes.
    case minuteRecorded(MinuteEntry)
    /// A case was put up for discussion (or taken off).
    case discussionSet(Case)
    /// A tie was added (`old` nil) or changed; `undo` when this took a step back.
    case tieSaved(new: NetworkTie, old: NetworkTie?, undo: Bool)
    case tieRemoved(NetworkTie, undo: Bool)
    /// A tie change was refused (a colleague changed or removed the tie meanwhile): why, and
    /// the household as it is now, so the form opens again on it with what was typed.
    case tieRefused(NetworkTie, old: NetworkTie?, message: String, fresh: HouseholdRecord?)
    /// Marking a follow-up done was refused: the outcome typed, why, and the follow-up as it is now.
    case followUpRefused(outcome: String, message: String, fresh: FollowUp?)
    /// Putting a case up for discussion was refused: the question typed, why, and the case now.
    case discussionRefused(caseID: Int, question: String?, message: String, fresh: Case?)
    case provisionAdded(Provision, householdID: Int)
    /// A provision moved on (`Effect.changeProvision`); a refusal comes as `.failed`.
    case provisionChanged(Provision, householdID: Int)
    /// The route to support (issue 27): the provision form's choices loaded, a route saved or refused.
    case route(RouteEvent)
    /// A journal entry, phase, ZRM measurement, goal or closing was saved: what to tell the user.
    case caseWorkSaved(CaseEdit, message: String, householdID: Int)
    /// It was refused: why, and the household as it is now (to apply the change again on it).
    case caseWorkRefused(CaseEdit, message: String, fresh: HouseholdRecord?)
    /// A change to a household's members, address or desk case was saved or refused.
    case householdChanged(HouseholdChange, HouseholdChangeResult)
    /// The household cannot be shown (not shared with you, gone): why.
    case householdUnavailable(Int, String)
    /// An effect failed: the message is shown, the state stays as it was before.
    case failed(String)
    /// The store's answer to the registration form (`Effect.frontDoor`).
    case frontDoor(FrontDoorAnswer)
    /// The team lead's verdict on a break-the-glass read was saved: the read as it is now.
    case breakGlassReviewed(BreakGlassUse)
    /// It was refused (not the team lead, reviewed meanwhile, gone): why, and the list as it is now.
    case breakGlassRefused(message: String, fresh: [BreakGlassUse]?)
    /// A change to the team was saved (`refused` nil) or refused: what to say, and the
    /// colleague as the store has them now (a refused form opens again on them).
    case teamChanged(TeamChange, refused: String?, fresh: Staff?)
    /// A handover plan for `plan.from`'s open cases, with every regisseur's load it started from.
    case handoverPlanned(HandoverPlan, loads: [StaffID: Double])
    /// The plan was applied (with what undoes it) or undone (`undo` nil).
    case handoverApplied(HandoverUndo?)
    /// Planning, applying or undoing was refused: why.
    case handoverRefused(String)
    /// How many closed files are past their retention period (answer to `.countRetentionDue`).
    case retentionDue(Int)
    /// An inzage of person `personID` was written to `path`.
    case inzageWritten(personID: Int, path: String)
    /// A case's plan was read (answer to `Effect.loadPlan`).
    case planLoaded(CasePlan)
    /// A change to the plan was saved: what to say, and the plan as it is now.
    case planSaved(PlanEdit, message: String, plan: CasePlan)
    /// It was refused: why, and the plan as it is now (the form opens again on it).
    case planRefused(PlanEdit, message: String, fresh: CasePlan?)
    /// The monitor's figures for a period (answer to `Effect.loadMonitor`), or why they could not be read.
    case monitorLoaded(MonitorRequest, MonitorReport)
    case monitorFailed(MonitorRequest, String)
    /// The store has taken long over work asked of it (another program holds the write lock,
    /// a slow server), or is done with it: the status bar says so while keys keep working.
    case storeBusy(Bool)
    /// The store's server went away at `since` ("13:20"), or is back (nil, with a fresh
    /// snapshot to follow): the status bar says so; open forms keep what is typed.
    case storeOffline(since: String?)
}

/// Work the shell asks the app to do (I/O happens outside the screens).
public enum Effect: Sendable, Equatable {
    /// Read a household; `access` says what the audit log records (a refresh is not logged again).
    case loadHousehold(Int, HouseholdAccess)
    /// Save a change to a case; answered with `.caseWorkSaved` or `.caseWorkRefused`.
    case saveCaseWork(CaseEdit, householdID: Int)
    /// Log something the screens did without the store (a search on the board).
    case recordAudit(AuditEvent)
    case loadSuggestions(caseID: Int)
    /// Suggestion context for a household without a case (triage of a new registration).
    case loadHouseholdSuggestions(householdID: Int)
    /// Triage a signal; answered with `.decided` (then a reload) or `.failed`.
    case decide(signalID: Int, decision: TriageDecision, expectedVersion: Int)
    /// Take a triage decision back; answered with `.triageUndone` or `.failed`.
    case undoTriage(TriageUndo)
    /// Record a Meldcode step; answered with a reload or `.failed`.
    /// Who and when come from the runner (the acting staff member, today).
    case recordMeldcode(signalID: Int, record: MeldcodeRecord)
    /// Plan a follow-up on a case (in the minutes of `meetingID`); answered with a reload or `.failed`.
    case addFollowUp(caseID: Int, plan: FollowUpPlan, meetingID: Int?)
    /// Add (id 0) or change a tie; a change is checked against `old`'s version.
    case saveTie(new: NetworkTie, old: NetworkTie?, undo: Bool)
    case removeTie(NetworkTie, undo: Bool)
    case addProvision(Provision, householdID: Int)
    /// Move a provision on (`ProvisionStatusForm`); answered with `.provisionChanged` or `.failed`.
    case changeProvision(ProvisionChange, householdID: Int)
    /// The route to support (issue 27): load the provision form's choices, save a route (and a provision).
    case route(RouteEffect)
    /// Change a household's members, address or desk case; answered with `.householdChanged`.
    case householdChange(HouseholdChange)
    case startMeeting
    case saveMeeting(Meeting)
    case endMeeting(Meeting)
    case recordDecision(DecisionDraft)
    /// Put a case up for discussion with a question, or take it off (nil).
    case setDiscussion(caseID: Int, question: String?, expectedVersion: Int)
    /// Mark a follow-up done with its outcome; answered with a reload or `.failed`.
    case completeFollowUp(id: Int, outcome: String, expectedVersion: Int)
    /// Write an assignment in one transaction; answered with `.assigned` or `.assignFailed`.
    case assign(AssignRequest)
    /// The registration form's search, duplicate check and save; answered with `.frontDoor`.
    case frontDoor(FrontDoorRequest)
    /// The team lead confirms or questions a break-the-glass read, as it was `shown`; answered
    /// with `.breakGlassReviewed` or `.breakGlassRefused`.
    case reviewBreakGlass(id: Int, verdict: BreakGlassReview, shown: BreakGlassUse)
    /// A change to the team (team lead only); answered with `.teamChanged`.
    case teamChange(TeamChange)
    /// A handover plan for a colleague's open cases; answered with `.handoverPlanned`.
    case planHandover(from: StaffID)
    /// Apply a plan as one change, or undo it; answered with `.handoverApplied` or `.handoverRefused`.
    case applyHandover(HandoverPlan)
    case undoHandover(HandoverUndo)
    /// Export everything held about a person (AVG art. 15) to a file of its own; answered with
    /// `.inzageWritten` or `.failed`.
    case inzage(personID: Int)
    /// Count the closed files past their retention period (a keeper of records' reminder);
    /// answered with `.retentionDue`, or nothing when the count cannot be read.
    case countRetentionDue
    /// Read a case's plan; answered with `.planLoaded` or `.failed`.
    case loadPlan(caseID: Int)
    /// Change a case's plan; answered with `.planSaved` or `.planRefused`.
    case savePlan(PlanEdit)
    /// Read the monitor's figures for a period (issue 29: the monitor view, the meeting's trend);
    /// answered with `.monitorLoaded` or `.monitorFailed`.
    case loadMonitor(MonitorRequest)
    case reload
    case setTheme(String)
    /// Repaint the whole terminal (after something else wrote on it).
    case repaint
}

/// What handling one event led to (as htop's reactions): redraw, quit, effects.
public struct Reaction: Sendable, Equatable {
    public var redraw: Bool
    public var quit: Bool
    public var effects: [Effect]
    /// What a view says in the status bar (the shell shows it).
    public var message: StatusMessage?
    public init(redraw: Bool = false, quit: Bool = false, effects: [Effect] = [], message: StatusMessage? = nil) {
        self.redraw = redraw; self.quit = quit; self.effects = effects; self.message = message
    }
    public static let none = Reaction()
    public static let redraw = Reaction(redraw: true)
}

/// A line for the status bar, with its colour role.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .muted) { self.text = text; self.role = role }
}

/// One assignment the shell asks the app to write.
public struct AssignRequest: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case new, undo, redo }
    public var caseID: Int
    public var from: StaffID?
    public var to: StaffID?
    /// The version the screen showed; a case changed meanwhile by someone else is refused.
    public var expectedVersion: Int
    public var purpose: Purpose
    /// Made during this meeting: it goes into the minutes too.
    public var meetingID: Int?
    public init(caseID: Int, from: StaffID?, to: StaffID?, expectedVersion: Int, purpose: Purpose, meetingID: Int? = nil) {
        self.caseID = caseID; self.from = from; self.to = to; self.expectedVersion = expectedVersion; self.purpose = purpose
        self.meetingID = meetingID
    }
}

/// A decision the meeting screen asks the app to record.
public struct DecisionDraft: Sendable, Equatable {
    public var meetingID: Int
    public var itemKey: String?
    public var caseID: Int?
    public var householdID: Int?
    public var text: String
    public var owner: StaffID?
    public var due: Day?
    public init(meetingID: Int, itemKey: String?, caseID: Int?, householdID: Int?, text: String, owner: StaffID?, due: Day?) {
        self.meetingID = meetingID; self.itemKey = itemKey; self.caseID = caseID; self.householdID = householdID
        self.text = text; self.owner = owner; self.due = due
    }
}
