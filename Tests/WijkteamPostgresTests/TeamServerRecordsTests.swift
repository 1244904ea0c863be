#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Issue 25 on the team's server (guard version 3): the privacy officer is outside the team but
/// keeps the records with the team lead; erasure, retention settings and corrections are theirs,
/// and nobody, the officer included, changes the access log. Tried with raw SQL as each would.
@Suite(.serialized) struct TeamServerRecordsTests {
    typealias Team = TeamServerTests.Team

    static func count(_ s: PostgresSession, _ sql: String) throws -> Int { try TeamServerTests.count(s, sql) }
    static func refused(_ s: PostgresSession, _ sql: String) -> String? { TeamServerTests.refused(s, sql) }
    static let officer = "h5_fg"

    /// The team lead adds a privacy officer, the administrator reruns `server init` for the login.
    static func addOfficer(_ team: Team) throws {
        try team.once("fatima") {
            try $0.execute(
                "INSERT INTO staff (id, name, role, capacity, account) VALUES ('\(officer)', 'Mårten Øberg-İlhan', 'privacy_officer', 0, '\(officer)')"
            )
        }
        let admin = try PostgresSession.connect(team.scratch.location)
        defer { admin.close() }
        let report = try TeamServer.initialize(admin, names: team.names) { throw TeamGuardError("the district is loaded already") }
        #expect(report.loaded == nil)
        #expect(report.colleagues.contains { $0.login == officer && $0.leftOn == nil })
    }

    /// Each table's rows, as the administrator (who bypasses the policies) finds them.
    static func base(_ team: Team, _ sql: String, change: String? = nil) throws -> Int {
        let admin = try PostgresSession.connect(team.scratch.location)
        defer { admin.close() }
        try admin.execute("SET search_path = \(team.names.data)")
        if let change { try admin.execute(change) }
        return try count(admin, sql)
    }

    /// A household with journal entries but those in `not`, and one of its members.
    static func householdWithJournal(_ team: Team, not: [Int]) throws -> (household: Int, person: Int) {
        let found = try team.once("fatima") {
            try $0.rows(
                """
                SELECT c.household_id, MIN(p.id) FROM care_case c JOIN journal_entry j ON j.case_id = c.id
                JOIN person p ON p.household_id = c.household_id WHERE c.household_id NOT IN (\(not.map(String.init).joined(separator: ", ")))
                GROUP BY c.household_id ORDER BY COUNT(DISTINCT j.id) DESC, c.household_id LIMIT 1
                """
            ).first
        }
        return try #require(found).decode((Int, Int).self)
    }

    @Test func theOfficerIsOutsideTheTeamYetReadsEveryHouseholdAndTheirReadsAreLogged() throws {
        let team = try Team()
        defer { team.drop() }
        try Self.addOfficer(team)
        let roles = "SELECT (in_team()::int * 10 + keeps_records()::int)"
        let expected = ["fatima": 11, "daan": 10, "karin": 0, Self.officer: 1]
        for (login, value) in expected { #expect(try team.once(login) { try Self.count($0, roles) } == value, "\(login)") }
        let mark = try team.psql(Self.officer)
        defer { mark.close() }
        #expect(
            try Self.count(mark, "SELECT COUNT(*) FROM household")
                == (try team.once("fatima") { try Self.count($0, "SELECT COUNT(*) FROM household") }))
        // Outside the team: no colleague's account or absences, no meeting item about no case.
        #expect(try Self.count(mark, "SELECT COUNT(*) FROM staff WHERE account IS NOT NULL AND id <> '\(Self.officer)'") == 0)
        #expect(try Self.count(mark, "SELECT COUNT(*) FROM staff_absence") == 0)
        // A journal's text only after the officer's read is logged, under the officer's login.
        let texts = "SELECT COUNT(*) FROM journal_entry j JOIN care_case c ON c.id = j.case_id WHERE c.household_id = 3 AND j.text <> ''"
        let sensitive = texts + " AND j.sensitive = 1"
        #expect(try Self.count(mark, texts) == 0)
        try mark.execute("SELECT audit_append(3, NULL, 'export', 'inzage person #7', 'allowed', 'psql')")
        #expect(try Self.count(mark, sensitive) >= 3)
        let last = try #require(try mark.rows("SELECT account, staff_id, action, result FROM audit_log ORDER BY id DESC LIMIT 1").first)
        #expect(try last.decode((String, String, String, String).self) == (Self.officer, Self.officer, "export", "allowed"))
        // The officer reads the whole log (to review it) and verifies its chain, as the app does.
        #expect(
            try Self.count(mark, "SELECT COUNT(*) FROM audit_log")
                == (try team.once("fatima") { try Self.count($0, "SELECT COUNT(*) FROM audit_log") }))
        let (store, staff) = try PostgresStore.openAsColleague(team.location(Self.officer), origin: "test")
        #expect(staff.role == .privacyOfficer && store.isGuarded)
        #expect(try store.verifyAudit().ok)
        // They review a reason for reading (break-the-glass), which a generalist cannot.
        let daan = try team.psql("daan")
        defer { daan.close() }
        try daan.execute("INSERT INTO break_glass (case_id, staff_id, at, reason) VALUES (3, 'daan', '2026-12-03T10:00:00Z', 'covering')")
        let review = { (who: String) in
            "UPDATE break_glass SET review = 'confirmed', reviewed_by = '\(who)', reviewed_at = '2026-12-04' WHERE staff_id = 'daan' RETURNING id"
        }
        #expect(try daan.rows(review("daan")).isEmpty)
        #expect(try mark.rows(review(Self.officer)).count == 1)
    }

    @Test func onlyTheKeepersOfRecordsEraseAndChangeRetentionAndNobodyChangesTheLog() throws {
        let team = try Team()
        defer { team.drop() }
        try Self.addOfficer(team)
        try team.once("fatima") { try $0.execute("INSERT INTO setting (key, value) VALUES ('retention_youth_years', 20)") }
        let daan = try team.psql("daan")
        defer { daan.close() }
        let (household, person) = try Self.householdWithJournal(team, not: [3])
        let state = """
            SELECT (SELECT COUNT(*) FROM person WHERE erased_on IS NOT NULL) + (SELECT COUNT(*) FROM household WHERE anonymised_on IS NOT NULL)
                + (SELECT COUNT(*) FROM care_case WHERE anonymised_on IS NOT NULL) + (SELECT COUNT(*) * 1000 FROM person)
                + (SELECT COUNT(*) * 100000 FROM journal_entry) + (SELECT SUM(value) FROM setting WHERE key LIKE 'retention%')
            """
        let before = try Self.base(team, state)
        // A generalist erases nothing: no mark, no person or household removed, no one else's entry.
        for sql in [
            "UPDATE person SET name = '…', erased_on = '2026-12-04' WHERE id = \(person)",
            "UPDATE household SET anonymised_on = '2026-12-04' WHERE id = \(household)",
            "UPDATE care_case SET anonymised_on = '2026-12-04' WHERE household_id = \(household)",
            "DELETE FROM journal_entry WHERE author_id IS DISTINCT FROM 'daan'",
            "INSERT INTO setting (key, value) VALUES ('retention_wmo_years', 1)",
        ] {
            let error = Self.refused(daan, sql) ?? ""
            #expect(error.contains("permission denied") || error.contains("row-level security"), "\(sql): \(error)")
        }
        for sql in [
            "DELETE FROM person WHERE id = \(person)", "DELETE FROM household WHERE id = \(household)",
            "UPDATE setting SET value = 1 WHERE key = 'retention_youth_years'", "DELETE FROM setting",
        ] { _ = Self.refused(daan, sql) }
        #expect(try Self.base(team, state) == before)
        // An outside partner neither reads nor adds corrections of a household not shared with them.
        let hidden = try #require(
            try team.once("fatima") {
                try $0.rows(
                    """
                    SELECT MIN(p.id) FROM person p WHERE p.household_id NOT IN
                    (SELECT c.household_id FROM care_case c JOIN case_member m ON m.case_id = c.id WHERE m.staff_id = 'karin')
                    """
                ).first?.decode(Int.self)
            })
        let correction = "INSERT INTO person_correction (person_id, field, old_value, new_value, reason, corrected_on) VALUES "
        for who in [Self.officer, "daan"] {
            try team.once(who) { try $0.execute(correction + "(\(hidden), 'name', 'Ⓐ', 'אבי', 'resident asked', '2026-12-04')") }
        }
        let karin = try team.psql("karin")
        defer { karin.close() }
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM person_correction WHERE person_id = \(hidden)") == 0)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM person_correction WHERE person_id = \(hidden)") == 2)
        #expect(
            Self.refused(karin, correction + "(\(hidden), 'name', 'x', 'y', 'z', '2026-12-04')")?.contains("row-level security") == true)
        // A generalist who may change the person adds a correction, under their own name; changes none.
        try daan.execute(
            "INSERT INTO person_correction (person_id, field, old_value, new_value, reason, corrected_on, corrected_by) VALUES (\(person), 'born', '1980', '1981', 'typo', '2026-12-04', 'fatima')"
        )
        _ = Self.refused(daan, "UPDATE person_correction SET old_value = ''")
        _ = Self.refused(daan, "DELETE FROM person_correction")
        #expect(try Self.base(team, "SELECT COUNT(*) FROM person_correction WHERE old_value <> ''") == 3)
        #expect(try Self.base(team, "SELECT COUNT(*) FROM person_correction WHERE corrected_by = 'daan'") == 2)
        #expect(try Self.base(team, "SELECT COUNT(*) FROM person_correction WHERE corrected_by = '\(Self.officer)'") == 1)
        // The access log: nobody changes it, the privacy officer neither.
        let mark = try team.psql(Self.officer)
        defer { mark.close() }
        for sql in [
            "DELETE FROM audit_log", "UPDATE audit_log SET detail = 'x'", "UPDATE audit_log SET prev_hash = hash", "TRUNCATE audit_log",
            "UPDATE audit_head SET last_id = 0", "DELETE FROM audit_head", "DELETE FROM audit_seal",
            "INSERT INTO audit_log (at, account, action, result, origin, prev_hash, hash) VALUES ('x', 'fatima', 'change', 'allowed', 'x', 'x', 'x')",
        ] {
            #expect(Self.refused(mark, sql)?.contains("permission denied") == true, "\(sql)")
        }
        #expect(try team.once("fatima") { try PostgresCopy.verifyAudit($0) }.ok)
    }

    @Test func thePrivacyOfficerDoesWhatErasureAndRetentionNeedAndNoMore() throws {
        let team = try Team()
        defer { team.drop() }
        try Self.addOfficer(team)
        let mark = try team.psql(Self.officer)
        defer { mark.close() }
        let (household, person) = try Self.householdWithJournal(team, not: [3])
        let entries = "SELECT COUNT(*) FROM journal_entry j JOIN care_case c ON c.id = j.case_id WHERE c.household_id = "
        // The officer adds no case work and writes no text.
        #expect(
            Self.refused(mark, "INSERT INTO journal_entry (case_id, date, kind, text) VALUES (3, '2026-12-04', 'phone', 'x')")?.contains(
                "permission denied") == true)
        #expect(
            Self.refused(
                mark, "INSERT INTO network_tie (household_id, name, sector, relation, strength) VALUES (3, 'x', 'family', 'aunt', 'strong')"
            ) != nil)
        // Emptying a text not open to them would seem done and change nothing: refused until the read is logged.
        let empty =
            "UPDATE journal_entry SET text = '', search_text = '' WHERE case_id IN (SELECT id FROM care_case WHERE household_id = 3)"
        #expect(Self.refused(mark, empty)?.contains("log the household") == true)
        try mark.execute("SELECT audit_append(3, NULL, 'export', 'erasure #3', 'allowed', 'psql')")
        #expect(
            Self.refused(
                mark, "UPDATE journal_entry SET text = 'rewritten' WHERE case_id IN (SELECT id FROM care_case WHERE household_id = 3)")?
                .contains("only empty") == true)
        #expect(Self.refused(mark, empty) == nil)
        #expect(try Self.base(team, "\(entries)3 AND j.text <> ''") == 0)
        #expect(try Self.base(team, "\(entries)3") > 0)
        // An entry about an erased person, or of an anonymised case, is emptied without reading it.
        let (other, member) = try Self.householdWithJournal(team, not: [3, household])
        let texts = "SELECT COUNT(*) FROM journal_entry WHERE text <> '' AND "
        let about = try Self.base(
            team,
            "SELECT MIN(j.id) FROM journal_entry j JOIN care_case c ON c.id = j.case_id WHERE c.household_id = \(other) AND j.text <> ''")
        #expect(
            try Self.base(team, texts + "id = \(about)", change: "UPDATE journal_entry SET about_person_id = \(member) WHERE id = \(about)")
                == 1)
        for sql in [
            "UPDATE person SET name = '', erased_on = '2026-12-04' WHERE id = \(member)",
            "UPDATE journal_entry SET text = '', search_text = '' WHERE about_person_id = \(member)",
        ] {
            #expect(Self.refused(mark, sql) == nil, "\(sql)")
        }
        #expect(try Self.base(team, texts + "id = \(about)") == 0)
        let ofOther = "case_id IN (SELECT id FROM care_case WHERE household_id = \(other))"
        #expect(
            Self.refused(mark, "UPDATE journal_entry SET text = '', search_text = '' WHERE \(ofOther)")?.contains("log the household")
                == true)
        for sql in [
            "UPDATE care_case SET anonymised_on = '2026-12-04' WHERE household_id = \(other)",
            "UPDATE journal_entry SET text = '', search_text = '' WHERE \(ofOther)",
        ] {
            #expect(Self.refused(mark, sql) == nil, "\(sql)")
        }
        #expect(try Self.base(team, texts + ofOther) == 0)
        #expect(try Self.base(team, "SELECT COUNT(*) FROM journal_entry WHERE \(ofOther)") > 0)
        // Removing rows needs no reading; the marks and the emptied columns are theirs to set.
        #expect(try Self.base(team, "\(entries)\(household)") > 0)
        for sql in [
            "DELETE FROM journal_entry WHERE case_id IN (SELECT id FROM care_case WHERE household_id = \(household))",
            "UPDATE person SET name = '', erased_on = '2026-12-04' WHERE id = \(person)",
            "UPDATE zrm_score SET person_id = person_id WHERE person_id = \(person)",
            "UPDATE network_tie SET name = '' WHERE household_id = \(household)",
            "UPDATE care_case SET presenting = '', behind = NULL, anonymised_on = '2026-12-04' WHERE household_id = \(household)",
            "UPDATE household SET anonymised_on = '2026-12-04' WHERE id = \(household)",
            "UPDATE signal SET description = '', reporter_name = NULL WHERE household_id = \(household)",
            "INSERT INTO person_correction (person_id, field, old_value, new_value, reason, corrected_on) VALUES (\(person), 'name', 'Ⓐ', '', 'erased', '2026-12-04')",
            "UPDATE person_correction SET old_value = '', new_value = '' WHERE person_id = \(person)",
            "INSERT INTO setting (key, value) VALUES ('retention_youth_years', 20) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            "UPDATE setting SET value = 15 WHERE key = 'retention_youth_years'",
        ] {
            #expect(Self.refused(mark, sql) == nil, "\(sql)")
        }
        #expect(try Self.base(team, "\(entries)\(household)") == 0)
        #expect(try Self.base(team, "SELECT COUNT(*) FROM person WHERE id = \(person) AND name = '' AND erased_on = '2026-12-04'") == 1)
        #expect(try Self.base(team, "SELECT COUNT(*) FROM care_case WHERE household_id = \(household) AND anonymised_on IS NULL") == 0)
        #expect(try Self.base(team, "SELECT COUNT(*) FROM person_correction WHERE person_id = \(person) AND old_value = ''") == 1)
        #expect(try Self.base(team, "SELECT value FROM setting WHERE key = 'retention_youth_years'") == 15)
        // A Meldcode note cannot be empty: erasure writes a placeholder, and who did the step stays.
        let signal = try #require(try Self.base(team, "SELECT MIN(id) FROM signal WHERE household_id IS NOT NULL"))
        try team.once("fatima") {
            try $0.execute(
                "INSERT INTO meldcode_step (signal_id, step, done_by, done_on, note) VALUES (\(signal), 1, 'daan', '2026-12-01', 'Ⓐ')")
        }
        #expect(Self.refused(mark, "UPDATE meldcode_step SET note = '(gewist)' WHERE signal_id = \(signal)") == nil)
        #expect(
            try Self.base(
                team, "SELECT COUNT(*) FROM meldcode_step WHERE signal_id = \(signal) AND note = '(gewist)' AND done_by = 'fatima'") == 1)
        // Only the retention settings: the team's other settings stay the team lead's.
        #expect(Self.refused(mark, "INSERT INTO setting (key, value) VALUES ('h5_other', 1)")?.contains("row-level") == true)
        // The erasure's own row, and the chain verifies after all of it.
        try mark.execute("SELECT audit_append(\(household), NULL, 'change', 'erased person #\(person)', 'allowed', 'psql')")
        #expect(try team.once("fatima") { try PostgresCopy.verifyAudit($0) }.ok)
    }
}
#endif
