import TerminalKit
import Wijkteam

/// The app shell: the views of the tab bar (a list, `ScreenRegistry`), the household view over
/// them, and the status bar, help, palette and dialogs around them. State + `handle` + `render`;
/// it never touches the terminal or the database: work outside it is asked for as `Effect`s and
/// answered with `ShellEvent`s. Its parts live in `Shell+….swift`, one seam each: the page frame,
/// commands, events, assignment with its undo, the network's undo, case work, triage, the
/// meeting, the tour, and the views.
public struct Shell: Sendable {
    public static let minimumSize = Size(width: 40, height: 10)

    /// Where you are: a view of the tab bar, possibly with a household opened on top of it.
    enum Route: Equatable, Sendable {
        case tab(Tab)
        case household
        /// The plan of the household's case, over the household view.
        case plan
    }

    public internal(set) var size: Size
    public var session: SessionInfo
    public internal(set) var snapshot: DistrictSnapshot?
    /// The views of the tab bar, in `ScreenRegistry.tabs` order.
    var views: [any Screen]
    public internal(set) var household = HouseholdScreen()
    public internal(set) var privacy = false
    var routes: [Route] = [.tab(.board)]
    var help: HelpScreen?
    var glossary: GlossaryScreen?
    /// The guided tour, while it runs.
    public internal(set) var tour: Tour?
    /// `wijkteam tour`: ending the tour quits the app.
    var tourQuitsApp = false
    /// Why every write is off in this session, if it is.
    public let readOnly: ReadOnlyReason?
    var palette: Palette?
    var modal: Modal?
    var clock = ""
    /// When the last change made in another terminal arrived, for the status bar.
    public internal(set) var lastOutsideChange: String?
    public internal(set) var message: (text: String, role: Role)?
    /// The store is taking long over what was asked of it (see `ShellEvent.storeBusy`).
    public internal(set) var storeBusy = false
    /// Closed files past their retention period, for the team lead's and the privacy officer's
    /// reminder on the board (counted once a session: `Effect.countRetentionDue`).
    public internal(set) var retentionDue = 0
    var askedRetentionDue = false
    /// The meeting's trend was asked for since the data last changed (a new snapshot): coming back
    /// to the meeting view asks again only after a change or a failure (it was 84 ms of store
    /// work on every switch to the meeting on a city, for the same figures).
    var meetingTrendAsked = false
    /// Since when the store's server is away ("13:20"), nil while it is there.
    public internal(set) var offlineSince: String?
    /// Assignments that `u` takes back and `Ctrl-R` does again.
    public internal(set) var undoStack: [AssignRequest] = []
    public internal(set) var redoStack: [AssignRequest] = []
    /// Staff names by id, for messages and the household view.
    var staffNames: [StaffID: String] = [:]
    /// Network edits that `u` on the network view takes back.
    var tieUndo: [TieEdit] = []
    /// Triage decisions made here that `u` on the triage view takes back, the last first.
    public internal(set) var triageUndo: [TriageUndo] = []
    /// The first snapshot decides whether to reopen a meeting this user paused.
    var offeredOpenMeeting = false
    /// Views whose data changed while they were not on screen: rebuilt when shown.
    var staleViews: Set<CommandScope> = []
    /// The names of the households loaded in this session (members, ties, their own names),
    /// for privacy mode in the status bar and dialogs: a message may name a tie just removed.
    var namesSeen: Set<String> = []
    /// The plan view over the household (`L`) and the case it shows.
    var planView: PlanScreen?
    var planCaseID: Int?

    /// The dialog over the views: a form, or one of the shell's own pickers and questions.
    enum Modal: Sendable {
        case form(any FormDialog)
        /// `version`: the case as the picker was opened on it; a pick is checked against it.
        case assign(caseID: Int, version: Int, picker: Picker, suggestions: [Suggestion])
        case quickFilter(picker: Picker, options: [BoardFilter])
        case confirm(text: String, action: Confirmed)
        case textFilter(TextInput, before: BoardFilter)
        /// A handover plan's line: who takes the case instead, from its ranking.
        case handoverLine(caseID: Int, picker: Picker, ranking: [Suggestion])
    }

    /// What a confirmation dialog does on yes.
    enum Confirmed: Sendable {
        case assign(AssignRequest)
        case endMeeting
        case removeTie(NetworkTie)
        case phase(caseID: Int, to: Phase, version: Int, householdID: Int)
        case applyHandover(HandoverPlan)
    }

    /// `readOnly` turns every write off; staff with the role new staff are read-only anyway.
    public init(session: SessionInfo, size: Size, readOnly: ReadOnlyReason? = nil) {
        self.session = session
        self.size = size
        self.readOnly = readOnly ?? (session.identity.staff.role == .newStaff ? .newStaff : nil)
        self.views = ScreenRegistry.tabs.map { $0.init() }
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
    /// Whether `key` can be answered from the first frame's outline, before the rest of the
    /// load has arrived: moving over the board with nothing open over it (the cards that come
    /// on screen are read whole first). Any other key needs the whole snapshot.
    public func answersFromOutline(_ key: Key) -> Bool {
        guard caseIDsOnScreen != nil, let command = AppCommands.table.command(for: key, in: scope) else { return false }
        return Self.outlineCommands.contains(command.id)
    }

    static let outlineCommands: Set<CommandID> = [.moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .moveFirst, .moveLast]

    public var isTooSmall: Bool { size.width < Shell.minimumSize.width || size.height < Shell.minimumSize.height }

    /// Rows for the active view: the screen less the tab row, the header row and the status bar.
    var contentSize: Size { Size(width: size.width, height: max(0, size.height - 3)) }

    /// The scope whose keys apply now.
    var scope: CommandScope {
        if help != nil { return .help }
        if isPlanOpen { return .plan }
        return isHouseholdOpen ? .household : tab
    }

    /// What the views are given to act and draw (nil before the first snapshot).
    var context: ScreenContext? {
        guard let s = snapshot else { return nil }
        return ScreenContext(today: s.today, privacy: privacy, language: Language.current, themeName: session.themeName,
                             me: session.identity.staff.id, staffNames: staffNames, snapshot: s, size: contentSize,
                             readOnly: readOnly != nil)
    }

    /// What the forms are given, per key and frame while one is open: the redactor over every
    /// name seen this session is only built in privacy mode (thousands of names to split and sort).
    var formContext: FormContext {
        let redactor = privacy ? namesOnScreen : .none
        return FormContext(staff: snapshot?.staff ?? [], privacy: privacy, redactor: redactor, meetingID: meetingInProgress)
    }

    // MARK: Events

    public mutating func handle(_ event: ShellEvent) -> Reaction {
        var reaction = react(to: event)
        if let m = reaction.message {
            message = (m.text, m.role)
            reaction.message = nil
        }
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

    // MARK: Keys

    mutating func handleKey(_ key: Key) -> Reaction {
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

    mutating func glossaryKey(_ key: Key) -> Reaction {
        guard var g = glossary else { return .none }
        if key == .resize { return .none }
        glossary = g.handle(key, page: max(1, contentSize.height - 6)) ? g : nil
        return .redraw
    }

    mutating func paletteKey(_ key: Key) -> Reaction {
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

    /// A key while a dialog is open: a form runs itself; the shell's own dialogs are in the
    /// files of their seams (assigning, the board's filters, confirmations).
    mutating func modalKey(_ key: Key) -> Reaction {
        guard let m = modal else { return .none }
        switch m {
        case .form(var form):
            switch form.step(key, context: formContext) {
            case .stay(let effects):
                modal = .form(form)
                return Reaction(redraw: true, effects: effects)
            case .cancel:
                modal = nil
            case .save(let effects):
                modal = nil
                return Reaction(redraw: true, effects: effects)
            }
        case .assign(let caseID, let version, let picker, let suggestions):
            return assignPickerKey(key, caseID: caseID, version: version, picker: picker, suggestions: suggestions)
        case .quickFilter(let picker, let options):
            quickFilterKey(key, picker: picker, options: options)
        case .confirm(_, let action):
            return confirmKey(key, action: action)
        case .textFilter(let input, let before):
            return textFilterKey(key, input: input, before: before)
        case .handoverLine(let caseID, let picker, let ranking):
            return handoverLineKey(key, caseID: caseID, picker: picker, ranking: ranking)
        }
        return .redraw
    }

    /// Opens a form over the views.
    mutating func open(_ form: any FormDialog) -> Reaction {
        modal = .form(form)
        return .redraw
    }

    /// The open form, if it is of this type.
    func openForm<F: FormDialog>(_ type: F.Type) -> F? {
        if case .form(let f) = modal { return f as? F }
        return nil
    }

    mutating func say(_ text: String, _ role: Role = .muted) -> Reaction {
        message = (text, role)
        return .redraw
    }

    public mutating func setPrivacy(_ on: Bool) {
        privacy = on
        staleViews.insert(.meeting)
        refreshShownView()
    }

    /// The open case the keys act on: the household's, the meeting item's, or the board card's.
    func selectedCase() -> Case? {
        if isHouseholdOpen { return household.record?.cases.last(where: \.isOpen) }
        if tab == .meeting { return meeting.selectedCase }
        return board.selectedCard?.case
    }

    var namesOnScreen: Redactor { Redactor(names: Array(namesSeen)) }

    mutating func rememberNames(of record: HouseholdRecord) {
        if namesSeen.count > 5_000 { namesSeen.removeAll() }
        namesSeen.formUnion(Redactor.names(of: record))
    }
}
