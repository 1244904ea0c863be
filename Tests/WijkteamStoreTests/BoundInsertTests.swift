import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// The district's largest tables are written with values bound through SQLite's C API
/// (`BoundInsert`): the database must hold what GRDB's arguments wrote.
@Suite struct BoundInsertTests {
    static let texts: [String?] = [
        nil, "", "a", "nul\u{0}inside", "tab\there \u{1B}[31mred", "Işıl Yılmaz-Nowak, Łukasz", "ليلى", "שלום", "王小明说谢谢",
        "👨‍👩‍👧 e\u{301}", String(repeating: "ŁŁ", count: 200),
    ]
    static let numbers: [Int?] = [nil, 0, -1, Int.max, Int.min]

    @Test func everyValueIsStoredAsGRDBStoresIt() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            for table in ["bound", "grdb"] {
                try db.execute(sql: "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, n INTEGER, flag INTEGER NOT NULL, s TEXT)")
            }
            let insert = try BoundInsert(db, sql: "INSERT INTO bound (id, n, flag, s) VALUES (?, ?, ?, ?)")
            for (i, text) in Self.texts.enumerated() {
                let n = Self.numbers[i % Self.numbers.count]
                try insert.run { v in
                    v.int(i + 1)
                    v.int(n)
                    v.bool(i % 2 == 0)
                    v.text(text)
                }
                try db.execute(sql: "INSERT INTO grdb (id, n, flag, s) VALUES (?, ?, ?, ?)", arguments: [i + 1, n, i % 2 == 0, text])
            }
            let columns = "id, n, typeof(n), flag, typeof(flag), hex(s), typeof(s)"
            let bound = try Row.fetchAll(db, sql: "SELECT \(columns) FROM bound ORDER BY id")
            let grdb = try Row.fetchAll(db, sql: "SELECT \(columns) FROM grdb ORDER BY id")
            #expect(bound.count == Self.texts.count)
            #expect(bound == grdb)
            // An empty text stays a text, not NULL.
            #expect(try String.fetchOne(db, sql: "SELECT typeof(s) FROM bound WHERE id = 2") == "text")
        }
    }

    /// Table `t` (`s` NOT NULL) with its first row, "first", written by the insert returned.
    static func tableWithAFirstRow(_ db: Database) throws -> BoundInsert {
        try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT NOT NULL)")
        let insert = try BoundInsert(db, sql: "INSERT INTO t (id, s) VALUES (?, ?)")
        try insert.run { v in
            v.int(1)
            v.text("first")
        }
        return insert
    }

    /// A refused row throws with the statement's SQL, writes nothing, and the next row still goes in.
    @Test func aRefusedRowThrowsAndTheNextOneIsWritten() throws {
        try DatabaseQueue().write { db in
            let insert = try Self.tableWithAFirstRow(db)
            let error = #expect(throws: DatabaseError.self) {
                try insert.run { v in
                    v.int(1)
                    v.text("again")
                }
            }
            #expect(error?.resultCode == .SQLITE_CONSTRAINT && error?.sql?.contains("INSERT INTO t") == true)
            #expect(throws: DatabaseError.self) {
                try insert.run { v in
                    v.int(2)
                    v.text(nil)
                }
            }
            try insert.run { v in
                v.int(3)
                v.text("third")
            }
            #expect(try String.fetchAll(db, sql: "SELECT s FROM t ORDER BY id") == ["first", "third"])
        }
    }

    /// A row with a value missing is refused (SQLite would keep the last row's value there).
    @Test func aRowWithAValueMissingIsRefused() throws {
        try DatabaseQueue().write { db in
            let insert = try Self.tableWithAFirstRow(db)
            let error = #expect(throws: DatabaseError.self) {
                try insert.run { v in v.int(2) }
            }
            #expect(error?.resultCode == .SQLITE_RANGE && error?.message?.contains("1 values bound of 2") == true)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 1)
        }
    }
}
