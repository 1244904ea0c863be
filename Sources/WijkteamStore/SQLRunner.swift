import GRDB

/// What the store's shared SQL needs of a connection inside a transaction: GRDB's `Database`
/// for SQLite, a session on a PostgreSQL server (WijkteamPostgres). The SQL is written once,
/// with `?` placeholders, for schemas kept in step; rows come back as GRDB `Row`s either way,
/// so the mapping code (`Rows`) and the rules around it (`StoreWork`: audit chain,
/// need-to-know, version checks) are shared too.
///
/// Rows from the server are GRDB rows made from a dictionary, without the statement's column
/// order: shared code reads columns by name, or by positions found from each row's own names.
public protocol SQLRunner {
    func fetchAll(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row]
    func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws
    /// Rows the last INSERT, UPDATE or DELETE changed.
    var changesCount: Int { get }
    /// The id the next row of `table` gets (its AUTOINCREMENT or identity), taken now.
    func nextID(of table: String) throws -> Int
    /// Maps each row as it comes: SQLite steps a cursor (no copied rows), the server maps its rows.
    func fetchMapped<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], _ transform: (Row) throws -> T) throws -> [T]
    /// The same, with what `prepare` works out from the column names (positions) handed to
    /// every row. SQLite prepares once per statement; the server's rows once each.
    func fetchMapped<C, T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], prepare: ([String]) -> C,
                           _ transform: (Row, C) throws -> T) throws -> [T]
}

extension SQLRunner {
    package func fetchAll(_ sql: String) throws -> [Row] { try fetchAll(sql, []) }

    package func fetchOne(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []) throws -> Row? {
        try fetchAll(sql, arguments).first
    }

    public func fetchMapped<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?],
                                _ transform: (Row) throws -> T) throws -> [T] {
        try fetchAll(sql, arguments).map(transform)
    }

    public func fetchMapped<C, T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], prepare: ([String]) -> C,
                                   _ transform: (Row, C) throws -> T) throws -> [T] {
        try fetchAll(sql, arguments).map { try transform($0, prepare(Array($0.columnNames))) }
    }

    /// Inserts one row and returns the id it got (`RETURNING id`, which both engines know).
    package func insertReturningID(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> Int {
        guard let row = try fetchOne(sql + " RETURNING id", arguments) else { preconditionFailure("an INSERT returned no row") }
        return row["id"]
    }

    /// The first column of every row, by name.
    package func fetchColumn<V: DatabaseValueConvertible>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [],
                                                          _ column: String, as: V.Type = V.self) throws -> [V] {
        try fetchAll(sql, arguments).compactMap { $0[column] as V? }
    }
}

extension Database: SQLRunner {
    public func fetchAll(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row] {
        try Row.fetchAll(self, sql: sql, arguments: StatementArguments(arguments))
    }

    public func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
        try execute(sql: sql, arguments: StatementArguments(arguments))
    }

    /// SQLite hands out AUTOINCREMENT ids one past the highest ever used (`sqlite_sequence`);
    /// inside the writer's transaction nobody else takes it meanwhile.
    public func nextID(of table: String) throws -> Int {
        (try Int.fetchOne(self, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table]) ?? 0) + 1
    }

    public func fetchMapped<T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?],
                                _ transform: (Row) throws -> T) throws -> [T] {
        try withoutActuallyEscaping(transform) { transform in
            try Row.fetchMapped(self, sql: sql, arguments: StatementArguments(arguments), transform)
        }
    }

    public func fetchMapped<C, T>(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?], prepare: ([String]) -> C,
                                   _ transform: (Row, C) throws -> T) throws -> [T] {
        try withoutActuallyEscaping(transform) { transform in
            try Row.fetchMapped(self, sql: sql, arguments: StatementArguments(arguments), prepare: prepare, transform)
        }
    }
}
