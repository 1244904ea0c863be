#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Live updates between machines: a commit in one session is announced to the others of the
/// same team within a second (LISTEN/NOTIFY), as SQLite's data_version does on one machine.
@Suite struct PostgresChangeTests {
    /// Waits up to `seconds` for `condition`.
    func eventually(_ seconds: Double = 1, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }

    @Test func aCommitIsAnnouncedToTheTeamWithinASecond() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let writer = try PostgresSession.connect(scratch.location)
        defer { writer.close() }
        _ = try PostgresCopy.copy(from: try PostgresCopyTests.sample(), to: writer)
        let listener = try PostgresChangeListener(scratch.location)
        defer { listener.close() }
        let before = listener.changes

        // An assignment: announced.
        try writer.execute("UPDATE care_case SET regisseur_id = 'daan', version = version + 1 WHERE id = 1")
        #expect(eventually { listener.changes == before + 1 }, "changes: \(listener.changes)")

        // Several statements in one transaction: one notice.
        try writer.execute("BEGIN")
        try writer.execute("UPDATE care_case SET regisseur_id = 'fatima' WHERE id = 2")
        try writer.execute("UPDATE follow_up SET note = 'x' WHERE id = (SELECT MIN(id) FROM follow_up)")
        try writer.execute("COMMIT")
        #expect(eventually { listener.changes == before + 2 })

        // A rolled-back change and an access-log row: none.
        try writer.execute("BEGIN")
        try writer.execute("UPDATE care_case SET regisseur_id = NULL WHERE id = 3")
        try writer.execute("ROLLBACK")
        try writer.execute("""
            INSERT INTO audit_log (at, account, action, result, origin, prev_hash, hash)
            VALUES ('2026-11-22T10:00:00', 'x', 'open_household', 'allowed', 'tests', '', '')
            """)
        usleep(300_000)
        #expect(listener.changes == before + 2)
    }

    /// A session's own commits are not counted for it: the screen that wrote has them already,
    /// and a colleague's commit just before is never taken for one of them.
    @Test func ownCommitsAreLeftOutOthersAreCounted() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let writer = try PostgresSession.connect(scratch.location)
        defer { writer.close() }
        _ = try PostgresCopy.copy(from: try PostgresCopyTests.sample(), to: writer)
        let pid = try #require(try writer.rows("SELECT pg_backend_pid()::bigint").first?.decode(Int.self))
        let listener = try PostgresChangeListener(scratch.location, ignoringBackend: pid)
        defer { listener.close() }
        let other = try PostgresSession.connect(scratch.location)
        defer { other.close() }
        let before = listener.changes
        try writer.execute("UPDATE care_case SET regisseur_id = 'daan', version = version + 1 WHERE id = 1")
        try other.execute("UPDATE care_case SET regisseur_id = 'fatima', version = version + 1 WHERE id = 2")
        #expect(eventually { listener.changes == before + 1 }, "changes: \(listener.changes)")
        usleep(300_000)
        #expect(listener.changes == before + 1)
    }

    /// Another team's commits are not announced to this team (its schema is the payload).
    @Test func anotherTeamsCommitIsNotAnnounced() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let admin = try PostgresSession.connect(scratch.location)
        defer { admin.close() }
        try admin.execute("CREATE SCHEMA other_team")
        _ = try PostgresCopy.copy(from: try PostgresCopyTests.sample(), to: admin)  // into public
        try admin.execute("SET search_path = other_team")
        try PostgresMigrator.migrate(admin)
        let listener = try PostgresChangeListener(scratch.location)  // public
        defer { listener.close() }
        try admin.execute("INSERT INTO meta VALUES ('name', 'Other team')")  // other_team.meta
        usleep(300_000)
        #expect(listener.changes == 0)
        try admin.execute("UPDATE public.care_case SET phase = phase WHERE id = 1")
        #expect(eventually { listener.changes == 1 })
    }
}
#endif
