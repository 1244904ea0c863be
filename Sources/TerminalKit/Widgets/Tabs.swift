/// A row of tab titles; the selected one in `.tabActive`, the others in `.tab`. When they do
/// not fit, tabs before the selected one are dropped (shown as "‹") so the selection stays
/// visible, and the row is cut with "…" at the right. `compact` draws the titles without their
/// padding (one column narrower each, and a gap of two), for a row that must leave room beside it.
public struct Tabs: Sendable, Hashable {
    public var titles: [String]
    public var selected: Int
    public var compact: Bool

    public init(titles: [String], selected: Int, compact: Bool = false) {
        self.titles = titles
        self.selected = selected
        self.compact = compact
    }

    /// The columns the row takes when nothing is dropped.
    public var width: Int {
        let gap = compact ? 2 : 1
        return titles.reduce(0) { $0 + TextWidth.width(of: $1) + (compact ? 0 : 2) } + gap * max(0, titles.count - 1)
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(row)
        guard !titles.isEmpty else { return }
        let sel = clamp(selected, 0, titles.count - 1)
        let labels = compact ? titles : titles.map { " \($0) " }
        let widths = labels.map { TextWidth.width(of: $0) }
        // First tab to show: the leftmost that still lets the selected tab fit.
        var first = 0
        func needed(from k: Int) -> Int {
            (k > 0 ? 2 : 0) + widths[k...sel].reduce(0, +) + (sel - k)
        }
        while first < sel && needed(from: first) > area.width {
            first += 1
        }
        let gap = compact ? 2 : 1
        var x = area.x
        if first > 0 {
            x += grid.put("‹ ", x: x, y: area.y, style: Style(.muted), maxWidth: area.maxX - x)
        }
        for i in first..<titles.count {
            guard x < area.maxX else { break }
            if i > first { x += gap }
            guard x < area.maxX else { break }
            let style = i == sel ? Style(.tabActive) : Style(.tab)
            x += grid.put(labels[i], x: x, y: area.y, style: style, maxWidth: area.maxX - x)
        }
    }
}
