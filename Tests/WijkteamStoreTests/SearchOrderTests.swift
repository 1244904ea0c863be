import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// A journal search walks the journal newest first (v19's `journal_date`) when its terms are in
/// many entries, and sorts its hits when they are in few: the same hits in the same order either
/// way, for every colleague, under need-to-know.
@Suite struct SearchOrderTests {
    let today = Day("2026-11-20")!

    /// The sample district with 45 entries more that say "zwembadpas": on four days (ties in the
    /// date, broken by the id), every fifth sensitive, on cases of several regisseurs.
    func storeWithACommonWord() throws -> SQLiteStore {
        let store = try SearchStoreTests.store(as: "fatima")
        let cases = try store.caseCards().filter(\.isOpen).map(\.caseID)
        #expect(cases.count >= 6)
        for i in 0..<45 {
            _ = try store.addJournal(
                caseID: cases[(i * 7) % cases.count], kind: .phone, date: today.adding(days: -(i % 4)),
                text: "Zwembadpas aangevraagd bij de huisarts, gesprek \(i).", sensitive: i % 5 == 0, today: today)
        }
        return store
    }

    @Test func walkedByDateAndSortedFromTheHitsGiveTheSameHits() throws {
        let lead = try storeWithACommonWord()
        for staff: StaffID in ["fatima", "zoe", "daan", "karin"] {
            let store = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: staff, account: "t", origin: "tests"))
            for words in [["zwembadpas"], ["huisarts"], ["huis"], ["gambling"], ["gesprek", "zwembadpas"], ["zzz"]] {
                let expression = try #require(JournalSearch.ftsExpression(words: words))
                for limit in [1, 2, 7, 50, 500] {
                    let (sorted, walked) = try store.writing { work in
                        (
                            try work.searchJournal(words: words, limit: limit) { _ in .fromHits(expression) },
                            try work.searchJournal(words: words, limit: limit) { _ in .newestFirst(expression) }
                        )
                    }
                    #expect(sorted == walked, "\(staff) \(words) \(limit)")
                    #expect(walked.map(\.date) == walked.map(\.date).sorted(by: >))
                    // The lead reads all 45, sensitive ones too; a generalist at least the others.
                    if words == ["zwembadpas"] && staff == "fatima" { #expect(walked.count == min(limit, 45)) }
                    if words == ["zwembadpas"] && staff == "daan" { #expect(!walked.isEmpty) }
                }
            }
        }
    }

    @Test func aWordInManyEntriesIsWalkedByDateWithoutSorting() throws {
        let store = try storeWithACommonWord()
        let expression = try #require(JournalSearch.ftsExpression(words: ["zwembadpas"]))
        let (one, two, outside, rare, plan) = try store.pool.read { db in
            (
                try store.journalMatch(db, words: ["zwembadpas"], limit: 1, viewerIsInTeam: true),
                try store.journalMatch(db, words: ["zwembadpas"], limit: 2, viewerIsInTeam: true),
                try store.journalMatch(db, words: ["zwembadpas"], limit: 1, viewerIsInTeam: false),
                try store.journalMatch(db, words: ["gambling"], limit: 1, viewerIsInTeam: true),
                try Self.plan(db, StoreWork<Database>.journalSearchSQL(.newestFirst(expression)))
            )
        }
        // 45 entries: from 40 (a limit of 1) the walk is taken, not from 80 (a limit of 2).
        #expect(JournalMatch.manyHits(limit: 1) == 40 && JournalMatch.manyHits(limit: 2) == 80)
        #expect(one.from == JournalMatch.newestFirst(expression).from)
        #expect(two.from == JournalMatch.fromHits(expression).from && rare.from == two.from)
        // An outside colleague's few households are found from the hits, however common the word.
        #expect(outside.from == two.from)
        // The walk reads the index in the search's order: no sort, whatever the planner thinks.
        #expect(plan.contains("SCAN j USING INDEX journal_date") && !plan.contains("TEMP B-TREE"), "\(plan)")
        #expect(JournalMatch.manyHits(limit: Int.max) == 4_000_000 && JournalMatch.manyHits(limit: 0) == 40)
    }

    /// A database v18 left gets the index when opened; until then every search sorts its hits.
    @Test func aDatabaseFromBeforeV19IsSearchedAndGetsTheIndex() throws {
        let store = try storeWithACommonWord()
        let before = try store.searchJournal("zwembadpas", limit: 1)
        func hasIndex() throws -> Bool {
            try store.pool.read { try Bool.fetchOne($0, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'journal_date'")! }
        }
        try store.pool.write { db in
            try db.execute(sql: "DROP INDEX journal_date; DELETE FROM grdb_migrations WHERE identifier = 'v19-journal-by-date'")
        }
        #expect(try !hasIndex())
        let withoutIndex = try store.pool.read { db in try store.journalMatch(db, words: ["zwembadpas"], limit: 1, viewerIsInTeam: true) }
        #expect(withoutIndex.from == JournalMatch.fromHits("x").from)
        #expect(try store.searchJournal("zwembadpas", limit: 1) == before && before.count == 1)
        try Schema.migrator.migrate(store.pool)
        #expect(try hasIndex())
        #expect(try store.searchJournal("zwembadpas", limit: 1) == before)
    }

    static func plan(_ db: Database, _ sql: String) throws -> String {
        let parameters = sql.filter { $0 == "?" }.count
        return try String.fetchAll(
            db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: nil as String?, count: parameters)),
            adapter: ColumnMapping(["detail": "detail"])
        ).joined(separator: "; ")
    }
}
