#if PostgreSQL
import Foundation
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// What only the PostgreSQL store has: retrying a change the server could not serialize, and
/// reads that answer as SQLite's do, for every colleague.
@Suite struct PostgresStoreTests {
    static func serializationFailure() -> PostgresServerError {
        PostgresServerError(message: "could not serialize access due to concurrent update", sqlState: "40001")
    }

    @Test func aSerializationFailureIsTriedAgainThenReported() throws {
        var calls = 0, pauses: [Int] = []
        let value = try PostgresStore.retrying(attempts: 5, pause: { pauses.append($0) }) { () -> String in
            calls += 1
            if calls < 3 { throw Self.serializationFailure() }
            return "saved"
        }
        #expect(value == "saved" && calls == 3 && pauses == [1, 2])

        calls = 0
        let error = try #require(throws: WijkteamError.self) {
            try PostgresStore.retrying(attempts: 5, pause: { _ in }) { () -> Int in
                calls += 1
                throw Self.serializationFailure()
            }
        }
        #expect(calls == 5 && "\(error)".contains("5 times") && "\(error)".contains("nothing was saved"))

        // Anything else is not tried again.
        calls = 0
        #expect(throws: PostgresServerError.self) {
            try PostgresStore.retrying(attempts: 5, pause: { _ in }) { () -> Int in
                calls += 1
                throw PostgresServerError(message: "permission denied for table care_case", sqlState: "42501")
            }
        }
        #expect(calls == 1)
    }

    /// Another session updates case 17 and holds its transaction open; the store's assignment
    /// waits for it, fails to serialize when it commits, and goes through on the next try:
    /// both changes are kept.
    @Test func aChangeThatCollidesOnTheServerIsTriedAgainAndLands() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let loader = try PostgresSession.connect(scratch.location)
        _ = try PostgresCopy.load(try DistrictLoader.load(folder: PostgresCopyTests.repoRoot.appendingPathComponent("sample-data")), into: loader)
        loader.close()
        let store = try PostgresStore.open(scratch.location).acting(as: AuditActor(staffID: "fatima", account: "f", origin: "tests"))
        let before = try #require(try store.cases(includeClosed: false).first { $0.id == 17 })

        let other = try PostgresSession.connect(scratch.location)
        defer { other.close() }
        try other.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        try other.execute("UPDATE care_case SET discussion = 'from the other session', version = version + 1 WHERE id = 17")
        let assigned = Background { try store.assign(caseID: 17, to: "daan", expectedVersion: nil) }
        usleep(300_000)  // the assignment is now waiting for the other session's row
        try other.execute("COMMIT")
        let result = try assigned.wait()
        #expect(result.regisseurID == "daan" && result.version == before.version + 2)
        let now = try #require(try store.cases(includeClosed: false).first { $0.id == 17 })
        #expect(now.discussion == "from the other session" && now.regisseurID == "daan")
        #expect(try store.verifyAudit().ok)
    }

    /// Every read of the protocol gives the same answer from both engines, for every colleague
    /// (need-to-know and withholding included), on the same district.
    @Test func everyReadAnswersAsSQLitesDoesForEveryColleague() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let sqlite = try PostgresCopyTests.sample()
        let session = try PostgresSession.connect(scratch.location)
        _ = try PostgresCopy.copy(from: sqlite, to: session)
        session.close()
        let postgres = try PostgresStore.open(scratch.location)
        let today = Day("2026-11-20")!
        let households = try sqlite.householdNames(ids: Array(1...60)).keys.sorted()
        for person in try sqlite.staff() {
            let actor = AuditActor(staffID: person.id, account: person.id, origin: "tests")
            let lite = sqlite.acting(as: actor), pg = postgres.acting(as: actor)
            #expect(try pg.cases(includeClosed: true) == lite.cases(includeClosed: true), "\(person.id)")
            #expect(try pg.caseCards() == lite.caseCards(), "\(person.id)")
            #expect(try pg.caseOutlines() == lite.caseOutlines(), "\(person.id)")
            #expect(try pg.followUps(includeDone: true) == lite.followUps(includeDone: true), "\(person.id)")
            #expect(try pg.followUpOutlines() == lite.followUpOutlines(), "\(person.id)")
            #expect(try pg.openSignals() == lite.openSignals(), "\(person.id)")
            #expect(try pg.meldcodeSteps() == lite.meldcodeSteps(), "\(person.id)")
            // Stepped with SQLite's C API there, read by name on the server. In whatever order each
            // engine's plan gives them (the figures only count them): compared sorted.
            func sorted(_ contacts: [ProactiveContact]) -> [String] { contacts.map { "\($0.caseID) \($0.day) \($0.kind)" }.sorted() }
            for back in [0, 180, 365] {
                let since = today.adding(days: -back)
                let onServer = try pg.proactiveContacts(since: since), inFile = try lite.proactiveContacts(since: since)
                #expect(sorted(onServer) == sorted(inFile), "\(person.id) \(back)")
            }
            // The monitor: one transaction with rows mapped by name on the server, two halves on
            // two connections and two threads on SQLite; the same figures.
            let (from, to) = MonitorPeriod.lastTwelve(today: today)
            #expect(try pg.monitor(from: from, to: to, today: today) == lite.monitor(from: from, to: to, today: today), "\(person.id)")
            for id in households {
                let a = Result { try lite.household(id: id, access: .refresh) }, b = Result { try pg.household(id: id, access: .refresh) }
                switch (a, b) {
                case (.success(let x), .success(let y)): #expect(x == y, "\(person.id) household \(id)")
                case (.failure(let x), .failure(let y)): #expect("\(x)" == "\(y)")
                default: Issue.record("\(person.id) household \(id): SQLite \(a), PostgreSQL \(b)")
                }
            }
        }
        #expect(try postgres.triageContexts(today: today) == sqlite.triageContexts(today: today))
        for c in try sqlite.cases(includeClosed: false).prefix(10) {
            #expect(try postgres.suggestionContext(caseID: c.id) == sqlite.suggestionContext(caseID: c.id))
        }
        #expect(try postgres.agendaSettings() == sqlite.agendaSettings())
        #expect(try postgres.districtInfo() == sqlite.districtInfo())
        #expect(try postgres.auditLog(householdID: nil) == sqlite.auditLog(householdID: nil))
    }
}
#endif
