import ArgumentParser
import Wijkteam

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "glossary", abstract: "The Dutch terms of the work, explained.")

    @Argument(help: "Only terms matching this text.") var query: String?
    @Flag(name: .long, help: "Print the README's Markdown table.") var markdown = false

    func run() throws {
        let entries = Glossary.search(query ?? "")
        if markdown {
            print(GlossaryCommand.markdown(entries))
        } else if entries.isEmpty {
            print("No term matches '\(query ?? "")'.")
        } else {
            for e in entries { print("\(e.term)\n    \(e.explanation)\n") }
        }
    }

    static func markdown(_ entries: [GlossaryEntry]) -> String {
        (["| Term | Meaning |", "| --- | --- |"] + entries.map { "| \($0.term) | \($0.explanation) |" }).joined(separator: "\n")
    }
}
