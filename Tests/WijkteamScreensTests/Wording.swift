import Wijkteam
import WijkteamScreens

// The tests' `tr` finds what the screens show: it looks in the screens' table (the domain's
// own `tr` looks in the domain's only). It shadows the domain's in this test target only with
// the same signatures: a lone `tr("key")` would otherwise take the domain's `tr(_:)` over a
// variadic one.

func tr(_ key: String) -> String {
    ScreenStrings.table.text(key, in: Language.current)
}

func tr(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
    ScreenStrings.table.text(key, arguments, in: Language.current)
}
