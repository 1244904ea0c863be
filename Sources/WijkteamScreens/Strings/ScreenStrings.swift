import Wijkteam

/// The screens' wording in English and Dutch: the shell, the commands, the screens, forms and
/// dialogs, the tour. Kept in sections (one file each, `Strings+….swift`); the table includes
/// the domain's (`Strings.table`), so a screen shows a rule's reason or a phase name through the
/// same `tr`. The main loop (WijkteamRuntime) reads this table too.
public enum ScreenStrings {
    public typealias Section = StringTable.Section

    /// The sections, by name.
    public static let sections: [(name: String, phrases: Section)] = [
        ("shell", shell), ("commands", commands), ("screens", screens), ("forms", forms),
        ("tour", tour), ("editing", editing),
        ("household", household), ("breakGlass", breakGlass),
        ("registration", registration), ("team", team), ("absence", absence), ("inzage", inzage),
        ("meldcode", meldcode), ("zrm", zrm), ("urgency", urgency), ("figures", figures),
        ("carer", carer),
        ("plan", plan), ("route", route), ("provisions", provisions), ("providers", providers), ("iwmo", iwmo), ("monitor", monitor),
    ]

    /// The screens' table, the domain's included.
    public static let table = StringTable("screens", sections: sections, including: [Strings.table])
}

// The screens' own `tr` and `trCount`: they shadow the domain's (which looks in the domain's
// table only) everywhere in this module.

/// The text for `key` in the current language, from the screens' table.
func tr(_ key: String) -> String {
    ScreenStrings.table.text(key, in: Language.current)
}

/// The text for `key` in the current language, with `{1}`, `{2}`, … replaced by `arguments`.
func tr(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    ScreenStrings.table.text(key, arguments, in: Language.current)
}

/// The text for a count: `key.one` when `count` is 1, else `key.other`, `{1}` the count.
func trCount(_ key: String, _ count: Int, _ arguments: any CustomStringConvertible...) -> String {
    ScreenStrings.table.text(key, count: count, arguments, in: Language.current)
}
