import ArgumentParser
import Wijkteam

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "glossary", abstract: "The Dutch terms of the work, explained.")

    @Argument(help: "Only terms matching this text.") var query: String?
    @Option(name: .long, help: "Language of the explanations: nl or en (default: from the locale).") var lang: String?

    func validate() throws {
        if let lang {
            guard let chosen = Language(rawValue: lang.lowercased()) else {
                throw ValidationError("--lang '\(lang)' is not a language wijkteam speaks: use nl or en")
            }
            Language.choose(chosen)
        }
    }
    @Flag(name: .long, help: "Print the README's Markdown table.") var markdown = false

    func run() throws {
        if markdown {
            // The README's glossary is English, whatever the locale.
            print(Language.$scoped.withValue(.en) { GlossaryCommand.markdown(Glossary.search(query ?? "")) })
            return
        }
        let entries = Glossary.search(query ?? "")
        if entries.isEmpty {
            print(tr("glossaryScreen.noMatch", query ?? "") + ".")
        } else {
            for e in entries { print("\(e.term)\n    \(e.explanation)\n") }
        }
    }

    static func markdown(_ entries: [GlossaryEntry]) -> String {
        (["| Term | Meaning |", "| --- | --- |"] + entries.map { "| \($0.term) | \($0.explanation) |" }).joined(separator: "\n")
    }
}
