import Wijkteam

/// The monitor's inflow/outflow, lead times and ZRM outcome (issue 29, part 2). The signals are
/// read once per report (the flow and the lead times both count them), the cases opened are
/// grouped by month in SQL; what needs a case's whole story (stays, first and last ZRM) is
/// computed in `MonitorFlowFigures`. Need-to-know: only cases the reader sees; a signal without a case
/// (not triaged yet) only for a reader who sees every case.
extension StoreWork {
    func fillFlow(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        for signal in try monitorSignals(scope) where period.holds(signal.date) && scope.sees(signal.caseID ?? -1) {
            guard let i = period.index(signal.date) else { continue }
            report.months[i].flow.signals += 1
            report.months[i].flow.bySource[signal.source, default: 0] += 1
            if signal.source == SignalSource.vroegsignalering.rawValue { report.months[i].flow.vroegsignalering += 1 }
            if signal.registered { report.months[i].flow.registrations += 1 }
        }
        let opened = scope.flowFilter("id")
        for r in try db.fetchAll(
            """
            SELECT substr(opened, 1, 7) AS m, COUNT(*) AS n FROM care_case WHERE opened >= ? AND opened <= ?\(opened.sql)
            GROUP BY substr(opened, 1, 7)
            """, period.arguments + opened.arguments)
        {
            if let i = period.index(month: r["m"]) { report.months[i].flow.casesOpened = r["n"] }
        }
        for c in try monitorClosings(report, period, scope) {
            guard let i = period.index(c.day) else { continue }
            report.months[i].flow.casesClosed += 1
            report.months[i].flow.closedByReason[c.reason, default: 0] += 1
        }
        try fillReopened(&report, period, scope)
    }

    /// A closed case opened again: a phase row (not `afgesloten`) whose phase row before it in the
    /// case's history is an `afgesloten` row, counted in the month of its day.
    private func fillReopened(_ report: inout MonitorReport, _ period: FlowPeriod, _ scope: MonitorScope) throws {
        for phases in try monitorCases(report, scope).cases.all.lazy.map(\.phaseRows) {
            var previous: Phase?
            for e in phases {
                guard let phase = e.phase else { continue }
                if previous == .afgesloten, phase != .afgesloten, period.holds(e.on), let i = period.index(e.on) {
                    report.months[i].flow.reopened += 1
                }
                previous = phase
            }
        }
    }

    /// The closings in the period: the `afgesloten` rows of the case history, and the closing
    /// day (`closed_on`) of a case closed now that has no such row on that day (closed before
    /// the history recorded it). The close reason belongs to the case's current closing: an
    /// earlier closing of a case reopened since has none stored ("").
    func monitorClosings(_ report: MonitorReport, _ period: FlowPeriod, _ scope: MonitorScope) throws -> [MonitorClosing] {
        if let closings = scope.memo.closings { return closings }
        let read = try monitorCases(report, scope)
        var closings: [MonitorClosing] = []
        for c in read.cases.all {
            let phases = c.phaseRows
            guard c.phase == .afgesloten || phases.contains(where: { $0.phase == .afgesloten }) else { continue }
            let reason = c.phase == .afgesloten ? (read.closedReason[c.caseID] ?? "").trimmed : ""
            var closedOnRecorded = false, previousDay: Day?
            for (n, e) in phases.enumerated() where e.phase == .afgesloten {
                if e.on == c.closedOn { closedOnRecorded = true }
                // One closing per day (two rows on one day are one closing).
                guard period.holds(e.on), e.on != previousDay else { continue }
                previousDay = e.on
                // Reopened since: a later phase row that is not a closing.
                let reopened = phases[(n + 1)...].contains { $0.phase != .afgesloten }
                closings.append(MonitorClosing(caseID: c.caseID, day: e.on, reason: reopened ? "" : reason, opened: c.opened))
            }
            if c.phase == .afgesloten, let day = c.closedOn, !closedOnRecorded, period.holds(day) {
                closings.append(MonitorClosing(caseID: c.caseID, day: day, reason: reason, opened: c.opened))
            }
        }
        closings.sort { ($0.day, $0.caseID) < ($1.day, $1.caseID) }
        scope.memo.closings = closings
        return closings
    }

    func fillLeadTimes(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        // Need-to-know as in the counts: a signal without a case only for a reader who sees every case.
        let triage = try monitorSignals(scope).compactMap { signal -> MonitorLeadSample? in
            guard let decided = signal.decidedOn, period.holds(decided), scope.sees(signal.caseID ?? -1) else { return nil }
            return MonitorLeadSample(start: signal.date, end: decided)
        }
        let facts = try leadFacts(report, period, scope)
        let stages: [(LeadStage, [MonitorLeadSample])] = [
            (.registrationToTriage, triage),
            (.registrationToKeukentafel, facts.flatMap(MonitorFlowFigures.registrationToKeukentafel)),
            (.keukentafelToPlan, facts.flatMap(MonitorFlowFigures.keukentafelToPlan)),
        ]
        for (stage, samples) in stages {
            guard let s = report.months.first?.leadTimes.firstIndex(where: { $0.stage == stage }) else { continue }
            let months = MonitorFlowFigures.byMonth(samples, months: period.months, day: \.end)
            for (month, inMonth) in months {
                guard let i = period.index(month) else { continue }
                report.months[i].leadTimes[s] = MonitorFlowFigures.leadTime(stage, inMonth)
            }
        }
    }

    /// The cases with a keukentafelgesprek row or a plan agreed in the period, with their phase
    /// rows, signals, opening day and plan's day (the stays their lead times need; a case
    /// without any phase row has no stage to measure and is left out).
    private func leadFacts(_ report: MonitorReport, _ period: FlowPeriod, _ scope: MonitorScope) throws -> [MonitorLeadFacts] {
        let read = try monitorCases(report, scope)
        var agreed: [Int: Day] = [:]
        try monitorRows(
            scope,
            MonitorQuery(columns: [("case_id", "case_id"), ("agreed_on", "agreed_on")], rest: "FROM care_plan WHERE agreed_on IS NOT NULL")
        ) { r in if let day = r.day(1) { agreed[r.int(0)] = day } }
        var facts: [Int: MonitorLeadFacts] = [:]
        for c in read.cases.all {
            let rows = c.phaseRows
            guard !rows.isEmpty else { continue }
            let conversation = rows.contains { $0.phase == .keukentafelgesprek && period.holds($0.on) }
            let planAgreed = agreed[c.caseID]
            guard conversation || planAgreed.map(period.holds) == true else { continue }
            let phases = c.history.filter { $0.kind == .phase }
            facts[c.caseID] = MonitorLeadFacts(caseID: c.caseID, opened: c.opened, phases: phases, planAgreed: planAgreed)
        }
        for signal in try monitorSignals(scope) {
            if let id = signal.caseID, facts[id] != nil { facts[id]?.signals.append(signal.date) }
        }
        return facts.keys.sorted().compactMap { facts[$0] }
    }

    func fillOutcome(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        let closings = try monitorClosings(report, period, scope)
        // Every measured score once, by household (one read, not one per chunk of cases); a
        // closed case takes its household's scores from its opening day on.
        let cases = try monitorCases(report, scope).cases
        let households = Set(closings.compactMap { cases[$0.caseID]?.householdID })
        var byHousehold: [Int: [MonitorMemberScore]] = [:]
        if !households.isEmpty {
            let domains = VocabularyCodes<LifeDomain>()
            let measured = MonitorQuery(
                columns: [
                    ("p.household_id", "household_id"), ("z.person_id", "person_id"), ("z.domain", "domain"),
                    ("z.date", "date"), ("z.score", "score"), ("p.left_on", "left_on"),
                ],
                rest: "FROM zrm_score z JOIN person p ON p.id = z.person_id WHERE z.carried_forward = 0")
            try monitorRows(scope, measured) { r in
                let household = r.int(0)
                guard households.contains(household), let domain = domains[r.code(2, domains.bytes)], let date = r.day(3) else { return }
                byHousehold[household, default: []].append(
                    MonitorMemberScore(personID: r.int(1), domain: domain, date: date, score: r.int(4), leftOn: r.day(5)))
            }
        }
        var scores: [Int: [MonitorMemberScore]] = [:]
        for id in Set(closings.map(\.caseID)) {
            guard let c = cases[id], let measured = byHousehold[c.householdID] else { continue }
            let since = measured.filter { $0.date >= c.opened }
            if !since.isEmpty { scores[id] = since }
        }
        for (month, inMonth) in MonitorFlowFigures.byMonth(closings, months: period.months, day: \.day) {
            guard let i = period.index(month) else { continue }
            report.months[i].outcome = MonitorFlowFigures.outcome(inMonth, scores: scores)
        }
    }
}

/// A signal as the flow and the lead times count it.
struct MonitorSignal {
    var caseID: Int?
    var date: Day
    var decidedOn: Day?
    var source: String
    var registered: Bool
}

extension StoreWork {
    /// Every signal once per report (a few thousand rows on a city; the flow counts the period's,
    /// the lead times the ones decided in it and every case's registrations).
    func monitorSignals(_ scope: MonitorScope) throws -> [MonitorSignal] {
        if let signals = scope.memo.signals { return signals }
        var signals: [MonitorSignal] = []
        let query = MonitorQuery(
            columns: [
                ("COALESCE(case_id, -1)", "case_id"), ("date", "date"), ("decided_on", "decided_on"), ("source", "source"),
                ("CASE WHEN registered_on IS NULL THEN 0 ELSE 1 END", "registered"),
            ],
            rest: "FROM signal")
        try monitorRows(scope, query) { r in
            guard let date = r.day(1) else { return }
            let caseID = r.int(0)
            signals.append(
                MonitorSignal(
                    caseID: caseID < 0 ? nil : caseID, date: date, decidedOn: r.day(2), source: r.text(3) ?? "", registered: r.bool(4)))
        }
        scope.memo.signals = signals
        return signals
    }
}

/// The period's first and last day as SQL arguments, and where each month sits in the report.
struct FlowPeriod {
    let months: [Month]
    let arguments: [(any SQLArgument)?]
    private let position: [Month: Int]
    init(_ report: MonitorReport) {
        months = report.months.map(\.month)
        (first, last) = (report.from.first, report.to.last)
        arguments = [first.description, last.description]
        position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
    }
    /// The period's first and last day.
    let first: Day, last: Day
    func holds(_ day: Day) -> Bool { first <= day && day <= last }
    func index(_ month: Month) -> Int? { position[month] }
    func index(_ day: Day) -> Int? { position[Month(day)] }
    func index(month text: String?) -> Int? { text.flatMap(Month.init).flatMap { position[$0] } }
}

extension MonitorScope {
    /// " AND column IN (…)" for a reader who sees only some cases (nothing for one who sees
    /// all; a row without a case then drops out, as `IN` never holds for NULL).
    fileprivate func flowFilter(_ column: String) -> (sql: String, arguments: [(any SQLArgument)?]) {
        guard let shared else { return ("", []) }
        guard !shared.isEmpty else { return (" AND 1 = 0", []) }
        let ids = shared.sorted()
        return (" AND \(column) IN (" + ids.map { _ in "?" }.joined(separator: ", ") + ")", ids.map { $0 as (any SQLArgument)? })
    }
}
