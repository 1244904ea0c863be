import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Triage urgency in the store (issue 26): the context facts read in the same pass, the hard
/// date from a district file, and the team's weights (team lead only, audited, checked).
@Suite struct UrgencyStoreTests {
    let today = Day("2026-11-20")!
    static let lead = AuditActor(staffID: "fatima", account: "test-fatima", origin: "tests")
    static let generalist = AuditActor(staffID: "daan", account: "test-daan", origin: "tests")

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("u.sqlite").path,
            from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    func count(_ store: SQLiteStore, _ sql: String) throws -> Int {
        try store.pool.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    @Test func theSampleCarriesTheEvictionDateAndTheWomanLivingAlone() throws {
        let store = try sample()
        let eviction = try #require(try store.openSignals().first { $0.householdID == 10 })
        #expect(eviction.intake?.hardDate == Day("2026-12-01")!)
        #expect(eviction.intake?.hardDateKind == .eviction)
        let contexts = try store.triageContexts(today: today)
        let deVries = try #require(contexts[1])
        #expect(deVries.livesAloneAged75 && !deVries.noNetworkTies)
        #expect(contexts[10]?.livesAloneAged75 == false && contexts[10]?.childrenUnder4 == 0)
        // Her hidden fall no longer scores 1: living alone at 82 counts, and it must be answered within 3 working days.
        let fall = try #require(
            Urgency.rank(try store.openSignals(), contexts: contexts, today: today).first { $0.signal.householdID == 1 })
        #expect(fall.score > 1)
        #expect(fall.reasons.contains { $0.text == "75 or older, living alone" })
        #expect(fall.riskClass == .vulnerable)
    }

    @Test func contextsReadNoTiesAToddlerAndCarerLoadBySCP() throws {
        let store = try sample()
        try store.pool.write { db in
            try db.execute(sql: "INSERT INTO household (id, name, street, number, buurt, wijk) VALUES (9001, 'Test A', 's', '1', 'b', 'w')")
            try db.execute(sql: "INSERT INTO household (id, name, street, number, buurt, wijk) VALUES (9002, 'Test B', 's', '2', 'b', 'w')")
            try db.execute(
                sql: """
                    INSERT INTO person (id, household_id, name, birth_year, role) VALUES
                        (90011, 9001, 'A', 1990, 'parent'), (90012, 9001, 'A2', 2024, 'child'), (90021, 9002, 'B', 1950, 'adult')
                    """)
            try db.execute(
                sql: """
                    INSERT INTO network_tie (household_id, name, sector, relation, strength, carer_hours, carer_since, carer_burden) VALUES
                        (9002, 'C', 'family', 'dochter', 'strong', 10, '2026-06-01', 2),
                        (9002, 'D', 'family', 'zoon', 'normal', 30, '2026-10-01', 1)
                    """)
            try db.execute(
                sql: """
                    INSERT INTO signal (household_id, date, source, description, domains) VALUES
                        (9001, '2026-11-20', 'other', 'x', 'financien'), (9002, '2026-11-20', 'other', 'y', 'financien')
                    """)
        }
        var c = try store.triageContexts(today: today)
        #expect(c[9001]?.noNetworkTies == true && c[9001]?.childrenUnder4 == 1 && c[9001]?.livesAloneAged75 == false)
        // 10 h/week since June (over 3 months): long and intensive; 30 h since October: not (yet); nobody feels it as heavy.
        #expect(c[9002]?.noNetworkTies == false && c[9002]?.carerLongAndIntensive == true && c[9002]?.carerHeavy == false)
        #expect(c[9002]?.livesAloneAged75 == true, "the only member, 76 in 2026")
        try store.pool.write { db in
            try db.execute(sql: "UPDATE network_tie SET carer_burden = 4 WHERE household_id = 9002 AND name = 'D'")
            try db.execute(sql: "UPDATE network_tie SET carer_since = '2026-09-01' WHERE household_id = 9002 AND name = 'C'")
        }
        c = try store.triageContexts(today: today)
        #expect(c[9002]?.carerHeavy == true && c[9002]?.carerLongAndIntensive == false)
    }

    @Test func onlyTheTeamLeadChangesTheWeightsWithAnAccessLogRow() throws {
        let store = try sample()
        #expect(try store.urgencyWeights() == UrgencyWeights.defaults)
        let daan = store.acting(as: Self.generalist)
        #expect(throws: WijkteamError.self) { try daan.setUrgencyWeight(.deadlineMax, to: 60, today: today) }
        #expect(try count(store, "SELECT count(*) FROM audit_log WHERE result = 'denied' AND staff_id = 'daan'") == 1)
        let lead = store.acting(as: Self.lead)
        for bad in [-1, 101, 10_000] {
            #expect(throws: WijkteamError.self) { try lead.setUrgencyWeight(.deadlineMax, to: bad, today: today) }
        }
        #expect(throws: WijkteamError.self) { try lead.setUrgencyWeight(.respondOtherDays, to: 0, today: today) }
        #expect(try count(store, "SELECT count(*) FROM setting WHERE key LIKE 'urgency.%'") == 0)
        let weights = try lead.setUrgencyWeight(.deadlineMax, to: 60, today: today)
        #expect(weights[.deadlineMax] == 60 && weights[.safety] == 50)
        #expect(try daan.urgencyWeights()[.deadlineMax] == 60, "everyone reads the team's table")
        let detail = try store.pool.read { try String.fetchOne($0, sql: "SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1") }
        #expect(detail == "urgency weight deadline-max 45 → 60")
        // A value edited by hand outside its range falls back to the default.
        try store.pool.write { try $0.execute(sql: "INSERT INTO setting (key, value) VALUES ('urgency.safety', -5)") }
        #expect(try store.urgencyWeights()[.safety] == 50)
        #expect(try store.verifyAudit().broken == nil)
    }
}
