import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// The provider catalogue (issue 27): loaded from a district's providers.yaml and
/// general-provisions.yaml before the households, kept by the team (any member; logged,
/// versioned, nothing half-written), and the waiting times read from the referrals.
@Suite struct ProviderStoreTests {
    static let catalogue = Fixtures.repoRoot.appendingPathComponent("Tests/Fixtures/providers")
    let today = Day("2026-11-20")!

    /// The mini district with the fixture catalogue, and an outside partner in the staff.
    func district(providers: String? = nil) throws -> URL {
        let dir = Fixtures.miniDistrict(household: Fixtures.validHousehold)
        for name in ["providers.yaml", "general-provisions.yaml"] {
            try FileManager.default.copyItem(at: Self.catalogue.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        if let providers {
            try providers.write(to: dir.appendingPathComponent("providers.yaml"), atomically: true, encoding: .utf8)
        }
        let staff = dir.appendingPathComponent("staff.yaml")
        try (String(contentsOf: staff, encoding: .utf8) + "\n  - {id: olga, name: Olga, role: outside_team, capacity: 0}\n")
            .write(to: staff, atomically: true, encoding: .utf8)
        return dir
    }

    func store() throws -> SQLiteStore {
        try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("p.sqlite").path, from: try DistrictLoader.load(folder: district()))
    }

    func loadError(_ providers: String) -> String {
        do {
            _ = try DistrictLoader.load(folder: try district(providers: providers))
            return ""
        } catch {
            return "\(error)"
        }
    }

    func auditCount(_ store: SQLiteStore) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit_log") ?? 0 }
    }

    @Test func theCataloguesLoadBeforeTheHouseholdsWithIdsInFileOrder() throws {
        let data = try DistrictLoader.load(folder: district())
        #expect(data.providers.map(\.id) == [1, 2, 3, 4])
        #expect(data.providers[0].name == "Zorgkring Oosterveld" && data.providers[0].normWeeks == 6)
        #expect(data.providers[0].products.map(\.key) == ["02/02A01", "04/04A02"])
        #expect(data.providers[1].law == .jeugdwet && data.providers[3].active == false)
        #expect(data.generalProvisions.map(\.name) == ["Buurtcentrum De Wiek – dinsdaglunch", "Schuldhulpcafé"])
        #expect(data.generalProvisions[0].domains == [.sociaalNetwerk, .tijdsbesteding])
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("c.sqlite").path, from: data)
        #expect(try store.providers().map(\.name) == data.providers.map(\.name).sorted())
        #expect(try store.providers().first { $0.id == 1 }?.products == data.providers[0].products)
        #expect(try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM general_provision") } == 2)
        // A district without the files loads as before.
        #expect(try DistrictLoader.load(folder: Fixtures.miniDistrict(household: Fixtures.validHousehold)).providers.isEmpty)
    }

    @Test func aBadCatalogueNamesFileLineAndKey() {
        let twice = loadError("providers:\n  - {name: A, law: wmo}\n  - {name: a, law: wmo}\n")
        #expect(twice.hasPrefix("providers.yaml:3:") && twice.contains("listed twice"), "\(twice)")
        let law = loadError("providers:\n  - {name: A, law: zvw}\n")
        #expect(law.hasPrefix("providers.yaml:2:") && law.contains("law"), "\(law)")
        let code = loadError(
            "providers:\n  - name: A\n    law: wmo\n    products:\n      - {category: \"2\", code: 02A01, name: X, domain: financien}\n")
        #expect(code.hasPrefix("providers.yaml:5:") && code.contains("two digits"), "\(code)")
        let key = loadError("providers:\n  - {name: A, law: wmo, norm: 6}\n")
        #expect(key.contains("unknown key") && key.contains("norm_weeks"), "\(key)")
    }

    @Test func anyTeamMemberAddsAProviderLoggedAndAnOutsiderIsRefused() throws {
        let base = try store()
        let before = try auditCount(base)
        let daan = base.acting(as: CaseWorkStoreTests.actor("daan"))
        let added = try daan.addProvider(
            Provider(
                id: 0, name: "  Thuiszorg Zuid ", law: .wmo, normWeeks: 4,
                products: [ProviderProduct(category: "01", code: "01A01", name: "Huishoudelijke hulp", domain: .instrumenteleADL)]))
        #expect(added.id == 5 && added.name == "Thuiszorg Zuid" && added.version == 1 && added.products.count == 1)
        #expect(try auditCount(base) == before + 1)
        #expect(try base.auditLog(householdID: nil).last?.detail == "provider #5 added (1 products)")

        let olga = base.acting(as: CaseWorkStoreTests.actor("olga"))
        #expect(throws: WijkteamError.self) { try olga.addProvider(Provider(id: 0, name: "Buiten", law: .wmo)) }
        #expect(try base.providers().count == 5)
        #expect(try base.auditLog(householdID: nil).last?.result == .denied)
        // A name the catalogue has (in any case) is refused; nothing is written.
        #expect(throws: WijkteamError.self) { try daan.addProvider(Provider(id: 0, name: "zorgkring oosterveld", law: .wmo)) }
        #expect(try base.providers().count == 5)
    }

    @Test func aChangeIsCheckedAgainstTheVersionAndNamesWhatChanged() throws {
        let base = try store()
        let daan = base.acting(as: CaseWorkStoreTests.actor("daan"))
        var p = try #require(try base.providers().first { $0.id == 1 })
        p.normWeeks = 8
        p.products.removeAll { $0.code == "04A02" }
        let saved = try daan.updateProvider(p, expectedVersion: 1)
        #expect(saved.version == 2 && saved.normWeeks == 8 && saved.products.map(\.code) == ["02A01"])
        #expect(try base.auditLog(householdID: nil).last?.detail == "provider #1 changed (norm_weeks, products)")

        // The version seen before: refused, nothing changes.
        var stale = p
        stale.contact = "anders"
        #expect(throws: WijkteamError.self) { try daan.updateProvider(stale, expectedVersion: 1) }
        #expect(try base.providers().first { $0.id == 1 } == saved)
        // Deactivating keeps the provider and its products.
        var off = saved
        off.active = false
        let deactivated = try daan.updateProvider(off, expectedVersion: 2)
        #expect(!deactivated.active && deactivated.products.count == 1)
        #expect(try base.auditLog(householdID: nil).last?.detail == "provider #1 changed (deactivated)")
        // A bad product: refused whole.
        var bad = deactivated
        bad.products.append(ProviderProduct(category: "2", code: "02A05", name: "X", domain: .financien))
        #expect(throws: WijkteamError.self) { try daan.updateProvider(bad, expectedVersion: nil) }
        #expect(try base.providers().first { $0.id == 1 } == deactivated)
        // Nothing changed: no new version, no log row.
        let rows = try auditCount(base)
        #expect(try daan.updateProvider(deactivated, expectedVersion: 3).version == 3)
        #expect(try auditCount(base) == rows)
    }

    @Test func waitingTimesComeFromTheReferralsInTheDatabase() throws {
        let base = try store()
        let caseID = try #require(try base.cases(includeClosed: true).first?.id)
        try base.write { db in
            let rows: [(Int, String?, String, String?, String?)] = [
                (1, "02A01", "waiting", "2026-10-30", nil),  // 21 days
                (1, "02A01", "waiting", "2026-09-25", nil),  // 56 days: over the 6-week norm
                (1, "04A02", "active", "2026-08-01", "2026-09-01"),  // 31 days, started in the window
                (1, "04A02", "active", "2026-01-01", "2026-02-01"),  // started long ago: not counted
                (2, nil, "requested", "2026-11-13", nil),  // 7 days, no product
            ]
            for (i, r) in rows.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO provision (id, case_id, kind, provider, description, status, provider_id, product_category,
                                               product_code, waiting_since, start)
                        VALUES (?, ?, 'tailored', 'x', 'x', ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [900 + i, caseID, r.2, r.0, r.1.map { String($0.prefix(2)) }, r.1, r.3, r.4])
            }
        }
        let overview = ProviderOverview.build(try base.providers(), waiting: try base.providerWaiting(today: today))
        let zorg = try #require(overview.first { $0.provider.id == 1 })
        #expect(zorg.overall.waitingNow == 2 && zorg.overall.longestWaitingDays == 56 && zorg.overall.medianWaitingDays == 21)
        #expect(zorg.overall.startedRecently == 1 && zorg.overall.medianStartedDays == 31)
        #expect(zorg.overNorm)
        #expect(zorg.products.first { $0.code == "04A02" }?.waiting.startedRecently == 1)
        let brug = try #require(overview.first { $0.provider.id == 2 })
        #expect(brug.overall.waitingNow == 1 && brug.products.allSatisfy { $0.waiting.waitingNow == 0 })
    }

    @Test func theGeneratedCityHasThirtyProvidersWithoutChangingTheRest() throws {
        var g = DistrictGenerator(seed: 7, size: .city(households: 200), today: today)
        let city = g.generate()
        #expect(city.providers.map(\.id) == Array(1...30))
        #expect(city.providers.allSatisfy { !$0.products.isEmpty && (try? $0.validate()) != nil })
        #expect(Set(city.providers.map(\.law)) == [.wmo, .jeugdwet, .both])
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("g.sqlite").path, from: city)
        #expect(try store.providers().count == 30)
    }
}
