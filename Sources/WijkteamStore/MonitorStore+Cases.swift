import Wijkteam

/// What several groups of the monitor's figures read, read once per report: every case the
/// reader sees that may have been open in the period, with its whole dated history. The
/// closings, reopenings and stage lead times (flow) and the load, contacts and waits (care) are
/// computed from it in Swift; reading it per figure, with correlated subqueries over
/// `case_history`, was most of a second on the city.
package final class MonitorCases {
    /// By case id; `history` is the case's rows in the order they were recorded (day, then row).
    let cases: [Int: MonitorCaseFacts]
    /// The close reason of each closed case (its current closing's).
    let closedReason: [Int: String]

    init(cases: [Int: MonitorCaseFacts], closedReason: [Int: String]) {
        self.cases = cases
        self.closedReason = closedReason
    }
}

extension StoreWork {
    /// The period's cases (`MonitorCases`), read on first use and kept in the scope's memo.
    func monitorCases(_ report: MonitorReport, _ scope: MonitorScope) throws -> MonitorCases {
        if let read = scope.memo.cases { return read }
        // Opened by the period's end, not closed before its first day (or reopened since).
        let last = scope.end(of: report.to).description
        let before = report.from.first.adding(days: -1).description
        let inPeriod = "c.opened <= ? AND (c.phase <> 'afgesloten' OR c.closed_on IS NULL OR c.closed_on >= ?)"
        var cases: [Int: MonitorCaseFacts] = [:]
        var reasons: [Int: String] = [:]
        let columns = "c.id, c.household_id, c.opened, c.closed_on, c.phase, c.regisseur_id, c.complexity, c.closed_reason"
        _ = try db.fetchMapped("SELECT \(columns) FROM care_case c WHERE \(inPeriod)", [last, before]) { r -> Void in
            let id: Int = r[0]
            guard scope.sees(id), let opened = Day(r[2] as String) else { return }
            cases[id] = MonitorCaseFacts(
                caseID: id, householdID: r[1], opened: opened, closedOn: (r[3] as String?).flatMap(Day.init),
                phase: Phase(rawValue: r[4] as String) ?? .aanmelding, regisseurID: r[5], complexity: r[6])
            if let reason: String = r[7] { reasons[id] = reason }
        }
        // The whole history (a closing's "reopened since" looks past the period); every figure
        // asks about a day up to the period's end, and only rows up to that day count. Read as
        // stored, without a join or a sort (most of the time was both), stepped by the engine's
        // fastest reader; each case's few rows are put in order here.
        var unsorted = Set<Int>()
        // Gathered here and given to each case once (a case parses its phase rows when given its history).
        var histories: [Int: [CaseHistoryEvent]] = [:]
        func take(_ r: any OutlineFields) {
            let id = r.int(0)
            guard cases[id] != nil, let on = r.day(3) else { return }
            let event = CaseHistoryEvent(
                caseID: id, kind: r.text(1).flatMap(CaseHistoryKind.init) ?? .phase, value: r.text(2), on: on,
                source: r.text(4).flatMap(CaseHistorySource.init) ?? .estimated)
            // Recorded in order, a case's rows are in day order too, but for a back-dated one.
            if let previous = histories[id]?.last, previous.on > event.on { unsorted.insert(id) }
            histories[id, default: []].append(event)
        }
        let sql = "SELECT case_id, kind, value, on_day, source FROM case_history ORDER BY id"
        if let step = scope.step {
            try step(sql, take)
        } else {
            let names = ["case_id", "kind", "value", "on_day", "source"]
            _ = try db.fetchMapped(sql, []) { take(NamedOutlineRow(row: $0, names: names)) }
        }
        for (id, history) in histories {
            // The few cases with a back-dated row: by day, then as recorded (positions keep the order).
            cases[id]?.history =
                unsorted.contains(id) ? history.enumerated().sorted { ($0.1.on, $0.0) < ($1.1.on, $1.0) }.map(\.1) : history
        }
        let read = MonitorCases(cases: cases, closedReason: reasons)
        scope.memo.cases = read
        return read
    }
}

/// What one report has read already (the scope is passed by value; the memo is shared).
package final class MonitorMemo {
    var cases: MonitorCases?
    /// The period's closings (the flow and the outcome both count them).
    var closings: [MonitorClosing]?
    init() {}
}
