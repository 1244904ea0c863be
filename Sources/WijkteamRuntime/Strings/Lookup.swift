import Wijkteam
import WijkteamScreens

// The main loop shows the screens' wording: its `tr` and `trCount` look up in the screens'
// table (which includes the domain's), and shadow the domain's everywhere in this module.

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
