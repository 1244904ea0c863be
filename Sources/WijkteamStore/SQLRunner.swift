import GRDB

/// What the store's shared SQL needs of a connection inside a transaction: GRDB's `Database`
/// for SQLite, a session on a PostgreSQL server (WijkteamPostgres). The SQL is written once,
/// with `?` placeholders, for schemas kept in step; rows come back as GRDB `Row`s either way,
/// so the mapping code (`Rows`) and the rules around it (audit chain, need-to-know, version
/// checks) are shared too. The city's hot reads keep engine-specific paths.
package protocol SQLRunner {
    func fetchAll(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row]
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws
    /// Rows the last INSERT, UPDATE or DELETE changed.
    var changesCount: Int { get }
    /// The id the next row of `table` gets (its AUTOINCREMENT or identity), taken now.
    func nextID(of table: String) throws -> Int
}

extension SQLRunner {
    package func fetchOne(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> Row? {
        try fetchAll(sql, arguments).first
    }
}

extension Database: SQLRunner {
    package func fetchAll(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row] {
        try Row.fetchAll(self, sql: sql, arguments: StatementArguments(arguments))
    }

    package func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
        try execute(sql: sql, arguments: StatementArguments(arguments))
    }

    /// SQLite hands out AUTOINCREMENT ids one past the highest ever used (`sqlite_sequence`);
    /// inside the writer's transaction nobody else takes it meanwhile.
    package func nextID(of table: String) throws -> Int {
        (try Int.fetchOne(self, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table]) ?? 0) + 1
    }
}
