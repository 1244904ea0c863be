#if PostgreSQL
import Foundation
import GRDB
import PostgresNIO
import Wijkteam
import WijkteamStore

/// The store's shared SQL (`SQLRunner`) on a PostgreSQL session: `?` placeholders become
/// `$1`…, values are bound by their SQLite storage class (the schemas keep integers, reals and
/// text alike), and rows come back as GRDB `Row`s, to be read by column name.
public final class PostgresRunner: SQLRunner {
    let session: PostgresSession
    public private(set) var changesCount = 0

    package init(_ session: PostgresSession) { self.session = session }

    public func fetchAll(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws -> [Row] {
        try session.rows(Self.numbered(sql), try Self.bindings(arguments)).map(Self.row)
    }

    public func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?]) throws {
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

    static func bindings(_ arguments: [(any DatabaseValueConvertible)?]) throws -> PostgresBindings {
        var binds = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument?.databaseValue.storage ?? .null {
            case .null: binds.appendNull()
            case .int64(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .string(let s): binds.append(s)
            case .blob: throw WijkteamError.invalid("a value of bytes, which no wijkteam column holds")
            }
        }
        return binds
    }

    /// A server row as GRDB's `Row`, by column name: integers as integers, floats as reals,
    /// booleans as 0/1, everything else as its text.
    static func row(_ row: PostgresRow) throws -> Row {
        var values: [String: (any DatabaseValueConvertible)?] = [:]
        for cell in row {
            guard cell.bytes != nil else { values.updateValue(DatabaseValue.null, forKey: cell.columnName); continue }
            switch cell.dataType {
            case .int2, .int4, .int8: values[cell.columnName] = try cell.decode(Int64.self)
            case .float4, .float8, .numeric: values[cell.columnName] = try cell.decode(Double.self)
            case .bool: values[cell.columnName] = try cell.decode(Bool.self) ? 1 : 0
            default: values[cell.columnName] = try cell.decode(String.self)
            }
        }
        return Row(values)
    }
}
#endif
