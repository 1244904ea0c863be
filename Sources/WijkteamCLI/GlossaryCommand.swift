import ArgumentParser
import Wijkteam

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "glossary", abstract: "The Dutch terms of the work, explained.")

    @Argument(help: "Only terms matching this text.") var query: String?
    @Option(name: .long, help: "Language of the explanations: nl or en (default: from the locale).") var lang: String?

    func validate() throws {
        try chooseLanguage(lang)
        if markdown && output.json { throw ValidationError(tr("cli.error.markdown.json")) }
    }
    @Flag(name: .long, help: "Print the README's Markdown table.") var markdown = false
    @OptionGroup var output: JSONOption

    struct Entry: Encodable {
        var term: String
        var explanation: String
    }

    func run() throws {
        if markdown {
            // The README's glossary is English, whatever the locale.
            print(Language.$scoped.withValue(.en) { GlossaryCommand.markdown(Glossary.search(query ?? "")) })
            return
        }
        let entries = Glossary.search(query ?? "")
        if output.json {
            try printJSON(entries.map { Entry(term: $0.term, explanation: $0.explanation) })
            return
        }
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
