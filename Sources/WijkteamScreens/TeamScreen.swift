import TerminalKit
import Wijkteam

/// The team (issue 24): every colleague with role, discipline, expertise, languages, load against
/// capacity, availability (present, away until, part-time days, left) and who covers whom; under
/// the list the colleague under the cursor with the changes kept to their record. The team lead
/// changes the team from here (`Shell+Team`); generalists and specialists see the same read-only;
/// new staff and staff outside the team see names and roles only. `H` shows a handover plan in
/// place of the list (`HandoverView`).
public struct TeamScreen: Sendable {
    /// The colleagues shown, in the team's order, those who left after.
    public private(set) var rows: [Staff] = []
    /// Whoever reads sees the whole profile (team lead, generalists, specialists).
    public private(set) var seesAll = false
    public private(set) var isLead = false
    var cursor = ListCursor()
    var loads: [StaffID: Double] = [:]
    /// The covers that hold today.
    var covers: [CaseCover] = []
    var changes: [StaffChange] = []
    /// Each regisseur's open cases (for leaving and handing over).
    var openCases: [StaffID: [Int]] = [:]
    /// Each open case's household's name (the handover plan's lines show it).
    var households = ByCase(householdNames: [])
    var staffByID: [StaffID: Staff] = [:]
    var today = Day("2000-01-01")!
    /// The handover plan on screen in place of the list (`H`), if any.
    public internal(set) var handover: HandoverView?
    /// The last handover applied from this view: `u` gives the cases back while the app holds it.
    public internal(set) var lastHandover: HandoverUndo?

    public init() {}

    public var selected: Staff? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    public mutating func update(_ s: DistrictSnapshot, me: StaffID) {
        today = s.today
        let role = s.staff.first { $0.id == me }?.role
        seesAll = role == .teamLead || role == .generalist || role == .specialist
        isLead = role == .teamLead
        let current = s.staff.filter { !$0.hasLeft(on: s.today) }
        // Someone who left is history: the names-only view leaves them out.
        rows = current + (seesAll ? s.staff.filter { $0.hasLeft(on: s.today) } : [])
        staffByID = Dictionary(s.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        loads = BoardBuilder.loads(s.cards)
        covers = s.covers.filter { $0.isActive(on: s.today) }
        changes = s.staffChanges
        openCases = Dictionary(grouping: s.cards.filter { $0.isOpen && $0.regisseurID != nil }, by: { $0.regisseurID! })
            .mapValues { $0.map(\.caseID).sorted() }
        households = ByCase(householdNames: s.cards)
        if let id = selectedID, let i = rows.firstIndex(where: { $0.id == id }) { cursor.selected = i }
        cursor.clamp(count: rows.count)
        selectedID = selected?.id
    }

    /// The colleague selected before new data came, to keep the cursor on them.
    private var selectedID: StaffID?

    mutating func select(_ id: StaffID) {
        if let i = rows.firstIndex(where: { $0.id == id }) { cursor.selected = i; selectedID = id }
    }

    func name(_ id: StaffID) -> String { staffByID[id]?.name ?? id }

    // MARK: What a row says

    /// "present", "on leave until 12 Jan", "ill until further notice · ma di do", "left on 1 Dec".
    func availability(_ s: Staff) -> (String, Role) {
        if let left = s.leftOn, left <= today { return (tr("team.unavailable.left", left.dayMonth), .muted) }
        var parts: [String] = []
        var role = Role.success
        if let a = s.absence(on: today) {
            parts.append(a.describe(today: today))
            role = .warning
        } else {
            parts.append(tr("screens.team.present"))
            if let next = s.currentOrNextAbsence(after: today) { parts.append(next.describe(today: today)) }
        }
        if let left = s.leftOn { parts.append(tr("team.unavailable.leaving", left.dayMonth)); role = .warning }
        if s.isPartTime { parts.append(WorkDays.label(s.workDays)) }
        return (parts.joined(separator: " · "), role)
    }

    /// "covered by Daan Verhoef (3)", "covers Samira Haddouchi (3)", or "".
    func coverText(_ s: Staff) -> String {
        func grouped(_ ids: [StaffID]) -> String {
            let counts = Dictionary(grouping: ids, by: { $0 }).mapValues(\.count)
            return counts.keys.sorted().map { "\(name($0)) (\(counts[$0]!))" }.joined(separator: ", ")
        }
        var parts: [String] = []
        let coveredBy = covers.filter { $0.absence.staffID == s.id }.map(\.coverID)
        if !coveredBy.isEmpty { parts.append(tr("screens.team.coveredBy", grouped(coveredBy))) }
        let covering = covers.filter { $0.coverID == s.id }.map(\.absence.staffID)
        if !covering.isEmpty { parts.append(tr("screens.team.covers", grouped(covering))) }
        return parts.joined(separator: " · ")
    }

    /// "5.3 / 6" in the colour of the board's load levels.
    func loadText(_ s: Staff) -> (String, Role) {
        let load = loads[s.id] ?? 0
        let text = tr("screens.team.load", Format.load(load), Format.load(s.capacity))
        if s.hasLeft(on: today) { return (text, .muted) }
        return (text, Format.levelRole(Caseload.level(load: load, capacity: s.capacity)))
    }

    /// The changes kept to a colleague's record, newest first: "capacity 4 since 1 Dec (was 6)".
    func history(_ s: Staff) -> [String] {
        changes.filter { $0.staffID == s.id }.sorted { $0.on > $1.on }.map { c in
            switch c.field {
            case "capacity": return tr("screens.team.history.capacity", c.new, c.on.dayMonth, c.old)
            case "work_days": return tr("screens.team.history.workdays", Self.days(c.new), c.on.dayMonth, Self.days(c.old))
            default: return tr("screens.team.history.other", c.field, c.new, c.on.dayMonth, c.old)
            }
        }
    }

    /// Stored work days ("mon,tue,thu") as the view says them ("ma di do"; "full time" for none).
    static func days(_ stored: String) -> String {
        guard let days = WorkDays.parse(stored), !days.isEmpty, days.count < 7 else { return tr("screens.team.fulltime") }
        return WorkDays.label(days)
    }

    static func expertise(_ s: Staff) -> String { s.expertise.map(\.label).joined(separator: ", ") }
    static func languages(_ s: Staff) -> String { s.languages.joined(separator: " ") }
}

extension TeamScreen: Screen {
    public static let scope = CommandScope.team
    public static var title: String { tr("command.scope.team") }
    public static var goName: String { tr("command.tab.team.name") }
    public static var goHelp: String { tr("command.tab.team.help") }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot, me: context.me) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        if command == .handoverClose {
            guard handover != nil else { return .none }
            handover = nil
            return .redraw
        }
        if var h = handover {
            let moved = h.cursor.perform(command, count: h.plan.lines.count, page: context.page)
            handover = h
            return moved ? .redraw : .none
        }
        let moved = cursor.perform(command, count: rows.count, page: context.page)
        selectedID = selected?.id
        return moved ? .redraw : .none
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        if let h = handover {
            h.render(into: &grid, area: area, team: self, privacy: context.privacy)
        } else {
            renderTeam(into: &grid, area: area)
        }
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        if let h = handover { return h.header(narrow: context.size.width < 120) }
        let away = rows.filter { $0.isAway(on: today) && !$0.hasLeft(on: today) }.count
        let partTime = rows.filter { $0.isPartTime && !$0.hasLeft(on: today) }.count
        let figures = tr("screens.team.header.figures", rows.filter { !$0.hasLeft(on: today) }.count, away, partTime)
        let keys = isLead && !context.readOnly ? tr("screens.team.header.keys") : tr("screens.team.header.readonly")
        // Who is away is not for new or outside staff: they get the count only.
        guard seesAll else { return [(tr("screens.team.header.namesOnly", rows.count), Style(.muted))] }
        // At 80 columns the keys keep the row; the figures are in the list.
        guard context.size.width >= 120 else { return [(keys, Style(.key))] }
        return [(figures, Style(away > 0 ? .warning : .muted)), ("  ·  ", Style(.muted)), (keys, Style(.key))]
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? {
        handover?.selectedLine?.householdID
    }
}
