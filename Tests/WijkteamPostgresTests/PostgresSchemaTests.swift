#if PostgreSQL
import Foundation
import GRDB
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// A fresh database on the test server (`WIJKTEAM_TEST_POSTGRES`, set by script/test-postgres),
/// dropped when done.
struct ScratchDatabase {
    let server: PostgresLocation
    let location: PostgresLocation

    init() throws {
        guard let url = ProcessInfo.processInfo.environment["WIJKTEAM_TEST_POSTGRES"] else {
            throw WijkteamError.invalid("WIJKTEAM_TEST_POSTGRES is not set: run these tests with script/test-postgres, which starts a server")
        }
        server = try PostgresLocation(url: url)
        var location = server
        location.database = "wk_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresSession.connect(server)
        defer { admin.close() }
        try admin.execute("CREATE DATABASE \(location.database)")
        self.location = location
    }

    func drop() {
        guard let admin = try? PostgresSession.connect(server) else { return }
        try? admin.execute("DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)")
        admin.close()
    }
}

@Suite struct PostgresSchemaTests {
    /// Tables with their columns, and index and trigger names, as SQLite has them after its
    /// migrations, less what only SQLite has (its FTS5 tables and their triggers, its own
    /// bookkeeping).
    func sqliteSchema() throws -> (columns: Set<String>, indexes: Set<String>) {
        var generator = DistrictGenerator(seed: 1, size: .city(households: 100), today: Day("2026-11-20")!)
        let store = try SQLiteStore.create(at: FileManager.default.temporaryDirectory
            .appendingPathComponent("wijkteam-pg-\(UUID().uuidString)/w.sqlite").path, from: generator.generate())
        var columns = Set<String>()
        for (table, names) in try store.tableColumns() { for n in names { columns.insert("\(table).\(n)") } }
        let indexes = try store.pool.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')
                AND name NOT LIKE 'sqlite_autoindex%' AND name NOT LIKE 'journal_fts%'
                """))
        }
        return (columns, indexes)
    }

    func postgresSchema(_ s: PostgresSession) throws -> (columns: Set<String>, indexes: Set<String>) {
        let columns = Set(try s.rows("""
            SELECT table_name || '.' || column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
            """).map { try $0.decode(String.self) })
        // Indexes a key or UNIQUE constraint makes are SQLite's autoindexes: left out on both sides.
        let indexes = Set(try s.rows("""
            SELECT indexname FROM pg_indexes WHERE schemaname = 'public'
            AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' AND indexname <> 'journal_fts'
            UNION SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname NOT LIKE '%\\_changed'
            """).map { try $0.decode(String.self) })
        return (columns, indexes)
    }

    @Test func theSchemaIsInStepWithSQLites() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        #expect(try PostgresMigrator.migrate(session) == PostgresSchema.migrations.map(\.identifier))
        let (pgColumns, pgIndexes) = try postgresSchema(session)
        let (liteColumns, liteIndexes) = try sqliteSchema()
        #expect(pgColumns.count > 100)
        #expect(pgColumns.subtracting(liteColumns).isEmpty, "only on PostgreSQL: \(pgColumns.subtracting(liteColumns).sorted())")
        #expect(liteColumns.subtracting(pgColumns).isEmpty, "only on SQLite: \(liteColumns.subtracting(pgColumns).sorted())")
        #expect(pgIndexes == liteIndexes, "PostgreSQL \(pgIndexes.subtracting(liteIndexes).sorted()), SQLite \(liteIndexes.subtracting(pgIndexes).sorted())")
        // Full-text search has its own index on PostgreSQL.
        #expect(try session.rows("SELECT 1 FROM pg_indexes WHERE indexname = 'journal_fts'").count == 1)
    }

    @Test func migratingAgainAppliesNothingAndANewerDatabaseIsRefused() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        try PostgresMigrator.migrate(session)
        #expect(try PostgresMigrator.migrate(session).isEmpty)
        try session.execute("INSERT INTO schema_migrations VALUES ('v99-from-the-future')")
        #expect { try PostgresMigrator.migrate(session) } throws: { "\($0)".contains("v99-from-the-future") && "\($0)".contains("newer version") }
    }

    /// The trigger keeps a case's last contact, as SQLite's does.
    @Test func aJournalEntryMovesTheCasesLastContact() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let s = try PostgresSession.connect(scratch.location)
        defer { s.close() }
        try PostgresMigrator.migrate(s)
        try s.execute("""
            INSERT INTO household (id, name, street, number, buurt, wijk) VALUES (1, 'Huishouden Test', 'Teststraat', '1', 'Noord', 'Oost');
            INSERT INTO care_case (id, household_id, opened, source, presenting, domains, phase) VALUES (7, 1, '2026-01-05', 'self', 'q', 'financien', 'plan');
            INSERT INTO journal_entry (case_id, date, kind, text) VALUES (7, '2026-03-01', 'contact', 'a');
            INSERT INTO journal_entry (case_id, date, kind, text) VALUES (7, '2026-02-01', 'contact', 'b');
            """)
        #expect(try s.rows("SELECT last_contact FROM care_case WHERE id = 7").first?.decode(String.self) == "2026-03-01")
    }

    @Test func aServerThatIsNotThereSaysWhereItLooked() throws {
        let nowhere = try PostgresLocation(url: "postgres://wijkteam@/postgres?host=/nonexistent-dir")
        #expect { try PostgresSession.connect(nowhere) } throws: { "\($0)".contains("cannot connect to postgres://wijkteam@/postgres") }
    }
}
#endif
