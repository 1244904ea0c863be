#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Issue 23, from an adversarial read of the team's server: each attack a colleague with psql
/// tried, now refused.
@Suite(.serialized) struct TeamServerAttackTests {
    typealias Team = TeamServerTests.Team

    static func ids(_ s: PostgresSession, _ sql: String) throws -> [Int] { try s.rows(sql).map { try $0.decode(Int.self) } }

    @Test func aTablesOwnErrorShowsNoHiddenText() throws {
        let team = try Team()
        defer { team.drop() }
        let daan = try team.psql("daan")
        defer { daan.close() }
        let hiddenCase = try #require(try Self.ids(daan, "SELECT id FROM care_case WHERE safety = 1 AND presenting = '' ORDER BY id").first)
        let secret = try team.once("fatima") {
            try $0.rows("SELECT presenting FROM care_case WHERE id = \(hiddenCase)").first!.decode(String.self)
        }
        #expect(!secret.isEmpty)
        // A check constraint fails on the table, whose error would show the whole row.
        let error = try #require(TeamServerTests.refused(daan, "UPDATE care_case SET complexity = 9 WHERE id = \(hiddenCase)"))
        #expect(error.contains("check constraint"), "\(error)")
        #expect(!error.contains(String(secret.prefix(20))), "\(error)")
        let hiddenSignal = try #require(try Self.ids(daan, "SELECT id FROM signal WHERE safety = 1 AND description = '' ORDER BY id").first)
        let report = try team.once("fatima") {
            try $0.rows("SELECT description FROM signal WHERE id = \(hiddenSignal)").first!.decode(String.self)
        }
        let signalError = try #require(TeamServerTests.refused(daan, "UPDATE signal SET status = NULL WHERE id = \(hiddenSignal)"))
        #expect(!signalError.contains(String(report.prefix(20))), "\(signalError)")
    }

    @Test func aLoggedRowOpensOnlyItsHouseholdAndTheServerSaysWhetherItWasAllowed() throws {
        let team = try Team()
        defer { team.drop() }
        let daan = try team.psql("daan")
        defer { daan.close() }
        // A "search" row opens nothing (the server searches itself, and logs each household hit).
        try daan.execute("SELECT audit_append(NULL, NULL, 'search', 'nothing', 'allowed', 'psql')")
        #expect(try TeamServerTests.count(daan, "SELECT COUNT(*) FROM journal_entry WHERE text <> ''") == 0)
        #expect(
            TeamServerTests.refused(daan, "SELECT audit_append(3, NULL, 'peek', '', 'allowed', 'psql')")?.contains("no such action") == true
        )
        let hits = try daan.rows("SELECT household_id FROM search_journal('jayden:*', 50, 'psql')").map { try $0.decode(Int.self) }
        #expect(hits.contains(3))
        // The app searches the same way (its limit bound as a 64-bit number).
        let (store, _) = try PostgresStore.openAsColleague(team.location("daan"), origin: "test")
        let found = try store.searchJournal("Jayden")
        #expect(found.contains { $0.householdID == 3 && $0.snippet.contains("Jayden") })
        let karin = try team.psql("karin")
        defer { karin.close() }
        let hidden = try #require(
            try team.once("fatima") {
                try Self.ids(
                    $0,
                    "SELECT id FROM household WHERE id NOT IN (SELECT c.household_id FROM care_case c JOIN case_member m ON m.case_id = c.id WHERE m.staff_id = 'karin') ORDER BY id"
                )
            }.first)
        try karin.execute("SELECT audit_append(\(hidden), NULL, 'open_household', '', 'allowed', 'psql')")
        let rows = try team.once("fatima") { s in
            try s.rows("SELECT account, action, result, household_id FROM audit_log ORDER BY id").map {
                try $0.decode((String, String, String, Int?).self)
            }
        }
        for h in Set(hits) { #expect(rows.contains { $0.0 == "daan" && $0.1 == "search" && $0.3 == h }, "household \(h)") }
        #expect(rows.last.map { $0.0 == "karin" && $0.2 == "denied" && $0.3 == hidden } == true)
    }

    @Test func accessGivenToOneselfWithSQLOpensOnlyWhatComesAfterIt() throws {
        let team = try Team()
        defer { team.drop() }
        let daan = try team.psql("daan")
        defer { daan.close() }
        let texts = "SELECT COUNT(*) FROM journal_entry WHERE case_id = 3 AND sensitive = 1 AND text <> ''"
        #expect(
            TeamServerTests.refused(daan, "INSERT INTO access_grant VALUES (3, 'daan', '2026-01-01', 0)")?.contains("permission denied")
                == true)
        #expect(TeamServerTests.refused(daan, "SELECT self_grant(3, 'zoe')")?.contains("permission denied") == true)
        try daan.execute("UPDATE care_case SET regisseur_id = 'daan' WHERE id = 3")
        try daan.execute("SELECT audit_append(3, 3, 'open_household', '', 'allowed', 'psql')")
        #expect(try TeamServerTests.count(daan, texts) == 0)
        // A reason opens it, and is the team lead's to review.
        try daan.execute(
            "INSERT INTO break_glass (case_id, staff_id, at, reason) VALUES (3, 'daan', '2026-12-03T10:00:00Z', 'crisis call tonight')")
        #expect(try TeamServerTests.count(daan, texts) >= 3)
        // Adding yourself to a case is a self-given access too, whoever you say added you.
        let other = try #require(
            try Self.ids(
                daan,
                """
                SELECT id FROM care_case WHERE phase <> 'afgesloten' AND regisseur_id IS DISTINCT FROM 'daan'
                AND id IN (SELECT case_id FROM journal_entry WHERE sensitive = 1) AND id <> 3 ORDER BY id
                """
            ).first)
        try daan.execute(
            "INSERT INTO case_member (case_id, staff_id, added_by, added_on) VALUES (\(other), 'daan', 'fatima', '2026-12-03')")
        let member = try team.once("fatima") { s in
            try s.rows(
                "SELECT added_by, (SELECT COUNT(*) FROM access_grant WHERE case_id = \(other) AND staff_id = 'daan') FROM case_member WHERE case_id = \(other) AND staff_id = 'daan'"
            )
            .first!.decode((String, Int).self)
        }
        #expect(member.0 == "daan" && member.1 == 1)
    }

    @Test func hiddenRowsCannotBeRemovedOrForgedAndARolledBackAppendLeavesNoGap() throws {
        let team = try Team()
        defer { team.drop() }
        let daan = try team.psql("daan")
        defer { daan.close() }
        #expect(
            TeamServerTests.refused(daan, "DELETE FROM journal_entry WHERE sensitive = 1 AND author_id <> 'daan'")?.contains(
                "permission denied") == true)
        // Ids are the server's: no colleague draws numbers (which would leave gaps in a table's ids).
        #expect(
            TeamServerTests.refused(daan, "SELECT nextval('\(team.names.data).network_tie_id_seq')")?.contains("permission denied") == true)
        try daan.execute("BEGIN")
        try daan.execute(
            "INSERT INTO network_tie (household_id, name, sector, relation, strength) VALUES (3, 'Tante', 'family', 'aunt', 'strong')")
        try daan.execute("ROLLBACK")
        #expect(
            TeamServerTests.refused(daan, "UPDATE journal_entry SET date = '1999-01-01' WHERE author_id <> 'daan'")?.contains(
                "permission denied") == true)
        let hiddenSignal = try #require(try Self.ids(daan, "SELECT id FROM signal WHERE safety = 1 AND description = '' ORDER BY id").first)
        #expect(
            TeamServerTests.refused(daan, "INSERT INTO meldcode_step VALUES (\(hiddenSignal), 5, 'fatima', '2026-12-01', 'forged')")?
                .contains("permission denied") == true)
        // A colleague's rolled-back append (new staff may append: their reads are logged) leaves the chain whole.
        let sanne = try team.psql("sanne")
        defer { sanne.close() }
        try sanne.execute("BEGIN")
        try sanne.execute("SELECT audit_append(NULL, NULL, 'search', '', 'allowed', 'psql')")
        try sanne.execute("ROLLBACK")
        try daan.execute("SELECT audit_append(NULL, NULL, 'search', '', 'allowed', 'psql')")
        #expect(try team.once("fatima") { try PostgresCopy.verifyAudit($0) }.ok)
    }
}
#endif
