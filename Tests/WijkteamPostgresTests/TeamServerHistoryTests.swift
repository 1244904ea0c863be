#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Schema v17's case history on the team's server (guard version 6): read with its case, added
/// by who may change the case (as themselves), and never changed or removed by a colleague, the
/// keepers of records neither. Tried with raw SQL as each would.
@Suite(.serialized) struct TeamServerHistoryTests {
    typealias Team = TeamServerTests.Team
    typealias Records = TeamServerRecordsTests

    static func count(_ s: PostgresSession, _ sql: String) throws -> Int { try TeamServerTests.count(s, sql) }

    /// A day no other history row has.
    static let day = "2001-02-03"

    static func add(_ c: Int, _ phase: String = "plan", day: String = day) -> String {
        "INSERT INTO case_history (case_id, kind, value, on_day, source) VALUES (\(c), 'phase', '\(phase)', '\(day)', 'app')"
    }

    static func isRefusal(_ refusal: String?) -> Bool {
        guard let refusal else { return false }
        return refusal.contains("row-level security") || refusal.contains("permission denied")
    }

    @Test func anOutsideColleagueNeitherReadsNorWritesTheHistoryOfACaseNotSharedWithThem() throws {
        let team = try Team()
        defer { team.drop() }
        let (_, hidden) = try TeamServerMethodTests.shared(team, false)
        let (_, shared) = try TeamServerMethodTests.shared(team, true)
        _ = try Records.base(team, "SELECT 1", change: Self.add(hidden) + ";\n" + Self.add(shared))
        let karin = try team.psql("karin")
        defer { karin.close() }
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM case_history WHERE case_id = \(hidden)") == 0)
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM case_history WHERE case_id = \(shared)") >= 1)
        for sql in [
            Self.add(hidden, "afgesloten", day: "2001-02-04"), Self.add(shared, "afgesloten", day: "2001-02-04"),
            "UPDATE case_history SET on_day = '2001-02-05' WHERE case_id = \(shared)",
            "UPDATE case_history SET on_day = '2001-02-05' WHERE case_id = \(hidden)",
            "DELETE FROM case_history WHERE case_id = \(shared)", "DELETE FROM case_history WHERE case_id = \(hidden)",
            "TRUNCATE case_history",
        ] {
            let refusal = TeamServerTests.refused(karin, sql)
            #expect(Self.isRefusal(refusal), "\(sql): \(refusal ?? "allowed")")
        }
        #expect(try Records.base(team, "SELECT COUNT(*) FROM case_history WHERE on_day = '\(Self.day)'") == 2)
        #expect(try Records.base(team, "SELECT COUNT(*) FROM case_history WHERE on_day IN ('2001-02-04', '2001-02-05')") == 0)
        // The team reads the hidden case's history.
        #expect(
            try team.once("daan") { try Self.count($0, "SELECT COUNT(*) FROM case_history WHERE case_id = \(hidden)") } >= 1)
    }

    @Test func aGeneralistAddsHistoryAsThemselvesButNobodyChangesOrRemovesIt() throws {
        let team = try Team()
        defer { team.drop() }
        try Records.addOfficer(team)
        let (_, c) = try TeamServerMethodTests.shared(team, false)
        try team.once("daan") {
            try $0.execute(
                "INSERT INTO case_history (case_id, kind, value, on_day, source, recorded_by) VALUES (\(c), 'phase', 'evaluatie', '\(Self.day)', 'app', 'fatima')"
            )
        }
        let mine = "SELECT COUNT(*) FROM case_history WHERE case_id = \(c) AND on_day = '\(Self.day)' AND value = 'evaluatie'"
        #expect(try Records.base(team, mine + " AND recorded_by = 'daan'") == 1)
        for login in ["daan", "fatima", Records.officer] {
            let s = try team.psql(login)
            defer { s.close() }
            for sql in [
                "UPDATE case_history SET value = 'afgesloten' WHERE case_id = \(c)",
                "UPDATE case_history SET recorded_by = NULL WHERE case_id = \(c)",
                "DELETE FROM case_history WHERE case_id = \(c)", "TRUNCATE case_history",
            ] {
                let refusal = TeamServerTests.refused(s, sql)
                #expect(Self.isRefusal(refusal), "\(login): \(sql): \(refusal ?? "allowed")")
            }
        }
        #expect(try Records.base(team, mine) == 1)
        // The privacy officer reads it (the records are theirs to keep) but adds nothing.
        #expect(try team.once(Records.officer) { try Self.count($0, mine) } == 1)
        #expect(try team.once(Records.officer) { Self.isRefusal(TeamServerTests.refused($0, Self.add(c, day: "2001-02-04"))) })
    }
}
#endif
