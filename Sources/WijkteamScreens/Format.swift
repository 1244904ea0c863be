import TerminalKit
import Wijkteam

/// Small presentation helpers shared by the screens.
enum Format {
    /// One decimal at most: 5.25 → "5.3", 8 → "8", 7.96 → "8".
    static func load(_ x: Double) -> String { Caseload.format(x) }

    /// "28-11" for this year, "28-11-27" otherwise.
    static func shortDate(_ d: Day, today: Day) -> String {
        let c = d.components
        let dm = "\(c.day < 10 ? "0" : "")\(c.day)-\(c.month < 10 ? "0" : "")\(c.month)"
        return c.year == today.year ? dm : dm + "-" + String(c.year % 100)
    }

    /// A household as a card shows it: "Huishouden Yılmaz" → "Yılmaz" (the column says what it is).
    static func household(_ name: String, privacy: Bool) -> String {
        let short = name.hasPrefix("Huishouden ") ? String(name.dropFirst("Huishouden ".count)) : name
        return privacy ? Privacy.initials(short) : short
    }

    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }

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
