#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Schema v15's tables on the team's server (guard version 4): a ZRM measurement is seen with
/// its person's household, as the scores are; a Kindcheck with its case, as the case's journal.
/// Tried with raw SQL as the colleague who must not see them: reading, adding, changing, removing.
@Suite(.serialized) struct TeamServerMethodTests {
    typealias Team = TeamServerTests.Team
    typealias Records = TeamServerRecordsTests

    static func count(_ s: PostgresSession, _ sql: String) throws -> Int { try TeamServerTests.count(s, sql) }

    /// A person and a case of a household shared with karin (outside the team), and of one not shared.
    static func shared(_ team: Team, _ yes: Bool) throws -> (person: Int, case: Int) {
        let karins = "(SELECT c.household_id FROM care_case c JOIN case_member m ON m.case_id = c.id WHERE m.staff_id = 'karin')"
        let row = try team.once("fatima") {
            try $0.rows(
                """
                SELECT MIN(p.id), MIN(c.id) FROM person p JOIN care_case c ON c.household_id = p.household_id
                WHERE p.household_id \(yes ? "IN" : "NOT IN") \(karins)
                """
            ).first
        }
        return try #require(row).decode((Int, Int).self)
    }

    @Test func aColleagueWhoMustNotSeeNeitherReadsNorChangesMeasurementsOrKindchecks() throws {
        let team = try Team()
        defer { team.drop() }
        let (hiddenPerson, hiddenCase) = try Self.shared(team, false)
        let (sharedPerson, sharedCase) = try Self.shared(team, true)
        let rows = """
            INSERT INTO zrm_measurement (person_id, date, recorded_by) VALUES (\(hiddenPerson), '2025-01-15', 'daan'), (\(sharedPerson), '2025-01-15', 'daan');
            INSERT INTO kindcheck (case_id, done_by, done_on, worry, note) VALUES
                (\(hiddenCase), 'daan', '2026-11-02', 1, 'Zorgen om de kinderen: ‮معلومات‬ 👨‍👩‍👧'), (\(sharedCase), 'daan', '2026-11-02', 0, 'Geen zorgen');
            """
        // A day no sample measurement has (the sample's own measurements are on these people too).
        let measurements = "SELECT COUNT(*) FROM zrm_measurement WHERE date = '2025-01-15' AND person_id = "
        let checks = "SELECT COUNT(*) FROM kindcheck WHERE case_id = "
        #expect(try Records.base(team, measurements + "\(hiddenPerson)", change: rows) == 1)
        let karin = try team.psql("karin")
        defer { karin.close() }
        // Read: only what was shared with them.
        #expect(try Self.count(karin, measurements + "\(hiddenPerson)") == 0)
        #expect(try Self.count(karin, checks + "\(hiddenCase)") == 0)
        #expect(try Self.count(karin, measurements + "\(sharedPerson)") == 1)
        #expect(try Self.count(karin, checks + "\(sharedCase)") == 1)
        // Add: refused by the row policy.
        for sql in [
            "INSERT INTO zrm_measurement (person_id, date) VALUES (\(hiddenPerson), '2026-11-03')",
            "INSERT INTO kindcheck (case_id, done_by, done_on, worry, note) VALUES (\(hiddenCase), 'karin', '2026-11-03', 0, 'x')",
        ] {
            // zrm_measurement by its row policy, kindcheck by its masked view's trigger.
            let refusal = TeamServerTests.refused(karin, sql) ?? ""
            #expect(refusal.contains("row-level security") || refusal.contains("permission denied"), "\(sql): \(refusal)")
        }
        // Change and remove: the rows are not there for them (nothing changes), shared ones neither
        // (an outside partner writes nothing).
        for sql in [
            "UPDATE zrm_measurement SET not_assessed = 'financien', date = '2026-01-01'",
            "UPDATE kindcheck SET note = 'overschreven', worry = 0",
            "DELETE FROM zrm_measurement", "DELETE FROM kindcheck",
        ] {
            _ = TeamServerTests.refused(karin, sql)
        }
        #expect(try Records.base(team, "SELECT COUNT(*) FROM zrm_measurement WHERE date = '2025-01-15' AND not_assessed = ''") == 2)
        #expect(try Records.base(team, "SELECT COUNT(*) FROM kindcheck WHERE note <> 'overschreven' AND done_on = '2026-11-02'") == 2)
        // The team reads both.
        #expect(try team.once("daan") { try Self.count($0, measurements + "\(hiddenPerson)") } == 1)
        #expect(try team.once("daan") { try Self.count($0, checks + "\(hiddenCase)") } == 1)
    }

    /// Erasure: the keepers of records remove a person's measurements and a case's Kindchecks,
    /// as they do the scores; the privacy officer writes none.
    @Test func theKeepersOfRecordsEraseMeasurementsAndKindchecksAndTheOfficerAddsNone() throws {
        let team = try Team()
        defer { team.drop() }
        try Records.addOfficer(team)
        let (person, caseID) = try Self.shared(team, false)
        _ = try Records.base(
            team, "SELECT 1",
            change: """
                INSERT INTO zrm_measurement (person_id, date) VALUES (\(person), '2025-01-15');
                INSERT INTO kindcheck (case_id, done_by, done_on, worry, note) VALUES (\(caseID), 'daan', '2026-11-02', 1, 'Zorgen');
                """)
        let mark = try team.psql(Records.officer)
        defer { mark.close() }
        #expect(
            TeamServerTests.refused(
                mark, "INSERT INTO kindcheck (case_id, done_by, done_on, worry, note) VALUES (\(caseID), 'daan', '2026-11-03', 0, 'x')")
                != nil)
        #expect(TeamServerTests.refused(mark, "INSERT INTO zrm_measurement (person_id, date) VALUES (\(person), '2026-11-04')") != nil)
        for sql in ["DELETE FROM zrm_measurement WHERE person_id = \(person)", "DELETE FROM kindcheck WHERE case_id = \(caseID)"] {
            #expect(TeamServerTests.refused(mark, sql) == nil, "\(sql)")
        }
        #expect(try Records.base(team, "SELECT COUNT(*) FROM zrm_measurement WHERE person_id = \(person)") == 0)
        #expect(try Records.base(team, "SELECT COUNT(*) FROM kindcheck WHERE case_id = \(caseID)") == 0)
    }
}
#endif
