// Keys as the application sees them, independent of curses.

/// A key press. `.ctrl` compares case-insensitively: `.ctrl("c") == .ctrl("C")`.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case resize

    public static func == (lhs: Key, rhs: Key) -> Bool {
        switch (lhs, rhs) {
        case let (.char(a), .char(b)): a == b
        case let (.ctrl(a), .ctrl(b)): a.lowercased() == b.lowercased()
        case let (.function(a), .function(b)): a == b
        case (.enter, .enter), (.escape, .escape), (.backspace, .backspace), (.delete, .delete),
             (.tab, .tab), (.backTab, .backTab), (.up, .up), (.down, .down), (.left, .left),
             (.right, .right), (.home, .home), (.end, .end), (.pageUp, .pageUp),
             (.pageDown, .pageDown), (.resize, .resize):
            true
        default:
            false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .char(let c):
            hasher.combine(0)
            hasher.combine(c)
        case .ctrl(let c):
            hasher.combine(1)
            hasher.combine(c.lowercased())
        case .function(let n):
            hasher.combine(2)
            hasher.combine(n)
        default:
            hasher.combine(3)
            hasher.combine(displayName)
        }
    }

    /// Named keys with their display name, in the order help screens list them.
    static let namedKeys: [(Key, String)] = [
        (.enter, "Enter"), (.escape, "Esc"), (.backspace, "Backspace"), (.delete, "Del"),
        (.tab, "Tab"), (.backTab, "Shift-Tab"), (.up, "↑"), (.down, "↓"), (.left, "←"),
        (.right, "→"), (.home, "Home"), (.end, "End"), (.pageUp, "PgUp"), (.pageDown, "PgDn"),
        (.resize, "Resize"),
    ]

    /// Other accepted spellings (lower-cased) for `init?(name:)`.
    static let aliases: [String: Key] = [
        "enter": .enter, "return": .enter, "ret": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "backspace": .backspace, "bs": .backspace, "bksp": .backspace,
        "del": .delete, "delete": .delete,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "s-tab": .backTab,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "pgdown": .pageDown,
        "resize": .resize,
        "space": .char(" "), "spc": .char(" "),
    ]

    /// How help screens and the README show the key: "a", "A", "Ctrl-C", "Enter", "Esc",
    /// "Backspace", "Del", "Tab", "Shift-Tab", "↑", "↓", "←", "→", "Home", "End", "PgUp",
    /// "PgDn", "F1", "Space".
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .function(let n): return "F\(n)"
        default:
            return Key.namedKeys.first { $0.0 == self }?.1 ?? "?"
        }
    }

    public var description: String { displayName }

    /// Parses a display name back into a key. Accepts every `displayName`, plus "Up", "Down",
    /// "Left", "Right", "Return", "Escape", "Delete", "PageUp", "PageDown", "Ctrl-x",
    /// "C-x", "^X" (case-insensitive for names longer than one character). Returns nil for
    /// anything else.
    public init?(name: String) {
        if let named = Key.namedKeys.first(where: { $0.1 == name }) {
            self = named.0
            return
        }
        if name.count == 1, let c = name.first {
            // A single visible character stands for itself.
            guard TextWidth.width(of: c) > 0 else { return nil }
            self = .char(c)
            return
        }
        if name.isEmpty { return nil }
        let lower = name.lowercased()
        if let key = Key.aliases[lower] {
            self = key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, TextWidth.width(of: c) > 0, c != " " else {
                return nil
            }
            self = .ctrl(Character(c.lowercased()))
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n) {
            self = .function(n)
            return
        }
        return nil
    }

    /// The character of a `.char` key, else nil.
    public var character: Character? {
        if case .char(let c) = self { return c }
        return nil
    }

    /// True for `.char` keys whose character can be typed into a text field.
    public var isPrintable: Bool {
        guard case .char(let c) = self else { return false }
        return TextWidth.width(of: c) > 0
    }
}
