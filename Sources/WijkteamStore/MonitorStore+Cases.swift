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
    /// Each case's phase rows in order, the phase parsed once (nil: a value no phase has).
    let phases: [Int: [(phase: Phase?, on: Day)]]

    init(cases: [Int: MonitorCaseFacts], closedReason: [Int: String]) {
        self.cases = cases
        self.closedReason = closedReason
        phases = cases.mapValues { c in c.history.lazy.filter { $0.kind == .phase }.map { ($0.phase, $0.on) } }
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
        // stored, without a join or a sort (most of the time was both), the day as a number;
        // each case's few rows are put in order here.
        // Kind, phase and source come as their position in the vocabulary (no text to decode
        // for most rows; a regisseur's staff id is the only text read).
        let sources = CaseHistorySource.allCases, phases = Phase.allCases
        let phaseIndex = "CASE h.value " + phases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }.joined(separator: " ") + " END"
        let sourceIndex = "CASE h.source " + sources.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }.joined(separator: " ") + " END"
        var unsorted = Set<Int>()
        _ = try db.fetchMapped(
            """
            SELECT h.case_id, h.kind = 'phase', CASE WHEN h.kind = 'phase' THEN \(phaseIndex) END,
                   CASE WHEN h.kind = 'phase' THEN NULL ELSE h.value END, CAST(julianday(h.on_day) - 2440587.5 AS INTEGER),
                   \(sourceIndex) FROM case_history h ORDER BY h.id
            """, []
        ) { r -> Void in
            let id: Int = r[0]
            guard cases[id] != nil, let days: Int = r[4] else { return }
            let isPhase: Bool = r[1]
            let value: String? = isPhase ? (r[2] as Int?).map { phases[$0].rawValue } : r[3]
            let event = CaseHistoryEvent(
                caseID: id, kind: isPhase ? .phase : .regisseur, value: value, on: Day(daysSinceEpoch: days),
                source: (r[5] as Int?).map { sources[$0] } ?? .estimated)
            // Recorded in order, a case's rows are in day order too, but for a back-dated one.
            if let previous = cases[id]?.history.last, previous.on > event.on { unsorted.insert(id) }
            cases[id]?.history.append(event)
        }
        // The few cases with a back-dated row: by day, then as recorded (the sort is stable).
        for id in unsorted {
            guard let history = cases[id]?.history else { continue }
            cases[id]?.history = history.enumerated().sorted { ($0.1.on, $0.0) < ($1.1.on, $1.0) }.map(\.1)
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
