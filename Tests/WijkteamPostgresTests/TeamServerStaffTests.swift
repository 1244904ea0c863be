#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Issue 24 on the team's server: the staff list, absences, their history and covers are the
/// team lead's to change, a cover reads the covered case while its absence holds, and a
/// colleague who left reads nothing; tried as each colleague with psql would.
@Suite(.serialized) struct TeamServerStaffTests {
    typealias Team = TeamServerTests.Team

    static func count(_ s: PostgresSession, _ sql: String) throws -> Int { try TeamServerTests.count(s, sql) }
    static func refused(_ s: PostgresSession, _ sql: String) -> String? { TeamServerTests.refused(s, sql) }
    /// A day relative to the server's date, as SQL.
    static func day(_ offset: Int) -> String { "to_char(current_date + \(offset), 'YYYY-MM-DD')" }

    @Test func aGeneralistCannotChangeTheTeamAndTheLeadCan() throws {
        let team = try Team()
        defer { team.drop() }
        let daan = try team.psql("daan")
        defer { daan.close() }
        let absence = try team.once("fatima") {
            try $0.rows("INSERT INTO staff_absence (staff_id, from_day, kind) VALUES ('zoe', \(Self.day(-2)), 'ill') RETURNING id")
                .first!.decode(Int.self)
        }
        let state = """
            SELECT (SELECT capacity::text || role || COALESCE(account, '-') FROM staff WHERE id = 'daan')
                || (SELECT COUNT(*)::text FROM staff) || (SELECT COALESCE(account, '-') FROM staff WHERE id = 'fatima')
                || (SELECT COUNT(*)::text || MAX(COALESCE(to_day, 'open')) FROM staff_absence)
                || (SELECT COUNT(*)::text FROM staff_change) || (SELECT COUNT(*)::text FROM case_cover)
            """
        let before = try team.once("fatima") { try $0.rows(state).first!.decode(String.self) }
        for sql in [
            "UPDATE staff SET capacity = 99 WHERE id = 'daan'",
            "UPDATE staff SET role = 'team_lead' WHERE id = 'daan'",
            "UPDATE staff SET account = 'daan' WHERE id = 'fatima'",
            "UPDATE staff SET account = NULL WHERE id = 'fatima'",
            "INSERT INTO staff (id, name, role, capacity, account) VALUES ('boss', 'Boss', 'team_lead', 9, 'boss')",
            "DELETE FROM staff WHERE id = 'zoe'",
            "INSERT INTO staff_absence (staff_id, from_day, kind) VALUES ('fatima', \(Self.day(0)), 'leave')",
            "UPDATE staff_absence SET to_day = from_day WHERE id = \(absence)",
            "INSERT INTO staff_change (staff_id, on_day, field, old_value, new_value) VALUES ('daan', '2026-12-01', 'capacity', '6', '99')",
            "UPDATE staff_change SET new_value = '99'",
            "TRUNCATE staff_absence",
        ] {
            #expect(Self.refused(daan, sql) != nil, "\(sql)")
        }
        // A removal a policy leaves nothing to remove from is no error, but removes nothing either.
        for sql in ["DELETE FROM staff_absence", "DELETE FROM staff_change", "DELETE FROM case_cover"] { _ = Self.refused(daan, sql) }
        #expect(try team.once("fatima") { try $0.rows(state).first!.decode(String.self) } == before)
        // The colleague reads the team and its absences (planning needs them), and only their own history.
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM staff_absence WHERE id = \(absence)") == 1)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM staff WHERE account IS NOT NULL AND capacity > 0") >= 8)

        // The team lead can do each of these.
        let fatima = try team.psql("fatima")
        defer { fatima.close() }
        let (history, own) = (
            try Self.count(fatima, "SELECT COUNT(*) FROM staff_change"), try Self.count(daan, "SELECT COUNT(*) FROM staff_change")
        )
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM staff_change WHERE staff_id <> 'daan'") == 0)
        for sql in [
            "UPDATE staff SET capacity = 4.5, work_days = 'mon tue wed', version = version + 1 WHERE id = 'daan'",
            "INSERT INTO staff (id, name, role, capacity, account) VALUES ('h5_new', 'Ayşe Çelik', 'new_staff', 0, NULL)",
            "UPDATE staff SET account = 'h5_new_login' WHERE id = 'h5_new'",
            "INSERT INTO staff_change (staff_id, on_day, field, old_value, new_value) VALUES ('daan', '2026-12-01', 'capacity', '6', '4.5')",
            "INSERT INTO staff_change (staff_id, on_day, field, old_value, new_value) VALUES ('zoe', '2026-12-01', 'role', 'a', 'b')",
            "UPDATE staff_absence SET to_day = \(Self.day(3)) WHERE id = \(absence)",
            "INSERT INTO case_cover (case_id, absence_id, cover_id, named_on) VALUES (1, \(absence), 'daan', \(Self.day(0)))",
            "DELETE FROM case_cover WHERE absence_id = \(absence)",
            "DELETE FROM staff_absence WHERE id = \(absence)",
        ] {
            #expect(Self.refused(fatima, sql) == nil, "\(sql)")
        }
        #expect(try Self.count(fatima, "SELECT COUNT(*) FROM staff WHERE id = 'daan' AND capacity = 4.5") == 1)
        #expect(try Self.count(fatima, "SELECT COUNT(*) FROM staff_absence WHERE id = \(absence)") == 0)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM staff_change") == own + 1)
        #expect(try Self.count(fatima, "SELECT COUNT(*) FROM staff_change") == history + 2)
    }

    /// A case with sensitive entries daan did not write, whose regisseur is not daan and has no
    /// daan among its colleagues, made a safety case by the team lead if it was not one:
    /// (case, household, regisseur).
    static func closedSafetyCase(_ team: Team) throws -> (Int, Int, String) {
        try team.once("fatima") {
            let found = try #require(
                try $0.rows(
                    """
                    SELECT c.id, c.household_id, c.regisseur_id FROM care_case c
                    WHERE c.phase <> 'afgesloten' AND c.regisseur_id IS NOT NULL AND c.regisseur_id <> 'daan'
                    AND NOT EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.staff_id = 'daan')
                    AND EXISTS (SELECT 1 FROM journal_entry j WHERE j.case_id = c.id AND j.sensitive = 1 AND j.author_id <> 'daan')
                    ORDER BY c.safety DESC, c.id LIMIT 1
                    """
                ).first
            ).decode((Int, Int, String).self)
            try $0.execute("UPDATE care_case SET safety = 1 WHERE id = \(found.0)")
            return found
        }
    }

    @Test func aCoverReadsTheCoveredCaseWhileTheAbsenceHoldsAndCannotNameThemselves() throws {
        let team = try Team()
        defer { team.drop() }
        let (caseID, household, regisseur) = try Self.closedSafetyCase(team)
        let fatima = try team.psql("fatima")
        defer { fatima.close() }
        let absence = try #require(
            try fatima.rows(
                "INSERT INTO staff_absence (staff_id, from_day, to_day, kind) VALUES ('\(regisseur)', \(Self.day(-3)), \(Self.day(10)), 'ill') RETURNING id"
            ).first?.decode(Int.self))
        let daan = try team.psql("daan")
        defer { daan.close() }
        try daan.execute("SELECT audit_append(\(household), \(caseID), 'open_household', '', 'allowed', 'psql')")
        let texts = "SELECT COUNT(*) FROM journal_entry WHERE case_id = \(caseID) AND sensitive = 1 AND author_id <> 'daan' AND text <> ''"
        let question = "SELECT COUNT(*) FROM care_case WHERE id = \(caseID) AND presenting <> ''"
        #expect(try Self.count(daan, texts) == 0)
        // Naming himself the cover is refused, and opens nothing.
        let selfNamed =
            "INSERT INTO case_cover (case_id, absence_id, cover_id, named_on) VALUES (\(caseID), \(absence), 'daan', \(Self.day(0)))"
        #expect(Self.refused(daan, selfNamed)?.contains("row-level security") == true)
        #expect(try Self.count(daan, texts) == 0)
        #expect(try Self.count(daan, question) == 0)
        // Named by the team lead, he reads the case as its regisseur would, while the absence holds.
        try fatima.execute(selfNamed)
        #expect(try Self.count(daan, texts) > 0)
        #expect(try Self.count(daan, question) == 1)
        // He cannot make the absence last longer, nor end it for the absent colleague.
        #expect(Self.refused(daan, "UPDATE staff_absence SET to_day = NULL WHERE id = \(absence)") != nil)
        // The absence ends (in the past now): the cover ends with it, by itself.
        try fatima.execute("UPDATE staff_absence SET from_day = \(Self.day(-9)), to_day = \(Self.day(-1)) WHERE id = \(absence)")
        #expect(try Self.count(daan, texts) == 0)
        #expect(try Self.count(daan, question) == 0)
        // Not begun yet, it opens nothing either; running, it does again.
        try fatima.execute("UPDATE staff_absence SET from_day = \(Self.day(1)), to_day = NULL WHERE id = \(absence)")
        #expect(try Self.count(daan, texts) == 0)
        try fatima.execute("UPDATE staff_absence SET from_day = \(Self.day(0)) WHERE id = \(absence)")
        #expect(try Self.count(daan, texts) > 0)
        // The case handed to someone else: the absent colleague is no longer its regisseur, the cover ends.
        let other = regisseur == "zoe" ? "emre" : "zoe"
        try fatima.execute("UPDATE care_case SET regisseur_id = '\(other)' WHERE id = \(caseID)")
        #expect(try Self.count(daan, texts) == 0)
    }

    @Test func theOutsideColleagueReadsNamesAndRolesButNoAbsencesAccountsOrCapacity() throws {
        let team = try Team()
        defer { team.drop() }
        try team.once("fatima") {
            try $0.execute("INSERT INTO staff_absence (staff_id, from_day, kind) VALUES ('zoe', \(Self.day(-1)), 'ill')")
            try $0.execute("INSERT INTO staff_absence (staff_id, from_day, kind) VALUES ('karin', \(Self.day(-1)), 'training')")
        }
        let karin = try team.psql("karin")
        defer { karin.close() }
        let everyone = try team.once("daan") { try Self.count($0, "SELECT COUNT(*) FROM staff") }
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM staff WHERE name <> '' AND role <> ''") == everyone)
        #expect(
            try Self.count(
                karin, "SELECT COUNT(*) FROM staff WHERE id <> 'karin' AND (account IS NOT NULL OR capacity <> 0 OR work_days <> '')") == 0)
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM staff WHERE id = 'karin' AND account = 'karin'") == 1)
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM staff_absence WHERE staff_id <> 'karin'") == 0)
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM staff_absence WHERE staff_id = 'karin'") == 1)
        #expect(try team.once("daan") { try Self.count($0, "SELECT COUNT(*) FROM staff_absence WHERE staff_id = 'zoe'") } >= 1)
        #expect(Self.refused(karin, "UPDATE staff SET capacity = 1 WHERE id = 'karin'")?.contains("permission denied") == true)
        // The app opens for her as before.
        let (store, staff) = try PostgresStore.openAsColleague(team.location("karin"), origin: "test")
        #expect(staff.id == "karin" && staff.absences.count == 1)
        #expect(try store.staff().first { $0.id == "zoe" }.map { $0.absences.isEmpty && $0.account == nil } == true)
    }

    @Test func aColleagueWhoLeftReadsNothingAndServerInitClosesTheirLogin() throws {
        let team = try Team()
        let login = "h5_" + String(team.scratch.location.database.suffix(12))
        defer {
            team.drop()
            if let admin = try? PostgresSession.connect(team.scratch.server) {
                try? admin.execute("DROP ROLE IF EXISTS \(login)")
                admin.close()
            }
        }
        let fatima = try team.psql("fatima")
        defer { fatima.close() }
        try fatima.execute(
            "INSERT INTO staff (id, name, role, capacity, account) VALUES ('leaver', 'Łukasz 🌷 Ünal-İnan', 'generalist', 3, '\(login)')")
        // The administrator runs server init again: the new colleague's login is made.
        func rerun() throws -> TeamServer.Colleague? {
            let admin = try PostgresSession.connect(team.scratch.location)
            defer { admin.close() }
            let report = try TeamServer.initialize(admin, names: team.names) { try PostgresCopyTests.sample() }
            #expect(report.loaded == nil)
            return report.colleagues.first { $0.login == login }
        }
        #expect(try rerun() == TeamServer.Colleague(staff: "leaver", login: login, created: true, leftOn: nil))
        let leaver = try team.psql(login)
        defer { leaver.close() }
        #expect(try Self.count(leaver, "SELECT COUNT(*) FROM household") == 46)

        let today = try fatima.rows("SELECT \(Self.day(0))").first!.decode(String.self)
        try fatima.execute("UPDATE staff SET left_on = '\(today)' WHERE id = 'leaver'")
        // From the day they leave, the same session reads nothing of the team's.
        let readable = try leaver.rows(
            """
            SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('\(team.names.data)', '\(team.names.guardSchema)') AND c.relkind IN ('r', 'v', 'p')
            AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1
            """
        ).map { try $0.decode(String.self) }
        let tables = Set(readable.map { String($0.split(separator: ".").last!) })
        #expect(
            tables.isSuperset(of: ["household", "journal_entry", "staff", "staff_absence", "case_cover", "meeting", "meta", "audit_log"]))
        let bookkeeping: Set<String> = ["schema_migrations", "audit_head", "audit_seal", "audit_seal_key"]
        for relation in readable where !bookkeeping.contains(String(relation.split(separator: ".").last!)) {
            #expect(try Self.count(leaver, "SELECT COUNT(*) FROM \(relation)") == 0, "\(relation)")
        }
        for sql in [
            "INSERT INTO network_tie (household_id, name, sector, relation, strength) VALUES (3, 'Tante', 'family', 'aunt', 'strong')",
            "SELECT audit_append(3, NULL, 'open_household', '', 'allowed', 'psql')",
            "SELECT * FROM search_journal('jayden:*', 50, 'psql')",
            "INSERT INTO break_glass (case_id, staff_id, at, reason) VALUES (3, 'leaver', '2026-12-03T10:00:00Z', 'still here')",
        ] {
            #expect(Self.refused(leaver, sql) != nil, "\(sql)")
        }
        #expect(try team.once("fatima") { try Self.count($0, "SELECT COUNT(*) FROM network_tie WHERE name = 'Tante'") } == 0)
        // The app says why it does not open.
        #expect { try PostgresStore.openAsColleague(team.location(login), origin: "test") } throws: { "\($0)".contains(today) }
        // server init again: the login no longer logs in, and is out of the team's role.
        #expect(try rerun() == TeamServer.Colleague(staff: "leaver", login: login, created: false, leftOn: today))
        #expect(throws: (any Error).self) { try team.psql(login).close() }
        let role = try fatima.rows(
            "SELECT rolcanlogin, pg_has_role('\(login)', '\(team.names.staff)', 'MEMBER') FROM pg_roles WHERE rolname = '\(login)'"
        ).first?.decode((Bool, Bool).self)
        #expect(role.map { !$0.0 && !$0.1 } == true)
        // Their leaving day withdrawn, the next server init opens the login again.
        try fatima.execute("UPDATE staff SET left_on = NULL WHERE id = 'leaver'")
        #expect(try rerun()?.leftOn == nil)
        #expect(try team.once(login) { try Self.count($0, "SELECT COUNT(*) FROM household") } == 46)
    }
}
#endif
