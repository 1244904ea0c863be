#if PostgreSQL
import Foundation
import GRDB
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore
import WijkteamTestSupport

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
        let store = try SQLiteStore.create(at: Scratch.folder("pg").appendingPathComponent("w.sqlite").path, from: generator.generate())
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
        let (liteColumns, liteAllIndexes) = try sqliteSchema()
        // What only SQLite's reads need is left out on the server (`Schema.sqliteOnlyIndexes`).
        let liteIndexes = liteAllIndexes.subtracting(Schema.sqliteOnlyIndexes.values)
        #expect(liteAllIndexes.isSuperset(of: Schema.sqliteOnlyIndexes.values))
        #expect(pgColumns.count > 100)
        #expect(pgColumns.subtracting(liteColumns).isEmpty, "only on PostgreSQL: \(pgColumns.subtracting(liteColumns).sorted())")
        #expect(liteColumns.subtracting(pgColumns).isEmpty, "only on SQLite: \(liteColumns.subtracting(pgColumns).sorted())")
        #expect(pgIndexes == liteIndexes, "PostgreSQL \(pgIndexes.subtracting(liteIndexes).sorted()), SQLite \(liteIndexes.subtracting(pgIndexes).sorted())")
        // Full-text search has its own index on PostgreSQL.
        #expect(try session.rows("SELECT 1 FROM pg_indexes WHERE indexname = 'journal_fts'").count == 1)
    }

    /// Tables, columns (name, position, type class, not-null, default, handed-out ids), keys,
    /// unique constraints, indexes (name, table, columns, unique, partial) and triggers, one
    /// line each, as both engines end after every migration (`Schema.migrations`, written once).
    /// What each engine has of its own is left out here and checked below.
    struct Shape: Equatable {
        var tables: Set<String> = [], columns: Set<String> = [], indexes: Set<String> = [], triggers: Set<String> = []
    }

    static func sqliteShape(_ store: SQLiteStore) throws -> Shape {
        try store.pool.read { db in
            var shape = Shape()
            shape.tables = Set(try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'journal_fts%' AND name <> 'grdb_migrations'
                """))
            for table in shape.tables {
                let serial = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [table])?
                    .contains("AUTOINCREMENT") == true
                var key: [(Int, String)] = []
                for c in try Row.fetchAll(db, sql: "SELECT * FROM pragma_table_info(?)", arguments: [table]) {
                    let name: String = c["name"], declared = (c["type"] as String).uppercased(), pk: Int = c["pk"]
                    let type = declared.contains("INT") ? "integer" : declared == "REAL" ? "real" : declared == "TEXT" ? "text" : declared
                    var line = "\(table) \(c["cid"] as Int) \(name) \(type)"
                    // A key column is never null, though SQLite's INTEGER PRIMARY KEY does not say so.
                    if c["notnull"] as Int == 1 || pk > 0 { line += " not null" }
                    if let d = c["dflt_value"] as String? { line += " default \(d)" }
                    if serial && pk == 1 { line += " serial" }
                    shape.columns.insert(line)
                    if pk > 0 { key.append((pk, name)) }
                }
                if !key.isEmpty { shape.indexes.insert("primary key \(table)(\(key.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ", ")))") }
                for i in try Row.fetchAll(db, sql: "SELECT * FROM pragma_index_list(?)", arguments: [table]) {
                    let name: String = i["name"], origin: String = i["origin"]
                    let columns = try Row.fetchAll(db, sql: "SELECT * FROM pragma_index_info(?) ORDER BY seqno", arguments: [name])
                        .map { ($0["name"] as String?) ?? "<expression>" }.joined(separator: ", ")
                    switch origin {
                    case "pk": continue  // the key, above
                    case "u": shape.indexes.insert("unique constraint \(table)(\(columns))")
                    case _ where Schema.sqliteOnlyIndexes.values.contains(name): continue  // SQLite's own
                    default:
                        shape.indexes.insert("index \(name) on \(table)\(i["unique"] as Int == 1 ? " unique" : "")(\(columns))"
                                             + (i["partial"] as Int == 1 ? " partial" : ""))
                    }
                }
            }
            shape.triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'journal_fts%'"))
            return shape
        }
    }

    static func postgresShape(_ s: PostgresSession) throws -> Shape {
        func strings(_ sql: String) throws -> Set<String> { Set(try s.rows(sql).map { try $0.decode(String.self) }) }
        var shape = Shape()
        shape.tables = try strings("""
            SELECT table_name::text FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
            """)
        shape.columns = try strings("""
            SELECT table_name::text || ' ' || (ordinal_position - 1)::text || ' ' || column_name::text || ' ' ||
                CASE WHEN data_type IN ('smallint', 'integer', 'bigint') THEN 'integer'
                     WHEN data_type IN ('real', 'double precision', 'numeric') THEN 'real'
                     ELSE data_type::text END
                || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END
                || COALESCE(' default ' || regexp_replace(column_default::text, '::[a-z ]+$', ''), '')
                || CASE WHEN is_identity = 'YES' THEN ' serial' ELSE '' END
            FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'
            """)
        // pg_indexes names them; pg_index has their columns (0 in indkey: an expression).
        shape.indexes = try strings("""
            SELECT CASE WHEN ix.indisprimary THEN 'primary key ' || t.relname::text
                        WHEN EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ix.indexrelid AND k.contype = 'u')
                            THEN 'unique constraint ' || t.relname::text
                        ELSE 'index ' || c.relname::text || ' on ' || t.relname::text || CASE WHEN ix.indisunique THEN ' unique' ELSE '' END END
                || '(' || array_to_string(ARRAY(
                    SELECT CASE WHEN ix.indkey[k - 1] = 0 THEN '<expression>' ELSE pg_get_indexdef(ix.indexrelid, k, true) END
                    FROM generate_series(1, ix.indnatts) AS k ORDER BY k), ', ') || ')'
                || CASE WHEN ix.indpred IS NOT NULL AND NOT ix.indisprimary THEN ' partial' ELSE '' END
            FROM pg_indexes p
            JOIN pg_class c ON c.relname = p.indexname AND c.relnamespace = p.schemaname::text::regnamespace
            JOIN pg_index ix ON ix.indexrelid = c.oid
            JOIN pg_class t ON t.oid = ix.indrelid
            WHERE p.schemaname = current_schema() AND p.tablename <> 'schema_migrations' AND p.indexname <> 'journal_fts'
            """)
        shape.triggers = try strings("""
            SELECT tgname::text FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
            WHERE NOT g.tgisinternal AND c.relnamespace = current_schema()::text::regnamespace AND right(tgname::text, 8) <> '_changed'
            """)
        return shape
    }

    @Test func bothEnginesEndAtTheSameTablesColumnsAndIndexes() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        try PostgresMigrator.migrate(session)
        var generator = DistrictGenerator(seed: 1, size: .city(households: 100), today: Day("2026-11-20")!)
        let store = try SQLiteStore.create(at: Scratch.folder("pg").appendingPathComponent("w.sqlite").path, from: generator.generate())
        let lite = try Self.sqliteShape(store), pg = try Self.postgresShape(session)
        #expect(lite.tables == Set(Schema.tables))
        #expect(pg.tables == lite.tables, "only on PostgreSQL: \(pg.tables.subtracting(lite.tables).sorted()), only on SQLite: \(lite.tables.subtracting(pg.tables).sorted())")
        #expect(lite.columns.count > 150)
        #expect(pg.columns == lite.columns, "only on PostgreSQL: \(pg.columns.subtracting(lite.columns).sorted()), only on SQLite: \(lite.columns.subtracting(pg.columns).sorted())")
        #expect(lite.indexes.contains("index meeting_one_open on meeting unique(<expression>) partial"))
        #expect(lite.indexes.contains("unique constraint staff(account)"))
        #expect(lite.indexes.contains("primary key zrm_score(person_id, domain, date)"))
        #expect(pg.indexes == lite.indexes, "only on PostgreSQL: \(pg.indexes.subtracting(lite.indexes).sorted()), only on SQLite: \(lite.indexes.subtracting(pg.indexes).sorted())")
        #expect(!lite.triggers.isEmpty && pg.triggers == lite.triggers)
        // Each engine's own: SQLite's FTS5 table (when compiled in) and PostgreSQL's GIN index
        // for full-text search over the folded text; PostgreSQL's change notices.
        let fts = try store.pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true
                ? try db.columns(in: "journal_fts").map(\.name) : ["search_text"]
        }
        #expect(fts == ["search_text"])
        #expect(try session.rows("SELECT indexdef FROM pg_indexes WHERE indexname = 'journal_fts'").first?.decode(String.self)
                    .contains("to_tsvector('simple'::regconfig, search_text)") == true)
        let announced = try Self.strings(session, "SELECT tgname::text FROM pg_trigger WHERE right(tgname::text, 8) = '_changed'")
        #expect(announced == Set(Schema.announcedTables.map { $0 + "_changed" }))
    }

    static func strings(_ s: PostgresSession, _ sql: String) throws -> Set<String> {
        Set(try s.rows(sql).map { try $0.decode(String.self) })
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
