#if PostgreSQL
import Foundation
import Testing

/// Issue 11 in the real binary: two terminals on one PostgreSQL database (script/test-postgres
/// starts the server and sets WIJKTEAM_TEST_POSTGRES).
@Suite(.serialized) struct PostgresEndToEndTests {
    typealias JSON = [String: Any]

    /// A new database on the test server with the sample district in it; its URL.
    static func freshDatabase() throws -> String {
        guard let server = ProcessInfo.processInfo.environment["WIJKTEAM_TEST_POSTGRES"],
              var url = URLComponents(string: server) else {
            throw CLIFailure(result: Binary.Result(status: 1, out: "", err: "WIJKTEAM_TEST_POSTGRES is not set: run script/test-postgres"))
        }
        let name = "wk_cli_" + UUID().uuidString.prefix(8).lowercased()
        _ = try Spawn.run(["psql", server, "-qc", "CREATE DATABASE \(name)"], scratch: Binary.tempDir())
        url.path = "/" + name
        let location = url.string!
        let r = try Binary.run(["init", "--db", location])
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return location
    }

    /// Pane one assigns a case with the picker; pane two, on another connection, shows it on
    /// its board within a second, without a key press.
    @Test func anAssignmentInOnePaneShowsInTheOtherWithinASecond() throws {
        let db = try Self.freshDatabase()
        let board = try Binary.json(["board", "--db", db, "--json", "--as", "fatima"]) as! JSON
        let unassigned = (board["unassigned"] as! [JSON]).count
        let caseID = try #require((board["unassigned"] as! [JSON]).first?["id"] as? Int)
        let one = try TmuxSession(args: ["--db", db, "--as", "fatima", "--lang", "en"], width: 120, height: 36)
        let two = try TmuxSession(args: ["--db", db, "--as", "fatima", "--lang", "en"], width: 120, height: 36)
        for pane in [one, two] {
            let screen = pane.waitFor("unassigned \(unassigned)")
            #expect(screen.contains("unassigned \(unassigned)") && screen.contains("#\(caseID) "), "\(screen)")
        }
        one.send("Home")
        one.send("a")
        one.waitFor("Regisseur for #\(caseID)")
        one.send("Enter")
        let assigned = one.waitFor("u undoes")
        let line = try #require(assigned.split(separator: "\n").last { $0.contains("u undoes") })
        #expect(line.contains("Case #\(caseID) →"))
        let start = Date()
        let seen = two.waitFor(timeout: 3) { $0.contains("unassigned \(unassigned - 1)") }
        let seconds = Date().timeIntervalSince(start)
        #expect(seen.contains("unassigned \(unassigned - 1)"), "pane two did not change: \(seen)")
        #expect(seconds < 1.0, "took \(seconds) s")
        // The status line names the database, and the server has the assignment.
        let name = String(try #require(URLComponents(string: db)?.path.dropFirst()))
        // The change may reach pane two inside its own first full read (it loads everything right
        // after its first frame, and a busy machine makes that read slow): the ↻ of an outside
        // change then comes with its next poll.
        let marked = seen.contains("↻") ? seen : two.waitFor(timeout: 3) { $0.contains("↻") }
        #expect(marked.contains(" \(name) ") && marked.contains("↻"), "\(name): \(marked)")
        let after = try Binary.json(["board", "--db", db, "--json", "--as", "fatima"]) as! JSON
        #expect(!(after["unassigned"] as! [JSON]).contains { $0["id"] as? Int == caseID })
        for pane in [one, two] {
            pane.send("q")
            #expect(pane.exitLine()?.contains("EXIT=0") == true)
        }
        // Both sessions' work is in one verified audit chain.
        let audit = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(audit.status == 0, "\(audit.out) \(audit.err)")
    }

    /// The README's per-team set-up: team A's district is loaded through the app as team A;
    /// a psql session logged in as team B's role cannot select team A's households, and the
    /// app as team B finds no district of its own.
    @Test func psqlAsAnotherTeamCannotSelectATeamsHouseholds() throws {
        guard let server = ProcessInfo.processInfo.environment["WIJKTEAM_TEST_POSTGRES"], var url = URLComponents(string: server) else {
            throw CLIFailure(result: Binary.Result(status: 1, out: "", err: "WIJKTEAM_TEST_POSTGRES is not set: run script/test-postgres"))
        }
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let (database, teamA, teamB) = ("wk_teams_\(suffix)", "team_a_\(suffix)", "team_b_\(suffix)")
        let scratch = Binary.tempDir()
        func psql(_ target: String, _ sql: String) throws -> Spawn.Output {
            try Spawn.capture(["psql", target, "-v", "ON_ERROR_STOP=1", "-qAtc", sql], scratch: scratch)
        }
        #expect(try psql(server, "CREATE DATABASE \(database)").status == 0)
        url.path = "/" + database
        let admin = url.string!
        defer {
            _ = try? psql(server, "DROP DATABASE IF EXISTS \(database) WITH (FORCE)")
            _ = try? psql(server, "DROP ROLE IF EXISTS \(teamA)")
            _ = try? psql(server, "DROP ROLE IF EXISTS \(teamB)")
        }
        for team in [teamA, teamB] {
            #expect(try psql(admin, "CREATE ROLE \(team) LOGIN; CREATE SCHEMA \(team) AUTHORIZATION \(team)").status == 0)
        }
        #expect(try psql(admin, "REVOKE ALL ON SCHEMA public FROM PUBLIC").status == 0)
        func login(_ team: String) -> String {
            var u = url
            u.user = team
            return u.string!
        }
        let loaded = try Binary.run(["init", "--db", login(teamA)])
        #expect(loaded.status == 0, "\(loaded.err)")
        let board = try Binary.json(["board", "--db", login(teamA), "--json", "--as", "fatima"]) as! JSON
        #expect((board["figures"] as! JSON)["open_cases"] as? Int == 42)
        #expect(try psql(login(teamA), "SELECT COUNT(*) FROM household").out.trimmingCharacters(in: .whitespacesAndNewlines) == "46")

        let refused = try psql(login(teamB), "SELECT name FROM \(teamA).household")
        #expect(refused.status != 0 && refused.out.isEmpty)
        #expect(refused.err.contains("permission denied for schema \(teamA)"), "\(refused.err)")
        #expect(try psql(login(teamB), "SELECT name FROM household").err.contains("does not exist"))
        let none = try Binary.run(["board", "--db", login(teamB)])
        #expect(none.status == 1 && none.err.contains("holds no district yet"), "\(none.err)")
    }

    /// A PostgreSQL URL that reaches no server: one clear line, no crash.
    @Test func anUnreachableServerIsOneClearError() throws {
        let r = try Binary.run(["board", "--db", "postgres://nobody:secret@/none?host=/nonexistent-dir"])
        #expect(r.status == 1)
        #expect(r.err.contains("cannot connect to postgres://nobody@"), "\(r.err)")
        #expect(!r.err.contains("secret"))
    }
}
#endif
