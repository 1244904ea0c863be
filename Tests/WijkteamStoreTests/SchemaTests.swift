import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The migrations are written once for both engines (`Schema.migrations`): each gives SQL for
/// each engine it runs on, and SQLite's comes out as the text it had before the schema was
/// shared, so existing databases keep migrating forward to the same schema. (Both engines
/// ending at the same tables, columns and indexes is checked on a server, in
/// WijkteamPostgresTests.)
@Suite struct SchemaTests {
    static let dialects: [Schema.Dialect] = [.sqlite(fullTextSearch: true), .sqlite(fullTextSearch: false), .postgres]

    /// The identifiers both engines have recorded in databases that exist: they never change.
    @Test func theIdentifiersAreTheShippedOnesInTheirOrder() {
        let shipped = [
            "v1-district", "v2-triage", "v3-meeting", "v4-casework", "v5-speed-search", "v6-board-outline",
            "pg1-change-signal", "pg2-change-sender", "v7-search-folding", "v8-audit-case", "v9-front-door", "v10-household-search",
            "v11-audit-seals",
            "v12-access-grants", "v13-team", "v14-avg", "v15-method", "v16-plan", "v17-monitor",
            "v18-proactive-contacts", "v19-journal-by-date", "v20-proactive-contacts-by-day",
        ]
        #expect(Schema.migrations.map(\.identifier) == shipped)
        #expect(Schema.migrator.migrations == shipped.filter { !$0.hasPrefix("pg") })
        // Only PostgreSQL's own steps are left out on SQLite, and only v18's index (which holds
        // free text), v19's (PostgreSQL searches with its own function) and v20's (SQLite's read
        // of the proactive contacts) on PostgreSQL.
        for m in Schema.migrations {
            #expect(m.runs(on: .postgres) == !Schema.sqliteOnlyIndexes.keys.contains(m.identifier), "\(m.identifier)")
            #expect(m.runs(on: .sqlite) == !m.identifier.hasPrefix("pg"), "\(m.identifier)")
        }
    }

    @Test func everyMigrationHasSQLForEveryEngineItRunsOn() {
        for m in Schema.migrations {
            for d in Self.dialects {
                let steps = m.steps(d)
                if !m.runs(on: d.engine) {
                    #expect(steps.isEmpty, "\(m.identifier) runs on one engine only")
                    continue
                }
                let sql = steps.compactMap { step -> String? in if case .sql(let s) = step { return s } else { return nil } }
                #expect(!sql.isEmpty, "\(m.identifier) has no SQL for \(d.engine)")
                for script in sql {
                    let code = script.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }.joined(separator: "\n")
                    #expect(["CREATE", "ALTER", "UPDATE", "DROP"].contains { code.hasPrefix($0) }, "\(m.identifier) \(d.engine): \(script.prefix(40))")
                    // Every token was filled in: no dialect word is left for the other engine.
                    let foreign = d.engine == .sqlite ? ["BIGINT", "DOUBLE PRECISION", "IDENTITY", "plpgsql", "gin ("]
                                                      : ["AUTOINCREMENT", "REAL", "fts5", " BEGIN\n"]
                    for word in foreign { #expect(!script.contains(word), "\(m.identifier) \(d.engine): \(word)") }
                }
            }
        }
        // The folds (search_text, which SQL cannot compute) are done on both engines, once each.
        for d in Self.dialects {
            let folds = Schema.migrations.flatMap { $0.steps(d) }.filter { if case .fold = $0 { true } else { false } }
            #expect(
                folds == [
                    .fold(Schema.Fold(table: "journal_entry", column: "text", into: "search_text")),
                    .fold(Schema.Fold(table: "household", column: Schema.householdSearchSource(d), into: "search_text")),
                ])
        }
    }

    /// `sqlite_master` as "type name table", then the SQL, a blank line between entries.
    static func master(_ db: Database) throws -> String {
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").map { row in
            "\(row["type"] as String) \(row["name"] as String) \(row["tbl_name"] as String)\n\(row["sql"] as String? ?? "NULL")\n"
        }.joined(separator: "\n")
    }

    /// Tests/Fixtures/sqlite-schema-v8.txt is `sqlite_master` of a database that main made
    /// (`wijkteam init`) before the schema was shared, at v8-audit-case.
    static func shippedMaster(fullTextSearch: Bool) throws -> String {
        let text = try String(contentsOf: Fixtures.repoRoot.appendingPathComponent("Tests/Fixtures/sqlite-schema-v8.txt"), encoding: .utf8)
        let entries = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }.filter { !$0.isEmpty }
        return entries.filter { fullTextSearch || !$0.contains("journal_fts") }.map { $0 + "\n" }.joined(separator: "\n")
    }

    /// Up to v8-audit-case (later migrations add to it).
    @Test func aNewSQLiteDatabaseHasTheSchemaMainMadeByteForByte() throws {
        let queue = try DatabaseQueue(path: Fixtures.tempDir().appendingPathComponent("s.sqlite").path)
        try Schema.migrator.migrate(queue, upTo: "v8-audit-case")
        let (master, fts) = try queue.read { db in
            (try Self.master(db), try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true)
        }
        let shipped = try Self.shippedMaster(fullTextSearch: fts)
        #expect(master == shipped)
        if master != shipped {
            let a = master.components(separatedBy: "\n"), b = shipped.components(separatedBy: "\n")
            let i = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? min(a.count, b.count)
            Issue.record("first difference at line \(i + 1): \(i < a.count ? a[i] : "(end)") | shipped: \(i < b.count ? b[i] : "(end)")")
        }
    }

    /// An SQLite without FTS5 runs the same migrations to the same schema, less the full-text
    /// table and its triggers (search falls back to LIKE).
    @Test func withoutFTS5TheSchemaIsTheSameLessTheFullTextTable() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            for m in Schema.migrations.prefix(through: Schema.migrations.firstIndex { $0.identifier == "v8-audit-case" }!) where m.runs(on: .sqlite) {
                for step in m.steps(.sqlite(fullTextSearch: false)) {
                    switch step {
                    case .sql(let sql): try db.execute(sql: sql)
                    case .fold(let fold): try Schema.fill(fold, db)
                    }
                }
            }
        }
        // GRDB's bookkeeping table is the migrator's, not the schema's.
        let shipped = try Self.shippedMaster(fullTextSearch: false).components(separatedBy: "\n\n")
            .filter { !$0.contains("grdb_migrations") }.joined(separator: "\n\n")
        #expect(try queue.read(Self.master) == shipped)
    }
}
