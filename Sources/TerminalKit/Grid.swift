// An in-memory screen: widgets and screens render into a Grid; a backend copies it to the
// terminal; tests assert on its text and roles.

/// A rectangle of cells. Every access is bounds-checked: reading outside gives a blank cell,
/// writing outside is ignored.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]
    /// Where the terminal's cursor rests when this frame is shown: the start of the selected
    /// item, so that screen readers and magnifiers follow the selection. Set by whoever draws
    /// the selection; nil leaves it at the top left corner.
    public var cursor: Point?

    /// A grid filled with blank normal cells. Negative sizes clamp to 0.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public init(size: Size) {
        self.init(width: size.width, height: size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }
    public var size: Size { Size(width: width, height: height) }

    @inline(__always)
    private func inRange(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The cell at column `x`, row `y`. Raw access: setting does not repair wide characters
    /// (use `put` for text).
    public subscript(x: Int, y: Int) -> Cell {
        get { inRange(x, y) ? cells[y * width + x] : .blank }
        set { if inRange(x, y) { cells[y * width + x] = newValue } }
    }

    /// Blanks the other half of a wide character that occupies (x, y), so that writing (x, y)
    /// never leaves half a wide character behind.
    private mutating func releaseCell(_ x: Int, _ y: Int) {
        guard inRange(x, y) else { return }
        let i = y * width + x
        let cell = cells[i]
        if cell.isContinuation {
            if x > 0, cells[i - 1].width == 2 {
                cells[i - 1] = Cell(" ", style: cells[i - 1].style)
            }
            cells[i] = Cell(" ", style: cell.style)
        } else if cell.width == 2 {
            if x + 1 < width, cells[i + 1].isContinuation {
                cells[i + 1] = Cell(" ", style: cells[i + 1].style)
            }
        }
    }

    /// Writes one grapheme of display width 1 or 2, repairing wide characters it overlaps.
    /// A wide grapheme whose right half would fall outside the grid is replaced by a blank.
    private mutating func setGrapheme(_ g: String, width w: Int, x: Int, y: Int, style: Style) {
        guard y >= 0, y < height else { return }
        if w == 2 {
            releaseCell(x, y)
            releaseCell(x + 1, y)
            if x >= 0, x + 1 < width {
                cells[y * width + x] = Cell(g, style: style)
                cells[y * width + x + 1] = Cell("", style: style)
            } else {
                // Half off the grid: show a blank rather than half a character.
                if inRange(x, y) { cells[y * width + x] = Cell(" ", style: style) }
                if inRange(x + 1, y) { cells[y * width + x + 1] = Cell(" ", style: style) }
            }
        } else {
            guard inRange(x, y) else { return }
            releaseCell(x, y)
            cells[y * width + x] = Cell(g, style: style)
        }
    }

    /// Writes `text` starting at (x, y), grapheme by grapheme; wide characters take two cells
    /// (the second holds ""). Zero-width clusters (controls) are skipped; a tab is a space.
    ///
    /// The text is limited to `maxWidth` cells (when given) and to the right edge of the
    /// grid; when it does not fit it is truncated and ends in "…". Cells left of the grid are
    /// clipped silently. Overwriting half of a wide character blanks its other half.
    ///
    /// Returns the number of cells written inside the grid.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal,
                             maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        var limit = width - x
        if let maxWidth { limit = min(limit, maxWidth) }
        guard limit > 0 else { return 0 }
        let shown = TextWidth.truncate(text, to: limit)
        var cx = x
        var written = 0
        for c in shown {
            let w = TextWidth.width(of: c)
            if w == 0 { continue }
            if cx + w > x + limit { break }
            if cx + w > 0 {
                setGrapheme(c == "\t" || c.isNewline ? " " : String(c), width: w, x: cx, y: y, style: style)
                written += min(cx + w, width) - max(cx, 0)
            }
            cx += w
        }
        return written
    }

    /// Writes styled segments one after another from (x, y), as if they were one string:
    /// when the whole does not fit in `maxWidth` (or the grid), it is cut where it overflows
    /// and ends in "…" in the style of the segment that was cut. Returns the cells used.
    @discardableResult
    public mutating func put(segments: [(String, Style)], x: Int, y: Int,
                             maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        var limit = width - x
        if let maxWidth { limit = min(limit, maxWidth) }
        guard limit > 0 else { return 0 }
        let total = segments.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        var cx = x
        if total <= limit {
            for (text, style) in segments {
                put(text, x: cx, y: y, style: style, maxWidth: x + limit - cx)
                cx += TextWidth.width(of: text)
            }
            return total
        }
        // Cut: room for limit-1 cells of content plus the ellipsis.
        var budget = limit - 1
        var lastStyle = segments.first?.1 ?? .normal
        for (text, style) in segments {
            lastStyle = style
            let w = TextWidth.width(of: text)
            if w <= budget {
                put(text, x: cx, y: y, style: style)
                cx += w
                budget -= w
            } else {
                let part = TextWidth.clip(text, to: budget)
                put(part, x: cx, y: y, style: style)
                cx += TextWidth.width(of: part)
                break
            }
        }
        put(TextWidth.ellipsis, x: cx, y: y, style: lastStyle)
        return cx + 1 - x
    }

    /// Fills `rect` (clipped to the grid) with `grapheme` in `style`. A wide grapheme is not
    /// allowed here; use a one-cell grapheme such as " ", "─" or "░".
    public mutating func fill(_ rect: Rect, grapheme: String = " ", style: Style = .normal) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let g = TextWidth.width(of: grapheme) == 1 ? grapheme : " "
        for y in r.y..<r.maxY {
            releaseCell(r.x, y)
            releaseCell(r.maxX - 1, y)
            for x in r.x..<r.maxX {
                cells[y * width + x] = Cell(g, style: style)
            }
        }
    }

    /// Gives every cell in `rect` a new style and keeps the text.
    public mutating func style(_ rect: Rect, _ style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                cells[y * width + x].style = style
            }
        }
    }

    /// Changes every cell in `rect` with `transform` (e.g. add reverse for a cursor).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                cells[y * width + x].style = transform(cells[y * width + x].style)
            }
        }
    }

    /// Copies `other` into this grid with its top-left corner at `origin` (clipped).
    public mutating func blit(_ other: Grid, at origin: Point) {
        for y in 0..<other.height {
            for x in 0..<other.width where inRange(origin.x + x, origin.y + y) {
                cells[(origin.y + y) * width + origin.x + x] = other[x, y]
            }
        }
    }

    /// The cells of row `y` (empty when out of range).
    public func row(_ y: Int) -> ArraySlice<Cell> {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)]
    }

    /// Text of each row, right-trimmed of spaces; wide characters appear once.
    public func lines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for cell in row(y) where !cell.isContinuation {
                s += cell.grapheme
            }
            while s.last == " " { s.removeLast() }
            return s
        }
    }

    /// All rows joined with "\n".
    public func text() -> String {
        lines().joined(separator: "\n")
    }

    /// One character per cell giving its role (see `Role.code`: "." normal, "T" title,
    /// "s" selection, ...), right-trimmed of ".". For colour-role snapshot tests.
    public func roleLines() -> [String] {
        (0..<height).map { y in
            var s = String(row(y).map { $0.style.role.code })
            while s.last == "." { s.removeLast() }
            return s
        }
    }

    /// Each row's text followed by its role codes, for debugging a failing snapshot.
    public func debugDump() -> String {
        zip(lines(), roleLines()).map { "\($0)\n\($1)" }.joined(separator: "\n")
    }
}
