import Wijkteam

/// What several groups of the monitor's figures read, read once per report: every case the
/// reader sees that may have been open in the period, with its whole dated history (without the
/// lead times: its regisseur rows and its phase rows apart, `MonitorScope.phaseEvents`). The
/// closings, reopenings and stage lead times (flow) and the load, contacts and waits (care) are
/// computed from it in Swift; reading it per figure, with correlated subqueries over
/// `case_history`, was most of a second on the city.
package final class MonitorCases {
    /// The cases, found by id; `history` is each case's rows (or its regisseur rows alone, see
    /// `MonitorScope.phaseEvents`) in the order they were recorded (day, then row).
    let cases: MonitorCaseSet
    /// The close reason of each closed case (its current closing's).
    let closedReason: [Int: String]
    /// The month each case the reader sees was opened in, for the cases opened in the period
    /// (its first day to its last month's last day, also after today).
    let openedMonths: [Month]

    init(cases: MonitorCaseSet, closedReason: [Int: String], openedMonths: [Month]) {
        self.cases = cases
        self.closedReason = closedReason
        self.openedMonths = openedMonths
    }
}

extension StoreWork {
    /// The period's cases (`MonitorCases`), read on first use and kept in the scope's memo.
    func monitorCases(_ report: MonitorReport, _ scope: MonitorScope) throws -> MonitorCases {
        if let read = scope.memo.cases { return read }
        // Opened by the period's end, not closed before its first day (or reopened since). The
        // period's last month is read to its last day (the cases opened in it are counted) and
        // only the cases opened by today are kept.
        let end = scope.end(of: report.to), first = report.from.first
        let last = report.to.last.sqlLiteral
        let before = report.from.first.adding(days: -1).sqlLiteral
        let caseQuery = MonitorQuery(
            columns: [
                ("id", "id"), ("household_id", "household_id"), ("opened", "opened"), ("closed_on", "closed_on"), ("phase", "phase"),
                ("regisseur_id", "regisseur_id"), ("complexity", "complexity"),
                ("CASE WHEN phase = 'afgesloten' THEN closed_reason END", "closed_reason"),
            ],
            rest: "FROM care_case WHERE opened <= \(last) AND (phase <> 'afgesloten' OR closed_on IS NULL OR closed_on >= \(before))")
        let phases = VocabularyCodes<Phase>()
        // The cases themselves, their histories filled in below (a list of their rows first, then
        // one of the cases made from it, held both: 2.2 MB at 100,000 households). Made at its
        // size (doubling held the old list and the new: 4 MB).
        var cases: [MonitorCaseFacts] = []
        cases.reserveCapacity(try db.fetchOne("SELECT count(*) AS n " + caseQuery.rest)?["n"] ?? 0)
        var reasons: [Int: String] = [:]
        var openedMonths: [Month] = []
        try monitorRows(scope, caseQuery) { r in
            let id = r.int(0)
            guard scope.sees(id), let opened = r.day(2) else { return }
            if opened >= first { openedMonths.append(Month(opened)) }
            guard opened <= end else { return }
            cases.append(
                MonitorCaseFacts(
                    caseID: id, householdID: r.int(1), opened: opened, closedOn: r.day(3),
                    phase: phases[r.code(4, phases.bytes)] ?? .aanmelding, regisseurID: r.text(5), complexity: r.int(6), history: [],
                    phaseRows: []))
            if let reason = r.text(7) { reasons[id] = reason }
        }
        try fillHistories(of: &cases, scope)
        let read = MonitorCases(cases: MonitorCaseSet(cases), closedReason: reasons, openedMonths: openedMonths)
        scope.memo.cases = read
        return read
    }

    /// Each case's history, in place: the whole history (a closing's "reopened since" looks past
    /// the period), as events, or as regisseur rows and phase rows apart when the scope takes no
    /// phase events; every figure asks about a day up to the period's end, and only rows up to
    /// that day count.
    private func fillHistories(of cases: inout [MonitorCaseFacts], _ scope: MonitorScope) throws {
        let phases = VocabularyCodes<Phase>(), kinds = VocabularyCodes<CaseHistoryKind>()
        let sources = VocabularyCodes<CaseHistorySource>()
        let ids = cases.map(\.caseID)
        var position = IDPositions(ids: ids)
        for (i, id) in ids.enumerated() { position[id] = i }
        // Each row in 24 bytes until all are read, then every case's list at its size
        // (`MonitorHistoryRows`): lists made with room for eight rows were 14 MB of the meeting
        // view's peak memory at 100,000 households, and counting each case's rows first in SQL
        // cost the trend 10 ms.
        var read = MonitorHistoryRows(cases: cases.count)
        // Read as stored, without a join or a sort (most of the time was both), stepped by the
        // engine's fastest reader.
        let historyQuery = MonitorQuery(
            columns: [("case_id", "case_id"), ("kind", "kind"), ("value", "value"), ("on_day", "on_day"), ("source", "source")],
            rest: "FROM case_history ORDER BY id")
        try monitorRows(scope, historyQuery) { r in
            guard let i = position[r.int(0)], let on = r.day(3) else { return }
            let kind = kinds[r.code(1, kinds.bytes)] ?? .phase
            let source = sources[r.code(4, sources.bytes)] ?? .estimated
            if kind == .phase, let phase = phases[r.code(2, phases.bytes)] {
                // The vocabulary's own string and phase: nothing made or parsed per row.
                read.append(position: i, on: on, entered: phase, source: source)
            } else {
                read.append(position: i, on: on, kind: kind, value: r.text(2), source: source)
            }
        }
        guard scope.phaseEvents else { return fillRegisseurRowsAndPhaseRows(of: &cases, &read, caseIDs: ids) }
        var histories = read.events(caseIDs: ids)
        let phaseRowCounts = read.phaseRowCounts
        for i in cases.indices {
            var history: [CaseHistoryEvent] = []
            swap(&history, &histories[i])  // moved out, not shared: a sort below works in place
            Self.putInDayOrder(&history, \.on)
            cases[i].setHistory(history, phaseRowCount: Int(phaseRowCounts[i]))
        }
    }

    /// The same for a report without the lead times: each case's regisseur rows as its history
    /// and its phase rows apart (`MonitorCaseFacts.setHistory(regisseurRows:phaseRows:)`), each
    /// put in day order as above.
    private func fillRegisseurRowsAndPhaseRows(of cases: inout [MonitorCaseFacts], _ rows: inout MonitorHistoryRows, caseIDs: [Int]) {
        var (histories, phaseRows) = rows.regisseurEventsAndPhaseRows(caseIDs: caseIDs)
        for i in cases.indices {
            var history: [CaseHistoryEvent] = [], phases: [MonitorCaseFacts.PhaseRow] = []
            swap(&history, &histories[i])
            swap(&phases, &phaseRows[i])
            Self.putInDayOrder(&history, \.on)
            Self.putInDayOrder(&phases, \.on)
            cases[i].setHistory(regisseurRows: history, phaseRows: phases)
        }
    }

    /// Recorded in order, a case's rows are in day order too, but for a back-dated one: then by
    /// day, as recorded within a day (the sort is stable). Left as it is when already in order.
    private static func putInDayOrder<Row>(_ rows: inout [Row], _ day: (Row) -> Day) {
        if zip(rows, rows.dropFirst()).contains(where: { day($0) > day($1) }) { rows.sort { day($0) < day($1) } }
    }
}

/// What one report has read already (the scope is passed by value; the memo is shared).
/// Unchecked Sendable: one memo is filled on one connection's thread and handed over once, after
/// that thread is done (`Background.wait`), to be taken into the report's own.
package final class MonitorMemo: @unchecked Sendable {
    var cases: MonitorCases?
    /// The period's closings (the flow and the outcome both count them).
    var closings: [MonitorClosing]?
    /// Every signal (the flow and the lead times both read them).
    var signals: [MonitorSignal]?
    /// The day each case's plan was agreed (the lead times).
    var plansAgreed: [Int: Day]?
    /// Every measured ZRM score, by household (the outcome).
    var scores: [Int: [MonitorMemberScore]]?
    /// The period's preventive and outreaching follow-ups and contacts (prevention and outreaching).
    var proactive: MonitorProactiveReads?
    /// The staff and their changes (the load).
    var staff: (staff: [Staff], changes: [StaffChange])?
    /// The provisions' steps and the waits now (waiting).
    var provisions: MonitorProvisionReads?
    init() {}

    /// What `other` read and this memo has not.
    func take(_ other: MonitorMemo) {
        cases = cases ?? other.cases
        closings = closings ?? other.closings
        signals = signals ?? other.signals
        plansAgreed = plansAgreed ?? other.plansAgreed
        scores = scores ?? other.scores
        proactive = proactive ?? other.proactive
        staff = staff ?? other.staff
        provisions = provisions ?? other.provisions
    }
}
