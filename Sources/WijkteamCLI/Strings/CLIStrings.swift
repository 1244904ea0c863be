import Wijkteam
import WijkteamScreens

/// The command line's wording in English and Dutch (`Strings+CLI.swift`). The table includes
/// the screens' (and through it the domain's): the executable shows the screens, and
/// `wijkteam glossary` says "no term matches" as the glossary screen does.
enum CLIStrings {
    typealias Section = StringTable.Section

    /// The sections, by name.
    static let sections: [(name: String, phrases: Section)] = [
        ("cli", cli), ("import", imports), ("frontDoor", frontDoor), ("audit", audit), ("breakGlass", breakGlass), ("staff", staff),
        ("handover", handover), ("absence", absence), ("erasure", erasure), ("backup", backup), ("inzage", inzage),
        ("meldcode", meldcode), ("zrm", zrm), ("urgency", urgency), ("figures", figures),
        ("plan", plan), ("route", route), ("provisions", provisions), ("providers", providers), ("iwmo", iwmo), ("monitor", monitor),
    ]

    /// The command line's table, the screens' and the domain's included.
    static let table = StringTable("cli", sections: sections, including: [ScreenStrings.table])
}

// The command line's own `tr` and `trCount`: they shadow the domain's (which looks in the
// domain's table only) everywhere in this module.

/// The text for `key` in the current language, from the command line's table.
func tr(_ key: String) -> String {
    CLIStrings.table.text(key, in: Language.current)
}

/// The text for `key` in the current language, with `{1}`, `{2}`, … replaced by `arguments`.
func tr(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    CLIStrings.table.text(key, arguments, in: Language.current)
}

/// The text for a count: `key.one` when `count` is 1, else `key.other`, `{1}` the count.
func trCount(_ key: String, _ count: Int, _ arguments: any CustomStringConvertible...) -> String {
    CLIStrings.table.text(key, count: count, arguments, in: Language.current)
}
