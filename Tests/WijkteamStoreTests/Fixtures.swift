import Foundation
import Wijkteam
@testable import WijkteamStore
import WijkteamTestSupport

/// The repository's sample district and scratch folders for tests.
enum Fixtures {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sampleData = repoRoot.appendingPathComponent("sample-data")
    /// The hostile fixture district (Tests/Fixtures/hostile-district): RTL, CJK, emoji, escapes.
    static let hostileDistrict = repoRoot.appendingPathComponent("Tests/Fixtures/hostile-district")

    static func hostileStore() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: hostileDistrict)
        return try SQLiteStore.create(at: tempDir().appendingPathComponent("h.sqlite").path, from: data)
    }

    static func tempDir() -> URL {
        Scratch.folder("store")
    }

    /// A copy of the sample district that a test may break.
    static func sampleCopy() -> URL {
        let dir = tempDir().appendingPathComponent("district")
        try! FileManager.default.copyItem(at: sampleData, to: dir)
        return dir
    }

    static func sampleStore() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: sampleData)
        return try SQLiteStore.create(at: tempDir().appendingPathComponent("w.sqlite").path, from: data)
    }

    /// A tiny district written inline, for tests that need exact content.
    static func miniDistrict(household: String) -> URL {
        let dir = tempDir().appendingPathComponent("mini")
        try! FileManager.default.createDirectory(at: dir.appendingPathComponent("households"), withIntermediateDirectories: true)
        try! """
            name: Mini
            municipality: Nergens
            wijk: Midden
            buurten: [Noord]
            reference_date: 2026-11-20
            demo: true
            """.write(to: dir.appendingPathComponent("district.yaml"), atomically: true, encoding: .utf8)
        try! """
            staff:
              - {id: fatima, name: Fatima, role: team_lead, capacity: 4}
              - {id: daan, name: Daan, role: generalist, capacity: 2, languages: [nl, tr]}
              - {id: sanne, name: Sanne, role: new_staff, capacity: 0}
            """.write(to: dir.appendingPathComponent("staff.yaml"), atomically: true, encoding: .utf8)
        try! household.write(to: dir.appendingPathComponent("households/001-a.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    static let validHousehold = """
        id: 1
        name: Huishouden Zoë
        address: {street: Kersenlaan, number: "1", buurt: Noord}
        members:
          - {id: 101, name: Zoë de Vries, born: 1950, role: adult, client: true}
        ties:
          - {name: Buurvrouw, sector: friends_neighbours, relation: buurvrouw, strength: weak, support: [P]}
        cases:
          - id: 17
            opened: 2026-09-01
            source: huisarts
            presenting: Scootmobiel
            domains: [sociaal_netwerk]
            phase: uitvoering
            regisseur: daan
            follow_ups:
              - {kind: preventive, due: 2026-11-20, owner: daan, note: check-in}
            journal:
              - {date: 2026-10-01, kind: home_visit, author: daan, text: eerste bezoek}
        zrm:
          - {person: 101, date: 2026-09-10, scores: {sociaal_netwerk: 2, financien: 4}}
        """
}
