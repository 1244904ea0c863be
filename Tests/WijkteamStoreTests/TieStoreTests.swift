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
}

@Suite struct ProvisionStoreTests {
    @Test func maatwerkNeedsTheNetworksReason() throws {
        let store = try Fixtures.sampleStore()
        let c = try #require(try store.cases(includeClosed: false).first)
        let count = try store.household(id: c.householdID).provisions.count
        let tailored = Provision(id: 0, caseID: c.id, kind: .tailored, provider: "Thuiszorg", description: "Huishoudelijke hulp", status: .waiting,
                                 waitingWeeks: 6)
        #expect(throws: WijkteamError.self) { try store.addProvision(tailored) }
        var withReason = tailored
        withReason.networkReason = "The daughter lives two hours away"
        let saved = try store.addProvision(withReason)
        #expect(saved.id > 0)
        let stored = try #require(try store.household(id: c.householdID).provisions.first { $0.id == saved.id })
        #expect(stored.networkReason == "The daughter lives two hours away" && stored.waitingWeeks == 6 && stored.status == .waiting)
        // A general provision needs no reason, and keeps none.
        let general = try store.addProvision(Provision(id: 0, caseID: c.id, kind: .general, provider: "Buurtcentrum", description: "Lunch",
                                                       status: .active, networkReason: "ignored"))
        #expect(general.networkReason == nil)
        #expect(try store.household(id: c.householdID).provisions.count == count + 2)
        #expect(throws: WijkteamError.self) {
            try store.addProvision(Provision(id: 0, caseID: c.id, kind: .general, provider: " ", description: "Lunch", status: .active))
        }
    }
}
