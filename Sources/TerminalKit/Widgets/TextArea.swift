/// A multi-line text editor as a value, for notes and reports that do not fit a `TextInput`.
/// Like `TextInput` it is pure state plus key handling, so screens can reduce keys into it and
/// tests can drive it without a terminal. Lines are edited as written (hard line breaks only
/// where the user pressed Enter); rendering soft-wraps them to the area, so resizing never
/// changes the text.
public struct TextArea: Sendable, Hashable {
    /// A place in the text. `column` counts grapheme clusters (what the user sees as one
    /// character), so a cursor can never land inside "ë" written as e + combining diaeresis.
    public struct Position: Hashable, Sendable, Comparable, CustomStringConvertible {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.row, lhs.column) < (rhs.row, rhs.column)
        }

        public var description: String { "(\(row), \(column))" }
    }

    /// The logical lines, never empty: an empty text is one empty line, so the cursor always
    /// has a line to stand on. Change them through `text`, `insert` or `apply`.
    public private(set) var lines: [String]

    /// Always inside the text: setting it out of range clamps, so callers can move it freely.
    public var cursor: Position {
        didSet {
            cursor = clamped(cursor)
            goalColumn = nil
        }
    }

    /// Shown in `.muted` while the text is empty, so an empty field still says what it is for.
    public var placeholder: String

    /// Upper limit on `count` (nil: no limit). Typing past it is ignored rather than cutting
    /// text already there, so setting `text` is never truncated.
    public var maxLength: Int?

    /// The column ↑/↓ aim for, so moving through a short line and on to a long one returns to
    /// where the user started. Reset by every other key; not part of equality because it does
    /// not change what is shown.
    private var goalColumn: Int?

    /// An editor holding `text` with the cursor at its end, ready to continue typing.
    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        let lines = TextArea.split(text)
        self.lines = lines
        self.cursor = Position(row: lines.count - 1, column: lines[lines.count - 1].count)
        self.placeholder = placeholder
        self.maxLength = maxLength
    }

    /// The whole text with "\n" between lines. Setting it keeps the cursor where it was as far
    /// as the new text allows, so a reload does not throw the user to the start.
    public var text: String {
        get { lines.joined(separator: "\n") }
        set {
            lines = TextArea.split(newValue)
            cursor = clamped(cursor)
        }
    }

    /// Graphemes in the text, each line break counting as one: what `maxLength` limits.
    public var count: Int {
        lines.reduce(lines.count - 1) { $0 + $1.count }
    }

    public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }

    /// True when there is nothing but spaces and line breaks, so a form can refuse to save a
    /// note that only looks filled in.
    public var isBlank: Bool {
        lines.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    public static func == (lhs: TextArea, rhs: TextArea) -> Bool {
        lhs.lines == rhs.lines && lhs.cursor == rhs.cursor && lhs.placeholder == rhs.placeholder
            && lhs.maxLength == rhs.maxLength
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(lines)
        hasher.combine(cursor)
        hasher.combine(placeholder)
        hasher.combine(maxLength)
    }

    // MARK: Editing

    /// Line breaks as they arrive from files and pastes: "\r\n" is a single grapheme in Swift,
    /// so splitting on "\n" alone would leave Windows text on one line.
    private static func isBreak(_ c: Character) -> Bool {
        c == "\n" || c == "\r\n" || c == "\r"
    }

    private static func split(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: isBreak).map(String.init)
    }

    private func clamped(_ p: Position) -> Position {
        let row = clamp(p.row, 0, lines.count - 1)
        return Position(row: row, column: clamp(p.column, 0, lines[row].count))
    }

    /// Inserts `s` at the cursor, as typed or pasted: line breaks split the line, control and
    /// zero-width characters are dropped, and whatever would exceed `maxLength` is cut off.
    public mutating func insert(_ s: String) {
        var clean = String(s.map { $0 == "\t" ? " " : $0 }).filter { TextArea.isBreak($0) || TextWidth.width(of: $0) > 0 }
        if let maxLength { clean = String(clean.prefix(max(0, maxLength - count))) }
        guard !clean.isEmpty else { return }
        let pieces = TextArea.split(clean)
        let line = Array(lines[cursor.row])
        let before = String(line[..<cursor.column])
        let after = String(line[cursor.column...])
        var new = pieces
        new[0] = before + new[0]
        let last = new.count - 1
        let column = new[last].count    // counted after joining: graphemes may merge
        new[last] += after
        let row = cursor.row
        lines.replaceSubrange(row...row, with: new)
        cursor = Position(row: row + last, column: column)
    }

    /// Removes the graphemes `from..<to` of line `row` (clamped).
    private mutating func remove(row: Int, from: Int, to: Int) {
        var chars = Array(lines[row])
        let lo = clamp(from, 0, chars.count)
        let hi = clamp(to, lo, chars.count)
        chars.removeSubrange(lo..<hi)
        lines[row] = String(chars)
    }

    /// Appends line `row + 1` to line `row`: deleting a line break. The cursor goes to the
    /// joint, where the break was.
    private mutating func joinWithNext(_ row: Int) {
        guard row + 1 < lines.count else { return }
        let column = lines[row].count
        lines[row] += lines[row + 1]
        lines.remove(at: row + 1)
        cursor = Position(row: row, column: column)
    }

    /// Handles an editing key: printable characters insert, Enter breaks the line; Backspace
    /// and Del (joining lines at a line's edge); ←/→ (wrapping to the neighbouring line), ↑/↓
    /// (keeping the column as far as the line allows); Home/End and Ctrl-A/Ctrl-E (line start
    /// and end); Ctrl-U (delete to line start), Ctrl-K (delete to line end, or join the next
    /// line when already there, like Emacs), Ctrl-W (delete the word before the cursor, or the
    /// line break at a line's start).
    ///
    /// Returns false for keys it does not handle (Esc, Tab, PgUp/PgDn, function keys, other
    /// Ctrl keys such as Ctrl-S...), so the caller can use them to save, cancel or move focus.
    public mutating func apply(_ key: Key) -> Bool {
        var key = key
        if case .ctrl(let c) = key { key = .ctrl(Character(c.lowercased())) }
        let goal = goalColumn
        goalColumn = nil
        let row = cursor.row
        let column = cursor.column
        let length = lines[row].count
        switch key {
        case .char(let c):
            guard TextWidth.width(of: c) > 0 else { return false }
            insert(String(c))
        case .enter:
            insert("\n")
        case .backspace:
            if column > 0 {
                remove(row: row, from: column - 1, to: column)
                cursor.column = column - 1
            } else if row > 0 {
                joinWithNext(row - 1)
            }
        case .delete:
            if column < length {
                remove(row: row, from: column, to: column + 1)
            } else {
                joinWithNext(row)
            }
        case .left:
            if column > 0 {
                cursor.column = column - 1
            } else if row > 0 {
                cursor = Position(row: row - 1, column: lines[row - 1].count)
            }
        case .right:
            if column < length {
                cursor.column = column + 1
            } else if row + 1 < lines.count {
                cursor = Position(row: row + 1, column: 0)
            }
        case .up, .down:
            let target = key == .up ? row - 1 : row + 1
            let want = goal ?? column
            if target >= 0 && target < lines.count {
                cursor = Position(row: target, column: want)
            }
            goalColumn = want
        case .home, .ctrl("a"):
            cursor.column = 0
        case .end, .ctrl("e"):
            cursor.column = length
        case .ctrl("u"):
            remove(row: row, from: 0, to: column)
            cursor.column = 0
        case .ctrl("k"):
            if column < length {
                remove(row: row, from: column, to: length)
            } else {
                joinWithNext(row)
            }
        case .ctrl("w"):
            guard column > 0 else {
                if row > 0 { joinWithNext(row - 1) }
                return true
            }
            let chars = Array(lines[row])
            var start = column
            while start > 0 && chars[start - 1].isWhitespace { start -= 1 }
            while start > 0 && !chars[start - 1].isWhitespace { start -= 1 }
            remove(row: row, from: start, to: column)
            cursor.column = start
        default:
            return false
        }
        return true
    }

    // MARK: Layout

    /// One screen row of a soft-wrapped line: graphemes `start..<end` of line `line`.
    struct VisualRow: Hashable {
        var line: Int
        var start: Int
        var end: Int
    }

    /// The soft-wrapped rows for `width` cells, and where the cursor falls in them.
    ///
    /// Wrapping goes by display width and never splits a wide character: one that does not fit
    /// at the end of a row starts the next. When the cursor sits after a line that exactly
    /// fills its last row, an empty row is added for it, as a terminal would wrap, so the cursor
    /// is never drawn on top of the last character.
    func layout(width: Int) -> (rows: [VisualRow], cursorRow: Int, cursorX: Int) {
        let width = max(1, width)
        var rows: [VisualRow] = []
        var cursorRow = 0
        var cursorX = 0
        for (index, line) in lines.enumerated() {
            let chars = Array(line)
            let hasCursor = index == cursor.row
            var start = 0
            var used = 0
            for (i, c) in chars.enumerated() {
                let w = TextWidth.width(of: c)
                if used + w > width && i > start {
                    rows.append(VisualRow(line: index, start: start, end: i))
                    start = i
                    used = 0
                }
                if hasCursor && i == cursor.column {
                    cursorRow = rows.count
                    cursorX = used
                }
                used += w
            }
            rows.append(VisualRow(line: index, start: start, end: chars.count))
            if hasCursor && cursor.column >= chars.count {
                if used >= width && !chars.isEmpty {
                    rows.append(VisualRow(line: index, start: chars.count, end: chars.count))
                    cursorRow = rows.count - 1
                    cursorX = 0
                } else {
                    cursorRow = rows.count - 1
                    cursorX = used
                }
            }
        }
        return (rows, cursorRow, cursorX)
    }

    /// The first visual row shown in `height` rows. Derived from the cursor alone (no scroll
    /// state to keep in sync): from the top while the cursor fits there, else the rows ending
    /// at the cursor's row.
    static func firstRow(cursorRow: Int, height: Int) -> Int {
        max(0, cursorRow - (max(1, height) - 1))
    }

    // MARK: Rendering

    /// Where the cursor is on screen when rendered into `area`, for a backend that shows the
    /// terminal's own cursor there.
    public func cursorPosition(in area: Rect) -> Point {
        let layout = layout(width: area.width)
        let first = TextArea.firstRow(cursorRow: layout.cursorRow, height: area.height)
        return Point(x: area.x + min(layout.cursorX, max(0, area.width - 1)),
                     y: area.y + layout.cursorRow - first)
    }

    /// Fills `area` with `style` and draws the soft-wrapped text, scrolled so the cursor's row
    /// is visible; the cursor cell is shown in reverse when `focused`. An empty text shows the
    /// placeholder in `.muted`, word-wrapped.
    public func render(into grid: inout Grid, area: Rect, style: Style = Style(.input),
                       focused: Bool = true) {
        guard !area.isEmpty else { return }
        grid.fill(area, style: style)
        let layout = layout(width: area.width)
        let first = TextArea.firstRow(cursorRow: layout.cursorRow, height: area.height)
        if isEmpty {
            for (i, line) in TextBlock.wrap(placeholder, width: area.width).prefix(area.height).enumerated() {
                grid.put(line, x: area.x, y: area.y + i, style: Style(.muted), maxWidth: area.width)
            }
        } else {
            let shown = layout.rows.dropFirst(first).prefix(area.height)
            var cache: (index: Int, chars: [Character]) = (-1, [])
            for (i, row) in shown.enumerated() {
                if cache.index != row.line { cache = (row.line, Array(lines[row.line])) }
                let part = String(cache.chars[row.start..<row.end])
                grid.put(part, x: area.x, y: area.y + i, style: style, maxWidth: area.width)
            }
        }
        if focused {
            let p = cursorPosition(in: area)
            grid.cursor = p
            let line = Array(lines[cursor.row])
            let wide = cursor.column < line.count && TextWidth.width(of: line[cursor.column]) == 2
            let cell = Rect(x: p.x, y: p.y, width: wide ? 2 : 1, height: 1)
            grid.restyle(cell.intersection(area)) { $0.adding(.reverse) }
        }
    }

    /// Convenience with the standard signature.
    public func render(into grid: inout Grid, area: Rect) {
        render(into: &grid, area: area, style: Style(.input), focused: true)
    }
}
