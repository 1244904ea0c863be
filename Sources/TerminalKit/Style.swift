// Styles by meaning: widgets and screens say *what* a cell is (a title, a selection, an
// overloaded caseload); the theme decides how that looks in colour and without colour.

/// What a cell means. The raw value is the key used in theme files (`"load.over"`).
public enum Role: String, CaseIterable, Sendable, Hashable {
    case normal
    case title
    case muted
    case status
    case statusAccent = "status.accent"
    case selection
    case border
    case header
    case tab
    case tabActive = "tab.active"
    case key
    case unassigned
    case loadOK = "load.ok"
    case loadHigh = "load.high"
    case loadOver = "load.over"
    case flagSafety = "flag.safety"
    case flagPreventive = "flag.preventive"
    case flagOutreaching = "flag.outreaching"
    case flagDiscussion = "flag.discussion"
    case tieStrong = "tie.strong"
    case tieNormal = "tie.normal"
    case tieWeak = "tie.weak"
    case tieStressful = "tie.stressful"
    case tieBroken = "tie.broken"
    case overdue
    case warning
    case error
    case success
    case input
}

extension Role {
    /// One character per role, used by `Grid.roleLines()` for colour-role snapshot tests.
    ///
    /// | Role | Code | Role | Code | Role | Code |
    /// |---|---|---|---|---|---|
    /// | normal | `.` | title | `T` | muted | `m` |
    /// | status | `S` | status.accent | `A` | selection | `s` |
    /// | border | `b` | header | `h` | tab | `t` |
    /// | tab.active | `*` | key | `k` | unassigned | `u` |
    /// | load.ok | `g` | load.high | `y` | load.over | `r` |
    /// | flag.safety | `!` | flag.preventive | `p` | flag.outreaching | `o` |
    /// | flag.discussion | `d` | tie.strong | `=` | tie.normal | `-` |
    /// | tie.weak | `~` | tie.stressful | `x` | tie.broken | `/` |
    /// | overdue | `O` | warning | `W` | error | `E` |
    /// | success | `+` | input | `i` | | |
    public var code: Character {
        switch self {
        case .normal: "."
        case .title: "T"
        case .muted: "m"
        case .status: "S"
        case .statusAccent: "A"
        case .selection: "s"
        case .border: "b"
        case .header: "h"
        case .tab: "t"
        case .tabActive: "*"
        case .key: "k"
        case .unassigned: "u"
        case .loadOK: "g"
        case .loadHigh: "y"
        case .loadOver: "r"
        case .flagSafety: "!"
        case .flagPreventive: "p"
        case .flagOutreaching: "o"
        case .flagDiscussion: "d"
        case .tieStrong: "="
        case .tieNormal: "-"
        case .tieWeak: "~"
        case .tieStressful: "x"
        case .tieBroken: "/"
        case .overdue: "O"
        case .warning: "W"
        case .error: "E"
        case .success: "+"
        case .input: "i"
        }
    }

    /// The role with the given `code`, if any.
    public init?(code: Character) {
        guard let role = Role.allCases.first(where: { $0.code == code }) else { return nil }
        self = role
    }

    /// The theme-file key, e.g. `"load.over"` (same as `rawValue`).
    public var key: String { rawValue }
}

/// Text attributes that work on every terminal, with or without colour.
public struct Attributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let reverse = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)

    /// Name and value of each attribute, in a fixed order (the names used in theme files).
    public static let named: [(name: String, value: Attributes)] = [
        ("bold", .bold), ("reverse", .reverse), ("underline", .underline), ("dim", .dim),
    ]

    /// The attribute names, e.g. `["bold", "underline"]`.
    public var names: [String] { Attributes.named.filter { contains($0.value) }.map(\.name) }

    public var description: String { "[" + names.joined(separator: ", ") + "]" }
}

/// A role plus extra attributes (on top of what the theme gives the role).
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role = .normal, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style()

    /// The same role with `extra` attributes added.
    public func adding(_ extra: Attributes) -> Style {
        Style(role, attributes.union(extra))
    }

    /// The same attributes with another role.
    public func with(role: Role) -> Style {
        Style(role, attributes)
    }

    public var description: String {
        attributes.isEmpty ? role.rawValue : "\(role.rawValue)\(attributes)"
    }
}

/// One terminal cell.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster; `" "` for blank; `""` for the right half of a wide character.
    public var grapheme: String
    public var style: Style

    public init(_ grapheme: String = " ", style: Style = .normal) {
        self.grapheme = grapheme
        self.style = style
    }

    public static let blank = Cell()

    /// True for the right half of a wide character.
    public var isContinuation: Bool { grapheme.isEmpty }

    /// Display width of the grapheme: 2 for the left half of a wide character, else 1 (0 for a
    /// continuation cell).
    public var width: Int {
        guard let c = grapheme.first else { return 0 }
        return TextWidth.width(of: c) >= 2 ? 2 : 1
    }
}
