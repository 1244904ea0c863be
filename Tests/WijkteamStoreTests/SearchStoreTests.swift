import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Journal search on the sample district: FTS5 kept in step by triggers, need-to-know inside
/// the query, the search logged without its words, and a clear error for nothing to search.
@Suite struct SearchStoreTests {
    let today = Day("2026-11-20")!

    static func store(as staff: StaffID) throws -> SQLiteStore {
        try Fixtures.sampleStore().acting(as: AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests"))
    }

    @Test func aWordFindsItsEntriesNewestFirstWithTheWordMarked() throws {
        let store = try Self.store(as: "fatima")
        let hits = try store.searchJournal("HUISARTS", limit: 50)
        #expect(hits.count >= 5)
        #expect(hits.map(\.date) == hits.map(\.date).sorted(by: >))
        #expect(hits.allSatisfy { $0.snippet.lowercased().contains("[huisarts") })
        // A word's start finds the longer word; every word must occur.
        #expect(try store.searchJournal("gamb", limit: 50).map(\.entryID).contains(84))
        #expect(try store.searchJournal("gambling huisarts", limit: 50).isEmpty)
        #expect(try store.searchJournal("huisarts", limit: 2).count == 2)
    }

    @Test func anEntryIsFoundAsSoonAsItIsWrittenAndItsCaseShowsTheContact() throws {
        let store = try Self.store(as: "zoe")
        #expect(try store.searchJournal("zwemdiploma", limit: 10).isEmpty)
        let before = try #require(try store.caseCards().first { $0.case.id == 22 })
        let entry = try store.addJournal(caseID: 22, kind: .phone, date: today, text: "Anas haalde zijn zwemdiploma.", sensitive: false, today: today)
        let hit = try #require(try store.searchJournal("zwemdiploma", limit: 10).first)
        #expect(hit.entryID == entry.id && hit.caseID == 22 && hit.householdID == 20)
        // The board's last contact follows the journal (a trigger keeps it on the case)…
        #expect(try store.caseCards().first { $0.case.id == 22 }?.lastContact == today)
        #expect(before.lastContact != today)
        // …and an entry dated earlier does not move it back.
        _ = try store.addJournal(caseID: 22, kind: .phone, date: today.adding(days: -60), text: "Late note.", sensitive: false, today: today)
        #expect(try store.caseCards().first { $0.case.id == 22 }?.lastContact == today)
    }

    @Test func aSensitiveEntryIsFoundOnlyByWhoMayReadIt() throws {
        // "gambling" occurs in #83 (sensitive, Zoë's case 22) and #84 (not sensitive).
        let lead = try Self.store(as: "fatima")
        #expect(Set(try lead.searchJournal("gambling", limit: 50).map(\.entryID)) == [83, 84])
        let regisseur = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: "zoe", account: "z", origin: "tests"))
        #expect(Set(try regisseur.searchJournal("gambling", limit: 50).map(\.entryID)) == [83, 84])
        // Daan is not on the case: the sensitive entry is not a hit at all (a hit would tell what it says).
        let daan = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: "daan", account: "d", origin: "tests"))
        #expect(try daan.searchJournal("gambling", limit: 50).map(\.entryID) == [84])
        // Karin (outside the team, on case 22) finds household 20's entries and nothing elsewhere.
        let karin = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: "karin", account: "k", origin: "tests"))
        #expect(Set(try karin.searchJournal("gambling", limit: 50).map(\.entryID)) == [83, 84])
        let elsewhere = try lead.searchJournal("huisarts", limit: 50)
        #expect(elsewhere.contains { $0.householdID != 20 })
        #expect(try karin.searchJournal("huisarts", limit: 50).allSatisfy { $0.householdID == 20 })
    }

    @Test func theSearchIsLoggedByItsSizeNotItsWords() throws {
        let store = try Self.store(as: "daan")
        let hits = try store.searchJournal("gambling", limit: 50)
        let row = try #require(try store.auditLog(householdID: nil).last)
        #expect(row.action == .search && row.staffID == "daan")
        #expect(row.detail == "journal search (1 word): \(hits.count) entry shown")
        #expect(!row.detail.contains("gambling"))
        #expect(try store.verifyAudit().ok)
    }

    @Test func whatSomeoneTypesCannotBreakTheSearch() throws {
        let store = try Self.store(as: "fatima")
        #expect(throws: WijkteamError.self) { try store.searchJournal("  \"*() -- ", limit: 10) }
        // FTS5 syntax in the words is only a separator.
        #expect(try store.searchJournal("\"huisarts\"* (", limit: 50).isEmpty == false)
        #expect(JournalSearch.words(of: "Ayşe's  schuld-HULP, 2024!") == ["ayşe", "s", "schuld", "hulp", "2024"])
        #expect(JournalSearch.ftsExpression("a b") == "\"a\"* \"b\"*")
        #expect(JournalSearch.ftsExpression("…") == nil)
    }

    @Test func withoutTheIndexTheSearchFallsBackToLike() throws {
        let store = try Self.store(as: "fatima")
        let indexed = try store.searchJournal("huisarts", limit: 50).map(\.entryID)
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: """
                DROP TRIGGER journal_fts_insert; DROP TRIGGER journal_fts_delete; DROP TRIGGER journal_fts_update;
                DROP TABLE journal_fts;
                """)
        }
        let plain = try SQLiteStore.open(path: store.path).acting(as: AuditActor(staffID: "fatima", account: "f", origin: "tests"))
        #expect(try plain.searchJournal("huisarts", limit: 50).map(\.entryID) == indexed)
        #expect(try plain.searchJournal("100%_", limit: 50).isEmpty)
    }

    @Test func foldingTakesCaseDiacriticsAndSpecialLettersAwayAndSplitsCJK() {
        #expect(JournalSearch.folded("Işıl İNCE Łukasz Øystein Straße Æsir Œuvre Đorđe Þór café e\u{301}") ==
                "isil ince lukasz oystein strasse aesir oeuvre dorde thor cafe e")
        #expect(JournalSearch.folded("王小明说谢谢。明天见") == "王 小 明 说 谢 谢 明 天 见")
        #expect(JournalSearch.folded("ひらがなカタカナ 한국어") == "ひ ら が な カ タ カ ナ 한 국 어")
        #expect(JournalSearch.folded("مُحَمَّد  שָׁלוֹם Ayşe's 2024!") == "محمد שלום ayse s 2024")
        #expect(JournalSearch.folded("👩‍👩‍👧 \u{1B}[2J\tnote") == "2j note")
        #expect(JournalSearch.terms(of: "谢谢 Işıl") == ["谢 谢", "isil"])
        #expect(JournalSearch.tsQuery(words: ["谢 谢", "isil"]) == "('谢' <-> '谢':*) & ('isil':*)")
        #expect(JournalSearch.snippet(of: "Gesprek\nmet Işıl.", terms: ["isil"]) == "Gesprek met [Işıl].")
    }

    @Test func foldedWordsAndChineseRunsAreFoundAndMarkedInTheOriginal() throws {
        let store = try Self.store(as: "zoe")
        let turkish = try store.addJournal(caseID: 22, kind: .phone, date: today, text: "Gesprek met Işıl Yılmaz over de huur.", sensitive: false, today: today)
        let polish = try store.addJournal(caseID: 22, kind: .phone, date: today, text: "Łukasz Wiśniewski belt morgen terug.", sensitive: false, today: today)
        let chinese = try store.addJournal(caseID: 22, kind: .phone, date: today, text: "王小明说谢谢。", sensitive: false, today: today)
        #expect(try store.searchJournal("isil", limit: 10).map(\.entryID) == [turkish.id])
        #expect(try store.searchJournal("isil", limit: 10).first?.snippet == "Gesprek met [Işıl] Yılmaz over de huur.")
        #expect(try store.searchJournal("lukasz wisniewski", limit: 10).map(\.entryID) == [polish.id])
        #expect(try store.searchJournal("谢谢", limit: 10).map(\.entryID) == [chinese.id])
        #expect(try store.searchJournal("谢谢", limit: 10).first?.snippet == "王小明说[谢谢]。")
        // The same without the index (LIKE on the folded copy).
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: "DROP TRIGGER journal_fts_insert; DROP TRIGGER journal_fts_delete; DROP TRIGGER journal_fts_update; DROP TABLE journal_fts;")
        }
        let plain = try SQLiteStore.open(path: store.path).acting(as: AuditActor(staffID: "zoe", account: "z", origin: "tests"))
        #expect(try plain.searchJournal("isil", limit: 10).map(\.entryID) == [turkish.id])
        #expect(try plain.searchJournal("LUKASZ WIŚNIEWSKI", limit: 10).map(\.entryID) == [polish.id])
        #expect(try plain.searchJournal("谢谢", limit: 10).map(\.entryID) == [chinese.id])
    }

    /// A database made before the folded copy gets it when it is opened (migration
    /// v7-search-folding), and its index moves to it.
    @Test func anOlderDatabaseIsFoldedWhenOpened() throws {
        let store = try Self.store(as: "fatima")
        #expect(try store.searchJournal("pawel", limit: 10).count == 1)
        // Back to the schema of v6: the index on the text, no folded copy.
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: """
                DROP TRIGGER journal_fts_insert; DROP TRIGGER journal_fts_delete; DROP TRIGGER journal_fts_update; DROP TABLE journal_fts;
                ALTER TABLE journal_entry DROP COLUMN search_text;
                CREATE VIRTUAL TABLE journal_fts USING fts5(text, content='journal_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                INSERT INTO journal_fts(journal_fts) VALUES ('rebuild');
                CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entry BEGIN INSERT INTO journal_fts(rowid, text) VALUES (NEW.id, NEW.text); END;
                CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entry BEGIN INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text); END;
                CREATE TRIGGER journal_fts_update AFTER UPDATE OF text ON journal_entry BEGIN SELECT 1; END;
                DELETE FROM grdb_migrations WHERE identifier = 'v7-search-folding';
                """)
        }
        let reopened = try SQLiteStore.open(path: store.path).acting(as: AuditActor(staffID: "fatima", account: "f", origin: "tests"))
        let hit = try #require(try reopened.searchJournal("pawel", limit: 10).first)
        #expect(hit.snippet.contains("[Paweł]"))
        #expect(try reopened.searchJournal("huisarts", limit: 50).count >= 5)
        let columns = try DatabaseQueue(path: store.path).read { db in try db.columns(in: "journal_fts").map(\.name) }
        #expect(columns == ["search_text"])
    }
}
