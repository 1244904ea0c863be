import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct GeneratorTests {
    let today = Day("2026-11-20")!

    func generate(seed: UInt64, households: Int = 300) -> DistrictData {
        var g = DistrictGenerator(seed: seed, size: .city(households: households), today: today)
        return g.generate()
    }

    @Test func theSameSeedGivesTheSameDistrict() {
        let a = generate(seed: 7), b = generate(seed: 7)
        #expect(a.households == b.households)
        #expect(a.cases == b.cases)
        #expect(a.ties == b.ties)
        #expect(a.journal == b.journal)
        #expect(a.staff == b.staff)
        #expect(a.followUps == b.followUps)
        #expect(a.zrm == b.zrm)
        #expect(a.signals == b.signals)
        #expect(generate(seed: 8).cases != a.cases)
    }

    @Test func theCityHasTheShapeAsked() throws {
        let d = generate(seed: 1, households: 2_000)
        #expect(d.households.count == 2_000)
        #expect(d.cases.filter(\.isOpen).count == 600)
        #expect(d.staff.count == 12)
        #expect(d.journal.count == 20_000)
        #expect(Set(d.cases.filter(\.isOpen).map(\.phase)) == Set(Phase.allCases.filter(\.isOpen)))
        #expect(d.ties.count >= 3 * 2_000 && d.ties.count <= 12 * 2_000)
        #expect(d.cases.contains { $0.isOpen && $0.regisseurID == nil })
        // It is a valid district: the store takes it whole (foreign keys and checks included).
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("g.sqlite").path, from: d)
        #expect(try store.cases(includeClosed: false).count == 600)
    }

    /// `generate` writes the district as it is made, a batch of households at a time: every table
    /// holds what writing the whole district at once gives (case_history's own ids aside: its rows
    /// arrive a batch at a time, not all the told rows before all the estimated ones).
    /// Batches: a short last one (64 does not divide 250), one household, a batch larger than
    /// the district, a batch that divides it.
    @Test(arguments: [(250, 64), (1, 1_000), (40, 1_000), (40, 20)])
    func aDistrictWrittenAsItIsMadeEqualsTheWholeOneWritten(households: Int, batch: Int) throws {
        let whole = Fixtures.tempDir().appendingPathComponent("whole.sqlite").path
        let streamed = Fixtures.tempDir().appendingPathComponent("streamed.sqlite").path
        var g = DistrictGenerator(seed: 5, size: .city(households: households), today: today)
        let data = g.generate()
        _ = try SQLiteStore.create(at: whole, from: data)
        var h = DistrictGenerator(seed: 5, size: .city(households: households), today: today)
        let made = try SQLiteStore.create(at: streamed, generating: &h, batch: batch)
        let counted = DistrictGenerator.Summary(
            households: households, openCases: data.cases.filter(\.isOpen).count, staff: data.staff.count,
            journalEntries: data.journal.count, signals: data.signals.count)
        #expect(made == counted)

        func tables(_ path: String) throws -> [String: [[String]]] {
            let db = try DatabaseQueue(path: path)
            return try db.read { db in
                let names = try String.fetchAll(
                    db,
                    sql: """
                        SELECT name FROM sqlite_master
                        WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'journal_fts%'
                        """)
                var out: [String: [[String]]] = [:]
                for name in names {
                    let columns = try db.columns(in: name).map(\.name).filter { !(name == "case_history" && $0 == "id") }
                    let list = columns.map { "quote(\"\($0)\")" }.joined(separator: ", ")
                    out[name] = try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(name)\" ORDER BY \(list)").map { row in
                        (0..<row.count).map { String(describing: row[$0] as DatabaseValue) }
                    }
                }
                return out
            }
        }
        let a = try tables(whole), b = try tables(streamed)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a["journal_entry"]?.count == households * 10)
        for (name, rows) in a { #expect(rows == b[name], "table \(name)") }
        // Both are WAL databases with the same full-text index.
        for path in [whole, streamed] {
            let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
        let hits = try [whole, streamed].map { path in
            try DatabaseQueue(path: path).read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'mantelzorger'")
            }
        }
        #expect(hits[0] == hits[1] && (households < 40 || (hits[0] ?? 0) > 0))
    }

    /// A new database sets its plain indexes and its full-text trigger aside while its rows are
    /// written and makes them again at the end: its schema is the migrated schema, word for word.
    @Test func aBuiltDatabaseHasTheMigratedSchemaAndIsIntact() throws {
        let built = Fixtures.tempDir().appendingPathComponent("built.sqlite").path
        var g = DistrictGenerator(seed: 3, size: .city(households: 120), today: today)
        _ = try SQLiteStore.create(at: built, generating: &g, batch: 50)
        let migrated = try DatabaseQueue()
        try Schema.migrator.migrate(migrated)
        func schema(_ db: DatabaseQueue) throws -> Set<String> {
            try db.read { db in
                let rows = try String.fetchAll(
                    db, sql: "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '-') FROM sqlite_master")
                return Set(rows)
            }
        }
        let builtQueue = try DatabaseQueue(path: built)
        #expect(try schema(builtQueue) == schema(migrated))
        #expect(try builtQueue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
        #expect(try builtQueue.read { try String.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
        // The full-text index holds every entry, and its trigger indexes a new one.
        try builtQueue.write { db in
            try db.execute(sql: "INSERT INTO journal_fts(journal_fts) VALUES ('integrity-check')")
            let caseID = try Int.fetchOne(db, sql: "SELECT min(id) FROM care_case")
            try db.execute(
                sql: """
                    INSERT INTO journal_entry (id, case_id, date, kind, author_id, text, sensitive, search_text)
                    VALUES (999999, ?, '2026-11-20', 'phone', 's2', 'zeldzaamwoord', 0, 'zeldzaamwoord')
                    """, arguments: [caseID])
            #expect(try Int.fetchOne(db, sql: "SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'zeldzaamwoord'") == 999_999)
        }
    }

    /// Writing a district takes a while: a file someone made at the path meanwhile stays, and the
    /// half-built one beside it goes.
    @Test func aFileMadeAtThePathWhileBuildingIsNotReplaced() throws {
        let folder = Fixtures.tempDir().appendingPathComponent("meanwhile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("w.sqlite").path
        #expect(throws: StoreError.alreadyExists(path)) {
            try SQLiteStore.build(at: path, replace: false) { _ in try Data("theirs".utf8).write(to: URL(fileURLWithPath: path)) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "theirs")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["w.sqlite"])
    }
}
