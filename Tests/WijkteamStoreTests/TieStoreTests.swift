import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct TieStoreTests {
    @Test func addChangeAndRemoveATie() throws {
        let store = try Fixtures.sampleStore()
        let before = try store.household(id: 7).ties.count
        let added = try store.saveTie(NetworkTie(id: 0, householdID: 7, name: "Buurman Joop", sector: .friendsNeighbours,
                                                 relation: "helps with shopping", strength: .weak, support: [.practical]), expectedVersion: nil)
        #expect(added.id > 0 && added.version == 1)
        #expect(try store.household(id: 7).ties.count == before + 1)
        var changed = added
        changed.strength = .normal
        changed.carerHoursPerWeek = 4
        let saved = try store.saveTie(changed, expectedVersion: added.version)
        #expect(saved.version == 2)
        let stored = try #require(try store.household(id: 7).ties.first { $0.id == added.id })
        #expect(stored.strength == .normal && stored.carerHoursPerWeek == 4 && stored.support == [.practical])
        // A change based on the old version is refused, and nothing changes.
        var stale = added
        stale.strength = .broken
        #expect(throws: WijkteamError.self) { try store.saveTie(stale, expectedVersion: added.version) }
        #expect(try store.household(id: 7).ties.first { $0.id == added.id }?.strength == .normal)
        #expect(throws: WijkteamError.self) { try store.removeTie(id: added.id, expectedVersion: 1) }
        let removed = try store.removeTie(id: added.id, expectedVersion: 2)
        #expect(removed.name == "Buurman Joop")
        #expect(try store.household(id: 7).ties.count == before)
    }

    @Test func badTiesAreRefusedWhole() throws {
        let store = try Fixtures.sampleStore()
        let count = try store.household(id: 7).ties.count
        #expect(throws: WijkteamError.self) {
            try store.saveTie(NetworkTie(id: 0, householdID: 7, name: "  ", sector: .family, relation: "", strength: .normal), expectedVersion: nil)
        }
        #expect(throws: WijkteamError.self) {
            try store.saveTie(NetworkTie(id: 0, householdID: 7, name: "Oma", sector: .family, relation: "", strength: .normal,
                                         carerHoursPerWeek: 200), expectedVersion: nil)
        }
        #expect(throws: WijkteamError.self) {
            try store.saveTie(NetworkTie(id: 0, householdID: 9_999, name: "Oma", sector: .family, relation: "", strength: .normal), expectedVersion: nil)
        }
        #expect(try store.household(id: 7).ties.count == count)
    }

    /// Since when and how heavy it feels go in with the tie and come back out; the sample's
    /// carers carry them from their district files.
    @Test func aCarersSinceAndBurdenRoundTrip() throws {
        let store = try Fixtures.sampleStore()
        let ans = NetworkTie(
            id: 0, householdID: 7, name: "Dochter Ans", sector: .family, relation: "dochter", strength: .strong,
            carerHoursPerWeek: 12, carerSince: Day("2025-01-15"), carerBurden: 4)
        let added = try store.saveTie(ans, expectedVersion: nil)
        var stored = try #require(try store.household(id: 7).ties.first { $0.id == added.id })
        #expect(stored.carerSince == Day("2025-01-15") && stored.carerBurden == 4 && stored.carerHoursPerWeek == 12)
        var changed = stored
        changed.carerSince = nil
        changed.carerBurden = 2
        _ = try store.saveTie(changed, expectedVersion: stored.version)
        stored = try #require(try store.household(id: 7).ties.first { $0.id == added.id })
        #expect(stored.carerSince == nil && stored.carerBurden == 2 && stored.version == 2)
        let wilma = try #require(try store.household(id: 5).ties.first { $0.name == "Wilma Hendriks" })
        #expect(wilma.carerSince == Day("2018-09-01") && wilma.carerBurden == 5 && wilma.exhausted)
    }

    @Test func aBurdenOffTheScaleOrASinceAheadIsRefusedWhole() throws {
        let store = try Fixtures.sampleStore()
        let tie = try #require(try store.household(id: 5).ties.first { $0.name == "Wilma Hendriks" })
        var six = tie
        six.carerBurden = 6
        #expect(throws: WijkteamError.self) { try store.saveTie(six, expectedVersion: tie.version) }
        var ahead = tie
        ahead.carerSince = Day("2999-01-01")
        #expect(throws: WijkteamError.self) { try store.saveTie(ahead, expectedVersion: tie.version) }
        #expect(try store.household(id: 5).ties.first { $0.id == tie.id } == tie)
    }
}
