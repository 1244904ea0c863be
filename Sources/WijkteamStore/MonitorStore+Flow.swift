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
        for month in try monitorCases(report, scope).openedMonths {
            if let i = period.index(month) { report.months[i].flow.casesOpened += 1 }
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
        // `monitor(groups:)` reads the phase rows as events whenever the lead times are asked.
        precondition(scope.phaseEvents, "the lead times take the phase rows as events")
        let read = try monitorCases(report, scope)
        let agreed = try monitorPlansAgreed(scope)
        let all = read.cases.all
        var facts: [MonitorLeadFacts] = []
        var at = IDPositions(ids: all.indices.map { all[$0].caseID })
        // The period's days as plain values: `period.holds` passed as a closure captured the
        // whole period (its arrays and dictionary) at every case.
        let (first, last) = (period.first, period.last)
        for i in all.indices {
            guard !all[i].phaseRows.isEmpty else { continue }
            let conversation = all[i].phaseRows.contains { $0.phase == .keukentafelgesprek && first <= $0.on && $0.on <= last }
            let planAgreed = agreed[all[i].caseID]
            guard conversation || planAgreed.map({ first <= $0 && $0 <= last }) == true else { continue }
            at[all[i].caseID] = facts.count
            facts.append(
                MonitorLeadFacts(
                    caseID: all[i].caseID, opened: all[i].opened, phases: all[i].history.filter { $0.kind == .phase },
                    planAgreed: planAgreed))
        }
        for signal in try monitorSignals(scope) {
            if let id = signal.caseID, let k = at[id] { facts[k].signals.append(signal.date) }
        }
        // By case, as the cases were read (in id order, as stored: then nothing to sort).
        if zip(facts, facts.dropFirst()).contains(where: { $0.caseID > $1.caseID }) { facts.sort { $0.caseID < $1.caseID } }
        return facts
    }

    func fillOutcome(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        let closings = try monitorClosings(report, period, scope)
        // Every measured score once, by household (one read, not one per chunk of cases); a
        // closed case takes its household's scores from its opening day on.
        let cases = try monitorCases(report, scope).cases
        let byHousehold = closings.isEmpty ? [:] : try monitorScores(report, scope)
        var scores: [Int: [MonitorMemberScore]] = [:]
        for id in Set(closings.map(\.caseID)) {
            guard let household = cases.householdID(of: id), let opened = cases.opened(of: id), let measured = byHousehold[household]
            else { continue }
            let since = measured.filter { $0.date >= opened }
            if !since.isEmpty { scores[id] = since }
        }
        for (month, inMonth) in MonitorFlowFigures.byMonth(closings, months: period.months, day: \.day) {
            guard let i = period.index(month) else { continue }
            report.months[i].outcome = MonitorFlowFigures.outcome(inMonth, scores: scores)
        }
    }
}

extension StoreWork {
    /// The day each case's plan was agreed.
    func monitorPlansAgreed(_ scope: MonitorScope) throws -> [Int: Day] {
        if let agreed = scope.memo.plansAgreed { return agreed }
        var agreed: [Int: Day] = [:]
        try monitorRows(
            scope,
            MonitorQuery(columns: [("case_id", "case_id"), ("agreed_on", "agreed_on")], rest: "FROM care_plan WHERE agreed_on IS NOT NULL")
        ) { r in if let day = r.day(1) { agreed[r.int(0)] = day } }
        scope.memo.plansAgreed = agreed
        return agreed
    }

    /// Every measured score (not carried forward) once, by household, with the day its member
    /// left: a closed case takes its household's scores from its opening day on.
    func monitorScores(_ report: MonitorReport, _ scope: MonitorScope) throws -> [Int: [MonitorMemberScore]] {
        if let scores = scope.memo.scores { return scores }
        var byHousehold: [Int: [MonitorMemberScore]] = [:]
        let domains = VocabularyCodes<LifeDomain>()
        let measured = MonitorQuery(
            columns: [
                ("p.household_id", "household_id"), ("z.person_id", "person_id"), ("z.domain", "domain"),
                ("z.date", "date"), ("z.score", "score"), ("p.left_on", "left_on"),
            ],
            rest: "FROM zrm_score z JOIN person p ON p.id = z.person_id WHERE z.carried_forward = 0")
        try monitorRows(scope, measured) { r in
            guard let domain = domains[r.code(2, domains.bytes)], let date = r.day(3) else { return }
            byHousehold[r.int(0), default: []].append(
                MonitorMemberScore(personID: r.int(1), domain: domain, date: date, score: r.int(4), leftOn: r.day(5)))
        }
        scope.memo.scores = byHousehold
        return byHousehold
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
        // Made at its size (growing by doubling held the old list and the new, 1 MB on a city).
        signals.reserveCapacity(try db.fetchOne("SELECT count(*) AS n FROM signal")?["n"] ?? 0)
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
