import Wijkteam

/// The monitor's inflow/outflow, lead times and ZRM outcome (issue 29, part 2). The SQL reads
/// only the period's rows (grouped by month with `substr(day, 1, 7)` where a count is all that
/// is needed); what needs a case's whole story (stays, first and last ZRM) is computed in
/// `MonitorFlowFigures`. Need-to-know: only cases the reader sees; a signal without a case
/// (not triaged yet) only for a reader who sees every case.
extension StoreWork {
    func fillFlow(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        let signals = scope.flowFilter("case_id")
        for r in try db.fetchAll(
            """
            SELECT substr(date, 1, 7) AS m, source, CASE WHEN registered_on IS NULL THEN 0 ELSE 1 END AS registered, COUNT(*) AS n
            FROM signal WHERE date >= ? AND date <= ?\(signals.sql)
            GROUP BY substr(date, 1, 7), source, CASE WHEN registered_on IS NULL THEN 0 ELSE 1 END
            """, period.arguments + signals.arguments)
        {
            guard let i = period.index(month: r["m"]) else { continue }
            let n: Int = r["n"], source: String = r["source"]
            report.months[i].flow.signals += n
            report.months[i].flow.bySource[source, default: 0] += n
            if source == SignalSource.vroegsignalering.rawValue { report.months[i].flow.vroegsignalering += n }
            if (r["registered"] as Int) == 1 { report.months[i].flow.registrations += n }
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
        for phases in try monitorCases(report, scope).cases.values.lazy.map(\.phaseRows) {
            var previous: Phase?
            for e in phases {
                guard let phase = e.phase else { continue }
                if previous == .afgesloten, phase != .afgesloten, let i = period.index(e.on) { report.months[i].flow.reopened += 1 }
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
        for c in read.cases.values {
            let phases = c.phaseRows
            guard c.phase == .afgesloten || phases.contains(where: { $0.phase == .afgesloten }) else { continue }
            let reason = c.phase == .afgesloten ? (read.closedReason[c.caseID] ?? "").trimmed : ""
            var closedOnRecorded = false, previousDay: Day?
            for (n, e) in phases.enumerated() where e.phase == .afgesloten {
                if e.on == c.closedOn { closedOnRecorded = true }
                // One closing per day (two rows on one day are one closing).
                guard period.index(e.on) != nil, e.on != previousDay else { continue }
                previousDay = e.on
                // Reopened since: a later phase row that is not a closing.
                let reopened = phases[(n + 1)...].contains { $0.phase != .afgesloten }
                closings.append(MonitorClosing(caseID: c.caseID, day: e.on, reason: reopened ? "" : reason, opened: c.opened))
            }
            if c.phase == .afgesloten, let day = c.closedOn, !closedOnRecorded, period.index(day) != nil {
                closings.append(MonitorClosing(caseID: c.caseID, day: day, reason: reason, opened: c.opened))
            }
        }
        closings.sort { ($0.day, $0.caseID) < ($1.day, $1.caseID) }
        scope.memo.closings = closings
        return closings
    }

    func fillLeadTimes(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        let only = scope.flowFilter("case_id")
        let triage = try db.fetchMapped(
            "SELECT date, decided_on FROM signal WHERE decided_on >= ? AND decided_on <= ?\(only.sql)",
            period.arguments + only.arguments
        ) { MonitorLeadSample(start: Rows.day($0, "date"), end: Rows.day($0, "decided_on")) }
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
        for r in try db.fetchAll("SELECT case_id, agreed_on FROM care_plan WHERE agreed_on IS NOT NULL", []) {
            if let day = (r[1] as String?).flatMap(Day.init) { agreed[r[0] as Int] = day }
        }
        var facts: [Int: MonitorLeadFacts] = [:]
        for c in read.cases.values {
            let rows = c.phaseRows
            guard !rows.isEmpty else { continue }
            let conversation = rows.contains { $0.phase == .keukentafelgesprek && period.index($0.on) != nil }
            let planAgreed = agreed[c.caseID]
            guard conversation || planAgreed.map({ period.index($0) != nil }) == true else { continue }
            let phases = c.history.filter { $0.kind == .phase }
            facts[c.caseID] = MonitorLeadFacts(caseID: c.caseID, opened: c.opened, phases: phases, planAgreed: planAgreed)
        }
        for r in try db.fetchAll("SELECT case_id, date FROM signal WHERE case_id IS NOT NULL", []) {
            let id: Int = r[0]
            if facts[id] != nil, let day = Day(r[1] as String) { facts[id]?.signals.append(day) }
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
            _ = try db.fetchMapped(
                """
                SELECT p.household_id, z.person_id, z.domain, z.date, z.score, p.left_on
                FROM zrm_score z JOIN person p ON p.id = z.person_id WHERE z.carried_forward = 0
                """, []
            ) { r -> Void in
                let household: Int = r[0]
                guard households.contains(household), let domain = LifeDomain(rawValue: r[2] as String), let date = Day(r[3] as String)
                else { return }
                byHousehold[household, default: []].append(
                    MonitorMemberScore(
                        personID: r[1], domain: domain, date: date, score: r[4], leftOn: (r[5] as String?).flatMap(Day.init)))
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

/// The period's first and last day as SQL arguments, and where each month sits in the report.
struct FlowPeriod {
    let months: [Month]
    let arguments: [(any SQLArgument)?]
    private let position: [Month: Int]
    init(_ report: MonitorReport) {
        months = report.months.map(\.month)
        arguments = [report.from.first.description, report.to.last.description]
        position = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
    }
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
