import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam import signals|caseload FILE`: files that come in through the front door. The
/// file is read and checked first (`file:line: what is wrong`, nothing written), then imported
/// as one change; rows that match several households stop the import unless skipped.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a vroegsignalering partner's arrears list, or a team's caseload, from a CSV file (whole or nothing).",
        subcommands: [ImportSignalsCommand.self, ImportCaseloadCommand.self, ImportIwmoCommand.self])
}

struct ImportFileOptions: ParsableArguments {
    @Argument(help: "The CSV file (',' or ';' separated, UTF-8 with or without BOM).") var file: String
    @Flag(name: .customLong("dry-run"), help: "Match every row and print what would happen; write nothing.") var dryRun = false
    @Option(name: .long, help: "The file's encoding: utf-8 (default), windows-1252 or latin1.") var encoding: String?

    func validate() throws {
        if let encoding, ImportEncoding(rawValue: encoding.lowercased()) == nil {
            throw ValidationError(
                tr("cli.error.oneof", "--encoding", encoding, ImportEncoding.allCases.map(\.rawValue).joined(separator: ", ")))
        }
    }

    func table() throws -> ImportTable {
        try ImportFile.read(path: file, encoding: encoding.flatMap { ImportEncoding(rawValue: $0.lowercased()) })
    }
}

struct ImportSignalsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signals",
        abstract: "Import a vroegsignalering partner's list of households in arrears: each row a signal in triage.",
        discussion:
            "Columns (any order): partner, received, name, birth_date, postcode, house_number, addition, months_in_arrears, amount_in_arrears, reference. Importing the same file twice adds nothing the second time."
    )
    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ImportFileOptions
    @Flag(name: .customLong("skip-ambiguous"), help: "Import the other rows when some match more than one household (those are reported).")
    var skipAmbiguous = false

    func run() throws {
        var refused = false
        try runReporting {
            let ctx = try common.context()
            let rows = try ArrearsRow.parse(try options.table(), today: ctx.today)
            let report = try ctx.store.importSignals(
                rows, file: options.file, skipAmbiguous: skipAmbiguous, dryRun: options.dryRun,
                today: ctx.today)
            refused = ImportOutput.show(report)
        }
        if refused { throw ExitCode(1) }
    }
}

struct ImportCaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "Import a team's caseload from the system it used before: households, members and each one's open case.",
        discussion:
            "Columns (any order): household, postcode, house_number, addition, street, buurt, members, phase, regisseur, question, opened. Members: 'Name (YYYY-MM-DD, role, client)' separated by '|'."
    )
    @OptionGroup var common: CommonOptions
    @OptionGroup var options: ImportFileOptions

    func run() throws {
        var refused = false
        try runReporting {
            let ctx = try common.context()
            let rows = try CaseloadRow.parse(try options.table(), today: ctx.today)
            refused = ImportOutput.show(try ctx.store.importCaseload(rows, file: options.file, dryRun: options.dryRun, today: ctx.today))
        }
        if refused { throw ExitCode(1) }
    }
}

enum ImportOutput {
    /// The report: in a dry run every row, then the counts, then the rows that stop the import
    /// or were skipped. True when the import was refused.
    static func show(_ report: ImportReport) -> Bool {
        if report.dryRun {
            for row in report.rows { print(report.text(row)) }
        }
        print(report.summary)
        let signals = report.kind == .signals
        if report.refused {
            print(tr("cli.import.nothing"))
        } else if report.dryRun {
            print(signals ? trCount("cli.import.would.signals", report.written) : trCount("cli.import.would.cases", report.written))
        } else {
            print(signals ? trCount("cli.import.written.signals", report.written) : trCount("cli.import.written.cases", report.written))
        }
        if !report.dryRun {
            for row in report.problems { print(report.text(row)) }
        }
        guard report.refused else { return false }
        let ambiguous = report.ambiguous.count, conflicts = report.conflicts.count
        if ambiguous > 0 {
            Output.error(
                signals ? trCount("cli.import.refused.ambiguous", ambiguous) : trCount("cli.import.refused.ambiguous_caseload", ambiguous))
        }
        if conflicts > 0 { Output.error(trCount("cli.import.refused.conflicts", conflicts)) }
        return true
    }
}
