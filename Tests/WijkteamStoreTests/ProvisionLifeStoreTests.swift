import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// Changing a provision's status on the real database: one transaction with its step and
/// access-log row, compare-and-swap on the version, need-to-know (issue 27).
@Suite struct ProvisionLifeStoreTests {
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    /// A fresh general provision on the first open case, requested on 2026-08-25, waiting from 2026-09-01.
    func fresh(_ store: SQLiteStore) throws -> Provision {
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == 1 })
        var request = Provision(id: 0, caseID: c.id, kind: .general, provider: "Buurtcentrum", description: "Lunch", status: .requested)
        request.requestedOn = Day("2026-08-25")
        let p = try store.addProvision(request)
        return try store.changeProvision(id: p.id, to: .waiting, on: Day("2026-09-01")!, reason: nil, expectedVersion: p.version)
    }

    @Test func aChangeWritesTheColumnsAStepAndAnAuditRow() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
        let p = try fresh(store)
        #expect(p.status == .waiting && p.waitingSince == Day("2026-09-01") && p.version == 2)
        let started = try store.changeProvision(id: p.id, to: .active, on: Day("2026-10-13")!, reason: nil, expectedVersion: 2)
        let ended = try store.changeProvision(
            id: p.id, to: .ended, on: Day("2026-11-02")!, reason: "doel bereikt", expectedVersion: started.version)
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == 1 })
        let stored = try #require(try store.household(id: c.householdID).provisions.first { $0.id == p.id })
        #expect(stored.status == .ended && stored.start == Day("2026-10-13") && stored.endedOn == Day("2026-11-02"))
        #expect(
            stored.endReason == "doel bereikt" && stored.version == ended.version && stored.waitingDays(today: Day("2026-12-01")!) == 42)
        let steps = try store.provisionSteps(caseID: 1).filter { $0.provisionID == p.id }
        #expect(steps.map(\.status) == [.requested, .waiting, .active, .ended])
        #expect(steps.first?.onDay == Day("2026-08-25"))
        #expect(steps.allSatisfy { $0.source == .app && $0.recordedBy == "daan" })
        #expect(steps.last?.reason == "doel bereikt")
        let log = try store.auditLog(householdID: nil)
        #expect(
            log.filter {
                $0.detail.hasPrefix("provision #\(p.id) ") && $0.detail.contains("→") && $0.result == .allowed && $0.staffID == "daan"
            }.count == 3)
    }

    @Test func backwardsStaleAndFutureChangesWriteNothing() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
        var tomorrow = Provision(id: 0, caseID: 1, kind: .general, provider: "Buurtcentrum", description: "Lunch", status: .requested)
        tomorrow.requestedOn = Day("2999-01-01")
        #expect(throws: WijkteamError.self) { try store.addProvision(tomorrow) }
        let p = try fresh(store)
        let started = try store.changeProvision(id: p.id, to: .active, on: Day("2026-10-13")!, reason: nil, expectedVersion: p.version)
        let before = try store.provisionSteps(caseID: 1).count
        #expect(throws: WijkteamError.invalid("provision #\(p.id) is active: it cannot go back to waiting")) {
            try store.changeProvision(id: p.id, to: .waiting, on: Day("2026-10-20")!, reason: nil, expectedVersion: started.version)
        }
        // Based on the version before the start: refused, saying what it is now.
        #expect(
            throws: WijkteamError.staleVersion(
                record: "provision #\(p.id)", expected: p.version, actual: started.version,
                changed: "it is now active (since 2026-10-13)")
        ) {
            try store.changeProvision(id: p.id, to: .withdrawn, on: Day("2026-10-20")!, reason: "verhuisd", expectedVersion: p.version)
        }
        #expect(throws: WijkteamError.self) {
            try store.changeProvision(id: p.id, to: .ended, on: Day("2999-01-01")!, reason: "klaar", expectedVersion: started.version)
        }
        #expect(throws: WijkteamError.self) {
            try store.changeProvision(id: p.id, to: .ended, on: Day("2026-10-12")!, reason: "klaar", expectedVersion: started.version)
        }
        #expect(throws: WijkteamError.self) {
            try store.changeProvision(id: p.id, to: .ended, on: Day("2026-10-20")!, reason: nil, expectedVersion: started.version)
        }
        #expect(try store.provisionSteps(caseID: 1).count == before)
        #expect(throws: WijkteamError.self) {
            try store.changeProvision(id: 999_999, to: .ended, on: Day("2026-10-20")!, reason: "x", expectedVersion: nil)
        }
    }

    @Test func staffOutsideTheTeamChangeOnlyTheirCasesProvisions() throws {
        let base = try Fixtures.sampleStore()
        let p = try fresh(base.acting(as: Self.actor("daan")))
        let karin = base.acting(as: Self.actor("karin"))
        #expect(throws: WijkteamError.self) {
            try karin.changeProvision(id: p.id, to: .active, on: Day("2026-10-13")!, reason: nil, expectedVersion: nil)
        }
        #expect(throws: WijkteamError.self) { try karin.provisionSteps(caseID: 1) }
        #expect(try base.auditLog(householdID: nil).contains { $0.staffID == "karin" && $0.action == .change && $0.result == .denied })
    }

    @Test func openCasesWaitingProvisionsCarryTheirProvidersNorm() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
        let p = try fresh(store)
        let waits = try store.provisionWaits(today: Day("2026-11-20")!)
        let mine = try #require(waits.first { $0.provisionID == p.id })
        #expect(mine.status == .waiting && mine.waitingDays == 80 && mine.provider == "Buurtcentrum" && mine.caseID == 1)
        _ = try store.changeProvision(id: p.id, to: .active, on: Day("2026-11-01")!, reason: nil, expectedVersion: p.version)
        #expect(try !store.provisionWaits(today: Day("2026-11-20")!).contains { $0.provisionID == p.id })
    }
}
