#if PostgreSQL
import Foundation
import Testing

/// Issue 11 in the real binary: two terminals on one PostgreSQL database (script/test-postgres
/// starts the server and sets WIJKTEAM_TEST_POSTGRES).
@Suite(.serialized) struct PostgresEndToEndTests {
    typealias JSON = [String: Any]
    /// On a team's server the date is the real one: WIJKTEAM_TODAY is refused there.
    static let realDate = ["WIJKTEAM_TODAY": ""]

    /// A new database on the test server with the sample district set up for a team as the
    /// README says (`wijkteam server init`); the URL each colleague connects with.
    static func freshDatabase() throws -> (_ login: String) -> String {
        guard let server = ProcessInfo.processInfo.environment["WIJKTEAM_TEST_POSTGRES"],
              var url = URLComponents(string: server) else {
            throw CLIFailure(result: Binary.Result(status: 1, out: "", err: "WIJKTEAM_TEST_POSTGRES is not set: run script/test-postgres"))
        }
        let name = "wk_cli_" + UUID().uuidString.prefix(8).lowercased()
        _ = try Spawn.run(["psql", server, "-qc", "CREATE DATABASE \(name)"], scratch: Binary.tempDir())
        url.path = "/" + name
        let r = try Binary.run(["server", "init", "--db", url.string!, "--team", "t" + name], env: Self.realDate)
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return { login in
            var u = url
            u.user = login
            return u.string!
        }
    }

    /// Pane one assigns a case with the picker; pane two, on another connection, shows it on
    /// its board within a second, without a key press.
    @Test func anAssignmentInOnePaneShowsInTheOtherWithinASecond() throws {
        let db = try Self.freshDatabase()("fatima")
        let board = try Binary.json(["board", "--db", db, "--json"], env: Self.realDate) as! JSON
        let unassigned = (board["unassigned"] as! [JSON]).count
        let caseID = try #require((board["unassigned"] as! [JSON]).first?["id"] as? Int)
        let one = try TmuxSession(args: ["--db", db, "--lang", "en"], width: 120, height: 36, env: Self.realDate)
        let two = try TmuxSession(args: ["--db", db, "--lang", "en"], width: 120, height: 36, env: Self.realDate)
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
        let after = try Binary.json(["board", "--db", db, "--json"], env: Self.realDate) as! JSON
        #expect(!(after["unassigned"] as! [JSON]).contains { $0["id"] as? Int == caseID })
        for pane in [one, two] {
            pane.send("q")
            #expect(pane.exitLine()?.contains("EXIT=0") == true)
        }
        // Both sessions' work is in one verified audit chain.
        let audit = try Binary.run(["audit", "--verify", "--db", db], env: Self.realDate)
        #expect(audit.status == 0, "\(audit.out) \(audit.err)")
    }

    /// The README's team set-up in the real binary: a generalist's psql gives no sensitive text
    /// and cannot empty the log, the app as that generalist withholds it, the team lead reads it
    /// (logged), and who you are is the server's: --as, WIJKTEAM_TODAY and a login that is no
    /// colleague are refused, as is a PostgreSQL database without the policies.
    @Test func aTeamsServerHoldsNeedToKnowAgainstPsqlAndTheApp() throws {
        let login = try Self.freshDatabase()
        let scratch = Binary.tempDir()
        func psql(_ who: String, _ sql: String) throws -> Spawn.Output {
            try Spawn.capture(["psql", login(who), "-v", "ON_ERROR_STOP=1", "-qAtc", sql], scratch: scratch)
        }
        let texts = try psql("daan", "SELECT COUNT(*) FROM journal_entry WHERE sensitive = 1 AND text <> ''")
        #expect(texts.status == 0 && texts.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(texts.err)")
        let wiped = try psql("daan", "DELETE FROM audit_log")
        #expect(wiped.status != 0 && wiped.err.contains("permission denied"), "\(wiped.err)")

        let asDaan = try Binary.run(["journal", "show", "3", "--db", login("daan")], env: Self.realDate)
        #expect(
            asDaan.status == 0 && asDaan.out.contains("not shared with you") && !asDaan.out.contains("drinking"),
            "\(asDaan.out) \(asDaan.err)")
        let asLead = try Binary.run(["journal", "show", "3", "--db", login("fatima")], env: Self.realDate)
        #expect(asLead.status == 0 && asLead.out.contains("drinking"), "\(asLead.out) \(asLead.err)")
        let log = try Binary.run(["audit", "--household", "3", "--db", login("fatima")], env: Self.realDate)
        #expect(log.out.contains("open_journal") && log.out.contains("fatima as fatima"), "\(log.out)")

        let chosen = try Binary.run(["board", "--db", login("daan"), "--as", "fatima"], env: Self.realDate)
        #expect(chosen.status == 1 && chosen.err.contains("--as is refused"), "\(chosen.err)")
        let dated = try Binary.run(["board", "--db", login("daan")], env: ["WIJKTEAM_TODAY": "2026-01-01"])
        #expect(dated.status == 1 && dated.err.contains("WIJKTEAM_TODAY"), "\(dated.err)")
        let stranger = try Binary.run(["board", "--db", login("wijkteam")], env: Self.realDate)
        #expect(stranger.status == 1 && stranger.err.contains("server init"), "\(stranger.err)")
    }

    /// A PostgreSQL URL that reaches no server: one clear line, no crash.
    @Test func anUnreachableServerIsOneClearError() throws {
        let r = try Binary.run(["board", "--db", "postgres://nobody:secret@/none?host=/nonexistent-dir"], env: Self.realDate)
        #expect(r.status == 1)
        #expect(r.err.contains("cannot connect to postgres://nobody@"), "\(r.err)")
        #expect(!r.err.contains("secret"))
    }
}
#endif
