import Foundation

/// One choice in a picker: a main line and an optional muted detail line (e.g. the reasons
/// behind a suggested regisseur).
public struct PickerItem: Sendable, Hashable {
    public var title: String
    public var detail: String?
    public var style: Style

    public init(title: String, detail: String? = nil, style: Style = .normal) {
        self.title = title
        self.detail = detail
        self.style = style
    }

    var rowCount: Int { detail == nil ? 1 : 2 }
}

/// A modal, centred box to choose one item: a filter line, the items matching the filter
/// (case- and accent-insensitive substring of the title: "zoe" finds "Zoë"), and an optional
/// footer with key hints.
///
/// `selected` is an index into the *filtered* items (`filteredIndices`); use
/// `selectedItemIndex` for the index into `items`.
public struct Picker: Sendable, Hashable {
    public var title: String
    public var items: [PickerItem]
    public var selected: Int
    public var filter: String
    /// A muted hint line at the bottom, e.g. "Enter choose · Esc cancel".
    public var footer: String?

    public init(title: String, items: [PickerItem], selected: Int = 0, filter: String = "",
                footer: String? = nil) {
        self.title = title
        self.items = items
        self.selected = selected
        self.filter = filter
        self.footer = footer
    }

    /// Does `title` match `filter` (case- and diacritic-insensitive substring)?
    public static func matches(_ title: String, filter: String) -> Bool {
        let f = filter.trimmingSpaces()
        if f.isEmpty { return true }
        return title.range(of: f, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// Indices into `items` of the items matching the filter, in order.
    public var filteredIndices: [Int] {
        items.indices.filter { Picker.matches(items[$0].title, filter: filter) }
    }

    /// The chosen item's index into `items` (nil when nothing matches).
    public var selectedItemIndex: Int? {
        let f = filteredIndices
        guard !f.isEmpty else { return nil }
        return f[clamp(selected, 0, f.count - 1)]
    }

    /// Moves the selection by `delta` within the filtered items (clamped).
    public mutating func move(by delta: Int) {
        let n = filteredIndices.count
        selected = n == 0 ? 0 : clamp(selected + delta, 0, n - 1)
    }

    /// A size that shows every item without truncation where possible.
    public var preferredSize: Size {
        var w = TextWidth.width(of: title) + 6
        for item in items {
            w = max(w, TextWidth.width(of: item.title) + 4)
            if let d = item.detail { w = max(w, TextWidth.width(of: d) + 6) }
        }
        if let footer { w = max(w, TextWidth.width(of: footer) + 4) }
        let rows = items.reduce(0) { $0 + $1.rowCount }
        return Size(width: max(30, w), height: 2 + 1 + max(1, rows) + (footer == nil ? 0 : 1))
    }

    /// A box of the preferred size (clamped to `bounds`), centred in `bounds`.
    public static func area(in bounds: Rect, preferredWidth: Int, preferredHeight: Int) -> Rect {
        bounds.centered(width: preferredWidth, height: preferredHeight)
    }

    /// The picker's own words; the app passes them in its language (TerminalKit has no table).
    public struct Labels: Sendable, Hashable {
        public var filter: String
        public var typeToNarrow: String
        public var noMatches: String

        public init(filter: String, typeToNarrow: String, noMatches: String) {
            self.filter = filter
            self.typeToNarrow = typeToNarrow
            self.noMatches = noMatches
        }

        public static let english = Labels(filter: "Filter: ", typeToNarrow: "type to narrow", noMatches: "no matches")
    }

    public func render(into grid: inout Grid, area: Rect, labels: Labels = .english) {
        guard !area.isEmpty else { return }
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        var inner = panel.inner(area)
        guard !inner.isEmpty else { return }

        // Filter line.
        let (filterRow, rest) = inner.splitTop(1)
        inner = rest
        let prompt = labels.filter
        if filter.isEmpty {
            grid.put(segments: [(prompt, Style(.muted)), (labels.typeToNarrow, Style(.muted))],
                     x: filterRow.x + 1, y: filterRow.y, maxWidth: filterRow.width - 1)
        } else {
            grid.put(segments: [(prompt, Style(.muted)), (filter, Style(.input))],
                     x: filterRow.x + 1, y: filterRow.y, maxWidth: filterRow.width - 1)
        }

        // Footer.
        if let footer, inner.height >= 2 {
            let (list, foot) = inner.splitBottom(1)
            inner = list
            grid.put(footer, x: foot.x + 1, y: foot.y, style: Style(.muted), maxWidth: foot.width - 1)
        }
        guard !inner.isEmpty else { return }

        let shown = filteredIndices
        if shown.isEmpty {
            grid.put(labels.noMatches, x: inner.x + 1, y: inner.y, style: Style(.muted),
                     maxWidth: inner.width - 1)
            return
        }
        let sel = clamp(selected, 0, shown.count - 1)
        let rowsOf = shown.map { items[$0].rowCount }
        func rows(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 + rowsOf[$1] } }
        let total = rowsOf.reduce(0, +)
        let height = inner.height
        // First item: scroll as little as needed to show the selected item completely
        // (plus the "more" row when items remain below).
        var first = 0
        if total > height {
            while first < sel {
                let used = rows(first...sel)
                let below = sel + 1 < shown.count
                if used + (below ? 1 : 0) <= height { break }
                first += 1
            }
        }
        var y = inner.y
        var i = first
        while i < shown.count && y < inner.maxY {
            let item = items[shown[i]]
            let reserve = i + 1 < shown.count ? 1 : 0
            let fits = y + item.rowCount + reserve <= inner.maxY
            // The first visible item is drawn even when the box is too small for it.
            if !fits && i != first { break }
            if i == sel {
                grid.cursor = Point(x: inner.x, y: y)
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: Style(.selection))
                grid.put(" " + item.title, x: inner.x, y: y,
                         style: Style(.selection, item.style.attributes), maxWidth: inner.width)
            } else {
                grid.put(" " + item.title, x: inner.x, y: y, style: item.style, maxWidth: inner.width)
            }
            y += 1
            if let detail = item.detail, y + reserve < inner.maxY || (fits && y < inner.maxY) {
                grid.put("   " + detail, x: inner.x, y: y, style: Style(.muted), maxWidth: inner.width)
                y += 1
            }
            i += 1
            if !fits { break }
        }
        if i < shown.count && y < inner.maxY {
            let hintY = y
            grid.put(WidgetText.more(shown.count - i), x: inner.x + 1, y: hintY, style: Style(.muted),
                     maxWidth: inner.width - 1)
        }
    }
}
