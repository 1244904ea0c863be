import TerminalKit
import Wijkteam

/// A view of the app, by its command scope: the tab bar's views and the household view (see
/// `ScreenRegistry`). A typed value, so a misspelt scope does not compile.
public typealias Tab = CommandScope

extension CommandScope {
    public static let board = CommandScope("board")
    public static let triage = CommandScope("triage")
    public static let network = CommandScope("network")
    public static let meeting = CommandScope("meeting")
    public static let followUps = CommandScope("followups")
    public static let breakGlass = CommandScope("breakglass")
    public static let team = CommandScope("team")
    public static let providers = CommandScope("providers")
    public static let monitor = CommandScope("monitor")
    /// The household view, opened over a tab.
    public static let household = CommandScope("household")
    /// The help screen, laid over any view.
    public static let help = CommandScope("help")

    /// The view's title in the tab bar, the status bar and help, in the current language.
    public var title: String {
        switch self {
        case .household: tr("command.scope.household")
        case .plan: tr("command.scope.plan")
        case .help: tr("command.scope.help")
        case .global: tr("command.scope.global")
        default: ScreenRegistry.tab(self)?.title ?? name
        }
    }
}
