import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// ZRM measurements on the real database (v15): one measurement row per adult and date with who
/// recorded it and what was not assessed; nothing copied forward; closing asks for a final
/// measurement or a reason; scores the old rule copied are told apart by the access log.
@Suite struct ZRMStoreTests {
    let today = Day("2026-11-20")!
    static func rest(_ scored: [LifeDomain: Int]) -> Set<LifeDomain> {
        Set(ZRMMeasurement.unaccounted(scored: scored.keys, notAssessed: []))
    }

    @Test func aMeasurementIsWrittenAsAWholeAndAPartialOneWritesNothing() throws {
        let store = try Fixtures.sampleStore().acting(as: CaseWorkStoreTests.actor("daan"))
        let frank = 2901
        #expect(throws: WijkteamError.self) {
            try store.recordZRM(personID: frank, date: today, scores: [.financien: 2], notAssessed: [.justitie], basedOn: nil, today: today)
        }
        let count = { (sql: String) in try store.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: [frank]) ?? -1 } }
        #expect(try count("SELECT count(*) FROM zrm_score WHERE person_id = ?") == 0)
        #expect(try count("SELECT count(*) FROM zrm_measurement WHERE person_id = ?") == 0)
        let saved = try store.recordZRM(
            personID: frank, date: today, scores: [.financien: 2, .huisvesting: 3],
            notAssessed: Self.rest([.financien: 2, .huisvesting: 3]), basedOn: nil, today: today)
        #expect(saved.map(\.domain) == [.financien, .huisvesting])
        let row = try #require(
            try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM zrm_measurement WHERE person_id = ?", arguments: [frank]) }
        )
        #expect(row["recorded_by"] as String? == "daan" && row["legacy"] as Int == 0)
        #expect((row["not_assessed"] as String).split(separator: ",").count == 11)
        let record = try store.household(id: 29)
        #expect(record.zrmMeasurements.count == 1 && record.zrmMeasurements[0].notAssessed.count == 11)
        #expect(ZRMCase.baseline(in: record, caseID: 31, today: today) != nil)
        let detail = try store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT detail FROM audit_log WHERE detail LIKE 'ZRM of person%' ORDER BY id DESC")
        }
        #expect(detail?.hasPrefix("ZRM of person 2901 on 2026-11-20: 2 domains scored, 11 not assessed") == true, "\(detail ?? "")")
    }

    @Test func closingWithoutAFinalMeasurementNeedsAReasonAndKeepsIt() throws {
        let store = try Fixtures.sampleStore().acting(as: CaseWorkStoreTests.actor("daan"))
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == 31 })
        do {
            _ = try store.closeCase(caseID: 31, reason: "Doelen bereikt", noFinalZRMReason: nil, expectedVersion: c.version, today: today)
            Issue.record("closed without a final measurement")
        } catch {
            #expect("\(error)".contains("no complete ZRM measurement"), "\(error)")
        }
        #expect(try store.cases(includeClosed: false).contains { $0.id == 31 })
        // A baseline (case 31 opened 2026-11-13) and a later complete measurement: the final one; the case closes.
        let scores: [LifeDomain: Int] = [.financien: 2]
        _ = try store.recordZRM(
            personID: 2901, date: today.adding(days: -3), scores: scores, notAssessed: Self.rest(scores), basedOn: nil, today: today)
        #expect(throws: WijkteamError.self) {
            try store.closeCase(caseID: 31, reason: "Doelen bereikt", noFinalZRMReason: nil, expectedVersion: c.version, today: today)
        }
        _ = try store.recordZRM(
            personID: 2901, date: today, scores: [.financien: 4], notAssessed: Self.rest(scores), basedOn: nil, today: today)
        let closed = try store.closeCase(
            caseID: 31, reason: "Doelen bereikt", noFinalZRMReason: nil, expectedVersion: c.version, today: today)
        #expect(closed.case.phase == .afgesloten)
        let reason = try store.pool.read { db in try String.fetchOne(db, sql: "SELECT no_final_zrm_reason FROM care_case WHERE id = 31") }
        #expect(reason == nil)
    }

    @Test func aReasonWhyNoFinalMeasurementIsStored() throws {
        let store = try Fixtures.sampleStore().acting(as: CaseWorkStoreTests.actor("daan"))
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == 31 })
        _ = try store.closeCase(
            caseID: 31, reason: "Verhuisd", noFinalZRMReason: "  Vertrokken zonder adres ", expectedVersion: c.version, today: today)
        let reason = try store.pool.read { db in try String.fetchOne(db, sql: "SELECT no_final_zrm_reason FROM care_case WHERE id = 31") }
        #expect(reason == "Vertrokken zonder adres")
    }

    /// A v14 database with measurements by the old rule (13 domains each, only some typed, as its
    /// access log says) migrates to v15 with exactly the untyped domains marked carried forward.
    @Test func v15TellsScoresTheOldRuleCopiedApartByTheAccessLog() throws {
        let queue = try DatabaseQueue(path: Fixtures.tempDir().appendingPathComponent("v14.sqlite").path)
        try Schema.migrator.migrate(queue, upTo: "v14-avg")
        let d1 = "2026-09-01", d2 = "2026-10-01"
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO household (id, name, street, number, buurt, wijk) VALUES (1, 'Huishouden Test', 'Kade', '1', 'B', 'W')")
            try db.execute(
                sql:
                    "INSERT INTO person (id, household_id, name, birth_year, role) VALUES (12, 1, 'A', 1980, 'parent'), (13, 1, 'B', 1979, 'partner')"
            )
            // Person 12: the first measurement typed two domains; the second typed werk_opleiding only
            // (huisvesting and financien copied from the first).
            for (date, domain, score) in [
                (d1, "financien", 2), (d1, "huisvesting", 3), (d2, "financien", 2), (d2, "huisvesting", 3), (d2, "werk_opleiding", 4),
            ] {
                try db.execute(
                    sql: "INSERT INTO zrm_score (person_id, domain, date, score) VALUES (12, ?, ?, ?)", arguments: [domain, date, score])
            }
            // Person 13: loaded from a district file (no log row): left as it was.
            try db.execute(sql: "INSERT INTO zrm_score (person_id, domain, date, score) VALUES (13, 'financien', ?, 3)", arguments: [d2])
            for detail in [
                "ZRM of person 12 on \(d1): 2 domains (typed: financien,huisvesting)",
                "ZRM of person 12 on \(d2): 3 domains (typed: werk_opleiding)",
            ] {
                try db.execute(
                    sql: """
                        INSERT INTO audit_log (at, account, staff_id, household_id, action, detail, result, origin, prev_hash, hash)
                        VALUES ('2026-10-01T10:00:00Z', 'daan', 'daan', 1, 'change', ?, 'allowed', 'tests', '', '')
                        """, arguments: [detail])
            }
        }
        try Schema.migrator.migrate(queue)
        let carried = try queue.read { db in
            try Row.fetchAll(
                db, sql: "SELECT person_id, date, domain FROM zrm_score WHERE carried_forward = 1 ORDER BY person_id, date, domain"
            )
            .map { "\($0["person_id"] as Int) \($0["date"] as String) \($0["domain"] as String)" }
        }
        #expect(carried == ["12 \(d2) financien", "12 \(d2) huisvesting"])
        let measurements = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM zrm_measurement WHERE legacy = 1") }
        #expect(measurements == 3)
        // The copies marked, the second measurement is partial.
        let scores = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM zrm_score WHERE person_id = 12").map {
                ZRMScore(
                    personID: 12, domain: LifeDomain(rawValue: $0["domain"])!, date: Day($0["date"] as String)!, score: $0["score"],
                    carriedForward: $0["carried_forward"])
            }
        }
        #expect(scores.filter(\.carriedForward).count == 2)
        #expect(!ZRMMeasurement.isComplete(ZRMMeasurementRecord(personID: 12, date: Day(d2)!, legacy: true), scores: scores))
    }
}
