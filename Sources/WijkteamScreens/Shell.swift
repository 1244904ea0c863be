import TerminalKit
import Wijkteam

/// The app shell: tabs, status bar, help, palette and dialogs over the screens. State + `handle`
/// + `render`; it never touches the terminal or the database: work outside it is asked for as
/// `Effect`s and answered with `ShellEvent`s.
public struct Shell: Sendable {
    public static let minimumSize = Size(width: 40, height: 10)

    /// Where you are: a tab, possibly with a household opened on top of it.
    enum Route: Equatable, Sendable {
        case tab(Tab)
        case household
    }

    public private(set) var size: Size
    public var session: SessionInfo
    public private(set) var snapshot: DistrictSnapshot?
    public private(set) var board = BoardScreen()
    public private(set) var triage = TriageScreen()
    public private(set) var network = NetworkScreen()
    public private(set) var meeting = MeetingScreen()
    public private(set) var household = HouseholdScreen()
    public private(set) var followUps = FollowUpsScreen()
    public private(set) var privacy = false
    private var routes: [Route] = [.tab(.board)]
    private var help: HelpScreen?
    private var glossary: GlossaryScreen?
    /// The guided tour, while it runs.
    public private(set) var tour: Tour?
    /// `wijkteam tour`: ending the tour quits the app.
    private var tourQuitsApp = false
    /// Why every write is off in this session, if it is.
    public let readOnly: ReadOnlyReason?
    private var palette: Palette?
    private var modal: Modal?
    private var clock = ""
    /// When the last change made in another terminal arrived, for the status bar.
    public private(set) var lastOutsideChange: String?
    public private(set) var message: (text: String, role: Role)?
    /// The store is taking long over what was asked of it (see `ShellEvent.storeBusy`).
    public private(set) var storeBusy = false
    /// Assignments that `u` takes back and `Ctrl-R` does again.
    public private(set) var undoStack: [AssignRequest] = []
    public private(set) var redoStack: [AssignRequest] = []
    /// Staff names by id, for messages and the household view.
    private var staffNames: [StaffID: String] = [:]
    /// What the "My caseload" header says: worked out when the data changes, not per frame.
    private var myCaseload: (cases: Int, needs: [CaseNeed.Kind: Int]) = (0, [:])

    private mutating func refreshMyCaseload() {
        guard let s = snapshot else { return }
        let me = session.identity.staff.id
        let mine = s.cards.filter { $0.case.regisseurID == me }
        // Only the follow-ups of these cases: grouping all of a city's by case cost a millisecond.
        let ids = Set(mine.map(\.case.id))
        let needs = CaseNeed.needs(of: mine, followUps: s.followUps.filter { ids.contains($0.caseID) }, today: s.today,
                                   settings: s.agendaSettings, newlyAssigned: s.newToMe)
        myCaseload = (mine.count, Dictionary(grouping: needs, by: \.kind).mapValues(\.count))
    }

    enum Modal: Sendable {
        /// `version`: the case as the picker was opened on it; a pick is checked against it.
        case assign(caseID: Int, version: Int, picker: Picker, suggestions: [Suggestion])
        case quickFilter(picker: Picker, options: [BoardFilter])
        case confirm(text: String, action: Confirmed)
        case decision(DecisionFlow)
        case tie(TieForm)
        case provision(ProvisionFlow, householdID: Int)
        case discussion(TextInput, caseID: Int, version: Int, error: String? = nil)
        case textFilter(TextInput, before: BoardFilter)
        case triage(TriageFlow)
        case followUp(FollowUpFlow)
        case journal(JournalForm, householdID: Int)
        case zrm(ZRMForm, householdID: Int)
        case goal(GoalForm, householdID: Int)
        case closeCase(TextInput, caseID: Int, version: Int, householdID: Int, error: String?)
    }

    /// What a confirmation dialog does on yes.
    enum Confirmed: Sendable {
        case assign(AssignRequest)
        case endMeeting
        case removeTie(NetworkTie)
        case phase(caseID: Int, to: Phase, version: Int, householdID: Int)
    }

    /// A network edit, for undo.
    enum TieEdit: Sendable {
        case added(NetworkTie)
        case changed(before: NetworkTie, after: NetworkTie)
        case removed(NetworkTie)
    }
    private(set) var tieUndo: [TieEdit] = []
    /// Triage decisions made here that `u` on the triage view takes back, the last first.
    public private(set) var triageUndo: [TriageUndo] = []

    /// The first snapshot decides whether to reopen a meeting this user paused.
    private var offeredOpenMeeting = false

    /// `readOnly` turns every write off; staff with the role new staff are read-only anyway.
    public init(session: SessionInfo, size: Size, readOnly: ReadOnlyReason? = nil) {
        self.session = session
        self.size = size
        self.readOnly = readOnly ?? (session.identity.staff.role == .newStaff ? .newStaff : nil)
        board.resize(contentSize)
        Format.installWidgetText()
    }

    public var tab: Tab {
        for r in routes.reversed() { if case .tab(let t) = r { return t } }
        return .board
    }
    public var isHouseholdOpen: Bool { routes.last == .household }
    public var isHelpOpen: Bool { help != nil }
    public var isGlossaryOpen: Bool { glossary != nil }
    public var isPaletteOpen: Bool { palette != nil }
    public var isDialogOpen: Bool { modal != nil }
    /// The cases whose cards this frame shows, when it shows the board and nothing over it
    /// (nil otherwise): an outline snapshot needs only these whole for the first frame.
    public var caseIDsOnScreen: [Int]? {
        guard routes.last == .tab(.board), modal == nil, help == nil, glossary == nil,
              palette == nil, tour == nil, !isTooSmall else { return nil }
        return board.caseIDsOnScreen
    }
    public var isTooSmall: Bool { size.width < Shell.minimumSize.width || size.height < Shell.minimumSize.height }

    /// Rows for the active view: the screen less the tab row, the header row and the status bar.
    var contentSize: Size { Size(width: size.width, height: max(0, size.height - 3)) }

    private var scope: String {
        if help != nil { return AppCommands.helpScope }
        return isHouseholdOpen ? AppCommands.householdScope : tab.rawValue
    }

    // MARK: Events

    public mutating func handle(_ event: ShellEvent) -> Reaction {
        var reaction = react(to: event)
        // A triage decision made while this terminal runs a meeting goes into its minutes, as
        // assignments and follow-ups made then do.
        if let id = meetingInProgress {
            for i in reaction.effects.indices {
                if case .decide(let signalID, var decision, let version) = reaction.effects[i], decision.meetingID == nil {
                    decision.meetingID = id
                    reaction.effects[i] = .decide(signalID: signalID, decision: decision, expectedVersion: version)
                }
            }
        }
        // A read-only session never asks for a write, whatever path led there: the command
        // table stops the write keys, and this stops anything they missed.
        if let r = readOnly, reaction.effects.contains(where: \.writes) {
            reaction.effects.removeAll(where: \.writes)
            message = (r.message, .warning)
            reaction.redraw = true
        }
        return reaction
    }

    private mutating func react(to event: ShellEvent) -> Reaction {
        switch event {
        case .resize(let newSize):
            size = newSize
            board.resize(contentSize)
            return .redraw
        case .clock(let text):
            guard text != clock else { return .none }
            clock = text
            return .redraw
        case .outsideChange(let s, let at):
            lastOutsideChange = at
            return handle(.snapshot(s))
        case .wholeCards(let cards):
            snapshot?.fillIn(cards)
            board.fillIn(cards)
            return .redraw
        case .snapshot(let s):
            accept(s)
            var effects: [Effect] = []
            if let id = network.householdID { effects.append(.loadHousehold(id, .refresh)) }
            if let id = household.householdID, id != network.householdID { effects.append(.loadHousehold(id, .refresh)) }
            for e in loadSelectedMeetingHousehold() where !effects.contains(e) { effects.append(e) }
            return Reaction(redraw: true, effects: effects)
        case .household(let record):
            rememberNames(of: record)
            network.loaded(record)
            if record.household.id == network.householdID {
                network.regisseur = record.cases.last(where: \.isOpen)?.regisseurID.flatMap { staffNames[$0] }
            }
            household.loaded(record)
            meeting.loaded(record)
            return .redraw
        case .tick(let now):
            let (redraw, save) = meeting.tick(now)
            return Reaction(redraw: redraw, effects: save.map { [.saveMeeting($0)] } ?? [])
        case .closing:
            return Reaction(effects: pauseForQuit())
        case .meetingStarted(let m):
            // Privacy and the route first: they refresh the agenda from the snapshot from before
            // the start; the reload below brings the meeting in.
            if !privacy { setPrivacy(true) }
            routes = [.tab(.meeting)]
            refreshShownView()
            meeting.start(m)
            let resumed = m.elapsedSeconds > 0 || m.currentItemKey != nil
            message = (resumed ? tr("shell.meeting.resumedPrivacy", m.id) : tr("shell.meeting.startedPrivacy", m.id), .success)
            return Reaction(redraw: true, effects: [.reload] + loadSelectedMeetingHousehold())
        case .meetingSaved(let status):
            if status == .paused { message = (tr("shell.meeting.paused"), .muted) }
            return .redraw
        case .meetingEnded(let id):
            message = (tr("shell.meeting.ended", id), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .minuteRecorded(let m):
            message = (m.ownerID.map { tr("shell.minute.recordedOwner", m.text, staffNames[$0] ?? $0) } ?? tr("shell.minute.recorded", m.text), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .tieSaved(let new, let old, let undo):
            if !undo { tieUndo.append(old.map { .changed(before: $0, after: new) } ?? .added(new)) }
            network.pendingTie = new.id
            message = (undo ? tr("shell.tie.undoneChange", new.name) : old == nil ? tr("shell.tie.added", new.name) : tr("shell.tie.saved", new.name), .success)
            return Reaction(redraw: true, effects: [.loadHousehold(new.householdID, .refresh)])
        case .tieRemoved(let t, let undo):
            if !undo { tieUndo.append(.removed(t)) }
            message = (undo ? tr("shell.tie.undoneAdd", t.name) : tr("shell.tie.removed", t.name), .success)
            return Reaction(redraw: true, effects: [.loadHousehold(t.householdID, .refresh)])
        case .provisionAdded(let p, let householdID):
            message = (p.kind == .tailored ? tr("shell.provision.addedTailored", p.description, p.provider)
                                             : tr("shell.provision.addedGeneral", p.description, p.provider), .success)
            return Reaction(redraw: true, effects: [.loadHousehold(householdID, .refresh)])
        case .caseWorkSaved(_, let text, let householdID):
            message = (text, .success)
            return Reaction(redraw: true, effects: [.reload, .loadHousehold(householdID, .refresh)])
        case .caseWorkRefused(let edit, let text, let fresh):
            if let fresh { household.loaded(fresh); network.loaded(fresh) }
            reopen(edit, fresh: fresh ?? household.record, error: text)
            message = isDialogOpen ? (tr("shell.notSaved.stillThere"), .error) : (text, .error)
            return .redraw
        case .householdUnavailable(let id, let text):
            household.unavailable(id, text)
            network.unavailable(id, text)
            message = (text, .error)
            return .redraw
        case .discussionSet(let c):
            message = (c.discussion == nil ? tr("shell.discussion.off", c.id) : tr("shell.discussion.on", c.id), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .failed(let text):
            message = (text, .error)
            return .redraw
        case .storeBusy(let busy):
            storeBusy = busy
            return .redraw
        case .suggestions(let caseID, let context):
            return openAssignPicker(caseID: caseID, context: context)
        case .assigned(let updated, let request):
            return assigned(updated, request)
        case .householdSuggestions(let householdID, let context):
            guard case .triage(var flow) = modal, flow.item.signal.householdID == householdID, let s = snapshot else { return .none }
            let signal = flow.item.signal
            let candidate = Case(id: 0, householdID: householdID, opened: s.today, source: signal.source,
                                 presentingQuestion: signal.description, domains: signal.domains, phase: .keukentafelgesprek)
            flow.showRegisseurs(SuggestionRanker.rank(case: candidate, context: context, staff: s.staff, loads: BoardBuilder.loads(s.cards)),
                                current: flow.item.context.regisseurID)
            modal = .triage(flow)
            return .redraw
        case .decided(let signalID, let c, let undo):
            let who = c.regisseurID.flatMap { staffNames[$0] } ?? tr("shell.decided.noRegisseur")
            message = (tr("shell.decided", signalID, c.id, c.phase.label, who), .success)
            if let undo {
                triageUndo.append(undo)
                message = (tr("shell.triage.decided.undoable", message!.text), .success)
            }
            return Reaction(redraw: true, effects: [.reload])
        case .triageUndone(let undo, let c):
            triageUndo.removeAll { $0 == undo }
            message = (c.isOpen ? tr("shell.triage.undone", undo.signalID, c.id) : tr("shell.triage.undone.closed", undo.signalID, c.id), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .followUpRefused(let outcome, let text, let fresh):
            // Open again with the outcome typed, on the follow-up as it is now; one done meanwhile has nothing left to do.
            if let fresh, !fresh.done, let s = snapshot {
                var flow = FollowUpFlow.complete(fresh, today: s.today, outcome: outcome)
                flow.refusal = tr("form.refused.reason", text)
                modal = .followUp(flow)
                message = (tr("shell.notSaved.stillThere"), .error)
            } else {
                message = (text, .error)
            }
            return Reaction(redraw: true, effects: [.reload])
        case .discussionRefused(let caseID, let question, let text, let fresh):
            if let fresh, fresh.isOpen {
                modal = .discussion(TextInput(text: question ?? "", placeholder: tr("shell.discussion.placeholder")), caseID: caseID,
                                    version: fresh.version, error: tr("form.refused.reason", text))
                message = (tr("shell.notSaved.stillThere"), .error)
            } else {
                message = (text, .error)
            }
            return Reaction(redraw: true, effects: [.reload])
        case .tieRefused(let tie, let old, let text, let fresh):
            if let fresh { network.loaded(fresh); household.loaded(fresh) }
            let now = fresh?.ties.first { $0.id == tie.id && tie.id != 0 }
            modal = .tie(TieForm(draft: tie, original: old, current: now, refusal: text, gone: tie.id != 0 && fresh != nil && now == nil))
            message = (tr("shell.notSaved.stillThere"), .error)
            return .redraw
        case .followUpSaved(let text):
            message = (text, .success)
            return Reaction(redraw: true, effects: [.reload])
        case .meldcodeRecorded(let signalID, let step):
            message = (tr("shell.meldcode.recorded", signalID, step.rawValue), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .assignFailed(let text, let request):
            message = (tr("shell.assign.failed", request.caseID, text), .error)
            return .redraw
        case .key(let key):
            return handleKey(key)
        case .beginTour(let quitsAtEnd):
            return beginTour(quitsAtEnd: quitsAtEnd)
        }
    }

    private mutating func accept(_ s: DistrictSnapshot) {
        snapshot = s
        staffNames = Dictionary(s.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        board.update(s)
        triage.update(s)
        followUpsAreStale = true
        refreshMyCaseload()
        meetingIsStale = true
        // Reopened after a pause (or a lost terminal): back to the meeting, at the same item.
        if !offeredOpenMeeting {
            offeredOpenMeeting = true
            // A generalist starts on their own caseload (m shows everyone's).
            let me = session.identity.staff
            if me.role == .generalist || me.role == .specialist, s.cards.contains(where: { $0.case.regisseurID == me.id }) {
                var f = board.filter
                f.regisseur = me.id
                board.setFilter(snapshot: s, f)
            }
            // Staff outside the team see only the cases shared with them: start on the first.
            if !me.role.isInTeam, let first = s.cards.first { board.select(caseID: first.case.id) }
            if let m = s.meeting, m.chairID == session.identity.staff.id {
                routes = [.tab(.meeting)]
                setPrivacy(true)
                message = (tr("shell.meeting.pausedHere", m.id), .warning)
            }
        }
        meeting.sync(s.meeting, minutes: s.minutes)
        refreshShownView()
    }

    /// The agenda is built from every open case, the follow-ups list from every open follow-up;
    /// each is rebuilt when it is on screen, not on every load or change made on the board.
    private var meetingIsStale = true
    private var followUpsAreStale = true

    private mutating func refreshShownView() {
        guard let s = snapshot else { return }
        if meetingIsStale, tab == .meeting {
            meeting.update(s)
            meetingIsStale = false
        }
        if followUpsAreStale, tab == .followUps {
            followUps.update(s)
            followUpsAreStale = false
        }
    }

    /// Applies a saved assignment to what is on screen without reloading everything.
    private mutating func assigned(_ updated: Case, _ request: AssignRequest) -> Reaction {
        guard snapshot != nil else { return .none }
        if let i = snapshot!.cards.firstIndex(where: { $0.case.id == updated.id }) {
            // In place: the shell holds the only reference, so nothing is copied.
            let before = snapshot!.cards[i].case
            snapshot!.cards[i].case = updated
            board.apply(updated, in: snapshot!)
            snapshot!.figures.unassigned += (updated.regisseurID == nil ? 1 : 0) - (before.regisseurID == nil ? 1 : 0)
            if board.grouping == .regisseur && board.filter.isEmpty {
                snapshot!.figures.overCapacity = board.columns.filter { $0.staff != nil && $0.level == .over }.count
            } else {
                snapshot!.figures = TeamFigures(cases: snapshot!.cards.lazy.map(\.case), followUps: snapshot!.followUps,
                                                staff: snapshot!.staff, today: snapshot!.today)
            }
            meetingIsStale = true
            refreshMyCaseload()
        }
        let who = updated.regisseurID.flatMap { staffNames[$0] } ?? Format.unassigned
        // In a meeting the assignment went into the minutes: reload so the agenda shows both.
        let reload: [Effect] = request.meetingID != nil ? [.reload] : []
        // The history remembers the version each step left behind: undo and redo are refused
        // when someone else has changed the case since (no silent overwrite of their change).
        var done = request
        done.expectedVersion = updated.version
        switch request.purpose {
        case .new:
            undoStack.append(done)
            redoStack.removeAll()
            message = (tr("shell.assigned", updated.id, who), .success)
        case .undo:
            if var entry = undoStack.popLast() { entry.expectedVersion = updated.version; redoStack.append(entry) }
            message = (tr("shell.assigned.undone", updated.id, who), .success)
        case .redo:
            if var entry = redoStack.popLast() { entry.expectedVersion = updated.version; undoStack.append(entry) }
            message = (tr("shell.assigned.redone", updated.id, who), .success)
        }
        return Reaction(redraw: true, effects: reload)
    }

    // MARK: Keys

    private mutating func handleKey(_ key: Key) -> Reaction {
        let hadMessage = message != nil
        message = nil
        if palette != nil { return paletteKey(key) }
        if modal != nil { return modalKey(key) }
        if glossary != nil { return glossaryKey(key) }
        if tour != nil, help == nil { return tourKey(key) }
        guard let command = AppCommands.table.command(for: key, in: scope) else {
            if key == .resize { return .none }
            message = (tr("shell.key.nothingHere", key.displayName), .muted)
            return .redraw
        }
        var r = perform(command.id)
        if hadMessage { r.redraw = true }
        return r
    }

    private mutating func glossaryKey(_ key: Key) -> Reaction {
        guard var g = glossary else { return .none }
        if key == .resize { return .none }
        glossary = g.handle(key, page: max(1, contentSize.height - 6)) ? g : nil
        return .redraw
    }

    // MARK: Tour

    /// Starts the guided tour. With `quitsAtEnd` (`wijkteam tour`) ending the tour quits the app.
    private mutating func beginTour(quitsAtEnd: Bool) -> Reaction {
        tourQuitsApp = quitsAtEnd
        tour = Tour(caseID: snapshot.flatMap(Tour.showcase))
        return showTourStop()
    }

    /// While the tour runs it owns the keys: on, back, end, the glossary, help, and moving
    /// through the list on screen. Nothing else runs, so nothing can change.
    private mutating func tourKey(_ key: Key) -> Reaction {
        guard var t = tour else { return .none }
        switch key {
        case .right, .enter, .char(" "):
            guard t.next() else { return say(tr("tour.atEnd")) }
            tour = t
            return showTourStop()
        case .left, .backspace:
            guard t.previous() else { return say(tr("tour.atStart")) }
            tour = t
            return showTourStop()
        case .char("q"), .escape:
            tour = nil
            if tourQuitsApp { return Reaction(quit: true) }
            routes = [.tab(.board)]
            return say(tr("tour.ended"), .success)
        case .resize:
            return .none
        default:
            let id = AppCommands.table.command(for: key, in: scope)?.id
            let allowed: Set<String> = ["help", "glossary", "privacy", "theme.next", "redraw", "move.up", "move.down",
                                        "move.pageUp", "move.pageDown", "move.first", "move.last"]
            guard let id, allowed.contains(id) else { return say(tr("tour.keysHint"), .warning) }
            return perform(id)
        }
    }

    /// Shows the screen of the tour's current stop.
    private mutating func showTourStop() -> Reaction {
        guard let t = tour else { return .none }
        help = nil
        glossary = nil
        modal = nil
        func boardOnTheCase() {
            routes = [.tab(.board)]
            if let id = t.caseID { board.select(caseID: id) }
            refreshShownView()
        }
        switch t.stop {
        case .board:
            boardOnTheCase()
            return .redraw
        case .household, .glossary:
            boardOnTheCase()
            return openSelectedHousehold()
        case .network:
            boardOnTheCase()
            return switchTab(.network)
        case .triage: return switchTab(.triage)
        case .followUps: return switchTab(.followUps)
        case .meeting: return switchTab(.meeting)
        }
    }

    /// The text of the view on screen now, where the glossary looks for its terms: not the tabs,
    /// the header's key hints, the status bar or the glossary itself.
    private func screenText() -> String {
        var copy = self
        copy.glossary = nil
        var grid = Grid(size: size)
        copy.render(into: &grid)
        return grid.lines().dropFirst(2).dropLast().joined(separator: "\n")
    }

    private mutating func paletteKey(_ key: Key) -> Reaction {
        guard var p = palette else { return .none }
        let matches = p.matches(scope: scope)
        switch key {
        case .escape:
            palette = nil
        case .enter:
            palette = nil
            if let chosen = matches.indices.contains(p.selected) ? matches[p.selected] : matches.first {
                var r = perform(chosen.id)
                r.redraw = true
                return r
            }
            message = (tr("shell.palette.noCommand", p.input.text), .warning)
        case .up:
            p.selected = max(0, p.selected - 1); palette = p
        case .down:
            p.selected = min(max(0, matches.count - 1), p.selected + 1); palette = p
        case .tab:
            if let first = matches.first { p.input = TextInput(text: first.name, placeholder: p.input.placeholder) }
            palette = p
        default:
            if p.input.apply(key) { p.selected = 0 }
            palette = p
        }
        return .redraw
    }

    private mutating func modalKey(_ key: Key) -> Reaction {
        guard let m = modal else { return .none }
        switch m {
        case .assign(let caseID, let version, var picker, let suggestions):
            switch key {
            case .escape: modal = nil
            case .enter:
                modal = nil
                guard let i = picker.selectedItemIndex else { return .redraw }
                return choose(suggestions[i], caseID: caseID, version: version)
            default:
                Dialog.navigate(&picker, key)
                modal = .assign(caseID: caseID, version: version, picker: picker, suggestions: suggestions)
            }
        case .quickFilter(var picker, let options):
            switch key {
            case .escape: modal = nil
            case .enter:
                modal = nil
                if let i = picker.selectedItemIndex { board.setFilter(snapshot: snapshot, options[i]) }
            default:
                Dialog.navigate(&picker, key)
                modal = .quickFilter(picker: picker, options: options)
            }
        case .confirm(_, let action):
            switch key {
            case .char("y"), .char("Y"), .char("j"), .enter:
                modal = nil
                switch action {
                case .assign(let request): return Reaction(redraw: true, effects: [.assign(request)])
                case .endMeeting:
                    guard var m = meeting.progress else { return say(tr("shell.meeting.noneToEnd")) }
                    m.status = .ended
                    return Reaction(redraw: true, effects: [.endMeeting(m)])
                case .removeTie(let t):
                    return Reaction(redraw: true, effects: [.removeTie(t, undo: false)])
                case .phase(let caseID, let to, let version, let householdID):
                    return Reaction(redraw: true, effects: [.saveCaseWork(.phase(caseID: caseID, to: to, expectedVersion: version),
                                                                          householdID: householdID)])
                }
            case .char("n"), .char("N"), .escape, .char("q"):
                modal = nil
                switch action {
                case .assign: message = (tr("shell.confirm.notAssigned"), .muted)
                case .endMeeting: message = (tr("shell.confirm.meetingGoesOn"), .muted)
                case .removeTie: message = (tr("shell.confirm.nothingRemoved"), .muted)
                case .phase: message = (tr("shell.confirm.caseStays"), .muted)
                }
            default:
                break
            }
        case .triage(var flow):
            switch flow.key(key) {
            case .stay: modal = .triage(flow)
            case .cancel: modal = nil
            case .needSuggestions(let householdID):
                modal = .triage(flow)
                return Reaction(redraw: true, effects: [.loadHouseholdSuggestions(householdID: householdID)])
            case .decide(let decision):
                modal = nil
                return Reaction(redraw: true, effects: [.decide(signalID: flow.item.signal.id, decision: decision,
                                                                expectedVersion: flow.item.signal.version)])
            case .meldcode(let step, let note):
                modal = nil
                return Reaction(redraw: true, effects: [.recordMeldcode(signalID: flow.item.signal.id, step: step, note: note)])
            }
        case .followUp(var flow):
            switch flow.key(key, staff: snapshot?.staff ?? []) {
            case .stay: modal = .followUp(flow)
            case .cancel: modal = nil
            case .add(let caseID, let plan):
                modal = nil
                return Reaction(redraw: true, effects: [.addFollowUp(caseID: caseID, plan: plan, meetingID: meetingInProgress)])
            case .complete(let id, let outcome, let version):
                modal = nil
                return Reaction(redraw: true, effects: [.completeFollowUp(id: id, outcome: outcome, expectedVersion: version)])
            }
        case .provision(var flow, let householdID):
            switch flow.key(key) {
            case .stay: modal = .provision(flow, householdID: householdID)
            case .cancel: modal = nil
            case .save(let p):
                modal = nil
                return Reaction(redraw: true, effects: [.addProvision(p, householdID: householdID)])
            }
        case .tie(var form):
            switch form.key(key) {
            case .stay: modal = .tie(form)
            case .cancel: modal = nil
            case .save(let t, _):
                modal = nil
                return Reaction(redraw: true, effects: [.saveTie(new: t, old: form.original, undo: false)])
            }
        case .decision(var flow):
            switch flow.key(key, staff: snapshot?.staff ?? []) {
            case .stay: modal = .decision(flow)
            case .cancel: modal = nil
            case .record(let draft):
                modal = nil
                return Reaction(redraw: true, effects: [.recordDecision(draft)])
            }
        case .journal(var form, let householdID):
            switch form.key(key) {
            case .stay: modal = .journal(form, householdID: householdID)
            case .cancel: modal = nil
            case .save(let draft):
                modal = nil
                return Reaction(redraw: true, effects: [.saveCaseWork(.journal(draft), householdID: householdID)])
            }
        case .zrm(var form, let householdID):
            switch form.key(key) {
            case .stay: modal = .zrm(form, householdID: householdID)
            case .cancel: modal = nil
            case .save(let draft):
                modal = nil
                return Reaction(redraw: true, effects: [.saveCaseWork(.zrm(draft), householdID: householdID)])
            }
        case .goal(var form, let householdID):
            switch form.key(key) {
            case .stay: modal = .goal(form, householdID: householdID)
            case .cancel: modal = nil
            case .save(let g, let version):
                modal = nil
                return Reaction(redraw: true, effects: [.saveCaseWork(.goal(g, expectedVersion: version), householdID: householdID)])
            }
        case .closeCase(var input, let caseID, let version, let householdID, _):
            switch key {
            case .escape: modal = nil
            case .enter:
                // The domain's own rule, so the dialog and the store say the same.
                do { try Case.validateCloseReason(input.text) } catch {
                    modal = .closeCase(input, caseID: caseID, version: version, householdID: householdID, error: "\(error)")
                    return .redraw
                }
                modal = nil
                return Reaction(redraw: true, effects: [.saveCaseWork(.close(caseID: caseID, reason: input.text, expectedVersion: version),
                                                                      householdID: householdID)])
            default:
                _ = input.apply(key)
                modal = .closeCase(input, caseID: caseID, version: version, householdID: householdID, error: nil)
            }
        case .discussion(var input, let caseID, let version, let error):
            switch key {
            case .escape: modal = nil
            case .enter:
                modal = nil
                let q = input.text.allSatisfy(\.isWhitespace) ? nil : input.text
                return Reaction(redraw: true, effects: [.setDiscussion(caseID: caseID, question: q, expectedVersion: version)])
            default:
                _ = input.apply(key)
                modal = .discussion(input, caseID: caseID, version: version, error: error)
            }
        case .textFilter(var input, let before):
            switch key {
            case .escape:
                modal = nil
                var f = board.filter
                f.text = before.text
                board.setFilter(snapshot: snapshot, f)
                // What was shown while typing was a search too.
                if !input.text.trimmed.isEmpty { return Reaction(redraw: true, effects: [.recordAudit(Self.searchEvent(input.text, found: nil))]) }
            case .enter:
                modal = nil
                // A search is logged (NEN 7513): what was looked for and how much it found.
                if !input.text.trimmed.isEmpty {
                    let found = board.columns.reduce(0) { $0 + $1.cards.count }
                    return Reaction(redraw: true, effects: [.recordAudit(Self.searchEvent(input.text, found: found))])
                }
            default:
                if input.apply(key) {
                    var f = board.filter
                    f.text = input.text
                    board.setFilter(snapshot: snapshot, f)
                }
                modal = .textFilter(input, before: before)
            }
        }
        return .redraw
    }

    // MARK: Commands

    /// Runs a command by id (from a key or the palette).
    public mutating func perform(_ id: String) -> Reaction {
        let page = max(1, contentSize.height - 2)
        if let r = readOnly, AppCommands.table.command(id: id)?.writes == true { return say(r.message, .warning) }
        switch id {
        case "glossary":
            help = nil
            glossary = GlossaryScreen(screenText: screenText())
            return .redraw
        case "tour":
            return beginTour(quitsAtEnd: false)
        case "help":
            if help != nil { help = nil } else { help = HelpScreen(scope: isHouseholdOpen ? AppCommands.householdScope : tab.rawValue) }
            return .redraw
        case "palette":
            palette = Palette()
            return .redraw
        case "quit", "close":
            if help != nil { help = nil; return .redraw }
            if routes.count > 1 { routes.removeLast(); return .redraw }
            return Reaction(quit: true, effects: pauseForQuit())
        case "meeting.start":
            return startOrPauseMeeting()
        case "meeting.discussed":
            guard meeting.driving else { return say(tr("shell.meeting.startFirst")) }
            guard let m = meeting.markDiscussed() else { return say(tr("shell.nothingSelected")) }
            return Reaction(redraw: true, effects: [.saveMeeting(m)] + loadSelectedMeetingHousehold())
        case "meeting.decide":
            guard meeting.driving, let m = meeting.meeting else { return say(tr("shell.meeting.startFirstDecisions")) }
            guard let item = meeting.selected, let s = snapshot else { return say(tr("shell.meeting.selectItem")) }
            modal = .decision(DecisionFlow(meetingID: m.id, item: item, today: s.today, regisseur: meeting.selectedCase?.regisseurID ?? item.staffID))
            return .redraw
        case "meeting.end":
            guard meeting.driving, let m = meeting.meeting else { return say(tr("shell.meeting.noneRunning")) }
            let done = m.items.values.filter(\.discussed).count
            modal = .confirm(text: tr("shell.meeting.confirmEnd", m.id, Meeting.clock(m.elapsedSeconds), done, meeting.items.count),
                             action: .endMeeting)
            return .redraw
        case "discuss":
            guard let c = selectedCase() else { return say(tr("shell.noOpenCaseSelected")) }
            modal = .discussion(TextInput(text: c.discussion ?? "", placeholder: tr("shell.discussion.placeholder")),
                                caseID: c.id, version: c.version)
            return .redraw
        case "journal.add", "zrm.record", "goal.edit", "phase.next", "case.close":
            return openCaseWork(id)
        case "tab.board": return switchTab(.board)
        case "tab.triage": return switchTab(.triage)
        case "tab.network": return switchTab(.network)
        case "tab.meeting": return switchTab(.meeting)
        case "tab.followups": return switchTab(.followUps)
        case "followup.flag":
            guard let s = snapshot else { return .none }
            guard let c = selectedCase() else { return say(tr("shell.noOpenCaseSelected")) }
            modal = .followUp(FollowUpFlow.plan(caseID: c.id, regisseur: c.regisseurID, today: s.today))
            return .redraw
        case "provision.add":
            guard let r = household.record, let c = r.cases.last(where: \.isOpen) else { return say(tr("shell.noOpenCaseInHousehold")) }
            modal = .provision(ProvisionFlow(caseID: c.id, ties: r.ties), householdID: r.household.id)
            return .redraw
        case "tie.add":
            guard let id = network.householdID, network.record != nil else { return say(tr("shell.network.openFirst")) }
            modal = .tie(TieForm(householdID: id))
            return .redraw
        case "tie.edit":
            guard let t = network.selectedTie else { return say(tr("shell.tie.selectToChange")) }
            modal = .tie(TieForm(editing: t))
            return .redraw
        case "tie.remove":
            guard let t = network.selectedTie else { return say(tr("shell.tie.selectToRemove")) }
            modal = .confirm(text: privacy ? tr("shell.tie.confirmRemove", Format.name(t.name, privacy: !t.isOrganisation), namesOnScreen.redact(t.relation))
                                            : tr("shell.tie.confirmRemove", t.name, t.relation), action: .removeTie(t))
            return .redraw
        case "tie.undo":
            guard let last = tieUndo.popLast() else { return say(tr("shell.tie.nothingToUndo")) }
            switch last {
            case .added(let t): return Reaction(redraw: true, effects: [.removeTie(t, undo: true)])
            case .changed(let before, let after):
                var back = before
                back.version = after.version
                return Reaction(redraw: true, effects: [.saveTie(new: back, old: after, undo: true)])
            case .removed(let t):
                var again = t
                again.id = 0
                return Reaction(redraw: true, effects: [.saveTie(new: again, old: nil, undo: true)])
            }
        case "network.view":
            network.toggleMode()
            return say(network.mode == .map ? tr("shell.network.map") : tr("shell.network.list"))
        case "followup.kind":
            followUps.cycleKind()
            return .redraw
        case "followup.mine":
            followUps.toggleOwner(session.identity.staff.id)
            return .redraw
        case "followup.done":
            guard let f = followUps.selected, let s = snapshot else { return say(tr("shell.followUp.noneSelected")) }
            modal = .followUp(FollowUpFlow.complete(f, today: s.today))
            return .redraw
        case "tab.next", "tab.previous":
            let all = Tab.allCases
            let i = all.firstIndex(of: tab)!
            return switchTab(all[(i + (id == "tab.next" ? 1 : all.count - 1)) % all.count])
        case "theme.next":
            guard !session.themes.isEmpty else { return .none }
            let i = session.themes.firstIndex(of: session.themeName) ?? -1
            session.themeName = session.themes[(i + 1) % session.themes.count]
            message = (tr("shell.theme", session.themeName), .muted)
            return Reaction(redraw: true, effects: [.setTheme(session.themeName)])
        case "redraw":
            return Reaction(redraw: true, effects: [.repaint, .reload])
        case "privacy":
            setPrivacy(!privacy)
            message = (privacy ? tr("shell.privacy.on") : tr("shell.privacy.off"), .muted)
            return .redraw
        case "open":
            return openSelectedHousehold()
        case "network":
            return openNetwork()
        case "assign":
            guard let c = selectedCase() else {
                if tab == .meeting, meeting.selected?.signalID != nil { return say(tr("shell.assign.signalViaTriage")) }
                return say(tr("shell.noCaseSelected"))
            }
            return Reaction(redraw: false, effects: [.loadSuggestions(caseID: c.id)])
        case "card.left", "card.right":
            return moveCard(id == "card.left" ? -1 : 1)
        case "undo":
            guard let last = undoStack.last else { return say(tr("shell.undo.nothing")) }
            return request(caseID: last.caseID, to: last.from, purpose: .undo, expectedVersion: last.expectedVersion)
        case "redo":
            guard let last = redoStack.last else { return say(tr("shell.redo.nothing")) }
            return request(caseID: last.caseID, to: last.to, purpose: .redo, expectedVersion: last.expectedVersion)
        case "triage.decide":
            guard let item = triage.selected, let s = snapshot else { return say(tr("shell.triage.nothing")) }
            if item.signal.householdID == nil { return say(tr("shell.triage.registerHousehold"), .warning) }
            if item.signal.safety {
                let missing = Meldcode.missing(triage.steps(of: item.signal.id))
                if !missing.isEmpty {
                    return say(tr("shell.triage.meldcodeFirst", missing.map { String($0.rawValue) }.joined(separator: ", ")), .warning)
                }
            }
            modal = .triage(TriageFlow.decide(item, today: s.today, names: staffNames))
            return .redraw
        case "triage.undo":
            guard let last = triageUndo.last else { return say(tr("shell.triage.undo.nothing")) }
            return Reaction(redraw: true, effects: [.undoTriage(last)])
        case "triage.meldcode":
            guard let item = triage.selected, let s = snapshot else { return say(tr("shell.nothingSelected")) }
            guard item.signal.safety else { return say(tr("shell.triage.meldcodeSafetyOnly")) }
            modal = .triage(TriageFlow.meldcode(item, done: triage.steps(of: item.signal.id), today: s.today, names: staffNames))
            return .redraw
        case "filter.text":
            modal = .textFilter(TextInput(text: board.filter.text, placeholder: tr("shell.filter.placeholder")), before: board.filter)
            return .redraw
        case "filter.pick":
            openQuickFilter()
            return .redraw
        case "filter.mine":
            var f = board.filter
            f.regisseur = f.regisseur == session.identity.staff.id ? nil : session.identity.staff.id
            board.setFilter(snapshot: snapshot, f)
            return .redraw
        case "filter.clear":
            board.setFilter(snapshot: snapshot, BoardFilter())
            return .redraw
        case "group":
            board.setGrouping(snapshot: snapshot, board.grouping == .regisseur ? .phase : .regisseur)
            return .redraw
        default:
            break
        }
        if var h = help {
            let changed = h.perform(id, height: max(1, size.height - 5), width: size.width - 2)
            help = h
            return changed ? .redraw : .none
        }
        if !isHouseholdOpen, tab == .meeting, id == "section.next" || id == "section.previous" {
            return meeting.jumpSection(id == "section.next" ? 1 : -1) ? .redraw : .none
        }
        if isHouseholdOpen, let s = snapshot, id == "section.next" || id == "section.previous" {
            let c = household.content(today: s.today, staff: staffNames, privacy: privacy, width: size.width - 2)
            return household.jump(id == "section.next" ? 1 : -1, sections: c.sections, height: max(1, contentSize.height - 2),
                                  count: c.lines.count) ? .redraw : .none
        }
        if isHouseholdOpen, let s = snapshot {
            let count = household.lines(today: s.today, staff: staffNames, privacy: privacy, width: size.width - 2).count
            return household.perform(id, height: max(1, contentSize.height - 2), count: count) ? .redraw : .none
        }
        let changed: Bool
        switch tab {
        case .board: changed = board.perform(id)
        case .triage: changed = triage.perform(id, page: page)
        case .network: changed = network.perform(id, page: page)
        case .meeting:
            changed = meeting.perform(id, page: page)
            if changed { return Reaction(redraw: true, effects: loadSelectedMeetingHousehold()) }
        case .followUps: changed = followUps.perform(id, page: page)
        }
        return changed ? .redraw : .none
    }

    /// The log says that a search was made and what it found, not what was typed: search
    /// text is usually a client's name, and the log holds no personal data.
    static func searchEvent(_ text: String, found: Int?) -> AuditEvent {
        let words = text.split(whereSeparator: \.isWhitespace).count
        return AuditEvent(.search, detail: "board text filter (\(words) word\(words == 1 ? "" : "s"))"
                          + (found.map { ": \($0) cases shown" } ?? ", cancelled"))
    }

    // MARK: Keeping a case current

    /// Opens the form for a change to the household's open case.
    private mutating func openCaseWork(_ id: String) -> Reaction {
        guard isHouseholdOpen, let r = household.record, let s = snapshot else { return say(tr("shell.household.openFirst")) }
        guard let c = r.openCase else { return say(tr("shell.noOpenCaseInHousehold"), .warning) }
        let hid = r.household.id
        switch id {
        case "journal.add":
            modal = .journal(JournalForm(caseID: c.id, today: s.today), householdID: hid)
        case "zrm.record":
            let adults = r.household.members.filter { $0.isAdult(on: s.today) }
            guard !adults.isEmpty else { return say(tr("shell.zrm.noAdults"), .warning) }
            modal = .zrm(ZRMForm(adults: adults, scores: r.zrm, today: s.today), householdID: hid)
        case "goal.edit":
            modal = .goal(GoalForm(caseID: c.id, goals: r.goals.filter { $0.caseID == c.id }, members: r.household.members, scores: r.zrm),
                          householdID: hid)
        case "phase.next":
            guard let next = c.phase.next, next != .afgesloten else { return say(tr("shell.phase.evaluatieIsLast")) }
            let blockers = PhaseRules.blockers(moving: c, to: next, facts: PhaseFacts(record: r, caseID: c.id, today: s.today))
            guard blockers.isEmpty else { return say(tr("shell.phase.notYet", blockers.joined(separator: "; ")), .warning) }
            modal = .confirm(text: tr("shell.phase.confirm", c.id, c.phase.label, next.label),
                             action: .phase(caseID: c.id, to: next, version: c.version, householdID: hid))
        case "case.close":
            modal = .closeCase(TextInput(placeholder: tr("shell.closeCase.placeholder"), maxLength: 200),
                               caseID: c.id, version: c.version, householdID: hid, error: nil)
        default:
            return .none
        }
        return .redraw
    }

    /// After a refused save: the form again, with what was typed, on the record as it is now.
    private mutating func reopen(_ edit: CaseEdit, fresh r: HouseholdRecord?, error: String) {
        guard let s = snapshot else { return }
        let hid = r?.household.id ?? household.householdID ?? 0
        let current = r?.cases.first { c in
            switch edit {
            case .phase(let id, _, _), .close(let id, _, _): return c.id == id
            case .journal(let d): return c.id == d.caseID
            case .goal(let g, _): return c.id == g.caseID
            case .zrm: return c.isOpen
            }
        }
        switch edit {
        case .journal(let d):
            modal = .journal(JournalForm(draft: d, today: s.today, error: error), householdID: hid)
        case .zrm(let d):
            guard let r else { return }
            let adults = r.household.members.filter { $0.isAdult(on: s.today) }
            guard !adults.isEmpty else { return }
            modal = .zrm(ZRMForm(draft: d, adults: adults, scores: r.zrm, today: s.today, error: error), householdID: hid)
        case .goal(let g, _):
            let now = r?.goals.first { $0.id == g.id && g.id != 0 }
            modal = .goal(GoalForm(draft: g, current: now, members: r?.household.members ?? [], scores: r?.zrm ?? [], error: error),
                          householdID: hid)
        case .close(let caseID, let reason, let version):
            guard current?.isOpen ?? true else { return }
            modal = .closeCase(TextInput(text: reason, maxLength: 200), caseID: caseID, version: current?.version ?? version,
                               householdID: hid, error: tr("shell.closeCase.anyway", error))
        case .phase:
            // Nothing was typed: the status bar says why; the household on screen is the fresh one.
            return
        }
    }

    private mutating func say(_ text: String, _ role: Role = .muted) -> Reaction {
        message = (text, role)
        return .redraw
    }

    public mutating func setPrivacy(_ on: Bool) {
        privacy = on
        meetingIsStale = true
        refreshShownView()
    }

    /// The open case the keys act on: the household's, the meeting item's, or the board card's.
    private func selectedCase() -> Case? {
        if isHouseholdOpen { return household.record?.cases.last(where: \.isOpen) }
        if tab == .meeting { return meeting.selectedCase }
        return board.selectedCard?.case
    }

    /// The meeting this terminal runs: assignments and follow-ups made now go into its minutes.
    private var meetingInProgress: Int? { meeting.driving ? meeting.meeting?.id : nil }

    private func loadSelectedMeetingHousehold() -> [Effect] {
        guard tab == .meeting, let id = meeting.selected?.householdID, meeting.record?.household.id != id else { return [] }
        return [.loadHousehold(id, .meetingItem)]
    }

    /// On quit (or a closed terminal) a running meeting is paused and saved where it is.
    private mutating func pauseForQuit() -> [Effect] {
        guard readOnly == nil, var m = meeting.progress else { return [] }
        if m.status == .running { m.status = .paused }
        return [.saveMeeting(m)]
    }

    private mutating func startOrPauseMeeting() -> Reaction {
        if meeting.driving {
            guard let m = meeting.togglePause() else { return .none }
            if m.status == .running { message = (tr("shell.meeting.resumed"), .success) }
            return Reaction(redraw: true, effects: [.saveMeeting(m)])
        }
        if let m = snapshot?.meeting, m.status == .running, m.chairID != session.identity.staff.id {
            return say(tr("shell.meeting.runningElsewhere", m.id, staffNames[m.chairID] ?? m.chairID), .warning)
        }
        return Reaction(redraw: true, effects: [.startMeeting])
    }

    private mutating func switchTab(_ t: Tab) -> Reaction {
        help = nil
        let from = routes
        routes = [.tab(t)]
        refreshShownView()
        guard from != routes else { return .none }
        if t == .meeting { return Reaction(redraw: true, effects: loadSelectedMeetingHousehold()) }
        // The network view follows what was selected where you came from.
        if t == .network, let id = selectedHouseholdID(in: from), network.show(householdID: id) {
            return Reaction(redraw: true, effects: [.loadHousehold(id, .network)])
        }
        return .redraw
    }

    private func selectedHouseholdID(in routes: [Route]) -> Int? {
        if routes.last == .household { return household.householdID }
        switch routes.last {
        case .tab(.board): return board.selectedCard?.case.householdID
        case .tab(.triage): return triage.selected?.signal.householdID
        case .tab(.meeting): return meeting.selected?.householdID
        case .tab(.followUps):
            return followUps.selected.flatMap { f in snapshot?.cards.first { $0.case.id == f.caseID }?.case.householdID }
        case .tab(.network): return network.householdID
        default: return nil
        }
    }

    private mutating func openSelectedHousehold() -> Reaction {
        guard let id = selectedHouseholdID(in: routes) else { return say(tr("shell.household.nothingSelected")) }
        routes.append(.household)
        if household.show(householdID: id) { return Reaction(redraw: true, effects: [.loadHousehold(id, .household)]) }
        return .redraw
    }

    private mutating func openNetwork() -> Reaction {
        guard let id = selectedHouseholdID(in: routes) else { return say(tr("shell.household.nothingSelected")) }
        routes.append(.tab(.network))
        if network.show(householdID: id) { return Reaction(redraw: true, effects: [.loadHousehold(id, .network)]) }
        return .redraw
    }

    // MARK: Assigning

    private func caseOnScreen(_ id: Int) -> Case? {
        snapshot?.cards.first { $0.case.id == id }?.case
    }

    private mutating func request(caseID: Int, to: StaffID?, purpose: AssignRequest.Purpose, expectedVersion: Int? = nil) -> Reaction {
        guard let c = caseOnScreen(caseID) else { return say(tr("shell.case.noLongerOpen", caseID), .warning) }
        if c.regisseurID == to, purpose == .new, c.version == (expectedVersion ?? c.version) { return say(tr("shell.case.alreadyWith", caseID, to.flatMap { staffNames[$0] } ?? tr("shell.nobody"))) }
        return Reaction(redraw: true, effects: [.assign(AssignRequest(caseID: caseID, from: c.regisseurID, to: to,
                                                                      expectedVersion: expectedVersion ?? c.version, purpose: purpose,
                                                                      meetingID: meetingInProgress))])
    }

    private mutating func moveCard(_ delta: Int) -> Reaction {
        guard board.grouping == .regisseur else { return say(tr("shell.card.groupByRegisseur")) }
        guard let card = board.selectedCard else { return say(tr("shell.noCaseSelected")) }
        guard let target = board.neighbourColumn(delta) else { return say(tr("shell.card.noColumn")) }
        if let id = target.staff, let s = snapshot?.staff(id) {
            let load = target.load
            if load + Caseload.weight(of: card.case) > s.capacity + 1e-9 {
                let r = AssignRequest(caseID: card.case.id, from: card.case.regisseurID, to: id, expectedVersion: card.case.version, purpose: .new,
                                      meetingID: meetingInProgress)
                modal = .confirm(text: tr("shell.assign.overCapacity", s.name, Format.load(load), Format.load(Caseload.weight(of: card.case)), Format.load(s.capacity)),
                                 action: .assign(r))
                return .redraw
            }
        }
        return request(caseID: card.case.id, to: target.staff, purpose: .new)
    }

    private mutating func openAssignPicker(caseID: Int, context: SuggestionContext) -> Reaction {
        guard let s = snapshot, let c = caseOnScreen(caseID) else { return .none }
        let ranked = SuggestionRanker.rank(case: c, context: context, staff: s.staff, loads: BoardBuilder.loads(s.cards))
        var suggestions = ranked
        var items = ranked.map(Dialog.item)
        if c.regisseurID != nil {
            // Unassigning is a choice too (back to Niet toegewezen).
            items.append(PickerItem(title: Format.unassigned, detail: tr("shell.assign.unassignDetail"), style: Style(.unassigned)))
            suggestions.append(Suggestion(staff: Staff(id: "", name: Format.unassigned, role: .newStaff, capacity: 0),
                                          reasons: [], wouldBeOverCapacity: false, load: 0))
        }
        let title = tr("shell.assign.title", c.id, Format.household(s.cards.first { $0.case.id == caseID }?.householdName ?? "", privacy: privacy))
        modal = .assign(caseID: caseID, version: c.version, picker: Picker(title: title, items: items, footer: tr("shell.assign.footer")),
                        suggestions: suggestions)
        return .redraw
    }

    /// A pick from the picker, checked against the version the picker was opened on: a
    /// colleague's assignment made meanwhile is refused by the store, not overwritten.
    private mutating func choose(_ suggestion: Suggestion, caseID: Int, version: Int) -> Reaction {
        guard let c = caseOnScreen(caseID) else { return .redraw }
        if suggestion.staff.id.isEmpty { return request(caseID: caseID, to: nil, purpose: .new, expectedVersion: version) }
        if suggestion.wouldBeOverCapacity {
            let r = AssignRequest(caseID: caseID, from: c.regisseurID, to: suggestion.staff.id, expectedVersion: version, purpose: .new,
                                  meetingID: meetingInProgress)
            modal = .confirm(text: tr("shell.assign.overCapacity", suggestion.staff.name, Format.load(suggestion.load), Format.load(Caseload.weight(of: c)),
                                        Format.load(suggestion.staff.capacity)), action: .assign(r))
            return .redraw
        }
        return request(caseID: caseID, to: suggestion.staff.id, purpose: .new, expectedVersion: version)
    }

    private mutating func openQuickFilter() {
        guard let s = snapshot else { return }
        var options: [BoardFilter] = [], items: [PickerItem] = []
        func add(_ title: String, _ f: BoardFilter) { options.append(f); items.append(PickerItem(title: title)) }
        let base = board.filter
        add(tr("shell.quickFilter.everything"), BoardFilter())
        var mine = base; mine.regisseur = session.identity.staff.id
        add(tr("shell.quickFilter.mine"), mine)
        for b in s.info.buurten { var f = base; f.buurt = b; add(tr("shell.quickFilter.buurt", b), f) }
        for flag in BoardFilter.Flag.allCases { var f = base; f.flag = flag; add(tr("shell.quickFilter.flag", flag.label), f) }
        for d in LifeDomain.allCases { var f = base; f.domain = d; add(tr("shell.quickFilter.domain", d.label), f) }
        for p in Phase.allCases where p.isOpen { var f = base; f.phase = p; add(tr("shell.quickFilter.phase", p.label), f) }
        modal = .quickFilter(picker: Picker(title: tr("shell.quickFilter.title"), items: items,
                                            footer: tr("shell.quickFilter.footer")), options: options)
    }

    // MARK: Render

    public func render(into grid: inout Grid) {
        grid.fill(grid.bounds)
        grid.cursor = nil
        if isTooSmall {
            let minimum = Shell.minimumSize
            TooSmallMessage(minimum: minimum, message: tr("shell.tooSmall", minimum.width, minimum.height), sizeLine: tr("shell.tooSmall.now"))
                .render(into: &grid, area: grid.bounds)
            return
        }
        let bounds = grid.bounds
        let (top, rest) = bounds.splitTop(1)
        let (header, rest2) = rest.splitTop(1)
        let (content, statusRow) = rest2.splitBottom(1)
        let titles = Tab.allCases.enumerated().map { "\($0.offset + 1) \($0.element.title)" }
        Tabs(titles: titles, selected: Tab.allCases.firstIndex(of: tab)!).render(into: &grid, area: top)
        let tabsWidth = titles.reduce(0) { $0 + TextWidth.width(of: $1) + 3 } + 1
        let hint = tr("shell.hint.help")
        let name = snapshot.map { $0.info.name + " · " } ?? ""
        if top.width > tabsWidth + TextWidth.width(of: name + hint) {
            grid.put(segments: [(name, Style(.muted)), (hint, Style(.key))], x: top.maxX - TextWidth.width(of: name + hint) - 1, y: top.y)
        } else if top.width > tabsWidth + TextWidth.width(of: hint) {
            grid.put(hint, x: top.maxX - TextWidth.width(of: hint) - 1, y: top.y, style: Style(.key))
        }
        renderHeader(into: &grid, area: header)
        guard let s = snapshot else {
            TextLine(Format.loading, style: Style(.muted)).render(into: &grid, area: content)
            renderStatus(into: &grid, area: statusRow)
            return
        }
        if isHouseholdOpen {
            household.render(into: &grid, area: content, today: s.today, staff: staffNames, privacy: privacy)
        } else {
            switch tab {
            case .board: board.render(into: &grid, area: content, today: s.today, privacy: privacy)
            case .triage: triage.render(into: &grid, area: content, today: s.today, privacy: privacy)
            case .network: network.render(into: &grid, area: content, today: s.today, privacy: privacy)
            case .meeting: meeting.render(into: &grid, area: content, privacy: privacy)
            case .followUps: followUps.render(into: &grid, area: content, today: s.today, privacy: privacy)
            }
        }
        // The tour's panel stays at the bottom; help and the glossary open above it.
        var above = content
        if let t = tour {
            t.render(into: &grid, area: content)
            above = content.splitBottom(Tour.panelHeight(for: content)).0
        }
        if let h = help {
            h.render(into: &grid, area: above, title: tr("shell.help.title", isHouseholdOpen ? AppCommands.householdTitle : tab.title))
        }
        if let g = glossary { g.render(into: &grid, area: above) }
        if let m = modal { renderModal(m, into: &grid, bounds: content) }
        if let p = palette { p.render(into: &grid, bounds: content, scope: scope) }
        renderStatus(into: &grid, area: statusRow)
    }

    private func renderModal(_ m: Modal, into grid: inout Grid, bounds: Rect) {
        switch m {
        case .assign(_, _, let picker, _), .quickFilter(let picker, _):
            Dialog.renderPicker(picker, into: &grid, bounds: bounds)
        case .decision(let flow):
            flow.render(into: &grid, bounds: bounds)
        case .tie(let form):
            form.render(into: &grid, bounds: bounds)
        case .provision(let flow, _):
            flow.render(into: &grid, bounds: bounds, privacy: privacy, redactor: privacy ? namesOnScreen : .none)
        case .journal(let form, _):
            form.render(into: &grid, bounds: bounds)
        case .zrm(let form, _):
            form.render(into: &grid, bounds: bounds, privacy: privacy)
        case .goal(let form, _):
            form.render(into: &grid, bounds: bounds, privacy: privacy)
        case .closeCase(let input, let caseID, _, _, let error):
            Dialog.inputBox(input, title: tr("shell.closeCase.title", caseID), error: error, into: &grid, bounds: bounds)
        case .discussion(let input, let caseID, _, let error):
            Dialog.inputBox(input, title: tr("shell.discussion.title", caseID), error: error, into: &grid, bounds: bounds)
        case .confirm(let text, let action):
            let lines = TextBlock.wrap(text, width: min(60, bounds.width - 4))
            let area = Picker.area(in: bounds, preferredWidth: min(64, bounds.width), preferredHeight: lines.count + 4)
            let panel = Panel(title: tr("shell.confirm.title"), focused: true)
            panel.render(into: &grid, area: area)
            let inner = panel.inner(area)
            for (i, l) in lines.enumerated() where i < inner.height {
                grid.put(l, x: inner.x, y: inner.y + i, style: Style(.warning, [.bold]), maxWidth: inner.width)
            }
            var yes = tr("shell.confirm.keys.assign")
            if case .endMeeting = action { yes = tr("shell.confirm.keys.endMeeting") }
            if case .removeTie = action { yes = tr("shell.confirm.keys.removeTie") }
            if case .phase = action { yes = tr("shell.confirm.keys.phase") }
            grid.put(yes, x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
        case .triage(let flow):
            flow.render(into: &grid, bounds: bounds)
        case .followUp(let flow):
            flow.render(into: &grid, bounds: bounds)
        case .textFilter(let input, _):
            let area = Rect(x: bounds.x, y: bounds.maxY - 1, width: bounds.width, height: 1)
            grid.fill(area)
            grid.put("/", x: area.x, y: area.y, style: Style(.key, [.bold]))
            input.render(into: &grid, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1))
        }
    }

    private func renderHeader(into grid: inout Grid, area: Rect) {
        guard let s = snapshot else { return }
        let f = s.figures
        var segments: [(String, Style)] = []
        if isHouseholdOpen {
            // A read-only session lists what it can do, not the write keys.
            let hints = readOnly == nil ? tr("shell.header.householdKeys") : tr("shell.header.householdKeys.readOnly")
            segments = [(KeyHints.fit(hints, width: area.width - 1, more: tr("shell.header.moreKeys")), Style(.muted))]
        } else {
            let me = session.identity.staff.id
            switch tab {
            case .board where board.filter.regisseur == me:
                // My caseload: what needs me, so the day starts there.
                let count = { (k: CaseNeed.Kind) in myCaseload.needs[k, default: 0] }
                let sep = (" · ", Style(.muted))
                segments = [(tr("shell.header.myCaseload", myCaseload.cases), Style(.normal, [.bold])), (" · " + tr("shell.header.needsYou") + " ", Style(.muted))]
                if count(.newlyAssigned) > 0 { segments += [(tr("shell.header.newToMe", count(.newlyAssigned)), Style(.success, [.bold])), sep] }
                segments += [(tr("shell.header.overdue", count(.overdueFollowUp)), Style(count(.overdueFollowUp) > 0 ? .overdue : .muted)), sep]
                if count(.dueToday) > 0 { segments += [(tr("shell.header.dueToday", count(.dueToday)), Style(.warning, [.bold])), sep] }
                segments += [
                            (tr("shell.header.evaluationDue", count(.evaluationDue)), Style(count(.evaluationDue) > 0 ? .warning : .muted)), sep,
                            (tr("shell.header.noContact", count(.noContact), s.agendaSettings.stuckAfterWeeks), Style(count(.noContact) > 0 ? .warning : .muted)),
                            ("  " + tr("shell.header.everyone"), Style(.key))]
            case .board, .meeting, .followUps:
                let sep = (" · ", Style(.muted))
                segments = [(tr("shell.header.open", f.openCases), Style(.normal, [.bold])), sep,
                            (tr("shell.header.unassigned", f.unassigned), Style(f.unassigned > 0 ? .unassigned : .muted)), sep,
                            (tr("shell.header.overCapacity", f.overCapacity), Style(f.overCapacity > 0 ? .loadOver : .muted)), sep,
                            (tr("shell.header.proactive", f.proactivePercent), Style(.flagPreventive)),
                            (f.overdueProactive > 0 ? " · " + tr("shell.header.overdue", f.overdueProactive) : "", Style(.overdue))]
            case .triage:
                let safety = s.signals.filter(\.safety).count
                segments = [(tr("shell.header.waiting", s.signals.count), Style(.normal, [.bold])), ("  ·  ", Style(.muted)),
                            (tr("shell.header.safety", safety), Style(safety > 0 ? .flagSafety : .muted, safety > 0 ? [.bold] : []))]
            case .network:
                if let r = network.record {
                    segments = [(tr("shell.header.ties", r.ties.count), Style(.normal, [.bold])), ("  ·  ", Style(.muted)),
                                (EcogramText.legend + " · " + tr("shell.header.mapList"), Style(.muted))]
                }
            }
        }
        grid.put(segments: segments, x: area.x + 1, y: area.y, maxWidth: area.width - 1)
    }

    /// The names of the households loaded in this session (members, ties, their own names),
    /// for privacy mode in the status bar and dialogs: a message may name a tie just removed.
    var namesOnScreen: Redactor { Redactor(names: Array(namesSeen)) }
    private var namesSeen: Set<String> = []

    private mutating func rememberNames(of record: HouseholdRecord) {
        if namesSeen.count > 5_000 { namesSeen.removeAll() }
        namesSeen.formUnion(Redactor.names(of: record))
    }

    private func renderStatus(into grid: inout Grid, area: Rect) {
        var left: [(String, Style)] = [(" " + session.identity.staff.name, Style(.statusAccent, [.bold]))]
        switch session.identity.basis {
        case .account: break
        case .chosen: left.append((" " + tr("shell.status.demo"), Style(.status)))
        case .demoFallback: left.append((" " + tr("shell.status.demoFallback"), Style(.status)))
        }
        // Right after who you are, so a narrow screen or a long message never hides it.
        if let r = readOnly { left.append(("  " + (r == .tour ? tr("status.tour") : tr("status.readOnly")), Style(.statusAccent, [.bold]))) }
        left.append(("  \(session.databaseName)  \(isHouseholdOpen ? AppCommands.householdTitle : tab.title)", Style(.status)))
        if tab == .board && !isHouseholdOpen {
            if board.grouping == .phase { left.append(("  " + tr("shell.status.byPhase"), Style(.statusAccent))) }
            if !board.filter.isEmpty {
                left.append(("  " + tr("shell.status.filter", board.filter.summary(me: session.identity.staff.id)), Style(.statusAccent, [.bold])))
            }
        }
        if privacy { left.append(("  " + tr("shell.status.privacy"), Style(.statusAccent, [.bold]))) }
        var right: [(String, Style)] = []
        if storeBusy { right.append((tr("shell.status.busy") + "  ", Style(.warning, [.bold]))) }
        if let m = message {
            // A message can quote what was typed ("…met Demi…"): privacy mode hides the names there too.
            let text = privacy ? namesOnScreen.redact(m.text) : m.text
            right.append((text + "  ", Style(m.role == .muted ? .status : m.role, [.bold])))
        }
        if let at = lastOutsideChange { right.append(("↻ \(at)  ", Style(.status))) }
        // The meeting's total time stays visible whatever the message.
        if let m = meeting.meeting, meeting.driving || tab == .meeting {
            let time = Meeting.clock(m.elapsedSeconds)
            let state = switch m.status {
            case .running: tr("shell.status.meetingRunning", time)
            case .paused: tr("shell.status.meetingPaused", time)
            case .ended: tr("shell.status.meetingEnded", time)
            }
            right.append((state + "  ", Style(.statusAccent, [.bold])))
        }
        right.append((clock + " ", Style(.status)))
        StatusBar(left: left, right: right).render(into: &grid, area: area)
    }
}
