import TerminalKit
import Wijkteam

/// The app shell: tabs, status bar, help and palette over the screens. State + `handle` + `render`;
/// it never touches the terminal or the database: work outside it is asked for as `Effect`s.
public struct Shell: Sendable {
    public static let minimumSize = Size(width: 40, height: 10)

    public private(set) var tab: Tab = .board
    public private(set) var size: Size
    public var session: SessionInfo
    public private(set) var snapshot: DistrictSnapshot?
    public private(set) var board = BoardScreen()
    public private(set) var triage = TriageScreen()
    public private(set) var network = NetworkScreen()
    public private(set) var meeting = MeetingScreen()
    public var privacy = false
    private var help: HelpScreen?
    private var palette: Palette?
    /// Where `q` goes back to after opening a household from another view.
    private var backStack: [Tab] = []
    private var clock = ""
    public private(set) var message: (text: String, role: Role)?

    public init(session: SessionInfo, size: Size) {
        self.session = session
        self.size = size
        board.resize(contentSize)
    }

    public var isHelpOpen: Bool { help != nil }
    public var isPaletteOpen: Bool { palette != nil }
    public var isTooSmall: Bool { size.width < Shell.minimumSize.width || size.height < Shell.minimumSize.height }

    /// Rows for the active view: the screen less the tab row, the header row and the status bar.
    var contentSize: Size { Size(width: size.width, height: max(0, size.height - 3)) }

    public mutating func handle(_ event: ShellEvent) -> Reaction {
        switch event {
        case .resize(let newSize):
            size = newSize
            board.resize(contentSize)
            return .redraw
        case .clock(let text):
            guard text != clock else { return .none }
            clock = text
            return .redraw
        case .snapshot(let s):
            snapshot = s
            board.update(s)
            triage.update(s)
            meeting.update(s, privacy: privacy)
            if let id = network.householdID { return Reaction(redraw: true, effects: [.loadHousehold(id)]) }
            return .redraw
        case .household(let record):
            network.loaded(record)
            return .redraw
        case .failed(let text):
            message = (text, .error)
            return .redraw
        case .key(let key):
            return handleKey(key)
        }
    }

    private var scope: String { help != nil ? AppCommands.helpScope : tab.rawValue }

    private mutating func handleKey(_ key: Key) -> Reaction {
        let hadMessage = message != nil
        message = nil
        if palette != nil { return paletteKey(key) }
        guard let command = AppCommands.table.command(for: key, in: scope) else {
            if key == .resize { return .none }
            message = ("\(key.displayName) does nothing here · ? shows the keys", .muted)
            return .redraw
        }
        var r = perform(command.id)
        if hadMessage { r.redraw = true }
        return r
    }

    private mutating func paletteKey(_ key: Key) -> Reaction {
        guard var p = palette else { return .none }
        let matches = p.matches(scope: tab.rawValue)
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
            message = ("no command named '\(p.input.text)'", .warning)
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

    /// Runs a command by id (from a key or the palette).
    public mutating func perform(_ id: String) -> Reaction {
        let page = max(1, contentSize.height - 2)
        switch id {
        case "help":
            if help != nil { help = nil } else { help = HelpScreen(scope: tab.rawValue) }
            return .redraw
        case "palette":
            palette = Palette()
            return .redraw
        case "quit", "close":
            if help != nil { help = nil; return .redraw }
            if let back = backStack.popLast() { tab = back; return .redraw }
            return Reaction(quit: true)
        case "tab.board": return switchTab(.board)
        case "tab.triage": return switchTab(.triage)
        case "tab.network": return switchTab(.network)
        case "tab.meeting": return switchTab(.meeting)
        case "tab.next", "tab.previous":
            let all = Tab.allCases
            let i = all.firstIndex(of: tab)!
            return switchTab(all[(i + (id == "tab.next" ? 1 : all.count - 1)) % all.count])
        case "theme.next":
            guard !session.themes.isEmpty else { return .none }
            let i = session.themes.firstIndex(of: session.themeName) ?? -1
            session.themeName = session.themes[(i + 1) % session.themes.count]
            message = ("theme: \(session.themeName)", .muted)
            return Reaction(redraw: true, effects: [.setTheme(session.themeName)])
        case "redraw":
            return Reaction(redraw: true, effects: [.repaint])
        case "open":
            return openSelectedHousehold()
        default:
            break
        }
        if var h = help {
            let changed = h.perform(id, height: max(1, size.height - 4), width: size.width - 4)
            help = h
            return changed ? .redraw : .none
        }
        let changed: Bool
        switch tab {
        case .board: changed = board.perform(id)
        case .triage: changed = triage.perform(id, page: page)
        case .network: changed = network.perform(id, page: page)
        case .meeting: changed = meeting.perform(id, page: page)
        }
        return changed ? .redraw : .none
    }

    private mutating func switchTab(_ t: Tab) -> Reaction {
        help = nil
        backStack = []
        guard t != tab else { return .none }
        tab = t
        if t == .network, network.householdID == nil, let id = currentHouseholdID {
            _ = network.show(householdID: id)
            return Reaction(redraw: true, effects: [.loadHousehold(id)])
        }
        return .redraw
    }

    /// The household of whatever is selected in the view you are in.
    var currentHouseholdID: Int? {
        switch tab {
        case .board: board.selectedCard?.case.householdID
        case .triage: triage.selected?.householdID
        case .meeting: meeting.selected?.householdID
        case .network: network.householdID
        }
    }

    private mutating func openSelectedHousehold() -> Reaction {
        guard tab != .network else { return .none }
        guard let id = currentHouseholdID else {
            message = ("nothing selected that belongs to a household", .muted)
            return .redraw
        }
        backStack.append(tab)
        tab = .network
        if network.show(householdID: id) {
            return Reaction(redraw: true, effects: [.loadHousehold(id)])
        }
        return .redraw
    }

    // MARK: Render

    public func render(into grid: inout Grid) {
        grid.fill(grid.bounds)
        if isTooSmall {
            TooSmallMessage(minimum: Shell.minimumSize).render(into: &grid, area: grid.bounds)
            return
        }
        let bounds = grid.bounds
        let (top, rest) = bounds.splitTop(1)
        let (header, rest2) = rest.splitTop(1)
        let (content, statusRow) = rest2.splitBottom(1)
        Tabs(titles: Tab.allCases.enumerated().map { "\($0.offset + 1) \($0.element.title)" }, selected: Tab.allCases.firstIndex(of: tab)!)
            .render(into: &grid, area: top)
        let hint = "? help"
        let name = snapshot.map { $0.info.name + " · " } ?? ""
        if top.width > 46 + TextWidth.width(of: name + hint) {
            grid.put(segments: [(name, Style(.muted)), (hint, Style(.key))], x: top.maxX - TextWidth.width(of: name + hint) - 1, y: top.y)
        } else if top.width > 46 + TextWidth.width(of: hint) {
            grid.put(hint, x: top.maxX - TextWidth.width(of: hint) - 1, y: top.y, style: Style(.key))
        }
        renderHeader(into: &grid, area: header)
        guard let s = snapshot else {
            TextLine("Loading…", style: Style(.muted)).render(into: &grid, area: content)
            renderStatus(into: &grid, area: statusRow)
            return
        }
        switch tab {
        case .board: board.render(into: &grid, area: content, today: s.today, privacy: privacy)
        case .triage: triage.render(into: &grid, area: content, today: s.today, privacy: privacy)
        case .network: network.render(into: &grid, area: content, today: s.today, privacy: privacy)
        case .meeting: meeting.render(into: &grid, area: content)
        }
        if let h = help {
            h.render(into: &grid, area: content, title: "Help · \(tab.title) · q closes")
        }
        if let p = palette { p.render(into: &grid, bounds: content, scope: tab.rawValue) }
        renderStatus(into: &grid, area: statusRow)
    }

    private func renderHeader(into grid: inout Grid, area: Rect) {
        guard let s = snapshot else { return }
        let f = s.figures
        var segments: [(String, Style)] = []
        switch tab {
        case .board, .meeting:
            let sep = (" · ", Style(.muted))
            segments = [("Open \(f.openCases)", Style(.normal, [.bold])), sep,
                        ("unassigned \(f.unassigned)", Style(f.unassigned > 0 ? .unassigned : .muted)), sep,
                        ("over capacity \(f.overCapacity)", Style(f.overCapacity > 0 ? .loadOver : .muted)), sep,
                        ("prev/outreach \(f.proactivePercent)%", Style(.flagPreventive)),
                        (f.overdueProactive > 0 ? " · \(f.overdueProactive) overdue" : "", Style(.overdue))]
        case .triage:
            let safety = s.signals.filter(\.safety).count
            segments = [("\(s.signals.count) waiting", Style(.normal, [.bold])), ("  ·  ", Style(.muted)),
                        ("\(safety) safety", Style(safety > 0 ? .flagSafety : .muted, safety > 0 ? [.bold] : []))]
        case .network:
            if let r = network.record {
                segments = [("\(r.ties.count) ties", Style(.normal, [.bold])), ("  ·  ", Style(.muted)),
                            ("━ strong ─ normal ┄ weak ═╪═ stressful ─╳─ broken · P/G/A/E practical/company/advice/emotional · § secrecy",
                             Style(.muted))]
            }
        }
        grid.put(segments: segments, x: area.x + 1, y: area.y, maxWidth: area.width - 1)
    }

    private func renderStatus(into grid: inout Grid, area: Rect) {
        var left: [(String, Style)] = [(" " + session.identity.staff.name, Style(.statusAccent, [.bold]))]
        switch session.identity.basis {
        case .account: break
        case .chosen: left.append((" (demo)", Style(.status)))
        case .demoFallback: left.append((" (demo: as team lead)", Style(.status)))
        }
        left.append(("  \(session.databaseName)  \(tab.title)", Style(.status)))
        if privacy { left.append(("  privacy", Style(.statusAccent, [.bold]))) }
        var right: [(String, Style)] = []
        if let m = message { right.append((m.text + "  ", Style(m.role == .muted ? .status : m.role, [.bold]))) }
        right.append((clock + " ", Style(.status)))
        StatusBar(left: left, right: right).render(into: &grid, area: area)
    }
}
