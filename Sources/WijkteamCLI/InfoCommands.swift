import ArgumentParser
import Foundation
import TerminalKit
import Wijkteam
import WijkteamScreens

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the colour themes (use one with --theme NAME).")

    @OptionGroup var output: JSONOption
    @Option(name: .long, help: "Language of what is shown: nl or en (default: from LC_ALL, LC_MESSAGES or LANG).") var lang: String?

    func validate() throws { try chooseLanguage(lang) }

    struct Entry: Encodable {
        var name: String
        var description: String
        /// Where the file is broken ("broken.toml:5: …"), when it is.
        var error: String?
    }

    func run() throws {
        let dir = AppEnvironment.themesFolder()
        let themes = ThemeCatalog.list(in: dir)
        let broken = themes.contains { $0.error != nil }
        if output.json {
            try printJSON(themes.map { Entry(name: $0.name, description: $0.description, error: $0.error.map(\.description)) })
            if broken { throw ExitCode(1) }
            return
        }
        if themes.isEmpty { print(tr("cli.themes.none", dir.path)) }
        for t in themes {
            if let e = t.error {
                print("\(TextWidth.pad(t.name, to: 16)) " + tr("cli.themes.broken", e))
            } else {
                print("\(TextWidth.pad(t.name, to: 16)) \(t.description)")
            }
        }
        print("\n" + tr("cli.themes.folder", dir.path, UserConfig.path))
        if broken { throw ExitCode(1) }
    }
}

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "Every key of the screens, from the command table.")

    @Flag(name: .long, help: "Print the README's Markdown key list.") var markdown = false
    @OptionGroup var output: JSONOption
    @Option(name: .long, help: "Language of what is shown: nl or en (default: from LC_ALL, LC_MESSAGES or LANG).") var lang: String?

    func validate() throws {
        try chooseLanguage(lang)
        if markdown && output.json { throw ValidationError(tr("cli.error.markdown.json")) }
    }

    /// One command of the screens, in each view it works in.
    struct Entry: Encodable {
        var id: String
        var name: String
        var keys: [String]
        var help: String
        var category: String
        var scopes: [String]
        var writes: Bool
    }

    func run() throws {
        if markdown {
            print(AppCommands.table(in: .en).markdownKeyList(scopeTitles: AppCommands.scopeTitles(in: .en), headingLevel: 4), terminator: "")
            return
        }
        if output.json {
            try printJSON(AppCommands.table.commands.map { c in
                Entry(id: c.id.code, name: c.name, keys: c.keys.map(\.displayName), help: c.help, category: c.category, scopes: c.scopes.map(\.name), writes: c.writes)
            })
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

/// `--lang` of the commands that open no database (themes, keys, glossary).
func chooseLanguage(_ lang: String?) throws {
    guard let lang else { return }
    guard let chosen = Language(rawValue: lang.lowercased()) else { throw ValidationError(tr("cli.error.lang", lang)) }
    Language.choose(chosen)
}
