import ArgumentParser
import Foundation
import TerminalKit
import WijkteamScreens

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes (use one with --theme NAME).")

    func run() throws {
        let dir = AppEnvironment.themesFolder()
        let themes = ThemeCatalog.list(in: dir)
        if themes.isEmpty { print("No themes in \(dir.path); the built-in default is used.") }
        var broken = false
        for t in themes {
            if let e = t.error {
                print("\(TextWidth.pad(t.name, to: 16)) BROKEN: \(e)")
                broken = true
            } else {
                print("\(TextWidth.pad(t.name, to: 16)) \(t.description)")
            }
        }
        print("\nTheme folder: \(dir.path). Choose with --theme NAME or `theme = \"NAME\"` in \(UserConfig.path).")
        if broken { throw ExitCode(1) }
    }
}

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Every key of the screens, from the command table.")

    @Flag(name: .long, help: "Print the README's Markdown key list.") var markdown = false

    func run() throws {
        if markdown {
            print(AppCommands.table(in: .en).markdownKeyList(scopeTitles: AppCommands.scopeTitles(in: .en), headingLevel: 4), terminator: "")
            return
        }
        for (scope, title) in AppCommands.scopeTitles {
            print(title)
            for c in AppCommands.table.commands.filter({ $0.scopes.contains(scope) }) {
                print("  \(TextWidth.pad(c.keysDisplay, to: 18)) \(TextWidth.pad(c.name, to: 16)) \(c.help)")
            }
            print("")
        }
    }
}
