#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore
import WijkteamTestSupport

/// Issue 25, item 4 on PostgreSQL: one team's schemas backed up with the server's own
/// `pg_dump` and brought back with `pg_restore`, as the README says, then opened by the app.
@Suite(.serialized) struct TeamDumpRestoreTests {
    typealias Team = TeamServerTests.Team

    /// A PostgreSQL client program of the newest installed server (the one script/postgres runs).
    static func tool(_ name: String) throws -> String {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let newest = versions.compactMap { v in Int(v).map { ($0, "\(root)/\(v)/bin/\(name)") } }.sorted { $0.0 > $1.0 }
        if let found = newest.first(where: { FileManager.default.isExecutableFile(atPath: $0.1) }) { return found.1 }
        throw WijkteamError.invalid("\(name) is not installed under \(root): script/postgres installs postgresql")
    }

    /// Runs a client program; its error output when it fails.
    static func run(_ name: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try tool(name))
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WijkteamError.invalid("\(name) failed (\(process.terminationStatus)): \(String(decoding: said, as: UTF8.self))")
        }
    }

    /// Every table's row count and a digest of its rows, as the administrator finds them.
    static func contents(_ team: Team) throws -> [String: String] {
        let admin = try PostgresSession.connect(team.scratch.location)
        defer { admin.close() }
        var found: [String: String] = [:]
        for table in PostgresSchema.tables {
            let t = "\(team.names.data).\(table)"
            found[table] = try admin.rows(
                "SELECT COUNT(*)::text || ':' || md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) FROM \(t) x"
            )
            .first?.decode(String.self)
        }
        return found
    }

    @Test func aTeamsSchemasComeBackWithTheirGuardAndTheirLog() throws {
        let team = try Team()
        defer { team.drop() }
        let n = team.names
        // Some of the team's life first: logged reads, a change, a reason for reading.
        let daan = try team.psql("daan")
        try daan.execute("SELECT audit_append(3, 3, 'open_household', '', 'allowed', 'psql')")
        try daan.execute(
            "INSERT INTO network_tie (household_id, name, sector, relation, strength) VALUES (3, 'Oma 👵 Łucja', 'family', 'gran', 'strong')"
        )
        daan.close()
        let households = "SELECT COUNT(*) FROM household"
        let karinSees = try team.once("karin") { try TeamServerTests.count($0, households) }
        #expect(try karinSees < team.once("fatima") { try TeamServerTests.count($0, households) })
        let before = try Self.contents(team)
        #expect(before["audit_log"]?.hasPrefix("0:") == false)

        let folder = Scratch.folder("dump")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("team.dump").path
        let url = team.scratch.location.description
        // The README's commands: both schemas, custom format, without the sessions' markers.
        try Self.run(
            "pg_dump",
            [
                "--dbname=\(url)", "--schema=\(n.data)", "--schema=\(n.guardSchema)", "--format=custom",
                "--exclude-table-data=\(n.guardSchema).opened", "--file=\(file)",
            ])
        let admin = try PostgresSession.connect(team.scratch.location)
        defer { admin.close() }
        try admin.execute("DROP SCHEMA \(n.guardSchema) CASCADE; DROP SCHEMA \(n.data) CASCADE")
        #expect { try PostgresStore.openAsColleague(team.location("fatima"), origin: "test") } throws: { _ in true }
        try Self.run("pg_restore", ["--dbname=\(url)", "--single-transaction", "--exit-on-error", file])
        #expect(try Self.contents(team) == before)
        try Self.expectTheTeamWorks(team, karinSees: karinSees)

        // Over a schema still there (a day's work to undo): --clean drops what the dump holds first.
        try team.once("fatima") { try $0.execute("SELECT audit_append(3, NULL, 'open_household', 'after the dump', 'allowed', 'psql')") }
        #expect(try Self.contents(team) != before)
        try Self.run("pg_restore", ["--dbname=\(url)", "--clean", "--if-exists", "--single-transaction", "--exit-on-error", file])
        #expect(try Self.contents(team) == before)
        try Self.expectTheTeamWorks(team, karinSees: karinSees)
    }

    /// The app opens the restored team: the chain verifies and goes on, need-to-know holds.
    static func expectTheTeamWorks(_ team: Team, karinSees: Int) throws {
        let (store, staff) = try PostgresStore.openAsColleague(team.location("fatima"), origin: "test")
        #expect(staff.id == "fatima" && store.isGuarded)
        #expect(try store.verifyAudit().ok)
        let record = try store.household(id: 3, access: .household)
        #expect(record.journal.contains { $0.sensitive && !$0.text.isEmpty })
        #expect(try store.verifyAudit().ok)
        let daan = try team.psql("daan")
        defer { daan.close() }
        #expect(try TeamServerTests.count(daan, "SELECT COUNT(*) FROM journal_entry WHERE sensitive = 1 AND text <> ''") == 0)
        #expect(TeamServerTests.refused(daan, "DELETE FROM audit_log")?.contains("permission denied") == true)
        #expect(TeamServerTests.refused(daan, "SELECT text FROM \(team.names.data).journal_entry")?.contains("permission denied") == true)
        #expect(try team.once("karin") { try TeamServerTests.count($0, "SELECT COUNT(*) FROM household") } == karinSees)
    }
}
#endif
