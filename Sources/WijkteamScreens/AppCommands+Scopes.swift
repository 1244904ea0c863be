import TerminalKit
import Wijkteam

extension AppCommands {
    /// Scopes in the order the README and help list them, with their titles in the current language.
    public static var scopeTitles: [(scope: CommandScope, title: String)] { scopeTitles(in: Language.current) }

    public static func scopeTitles(in language: Language) -> [(scope: CommandScope, title: String)] {
        Language.$scoped.withValue(language) {
            [(.global, tr("command.scope.global"))] + ScreenRegistry.tabs.map { ($0.scope, $0.title) }
                + [(.household, tr("command.scope.household")), (.plan, tr("command.scope.plan")), (.help, tr("command.scope.help"))]
        }
    }
}
