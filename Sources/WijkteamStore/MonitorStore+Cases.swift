import Wijkteam

/// What several groups of the monitor's figures read, read once per report: every case the
/// reader sees that may have been open in the period, with its whole dated history. The
/// closings, reopenings and stage lead times (flow) and the load, contacts and waits (care) are
/// computed from it in Swift; reading it per figure, with correlated subqueries over
/// `case_history`, was most of a second on the city.
package final class MonitorCases {
    /// The cases, found by id; `history` is each case's rows in the order they were recorded (day, then row).
    let cases: MonitorCaseSet
    /// The close reason of each closed case (its current closing's).
    let closedReason: [Int: String]

    init(cases: MonitorCaseSet, closedReason: [Int: String]) {
        self.cases = cases
        self.closedReason = closedReason
    }
}

extension StoreWork {
    /// The period's cases (`MonitorCases`), read on first use and kept in the scope's memo.
    func monitorCases(_ report: MonitorReport, _ scope: MonitorScope) throws -> MonitorCases {
        if let read = scope.memo.cases { return read }
        // Opened by the period's end, not closed before its first day (or reopened since).
        let last = scope.end(of: report.to).sqlLiteral
        let before = report.from.first.adding(days: -1).sqlLiteral
        let caseQuery = MonitorQuery(
            columns: [
                ("id", "id"), ("household_id", "household_id"), ("opened", "opened"), ("closed_on", "closed_on"), ("phase", "phase"),
                ("regisseur_id", "regisseur_id"), ("complexity", "complexity"),
                ("CASE WHEN phase = 'afgesloten' THEN closed_reason END", "closed_reason"),
            ],
            rest: "FROM care_case WHERE opened <= \(last) AND (phase <> 'afgesloten' OR closed_on IS NULL OR closed_on >= \(before))")
        let phases = VocabularyCodes<Phase>(), kinds = VocabularyCodes<CaseHistoryKind>()
        let sources = VocabularyCodes<CaseHistorySource>()
        var facts: [MonitorCaseFacts] = []
        var position: [Int: Int] = [:]
        var reasons: [Int: String] = [:]
        try monitorRows(scope, caseQuery) { r in
            let id = r.int(0)
            guard scope.sees(id), let opened = r.day(2) else { return }
            position[id] = facts.count
            facts.append(
                MonitorCaseFacts(
                    caseID: id, householdID: r.int(1), opened: opened, closedOn: r.day(3),
                    phase: phases[r.code(4, phases.bytes)] ?? .aanmelding,
                    regisseurID: r.text(5), complexity: r.int(6)))
            if let reason = r.text(7) { reasons[id] = reason }
        }
        // The whole history (a closing's "reopened since" looks past the period); every figure
        // asks about a day up to the period's end, and only rows up to that day count. Read as
        // stored, without a join or a sort (most of the time was both), stepped by the engine's
        // fastest reader; each case's few rows are put in order here.
        let historyQuery = MonitorQuery(
            columns: [("case_id", "case_id"), ("kind", "kind"), ("value", "value"), ("on_day", "on_day"), ("source", "source")],
            rest: "FROM case_history ORDER BY id")
        var histories = [[CaseHistoryEvent]](repeating: [], count: facts.count)
        var unsorted = Set<Int>()
        try monitorRows(scope, historyQuery) { r in
            let id = r.int(0)
            guard let i = position[id], let on = r.day(3) else { return }
            let kind = kinds[r.code(1, kinds.bytes)] ?? .phase
            // A phase row's value is its phase's (the vocabulary's own string: no String made per row).
            let value = kind == .phase ? phases[r.code(2, phases.bytes)]?.rawValue ?? r.text(2) : r.text(2)
            let event = CaseHistoryEvent(
                caseID: id, kind: kind, value: value, on: on, source: sources[r.code(4, sources.bytes)] ?? .estimated)
            // Recorded in order, a case's rows are in day order too, but for a back-dated one.
            if let previous = histories[i].last, previous.on > event.on { unsorted.insert(i) }
            histories[i].append(event)
        }
        for i in facts.indices where !histories[i].isEmpty {
            // The few cases with a back-dated row: by day, then as recorded (positions keep the order).
            facts[i].history =
                unsorted.contains(i)
                ? histories[i].enumerated().sorted { ($0.1.on, $0.0) < ($1.1.on, $1.0) }.map(\.1) : histories[i]
        }
        let read = MonitorCases(
            cases: MonitorCaseSet(facts), closedReason: reasons)
        scope.memo.cases = read
        return read
    }
}

/// What one report has read already (the scope is passed by value; the memo is shared).
package final class MonitorMemo {
    var cases: MonitorCases?
    /// The period's closings (the flow and the outcome both count them).
    var closings: [MonitorClosing]?
    /// Every signal (the flow and the lead times both read them).
    var signals: [MonitorSignal]?
    init() {}
}
