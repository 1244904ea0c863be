import TerminalKit
import Wijkteam

/// One household's network: the ecogram map (household in the middle, ties around it by
/// sector) or, when asked for or when the map does not fit, a grouped list.
public struct NetworkScreen: Sendable {
    public enum Mode: Sendable { case map, list }
    public private(set) var record: HouseholdRecord?
    public private(set) var householdID: Int?
    public private(set) var mode: Mode = .map
    var cursor = ListCursor()
    /// The regisseur of the household's open case, for the mark in the middle.
    var regisseur: String?

    mutating func toggleMode() { mode = mode == .map ? .list : .map }

    /// After an edit: select this tie once the household is loaded again.
    var pendingTie: Int?

    /// The tie under the cursor (for editing).
    public var selectedTie: NetworkTie? {
        let rows = self.rows
        guard rows.indices.contains(cursor.selected), case .tie(let t) = rows[cursor.selected] else { return nil }
        return t
    }

    public init() {}

    /// Rows of the list: headings are not selectable.
    enum Row: Equatable {
        case heading(String)
        case member(Person)
        case tie(NetworkTie)
    }

    var rows: [Row] {
        guard let r = record else { return [] }
        var out: [Row] = [.heading(tr("screens.network.heading.household"))]
        out += r.household.currentMembers.map(Row.member)
        for sector in Sector.allCases {
            let ties = r.ties.filter { $0.sector == sector }
            guard !ties.isEmpty else { continue }
            out.append(.heading(sector.label))
            out += ties.map(Row.tie)
        }
        return out
    }

    /// Why the household cannot be shown (need-to-know), instead of "Loading…".
    private(set) var unavailableReason: String?

    public mutating func unavailable(_ id: Int, _ reason: String) {
        guard id == householdID else { return }
        record = nil
        unavailableReason = reason
    }

    mutating func show(householdID: Int) -> Bool {
        guard householdID != self.householdID || unavailableReason != nil else { return false }
        self.householdID = householdID
        unavailableReason = nil
        record = nil
        cursor = ListCursor()
        return true
    }

    public mutating func loaded(_ record: HouseholdRecord) {
        guard record.household.id == householdID else { return }
        self.record = record
        let rows = self.rows
        if let id = pendingTie, let i = rows.firstIndex(where: { if case .tie(let t) = $0 { t.id == id } else { false } }) {
            cursor.selected = i
            pendingTie = nil
        }
        if case .heading = rows.first, cursor.selected == 0 { cursor.selected = 1 }
        cursor.clamp(count: rows.count)
    }

    mutating func perform(_ id: CommandID, page: Int) -> Bool {
        let rows = self.rows
        return cursor.perform(id, count: rows.count, page: page) { i in
            if case .heading = rows[i] { return false }
            return true
        }
    }

    /// Padded to a column when shorter; a longer name is kept whole (what follows moves right).
    static func padKeepingWhole(_ s: String, to width: Int) -> String {
        TextWidth.width(of: s) >= width ? s : TextWidth.pad(s, to: width)
    }

    static func strengthGlyph(_ s: TieStrength) -> (String, Role, Attributes) {
        switch s {
        case .strong: ("━━━", .tieStrong, [.bold])
        case .normal: ("───", .tieNormal, [])
        case .weak: ("┄┄┄", .tieWeak, [.dim])
        case .stressful: ("═╪═", .tieStressful, [.underline])
        case .broken: ("─╳─", .tieBroken, [])
        }
    }

    func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        if mode == .map, let r = record, householdID != nil,
           let boxes = Ecogram.layout(r, area: area, today: today, privacy: privacy, regisseur: regisseur) {
            let rows = self.rows
            var tie: Int?, member: Int?
            if rows.indices.contains(cursor.selected) {
                switch rows[cursor.selected] {
                case .tie(let t): tie = t.id
                case .member(let p): member = p.id
                case .heading: break
                }
            }
            Ecogram.render(boxes, into: &grid, selectedTie: tie, selectedMember: member, ties: r.ties)
            return
        }
        renderList(into: &grid, area: area, today: today, privacy: privacy)
    }

    func renderList(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        guard householdID != nil else {
            TextLine(tr("screens.network.nohousehold"), style: Style(.muted))
                .render(into: &grid, area: area)
            return
        }
        guard let r = record else {
            TextLine(unavailableReason ?? Format.loading, style: Style(unavailableReason == nil ? .muted : .warning)).render(into: &grid, area: area)
            return
        }
        let rows = self.rows
        // Relations name people ("moeder van Kim"): privacy mode hides the household's names in them.
        let redactor = privacy ? Redactor(record: r) : .none
        let nameWidth = max(18, min(32, area.width / 4)), relationWidth = max(12, min(24, area.width / 5))
        let items = rows.map { row -> ListItem in
            switch row {
            case .heading(let title):
                return ListItem(segments: [(title, Style(.header, [.bold]))])
            case .member(let p):
                return ListItem(segments: [
                    ("  ", .normal),
                    (Self.padKeepingWhole(Format.name(p.name, privacy: privacy), to: nameWidth + 4) + " ", Style(.normal, [.bold])),
                    (Format.ageAndRole(p.age(on: today), p.role.label, client: p.isClient), Style(.muted)),
                ])
            case .tie(let t):
                return Self.tieRow(
                    t, width: area.width - 2, nameWidth: nameWidth, relationWidth: relationWidth, today: today, privacy: privacy,
                    redactor: redactor)
            }
        }
        var title = "\(Format.name(r.household.name, privacy: privacy)) · \(r.household.address.buurt)"
        if mode == .map { title += " · " + tr("screens.network.toosmall") }
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        ListView(items: items, selected: cursor.selected, offset: cursor.visibleOffset(height: inner.height, count: items.count))
            .render(into: &grid, area: inner)
    }
}

extension NetworkScreen {
    /// A tie's row: strength, name, relation, then the same marks as the map. The carer's load
    /// is never cut off: the relation gives way first (to a few cells), and the load falls back
    /// from words with since when to the map's glyphs.
    static func tieRow(
        _ t: NetworkTie, width: Int, nameWidth: Int, relationWidth: Int, today: Day, privacy: Bool, redactor: Redactor
    ) -> ListItem {
        let (glyph, role, attrs) = NetworkScreen.strengthGlyph(t.strength)
        var segs: [(String, Style)] = [
            ("  ", .normal), (glyph + " ", Style(role, attrs)),
            (Self.padKeepingWhole(Format.name(t.name, privacy: privacy && !t.isOrganisation), to: nameWidth) + " ", Style(.normal)),
        ]
        let used = segs.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        let fewest = min(relationWidth, 8)
        let marks = Ecogram.marks(t, today: today, room: width - used - fewest - 1)
        let marksWidth = marks.reduce(0) { $0 + TextWidth.width(of: $1.0) + 1 }
        // A name so long that even the glyphs do not fit beside a few cells of relation: the relation goes.
        let relation = width - used - marksWidth - 1 < fewest ? 0 : min(relationWidth, width - used - marksWidth - 1)
        if relation > 0 {
            segs.append((TextWidth.pad(privacy ? redactor.redact(t.relation) : t.relation, to: relation) + " ", Style(.muted)))
        }
        for m in marks {
            segs.append(m)
            segs.append((" ", .normal))
        }
        return ListItem(segments: segs)
    }
}

extension NetworkScreen: Screen {
    public static let scope = CommandScope.network
    public static var title: String { tr("command.scope.network") }
    public static var goName: String { tr("command.tab.network.name") }
    public static var goHelp: String { tr("command.tab.network.help") }

    /// The network shows one household, read when it is opened: the district's data is not its own.
    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) {}

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        if command == .networkView {
            toggleMode()
            return Reaction(redraw: true, message: StatusMessage(mode == .map ? tr("shell.network.map") : tr("shell.network.list")))
        }
        return perform(command, page: context.page) ? .redraw : .none
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        render(into: &grid, area: area, today: context.today, privacy: context.privacy)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        guard let r = record else { return [] }
        return [(tr("shell.header.ties", r.ties.count), Style(.normal, [.bold])), ("  ·  ", Style(.muted)),
                (EcogramText.legend + " · " + tr("shell.header.mapList"), Style(.muted))]
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { householdID }
}
