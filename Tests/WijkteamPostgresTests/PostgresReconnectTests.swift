#if PostgreSQL
import Foundation
import NIOCore
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// A connection that goes away under the store (issue 25): its backend ended from another
/// session (what a server restart or a network cut does to it, without stopping the server
/// the other tests share), a statement without an answer, a COMMIT whose answer never came.
/// The server's real restart under an open screen is PostgresRestartTests (WijkteamCLITests).
@Suite struct PostgresReconnectTests {
    /// The sample district on a fresh database, a store on it as the team lead, an admin session.
    static func setUp() throws -> (ScratchDatabase, PostgresStore, PostgresSession) {
        let scratch = try ScratchDatabase()
        let admin = try PostgresSession.connect(scratch.location)
        _ = try PostgresCopy.load(
            try DistrictLoader.load(folder: PostgresCopyTests.repoRoot.appendingPathComponent("sample-data")), into: admin)
        let store = try PostgresStore.open(scratch.location).acting(as: AuditActor(staffID: "fatima", account: "f", origin: "tests"))
        return (scratch, store, admin)
    }

    /// Ends every other connection to the scratch database, as a server going away does.
    static func cutOthers(_ admin: PostgresSession, _ scratch: ScratchDatabase) throws {
        _ = try admin.rows(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()
            """, [scratch.location.database].bindings)
    }

    static func regisseur(of caseID: Int, _ admin: PostgresSession) throws -> String? {
        try admin.rows("SELECT regisseur_id FROM care_case WHERE id = \(caseID)").first?.decode(String?.self)
    }

    static func auditRows(_ admin: PostgresSession) throws -> Int {
        try admin.rows("SELECT COUNT(*)::bigint FROM audit_log").first?.decode(Int.self) ?? -1
    }

    @Test func aLostConnectionIsSaidRefusesWritesWholeAndIsMadeAgainListeningToo() throws {
        let (scratch, store, admin) = try Self.setUp()
        defer { admin.close(); scratch.drop() }
        _ = try store.changeCounter()  // listening, as the app is
        #expect(!store.isOffline)
        try Self.cutOthers(admin, scratch)
        // The listener's connection closes at once; the store's is found lost by its next call.
        let deadline = Date().addingTimeInterval(2)
        while !store.isOffline, Date() < deadline { usleep(10_000) }
        #expect(store.isOffline)
        #expect(throws: StoreOffline.self) { try store.changeCounter() }

        // A write now: refused as not saved, and nothing of it (nor its log row) is on the server.
        let audit = try Self.auditRows(admin)
        let before = try Self.regisseur(of: 17, admin)
        let refused = try #require(throws: StoreOffline.self) { try store.assign(caseID: 17, to: "daan", expectedVersion: nil) }
        #expect(refused.fate == .notSaved)
        #expect("\(refused)".hasPrefix("not saved, still here"))
        #expect(try Self.regisseur(of: 17, admin) == before)
        #expect(try Self.auditRows(admin) == audit)
        // Still lost, still refused at once: nothing is sent again by itself.
        #expect(throws: StoreOffline.self) { try store.cases(includeClosed: false) }

        try store.reconnect()
        #expect(!store.isOffline)
        #expect(try !store.cases(includeClosed: false).isEmpty)
        // Listening again: another session's commit is counted, the store's own is not.
        let listening = try store.changeCounter()
        try store.assign(caseID: 17, to: "daan", expectedVersion: nil)
        try admin.execute("UPDATE care_case SET discussion = 'x', version = version + 1 WHERE id = 18")
        let end = Date().addingTimeInterval(2)
        while try store.changeCounter() == listening, Date() < end { usleep(10_000) }
        usleep(200_000)
        #expect(try store.changeCounter() == listening + 1)
        #expect(try Self.regisseur(of: 17, admin) == "daan")
        #expect(try store.verifyAudit().ok)
    }

    @Test func aStatementWithoutAnAnswerEndsAtTheTimeoutAndTheConnectionCountsAsLost() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        session.queryTimeout = .milliseconds(500)
        let start = Date()
        let lost = try #require(throws: StoreOffline.self) { try session.execute("SELECT pg_sleep(5)") }
        let took = Date().timeIntervalSince(start)
        #expect(took >= 0.5 && took < 2, "took \(took) s")
        #expect("\(lost)".contains("no answer within"))
        #expect(session.isLost)
        try session.reconnect()
        #expect(try session.rows("SELECT 1::bigint").first?.decode(Int.self) == 1)
    }

    /// The answer to COMMIT never comes (a slow deferred trigger, a timeout shorter than it):
    /// the store cannot know whether it was saved and says so; the server did save it, which
    /// is why "not saved" would have been a lie. Reading again after reconnecting tells.
    @Test func aCommitWithoutAnAnswerIsReportedAsUnknownAndTheReadAfterTells() throws {
        let (scratch, store, admin) = try Self.setUp()
        defer { admin.close(); scratch.drop() }
        try admin.execute(
            """
            CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.5); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER slow_commit AFTER UPDATE ON care_case DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION slow_commit()
            """)
        store.connection.session.queryTimeout = .milliseconds(500)
        let unknown = try #require(throws: StoreOffline.self) { try store.assign(caseID: 17, to: "daan", expectedVersion: nil) }
        #expect(unknown.fate == .unknown)
        #expect("\(unknown)".contains("whether it was saved is not known"))
        #expect(store.isOffline)
        store.connection.session.queryTimeout = .seconds(PostgresSession.queryTimeoutSeconds)
        usleep(2_000_000)  // the server finishes the commit its client no longer waits for
        try store.reconnect()
        #expect(try store.cases(includeClosed: false).first { $0.id == 17 }?.regisseurID == "daan")
        #expect(try store.verifyAudit().ok)
    }
}
#endif
