import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// Provisions in district files and the generated city carry their dated life (issue 27).
@Suite struct ProvisionDistrictTests {
    static let withProvisions = Fixtures.validHousehold.replacingOccurrences(
        of: "    regisseur: daan\n",
        with: """
                regisseur: daan
                goals:
                  - {domain: sociaal_netwerk, person: 101, target: 3, text: Twee keer per week de deur uit}
                provisions:
                  - {kind: tailored, provider: Zorgkring Oosterveld, product: "02/02A01", goal: 1, description: Begeleiding,
                     status: waiting, requested_on: 2026-10-01, waiting_since: 2026-10-08, network_reason: Netwerk kan niet}
                  - {kind: general, provider: Buurtcentrum, description: Lunch, status: ended, requested_on: 2026-09-02,
                     start: 2026-09-10, ended_on: 2026-10-20, end_reason: doel bereikt}
                  - {kind: general, provider: Thuiszorg, description: Douchen, status: active, start: 2026-09-05}

            """)

    func loaded(_ text: String) throws -> DistrictData {
        try DistrictLoader.load(folder: Fixtures.miniDistrict(household: text))
    }

    @Test func aFileGivesDatesProductAndGoalAndTheStoreGetsTheSteps() throws {
        let data = try loaded(Self.withProvisions)
        let p = try #require(data.provisions.first)
        #expect(p.requestedOn == Day("2026-10-01") && p.waitingSince == Day("2026-10-08"))
        #expect(p.productCategory == "02" && p.productCode == "02A01" && p.goalID == data.goals.first?.id)
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("p.sqlite").path, from: data)
            .acting(as: AuditActor(staffID: "daan", account: "test-daan", origin: "tests"))
        let stored = try store.household(id: 1).provisions
        #expect(stored.map(\.status) == [.waiting, .ended, .active])
        #expect(stored[0].waitingDays(today: Day("2026-11-19")!) == 42 && stored[0].goalID != nil)
        #expect(stored[1].endedOn == Day("2026-10-20") && stored[1].endReason == "doel bereikt")
        let steps = try store.provisionSteps(caseID: 17)
        #expect(steps.filter { $0.provisionID == stored[0].id }.map(\.status) == [.requested, .waiting])
        #expect(steps.filter { $0.provisionID == stored[1].id }.map(\.status) == [.requested, .active, .ended])
        #expect(steps.filter { $0.provisionID == stored[1].id }.allSatisfy { $0.source == .app })
        // Undated request: the case's opening (the start is later), marked estimated.
        let third = steps.filter { $0.provisionID == stored[2].id }
        #expect(third.map(\.status) == [.requested, .active] && third[0].source == .estimated && third[0].onDay == Day("2026-09-01"))
        #expect(stored[2].requestedOn == Day("2026-09-01"))
    }

    @Test(arguments: [
        ("waiting_since: 2026-10-08", "waiting_since: 2026-09-08", "waiting_since 2026-09-08 is before requested_on 2026-10-01"),
        ("goal: 1", "goal: 2", "goal 2 is not one of this case's goals (1…1)"),
        ("\"02/02A01\"", "\"2/02A01\"", "product '2/02A01' is not category/code like 02/02A01"),
        ("end_reason: doel bereikt", "end_reason: \" \"", "ended needs a reason"),
        ("status: active, start", "status: withdrawn, start", "start does not go with status withdrawn"),
        ("status: waiting, requested_on", "status: requested, requested_on", "waiting_since does not go with status requested"),
    ])
    func aLifeThatCannotBeIsRefusedWithFileAndLine(original: String, broken: String, message: String) throws {
        let text = Self.withProvisions.replacingOccurrences(of: original, with: broken)
        #expect(text != Self.withProvisions)
        let error = try #require(throws: DistrictFileError.self) { try loaded(text) }
        #expect(error.description.hasPrefix("households/001-a.yaml:"), "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func shiftingADemoDistrictMovesEveryDateOfTheLife() throws {
        let data = try loaded(Self.withProvisions).shifted(by: 10)
        let p = data.provisions[1]
        #expect(p.requestedOn == Day("2026-09-12") && p.start == Day("2026-09-20") && p.endedOn == Day("2026-10-30"))
    }

    @Test func theGeneratedCityHasWaitingAndRecentlyStartedProvisions() throws {
        var generator = DistrictGenerator(
            seed: 7, size: DistrictGenerator.Size(households: 2_000, openCases: 600, staff: 20), today: Day("2026-11-20")!)
        let data = generator.generate()
        let today = Day("2026-11-20")!
        #expect(data.provisions.contains { $0.status == .waiting && $0.waitingSince != nil })
        #expect(data.provisions.contains { $0.status == .active && $0.start.map { $0 >= today.adding(days: -90) } == true })
        for p in data.provisions {
            #expect(throws: Never.self) { try p.checkLife() }
            #expect(p.lastStepDay.map { $0 <= today } == true)
            #expect(p.providerID.map { (1...30).contains($0) } == true)
        }
    }
}
