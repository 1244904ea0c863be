import GRDB
import Wijkteam

/// A stored value as SQLite holds it, for moving rows to another database unchanged.
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

extension SQLiteStore {
    /// The tables this database's migrations made, with their columns in declared order (not
    /// SQLite's own, GRDB's migration list or the full-text index's tables).
    public func tableColumns() throws -> [(table: String, columns: [String])] {
        try read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'journal_fts%' AND name <> 'grdb_migrations'
                ORDER BY name
                """)
            return try tables.map { t in (t, try Row.fetchAll(db, sql: "PRAGMA table_info(\(t))").map { $0["name"] as String }) }
        }
    }

    /// Every row of `table` (columns as `tableColumns` names them), in batches of `batch` rows,
    /// all from one read transaction.
    public func exportRows(of table: String, columns: [String], batch: Int,
                           _ body: ([[SQLValue]]) throws -> Void) throws {
        try read { db in
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            var rows: [[SQLValue]] = []
            rows.reserveCapacity(batch)
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY rowid")
            while let row = try cursor.next() {
                var values: [SQLValue] = []
                values.reserveCapacity(columns.count)
                for (i, column) in columns.enumerated() {
                    switch (row[i] as DatabaseValue).storage {
                    case .null: values.append(.null)
                    case .int64(let n): values.append(.integer(n))
                    case .double(let d): values.append(.real(d))
                    case .string(let s): values.append(.text(s))
                    case .blob: throw WijkteamError.invalid("\(table).\(column) holds bytes, which no wijkteam column does: not copied")
                    }
                }
                rows.append(values)
                if rows.count == batch { try body(rows); rows.removeAll(keepingCapacity: true) }
            }
            if !rows.isEmpty { try body(rows) }
        }
    }

    /// Rows per table.
    public func rowCount(of table: String) throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0 }
    }
}

/// SHA-256 as the audit chain writes it (lower-case hex), for stores that check a chain they hold.
public enum AuditDigest {
    public static func sha256(_ text: String) -> String { AuditRows.sha256(text) }
}
