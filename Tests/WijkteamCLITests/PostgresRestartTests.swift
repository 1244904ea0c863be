#if PostgreSQL
import Foundation
import Testing

/// Issue 25: the team's server restarts under an open screen. Stops and starts the server all
/// the PostgreSQL tests share, so script/test-postgres runs it on its own, after the others.
@Suite(.serialized) struct PostgresRestartTests {
    typealias JSON = [String: Any]

    /// The throwaway server's directory: its socket directory, in WIJKTEAM_TEST_POSTGRES.
    static func serverDirectory() throws -> String {
        let url = ProcessInfo.processInfo.environment["WIJKTEAM_TEST_POSTGRES"].flatMap(URLComponents.init(string:))
        guard let dir = url?.queryItems?.first(where: { $0.name == "host" })?.value else {
            throw CLIFailure(
                result: Binary.Result(status: 1, out: "", err: "WIJKTEAM_TEST_POSTGRES names no socket directory: run script/test-postgres")
            )
        }
        return dir
    }

    static func postgres(_ command: String, _ dir: String) throws {
        _ = try Spawn.run([Binary.repoRoot.appendingPathComponent("script/postgres").path, command, dir], scratch: Binary.tempDir())
    }

    @Test func anOpenScreenSaysOfflineThenShowsAChangeMadeAfterTheRestartWithinASecond() throws {
        let env = PostgresEndToEndTests.realDate
        let db = try PostgresEndToEndTests.freshDatabase()("fatima")
        let dir = try Self.serverDirectory()
        let unassigned = try #require((try Binary.json(["board", "--db", db, "--json"], env: env) as? JSON)?["unassigned"] as? [JSON])
        let caseID = try #require(unassigned.first?["id"] as? Int)
        let pane = try TmuxSession(args: ["--db", db, "--lang", "en"], width: 120, height: 36, env: env)
        pane.waitFor("unassigned \(unassigned.count)")
        try Self.postgres("stop", dir)
        var stopped = true
        defer { if stopped { try? Self.postgres("resume", dir) } }  // the server, whatever happens here

        let offline = pane.waitFor(timeout: 3) { $0.contains("offline since") }
        #expect(offline.contains("offline since"), "\(offline)")
        // Keys are answered meanwhile.
        pane.send("?")
        #expect(pane.waitFor("Help ·", timeout: 2).contains("Help ·"))
        pane.send("Escape")

        // A one-off command meanwhile: a clear error and a non-zero exit, well within the connect timeout.
        let start = Date()
        let board = try Binary.run(["board", "--db", db, "--json"], env: env)
        let took = Date().timeIntervalSince(start)
        #expect(board.status == 1)
        #expect(board.err.contains("cannot connect to postgres://fatima@/"), "\(board.err)")
        #expect(took < 6, "took \(took) s")
        // Down long enough for several failed attempts, as a restart on a loaded machine is.
        usleep(1_500_000)

        try Self.postgres("resume", dir)
        stopped = false
        let back = Date()
        // Another session's change, made after the restart.
        let assigned = try Binary.run(["assign", String(caseID), "daan", "--db", db], env: env)
        #expect(assigned.status == 0, "\(assigned.err)")
        let seen = pane.waitFor(timeout: 5) { $0.contains("unassigned \(unassigned.count - 1)") && !$0.contains("offline since") }
        let seconds = Date().timeIntervalSince(back)
        #expect(seen.contains("unassigned \(unassigned.count - 1)") && !seen.contains("offline since"), "\(seen)")
        #expect(seconds < 1.0, "took \(seconds) s after the server was back")
        pane.send("q")
        #expect(pane.exitLine()?.contains("EXIT=0") == true)
    }

    /// A server that takes the connection and then says nothing (stopped with SIGSTOP: what a
    /// hung server or a half-open network path looks like): a one-off command gives up at the
    /// connect timeout (5 s) with a clear message and exit code 1, instead of hanging.
    @Test func aOneOffCommandToAServerThatDoesNotAnswerEndsAtTheConnectTimeout() throws {
        let env = PostgresEndToEndTests.realDate
        let db = try PostgresEndToEndTests.freshDatabase()("fatima")
        let dir = try Self.serverDirectory()
        let pidFile = try String(contentsOfFile: dir + "/data/postmaster.pid", encoding: .utf8)
        let pid = try #require(pidFile.split(separator: "\n").first.flatMap { Int32($0) })
        #expect(kill(pid, SIGSTOP) == 0)
        defer { kill(pid, SIGCONT) }
        let start = Date()
        let board = try Binary.run(["board", "--db", db, "--json"], env: env)
        let took = Date().timeIntervalSince(start)
        #expect(board.status == 1)
        #expect(board.err.contains("cannot connect to postgres://fatima@/") && board.err.contains("no answer within 5 s"), "\(board.err)")
        #expect(took >= 4.5 && took < 8, "took \(took) s")
    }
}
#endif
