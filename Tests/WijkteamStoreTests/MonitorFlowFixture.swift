import Foundation
import Wijkteam
@testable import WijkteamStore

/// A small hand-made district for the monitor's inflow, lead times and outcome, with pinned
/// days (period 2025-12 … 2026-06, today 2026-06-15) and known answers:
///
/// - Case 20 (household 2): signal 2026-01-05 (huisarts, registered at the desk, triaged
///   2026-01-10); opened 2026-01-10; keukentafelgesprek 2026-02-01; plan agreed 2026-02-20;
///   closed 2026-03-31 ("  Doelen bereikt  "). Members 201 and 202; 202 moved out 2026-03-15,
///   so their financien score of 2026-03-20 does not count.
/// - Case 30 (household 3): opened 2026-02-01; closed 2026-04-10; a vroegsignalering signal
///   2026-04-28 (a district file's, not registered; triaged 2026-05-02); reopened 2026-05-02;
///   keukentafelgesprek 2026-06-12 on an estimated row. One ZRM measurement only.
/// - Case 40 (household 4): opened 2026-01-20, closed 2026-06-05 ("Verhuisd") with no history
///   rows (closed before the history was kept: its `closed_on` counts). Karin (outside the
///   team) is on this case only.
/// - A neighbour's signal 2026-03-03 registered at the desk, not triaged (no case).
/// - Case 17 of `Fixtures.validHousehold` opened 2026-09-01: outside the period.
enum MonitorFlowFixture {
    static let today = Day("2026-06-15")!
    static let from = Month("2025-12")!, to = Month("2026-06")!

    static func store() throws -> SQLiteStore {
        let dir = Fixtures.miniDistrict(household: Fixtures.validHousehold)
        try """
        staff:
          - {id: fatima, name: Fatima, role: team_lead, capacity: 4}
          - {id: daan, name: Daan, role: generalist, capacity: 2}
          - {id: karin, name: Karin, role: outside_team, capacity: 0}
        """.write(to: dir.appendingPathComponent("staff.yaml"), atomically: true, encoding: .utf8)
        let data = try DistrictLoader.load(folder: dir)
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("m.sqlite").path, from: data)
        try store.writing { try fill($0.db) }
        return store
    }

    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    private static func fill(_ db: some SQLRunner) throws {
        for h in [2, 3, 4] {
            try db.execute(
                "INSERT INTO household (id, name, street, number, buurt, wijk) VALUES (?, ?, 'Kersenlaan', ?, 'Noord', 'Midden')",
                [h, "Huishouden \(h)", "\(h)"])
        }
        for (id, h, left) in [(201, 2, nil), (202, 2, "2026-03-15"), (301, 3, nil), (401, 4, nil)] as [(Int, Int, String?)] {
            try db.execute(
                "INSERT INTO person (id, household_id, name, birth_year, role, is_client, left_on) VALUES (?, ?, ?, 1970, 'adult', 1, ?)",
                [id, h, "Persoon \(id)", left])
        }
        let cases: [(Int, Int, String, String, String?, String?)] = [
            (20, 2, "2026-01-10", "afgesloten", "  Doelen bereikt  ", "2026-03-31"),
            (30, 3, "2026-02-01", "keukentafelgesprek", nil, "2026-04-10"),
            (40, 4, "2026-01-20", "afgesloten", "Verhuisd", "2026-06-05"),
        ]
        for (id, h, opened, phase, reason, closed) in cases {
            try db.execute(
                """
                INSERT INTO care_case (id, household_id, opened, source, presenting, domains, phase, regisseur_id, closed_reason, closed_on)
                VALUES (?, ?, ?, 'huisarts', 'Vraag', 'financien', ?, 'daan', ?, ?)
                """, [id, h, opened, phase, reason, closed])
        }
        try signals(db)
        try history(db)
        try db.execute("INSERT INTO care_plan (case_id, agreed_on) VALUES (20, '2026-02-20')", [])
        try db.execute("INSERT INTO case_member (case_id, staff_id, added_on) VALUES (40, 'karin', '2026-01-20')", [])
        try scores(db)
    }

    private static func signals(_ db: some SQLRunner) throws {
        let rows: [(Int, String, String, String?, String?, Int?, String)] = [
            (2, "2026-01-05", "huisarts", "2026-01-05", "2026-01-10", 20, "triaged"),
            (3, "2026-04-28", "vroegsignalering", nil, "2026-05-02", 30, "triaged"),
            (4, "2026-03-03", "neighbour", "2026-03-03", nil, nil, "open"),
        ]
        for (h, date, source, registered, decided, caseID, status) in rows {
            try db.execute(
                """
                INSERT INTO signal (household_id, date, source, description, domains, registered_on, decided_on, case_id, status)
                VALUES (?, ?, ?, 'Signaal', 'financien', ?, ?, ?, ?)
                """, [h, date, source, registered, decided, caseID, status])
        }
    }

    private static func history(_ db: some SQLRunner) throws {
        let rows: [(Int, Phase, String, CaseHistorySource)] = [
            (20, .aanmelding, "2026-01-10", .record), (20, .keukentafelgesprek, "2026-02-01", .app),
            (20, .afgesloten, "2026-03-31", .app),
            (30, .aanmelding, "2026-02-01", .estimated), (30, .afgesloten, "2026-04-10", .app),
            (30, .aanmelding, "2026-05-02", .app), (30, .keukentafelgesprek, "2026-06-12", .estimated),
        ]
        for (c, phase, day, source) in rows {
            try CaseHistoryRows.record(db, caseID: c, kind: .phase, value: phase.rawValue, on: Day(day)!, source: source, by: nil)
        }
    }

    private static func scores(_ db: some SQLRunner) throws {
        let rows: [(Int, LifeDomain, String, Int)] = [
            (201, .financien, "2026-01-15", 2), (201, .financien, "2026-03-20", 4),
            (201, .huisvesting, "2026-01-15", 3), (201, .huisvesting, "2026-03-20", 3),
            (202, .financien, "2026-01-15", 3), (202, .financien, "2026-03-20", 1),  // after 202 moved out
            (202, .huisvesting, "2026-01-15", 4), (202, .huisvesting, "2026-03-01", 2),
            (201, .werkOpleiding, "2025-12-01", 1), (201, .werkOpleiding, "2026-03-20", 3),  // before the case opened
            (301, .financien, "2026-02-05", 2),
        ]
        for (p, d, date, score) in rows {
            try db.execute("INSERT INTO zrm_score (person_id, domain, date, score) VALUES (?, ?, ?, ?)", [p, d.rawValue, date, score])
        }
    }
}
