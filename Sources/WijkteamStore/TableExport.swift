import GRDB

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

    /// Every row of `table` (columns as `tableColumns` names them) as stored, in batches of
    /// `batch` rows, all from one read transaction.
    public func exportRows(of table: String, columns: [String], batch: Int,
                           _ body: ([[SQLValue]]) throws -> Void) throws {
        try read { db in
            let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            var rows: [[SQLValue]] = []
            rows.reserveCapacity(batch)
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY rowid")
            while let row = try cursor.next() {
                rows.append(row.databaseValues.map(SQLiteRow.value))
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
