#if PostgreSQL
import Foundation
import PostgresNIO
import Wijkteam
import WijkteamStore

/// `wijkteam copy`: moves a team's SQLite database into an empty PostgreSQL database, table by
/// table and column for column (the schemas are in step), in one transaction: it arrives whole
/// or not at all. Then it counts the rows on both sides and checks the audit chain on the server.
public enum PostgresCopy {
    public struct Report: Sendable {
        public var tables: [(table: String, sqlite: Int, postgres: Int)]
        public var audit: AuditChain.Verification
        public var countsMatch: Bool { tables.allSatisfy { $0.sqlite == $0.postgres } }
    }

    public static func copy(from source: SQLiteStore, to session: PostgresSession) throws -> Report {
        try PostgresMigrator.migrate(session)
        let tables = try source.tableColumns()
        let known = Set(PostgresSchema.tables)
        if let missing = tables.first(where: { !known.contains($0.table) }) {
            throw WijkteamError.invalid("table \(missing.table) has no place in the copy order: add it to PostgresSchema.tables")
        }
        let columns = Dictionary(uniqueKeysWithValues: tables.map { ($0.table, $0.columns) })
        for table in PostgresSchema.tables where columns[table] != nil {
            if try !session.rows("SELECT 1 FROM \(table) LIMIT 1").isEmpty {
                throw WijkteamError.invalid("\(session.location) already holds a district (\(table) has rows): copy writes only into an empty database")
            }
        }
        try session.execute("BEGIN")
        do {
            for table in PostgresSchema.tables {
                guard let names = columns[table] else { continue }
                // A statement takes at most 65,535 parameters.
                try source.exportRows(of: table, columns: names, batch: max(1, 60_000 / names.count)) { rows in
                    try insert(rows, into: table, columns: names, session: session)
                }
                if names.contains("id"), try isIdentity(table, session) {
                    // The next id a new row gets follows the copied ones.
                    _ = try session.rows("SELECT setval(pg_get_serial_sequence('\(table)', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM \(table)")
                }
            }
            try session.execute("COMMIT")
        } catch {
            try? session.execute("ROLLBACK")
            throw error
        }
        var counts: [(String, Int, Int)] = []
        for table in PostgresSchema.tables where columns[table] != nil {
            let copied = try session.rows("SELECT COUNT(*) FROM \(table)").first?.decode(Int.self) ?? -1
            counts.append((table, try source.rowCount(of: table), copied))
        }
        return Report(tables: counts, audit: try verifyAudit(session))
    }

    /// `wijkteam init --db postgres://…`: the district is built as SQLite does it (the same
    /// checks), in a temporary file, and copied from there.
    public static func load(_ data: DistrictData, into session: PostgresSession) throws -> Report {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let staging = try SQLiteStore.create(at: folder.appendingPathComponent("district.sqlite").path, from: data)
        return try copy(from: staging, to: session)
    }

    static func insert(_ rows: [[SQLValue]], into table: String, columns: [String], session: PostgresSession) throws {
        var tuples: [String] = []
        tuples.reserveCapacity(rows.count)
        for r in rows.indices {
            let first = r * columns.count
            tuples.append("(" + (1...columns.count).map { "$\(first + $0)" }.joined(separator: ", ") + ")")
        }
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        _ = try session.rows("INSERT INTO \(table) (\(list)) VALUES " + tuples.joined(separator: ", "),
                             try PostgresRunner.bindings(rows.flatMap { $0 }))
    }

    static func isIdentity(_ table: String, _ session: PostgresSession) throws -> Bool {
        try !session.rows("""
            SELECT 1 FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = '\(table)' AND column_name = 'id' AND is_identity = 'YES'
            """).isEmpty
    }

    /// The audit chain as the server holds it, checked by the same code as on SQLite.
    public static func verifyAudit(_ session: PostgresSession) throws -> AuditChain.Verification {
        try AuditRows.verify(PostgresRunner(session))
    }
}
#endif
