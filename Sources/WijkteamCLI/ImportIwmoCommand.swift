import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam import iwmo FILE…`: the municipality's iWmo/iJw 301, 305 and 307 messages. Each
/// file is read and checked, then applied as one change or refused whole; the report names
/// every message (applied, duplicate, refused and why).
struct ImportIwmoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iwmo",
        abstract: "Import the municipality's iWmo/iJw messages (301 allocation, 305 start, 307 stop; release 3.x XML).",
        discussion:
            "Each message is matched to a household by the client's birth date, postcode and house number (301) or by its allocation number (305, 307), and sets the provision's allocation, start or end. Each file is applied whole or not at all; a message imported before changes nothing. Team lead only."
    )
    @OptionGroup var common: CommonOptions
    @Argument(help: "The message files (XML, one Bericht each).") var files: [String]
    @Flag(name: .customLong("dry-run"), help: "Check every message and report what would happen; write nothing.") var dryRun = false
    @Flag(name: .long, help: "The report as JSON.") var json = false

    func run() throws {
        var refused = false
        try runReporting {
            let ctx = try common.context()
            let report = try ctx.store.importIwmo(files.map(IwmoParser.read(path:)), dryRun: dryRun, today: ctx.today)
            refused = report.filesRefused > 0
            if json { try printJSON(report) } else { IwmoOutput.show(report) }
        }
        if refused { throw ExitCode(1) }
    }
}

enum IwmoOutput {
    static func show(_ report: IwmoReport) {
        for o in report.outcomes { print(line(o, dryRun: report.dryRun)) }
        let (a, d, r) = (report.count(.applied), report.count(.duplicate), report.count(.refused))
        let summary =
            report.dryRun
            ? tr("cli.iwmo.summary.dry", a, d, r, report.filesApplied, report.filesRefused)
            : tr("cli.iwmo.summary", a, d, r, report.filesApplied, report.filesRefused)
        print(summary)
    }

    static func line(_ o: IwmoOutcome, dryRun: Bool) -> String {
        let head = "\(o.file): \(o.code ?? "—") \(o.message ?? "—")"
        switch o.result {
        case .applied:
            let provisions = o.provisions.map { "#\($0)" }.joined(separator: ", ")
            let household = o.householdID.map(String.init) ?? "—"
            return dryRun ? tr("cli.iwmo.would", head, household, provisions) : tr("cli.iwmo.applied", head, household, provisions)
        case .duplicate:
            return tr("cli.iwmo.duplicate", head)
        case .refused:
            return tr("cli.iwmo.refused", o.reason ?? "")
        }
    }
}
