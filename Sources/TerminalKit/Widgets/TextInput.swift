/// A one-line text field as a value: the text, a cursor (an index in grapheme clusters), and
/// the editing keys. Rendering scrolls horizontally so the cursor is always visible.
public struct TextInput: Sendable, Hashable {
    public var text: String {
        didSet { cursor = clamp(cursor, 0, text.count) }
    }
    /// Grapheme index of the cursor, `0...text.count`.
    public var cursor: Int {
        didSet { cursor = clamp(cursor, 0, text.count) }
    }
    /// Shown in `.muted` while the text is empty.
    public var placeholder: String
    /// Upper limit on the number of graphemes (nil: no limit).
    public var maxLength: Int?

    /// A field with `text` and the cursor at its end.
    public init(text: String = "", placeholder: String = "", maxLength: Int? = nil) {
        self.text = text
        self.cursor = text.count
        self.placeholder = placeholder
        self.maxLength = maxLength
    }

    public var isEmpty: Bool { text.isEmpty }

    private func index(_ i: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: clamp(i, 0, text.count))
    }

    /// Inserts `s` at the cursor (a tab or line break becomes a space; other control
    /// characters are dropped).
    public mutating func insert(_ s: String) {
        var clean = String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 }.filter { TextWidth.width(of: $0) > 0 })
        if let maxLength { clean = String(clean.prefix(max(0, maxLength - text.count))) }
        guard !clean.isEmpty else { return }
        let at = cursor
        text.insert(contentsOf: clean, at: index(at))
        cursor = at + clean.count
    }

    /// Handles an editing key: printable characters insert; Backspace, Del, ←, →, Home, End;
    /// Ctrl-A/Ctrl-E (start/end), Ctrl-U (delete to start), Ctrl-K (delete to end), Ctrl-W
    /// (delete the word before the cursor). Returns false for keys it does not handle (Enter,
    /// Esc, Tab, ↑, ↓ ... are the caller's).
    public mutating func apply(_ key: Key) -> Bool {
        var key = key
        if case .ctrl(let c) = key { key = .ctrl(Character(c.lowercased())) }
        switch key {
        case .char(let c):
            guard TextWidth.width(of: c) > 0 else { return false }
            insert(String(c))
        case .backspace:
            guard cursor > 0 else { return true }
            let at = cursor
            text.remove(at: index(at - 1))
            cursor = at - 1
        case .delete:
            guard cursor < text.count else { return true }
            text.remove(at: index(cursor))
        case .left:
            cursor -= 1
        case .right:
            cursor += 1
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = text.count
        case .ctrl("u"):
            let at = cursor
            text.removeSubrange(text.startIndex..<index(at))
            cursor = 0
        case .ctrl("k"):
            text.removeSubrange(index(cursor)..<text.endIndex)
        case .ctrl("w"):
            let chars = Array(text)
            var start = cursor
            while start > 0 && chars[start - 1] == " " { start -= 1 }
            while start > 0 && chars[start - 1] != " " { start -= 1 }
            let end = cursor
            text.removeSubrange(index(start)..<index(end))
            cursor = start
        default:
            return false
        }
        return true
    }

    /// The first grapheme shown and the cursor's column offset for a field `width` cells wide.
    func window(width: Int) -> (first: Int, cursorColumn: Int) {
        let chars = Array(text)
        let cursorWidth = cursor < chars.count ? max(1, TextWidth.width(of: chars[cursor])) : 1
        var first = 0
        var before = chars[0..<cursor].reduce(0) { $0 + TextWidth.width(of: $1) }
        while first < cursor && before + cursorWidth > width {
            before -= TextWidth.width(of: chars[first])
            first += 1
        }
        return (first, before)
    }

    /// Where the cursor is on screen when rendered into `area`.
    public func cursorPosition(in area: Rect) -> Point {
        let (_, column) = window(width: area.width)
        return Point(x: area.x + min(column, max(0, area.width - 1)), y: area.y)
    }

    /// Draws the first row of `area` in `style` (default `.input`); the cursor cell is shown
    /// in reverse when `focused`.
    public func render(into grid: inout Grid, area: Rect, style: Style = Style(.input),
                       focused: Bool = true) {
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        grid.fill(row, style: style)
        if text.isEmpty {
            if !placeholder.isEmpty {
                grid.put(placeholder, x: area.x, y: area.y, style: Style(.muted), maxWidth: area.width)
            }
        } else {
            let (first, _) = window(width: area.width)
            let visible = TextWidth.clip(String(text.dropFirst(first)), to: area.width)
            grid.put(visible, x: area.x, y: area.y, style: style, maxWidth: area.width)
        }
        if focused {
            let p = cursorPosition(in: area)
            grid.cursor = p
            let cell = grid[p.x, p.y]
            let w = cell.width == 2 && !text.isEmpty ? 2 : 1
            grid.restyle(Rect(x: p.x, y: p.y, width: w, height: 1)) { $0.adding(.reverse) }
        }
    }

    /// Convenience with the standard signature.
    public func render(into grid: inout Grid, area: Rect) {
        render(into: &grid, area: area, style: Style(.input), focused: true)
    }
}
