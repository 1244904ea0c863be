/// A box drawn with Unicode line characters (never ACS), with an optional title in the top
/// border. Focused panels use heavy lines and a bold title. Draw the panel, then the content
/// into `inner(area)`.
public struct Panel: Sendable, Hashable {
    public var title: String?
    public var style: Style
    public var titleStyle: Style
    public var focused: Bool
    /// Blank the inside before drawing (needed for modal boxes over other content).
    public var clearsInside: Bool

    public init(title: String? = nil, style: Style = Style(.border), titleStyle: Style = Style(.title),
                focused: Bool = false, clearsInside: Bool = true) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
        self.focused = focused
        self.clearsInside = clearsInside
    }

    struct Glyphs {
        let h, v, tl, tr, bl, br: String
        static let light = Glyphs(h: "─", v: "│", tl: "┌", tr: "┐", bl: "└", br: "┘")
        static let heavy = Glyphs(h: "━", v: "┃", tl: "┏", tr: "┓", bl: "┗", br: "┛")
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        let g = focused ? Glyphs.heavy : Glyphs.light
        if area.height == 1 || area.width == 1 {
            // Degenerate: a single line.
            if area.height == 1 {
                grid.fill(area, grapheme: g.h, style: style)
            } else {
                grid.fill(area, grapheme: g.v, style: style)
            }
            drawTitle(into: &grid, area: area, startOffset: 0)
            return
        }
        if clearsInside { grid.fill(inner(area)) }
        let top = area.y
        let bottom = area.maxY - 1
        let left = area.x
        let right = area.maxX - 1
        grid.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), grapheme: g.h, style: style)
        grid.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), grapheme: g.h, style: style)
        grid.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), grapheme: g.v, style: style)
        grid.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), grapheme: g.v, style: style)
        grid.put(g.tl, x: left, y: top, style: style)
        grid.put(g.tr, x: right, y: top, style: style)
        grid.put(g.bl, x: left, y: bottom, style: style)
        grid.put(g.br, x: right, y: bottom, style: style)
        drawTitle(into: &grid, area: area, startOffset: 2)
    }

    private func drawTitle(into grid: inout Grid, area: Rect, startOffset: Int) {
        guard let title, !title.isEmpty, area.height >= 1 else { return }
        // Leave the corners and one line character visible on both sides when possible.
        let room = area.width - startOffset * 2
        guard room >= 3 else { return }
        let text = " " + TextWidth.truncate(title, to: room - 2) + " "
        let ts = focused ? titleStyle.adding(.bold) : titleStyle
        grid.put(text, x: area.x + startOffset, y: area.y, style: ts, maxWidth: room)
    }
}
