import TerminalKit
import Wijkteam

/// What reaches the shell from outside the keyboard: the terminal, the clock, and the store's
/// answers to its effects.
extension Shell {
    mutating func react(to event: ShellEvent) -> Reaction {
        switch event {
        case .key(let key):
            return handleKey(key)
        case .beginTour(let quitsAtEnd):
            return beginTour(quitsAtEnd: quitsAtEnd)
        case .resize(let newSize):
            size = newSize
            board.resize(contentSize)
            return .redraw
        case .clock(let text):
            guard text != clock else { return .none }
            clock = text
            return .redraw
        case .storeBusy(let busy):
            storeBusy = busy
            return .redraw
        case .retentionDue(let count):
            retentionDue = count
            return .redraw
        case .storeOffline(let since):
            offlineSince = since
            return .redraw
        case .failed(let text):
            message = (text, .error)
            return .redraw
        case .outsideChange, .wholeCards, .snapshot, .household, .householdUnavailable:
            return reactToData(event)
        case .tick, .closing, .meetingStarted, .meetingSaved, .meetingEnded, .minuteRecorded:
            return reactToMeeting(event)
        case .tieSaved, .tieRemoved, .tieRefused:
            return reactToNetwork(event)
        case .suggestions, .assigned, .assignFailed:
            return reactToAssignment(event)
        case .householdSuggestions, .decided, .triageUndone, .meldcodeRecorded:
            return reactToTriage(event)
        case .provisionChanged:
            return reactToCaseWork(event)
        case .provisionAdded, .caseWorkSaved, .caseWorkRefused, .discussionSet, .discussionRefused, .followUpSaved, .followUpRefused:
            return reactToCaseWork(event)
        case .householdChanged:
            return reactToHouseholdChange(event)
        case .frontDoor(let answer):
            return reactToFrontDoor(answer)
        case .breakGlassReviewed, .breakGlassRefused:
            return reactToBreakGlass(event)
        case .teamChanged, .handoverPlanned, .handoverApplied, .handoverRefused:
            return reactToTeam(event)
        case .inzageWritten:
            return reactToInzage(event)
        case .route(let answer):
            return reactToRoute(answer)
        case .planLoaded, .planSaved, .planRefused:
            return reactToPlan(event)
        case .monitorLoaded, .monitorFailed:
            return reactToMonitor(event)
        }
    }

    /// New data: a snapshot, whole cards for the first frame, a household.
    private mutating func reactToData(_ event: ShellEvent) -> Reaction {
        switch event {
        case .outsideChange(let s, let at):
            lastOutsideChange = at
            return handle(.snapshot(s))
        case .wholeCards(let cards):
            snapshot?.fillIn(cards)
            board.fillIn(cards)
            return .redraw
        case .snapshot(let s):
            accept(s)
            meetingTrendAsked = false  // the data changed: the trend is read again where it is shown
            var effects: [Effect] = []
            if let id = network.householdID { effects.append(.loadHousehold(id, .refresh)) }
            if let id = household.householdID, id != network.householdID { effects.append(.loadHousehold(id, .refresh)) }
            for e in loadSelectedMeetingHousehold() + planRefresh + monitorLoads() where !effects.contains(e) { effects.append(e) }
            // The keepers of records are reminded of files past their retention period, once, when
            // everything is read: counting beside the first frame's outline took a core from it.
            if !askedRetentionDue, !s.isOutline, session.identity.staff.role.keepsRecords {
                askedRetentionDue = true
                effects.append(.countRetentionDue)
            }
            return Reaction(redraw: true, effects: effects)
        case .household(let record):
            rememberNames(of: record)
            for i in views.indices { views[i].loaded(record) }
            if record.household.id == network.householdID {
                network.regisseur = record.cases.last(where: \.isOpen)?.regisseurID.flatMap { staffNames[$0] }
            }
            household.loaded(record)
            return .redraw
        case .householdUnavailable(let id, let text):
            household.unavailable(id, text)
            for i in views.indices { views[i].unavailable(id, text) }
            message = (text, .error)
            return .redraw
        default:
            return .none
        }
    }
}
