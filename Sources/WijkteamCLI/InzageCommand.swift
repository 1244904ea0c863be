import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam inzage PERSON --out FILE`: everything held about one person (AVG art. 15), for the
/// team lead or the privacy officer. The store leaves out what belongs to others and logs the
/// export; the file is written whole or not at all, 0600.
struct InzageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inzage", abstract: "Export everything held about one person (AVG art. 15), for the team lead or privacy officer.",
        discussion: """
            PERSON is a person's id: 'wijkteam household ID --json' shows the members' ids. What belongs to other people is left \
            out (see the README, "The data's life under the AVG"). The export is logged; the file is written whole or not at all, \
            readable by you only (0600).
            """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "The person's id.") var person: Int
    @Option(name: .long, help: "The file to write.") var out: String
    @Option(name: .long, help: "md (a document to hand over, the default) or json.") var format = "md"
    @Flag(name: .long, help: "Replace an existing file.") var force = false

    func validate() throws {
        guard ["md", "json"].contains(format) else { throw ValidationError(tr("cli.inzage.error.format", format)) }
    }

    func run() throws {
        try runReporting {
            // The file's place first: a refused path is not worth an export in the log.
            if !force, FileManager.default.fileExists(atPath: out) { throw CLIError(tr("cli.inzage.error.exists", out)) }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), isFolder.boolValue {
                throw CLIError(tr("cli.error.write", out, tr("cli.inzage.error.folder")))
            }
            let ctx = try common.context()
            let report: InzageReport
            do {
                report = try ctx.store.inzage(personID: person, today: ctx.today)
            } catch WijkteamError.invalid(let message) {
                throw CLIError(message + "; " + tr("cli.inzage.hint.ids"))
            }
            let data = try format == "json" ? Self.json(report) : Data(report.markdown().utf8)
            do {
                try PrivateFiles.write(data, to: out)
            } catch {
                throw CLIError(tr("cli.error.write", out, "\(error)"))
            }
            Output.error(tr("cli.inzage.written", out, report.subject.id))
        }
    }

    /// Stable keys (the report's coding keys), sorted, dates as YYYY-MM-DD.
    static func json(_ report: InzageReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(contentsOf: Array("\n".utf8))
        return data
    }
}
