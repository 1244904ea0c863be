import TerminalKit
import Wijkteam

/// The queue of registrations and signals waiting for triage: safety first, then the longest waiting.
public struct TriageScreen: Sendable {
    public private(set) var queue: [Signal] = []
    var cursor = ListCursor()
    private var households: [Int: String] = [:]

    public init() {}

    public var selected: Signal? { queue.indices.contains(cursor.selected) ? queue[cursor.selected] : nil }

    public mutating func update(_ snapshot: DistrictSnapshot) {
        let keep = selected?.id
        queue = snapshot.signals.sorted {
            if $0.safety != $1.safety { return $0.safety }
            if $0.date != $1.date { return $0.date < $1.date }
            return $0.id < $1.id
        }
        households = snapshot.householdNames.merging(snapshot.cards.map { ($0.case.householdID, $0.householdName) }, uniquingKeysWith: { a, _ in a })
        if let keep, let i = queue.firstIndex(where: { $0.id == keep }) { cursor.selected = i }
        cursor.clamp(count: queue.count)
    }

    mutating func perform(_ id: String, page: Int) -> Bool {
        cursor.perform(id, count: queue.count, page: page)
    }

    func householdName(_ s: Signal) -> String {
        s.householdID.flatMap { households[$0] } ?? s.householdID.map { "household \($0)" } ?? "new household"
    }

    func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        guard !queue.isEmpty else {
            TextLine("Nothing waiting for triage.", style: Style(.muted)).render(into: &grid, area: area)
            return
        }
        let listWidth = area.width >= 90 ? area.width * 11 / 20 : area.width
        let listRect = Rect(x: area.x, y: area.y, width: listWidth, height: area.height)
        let items = queue.map { s -> ListItem in
            let waited = s.date.days(until: today)
            var segments: [(String, Style)] = []
            segments.append((s.safety ? "⚠ " : "  ", Style(.flagSafety, [.bold])))
            segments.append((TextWidth.pad(Format.shortDate(s.date, today: today), to: 6), Style(.muted)))
            segments.append((TextWidth.pad(s.source.label, to: 17), Style(.normal)))
            segments.append((TextWidth.pad(Format.household(householdName(s), privacy: privacy), to: 22) + " ", Style(.normal, [.bold])))
            segments.append(("\(waited)d", Style(waited > 7 ? .warning : .muted)))
            return ListItem(segments: segments)
        }
        let panel = Panel(title: "Waiting for triage \(queue.count)", focused: true)
        panel.render(into: &grid, area: listRect)
        let inner = panel.inner(listRect)
        ListView(items: items, selected: cursor.selected, offset: cursor.visibleOffset(height: inner.height, count: items.count))
            .render(into: &grid, area: inner)
        guard let s = selected else { return }
        let detailRect: Rect
        if listWidth < area.width {
            detailRect = Rect(x: area.x + listWidth, y: area.y, width: area.width - listWidth, height: area.height)
        } else {
            return
        }
        let detail = Panel(title: Format.name(householdName(s), privacy: privacy))
        detail.render(into: &grid, area: detailRect)
        let d = detail.inner(detailRect)
        var lines: [(String, Style)] = [
            ("\(s.source.label) · \(s.date) · waiting \(Format.days(s.date.days(until: today)))", Style(.muted)),
            ("Domains: \(s.domains.map(\.label).joined(separator: ", "))", Style(.normal)),
        ]
        if s.safety { lines.append(("⚠ Safety signal: follow the Meldcode", Style(.flagSafety, [.bold]))) }
        lines.append(("", Style(.normal)))
        for l in TextBlock.wrap(privacy ? "(hidden in privacy mode)" : s.description, width: d.width) { lines.append((l, Style(.normal))) }
        for (i, (text, style)) in lines.enumerated() where i < d.height {
            grid.put(text, x: d.x, y: d.y + i, style: style, maxWidth: d.width)
        }
    }
}
