#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Schema v16's tables on the team's server (guard version 5): the plan, the route and a
/// provision's steps are seen with their case; the catalogues by every colleague and kept by
/// the writers. Tried with raw SQL as the colleague who must not see them: reading, adding,
/// changing, removing.
@Suite(.serialized) struct TeamServerPlanTests {
    typealias Team = TeamServerTests.Team
    typealias Records = TeamServerRecordsTests

    static func count(_ s: PostgresSession, _ sql: String) throws -> Int { try TeamServerTests.count(s, sql) }

    @Test func theGuardIsVersion6() throws {
        let team = try Team()
        defer { team.drop() }
        #expect(try team.once("daan") { try Self.count($0, "SELECT guard_version()") } == 6)
    }

    /// Plan rows of a case shared with karin (outside the team) and of one not shared.
    static func planRows(_ hidden: Int, _ shared: Int) -> String {
        [hidden, shared].map { c in
            """
            INSERT INTO care_plan (case_id, question) VALUES (\(c), 'Weer zelf boodschappen doen ‮معلومات‬ 👨‍👩‍👧')
                ON CONFLICT (case_id) DO UPDATE SET question = EXCLUDED.question;
            INSERT INTO plan_point (case_id, kind, text) VALUES (\(c), 'worry', 'Eet slecht');
            INSERT INTO plan_goal (case_id, domain, target, text) VALUES (\(c), 'financien', 3, 'Schulden in beeld');
            INSERT INTO plan_action (case_id, goal_id, text, owner_kind, due)
                VALUES (\(c), (SELECT MAX(id) FROM plan_goal WHERE case_id = \(c)), 'Belt de bank', 'regisseur', '2026-12-01');
            INSERT INTO route_rung (goal_id, case_id, rung, carries, answer, recorded_on)
                VALUES ((SELECT MAX(id) FROM plan_goal WHERE case_id = \(c)), \(c), 'eigen_kracht', 0, 'Overzicht kwijt', '2026-11-02');
            INSERT INTO provision (case_id, kind, provider, description, status, requested_on)
                VALUES (\(c), 'tailored', 'Zorgkring', 'Begeleiding', 'requested', '2026-11-02');
            INSERT INTO provision_step (provision_id, case_id, status, on_day)
                VALUES ((SELECT MAX(id) FROM provision WHERE case_id = \(c)), \(c), 'requested', '2026-11-02');
            """
        }.joined(separator: "\n")
    }

    @Test func aColleagueWhoMustNotSeeNeitherReadsNorChangesThePlanOrAProvisionsSteps() throws {
        let team = try Team()
        defer { team.drop() }
        let (_, hidden) = try TeamServerMethodTests.shared(team, false)
        let (_, shared) = try TeamServerMethodTests.shared(team, true)
        let tables = ["care_plan", "plan_point", "plan_action", "route_rung", "provision_step"]
        _ = try Records.base(team, "SELECT 1", change: Self.planRows(hidden, shared))
        let karin = try team.psql("karin")
        defer { karin.close() }
        for table in tables {
            #expect(try Self.count(karin, "SELECT COUNT(*) FROM \(table) WHERE case_id = \(hidden)") == 0, "\(table)")
            #expect(try Self.count(karin, "SELECT COUNT(*) FROM \(table) WHERE case_id = \(shared)") >= 1, "\(table)")
        }
        for sql in [
            "INSERT INTO plan_point (case_id, kind, text) VALUES (\(hidden), 'strength', 'x')",
            "INSERT INTO care_plan (case_id, question) VALUES (\(hidden), 'x') ON CONFLICT (case_id) DO UPDATE SET question = 'x'",
            "INSERT INTO provision_step (provision_id, case_id, status, on_day) VALUES ((SELECT MIN(id) FROM provision), \(hidden), 'active', '2026-11-03')",
        ] {
            let refusal = TeamServerTests.refused(karin, sql) ?? ""
            #expect(refusal.contains("row-level security") || refusal.contains("permission denied"), "\(sql): \(refusal)")
        }
        for table in tables {
            _ = TeamServerTests.refused(karin, "DELETE FROM \(table)")
        }
        for sql in [
            "UPDATE care_plan SET question = 'overschreven'", "UPDATE plan_point SET text = 'overschreven'",
            "UPDATE plan_action SET text = 'overschreven'", "UPDATE route_rung SET answer = 'overschreven'",
            "UPDATE provision_step SET reason = 'overschreven'",
        ] {
            _ = TeamServerTests.refused(karin, sql)
        }
        for table in tables {
            #expect(try Records.base(team, "SELECT COUNT(*) FROM \(table) WHERE case_id IN (\(hidden), \(shared))") >= 2, "\(table)")
        }
        #expect(try Records.base(team, "SELECT COUNT(*) FROM care_plan WHERE question = 'overschreven'") == 0)
        #expect(try Records.base(team, "SELECT COUNT(*) FROM plan_point WHERE text = 'overschreven'") == 0)
        // The team reads the hidden case's plan.
        #expect(try team.once("daan") { try Self.count($0, "SELECT COUNT(*) FROM plan_point WHERE case_id = \(hidden)") } >= 1)
    }

    /// The catalogues hold no client data: every colleague reads them, only writers keep them.
    @Test func theCataloguesAreReadByEveryColleagueAndKeptByWriters() throws {
        let team = try Team()
        defer { team.drop() }
        let add = "INSERT INTO provider (name, law, norm_weeks) VALUES ('Zorgkring Proef', 'wmo', 6)"
        let karin = try team.psql("karin")
        defer { karin.close() }
        let refusal = TeamServerTests.refused(karin, add) ?? ""
        #expect(refusal.contains("row-level security") || refusal.contains("permission denied"), "\(refusal)")
        #expect(
            try team.once("daan") { s in
                try s.execute(add); return try Self.count(s, "SELECT COUNT(*) FROM provider")
            } >= 1)
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM provider WHERE name = 'Zorgkring Proef'") == 1)
        _ = TeamServerTests.refused(karin, "UPDATE provider SET norm_weeks = 99")
        _ = TeamServerTests.refused(karin, "DELETE FROM provider")
        #expect(try Records.base(team, "SELECT COUNT(*) FROM provider WHERE name = 'Zorgkring Proef' AND norm_weeks = 6") == 1)
        #expect(try Records.base(team, "SELECT COUNT(*) FROM provider WHERE norm_weeks = 99") == 0)
    }
}
#endif
