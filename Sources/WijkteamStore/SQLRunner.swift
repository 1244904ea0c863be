import Foundation
import GRDB

/// What the store's shared SQL needs of a connection inside a transaction: GRDB's `Database`
/// for SQLite, a session on a PostgreSQL server (WijkteamPostgres). The SQL is written once,
/// with `?` placeholders, for schemas kept in step (`Schema.migrations`); values go in as
/// `SQLArgument`s and rows come back as the engine's `SQLRow`, read by column name or position
/// with the same subscripts, so the mapping code (`Rows`) and the rules around it (`StoreWork`:
/// audit chain, need-to-know, version checks) are shared too. No GRDB type is part of it: the
/// PostgreSQL store does not use GRDB.
public protocol SQLRunner {
    associatedtype FetchedRow: SQLRow
    func fetchAll(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> [FetchedRow]
    func execute(_ sql: String, _ arguments: [(any SQLArgument)?]) throws
    /// Rows the last INSERT, UPDATE or DELETE changed.
    var changesCount: Int { get }
    /// The id the next row of `table` gets (its AUTOINCREMENT or identity), taken now.
    func nextID(of table: String) throws -> Int
    /// Maps each row as it comes: SQLite steps a cursor (no copied rows), the server maps its rows.
    func fetchMapped<T>(_ sql: String, _ arguments: [(any SQLArgument)?], _ transform: (FetchedRow) throws -> T) throws -> [T]
    /// The same, with what `prepare` works out from the column names (positions) handed to
    /// every row. SQLite prepares once per statement; the server once per statement too (its
    /// rows carry the statement's columns in order).
    func fetchMapped<C, T>(_ sql: String, _ arguments: [(any SQLArgument)?], prepare: ([String]) -> C,
                           _ transform: (FetchedRow, C) throws -> T) throws -> [T]
    /// A team's PostgreSQL server that keeps the access log itself (`TeamGuard`): rows are
    /// appended by the server's `audit_append`, under the session's own login, and a journal's
    /// text is given only after its reading was logged.
    var auditedOnServer: Bool { get }
}

extension SQLRunner {
    public var auditedOnServer: Bool { false }
}

/// A value as the shared SQL binds it and reads it back, whatever the engine: SQLite's storage
/// classes (the schemas keep integers, reals and text alike on both engines).
public enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// What may be bound to a `?`.
public protocol SQLArgument {
    var sqlValue: SQLValue { get }
}

/// What a column may be read as: nil when the stored value is not one (NULL included). A number
/// reads as text and numeric text as a number, as SQLite converts them when GRDB reads a column.
public protocol SQLColumnValue {
    static func decode(_ value: SQLValue) -> Self?
    /// SQLite's reads: by default through `decode`; the plain types read the statement's
    /// column straight (GRDB's fast path, no value in between).
    static func read(_ row: SQLiteRow, at index: Int) -> Self?
    static func read(_ row: SQLiteRow, named name: String) -> Self?
}

extension SQLColumnValue {
    public static func read(_ row: SQLiteRow, at index: Int) -> Self? { decode(row.value(at: index)) }
    public static func read(_ row: SQLiteRow, named name: String) -> Self? { row.value(named: name).flatMap(decode) }
}

/// The plain types as GRDB reads them from a statement.
public protocol SQLiteFastColumn: SQLColumnValue, DatabaseValueConvertible, StatementColumnConvertible {}

extension SQLiteFastColumn {
    /// NULL is asked first, then the value as `Self`: asked as `Self?`, GRDB's generic code (in its
    /// own module) made `Optional<Self>`'s type metadata at every read, a third of the reads' time.
    /// The same answers: nil for NULL, a value SQLite cannot give as `Self` stops as GRDB stopped.
    public static func read(_ row: SQLiteRow, at index: Int) -> Self? {
        row.row.hasNull(atIndex: index) ? nil : row.row[index] as Self
    }

    public static func read(_ row: SQLiteRow, named name: String) -> Self? {
        row.positions.index(of: name).flatMap { read(row, at: $0) }
    }
}

extension Int: SQLiteFastColumn {}
extension Int64: SQLiteFastColumn {}
extension Double: SQLiteFastColumn {}
extension Bool: SQLiteFastColumn {}
extension String: SQLiteFastColumn {}

/// A row of a result, read by column name (`row["name"] as String`) or position
/// (`row[0] as Int`); an optional type reads NULL as nil. Reading NULL or a value of another
/// kind as a non-optional type is a programming error, as it is in GRDB.
public protocol SQLRow: SendableMetatype {
    /// The statement's columns, in order.
    var columnNames: [String] { get }
    /// The value at `index` (in `columnNames`' order).
    func value(at index: Int) -> SQLValue
    /// The value of the column named `name` (the first of that name, in any case), nil when
    /// there is none (an engine may also say NULL then).
    func value(named name: String) -> SQLValue?
    subscript<V: SQLColumnValue>(_ index: Int) -> V { get }
    subscript<V: SQLColumnValue>(_ index: Int) -> V? { get }
    subscript<V: SQLColumnValue>(_ name: String) -> V { get }
    subscript<V: SQLColumnValue>(_ name: String) -> V? { get }
}

extension SQLRow {
    public subscript<V: SQLColumnValue>(_ index: Int) -> V {
        guard let v = V.decode(value(at: index)) else {
            preconditionFailure("column \(columnNames[index]) holds \(value(at: index)), not a \(V.self)")
        }
        return v
    }

    public subscript<V: SQLColumnValue>(_ index: Int) -> V? {
        V.decode(value(at: index))
    }

    public subscript<V: SQLColumnValue>(_ name: String) -> V {
        guard let found = value(named: name) else { preconditionFailure("no column \(name) in \(columnNames)") }
        guard let v = V.decode(found) else { preconditionFailure("column \(name) holds \(found), not a \(V.self)") }
        return v
    }

    /// nil for NULL, and for a column the row does not have (as GRDB's rows do).
    public subscript<V: SQLColumnValue>(_ name: String) -> V? {
        value(named: name).flatMap(V.decode)
    }
}

extension SQLValue: SQLArgument, SQLColumnValue {
    public var sqlValue: SQLValue { self }
    public static func decode(_ value: SQLValue) -> SQLValue? { value }
}

extension Int: SQLArgument, SQLColumnValue {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
    public static func decode(_ value: SQLValue) -> Int? {
        switch value {
        case .integer(let i): Int(exactly: i)
        case .real(let d): Int(exactly: d)
        case .text(let s): Int(s)
        default: nil
        }
    }
}

extension Int64: SQLArgument, SQLColumnValue {
    public var sqlValue: SQLValue { .integer(self) }
    public static func decode(_ value: SQLValue) -> Int64? { Int.decode(value).map(Int64.init) }
}

extension Double: SQLArgument, SQLColumnValue {
    public var sqlValue: SQLValue { .real(self) }
    public static func decode(_ value: SQLValue) -> Double? {
        switch value {
        case .integer(let i): Double(i)
        case .real(let d): d
        case .text(let s): Double(s)
        default: nil
        }
    }
}

extension Bool: SQLArgument, SQLColumnValue {
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
    public static func decode(_ value: SQLValue) -> Bool? {
        switch value {
        case .integer(let i): i != 0
        case .real(let d): d != 0
        case .text(let s): Int(s).map { $0 != 0 }
        default: nil
        }
    }
}

extension String: SQLArgument, SQLColumnValue {
    public var sqlValue: SQLValue { .text(self) }
    public static func decode(_ value: SQLValue) -> String? {
        switch value {
        case .text(let s): s
        case .integer(let i): String(i)
        case .real(let d): String(d)
        case .blob(let b): String(bytes: b, encoding: .utf8)
        case .null: nil
        }
    }
}

extension SQLRunner {
    package func fetchAll(_ sql: String) throws -> [FetchedRow] { try fetchAll(sql, []) }

    package func fetchOne(_ sql: String, _ arguments: [(any SQLArgument)?] = []) throws -> FetchedRow? {
        try fetchAll(sql, arguments).first
    }

    public func fetchMapped<T>(_ sql: String, _ arguments: [(any SQLArgument)?],
                                _ transform: (FetchedRow) throws -> T) throws -> [T] {
        try fetchAll(sql, arguments).map(transform)
    }

    public func fetchMapped<C, T>(_ sql: String, _ arguments: [(any SQLArgument)?], prepare: ([String]) -> C,
                                   _ transform: (FetchedRow, C) throws -> T) throws -> [T] {
        let rows = try fetchAll(sql, arguments)
        guard let first = rows.first else { return [] }
        let prepared = prepare(first.columnNames)
        return try rows.map { try transform($0, prepared) }
    }

    /// Inserts one row and returns the id it got (`RETURNING id`, which both engines know).
    package func insertReturningID(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> Int {
        guard let row = try fetchOne(sql + " RETURNING id", arguments) else { preconditionFailure("an INSERT returned no row") }
        return row["id"]
    }

    /// The first column of every row, by name.
    package func fetchColumn<V: SQLColumnValue>(_ sql: String, _ arguments: [(any SQLArgument)?] = [],
                                                _ column: String, as: V.Type = V.self) throws -> [V] {
        try fetchMapped(sql, arguments) { $0[column] as V? }.compactMap { $0 }
    }
}

// MARK: SQLite

/// Where each of a statement's columns is, by name, worked out once for all of its rows. A row
/// GRDB copies (`fetchAll`) finds a name by lowercasing every column name before it, at each
/// read: 500 open signals of 26 columns cost 6 ms that way on a city's first frame. The names are
/// kept in a small table of their own, found by a hash of their bytes: a Swift dictionary hashed
/// each name asked for with a seeded hasher, a sixth of reading the open signals.
final class ColumnPositions: Sendable {
    /// The columns' names, lowercased, by position.
    private let names: [String]
    /// Open addressing: each slot holds a position + 1 (0: empty), for the first column of each name.
    private let slots: [Int32]
    private let mask: Int

    init(_ columns: [String]) {
        let names = columns.map { $0.lowercased() }
        var size = 8
        while size < 2 * names.count { size <<= 1 }
        var slots = [Int32](repeating: 0, count: size)
        let mask = size - 1
        // The first column of a name, in any case, as GRDB finds it.
        for (i, name) in names.enumerated() {
            var slot = Self.hash(name) & mask
            while slots[slot] != 0, names[Int(slots[slot]) - 1] != name { slot = (slot + 1) & mask }
            if slots[slot] == 0 { slots[slot] = Int32(i + 1) }
        }
        self.names = names
        self.slots = slots
        self.mask = mask
    }

    func index(of name: String) -> Int? { find(name) ?? find(name.lowercased()) }

    private func find(_ name: String) -> Int? {
        var slot = Self.hash(name) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if names[position] == name { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// FNV-1a over the name's bytes.
    private static func hash(_ name: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h)
    }
}

/// A GRDB row as the shared code reads it: a wrapper around the row GRDB hands out (no copy;
/// a cursor's row reads straight from the statement).
public struct SQLiteRow: SQLRow {
    let row: GRDB.Row
    /// The statement's columns by name, shared by every row of one fetch.
    let positions: ColumnPositions

    /// `positions` made for this row alone when none is given (a row read on its own).
    init(row: GRDB.Row, positions: ColumnPositions? = nil) {
        self.row = row
        self.positions = positions ?? ColumnPositions(Array(row.columnNames))
    }

    public var columnNames: [String] { Array(row.columnNames) }

    public func value(at index: Int) -> SQLValue { Self.value(row[index] as DatabaseValue) }

    /// One look-up of the name, as GRDB's own subscripts do; a missing column reads as NULL.
    public func value(named name: String) -> SQLValue? {
        positions.index(of: name).map(value(at:)) ?? .null
    }

    public subscript<V: SQLColumnValue>(_ index: Int) -> V {
        guard let v = V.read(self, at: index) else { preconditionFailure("column \(columnNames[index]) holds \(value(at: index)), not a \(V.self)") }
        return v
    }

    public subscript<V: SQLColumnValue>(_ index: Int) -> V? { V.read(self, at: index) }

    public subscript<V: SQLColumnValue>(_ name: String) -> V {
        guard let v = V.read(self, named: name) else { preconditionFailure("column \(name) holds \(value(named: name) ?? .null), not a \(V.self)") }
        return v
    }

    public subscript<V: SQLColumnValue>(_ name: String) -> V? { V.read(self, named: name) }

    static func value(_ v: DatabaseValue) -> SQLValue {
        switch v.storage {
        case .null: .null
        case .int64(let i): .integer(i)
        case .double(let d): .real(d)
        case .string(let s): .text(s)
        case .blob(let b): .blob([UInt8](b))
        }
    }
}

extension SQLValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let i): i.databaseValue
        case .real(let d): d.databaseValue
        case .text(let s): s.databaseValue
        case .blob(let b): Data(b).databaseValue
        }
    }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> SQLValue? { SQLiteRow.value(dbValue) }
}

extension Database: SQLRunner {
    static func arguments(_ arguments: [(any SQLArgument)?]) -> StatementArguments {
        StatementArguments(arguments.map { ($0?.sqlValue ?? .null).databaseValue } as [(any DatabaseValueConvertible)?])
    }

    public func fetchAll(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> [SQLiteRow] {
        let statement = try makeStatement(sql: sql)
        let positions = ColumnPositions(statement.columnNames)
        return try GRDB.Row.fetchAll(statement, arguments: Self.arguments(arguments)).map { SQLiteRow(row: $0, positions: positions) }
    }

    public func execute(_ sql: String, _ arguments: [(any SQLArgument)?]) throws {
        try execute(sql: sql, arguments: Self.arguments(arguments))
    }

    /// SQLite hands out AUTOINCREMENT ids one past the highest ever used (`sqlite_sequence`);
    /// inside the writer's transaction nobody else takes it meanwhile.
    public func nextID(of table: String) throws -> Int {
        (try Int.fetchOne(self, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table]) ?? 0) + 1
    }

    public func fetchMapped<T>(_ sql: String, _ arguments: [(any SQLArgument)?],
                                _ transform: (SQLiteRow) throws -> T) throws -> [T] {
        try mapRows(of: makeStatement(sql: sql), arguments, transform)
    }

    public func fetchMapped<C, T>(_ sql: String, _ arguments: [(any SQLArgument)?], prepare: ([String]) -> C,
                                   _ transform: (SQLiteRow, C) throws -> T) throws -> [T] {
        let statement = try cachedStatement(sql: sql)
        let prepared = prepare(statement.columnNames)
        return try mapRows(of: statement, arguments) { try transform($0, prepared) }
    }

    /// Maps each row while the statement steps: a cursor's row reads straight from the statement
    /// (GRDB's own table for it lowercases every name asked for; this one tries the name as given first).
    private func mapRows<T>(of statement: Statement, _ arguments: [(any SQLArgument)?], _ transform: (SQLiteRow) throws -> T)
        throws -> [T]
    {
        let positions = ColumnPositions(statement.columnNames)
        let rows = try GRDB.Row.fetchCursor(statement, arguments: Self.arguments(arguments))
        var mapped: [T] = []
        while let row = try rows.next() { mapped.append(try transform(SQLiteRow(row: row, positions: positions))) }
        return mapped
    }
}
