#if PostgreSQL
import Foundation
import PostgresNIO
import Wijkteam
import WijkteamStore

/// The store's shared SQL (`SQLRunner`) on a PostgreSQL session: `?` placeholders become
/// `$1`…, values are bound by their SQLite storage class (the schemas keep integers, reals and
/// text alike), and rows come back as `PostgresStoreRow`s, read like SQLite's.
public final class PostgresRunner: SQLRunner {
    let session: PostgresSession
    public private(set) var changesCount = 0
    /// Set on a team's guarded database (`TeamGuard`): the server appends the access log.
    public internal(set) var auditedOnServer = false

    package init(_ session: PostgresSession) { self.session = session }

    public func fetchAll(_ sql: String, _ arguments: [(any SQLArgument)?]) throws -> [PostgresStoreRow] {
        let rows = try session.rows(Self.numbered(sql), try Self.bindings(arguments))
        guard let first = rows.first else { return [] }
        // One list of names for the whole result: every row has the statement's columns.
        let names = first.map(\.columnName)
        return try rows.map { try Self.row($0, names: names) }
    }

    public func execute(_ sql: String, _ arguments: [(any SQLArgument)?]) throws {
        changesCount = try session.changes(Self.numbered(sql), try Self.bindings(arguments))
    }

    public func nextID(of table: String) throws -> Int {
        try session.rows("SELECT nextval(pg_get_serial_sequence('\(table)', 'id'))").first?.decode(Int.self) ?? 1
    }

    /// `?` outside quoted text becomes `$1`, `$2`, …
    static func numbered(_ sql: String) -> String {
        var out = "", n = 0, quoted = false
        for c in sql {
            if c == "'" { quoted.toggle() }
            if c == "?", !quoted {
                n += 1
                out += "$\(n)"
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func bindings(_ arguments: [(any SQLArgument)?]) throws -> PostgresBindings {
        try bindings(arguments.map { $0?.sqlValue ?? .null })
    }

    static func bindings(_ values: [SQLValue]) throws -> PostgresBindings {
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: binds.appendNull()
            case .integer(let i): binds.append(i)
            case .real(let d): binds.append(d)
            case .text(let s): binds.append(s)
            case .blob: throw WijkteamError.invalid("a value of bytes, which no wijkteam column holds")
            }
        }
        return binds
    }

    /// A server row as the store reads rows: integers as integers, floats as reals, booleans
    /// as 0/1, everything else as its text.
    static func row(_ row: PostgresRow, names: [String]) throws -> PostgresStoreRow {
        var values: [SQLValue] = []
        values.reserveCapacity(names.count)
        for cell in row {
            guard cell.bytes != nil else { values.append(.null); continue }
            switch cell.dataType {
            case .int2, .int4, .int8: values.append(.integer(try cell.decode(Int64.self)))
            case .float4, .float8, .numeric: values.append(.real(try cell.decode(Double.self)))
            case .bool: values.append(.integer(try cell.decode(Bool.self) ? 1 : 0))
            default: values.append(.text(try cell.decode(String.self)))
            }
        }
        return PostgresStoreRow(columnNames: names, values: values)
    }
}

/// A row from the server, in the statement's column order.
public struct PostgresStoreRow: SQLRow {
    public let columnNames: [String]
    let values: [SQLValue]

    public func value(at index: Int) -> SQLValue { values[index] }

    public func value(named name: String) -> SQLValue? {
        if let i = columnNames.firstIndex(of: name) { return values[i] }
        let lower = name.lowercased()
        return columnNames.firstIndex { $0.lowercased() == lower }.map { values[$0] }
    }
}
#endif
