import ArgumentParser
import Foundation
import TerminalKit
import Wijkteam
import WijkteamPostgres
import WijkteamStore

/// `wijkteam copy --from FILE --to postgres://…`: a team's SQLite database onto a PostgreSQL server.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a team's SQLite database into an empty PostgreSQL database, then compare the rows and check the audit chain there.")

    @Option(name: .long, help: "The SQLite database to copy (it is only read).") var from: String
    @Option(name: .long, help: "The PostgreSQL database to copy into: postgres://user@host/database.") var to: String

    func run() throws {
        try runReporting {
            guard PostgresLocation.isPostgresURL(to) else {
                throw CLIError(tr("cli.error.copy.url", to))
            }
            let location = try PostgresLocation(url: to)
            #if PostgreSQL
            // A shared file is what a team moves to its server: copying it is the way out, so it is allowed.
            let source = try SQLiteStore.open(path: from, readOnly: true, allowShared: true)
            let session = try PostgresSession.connect(location)
            defer { session.close() }
            let report = try PostgresCopy.copy(from: source, to: session)
            print(TextWidth.pad(tr("cli.copy.table"), to: 16) + "  " + tr("cli.copy.columns"))
            for t in report.tables {
                print(TextWidth.pad(t.table, to: 16) + "  " + TextWidth.pad(String(t.sqlite), to: 6, alignRight: true)
                      + "  " + TextWidth.pad(String(t.postgres), to: 8, alignRight: true)
                      + (t.sqlite == t.postgres ? "" : "  " + tr("cli.copy.different")))
            }
            let audit = report.audit.ok ? tr("cli.copy.audit.ok", trCount("cli.count.rows", report.audit.rows))
                : tr("cli.copy.audit.broken", report.audit.broken?.id ?? 0, report.audit.broken?.reason ?? "")
            print(tr("cli.copy.audit", location, audit))
            guard report.countsMatch, report.audit.ok else { throw CLIError(tr("cli.error.copy.mismatch", location, from)) }
            #else
            throw CLIError(AppEnvironment.builtWithoutPostgres(location))
            #endif
        }
    }
}
