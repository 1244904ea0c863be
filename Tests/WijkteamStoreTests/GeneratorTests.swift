import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct GeneratorTests {
    let today = Day("2026-11-20")!

    func generate(seed: UInt64, households: Int = 300) -> DistrictData {
        var g = DistrictGenerator(seed: seed, size: .city(households: households), today: today)
        return g.generate()
    }

    @Test func theSameSeedGivesTheSameDistrict() {
        let a = generate(seed: 7), b = generate(seed: 7)
        #expect(a.households == b.households)
        #expect(a.cases == b.cases)
        #expect(a.ties == b.ties)
        #expect(a.journal == b.journal)
        #expect(a.staff == b.staff)
        #expect(a.followUps == b.followUps)
        #expect(a.zrm == b.zrm)
        #expect(a.signals == b.signals)
        #expect(generate(seed: 8).cases != a.cases)
    }

    @Test func theCityHasTheShapeAsked() throws {
        let d = generate(seed: 1, households: 2_000)
        #expect(d.households.count == 2_000)
        #expect(d.cases.filter(\.isOpen).count == 600)
        #expect(d.staff.count == 12)
        #expect(d.journal.count == 20_000)
        #expect(Set(d.cases.filter(\.isOpen).map(\.phase)) == Set(Phase.allCases.filter(\.isOpen)))
        #expect(d.ties.count >= 3 * 2_000 && d.ties.count <= 12 * 2_000)
        #expect(d.cases.contains { $0.isOpen && $0.regisseurID == nil })
        // It is a valid district: the store takes it whole (foreign keys and checks included).
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("g.sqlite").path, from: d)
        #expect(try store.cases(includeClosed: false).count == 600)
    }
}
