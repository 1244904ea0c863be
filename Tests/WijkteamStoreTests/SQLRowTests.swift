import Foundation
import GRDB
import Testing
@testable import WijkteamStore

/// The store's own row type (`SQLRow`), which the shared readers use on both engines: SQLite's
/// rows read as GRDB's did (by name in any case, by position, NULL and a missing column as
/// nil for an optional), and arguments bind by their storage class.
@Suite struct SQLRowTests {
    @Test func sqliteRowsReadByNameAndPositionAsGRDBDid() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            let row = try #require(try db.fetchOne("SELECT 7 AS seven, 2.5 AS half, 'tekst' AS word, NULL AS empty, 1 AS yes, ? AS bound, ? AS flag",
                                                  ["gebonden", true]))
            #expect(row.columnNames == ["seven", "half", "word", "empty", "yes", "bound", "flag"])
            #expect(row["seven"] as Int == 7 && row[0] as Int == 7 && row["SEVEN"] as Int == 7)
            #expect(row["half"] as Double == 2.5 && row["seven"] as Double == 7)
            #expect(row["word"] as String == "tekst" && row[2] as String == "tekst")
            #expect(row["empty"] as String? == nil && row[3] as Int? == nil && row["not_selected"] as String? == nil)
            #expect(row["yes"] as Bool && row["flag"] as Bool && row["bound"] as String == "gebonden")
            // A cursor's row reads the statement's column straight, with SQLite's conversions, as GRDB did.
            let converted = try db.fetchMapped("SELECT 7 AS n, '12' AS t", []) { ($0["n"] as String, $0["t"] as Int) }
            #expect(converted.map(\.0) == ["7"] && converted.map(\.1) == [12])
            #expect(row["word"] as SQLValue == .text("tekst") && row["empty"] as SQLValue == .null && row[0] as SQLValue == .integer(7))
            let mapped = try db.fetchMapped("SELECT column1 AS n FROM (VALUES (1), (2), (3))", [], prepare: { $0.firstIndex(of: "n")! }) { row, n in
                row[n] as Int
            }
            #expect(mapped == [1, 2, 3])
            #expect(try db.fetchColumn("SELECT column1 AS n FROM (VALUES (4), (5))", [], "n", as: Int.self) == [4, 5])
        }
    }

    /// Names are found through a table made once per statement (`ColumnPositions`), not GRDB's
    /// search of each row's names: every form of a name reads what GRDB's own row gives, the first
    /// column of that name in any case included, in both fetches.
    @Test func namesReadThroughTheStatementsTableAreGRDBsReads() throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            let sql = "SELECT 1 AS Id, 2 AS id, 'a' AS Naam, NULL AS leeg, 'ü' AS \"Straße\", 3 AS ID, 4.5 AS x"
            let names = ["id", "ID", "Id", "iD", "naam", "NAAM", "Naam", "leeg", "LEEG", "Straße", "straße", "STRASSE", "x", "X", "y", ""]
            let grdb = try #require(try GRDB.Row.fetchOne(db, sql: sql))
            let copied = try #require(try db.fetchAll(sql, []).first)
            // Every row of one fetch shares the statement's one table.
            let twice = try db.fetchAll(sql + " UNION ALL " + sql, [])
            #expect(twice.count == 2 && twice[0].positions === twice[1].positions)
            // A missing column reads as NULL, as before.
            #expect(names.map { copied.value(named: $0) } == names.map { (grdb[$0] as DatabaseValue?).map(SQLiteRow.value) ?? .null })
            // Typed reads, each of a column holding that type (another fails as in GRDB).
            let ids = ["id", "ID", "Id", "iD"], texts = ["naam", "NAAM", "Naam", "leeg", "Straße", "straße", "STRASSE", "y"]
            #expect(ids.map { copied[$0] as Int? } == ids.map { grdb[$0] as Int? })
            #expect(texts.map { copied[$0] as String? } == texts.map { grdb[$0] as String? })
            let stepped = try db.fetchMapped(sql, []) { row in (ids.map { row[$0] as Int? }, texts.map { row[$0] as String? }) }
            #expect(stepped.map(\.0) == [ids.map { grdb[$0] as Int? }] && stepped.map(\.1) == [texts.map { grdb[$0] as String? }])
            let values = names.map { (grdb[$0] as DatabaseValue?).map(SQLiteRow.value) ?? .null }
            #expect(try db.fetchMapped(sql, []) { row in names.map { row.value(named: $0) } } == [values])
            let prepared = try db.fetchMapped(sql, [], prepare: { $0.count }) { row, count in (count, ids.map { row[$0] as Int? }) }
            #expect(prepared.map(\.0) == [7] && prepared.map(\.1) == [ids.map { grdb[$0] as Int? }])
            #expect(copied["ID"] as Int == 1 && copied["id"] as Int == 1 && copied[1] as Int == 2)
        }
    }

    /// The statement's table finds a name as a search of the lowercased names would: the first
    /// column of that name, the name as asked first and then lowercased, nothing for a name it
    /// lacks; with more columns than slots of the smallest table, repeated names, one name in
    /// several cases, and names made of other scripts.
    @Test func theTableOfNamesFindsTheFirstColumnOfEachName() {
        let base = ["id", "case_id", "Kind", "due", "İd", "straße", "naam", "ñ", "名前", "", "x"]
        for count in [0, 1, 7, 8, 9, 40, 130] {
            let columns = (0..<count).map { i in i < base.count ? base[i] : "c\(i % 50)" + (i % 3 == 0 ? "X" : "") }
            let positions = ColumnPositions(columns)
            let lowered = columns.map { $0.lowercased() }
            let asked = columns + columns.map { $0.uppercased() } + ["missing", "ID", "KIND", "c7x", "C7X", "Straße", "STRASSE"]
            for name in asked {
                let expected = lowered.firstIndex(of: name) ?? lowered.firstIndex(of: name.lowercased())
                #expect(positions.index(of: name) == expected, "\(name) among \(count) columns")
            }
        }
    }
}

