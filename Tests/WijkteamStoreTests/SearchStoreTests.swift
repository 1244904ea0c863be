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
        #expect(try store.searchJournal("gamb", limit: 50).map(\.entryID).contains(82))
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
        // "gambling" occurs in #81 (sensitive, Zoë's case 22) and #82 (not sensitive).
        let lead = try Self.store(as: "fatima")
        #expect(Set(try lead.searchJournal("gambling", limit: 50).map(\.entryID)) == [81, 82])
        let regisseur = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: "zoe", account: "z", origin: "tests"))
        #expect(Set(try regisseur.searchJournal("gambling", limit: 50).map(\.entryID)) == [81, 82])
        // Daan is not on the case: the sensitive entry is not a hit at all (a hit would tell what it says).
        let daan = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: "daan", account: "d", origin: "tests"))
        #expect(try daan.searchJournal("gambling", limit: 50).map(\.entryID) == [82])
        // Karin (outside the team, on case 22) finds household 20's entries and nothing elsewhere.
        let karin = try SQLiteStore.open(path: lead.path).acting(as: AuditActor(staffID: "karin", account: "k", origin: "tests"))
        #expect(Set(try karin.searchJournal("gambling", limit: 50).map(\.entryID)) == [81, 82])
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
}
