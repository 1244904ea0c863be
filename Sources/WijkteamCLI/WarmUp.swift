import Dispatch
import Foundation
import TerminalKit
import Wijkteam
import WijkteamScreens

/// What the screens' text is made from, built on the other core while this one opens the store
/// and finds who is acting (about 5 ms in which that core had nothing to do): the screens' string
/// table (the domain's within it; not the command line's, which a session does not use), the
/// command table, the day and month names and the built-in theme (which an unedited default.toml
/// is). Built on first use, they were about 2 ms of the first frame's own path (the theme another
/// 1.5). Each is a constant made once, by whichever thread asks first (another
/// that asks meanwhile waits for it). Started once the arguments are parsed and the language
/// chosen: beside the parse, both threads asked the Swift runtime for types at once and the parse
/// took a millisecond longer.
enum WarmUp {
    static func start() {
        DispatchQueue.global(qos: .userInteractive).async {
            _ = ScreenStrings.table
            _ = AppCommands.table(in: .en)
            Day.prepareNames()
            _ = Theme.builtinDefault
        }
    }
}
