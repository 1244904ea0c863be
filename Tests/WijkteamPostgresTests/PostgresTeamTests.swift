#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Need-to-know in the database: each team has a login role and a schema of its own (the
/// README's set-up), so one team's staff cannot read another team's households even with psql.
@Suite struct PostgresTeamTests {
    @Test func aTeamCannotReadAnotherTeamsHouseholds() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let suffix = String(scratch.location.database.suffix(8))
        let (teamA, teamB) = ("team_a_\(suffix)", "team_b_\(suffix)")
        let admin = try PostgresSession.connect(scratch.location)
        // The set-up the README gives, for two teams.
        for team in [teamA, teamB] {
            try admin.execute("CREATE ROLE \(team) LOGIN; CREATE SCHEMA \(team) AUTHORIZATION \(team)")
        }
        try admin.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        admin.close()
        defer {
            if let a = try? PostgresSession.connect(scratch.server) {
                try? a.execute("DROP DATABASE IF EXISTS \(scratch.location.database) WITH (FORCE)")
                try? a.execute("DROP ROLE IF EXISTS \(teamA); DROP ROLE IF EXISTS \(teamB)")
                a.close()
            }
        }
        func session(as team: String) throws -> PostgresSession {
            var l = scratch.location
            l.user = team
            return try PostgresSession.connect(l)
        }
        let a = try session(as: teamA), b = try session(as: teamB)
        defer { a.close(); b.close() }
        // Each team loads its own district into its own schema.
        let sample = try PostgresCopyTests.sample()
        #expect(try PostgresCopy.copy(from: sample, to: a).countsMatch)
        let households = try a.rows("SELECT COUNT(*) FROM household").first!.decode(Int.self)
        #expect(households > 40)
        #expect(try a.rows("SELECT COUNT(*) FROM \(teamA).household").first!.decode(Int.self) == households)
        // Team B sees no households of team A's: not by name, not through its own search path.
        #expect { try b.rows("SELECT * FROM \(teamA).household") } throws: { "\($0)".contains("permission denied for schema \(teamA)") }
        #expect { try b.rows("SELECT * FROM household") } throws: { "\($0)".contains("relation \"household\" does not exist") }
        #expect { try b.rows("SELECT * FROM public.household") } throws: { "\($0)".contains("does not exist") || "\($0)".contains("permission denied") }
        // Team B's own district stands beside it, and team A's is unchanged.
        var g = DistrictGenerator(seed: 3, size: .city(households: 60), today: Day("2026-11-20")!)
        #expect(try PostgresCopy.load(g.generate(), into: b).countsMatch)
        #expect(try b.rows("SELECT COUNT(*) FROM household").first!.decode(Int.self) == 60)
        #expect(try a.rows("SELECT COUNT(*) FROM household").first!.decode(Int.self) == households)
    }
}
#endif
