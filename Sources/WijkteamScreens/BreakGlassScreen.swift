import TerminalKit
import Wijkteam

/// The team lead's review of break-the-glass reads (issue #23): who read which case's history
/// with what reason, open ones first, newest first; `c` confirms, `x` questions (the colleague
/// then needs a new reason). Others see that the list is the team lead's: the store gives them
/// no reasons (`DistrictSnapshot.breakGlass` is nil).
public struct BreakGlassScreen: Sendable {
    public private(set) var rows: [BreakGlassUse] = []
    /// Whether the list is ours to see: the team lead's.
    public private(set) var isLead = false
    var cursor = ListCursor()
    /// Each open case's household's name.
    private var households = ByCase(householdNames: [])
    private var staffNames: [StaffID: String] = [:]

    public init() {}

    public var selected: BreakGlassUse? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    /// Open reads first (they wait for the lead), then newest first.
    static func ordered(_ uses: [BreakGlassUse]) -> [BreakGlassUse] {
        uses.sorted { a, b in (a.review == nil) != (b.review == nil) ? a.review == nil : a.id > b.id }
    }

    public mutating func update(_ s: DistrictSnapshot) {
        isLead = s.breakGlass != nil
        households = ByCase(householdNames: s.cards)
        staffNames = Dictionary(s.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        show(s.breakGlass ?? [], keeping: selected?.id)
    }

    /// The list as the store has it now (after a refusal), the selection kept on its read.
    mutating func show(_ uses: [BreakGlassUse], keeping id: Int?) {
        rows = Self.ordered(uses)
        if let id, let i = rows.firstIndex(where: { $0.id == id }) { cursor.selected = i }
        cursor.clamp(count: rows.count)
    }

    /// A verdict was saved: the row changes in place and moves among the reviewed; the cursor
    /// stays where it was, on the next open read, so the lead goes down the list key by key.
    mutating func reviewed(_ use: BreakGlassUse) {
        guard let i = rows.firstIndex(where: { $0.id == use.id }) else { return }
        rows[i] = use
        rows = Self.ordered(rows)
        cursor.clamp(count: rows.count)
    }

    func name(_ id: StaffID?, short: Bool) -> String {
        guard let id else { return "—" }
        let name = staffNames[id] ?? id
        return short ? String(name.split(separator: " ").first ?? Substring(name)) : name
    }

    func review(of u: BreakGlassUse, short: Bool) -> (String, Role) {
        guard let review = u.review else { return (tr("screens.breakglass.open"), .warning) }
        let text = tr("screens.breakglass.review.by", review.label, name(u.reviewedBy, short: short))
        return (text, review == .confirmed ? .success : .overdue)
    }

    /// "28-11 09:14": the day as the other lists show it, and the time (UTC, as the access log).
    static func when(_ at: String, today: Day, withTime: Bool) -> String {
        let day = Day(String(at.prefix(10))).map { Format.shortDate($0, today: today) } ?? String(at.prefix(10))
        let time = at.count >= 16 ? String(at.dropFirst(11).prefix(5)) : ""
        return withTime && !time.isEmpty ? day + " " + time : day
    }

    func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        let panel = Panel(title: tr("screens.breakglass.title", rows.count), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard isLead else {
            grid.put(tr("screens.breakglass.lead_only"), x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        guard !rows.isEmpty else {
            grid.put(tr("screens.breakglass.none"), x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        // At 80 columns the reason keeps room: the day without its time, first names.
        let narrow = inner.width < 110
        let whenWidth = narrow ? 8 : 15, whoWidth = narrow ? 9 : 20, caseWidth = narrow ? 14 : 24, reviewWidth = narrow ? 19 : 32
        ListView.render(
            count: rows.count, selected: cursor.selected, offset: cursor.visibleOffset(height: inner.height, count: rows.count),
            into: &grid, area: inner
        ) { i in
            let u = rows[i]
            let household = households[u.caseID].map { Format.household($0, privacy: privacy) }
            let what = household.map { "#\(u.caseID) " + $0 } ?? "#\(u.caseID)"
            let (review, role) = review(of: u, short: narrow)
            // The reason is free text that may name the clients: privacy mode leaves it out.
            let reason = privacy ? (tr("screens.breakglass.reason.hidden"), Style(.muted)) : (u.reason, Style(.normal))
            return ListItem(segments: [
                (TextWidth.pad(Self.when(u.at, today: today, withTime: !narrow), to: whenWidth) + " ", Style(.muted)),
                (TextWidth.pad(name(u.staffID, short: narrow), to: whoWidth) + " ", Style(.normal, [.bold])),
                (TextWidth.pad(what, to: caseWidth) + " ", Style(.normal)),
                (TextWidth.pad(review, to: reviewWidth) + " ", Style(role, u.review == nil ? [.bold] : [])),
                reason,
            ])
        }
    }
}

extension BreakGlassScreen: Screen {
    public static let scope = CommandScope.breakGlass
    public static var title: String { tr("command.scope.breakglass") }
    public static var goName: String { tr("command.tab.breakglass.name") }
    public static var goHelp: String { tr("command.tab.breakglass.help") }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        switch command {
        case .confirmRead, .questionRead:
            // The store refuses it too; said here before anything is asked of it.
            guard isLead else { return Reaction(redraw: true, message: StatusMessage(tr("screens.breakglass.lead_only.short"), .warning)) }
            guard let u = selected else { return .none }
            let verdict: BreakGlassReview = command == .confirmRead ? .confirmed : .questioned
            guard u.review != verdict else {
                return Reaction(redraw: true, message: StatusMessage(tr("screens.breakglass.already", u.id, verdict.label)))
            }
            return Reaction(redraw: true, effects: [.reviewBreakGlass(id: u.id, verdict: verdict, shown: u)])
        default:
            return cursor.perform(command, count: rows.count, page: context.page) ? .redraw : .none
        }
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        render(into: &grid, area: area, today: context.today, privacy: context.privacy)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        guard isLead else { return [] }
        let open = rows.filter { $0.review == nil }.count
        return [
            (tr("screens.breakglass.header.open", open), Style(open > 0 ? .warning : .muted, open > 0 ? [.bold] : [])),
            ("  ·  ", Style(.muted)), (tr("screens.breakglass.header.keys"), Style(.key)),
        ]
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { selected?.householdID }
}
