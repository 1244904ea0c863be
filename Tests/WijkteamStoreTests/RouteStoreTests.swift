import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The route to support in the store (issue 27): rungs saved in order, version-checked and
/// audited; general provisions kept by the team; a tailored provision refused in the store
/// until its goal's route is walked.
@Suite struct RouteStoreTests {
    static let lead = AuditActor(staffID: "fatima", account: "test", origin: "tests")

    struct Setup {
        var store: SQLiteStore
        var c: Case
        var goal: PlanGoal
        var asked: NetworkTie
        var noConsent: NetworkTie
        var lunch: GeneralProvision
    }

    static func setup() throws -> Setup {
        let store = try Fixtures.sampleStore().acting(as: lead)
        var found: (Case, PlanGoal)?
        for c in try store.cases(includeClosed: false) {
            if let g = try store.household(id: c.householdID).goals.first(where: { $0.caseID == c.id }) { found = (c, g); break }
        }
        let (c, goal) = try #require(found)
        let asked = try store.saveTie(
            NetworkTie(
                id: 0, householdID: c.householdID, name: "Gerda Test", sector: .friendsNeighbours, relation: "buurvrouw",
                strength: .strong, consentToShare: true), expectedVersion: nil)
        let noConsent = try store.saveTie(
            NetworkTie(
                id: 0, householdID: c.householdID, name: "Rob Test", sector: .family, relation: "zoon", strength: .weak,
                consentToShare: false), expectedVersion: nil)
        let lunch = try store.saveGeneralProvision(
            GeneralProvision(id: 0, name: "Dinsdaglunch", domains: [goal.domain], description: "Warme lunch"), expectedVersion: nil)
        return Setup(store: store, c: c, goal: goal, asked: asked, noConsent: noConsent, lunch: lunch)
    }

    static func rung(_ s: Setup, _ kind: RouteRungKind, carries: Bool = false, ties: [Int] = [], provision: Int? = nil) -> RouteRung {
        RouteRung(
            goalID: s.goal.id, caseID: s.c.id, rung: kind, carries: carries, answer: "Gevraagd: lukt niet", tieIDs: ties,
            generalProvisionID: provision, recordedOn: Day("2026-11-20")!)
    }

    static func tailored(_ s: Setup, goal: Int?) -> Provision {
        var p = Provision(id: 0, caseID: s.c.id, kind: .tailored, provider: "Zorgkring", description: "Begeleiding", status: .requested)
        p.goalID = goal
        return p
    }

    @Test func rungsAreSavedInOrderWithTheirTiesVersionedAndAudited() throws {
        let s = try Self.setup()
        let before = try s.store.auditLog(householdID: s.c.householdID).count
        #expect(throws: WijkteamError.self) { try s.store.saveRouteRung(Self.rung(s, .network, ties: [s.asked.id]), expectedVersion: nil) }
        let first = try s.store.saveRouteRung(Self.rung(s, .eigenKracht), expectedVersion: 0)
        #expect(first.version == 1 && first.recordedBy == "fatima")
        #expect(throws: WijkteamError.self) {
            try s.store.saveRouteRung(Self.rung(s, .network, ties: [s.asked.id, s.noConsent.id]), expectedVersion: nil)
        }
        let network = try s.store.saveRouteRung(Self.rung(s, .network, ties: [s.asked.id]), expectedVersion: nil)
        #expect(network.version == 1)
        let ladder = try #require(try s.store.routeLadders(caseID: s.c.id)[s.goal.id])
        #expect(ladder.rungs[.network]?.tieIDs == [s.asked.id] && ladder.rungs[.eigenKracht]?.answer == "Gevraagd: lukt niet")
        // Someone else changed it since: refused, nothing written.
        #expect(throws: WijkteamError.self) { try s.store.saveRouteRung(Self.rung(s, .eigenKracht, carries: true), expectedVersion: 0) }
        let again = try s.store.saveRouteRung(Self.rung(s, .eigenKracht, carries: true), expectedVersion: 1)
        #expect(again.version == 2)
        #expect(try s.store.routeLadders(caseID: s.c.id)[s.goal.id]?.carriedBy == .eigenKracht)
        let log = try s.store.auditLog(householdID: s.c.householdID).dropFirst(before)
        #expect(log.filter { $0.detail.hasPrefix("route goal #\(s.goal.id)") && $0.result == .allowed }.count == 3)
    }

    @Test func aTailoredProvisionWaitsForTheRouteInTheStore() throws {
        let s = try Self.setup()
        let count = try s.store.household(id: s.c.householdID).provisions.count
        #expect(throws: WijkteamError.self) { try s.store.addProvision(Self.tailored(s, goal: nil)) }
        _ = try s.store.saveRouteRung(Self.rung(s, .eigenKracht), expectedVersion: nil)
        _ = try s.store.saveRouteRung(Self.rung(s, .network, ties: [s.asked.id]), expectedVersion: nil)
        do {
            _ = try s.store.addProvision(Self.tailored(s, goal: s.goal.id))
            Issue.record("maatwerk before the voorliggend veld was asked")
        } catch let WijkteamError.invalid(message) {
            #expect(message.contains(tr("route.refusal.unanswered", RouteRungKind.voorliggendVeld.label)))
        }
        _ = try s.store.saveRouteRung(Self.rung(s, .voorliggendVeld, carries: true, provision: s.lunch.id), expectedVersion: nil)
        #expect(throws: WijkteamError.self) { try s.store.addProvision(Self.tailored(s, goal: s.goal.id)) }
        #expect(try s.store.household(id: s.c.householdID).provisions.count == count)
        _ = try s.store.saveRouteRung(Self.rung(s, .voorliggendVeld, provision: s.lunch.id), expectedVersion: 1)
        let saved = try s.store.addProvision(Self.tailored(s, goal: s.goal.id))
        let stored = try #require(try s.store.household(id: s.c.householdID).provisions.first { $0.id == saved.id })
        #expect(stored.status == .requested && stored.goalID == s.goal.id && stored.requestedOn == StoreClock.today())
        #expect(stored.networkReason == "Gevraagd: lukt niet", "the network rung's answer is kept as the reason")
        let steps = try s.store.reading {
            try $0.db.fetchAll("SELECT status, source FROM provision_step WHERE provision_id = ?", [saved.id]).map {
                "\($0["status"] as String)/\($0["source"] as String)"
            }
        }
        #expect(steps == ["requested/app"])
        // A goal of another case is no way around it.
        var other = Self.tailored(s, goal: s.goal.id)
        other.caseID = try #require(try s.store.cases(includeClosed: false).first { $0.id != s.c.id }).id
        #expect(throws: WijkteamError.self) { try s.store.addProvision(other) }
    }

    @Test func aGeneralProvisionNeedsNoRouteAndKeepsNoReason() throws {
        let s = try Self.setup()
        var p = Provision(
            id: 0, caseID: s.c.id, kind: .general, provider: "Buurtcentrum", description: "Lunch", status: .active,
            networkReason: "ignored")
        p.waitingWeeks = 4
        let general = try s.store.addProvision(p)
        #expect(general.networkReason == nil && general.status == .requested && general.waitingWeeks == nil)
        #expect(throws: WijkteamError.self) {
            try s.store.addProvision(Provision(id: 0, caseID: s.c.id, kind: .general, provider: " ", description: "Lunch", status: .active))
        }
    }

    @Test func theTeamKeepsTheGeneralProvisions() throws {
        let s = try Self.setup()
        #expect(throws: WijkteamError.self) {
            try s.store.saveGeneralProvision(GeneralProvision(id: 0, name: "dinsdaglunch", domains: [.financien]), expectedVersion: nil)
        }
        var lunch = s.lunch
        lunch.contact = "receptie"
        #expect(throws: WijkteamError.self) { try s.store.saveGeneralProvision(lunch, expectedVersion: 7) }
        let changed = try s.store.saveGeneralProvision(lunch, expectedVersion: 1)
        #expect(changed.version == 2)
        let off = try s.store.deactivateGeneralProvision(id: lunch.id, expectedVersion: 2)
        #expect(!off.active && off.version == 3)
        #expect(try s.store.generalProvisions().first { $0.id == lunch.id } == off)
        let log = try s.store.auditLog(householdID: nil).map(\.detail)
        #expect(log.contains("general provision #\(lunch.id) added") && log.contains("general provision #\(lunch.id) deactivated"))
        // Staff outside the team may not keep the list.
        let outsider = try #require(try s.store.staff().first { !$0.role.isInTeam })
        let theirs = s.store.acting(as: AuditActor(staffID: outsider.id, account: "test", origin: "tests"))
        #expect(throws: WijkteamError.self) {
            try theirs.saveGeneralProvision(GeneralProvision(id: 0, name: "Maaltijdservice", domains: [.basaleADL]), expectedVersion: nil)
        }
    }
}
