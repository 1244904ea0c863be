/// The language of everything the app shows. Dutch domain words (regisseur, keukentafelgesprek,
/// Meldcode, …) stay Dutch in both; the glossary explains them.
public enum Language: String, CaseIterable, Sendable {
    case en, nl

    /// Set for one scope (a test, a README export); wins over the chosen language.
    @TaskLocal public static var scoped: Language?

    // Set once at start-up, before any other thread runs; read-only afterwards.
    nonisolated(unsafe) private static var chosen: Language = .en

    /// The language strings are looked up in now.
    public static var current: Language { scoped ?? chosen }

    /// Chooses the language for the whole process; call once, at start-up.
    public static func choose(_ language: Language) { chosen = language }

    /// The language of the user's locale: LC_ALL, then LC_MESSAGES, then LANG (POSIX order);
    /// Dutch when that names Dutch ("nl_NL.UTF-8", "nl_BE", "nl"), English otherwise.
    public static func fromLocale(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("nl") ? .nl : .en
        }
        return .en
    }
}

/// The text for `key` in the current language, from the domain's table (`Strings.table`).
/// The screens and the command line have a `tr` of their own, on their tables.
public func tr(_ key: String) -> String {
    Strings.table.text(key, in: Language.current)
}

/// The text for `key` in the current language, with `{1}`, `{2}`, … replaced by `arguments`.
/// A key missing from the table shows as the key itself (the string table tests fail on that).
public func tr(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    Strings.table.text(key, arguments, in: Language.current)
}

/// The text for a count in the current language: `key.one` when `count` is 1, else
/// `key.other` (0, 2, 21, …: English and Dutch share this rule), with `{1}` the count and
/// `{2}`, … the further `arguments`. "1 open case", "3 open cases"; "1 week", "0 weken".
public func trCount(_ key: String, _ count: Int, _ arguments: any CustomStringConvertible...) -> String {
    Strings.table.text(key, count: count, arguments, in: Language.current)
}
