import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The team in district files (issue 24): absences, part-time days, leaving, a cover; and v13's
/// migration of the old on-leave flag.
@Suite struct TeamDistrictFileTests {
    let reference = Day("2026-11-20")!

    func district(staff: String, cover: String? = nil) throws -> URL {
        let dir = Fixtures.miniDistrict(
            household: Fixtures.validHousehold.replacingOccurrences(
                of: "    regisseur: daan\n", with: "    regisseur: daan\n" + (cover.map { "    cover: \($0)\n" } ?? "")))
        try staff.write(to: dir.appendingPathComponent("staff.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    static let staff = """
        staff:
          - {id: fatima, name: Fatima, role: team_lead, capacity: 4}
          - id: daan
            name: Daan
            role: generalist
            capacity: 2
            away:
              - {from: 2026-11-02, to: 2027-01-12, kind: leave}
              - {from: 2027-03-01, kind: ill}
          - {id: noel, name: Noël, role: generalist, capacity: 3, work_days: [mon, tue, thu]}
          - {id: eva, name: Eva, role: generalist, capacity: 3, left_on: 2026-10-31}
          - {id: sanne, name: Sanne, role: new_staff, capacity: 0}
        """

    @Test func absencesPartTimeLeavingAndACoverLoadAndShiftWithTheDistrict() throws {
        let d = try DistrictLoader.load(folder: district(staff: Self.staff, cover: "noel"))
        let daan = try #require(d.staff.first { $0.id == "daan" })
        #expect(daan.absences.map(\.kind) == [.leave, .ill] && daan.absences[1].to == nil)
        #expect(daan.absence(on: reference)?.describe(today: reference) == "on leave until 12 Jan")
        #expect(d.staff.first { $0.id == "noel" }?.workDays == [0, 1, 3])
        #expect(d.staff.first { $0.id == "eva" }?.hasLeft(on: reference) == true)
        #expect(d.caseCovers[17]?.cover == "noel")
        let moved = d.shifted(by: 3)
        #expect(moved.staff.first { $0.id == "daan" }?.absences[0].to?.description == "2027-01-15")
        #expect(moved.staff.first { $0.id == "eva" }?.leftOn?.description == "2026-11-03")
    }

    @Test func theDatabaseHoldsThemAndTheCoverIsReadBack() throws {
        let store = try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("t.sqlite").path,
            from: DistrictLoader.load(folder: district(staff: Self.staff, cover: "noel")))
        let daan = try #require(try store.staff().first { $0.id == "daan" })
        #expect(daan.absences.count == 2 && daan.isAway(on: reference))
        let covers = try store.covers()
        #expect(covers.count == 1 && covers[0].caseID == 17 && covers[0].coverID == "noel" && covers[0].absence.staffID == "daan")
        #expect(covers[0].isActive(on: reference) && !covers[0].isActive(on: Day("2027-01-13")!))
        #expect(Team.coverFor(caseID: 17, owner: "daan", covers: covers, today: reference) == "noel")
    }

    @Test(arguments: [
        (
            "{from: 2026-11-02, to: 2027-01-12, kind: leave}", "{from: 2026-11-02, to: 2026-11-01, kind: leave}",
            "ends (2026-11-01) before it starts"
        ),
        ("{from: 2026-11-02, to: 2027-01-12, kind: leave}", "{from: 2026-11-02, kind: holiday}", "unknown value 'holiday'"),
        ("work_days: [mon, tue, thu]", "work_days: [mon, funday]", "work days must be some of"),
    ])
    func badTeamEntriesNameTheLine(original: String, broken: String, message: String) throws {
        #expect(Self.staff.contains(original))
        let error = try #require(throws: DistrictFileError.self) {
            try DistrictLoader.load(folder: district(staff: Self.staff.replacingOccurrences(of: original, with: broken)))
        }
        #expect(error.file == "staff.yaml" && error.line != nil)
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func aCoverForARegisseurWhoIsNotAwayIsRefused() throws {
        let present = Self.staff.replacingOccurrences(
            of: "{from: 2026-11-02, to: 2027-01-12, kind: leave}", with: "{from: 2026-12-02, to: 2027-01-12, kind: leave}")
        let error = try #require(throws: DistrictFileError.self) {
            try DistrictLoader.load(folder: district(staff: present, cover: "noel"))
        }
        #expect(error.file == "households/001-a.yaml" && error.message.contains("regisseur is away"), "\(error)")
    }

    /// A database made before v13 with `on_leave = 1` gets a leave until further notice from its reference date.
    @Test func v13MigratesTheOnLeaveFlag() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v12-access-grants")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('reference_date', '2026-11-20')")
            try db.execute(
                sql:
                    "INSERT INTO staff (id, name, role, capacity, on_leave) VALUES ('a', 'A', 'generalist', 3, 1), ('b', 'B', 'generalist', 3, 0)"
            )
        }
        try Schema.migrator.migrate(queue)
        let rows = try queue.read { try Row.fetchAll($0, sql: "SELECT staff_id, from_day, to_day, kind FROM staff_absence") }
        #expect(rows.count == 1)
        #expect(rows[0]["staff_id"] as String == "a" && rows[0]["from_day"] as String == "2026-11-20")
        #expect(rows[0]["to_day"] as String? == nil && rows[0]["kind"] as String == "leave")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT version FROM staff WHERE id = 'a'") } == 1)
    }
}
