#if PostgreSQL
import Foundation
import GRDB
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// The store's shared SQL on the server: the same code writes the audit chain on both engines.
@Suite struct PostgresRunnerTests {
    @Test func placeholdersAreNumberedOutsideQuotedText() {
        #expect(PostgresRunner.numbered("SELECT * FROM t WHERE a = ? AND b = '?' AND c IN (?, ?)")
                == "SELECT * FROM t WHERE a = $1 AND b = '?' AND c IN ($2, $3)")
    }

    @Test func rowsComeBackAsStoreRowsByName() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        _ = try PostgresCopy.copy(from: try PostgresCopyTests.sample(), to: session)
        let runner = PostgresRunner(session)
        let row = try #require(try runner.fetchOne("SELECT id, name, capacity, on_leave, account FROM staff WHERE id = ?", ["zoe"]))
        #expect(row["id"] as String == "zoe")
        #expect((row["capacity"] as Double) > 0)
        #expect(row["on_leave"] as Bool == false)
        let staff = try AuditRows.viewer(runner, AuditActor(staffID: "zoe", account: "zoe", origin: "tests"))
        #expect(staff.id == "zoe" && staff.name == "Zoë Brouwer" && staff.role == .generalist)
        try runner.execute("UPDATE care_case SET discussion = ? WHERE id = ? OR id = ?", ["a question", 1, 2])
        #expect(runner.changesCount == 2)
        let nulls = try #require(try runner.fetchOne("SELECT CAST(NULL AS TEXT) AS nothing, closed_reason, 7 AS seven FROM care_case WHERE phase <> 'afgesloten'"))
        #expect(nulls["nothing"] as String? == nil && nulls["closed_reason"] as String? == nil && nulls["seven"] as Int == 7)
    }

    /// `AuditRows.insert`, the code SQLite's store writes its log with, continues the copied
    /// chain on the server, and the server's chain still verifies.
    @Test func theSharedAuditCodeContinuesTheChainOnTheServer() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        let copied = try PostgresCopy.copy(from: try PostgresCopyTests.sample(), to: session)
        #expect(copied.audit.ok && copied.audit.rows == 2)
        let runner = PostgresRunner(session)
        let actor = AuditActor(staffID: "fatima", account: "fatima", origin: "tests")
        try session.execute("BEGIN")
        for id in [3, 4, 5] { try AuditRows.insert(runner, AuditEvent(.openHousehold, householdID: id), actor: actor) }
        try session.execute("COMMIT")
        let check = try PostgresCopy.verifyAudit(session)
        #expect(check.ok && check.rows == 5, "\(check)")
        let ids = try session.rows("SELECT id FROM audit_log ORDER BY id").map { try $0.decode(Int.self) }
        #expect(ids.count == 5 && Set(ids).count == 5 && ids == ids.sorted())
    }
}
#endif

#if PostgreSQL
/// The shared reads give the same answers on both engines, need-to-know included.
@Suite struct SharedReadsOnBothEnginesTests {
    @Test func districtStaffAndNeedToKnowAreTheSameOnBothEngines() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        let sqlite = try PostgresCopyTests.sample()
        _ = try PostgresCopy.copy(from: sqlite, to: session)
        let pg = PostgresRunner(session)
        let (info, staff, karin, fatima) = try sqlite.pool.read { db in
            (try SharedReads.districtInfo(db), try SharedReads.staff(db),
             try SharedReads.sharedCases(db, actor: AuditActor(staffID: "karin", account: "karin", origin: "tests")),
             try SharedReads.sharedCases(db, actor: AuditActor(staffID: "fatima", account: "fatima", origin: "tests")))
        }
        #expect(try SharedReads.districtInfo(pg) == info)
        #expect(!info.name.isEmpty && info.demo)
        #expect(try SharedReads.staff(pg) == staff)
        #expect(staff.count == 12)
        #expect(try SharedReads.sharedCases(pg, actor: AuditActor(staffID: "karin", account: "karin", origin: "tests")) == karin)
        #expect(karin == [22] && fatima == nil)
        #expect(try SharedReads.sharedCases(pg, actor: AuditActor(staffID: "fatima", account: "fatima", origin: "tests")) == nil)

        // The triage queue as each colleague may see it: the same on both engines, safety
        // signals withheld alike (someone in the team sees some withheld, Karin sees none at all).
        var withheldSomewhere = false
        for person in staff {
            let actor = AuditActor(staffID: person.id, account: person.id, origin: "tests")
            let lite = try sqlite.pool.read { db in try SharedReads.openSignals(db, actor: actor) }
            #expect(try SharedReads.openSignals(pg, actor: actor) == lite, "\(person.id)")
            withheldSomewhere = withheldSomewhere || lite.contains(where: \.withheld)
            if person.id == "karin" { #expect(lite.isEmpty) }
            if person.id == "fatima" { #expect(lite.count > 5 && !lite.contains(where: \.withheld)) }
        }
        #expect(withheldSomewhere)
    }
}
#endif
