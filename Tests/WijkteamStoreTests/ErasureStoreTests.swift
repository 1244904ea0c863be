import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Correction, erasure and retention in the store (issue 25) on a district with cases closed 1,
/// 16 and 21 years ago: refusals with the legal reason, dry runs that write nothing, names gone
/// from every table, the access log whole and verifying, the figures unchanged.
@Suite struct ErasureStoreTests {
    let today = RetentionDistrict.today

    @Test func anOpenCaseRefusesTheErasureWithItsReasonAndChangesNothing() throws {
        let store = try RetentionDistrict.store()
        let before = try RetentionDistrict.counts(store)
        let plan = try store.acting(as: RetentionDistrict.officer).erasePerson(
            personID: 501, reason: "verzoek 12-11", dryRun: false, today: today)
        #expect(plan.personKept)
        #expect(plan.items.contains(ErasureItem(.caseFile(51), .keep, .openCase)))
        #expect(try RetentionDistrict.whereFound("Emre Ölçer", in: store).contains("person.name"))
        var after = try RetentionDistrict.counts(store)
        #expect(after.removeValue(forKey: "audit_log") == before["audit_log"]! + 1, "the refusal is logged")
        after.removeValue(forKey: "audit_head")
        var b = before
        b.removeValue(forKey: "audit_log")
        b.removeValue(forKey: "audit_head")
        #expect(after == b)
        let row = try store.pool.read { try Row.fetchOne($0, sql: "SELECT detail, staff_id FROM audit_log ORDER BY id DESC LIMIT 1") }
        #expect(row?["detail"] == "erasure of person #501 refused (open_case)" && row?["staff_id"] == "mark")
    }

    @Test func aYouthFileWithinItsPeriodIsKeptUntilItEnds() throws {
        let store = try RetentionDistrict.store().acting(as: RetentionDistrict.lead)
        let plan = try store.erasePerson(personID: 402, reason: "verzoek", dryRun: false, today: today)
        #expect(plan.personKept)
        #expect(plan.items.contains(ErasureItem(.caseFile(41), .keep, .youthFile, keptUntil: Day("2030-06-01"))))
        #expect(try RetentionDistrict.whereFound("王 小明", in: store).contains("person.name"))
    }

    @Test func aSignalInTriageKeepsThePersonAndTheHousehold() throws {
        let store = try RetentionDistrict.store()
        try store.pool.write {
            try $0.execute(
                sql:
                    "INSERT INTO signal (household_id, date, source, description, domains) VALUES (2, '2026-11-19', 'buren', 'zorgen', 'financien')"
            )
        }
        let plan = try store.acting(as: RetentionDistrict.officer).erasePerson(
            personID: 201, reason: "verzoek", dryRun: false, today: today)
        #expect(plan.personKept && plan.items.contains(ErasureItem(.household(2), .keep, .openSignal)))
        let retention = try store.acting(as: RetentionDistrict.lead).retention(dryRun: false, today: today)
        #expect(retention.due.map(\.caseID) == [31, 21] && retention.householdsAnonymised == [3], "case 21 anonymised, its household kept")
        #expect(try RetentionDistrict.whereFound("Ayşe Yılmaz", in: store).contains("person.name"))
        #expect(try RetentionDistrict.whereFound("schulden in kaart", in: store) == [])
    }

    @Test func aDryRunWritesNothingAtAll() throws {
        let store = try RetentionDistrict.store()
        let before = try RetentionDistrict.counts(store)
        let plan = try store.acting(as: RetentionDistrict.officer).erasePerson(personID: 101, reason: "verzoek", dryRun: true, today: today)
        #expect(!plan.personKept && plan.householdAnonymised && plan.casesAnonymised == [11])
        _ = try store.acting(as: RetentionDistrict.officer).retention(dryRun: true, today: today)
        #expect(try RetentionDistrict.counts(store) == before)
        #expect(try RetentionDistrict.whereFound("Łukasiewicz", in: store).contains("person.name"))
    }

    @Test func erasedTheNameIsGoneFromEveryTableAndTheChainVerifies() throws {
        let store = try RetentionDistrict.store()
        let officer = store.acting(as: RetentionDistrict.officer)
        _ = try officer.correctPerson(
            personID: 101, .init(name: "Zoë Łukasiewicz-İnce 🌷 Kowalska"), reason: "naam na huwelijk", expectedVersion: nil, today: today)
        try store.pool.write { try $0.execute(sql: "UPDATE journal_entry SET about_person_id = 101 WHERE case_id = 11") }
        let name = "Łukasiewicz"
        #expect(try RetentionDistrict.whereFound(name, in: store).count >= 8, "the name is in many places before")
        let figures = try RetentionDistrict.figures(store)
        let plan = try officer.erasePerson(personID: 101, reason: "verzoek 12-11", dryRun: false, today: today)
        #expect(!plan.personKept && plan.householdAnonymised)
        #expect(try RetentionDistrict.whereFound(name, in: store) == [])
        #expect(try RetentionDistrict.whereFound("lukasiewicz", in: store) == [], "the folded search text too")
        #expect(try RetentionDistrict.whereFound("Kersenlaan 1", in: store) == [])
        #expect(try RetentionDistrict.figures(store) == figures, "figures still count them")
        let v = try store.verifyAudit()
        #expect(v.broken == nil)
        #expect(try RetentionDistrict.value(store, String.self, "SELECT erased_on FROM person WHERE id = 101") == "2026-11-20")
        #expect(
            try RetentionDistrict.value(store, String.self, "SELECT reason FROM person_correction WHERE person_id = 101")
                == "erased (AVG art. 17)")
        #expect(try RetentionDistrict.value(store, String.self, "SELECT anonymised_on FROM household WHERE id = 1") == "2026-11-20")
        let detail = try RetentionDistrict.value(store, String.self, "SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1")
        #expect(detail == "person #101 erased (AVG art. 17); cases #11 anonymised; household anonymised")
        // The other households are untouched.
        #expect(try RetentionDistrict.whereFound("Ayşe Yılmaz", in: store).contains("person.name"))
        let again = try officer.erasePerson(personID: 101, reason: "nogmaals", dryRun: false, today: today)
        #expect(again.items.first?.reason == .alreadyErased)
    }

    @Test func aGeneralistIsRefusedWithADeniedRowAndNothingChanges() throws {
        let store = try RetentionDistrict.store()
        let daan = store.acting(as: RetentionDistrict.generalist)
        for attempt in [
            { _ = try daan.erasePerson(personID: 101, reason: "x", dryRun: false, today: today) },
            { _ = try daan.erasePerson(personID: 101, reason: "x", dryRun: true, today: today) },
            { _ = try daan.retention(dryRun: false, today: today) },
            { _ = try daan.setRetention(.youth, years: 1) },
            { _ = try daan.correctPerson(personID: 101, .init(name: "X"), reason: "x", expectedVersion: nil, today: today) },
        ] as [() throws -> Void] {
            #expect(throws: WijkteamError.self) { try attempt() }
        }
        #expect(
            try RetentionDistrict.value(store, Int.self, "SELECT count(*) FROM audit_log WHERE result = 'denied' AND staff_id = 'daan'")
                == 5)
        #expect(try RetentionDistrict.value(store, Int.self, "SELECT count(*) FROM care_case WHERE anonymised_on IS NOT NULL") == 0)
        #expect(try RetentionDistrict.value(store, Int.self, "SELECT count(*) FROM setting WHERE key LIKE 'retention_%'") == 0)
        #expect(try RetentionDistrict.value(store, String.self, "SELECT name FROM person WHERE id = 101") == "Zoë Łukasiewicz-İnce 🌷")
    }

    @Test func retentionAnonymisesWhatIsDueAndTheFiguresStay() throws {
        let store = try RetentionDistrict.store()
        let lead = store.acting(as: RetentionDistrict.lead)
        #expect(try store.retentionDueCount(today: today) == 2)
        let listed = try lead.retention(dryRun: true, today: today)
        #expect(listed.due.map(\.caseID) == [31, 21], "the longest due first")
        #expect(listed.due.map(\.law) == [.youth, .other])
        #expect(listed.householdsAnonymised == [2, 3])
        let figures = try RetentionDistrict.figures(store)
        let applied = try lead.retention(dryRun: false, today: today)
        #expect(applied == listed)
        #expect(try RetentionDistrict.figures(store) == figures)
        for gone in ["Yılmaz", "Cohen", "schulden in kaart"] { #expect(try RetentionDistrict.whereFound(gone, in: store) == [], "\(gone)") }
        for kept in ["Łukasiewicz", "王 小明", "Emre Ölçer"] { #expect(try !RetentionDistrict.whereFound(kept, in: store).isEmpty, "\(kept)") }
        #expect(try store.verifyAudit().broken == nil)
        #expect(try store.retentionDueCount(today: today) == 0)
        #expect(try lead.retention(dryRun: false, today: today).due.isEmpty, "applied once")
    }

    @Test func aShorterPeriodIsAuditedAndMakesMoreDue() throws {
        let store = try RetentionDistrict.store()
        let lead = store.acting(as: RetentionDistrict.lead)
        #expect(throws: WijkteamError.self) { try lead.setRetention(.youth, years: 0) }
        let policy = try lead.setRetention(.youth, years: 15)
        #expect(policy.years(for: .youth) == 15 && policy.years(for: .wmo) == 15)
        #expect(try store.retentionDueCount(today: today) == 3, "case 41, closed 16 years ago, is due under 15")
        let detail = try store.pool.read { try String.fetchOne($0, sql: "SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1") }
        #expect(detail == "retention youth period 20 → 15 years")
    }

    /// The reminder's count reads only the cases that can be due: on the day before each case
    /// falls due, on that day and after, under the defaults and under periods of one year, it
    /// counts what the whole plan lists.
    @Test func theReminderCountsWhatTheWholePlanLists() throws {
        let store = try RetentionDistrict.store()
        let lead = store.acting(as: RetentionDistrict.lead)
        for years in [nil, 1] as [Int?] {
            if let years { for law in RetentionLaw.allCases { _ = try lead.setRetention(law, years: years) } }
            let later = try lead.retention(dryRun: true, today: today.adding(years: 40)).due
            #expect(later.count >= 3)
            for due in later {
                for day in [due.dueSince.adding(days: -1), due.dueSince, due.dueSince.adding(days: 1)] {
                    #expect(try store.retentionDueCount(today: day) == lead.retention(dryRun: true, today: day).due.count, "\(day)")
                }
            }
        }
        // Closed on 29 February: a year later it is due on 28 February, a day before the same
        // date a year on (the count's day of slack).
        let leap = try #require(try RetentionDistrict.value(store, Int.self, "SELECT min(id) FROM care_case WHERE phase = 'afgesloten'"))
        try store.pool.write { try $0.execute(sql: "UPDATE care_case SET closed_on = '2024-02-29' WHERE id = ?", arguments: [leap]) }
        let day = Day("2025-02-28")!
        let plan = try lead.retention(dryRun: true, today: day).due
        #expect(plan.contains { $0.caseID == leap && $0.dueSince == day })
        #expect(try store.retentionDueCount(today: day) == plan.count)
    }

    @Test func aCorrectionKeepsTheOldValueWithTheReason() throws {
        let store = try RetentionDistrict.store()
        let lead = store.acting(as: RetentionDistrict.lead)
        #expect(throws: WijkteamError.self) {
            try lead.correctPerson(personID: 201, .init(name: "Ayse Yilmaz"), reason: "  ", expectedVersion: nil, today: today)
        }
        #expect(throws: WijkteamError.self) {
            try lead.correctPerson(personID: 201, .init(name: "Ayşe Yılmaz"), reason: "zelfde", expectedVersion: nil, today: today)
        }
        #expect(throws: WijkteamError.self, "a stale version") {
            try lead.correctPerson(personID: 201, .init(name: "A. Yılmaz"), reason: "r", expectedVersion: 7, today: today)
        }
        let saved = try lead.correctPerson(
            personID: 201, .init(name: "Ayşe Yılmaz-Demir", birthDate: Day("1960-05-07")), reason: "verkeerd overgenomen",
            expectedVersion: 1, today: today)
        #expect(saved.name == "Ayşe Yılmaz-Demir" && saved.version == 2)
        let history = try lead.personCorrections(personID: 201)
        #expect(history.map(\.field) == ["name", "birth_date"])
        #expect(history[0].oldValue == "Ayşe Yılmaz" && history[0].newValue == "Ayşe Yılmaz-Demir")
        #expect(
            history[1].oldValue == "1960-05-06" && history.allSatisfy { $0.reason == "verkeerd overgenomen" && $0.correctedBy == "fatima" })
        #expect(try store.findHouseholds("demir", limit: 5).map(\.id) == [2], "the search finds the corrected name")
        let detail = try store.pool.read { try String.fetchAll($0, sql: "SELECT detail FROM audit_log ORDER BY id DESC LIMIT 2") }
        #expect(detail.last == "person #201 corrected (name, birth_date)")
    }
}
