import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The team as it changes (issue 24): adding, changing, away, back, leaving, cover. Only the
/// team lead changes the team; every refusal writes nothing (a non-lead's writes its denied row);
/// versions are checked; history and audit rows are kept; the chain still verifies.
@Suite struct TeamStoreTests {
    /// The sample district moved to the store's own today, so Samira is on leave now (as the
    /// district says) on whatever day the tests run: cover rights are judged by that today.
    let today = StoreClock.today()

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("t.sqlite").path, from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    func lead(_ base: SQLiteStore) -> SQLiteStore { base.acting(as: CaseWorkStoreTests.actor("fatima")) }

    static let tables = ["staff", "staff_absence", "staff_change", "case_cover", "care_case", "access_grant", "audit_log"]

    /// Rows per table, to show that nothing (or exactly what) was written.
    func counts(_ store: SQLiteStore) throws -> [String: Int] {
        try store.read { db in
            var out: [String: Int] = [:]
            for t in Self.tables { out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)") }
            return out
        }
    }

    /// The message of what `body` threw (in English); fails the test when it threw nothing.
    func refusal(_ body: () throws -> Any, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        Language.$scoped.withValue(.en) {
            do {
                _ = try body()
                Issue.record("expected a refusal", sourceLocation: sourceLocation)
                return ""
            } catch {
                return "\(error)"
            }
        }
    }

    func staff(_ store: SQLiteStore, _ id: StaffID) throws -> Staff { try #require(try store.staff().first { $0.id == id }) }

    func samirasOpenCases(_ store: SQLiteStore) throws -> [Case] {
        try store.cases(includeClosed: false).filter { $0.regisseurID == "samira" }
    }

    // MARK: Adding and changing

    @Test func theTeamLeadAddsAColleagueWithAHostileNameAndItRoundTrips() throws {
        let store = lead(try sample())
        let names = ["مريم الحسيني", "Zoë 👩🏽‍⚕️ de Vries", String(repeating: "Ł", count: 79) + "ı"]
        for (i, name) in names.enumerated() {
            let added = try store.addStaff(
                Staff(
                    id: "nieuw_\(i)", name: name, role: .generalist, discipline: "GGZ", expertise: [.financien], capacity: 4.5,
                    languages: ["nl", "ar"], account: "acct\(i)", workDays: [0, 2]), today: today)
            #expect(added.name == name)
            let back = try staff(store, "nieuw_\(i)")
            #expect(
                back.name == name && back.capacity == 4.5 && back.workDays == [0, 2] && back.account == "acct\(i)" && back.version == 1)
        }
        let rows = try store.auditLog(householdID: nil).filter { $0.detail.hasPrefix("staff nieuw_") }
        #expect(rows.count == 3 && rows.allSatisfy { $0.result == .allowed && $0.staffID == "fatima" })
        #expect(rows.allSatisfy { row in !names.contains { row.detail.contains($0) } }, "no names in the access log")
        #expect(try store.verifyAudit().broken == nil)
    }

    @Test func badInputIsRefusedWithAClearMessageAndNothingIsWritten() throws {
        let base = try sample()
        let store = lead(base)
        let before = try counts(base)
        func new(
            _ id: String = "x", name: String = "X", capacity: Double = 3, languages: [String] = ["nl"], account: String? = nil,
            days: [Int] = []
        ) -> Staff {
            Staff(id: id, name: name, role: .generalist, capacity: capacity, languages: languages, account: account, workDays: days)
        }
        #expect(refusal { try store.addStaff(new("daan"), today: today) }.contains("already a staff member with id 'daan'"))
        #expect(refusal { try store.addStaff(new("a b"), today: today) }.contains("letters, digits"))
        #expect(refusal { try store.addStaff(new(name: "  "), today: today) }.contains("empty"))
        for bad in [1000.5, -1, .nan, .infinity] {
            #expect(refusal { try store.addStaff(new(capacity: bad), today: today) }.contains("from 0 to 1000"))
        }
        #expect(refusal { try store.addStaff(new(languages: ["dutch"]), today: today) }.contains("dutch"))
        #expect(refusal { try store.addStaff(new(account: "daan"), today: today) }.contains("already belongs to staff member daan"))
        #expect(refusal { try store.addStaff(new(days: [9]), today: today) }.contains("work days"))
        #expect(refusal { try store.updateStaff(new("nobody"), expectedVersion: nil, today: today) }.contains("nobody"))
        var daan = try staff(store, "daan")
        daan.account = "zoe"
        #expect(refusal { try store.updateStaff(daan, expectedVersion: daan.version, today: today) }.contains("staff member zoe"))
        #expect(
            refusal {
                try store.setAway(staffID: "daan", from: today, to: today.adding(days: -1), kind: .ill, expectedVersion: nil, today: today)
            }
            .contains("ends (\(today.adding(days: -1))) before it starts (\(today))"))
        #expect(
            refusal { try store.setAway(staffID: "samira", from: today, to: nil, kind: .ill, expectedVersion: nil, today: today) }
                .contains("samira is already away then"))
        #expect(
            refusal { try store.setAway(staffID: "nobody", from: today, to: nil, kind: .ill, expectedVersion: nil, today: today) }.contains(
                "nobody"))
        #expect(refusal { try store.comeBack(staffID: "daan", expectedVersion: nil, today: today) }.contains("not away"))
        let open = try samirasOpenCases(store).map { "#\($0.id)" }.joined(separator: ", ")
        let leaving = refusal { try store.staffLeaves(staffID: "samira", on: today, expectedVersion: nil, today: today) }
        #expect(!open.isEmpty && leaving.contains(open) && leaving.contains("wijkteam staff handover samira"))
        var generalist = try staff(store, "samira")
        generalist.role = .newStaff
        #expect(refusal { try store.updateStaff(generalist, expectedVersion: nil, today: today) }.contains(open))
        var fatima = try staff(store, "fatima")
        fatima.role = .generalist
        #expect(refusal { try store.updateStaff(fatima, expectedVersion: nil, today: today) }.contains("only team lead"))
        #expect(try counts(base) == before)
        #expect(try store.verifyAudit().broken == nil)
    }

    @Test func everyoneButTheTeamLeadIsRefusedWithTheReasonAndADeniedRow() throws {
        let base = try sample()
        let daan = base.acting(as: CaseWorkStoreTests.actor("daan"))
        let changes: [(String, () throws -> Any)] = [
            ("add", { try daan.addStaff(Staff(id: "x", name: "X", role: .generalist, capacity: 1), today: today) }),
            ("update", { try daan.updateStaff(try staff(daan, "daan"), expectedVersion: nil, today: today) }),
            ("away", { try daan.setAway(staffID: "emre", from: today, to: nil, kind: .ill, expectedVersion: nil, today: today) }),
            ("back", { try daan.comeBack(staffID: "samira", expectedVersion: nil, today: today) }),
            ("leave", { try daan.staffLeaves(staffID: "sanne", on: today, expectedVersion: nil, today: today) }),
            ("cover", { try daan.nameCover(absentID: "samira", cover: "daan", caseIDs: nil, today: today) }),
        ]
        for (what, change) in changes {
            var before = try counts(base)
            #expect(refusal(change).contains("only the team lead changes the team"), "\(what)")
            before["audit_log", default: 0] += 1
            #expect(try counts(base) == before, "\(what): only the denied row")
            let last = try #require(try base.auditLog(householdID: nil).last)
            #expect(last.result == .denied && last.staffID == "daan", "\(what)")
        }
        #expect(try base.verifyAudit().broken == nil)
    }

    @Test func aChangedCapacityKeepsTheOldValueWithItsDayAndTheVersionIsChecked() throws {
        let base = try sample()
        let store = lead(base)
        let daan = try staff(store, "daan")
        var changed = daan
        changed.capacity = 4
        changed.workDays = [0, 1, 3]
        let saved = try store.updateStaff(changed, expectedVersion: daan.version, today: today)
        #expect(saved.capacity == 4 && saved.workDays == [0, 1, 3] && saved.version == daan.version + 1)
        let kept = try store.staffChanges().filter { $0.staffID == "daan" }
        #expect(kept.map(\.field).sorted() == ["capacity", "work_days"])
        let capacity = try #require(kept.first { $0.field == "capacity" })
        #expect(capacity.old == "6" && capacity.new == "4" && capacity.on == today && capacity.by == "fatima")
        #expect(saved.capacity(on: today.adding(days: -1), changes: kept) == 6)
        #expect(saved.capacity(on: today, changes: kept) == 4)
        #expect(try store.auditLog(householdID: nil).last?.detail == "staff daan changed (capacity, work_days)")
        // Another screen still holds the version before: refused, nothing written.
        let before = try counts(base)
        changed.capacity = 7
        #expect(refusal { try store.updateStaff(changed, expectedVersion: daan.version, today: today) }.contains("version"))
        #expect(try counts(base) == before)
        #expect(try staff(store, "daan").capacity == 4)
    }

    // MARK: Away, back, leaving

    @Test func awayAndBackBumpTheVersionAndBackEndsTheAbsenceYesterdayOrRemovesAPlannedOne() throws {
        let base = try sample()
        let store = lead(base)
        let emre = try staff(store, "emre")
        let away = try store.setAway(
            staffID: "emre", from: today.adding(days: -3), to: today.adding(days: 10), kind: .ill, expectedVersion: emre.version,
            today: today)
        #expect(away.version == emre.version + 1 && away.isAway(on: today))
        let planned = try store.setAway(
            staffID: "emre", from: today.adding(days: 30), to: today.adding(days: 40), kind: .leave, expectedVersion: away.version,
            today: today)
        // A screen that showed Emre before the second absence is refused.
        #expect(refusal { try store.comeBack(staffID: "emre", expectedVersion: away.version, today: today) }.contains("version"))
        let back = try store.comeBack(staffID: "emre", expectedVersion: planned.version, today: today)
        #expect(!back.isAway(on: today) && back.version == planned.version + 1)
        #expect(back.absences.count == 1, "the planned leave had not begun: removed")
        #expect(back.absences.first?.to == today.adding(days: -1) && back.absences.first?.kind == .ill)
        let details = try store.auditLog(householdID: nil).map(\.detail)
        #expect(details.contains { $0.hasPrefix("staff emre back") })
        #expect(!details.contains { $0.contains("ill") }, "why someone is away stays out of the log")
    }

    @Test func aColleagueWhoLeftKeepsTheirRecordAndIsNotGivenNewWork() throws {
        let base = try sample()
        let store = lead(base)
        try store.addStaff(Staff(id: "tijdelijk", name: "Tijdelijk", role: .generalist, capacity: 3, account: "tijdelijk"), today: today)
        let c = try #require(try store.cases(includeClosed: false).first { $0.regisseurID == "daan" })
        try store.assign(caseID: c.id, to: "tijdelijk", expectedVersion: c.version)
        let rowsBefore = try store.auditLog(householdID: nil).count
        #expect(refusal { try store.staffLeaves(staffID: "tijdelijk", on: today, expectedVersion: nil, today: today) }.contains("#\(c.id)"))
        let now = try #require(try store.cases(includeClosed: false).first { $0.id == c.id })
        try store.assign(caseID: c.id, to: "daan", expectedVersion: now.version)
        let left = try store.staffLeaves(staffID: "tijdelijk", on: today, expectedVersion: nil, today: today)
        #expect(left.leftOn == today && left.hasLeft(on: today))
        #expect(refusal { try store.staffLeaves(staffID: "tijdelijk", on: today, expectedVersion: nil, today: today) }.contains("already"))
        let again = try #require(try store.cases(includeClosed: false).first { $0.id == c.id })
        #expect(refusal { try store.assign(caseID: c.id, to: "tijdelijk", expectedVersion: again.version) }.contains("left the team"))
        #expect(
            refusal { try store.addFollowUp(caseID: c.id, kind: .checkIn, due: today, owner: "tijdelijk", note: "", today: today) }
                .contains("left the team"))
        #expect(try store.staff().contains { $0.id == "tijdelijk" }, "the record stays")
        #expect(try store.auditLog(householdID: nil).count == rowsBefore + 2, "the refused tries wrote nothing")
        #expect(try store.verifyAudit().broken == nil)
    }
}
