import TerminalKit
import Wijkteam

/// The caseload board: *Niet toegewezen* first, then a column per regisseur with a load bar.
public struct BoardScreen: Sendable {
    public private(set) var columns: [BoardColumn] = []
    public private(set) var column = 0
    /// Selected card per column.
    private var rows: [Int] = []
    /// First visible column and first visible card per column.
    private var firstColumn = 0
    private var firstRows: [Int] = []
    var viewport = Size(width: 80, height: 20)
    public private(set) var filter = BoardFilter()
    public private(set) var grouping = BoardGrouping.regisseur
    /// What the "My caseload" header says: worked out by the shell when the data changes, not per frame.
    var myCaseload: (cases: Int, needs: [CaseNeed.Kind: Int]) = (0, [:])

    public init() {}

    static let minColumnWidth = 24
    static let cardHeight = 4 // three lines and a gap

    public var selectedCard: CaseCard? {
        guard columns.indices.contains(column), columns[column].cards.indices.contains(rows[column]) else { return nil }
        return columns[column].cards[rows[column]]
    }

    /// Rebuilds the columns from new data, keeping the selected case selected where it still is.
    /// The board does not keep the snapshot (the shell owns it), so that changing one case
    /// does not copy thousands of cards.
    public mutating func update(_ snapshot: DistrictSnapshot) {
        searchText = nil
        cache = Cache()
        builtWith = nil
        rebuild(snapshot, keepCase: selectedCard?.case.id)
    }

    /// What a key press reuses from the current data: the positions of the snapshot's cards in
    /// board order (a filter keeps that order, so nothing is sorted per key), each card's
    /// regisseur column and every regisseur's load (a filter changes neither), and the unfiltered
    /// columns (Esc, or `m` again).
    private struct Cache {
        var order: [Int]?
        /// Each card's regisseur column and the loads (an assignment changes them).
        var slots: RegisseurSlots?
        var unfiltered: (grouping: BoardGrouping, columns: [BoardColumn])?
    }
    private var cache = Cache()
    /// The filter the columns were built with and the positions they show, so typing more
    /// letters filters only what is shown.
    private var builtWith: (filter: BoardFilter, grouping: BoardGrouping, positions: [Int])?

    /// The cards' text for the text filter, made on the first letter typed after new data
    /// (an assignment does not change it: the regisseur is not part of it).
    private(set) var searchText: CardSearchText?

    public mutating func setFilter(snapshot: DistrictSnapshot?, _ f: BoardFilter) {
        guard f != filter else { return }
        filter = f
        if let snapshot { rebuild(snapshot, keepCase: selectedCard?.case.id) }
    }

    public mutating func setGrouping(snapshot: DistrictSnapshot?, _ g: BoardGrouping) {
        guard g != grouping else { return }
        grouping = g
        column = 0
        if let snapshot { rebuild(snapshot, keepCase: selectedCard?.case.id) }
    }

    /// A case changed regisseur: move its card between two columns instead of rebuilding the
    /// board (a whole city has thousands of cards; one assignment must stay instant).
    public mutating func apply(_ updated: Case, in snapshot: DistrictSnapshot) {
        guard grouping == .regisseur, filter.isEmpty, let (c, r) = locate(caseID: updated.id),
              let target = columns.firstIndex(where: { $0.staff?.id == updated.regisseurID })
        else {
            cache = Cache()
            rebuild(snapshot, keepCase: updated.id)
            return
        }
        // The case's place in board order does not depend on its regisseur; the loads do.
        cache.slots = nil
        cache.unfiltered = nil
        builtWith = nil
        var card = columns[c].cards.remove(at: r)
        let oldWeight = Caseload.weight(of: card.case)
        card.case = updated
        if rows[c] >= columns[c].cards.count { rows[c] = max(0, columns[c].cards.count - 1) }
        let order = BoardBuilder.order(today: snapshot.today)
        let at = columns[target].cards.firstIndex { order(card, $0) } ?? columns[target].cards.count
        columns[target].cards.insert(card, at: at)
        for (i, delta) in [(c, -oldWeight), (target, Caseload.weight(of: updated))] {
            guard let s = columns[i].staff else { continue }
            columns[i].load = max(0, columns[i].load + delta)
            columns[i].level = Caseload.level(load: columns[i].load, capacity: s.capacity)
        }
        column = target
        rows[target] = at
        scrollIntoView()
    }

    /// Whole cards in place of the outlines of the same cases, which sit in the same columns in
    /// the same order: no rebuild. The cached unfiltered columns are these columns.
    public mutating func fillIn(_ whole: [CaseCard]) {
        let byID = Dictionary(whole.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        let cachedColumns = filter.isEmpty && cache.unfiltered?.grouping == grouping
        cache.unfiltered = nil  // it shares the columns' storage: no copy on the first change
        for c in columns.indices {
            for r in columns[c].cards.indices {
                if let card = byID[columns[c].cards[r].caseID] { columns[c].cards[r] = card }
            }
        }
        if cachedColumns { cache.unfiltered = (grouping, columns) }
        searchText = nil
    }

    /// Selects a case wherever it is now (after it moved column).
    public mutating func select(caseID: Int) {
        if let (c, r) = locate(caseID: caseID) { column = c; rows[c] = r; scrollIntoView() }
    }

    private mutating func rebuild(_ snapshot: DistrictSnapshot, keepCase keep: Int?) {
        regisseurNames = Dictionary(snapshot.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        activeCovers = Dictionary(
            snapshot.covers.filter { $0.isActive(on: snapshot.today) }.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        waits = snapshot.provisionWaits.mapValues { $0.contains(where: \.overNorm) }
        let keepColumn = columns.indices.contains(column) ? columns[column].staff?.id : nil
        let oldColumns = columns, oldRows = rows, oldFirst = firstRows
        columns = columnsFor(snapshot)
        // Each column keeps the card it had selected (by case), or its position.
        var previous: [String: (caseID: Int?, row: Int, first: Int)] = [:]
        for (i, col) in oldColumns.enumerated() where oldRows.indices.contains(i) {
            let r = oldRows[i]
            previous[BoardScreen.key(col)] = (col.cards.indices.contains(r) ? col.cards[r].caseID : nil, r, oldFirst[i])
        }
        rows = columns.map { col in
            guard let p = previous[BoardScreen.key(col)] else { return 0 }
            if let id = p.caseID, let r = col.cards.firstIndex(where: { $0.caseID == id }) { return r }
            return max(0, min(p.row, col.cards.count - 1))
        }
        firstRows = columns.map { previous[BoardScreen.key($0)]?.first ?? 0 }
        column = min(column, max(0, columns.count - 1))
        if let keep, let (c, r) = locate(caseID: keep) {
            column = c; rows[c] = r
        } else if let i = columns.firstIndex(where: { $0.staff?.id == keepColumn }) {
            column = i
        }
        // A filter that empties the selected column (e.g. "mine" while on Niet toegewezen)
        // moves to the first column with a card, so the keys act on something visible.
        if !filter.isEmpty, columns.indices.contains(column), columns[column].cards.isEmpty,
           let first = columns.firstIndex(where: { !$0.cards.isEmpty }) {
            column = first
        }
        scrollIntoView()
    }

    /// The columns for the current filter and grouping, from the cache where it can.
    private mutating func columnsFor(_ snapshot: DistrictSnapshot) -> [BoardColumn] {
        if filter.isEmpty, let u = cache.unfiltered, u.grouping == grouping {
            builtWith = nil
            return u.columns
        }
        let cards = snapshot.cards
        if cache.order == nil { cache.order = BoardBuilder.positionsInOrder(cards, today: snapshot.today) }
        var shown = cache.order!
        if !filter.isEmpty {
            if !filter.text.isEmpty, searchText == nil { searchText = CardSearchText(cards) }
            // More letters typed (or another word): only the cards shown now can still match.
            if let built = builtWith, built.grouping == grouping, !built.filter.text.isEmpty,
               filter.text.hasPrefix(built.filter.text), filter.sameExceptText(built.filter) {
                shown = built.positions
            }
            shown = shown.filter(filter.matcher(cards: cards, today: snapshot.today, search: searchText))
        }
        let built: [BoardColumn]
        switch grouping {
        case .regisseur:
            if cache.slots == nil { cache.slots = RegisseurSlots(staff: snapshot.staff, cards: cards) }
            built = BoardBuilder.columns(cache.slots!, cards: cards, positions: shown, loads: cache.slots!.loads)
        case .phase: built = BoardBuilder.phaseColumns(cards: cards, positions: shown)
        }
        builtWith = (filter, grouping, shown)
        if filter.isEmpty { cache.unfiltered = (grouping, built) }
        return built
    }

    private var regisseurNames: [StaffID: String] = [:]
    /// The cover that holds today, by case (a card shows "↔ Daan" while its regisseur is away).
    private var activeCovers: [Int: CaseCover] = [:]
    /// Cases with a provision waiting, and whether one waits longer than its provider's norm.
    private var waits: [Int: Bool] = [:]

    static func key(_ col: BoardColumn) -> String {
        if let s = col.staff { return "staff:" + s.id }
        if let p = col.phase { return "phase:" + p.rawValue }
        return "unassigned"
    }

    /// The regisseur of the column next to the selected one (nil = Niet toegewezen), if there is one.
    public func neighbourColumn(_ delta: Int) -> (staff: StaffID?, name: String, load: Double)? {
        guard grouping == .regisseur, columns.indices.contains(column + delta) else { return nil }
        let col = columns[column + delta]
        return (col.staff?.id, col.staff?.name ?? Format.unassigned, col.load)
    }

    func locate(caseID: Int) -> (Int, Int)? {
        for (c, col) in columns.enumerated() {
            if let r = col.cards.firstIndex(where: { $0.caseID == caseID }) { return (c, r) }
        }
        return nil
    }

    /// Handles a navigation command; returns whether anything changed.
    public mutating func perform(_ id: CommandID) -> Bool {
        guard !columns.isEmpty else { return false }
        let before = (column, rows[column])
        let count = columns[column].cards.count
        switch id {
        case .moveLeft: column = max(0, column - 1)
        case .moveRight: column = min(columns.count - 1, column + 1)
        case .moveUp: rows[column] = max(0, rows[column] - 1)
        case .moveDown: rows[column] = max(0, min(count - 1, rows[column] + 1))
        case .pageUp: rows[column] = max(0, rows[column] - visibleCards)
        case .pageDown: rows[column] = max(0, min(count - 1, rows[column] + visibleCards))
        case .moveFirst: rows[column] = 0
        case .moveLast: rows[column] = max(0, count - 1)
        default: return false
        }
        scrollIntoView()
        return before != (column, rows[column])
    }

    mutating func resize(_ size: Size) {
        viewport = size
        scrollIntoView()
    }

    // MARK: Layout

    var visibleColumns: Int { max(1, min(columns.count, viewport.width / BoardScreen.minColumnWidth)) }
    /// Cards that fit in a column: the panel takes 2 rows, the load bar 1.
    var visibleCards: Int { max(1, (viewport.height - 3 + 1) / BoardScreen.cardHeight) }

    /// The cases of the cards `render` draws (with the view's size).
    var caseIDsOnScreen: [Int] {
        let v = visibleCards
        return (firstColumn..<min(columns.count, firstColumn + visibleColumns)).flatMap { c in
            columns[c].cards[firstRows[c]..<min(columns[c].cards.count, firstRows[c] + v)].map(\.case.id)
        }
    }

    private mutating func scrollIntoView() {
        guard !columns.isEmpty else { return }
        let n = visibleColumns
        if column < firstColumn { firstColumn = column }
        if column >= firstColumn + n { firstColumn = column - n + 1 }
        firstColumn = max(0, min(firstColumn, columns.count - n))
        let v = visibleCards
        for c in columns.indices {
            if rows[c] < firstRows[c] { firstRows[c] = rows[c] }
            if rows[c] >= firstRows[c] + v { firstRows[c] = rows[c] - v + 1 }
            firstRows[c] = max(0, min(firstRows[c], max(0, columns[c].cards.count - v)))
        }
    }

    // MARK: Render

    public func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        guard !columns.isEmpty else {
            TextLine(tr("screens.board.empty"), style: Style(.muted)).render(into: &grid, area: area)
            return
        }
        let n = visibleColumns
        let width = area.width / n
        for i in 0..<n {
            let c = firstColumn + i
            guard columns.indices.contains(c) else { break }
            let extra = i == n - 1 ? area.width - width * n : 0
            let rect = Rect(x: area.x + i * width, y: area.y, width: width + extra, height: area.height)
            renderColumn(c, into: &grid, rect: rect, today: today, privacy: privacy)
        }
        // Hidden columns on either side.
        if firstColumn > 0 {
            grid.put("◀\(firstColumn)", x: area.x, y: area.y, style: Style(.title, [.bold]))
        }
        let right = columns.count - firstColumn - n
        if right > 0 {
            let label = "\(right)▶"
            grid.put(label, x: area.maxX - TextWidth.width(of: label), y: area.y, style: Style(.title, [.bold]))
        }
    }

    /// The header of an absent regisseur's column says so, neutrally (the shared screen shows no
    /// reason such as illness): "Samira Haddouchi (away until 12 Jan)", shortened to the first
    /// name, then to "(away)", until it fits.
    static func awayTitle(_ s: Staff, _ absence: StaffAbsence, fitting width: Int) -> String {
        let until = absence.to.map { tr("screens.board.column.away.until", $0.dayMonth) } ?? tr("screens.board.column.away.open")
        let first = s.name.split(separator: " ").first.map(String.init) ?? s.name
        let candidates = [
            tr("screens.board.column.away", s.name, until), tr("screens.board.column.away", first, until),
            tr("screens.board.column.away", first, tr("screens.board.column.away.open")),
        ]
        return candidates.first { TextWidth.width(of: $0) <= width } ?? candidates[candidates.count - 1]
    }

    private func renderColumn(_ c: Int, into grid: inout Grid, rect: Rect, today: Day, privacy: Bool) {
        let col = columns[c]
        let focused = c == column
        let title: String
        if let s = col.staff {
            title = s.absence(on: today).map { Self.awayTitle(s, $0, fitting: rect.width - 7 - "\(col.cards.count)".count) } ?? s.name
        } else if let p = col.phase {
            title = p.label
        } else {
            title = Format.unassigned
        }
        let panel = Panel(title: "\(title) \(col.cards.count)", style: Style(focused ? .title : .border),
                          titleStyle: Style(col.staff == nil ? .unassigned : .title, focused ? [.bold] : []), focused: focused)
        panel.render(into: &grid, area: rect)
        let inner = panel.inner(rect)
        guard !inner.isEmpty else { return }
        // Load bar (or the waiting count for the unassigned column).
        if let s = col.staff {
            let figure = " \(Format.load(col.load))/\(Format.load(s.capacity))"
            let barWidth = max(0, inner.width - TextWidth.width(of: figure))
            grid.put(Format.bar(load: col.load, capacity: s.capacity, width: barWidth), x: inner.x, y: inner.y,
                     style: Style(Format.levelRole(col.level)))
            grid.put(figure, x: inner.x + barWidth, y: inner.y, style: Style(Format.levelRole(col.level), col.level == .over ? [.bold] : []),
                     maxWidth: inner.width - barWidth)
        } else if col.phase != nil {
            grid.put(tr("screens.board.column.weight", Format.load(col.load)), x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
        } else {
            grid.put(col.cards.isEmpty ? tr("screens.board.column.nothingwaiting") : tr("screens.board.column.waiting"), x: inner.x, y: inner.y,
                     style: Style(.muted), maxWidth: inner.width)
        }
        let cardsArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
        let first = firstRows[c]
        var y = cardsArea.y
        var i = first
        while i < col.cards.count, y + 3 <= cardsArea.maxY {
            let selected = focused && i == rows[c]
            renderCard(col.cards[i], into: &grid, rect: Rect(x: cardsArea.x, y: y, width: cardsArea.width, height: 3),
                       selected: selected, today: today, privacy: privacy)
            y += BoardScreen.cardHeight
            i += 1
        }
        if i < col.cards.count, cardsArea.maxY - 1 >= cardsArea.y {
            let more = Format.more(col.cards.count - i)
            grid.put(more, x: cardsArea.maxX - TextWidth.width(of: more), y: rect.maxY - 1, style: Style(.muted))
        }
    }

    private func renderCard(_ card: CaseCard, into grid: inout Grid, rect: Rect, selected: Bool, today: Day, privacy: Bool) {
        let c = card.case
        let w = rect.width
        let name = "#\(c.id) " + Format.household(card.householdName, privacy: privacy)
        grid.put(name, x: rect.x, y: rect.y, style: Style(.normal, [.bold]), maxWidth: w)
        // In phase columns the second line names the regisseur instead of the phase.
        let second = grouping == .phase ? (regisseurNames[c.regisseurID ?? ""] ?? Format.unassignedInLine)
            : c.phase.label
        var coverWidth = 0
        if let cover = activeCovers[c.id], cover.absence.staffID == c.regisseurID {
            let name = regisseurNames[cover.coverID] ?? cover.coverID
            let mark = tr("screens.board.card.cover", String(name.split(separator: " ").first ?? Substring(name))) + " "
            coverWidth = grid.put(mark, x: rect.x, y: rect.y + 1, style: Style(.warning, [.bold]), maxWidth: w)
        }
        grid.put(
            "\(second) · \(c.domains.map(\.short).joined(separator: " "))", x: rect.x + coverWidth, y: rect.y + 1,
            style: Style(.muted), maxWidth: w - coverWidth)
        var x = rect.x
        let y = rect.y + 2
        func put(_ text: String, _ role: Role, _ attrs: Attributes = []) {
            guard x < rect.maxX else { return }
            x += grid.put(text, x: x, y: y, style: Style(role, attrs), maxWidth: rect.maxX - x)
        }
        if c.safety { put("⚠ ", .flagSafety, [.bold]) }
        if card.proactiveKinds.contains(.preventive) { put("P ", .flagPreventive, [.bold]) }
        if card.proactiveKinds.contains(.outreaching) { put("O ", .flagOutreaching, [.bold]) }
        if c.discussion != nil { put("? ", .flagDiscussion, [.bold]) }
        // A provision waits: "W", "W!" past the provider's norm (so mono shows it too).
        if let over = waits[c.id] {
            let mark = over ? tr("screens.board.card.waiting.over") : tr("screens.board.card.waiting")
            put(mark + " ", over ? .warning : .muted, over ? [.bold] : [])
        }
        if let days = card.daysSinceContact(on: today) {
            put("\(days)d ", days > 35 ? .warning : .muted)
        } else {
            put("– ", .muted)
        }
        if let next = card.nextFollowUp {
            let overdue = FollowUpStatus(next, on: today).isOverdue
            put("→" + Format.shortDate(next.due, today: today) + (overdue ? "!" : ""), overdue ? .overdue : .normal, overdue ? [.bold] : [])
        }
        if selected {
            grid.cursor = rect.origin
            // Flags keep their colours on the selected card; the rest takes the selection colour.
            grid.restyle(rect) { s in [.normal, .muted, .warning].contains(s.role) ? Style(.selection, s.attributes) : s }
        }
    }
}

extension BoardScreen: Screen {
    public static let scope = CommandScope.board
    public static var title: String { tr("command.scope.board") }
    public static var goName: String { tr("command.tab.board.name") }
    public static var goHelp: String { tr("command.tab.board.help") }
    /// The shell asks the board what is selected and on screen whatever view is shown.
    public static var updatesWhenHidden: Bool { true }
    /// A card is a case; signals are in triage until one becomes a case.
    public static var showsSignals: Bool { false }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        switch command {
        case .filterMine:
            var f = filter
            f.regisseur = f.regisseur == context.me ? nil : context.me
            setFilter(snapshot: context.snapshot, f)
            return .redraw
        case .filterClear:
            setFilter(snapshot: context.snapshot, BoardFilter())
            return .redraw
        case .group:
            setGrouping(snapshot: context.snapshot, grouping == .regisseur ? .phase : .regisseur)
            return .redraw
        default:
            return perform(command) ? .redraw : .none
        }
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        render(into: &grid, area: area, today: context.today, privacy: context.privacy)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        guard filter.regisseur == context.me else {
            return BoardScreen.teamFigures(context.snapshot.figures, width: context.size.width, months: false)
        }
        // My caseload: what needs me, so the day starts there.
        let count = { (k: CaseNeed.Kind) in myCaseload.needs[k, default: 0] }
        let sep = (" · ", Style(.muted))
        var segments = [(tr("shell.header.myCaseload", myCaseload.cases), Style(.normal, [.bold])), (" · " + tr("shell.header.needsYou") + " ", Style(.muted))]
        if count(.newlyAssigned) > 0 { segments += [(tr("shell.header.newToMe", count(.newlyAssigned)), Style(.success, [.bold])), sep] }
        segments += [(tr("shell.header.overdue", count(.overdueFollowUp)), Style(count(.overdueFollowUp) > 0 ? .overdue : .muted)), sep]
        if count(.dueToday) > 0 { segments += [(tr("shell.header.dueToday", count(.dueToday)), Style(.warning, [.bold])), sep] }
        segments += [
            (tr("shell.header.evaluationDue", count(.evaluationDue)), Style(count(.evaluationDue) > 0 ? .warning : .muted)), sep,
            (tr("shell.header.noContact", count(.noContact), context.snapshot.agendaSettings.stuckAfterWeeks),
             Style(count(.noContact) > 0 ? .warning : .muted)),
            ("  " + tr("shell.header.everyone"), Style(.key)),
        ]
        return segments
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { selectedCard?.case.householdID }
}
