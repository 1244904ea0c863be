import GRDB
import GRDBSQLite

/// An insert run once per row, its values bound with SQLite's C API. A district's largest tables
/// are written this way: at 100,000 households `generate` writes a million journal entries and
/// half a million history rows, and GRDB's arguments (every value boxed in an array made per
/// row, then bound) were about a tenth of making the district.
///
/// Only for building a new database file (`SQLiteStore.build`: `init`, `generate`, the copies):
/// stepped past GRDB, its rows are not seen by GRDB's statement bookkeeping, such as the
/// tables `SQLiteStore.write` finds changed (a read-only session's guard). Never use it there.
struct BoundInsert {
    private let db: Database
    private let statement: Statement

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)  // its own, not the cache's: stepped only here
    }

    /// Binds one row's values, in the order of the statement's `?`, and inserts it.
    func run(_ bind: (inout Values) -> Void) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        var values = Values(handle: handle)
        bind(&values)
        // SQLite keeps a place's value from the row before: every place must be bound anew.
        guard values.place - 1 == sqlite3_bind_parameter_count(handle) else {
            throw DatabaseError(
                resultCode: .SQLITE_RANGE, message: "\(values.place - 1) values bound of \(sqlite3_bind_parameter_count(handle))",
                sql: statement.sql)
        }
        var code = values.failure
        if code == SQLITE_OK {
            code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
        }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: statement.sql)
    }

    /// The values of one row, each bound at the next place.
    struct Values {
        fileprivate let handle: SQLiteStatement
        fileprivate var place: Int32 = 1
        /// The first bind that failed (SQLITE_OK when none).
        fileprivate var failure = SQLITE_OK

        mutating func int(_ value: Int?) {
            note(value.map { sqlite3_bind_int64(handle, place, Int64($0)) } ?? sqlite3_bind_null(handle, place))
        }

        mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

        /// A text as GRDB binds a String: as a C string, so the database holds what it did when
        /// GRDB wrote these rows (a NUL inside a text ends it there, as it did).
        mutating func text(_ value: String?) {
            guard let value else { return note(sqlite3_bind_null(handle, place)) }
            // SQLITE_TRANSIENT: SQLite copies the bytes before this returns.
            note(sqlite3_bind_text(handle, place, value, -1, Self.transient))
        }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

        private mutating func note(_ code: Int32) {
            if failure == SQLITE_OK && code != SQLITE_OK { failure = code }
            place += 1
        }
    }
}
