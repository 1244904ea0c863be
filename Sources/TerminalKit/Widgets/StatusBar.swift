/// One row: left segments from the left edge, right segments against the right edge, the
/// rest of the row in `style`. When the row is too narrow the left part is truncated with
/// "…" first (keeping one space before the right part), then the right part.
public struct StatusBar: Sendable {
    public var left: [(String, Style)]
    public var right: [(String, Style)]
    public var style: Style

    public init(left: [(String, Style)], right: [(String, Style)] = [], style: Style = Style(.status)) {
        self.left = left
        self.right = right
        self.style = style
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(row, style: style)
        let width = area.width
        let lw = left.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        let rw = right.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        let gap = (lw > 0 && rw > 0) ? 1 : 0
        if lw + gap + rw <= width {
            grid.put(segments: left, x: area.x, y: area.y, maxWidth: width)
            grid.put(segments: right, x: area.maxX - rw, y: area.y, maxWidth: rw)
        } else if rw + gap < width {
            // Left truncated, right complete.
            let room = width - rw - gap
            grid.put(segments: left, x: area.x, y: area.y, maxWidth: room)
            grid.put(segments: right, x: area.maxX - rw, y: area.y, maxWidth: rw)
        } else {
            // Only the right part, truncated.
            grid.put(segments: right, x: area.x, y: area.y, maxWidth: width)
        }
    }
}
