/// Horizontal alignment of text in a row.
public enum Alignment: Sendable, Hashable {
    case left, center, right
}

/// One line of text in the first row of an area, truncated with "…" when too long.
public struct TextLine: Sendable, Hashable {
    public var text: String
    public var style: Style
    public var alignment: Alignment
    /// Paint the rest of the row in `style` too (for title bars).
    public var fillRow: Bool

    public init(_ text: String, style: Style = .normal, alignment: Alignment = .left,
                fillRow: Bool = false) {
        self.text = text
        self.style = style
        self.alignment = alignment
        self.fillRow = fillRow
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(row, style: fillRow ? style : .normal)
        let shown = TextWidth.truncate(text, to: area.width)
        let w = TextWidth.width(of: shown)
        let x: Int
        switch alignment {
        case .left: x = area.x
        case .center: x = area.x + (area.width - w) / 2
        case .right: x = area.maxX - w
        }
        grid.put(shown, x: x, y: area.y, style: style, maxWidth: area.maxX - x)
    }
}

/// Several lines of plain text, one per row, each truncated; for messages and explanations.
public struct TextBlock: Sendable, Hashable {
    public var lines: [String]
    public var style: Style
    public var alignment: Alignment

    public init(_ lines: [String], style: Style = .normal, alignment: Alignment = .left) {
        self.lines = lines
        self.style = style
        self.alignment = alignment
    }

    /// Splits `text` into lines at "\n" and wraps each to `width` cells at spaces.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var ww = TextWidth.width(of: word)
                if lineWidth > 0 && lineWidth + 1 + ww > width {
                    out.append(line)
                    line = ""
                    lineWidth = 0
                }
                // A word longer than the line is hard-broken.
                while ww > width {
                    let room = width - lineWidth - (lineWidth > 0 ? 1 : 0)
                    let part = TextWidth.clip(word, to: max(1, room))
                    if part.isEmpty { break }
                    line += (lineWidth > 0 ? " " : "") + part
                    out.append(line)
                    line = ""
                    lineWidth = 0
                    word = String(word.dropFirst(part.count))
                    ww = TextWidth.width(of: word)
                }
                if word.isEmpty { continue }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += ww
            }
            out.append(line)
        }
        return out
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area)
        for (i, line) in lines.prefix(area.height).enumerated() {
            TextLine(line, style: style, alignment: alignment)
                .render(into: &grid, area: Rect(x: area.x, y: area.y + i, width: area.width, height: 1))
        }
    }
}
