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

    /// The cases as a report of the last twelve months with `groups` reads them (stepped with the
    /// C API or mapped by name), and the scope it read them with.
    static func cases(_ store: SQLiteStore, groups: MonitorGroups, stepped: Bool) throws -> ([MonitorCaseFacts], MonitorScope) {
        let today = StoreClock.today()
        let (from, to) = MonitorPeriod.lastTwelve(today: today)
        return try store.reading { work in
            var scope = MonitorScope(shared: nil, today: today, groups: groups)
            if stepped { scope.step = SQLiteStore.stepper(work.db) }
            return (try work.monitorCases(MonitorReport(from: from, to: to, today: today), scope).cases.all, scope)
        }
    }

    @Test(arguments: [true, false])
    func eachCaseHoldsItsRowsByDayAtItsSize(stepped: Bool) throws {
        let (store, changed) = try Self.store()
        let expected = try Self.expected(store)
        let (cases, _) = try Self.cases(store, groups: .all, stepped: stepped)
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

    /// Rows of a few cases interleaved over more than two chunks: each case's events come back
    /// in the order given, with their values, every list at its size.
    @Test func rowsAcrossChunksComeBackByCaseInOrder() {
        let cases = 7, total = 20_000
        var read = MonitorHistoryRows(cases: cases)
        for n in 0..<total {
            let position = (n * 5) % cases, on = Day(daysSinceEpoch: 20_000 + n)
            if n % 3 == 0 {
                read.append(position: position, on: on, entered: .uitvoering, source: .app)
            } else {
                read.append(position: position, on: on, kind: .regisseur, value: n % 4 == 0 ? nil : "s\(n)", source: .journal)
            }
        }
        #expect(read.phaseRowCounts.reduce(0, +) == Int32((total + 2) / 3))
        let events = read.events(caseIDs: (0..<cases).map { 100 + $0 })
        #expect(events.map(\.count).reduce(0, +) == total)
        for position in 0..<cases {
            let given = (0..<total).filter { ($0 * 5) % cases == position }
            #expect(events[position].map(\.on.daysSinceEpoch) == given.map { 20_000 + $0 })
            #expect(events[position].allSatisfy { $0.caseID == 100 + position })
            #expect(events[position].map(\.value) == given.map { $0 % 3 == 0 ? "uitvoering" : ($0 % 4 == 0 ? nil : "s\($0)") })
            #expect(events[position].map(\.phase) == given.map { $0 % 3 == 0 ? .uitvoering : nil })
            #expect(events[position].capacity < events[position].count + 2)
            #expect(Int(read.phaseRowCounts[position]) == given.filter { $0 % 3 == 0 }.count)
        }
    }

    /// A report without the lead times (the meeting's trend) keeps each case's regisseur rows as
    /// its history and its phase rows apart, in the same order; every case then answers the
    /// phase and the regisseur at any day as with its whole history, and the trend's figures
    /// are the full report's, back-dated rows, a phase no phase has and a regisseur row without a
    /// regisseur included.
    @Test(arguments: [true, false])
    func withoutTheLeadTimesEachCaseKeepsItsRegisseurRowsAndItsPhaseRows(stepped: Bool) throws {
        let (store, changed) = try Self.store()
        let expected = try Self.expected(store)
        let today = StoreClock.today()
        let (from, to) = MonitorPeriod.lastTwelve(today: today)
        let (whole, scope) = try Self.cases(store, groups: .all, stepped: stepped)
        let (apart, lean) = try Self.cases(store, groups: .meetingTrend, stepped: stepped)
        #expect(scope.phaseEvents && !lean.phaseEvents)
        #expect(apart.map(\.caseID) == whole.map(\.caseID) && apart.count > 20)
        let fixed = ["2001-01-01", "2002-02-02", "2003-03-03", "2004-04-04", "2099-12-31"].compactMap(Day.init)
        #expect(fixed.count == 5)
        let days = fixed + (0..<40).map { today.adding(days: -10 * $0) }
        for (c, w) in zip(apart, whole) {
            let events = expected[c.caseID] ?? []
            #expect(c.history == events.filter { $0.kind == .regisseur }, "case \(c.caseID)")
            #expect(c.phaseRows == w.phaseRows, "case \(c.caseID)")
            #expect(c.history.capacity < c.history.count + 2 && c.phaseRows.capacity < c.phaseRows.count + 2)
            #expect(days.map(c.phase(at:)) == days.map(w.phase(at:)), "case \(c.caseID)")
            #expect(days.map(c.regisseur(at:)) == days.map(w.regisseur(at:)), "case \(c.caseID)")
        }
        let first = try #require(apart.first { $0.caseID == changed[0] })
        #expect(first.phaseRows.first?.on == Day("2001-01-01") && first.phaseRows.last?.on == Day("2099-12-31"))
        #expect(first.history.contains { $0.value == nil } && first.regisseur(at: Day("2002-02-02")!) == nil)
        let second = try #require(apart.first { $0.caseID == changed[1] })
        #expect(second.phaseRows.contains { $0.phase == nil })
        #expect(second.regisseur(at: Day("2003-03-03")!) == "مريم 👩‍👩‍👧 Łukasz\t\u{1B}[31m")
        // The trend's groups, read this way, are the full report's.
        let full = try store.monitor(from: from, to: to, today: today, groups: .all)
        let trend = try store.monitor(from: from, to: to, today: today, groups: .meetingTrend)
        #expect(trend.months.map(\.flow) == full.months.map(\.flow) && trend.months.map(\.proactive) == full.months.map(\.proactive))
        #expect(trend.months.map(\.load) == full.months.map(\.load) && trend.regisseurs == full.regisseurs)
        #expect(full.months.contains { $0.load.weighted > 0 })
    }

    /// Only a report with the lead times reads the phase rows as events.
    @Test func onlyTheLeadTimesTakeThePhaseRowsAsEvents() {
        let today = Day("2026-12-07")!
        let groups: [MonitorGroups] = [
            .all, .meetingTrend, .leadTimes, [.leadTimes, .load], .flow, .proactive, .load, .outcome, .waiting, [],
        ]
        for g in groups {
            #expect(MonitorScope(shared: nil, today: today, groups: g).phaseEvents == g.contains(.leadTimes), "\(g.rawValue)")
        }
        #expect(!MonitorScope(shared: [1], today: today, groups: .meetingTrend).phaseEvents)
    }

    /// Rows of a few cases over more than two chunks, taken apart: each case's regisseur rows as
    /// events and its phase rows (a phase no phase has as nil), in the order given, at their size.
    @Test func regisseurRowsAndPhaseRowsComeBackApartByCaseInOrder() {
        let cases = 7, total = 20_000
        var read = MonitorHistoryRows(cases: cases)
        for n in 0..<total {
            let position = (n * 5) % cases, on = Day(daysSinceEpoch: 20_000 + n)
            switch n % 3 {
            case 0: read.append(position: position, on: on, entered: .uitvoering, source: .app)
            case 1: read.append(position: position, on: on, kind: .phase, value: "onbekend", source: .estimated)
            default: read.append(position: position, on: on, kind: .regisseur, value: n % 4 == 0 ? nil : "s\(n)", source: .journal)
            }
        }
        let (events, phases) = read.regisseurEventsAndPhaseRows(caseIDs: (0..<cases).map { 100 + $0 })
        let (eventCount, phaseCount) = (events.map(\.count).reduce(0, +), phases.map(\.count).reduce(0, +))
        #expect(eventCount + phaseCount == total)
        for position in 0..<cases {
            let given = (0..<total).filter { ($0 * 5) % cases == position }
            let regisseur = given.filter { $0 % 3 == 2 }, phase = given.filter { $0 % 3 != 2 }
            #expect(events[position].map(\.on.daysSinceEpoch) == regisseur.map { 20_000 + $0 })
            let values: [String?] = regisseur.map { $0 % 4 == 0 ? nil : "s\($0)" }
            #expect(events[position].map(\.value) == values)
            #expect(events[position].allSatisfy { $0.caseID == 100 + position && $0.kind == .regisseur && $0.source == .journal })
            #expect(phases[position].map(\.on.daysSinceEpoch) == phase.map { 20_000 + $0 })
            let phaseValues: [Phase?] = phase.map { $0 % 3 == 0 ? .uitvoering : nil }
            #expect(phases[position].map(\.phase) == phaseValues)
            #expect(events[position].capacity < events[position].count + 2 && phases[position].capacity < phases[position].count + 2)
        }
    }
}
