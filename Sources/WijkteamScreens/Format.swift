import TerminalKit
import Wijkteam

/// Small presentation helpers shared by the screens.
enum Format {
    /// One decimal at most: 5.25 → "5.3", 8 → "8", 7.96 → "8".
    static func load(_ x: Double) -> String { Caseload.format(x) }

    /// "28-11" for this year, "28-11-27" or "31-12-9999" otherwise (see `Day.shortText`).
    static func shortDate(_ d: Day, today: Day) -> String { d.shortText(today: today) }

    /// Cells a short date takes at most ("31-12-9999").
    static let shortDateWidth = 10

    /// A household as a card shows it: "Huishouden Yılmaz" → "Yılmaz" (the column says what it is).
    static func household(_ name: String, privacy: Bool) -> String {
        let short = name.hasPrefix("Huishouden ") ? String(name.dropFirst("Huishouden ".count)) : name
        return privacy ? Privacy.initials(short) : short
    }

    static func days(_ n: Int) -> String { Agenda.days(n) }

    /// The regisseur of a case nobody holds yet (a column title, a name).
    static var unassigned: String { tr("screens.format.unassigned") }
    /// The same inside a line of text.
    static var unassignedInLine: String { tr("screens.format.unassigned.inline") }

    /// What a screen shows while its household is read.
    static var loading: String { tr("screens.format.loading") }

    /// The hint that more lines follow below: "↓ 3 more", "↓ nog 3".
    static func more(_ n: Int) -> String { tr("screens.format.more", n) }

    /// The widgets' own words ("↓ 3 more" under a list) from the string table, in the language
    /// of the moment; once per process.
    static func installWidgetText() { _ = widgetTextInstalled }
    private static let widgetTextInstalled: Void = { WidgetText.more = { Format.more($0) } }()

    /// A household member as lists show them: "age 42 · ouder · client".
    static func ageAndRole(_ age: Int, _ role: String, client: Bool) -> String {
        client ? tr("screens.format.member.age.client", age, role) : tr("screens.format.member.age", age, role)
    }

    /// The same, short, where the age is plain: "42 · ouder · client".
    static func ageAndRoleShort(_ age: Int, _ role: String, client: Bool) -> String {
        client ? tr("screens.format.member.client", age, role) : "\(age) · \(role)"
    }

    /// A name, or initials in privacy mode.
    static func name(_ name: String, privacy: Bool) -> String {
        privacy ? Privacy.initials(name) : name
    }

    static func levelRole(_ level: Caseload.Level) -> Role {
        switch level {
        case .ok: .loadOK
        case .high: .loadHigh
        case .over: .loadOver
        }
    }

    /// A bar of `width` cells filled to load/capacity (capped at full; over capacity shows full).
    static func bar(load: Double, capacity: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let ratio = capacity > 0 ? min(1, load / capacity) : (load > 0 ? 1 : 0)
        let filled = Int((ratio * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
