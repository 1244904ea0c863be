import TerminalKit
import Wijkteam

/// The case meeting's agenda, built from the data: safety first, then new registrations,
/// cases put up for discussion, stuck cases, overdue follow-ups, overloaded regisseurs.
public struct MeetingScreen: Sendable {
    public struct Item: Sendable, Equatable {
        public var section: String
        public var text: String
        public var householdID: Int?
        public var role: Role
    }

    public private(set) var items: [Item] = []
    var cursor = ListCursor()
    /// No journal entry for this many days makes a case "stuck".
    public static let stuckAfterDays = 35

    public init() {}

    public mutating func update(_ s: DistrictSnapshot, privacy: Bool) {
        var out: [Item] = []
        func add(_ section: String, _ entries: [(String, Int?, Role)]) {
            guard !entries.isEmpty else { return }
            out.append(Item(section: section, text: "\(section) (\(entries.count))", householdID: nil, role: .header))
            out += entries.map { Item(section: section, text: $0.0, householdID: $0.1, role: $0.2) }
        }
        func name(_ c: CaseCard) -> String { "#\(c.case.id) " + Format.name(c.householdName, privacy: privacy) }
        func household(_ id: Int?) -> String {
            id.flatMap { s.householdNames[$0] }.map { Format.household($0, privacy: privacy) } ?? "new household"
        }
        let signalsBySafety = s.signals.filter(\.safety)
        add("Safety", s.cards.filter(\.case.safety).map { ("\(name($0)) · \($0.case.phase.label)", $0.case.householdID, .flagSafety) }
            + signalsBySafety.map { ("Signal about \(household($0.householdID)): \($0.source.label), \(Format.shortDate($0.date, today: s.today))", $0.householdID, .flagSafety) })
        add("New registrations", s.signals.filter { !$0.safety }.map {
            ("\(household($0.householdID)) · \($0.source.label) · \(Format.shortDate($0.date, today: s.today)) · \($0.domains.map(\.short).joined(separator: " "))",
             $0.householdID, .normal)
        })
        add("For discussion", s.cards.filter { $0.case.discussion != nil }.map {
            ("\(name($0)): \(privacy ? "…" : $0.case.discussion ?? "")", $0.case.householdID, .flagDiscussion)
        })
        add("Stuck", s.cards.filter { ($0.daysSinceContact(on: s.today) ?? 0) > MeetingScreen.stuckAfterDays }.map {
            ("\(name($0)) · no contact for \($0.daysSinceContact(on: s.today) ?? 0) days", $0.case.householdID, .warning)
        })
        let cards = Dictionary(s.cards.map { ($0.case.id, $0) }, uniquingKeysWith: { a, _ in a })
        add("Overdue follow-ups", FollowUps.overdue(s.followUps, on: s.today).compactMap { f in
            cards[f.caseID].map { ("\(name($0)) · \(f.kind.label) due \(Format.shortDate(f.due, today: s.today))", $0.case.householdID, .overdue) }
        })
        let columns = BoardBuilder.columns(staff: s.staff, cards: s.cards, today: s.today)
        add("Overloaded regisseurs", columns.filter { $0.staff != nil && $0.level == .over }.map {
            ("\($0.staff!.name) · \(Format.load($0.load))/\(Format.load($0.staff!.capacity))", nil, .loadOver)
        })
        add("Unassigned", columns.first { $0.staff == nil }?.cards.map { ("\(name($0)) · \($0.case.phase.label)", $0.case.householdID, .unassigned) } ?? [])
        items = out
        if items.first?.householdID == nil, cursor.selected == 0, items.count > 1 { cursor.selected = 1 }
        cursor.clamp(count: items.count)
    }

    public var selected: Item? { items.indices.contains(cursor.selected) ? items[cursor.selected] : nil }

    mutating func perform(_ id: String, page: Int) -> Bool {
        let items = self.items
        return cursor.perform(id, count: items.count, page: page) { items[$0].role != .header }
    }

    func render(into grid: inout Grid, area: Rect) {
        let panel = Panel(title: "Agenda", focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard !items.isEmpty else {
            TextLine("Nothing on the agenda.", style: Style(.muted)).render(into: &grid, area: inner)
            return
        }
        let list = items.map { item -> ListItem in
            item.role == .header ? ListItem(segments: [(item.text, Style(.header, [.bold]))])
                : ListItem(segments: [("  ", .normal), (item.text, Style(item.role))])
        }
        ListView(items: list, selected: cursor.selected, offset: cursor.visibleOffset(height: inner.height, count: list.count))
            .render(into: &grid, area: inner)
    }
}
