import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The done-figure's data as the store reads it (`proactiveContacts`): what counts as a
/// proactive contact made, and what does not.
@Suite struct ProactiveContactsTests {
    @Test func aHomeVisitCountsOnAFlaggedCaseAndACompletedFollowUpOnTheDayItWasDone() throws {
        let store = try Fixtures.sampleStore()
        let today = StoreClock.today()
        let since = TeamFigures.contactsSince(today: today)
        let all = try store.followUps(includeDone: true)
        let flagged = Set(all.filter(\.kind.isProactive).map(\.caseID))
        let c = try #require(try store.cases(includeClosed: false).first { !flagged.contains($0.id) && !$0.safety })
        let before = try store.proactiveContacts(since: since)
        // A case with no preventive or outreaching follow-up has no proactive contact yet.
        #expect(!before.contains { $0.caseID == c.id })

        // A home visit on a case with no preventive or outreaching follow-up is no proactive contact.
        _ = try store.addJournal(caseID: c.id, kind: .homeVisit, date: today, text: "Huisbezoek", sensitive: false, today: today)
        #expect(try store.proactiveContacts(since: since).filter { $0.caseID == c.id }.isEmpty)

        // Flagged: the same visit counts; planning itself adds no contact.
        let f = try store.addFollowUp(
            caseID: c.id, kind: .outreaching, due: today.adding(days: 7), owner: nil, note: "", meetingID: nil,
            today: today)
        let visits = try store.proactiveContacts(since: since).filter { $0.caseID == c.id }
        #expect(
            visits.contains(ProactiveContact(caseID: c.id, day: today, kind: .homeVisit)) && visits.allSatisfy { $0.kind == .homeVisit })

        // Completing the follow-up is a contact made, on the day it was done.
        try store.completeFollowUp(id: f.id, outcome: "Langs geweest, gaat goed", expectedVersion: f.version)
        let after = try store.proactiveContacts(since: since).filter { $0.caseID == c.id }
        #expect(after.contains(ProactiveContact(caseID: c.id, day: today, kind: .followUp)) && after.count == visits.count + 1)
        // Outside the window asked for: nothing.
        #expect(try store.proactiveContacts(since: today.adding(days: 1)).isEmpty)
    }

    /// Follow-ups closed with their case were not done: no day, no contact.
    @Test func followUpsClosedWithTheCaseAreNoContact() throws {
        let store = try Fixtures.sampleStore()
        let today = StoreClock.today()
        let open = try #require(try store.followUps(includeDone: false).first { $0.kind.isProactive })
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == open.caseID })
        let openIDs = try store.followUps(includeDone: false).filter { $0.caseID == c.id }.map(\.id)
        try store.closeCase(
            caseID: c.id, reason: "Doelen bereikt", noFinalZRMReason: "Geen eindmeting: het huishouden verhuisde",
            expectedVersion: c.version, today: today)
        let doneOn = try store.reading {
            try $0.db.fetchAll("SELECT done_on FROM follow_up WHERE id IN (\(openIDs.map(String.init).joined(separator: ",")))")
        }
        #expect(doneOn.count == openIDs.count && doneOn.allSatisfy { ($0["done_on"] as String?) == nil })
        #expect(try store.proactiveContacts(since: TeamFigures.contactsSince(today: today)).allSatisfy { $0.caseID != c.id })
    }

    /// The contacts as the one query read them before they were filtered against sets (issue 28),
    /// need-to-know applied the same way: kept to pin the rule the new read must give.
    func contactsReadInOneQuery(_ work: StoreWork<Database>, since: Day) throws -> [ProactiveContact] {
        let proactive = FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let shared = try work.sharedCases()
        let open = "SELECT id FROM care_case WHERE phase <> 'afgesloten'"
        return try work.db.fetchMapped(
            """
            SELECT f.case_id AS case_id, f.done_on AS day, 'follow_up' AS kind FROM follow_up f
            WHERE coalesce(f.done_on, '') >= ? AND f.done = 1 AND f.kind IN (\(proactive))
              AND f.outcome IS NOT NULL AND trim(f.outcome) <> '' AND +f.case_id IN (\(open))
            UNION ALL
            SELECT j.case_id AS case_id, j.date AS day, 'home_visit' AS kind FROM journal_entry j
            WHERE j.kind = 'home_visit' AND j.date >= ? AND +j.case_id IN (\(open))
              AND +j.case_id IN (SELECT case_id FROM follow_up WHERE kind IN (\(proactive)))
            """, [since.description, since.description]
        ) { row -> ProactiveContact? in
            guard let day = Day(row["day"] as String), let kind = ProactiveContact.Kind(rawValue: row["kind"]) else { return nil }
            return ProactiveContact(caseID: row["case_id"], day: day, kind: kind)
        }.compactMap { $0 }.filter { shared?.contains($0.caseID) ?? true }
    }

    /// Contacts in one order, each kept (two follow-ups done on one case and day are two contacts).
    func inOneOrder(_ contacts: [ProactiveContact]) -> [ProactiveContact] {
        contacts.sorted { ($0.caseID, $0.day, $0.kind.rawValue) < ($1.caseID, $1.day, $1.kind.rawValue) }
    }

    /// The read filtered against sets gives the one query's contacts: on the sample
    /// and a generated district, as every colleague, over windows from a day to a year, with
    /// outcomes of spaces only, of a tab, and follow-ups done without a day among them.
    @Test func contactsFilteredHereAreTheOneQuerysContacts() throws {
        let today = Day("2026-11-20")!
        var g = DistrictGenerator(seed: 17, size: .city(households: 1_500), today: today)
        let city = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("city.sqlite").path, from: g.generate())
        var compared = 0, sawBoth = false
        for base in [try Fixtures.sampleStore(), city] {
            // Among the follow-ups that count (proactive, done in the window, on an open case): two
            // outcomes SQL's trim empties (spaces), one it keeps (a tab), two done without their day.
            let counting = """
                SELECT id FROM follow_up WHERE done = 1 AND kind IN ('preventive', 'outreaching') AND done_on >= '\(today.adding(days: -180))'
                  AND case_id IN (SELECT id FROM care_case WHERE phase <> 'afgesloten') ORDER BY id
                """
            let oddRows = """
                UPDATE follow_up SET outcome = '   ' WHERE id IN (\(counting) LIMIT 2);
                UPDATE follow_up SET outcome = char(9) WHERE id IN (\(counting) LIMIT 1 OFFSET 2);
                UPDATE follow_up SET done_on = NULL WHERE id IN (\(counting) LIMIT 2 OFFSET 3);
                """
            let lead = try #require(try base.staff().first { $0.role == .teamLead })
            let asLead = base.acting(as: AuditActor(staffID: lead.id, account: "test-lead", origin: "tests"))
            let before = try asLead.proactiveContacts(since: today.adding(days: -180)).count
            try base.writing { work in try work.db.execute(sql: oddRows) }
            // Four of the five no longer count; the tab is an outcome.
            #expect(try asLead.proactiveContacts(since: today.adding(days: -180)).count == before - 4)
            for reader in try base.staff() {
                let store = base.acting(as: AuditActor(staffID: reader.id, account: "test-\(reader.id)", origin: "tests"))
                for back in [0, 27, 180, 365] {
                    let since = today.adding(days: -back)
                    // SQLite reads the follow-ups by day (v20), the one query and the engines without
                    // that index by id: the same contacts, in another order (no figure depends on it).
                    let contacts = try (store as any WijkteamStore).proactiveContacts(since: since)
                    #expect(inOneOrder(contacts) == inOneOrder(try store.reading { try contactsReadInOneQuery($0, since: since) }))
                    // The engines without stepped rows (PostgreSQL) read them by name: the same contacts.
                    #expect(inOneOrder(contacts) == inOneOrder(try store.reading { try $0.proactiveContactsFromRows(since: since) }))
                    sawBoth = sawBoth || Set(contacts.map(\.kind)).count == 2
                    compared += contacts.count
                }
            }
        }
        #expect(sawBoth && compared > 1_000)
    }

    /// The proactive follow-ups come from the partial indexes v18 and v20 make, which SQLite takes
    /// only when the query's condition is the index's, word for word: both name the kinds
    /// `FollowUpKind` calls proactive, in the same order. The flagged cases are one column of v18's
    /// covering index; the contacts a range of v20's by day, not every proactive follow-up.
    @Test func theProactiveFollowUpsAreReadFromTheirIndexes() throws {
        let kinds = FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        #expect(ProactiveSQL.isProactive == "kind IN (\(kinds))")
        let v18 = try #require(Schema.migrations.first { $0.identifier == "v18-proactive-contacts" })
        #expect(
            v18.steps(.sqlite(fullTextSearch: true)) == [
                .sql(
                    "CREATE INDEX follow_up_proactive ON follow_up(id, case_id, done, done_on, outcome, kind) WHERE \(ProactiveSQL.isProactive)"
                )
            ])
        let v20 = try #require(Schema.migrations.first { $0.identifier == "v20-proactive-contacts-by-day" })
        #expect(
            v20.steps(.sqlite(fullTextSearch: true)) == [
                .sql(
                    "CREATE INDEX follow_up_proactive_contact ON follow_up(done_on, case_id)\n"
                        + "    WHERE \(ProactiveSQL.isProactive) AND \(ProactiveSQL.isContact)")
            ])
        let store = try Fixtures.sampleStore()
        func plan(_ sql: String) throws -> String {
            let details = try store.pool.read { db in
                try String.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, adapter: ColumnMapping(["detail": "detail"]))
            }
            return details.joined(separator: "; ")
        }
        let since = Day("2026-11-20")!
        for sql in [ProactiveSQL.followUps(since: since), ProactiveSQL.flaggedCases] {
            let p = try plan(sql)
            #expect(p.contains("COVERING INDEX follow_up_proactive") && !p.contains("TEMP B-TREE"), "\(p)")
        }
        let contacts = try plan(ProactiveSQL.contacts(since: since))
        #expect(contacts.contains("INDEX follow_up_proactive_contact (done_on>?)") && !contacts.contains("TEMP B-TREE"), "\(contacts)")
    }

    /// A database v17 left is carried forward: v18 adds the index, every follow-up stays, and the
    /// contacts read are the ones read before.
    @Test func aDatabaseFromBeforeV18GetsTheIndexAndKeepsItsFollowUps() throws {
        let store = try Fixtures.sampleStore()
        let since = TeamFigures.contactsSince(today: Day("2026-11-20")!)
        let before = try store.proactiveContacts(since: since)
        func followUps() throws -> [Row] { try store.pool.read { try Row.fetchAll($0, sql: "SELECT * FROM follow_up ORDER BY id") } }
        func hasIndex() throws -> Bool {
            try store.pool.read { try Bool.fetchOne($0, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'follow_up_proactive'")! }
        }
        try store.pool.write { db in
            try db.execute(sql: "DROP INDEX follow_up_proactive; DELETE FROM grdb_migrations WHERE identifier = 'v18-proactive-contacts'")
        }
        let rows = try followUps()
        #expect(try !hasIndex() && rows.count > 10)
        try Schema.migrator.migrate(store.pool)
        #expect(try hasIndex() && followUps() == rows)
        #expect(try store.proactiveContacts(since: since) == before && !before.isEmpty)
    }

    /// A database v19 left is carried forward: v20 adds the index, every follow-up stays, and the
    /// contacts read are the ones the rows path reads (compared in one order). A day of its own:
    /// the sample's follow-ups are done by 2026-11-14, whatever today is.
    @Test func aDatabaseFromBeforeV20GetsTheIndexAndTheSameContacts() throws {
        let store = try Fixtures.sampleStore()
        let since = TeamFigures.contactsSince(today: Day("2026-11-20")!)
        let before = try store.reading { try $0.proactiveContactsFromRows(since: since) }
        func followUps() throws -> [Row] { try store.pool.read { try Row.fetchAll($0, sql: "SELECT * FROM follow_up ORDER BY id") } }
        func hasIndex() throws -> Bool {
            try store.pool.read {
                try Bool.fetchOne($0, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'follow_up_proactive_contact'")!
            }
        }
        try store.pool.write { db in
            try db.execute(sql: "DROP INDEX follow_up_proactive_contact")
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v20-proactive-contacts-by-day'")
        }
        let rows = try followUps()
        #expect(try !hasIndex() && rows.count > 10)
        try Schema.migrator.migrate(store.pool)
        #expect(try hasIndex() && followUps() == rows)
        #expect(inOneOrder(try store.proactiveContacts(since: since)) == inOneOrder(before) && before.contains { $0.kind == .followUp })
    }
}
