#if PostgreSQL
import Foundation
import PostgresNIO
import Wijkteam
import WijkteamStore

/// `wijkteam copy`: moves a team's SQLite database into an empty PostgreSQL database, table by
/// table and column for column (the schemas are in step), in one transaction: it arrives whole
/// or not at all. Then it counts the rows on both sides and checks the audit chain on the server.
public enum PostgresCopy {
    /// Parents before the rows that point at them.
    static let order = ["meta", "staff", "household", "person", "network_tie", "care_case", "follow_up", "zrm_score", "plan_goal",
                        "provision", "journal_entry", "signal", "meldcode_step", "setting", "meeting", "decision", "meeting_item",
                        "meeting_minute", "case_member", "audit_log", "audit_head"]

    public struct Report: Sendable {
        public var tables: [(table: String, sqlite: Int, postgres: Int)]
        public var audit: AuditChain.Verification
        public var countsMatch: Bool { tables.allSatisfy { $0.sqlite == $0.postgres } }
    }

    public static func copy(from source: SQLiteStore, to session: PostgresSession) throws -> Report {
        try PostgresMigrator.migrate(session)
        let tables = try source.tableColumns()
        let known = Set(order)
        if let missing = tables.first(where: { !known.contains($0.table) }) {
            throw WijkteamError.invalid("table \(missing.table) has no place in the copy order: add it to PostgresCopy.order")
        }
        let columns = Dictionary(uniqueKeysWithValues: tables.map { ($0.table, $0.columns) })
        for table in order where columns[table] != nil {
            if try !session.rows("SELECT 1 FROM \(table) LIMIT 1").isEmpty {
                throw WijkteamError.invalid("\(session.location) already holds a district (\(table) has rows): copy writes only into an empty database")
            }
        }
        try session.execute("BEGIN")
        do {
            for table in order {
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
        for table in order where columns[table] != nil {
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
        var binds = PostgresBindings(capacity: rows.count * columns.count)
        var tuples: [String] = []
        tuples.reserveCapacity(rows.count)
        var n = 0
        for row in rows {
            var placeholders: [String] = []
            for value in row {
                n += 1
                placeholders.append("$\(n)")
                switch value {
                case .null: binds.appendNull()
                case .integer(let i): binds.append(i)
                case .real(let d): binds.append(d)
                case .text(let s): binds.append(s)
                }
            }
            tuples.append("(" + placeholders.joined(separator: ", ") + ")")
        }
        let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        _ = try session.rows("INSERT INTO \(table) (\(list)) VALUES " + tuples.joined(separator: ", "), binds)
    }

    static func isIdentity(_ table: String, _ session: PostgresSession) throws -> Bool {
        try !session.rows("""
            SELECT 1 FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = '\(table)' AND column_name = 'id' AND is_identity = 'YES'
            """).isEmpty
    }

    /// The audit chain as the server holds it, hashed from the stored text as on SQLite.
    public static func verifyAudit(_ session: PostgresSession) throws -> AuditChain.Verification {
        let links = try session.rows("""
            SELECT id::text, at, account, staff_id, household_id::text, case_id::text, action, detail, result, origin, prev_hash, hash
            FROM audit_log ORDER BY id
            """).map { row -> AuditChain.Link in
            let f = try row.decode((String, String, String, String?, String?, String?, String, String, String, String, String, String).self)
            let fields: [String?] = [f.0, f.1, f.2, f.3, f.4, f.5, f.6, f.7, f.8, f.9, f.10]
            return AuditChain.Link(id: Int(f.0) ?? -1, previousHash: f.10, hash: f.11, canonical: AuditChain.canonical(fields: fields))
        }
        let head = try session.rows("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1").first
            .map { row -> (id: Int, hash: String) in let h = try row.decode((Int, String).self); return (h.0, h.1) }
        return AuditChain.verify(links: links, head: head, hash: AuditDigest.sha256)
    }
}
#endif
