import ArgumentParser
import Foundation
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
                throw CLIError("--to '\(to)' is not a PostgreSQL URL: postgres://user@host/database")
            }
            let location = try PostgresLocation(url: to)
            #if PostgreSQL
            let source = try SQLiteStore.open(path: from, readOnly: true)
            let session = try PostgresSession.connect(location)
            defer { session.close() }
            let report = try PostgresCopy.copy(from: source, to: session)
            print("table".padding(toLength: 16, withPad: " ", startingAt: 0) + "  sqlite  postgres")
            for t in report.tables {
                print(t.table.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "  %6d  %8d", t.sqlite, t.postgres)
                      + (t.sqlite == t.postgres ? "" : "  DIFFERENT"))
            }
            let audit = report.audit.ok ? "verified (\(report.audit.rows) rows)"
                : "BROKEN at row \(report.audit.broken?.id ?? 0): \(report.audit.broken?.reason ?? "")"
            print("audit chain on \(location): \(audit)")
            guard report.countsMatch, report.audit.ok else { throw CLIError("the copy in \(location) does not match \(from)") }
            #else
            throw CLIError(AppEnvironment.builtWithoutPostgres(location))
            #endif
        }
    }
}
