import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The front door on every store: a registration in one terminal is in another's triage queue,
/// two desks creating households at once both land with their own ids, and the rights hold.
@Suite struct FrontDoorSharedTests {
    static func household(_ number: String, _ name: String) -> NewHousehold {
        NewHousehold(
            street: "Graanpad", number: number, postcode: "7293 AB", buurt: "Molenkwartier",
            members: [NewPerson(name: name, birthDate: Day("1988-02-29")!, role: .adult, isClient: true)])
    }

    @Test(arguments: StoreKind.allCases)
    func aRegistrationInOneTerminalIsInAnothersQueue(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let desk = try db.terminal("fatima"), colleague = try db.terminal("emre")
        let counter = try colleague.changeCounter()
        let signal = try desk.registerSignal(
            Registration(
                source: .selfReferral, received: db.today,
                household: .new(Self.household("301", "Łucja Wiśniewska"), confirmedDuplicate: false),
                question: "Wil hulp bij de post", intake: Intake(consentToContact: true)),
            today: db.today)
        // Within a second, as other terminals poll (PostgreSQL announces commits asynchronously).
        let deadline = Date().addingTimeInterval(1)
        var changed = false
        while !changed, Date() < deadline {
            changed = try colleague.changeCounter() != counter
            if !changed { Thread.sleep(forTimeInterval: 0.02) }
        }
        #expect(changed)
        let seen = try #require(try colleague.openSignals().first { $0.id == signal.id })
        #expect(seen.intake?.consentToContact == true && seen.description == "Wil hulp bij de post")
        #expect(try colleague.findHouseholds("lucja wisniewska", limit: 5).first?.id == signal.householdID)
        #expect(try colleague.verifyAudit().ok)
    }

    @Test(arguments: StoreKind.allCases)
    func twoDesksCreatingHouseholdsAtOnceBothLand(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let terminals = try ["fatima", "daan", "emre", "zoe"].map { try db.terminal($0) }
        let made = Made(), today = db.today
        DispatchQueue.concurrentPerform(iterations: terminals.count) { i in
            do {
                let h = try terminals[i].createHousehold(
                    Self.household("\(400 + i)", "Persoon \(i)"), confirmDuplicate: false, today: today)
                made.add(h.id)
            } catch {
                made.fail("\(error)")
            }
        }
        #expect(made.failures == [])
        #expect(Set(made.ids).count == terminals.count)
        #expect(try terminals[0].verifyAudit().ok)
    }

    @Test(arguments: StoreKind.allCases)
    func outsideTheTeamNothingComesIn(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let karin = try db.terminal("karin")
        #expect(throws: WijkteamError.self) {
            try karin.registerSignal(
                Registration(source: .school, received: db.today, household: .existing(2), question: "x"), today: db.today)
        }
        #expect(throws: WijkteamError.self) { try karin.openCase(NewCase(householdID: 2, question: "x"), today: db.today) }
        let readOnly = try db.terminal("fatima", readOnly: true)
        #expect(throws: (any Error).self) {
            try readOnly.createHousehold(Self.household("500", "X Y"), confirmDuplicate: false, today: db.today)
        }
        #expect(try db.terminal("fatima").findHouseholds("graanpad 500", limit: 5).isEmpty)
    }
}

/// Ids and errors collected from several threads.
private final class Made: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var ids: [Int] = []
    private(set) var failures: [String] = []
    func add(_ id: Int) { lock.withLock { ids.append(id) } }
    func fail(_ message: String) { lock.withLock { failures.append(message) } }
}
