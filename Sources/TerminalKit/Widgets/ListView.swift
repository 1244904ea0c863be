/// One row of a list: styled segments drawn one after another.
public struct ListItem: Sendable {
    public var segments: [(String, Style)]

    public init(segments: [(String, Style)]) {
        self.segments = segments
    }

    public init(_ text: String, style: Style = .normal) {
        self.segments = [(text, style)]
    }

    /// The plain text of the row.
    public var text: String { segments.map(\.0).joined() }
}

/// A vertical list with one selected row, scrolled so the selection stays visible.
///
/// The selected row is painted in `.selection` over the whole width (segment attributes are
/// kept). When items are hidden below, the last row shows "↓ N more" in `.muted`.
public struct ListView: Sendable {
    public var items: [ListItem]
    public var selected: Int?
    /// Index of the first visible item; corrected at render time if the selection would be
    /// out of view.
    public var offset: Int

    public init(items: [ListItem], selected: Int? = nil, offset: Int = 0) {
        self.items = items
        self.selected = selected
        self.offset = offset
    }

    /// The first visible item for a list of `count` items in `height` rows, starting from
    /// the `current` offset and scrolling as little as possible to keep `selected` in view.
    /// Accounts for the "↓ N more" row that takes the last line when items are hidden below.
    public static func offset(selected: Int?, count: Int, height: Int, current: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        let maxOffset = max(0, count - height)
        var off = clamp(current, 0, maxOffset)
        guard let selected else { return off }
        let sel = clamp(selected, 0, count - 1)
        let hintRows = height >= 2 ? 1 : 0
        if sel < off {
            off = sel
        } else {
            // Rows showing items when starting at `off`.
            let visible = off + height >= count ? height : height - hintRows
            if sel >= off + visible {
                off = sel == count - 1 ? count - height : sel - (height - hintRows) + 1
            }
        }
        return clamp(off, 0, maxOffset)
    }

    /// Rows of items shown and whether the "more" hint is shown, for `height` rows at `offset`.
    static func layout(count: Int, height: Int, offset: Int) -> (rows: Int, hint: Bool) {
        guard height > 0 else { return (0, false) }
        let hint = height >= 2 && offset + height < count
        let rows = min(hint ? height - 1 : height, max(0, count - offset))
        return (rows, hint)
    }

    public func render(into grid: inout Grid, area: Rect) {
        ListView.render(count: items.count, selected: selected, offset: offset, into: &grid, area: area) { items[$0] }
    }

    /// Draws a list of `count` items, asking `item` only for the ones in view: a list of
    /// thousands (a city's follow-ups) costs what a screenful costs.
    public static func render(count: Int, selected: Int?, offset: Int, into grid: inout Grid, area: Rect,
                              item: (Int) -> ListItem) {
        guard !area.isEmpty else { return }
        grid.fill(area)
        let off = ListView.offset(selected: selected, count: count, height: area.height, current: offset)
        let (rows, hint) = ListView.layout(count: count, height: area.height, offset: off)
        for i in 0..<rows {
            let index = off + i
            let y = area.y + i
            if index == selected {
                grid.cursor = Point(x: area.x, y: y)
                let sel = Style(.selection)
                grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: sel)
                let segments = item(index).segments.map { ($0.0, Style(.selection, $0.1.attributes)) }
                grid.put(segments: segments, x: area.x, y: y, maxWidth: area.width)
            } else {
                grid.put(segments: item(index).segments, x: area.x, y: y, maxWidth: area.width)
            }
        }
        if hint {
            let hidden = count - off - rows
            grid.put(WidgetText.more(hidden), x: area.x, y: area.maxY - 1, style: Style(.muted),
                     maxWidth: area.width)
        }
    }
}
