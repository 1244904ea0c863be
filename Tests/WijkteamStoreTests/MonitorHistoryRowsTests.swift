import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The monitor keeps each case's history (`MonitorCaseFacts.history`) in a list made at its size
/// from rows read in the table's order (`MonitorHistoryRows`). Whatever the rows hold, each case's
/// events are its `case_history` rows by day, then as recorded, on both read paths; its phase
/// rows are those of its events.
@Suite struct MonitorHistoryRowsTests {
    /// The sample district with rows a store may hold besides the writers' own: back-dated
    /// ones, a phase value no phase has, a regisseur row without a regisseur, values in other
    /// scripts and with control characters, and a day that is not one (left out).
    static func store() throws -> (SQLiteStore, [Int]) {
        let store = try Fixtures.sampleStore()
        let ids: [Int] = try store.reading { work in
            try work.db.fetchAll("SELECT id FROM care_case WHERE phase <> 'afgesloten' ORDER BY id LIMIT 3", []).map { $0["id"] }
        }
        let extra: [(Int, String, String?, String, String)] = [
            (ids[0], "phase", "intake", "2001-01-01", "estimated"),
            (ids[0], "phase", "onbekend", "2099-12-31", "record"),
            (ids[0], "regisseur", nil, "2002-02-02", "app"),
            (ids[1], "regisseur", "مريم 👩‍👩‍👧 Łukasz\t\u{1B}[31m", "2003-03-03", "journal"),
            (ids[1], "phase", nil, "2003-03-04", "access_log"),
            (ids[2], "phase", "uitvoering", "gisteren", "app"),
            (ids[2], "phase", "uitvoering", "2004-04-04", "app"),
        ]
        try store.writing { work in
            for (id, kind, value, day, source) in extra {
                let sql = "INSERT INTO case_history (case_id, kind, value, on_day, source) VALUES (?, ?, ?, ?, ?)"
                try work.db.execute(sql, [id, kind, value, day, source])
            }
        }
        return (store, ids)
    }

    /// Each case's rows as stored, by day and then as recorded (a day that is not one left out).
    static func expected(_ store: SQLiteStore) throws -> [Int: [CaseHistoryEvent]] {
        let rows = try store.reading { work in
            try work.db.fetchAll("SELECT case_id, kind, value, on_day, source FROM case_history ORDER BY case_id, id", [])
        }
        var byCase: [Int: [CaseHistoryEvent]] = [:]
        for r in rows {
            guard let on = Day(r["on_day"] as String) else { continue }
            let event = CaseHistoryEvent(
                caseID: r["case_id"], kind: CaseHistoryKind(rawValue: r["kind"])!, value: r["value"], on: on,
                source: CaseHistorySource(rawValue: r["source"])!)
            byCase[event.caseID, default: []].append(event)
        }
        return byCase.mapValues { events in
            events.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
        }
    }

    @Test(arguments: [true, false])
    func eachCaseHoldsItsRowsByDayAtItsSize(stepped: Bool) throws {
        let (store, changed) = try Self.store()
        let expected = try Self.expected(store)
        let today = StoreClock.today()
        let (from, to) = MonitorPeriod.lastTwelve(today: today)
        let cases = try store.reading { work in
            var scope = MonitorScope(shared: nil, today: today)
            if stepped { scope.step = SQLiteStore.stepper(work.db) }
            return try work.monitorCases(MonitorReport(from: from, to: to, today: today), scope).cases.all
        }
        #expect(cases.count > 20)
        for c in cases {
            let events = expected[c.caseID] ?? []
            #expect(c.history == events, "case \(c.caseID)")
            // The same values, not only equal ones: the vocabulary's string where a phase is known.
            #expect(c.history.map(\.value) == events.map(\.value) && c.history.map(\.phase) == events.map(\.phase))
            let phaseRows = events.filter { $0.kind == .phase }.map { MonitorCaseFacts.PhaseRow(on: $0.on, phase: $0.phase) }
            #expect(c.phaseRows == phaseRows, "case \(c.caseID)")
            // Made at its size: a list with room for eight was most of the read's memory.
            #expect(c.history.capacity < c.history.count + 2, "case \(c.caseID): \(c.history.capacity) for \(c.history.count)")
            #expect(c.phaseRows.capacity < c.phaseRows.count + 2, "case \(c.caseID)")
        }
        // The added rows are there, back-dated ones first; the day that is not one is not.
        let first = try #require(cases.first { $0.caseID == changed[0] })
        #expect(first.history.first?.on == Day("2001-01-01") && first.history.last?.value == "onbekend")
        #expect(first.history.contains { $0.kind == .regisseur && $0.value == nil })
        let second = try #require(cases.first { $0.caseID == changed[1] })
        #expect(second.history.contains { $0.value == "مريم 👩‍👩‍👧 Łukasz\t\u{1B}[31m" })
        #expect(second.phaseRows.contains { $0.phase == nil })
        let third = try #require(cases.first { $0.caseID == changed[2] })
        #expect(third.history.filter { $0.kind == .phase && $0.value == "uitvoering" }.map(\.on).contains(Day("2004-04-04")!))
    }

    /// The fields' order in memory is not their JSON: the same keys and values as before.
    @Test func aHistoryRowEncodesAsBefore() throws {
        let event = CaseHistoryEvent(caseID: 7, kind: .regisseur, value: "daan", on: Day("2026-01-02")!, source: .app)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(event), as: UTF8.self)
        #expect(json == #"{"caseID":7,"kind":"regisseur","on":"2026-01-02","source":"app","value":"daan"}"#)
        #expect(try JSONDecoder().decode(CaseHistoryEvent.self, from: Data(json.utf8)) == event)
    }
}
