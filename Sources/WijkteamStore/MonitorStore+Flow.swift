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
        for c in try monitorClosings(period, scope) {
            guard let i = period.index(c.day) else { continue }
            report.months[i].flow.casesClosed += 1
            report.months[i].flow.closedByReason[c.reason, default: 0] += 1
        }
        try fillReopened(&report, period, scope)
    }

    /// A closed case opened again: a phase row (not `afgesloten`) whose row before it in the
    /// case's history is an `afgesloten` row, counted in the month of its day.
    private func fillReopened(_ report: inout MonitorReport, _ period: FlowPeriod, _ scope: MonitorScope) throws {
        let only = scope.flowFilter("h.case_id")
        for r in try db.fetchAll(
            """
            SELECT substr(h.on_day, 1, 7) AS m, COUNT(*) AS n FROM case_history h
            WHERE h.kind = 'phase' AND h.value <> 'afgesloten' AND h.on_day >= ? AND h.on_day <= ?\(only.sql)
              AND EXISTS (SELECT 1 FROM case_history a
                          WHERE a.case_id = h.case_id AND a.kind = 'phase' AND a.on_day <= h.on_day AND a.value = 'afgesloten')
              AND (SELECT p.value FROM case_history p
                   WHERE p.case_id = h.case_id AND p.kind = 'phase' AND (p.on_day < h.on_day OR (p.on_day = h.on_day AND p.id < h.id))
                   ORDER BY p.on_day DESC, p.id DESC LIMIT 1) = 'afgesloten'
            GROUP BY substr(h.on_day, 1, 7)
            """, period.arguments + only.arguments)
        {
            if let i = period.index(month: r["m"]) { report.months[i].flow.reopened = r["n"] }
        }
    }

    /// The closings in the period: the `afgesloten` rows of the case history, and the closing
    /// day (`closed_on`) of a case closed now that has no such row on that day (closed before
    /// the history recorded it). The close reason belongs to the case's current closing: an
    /// earlier closing of a case reopened since has none stored ("").
    func monitorClosings(_ period: FlowPeriod, _ scope: MonitorScope) throws -> [MonitorClosing] {
        let history = scope.flowFilter("h.case_id"), record = scope.flowFilter("c.id")
        let rows = try db.fetchAll(
            """
            SELECT h.case_id, h.on_day AS day, c.opened, c.phase, c.closed_reason,
                   CASE WHEN EXISTS (SELECT 1 FROM case_history n WHERE n.case_id = h.case_id AND n.kind = 'phase'
                                     AND n.value <> 'afgesloten' AND (n.on_day > h.on_day OR (n.on_day = h.on_day AND n.id > h.id)))
                        THEN 1 ELSE 0 END AS reopened
            FROM case_history h JOIN care_case c ON c.id = h.case_id
            WHERE h.kind = 'phase' AND h.value = 'afgesloten' AND h.on_day >= ? AND h.on_day <= ?\(history.sql)
            UNION ALL
            SELECT c.id, c.closed_on, c.opened, c.phase, c.closed_reason, 0 FROM care_case c
            WHERE c.phase = 'afgesloten' AND c.closed_on >= ? AND c.closed_on <= ?\(record.sql)
              AND NOT EXISTS (SELECT 1 FROM case_history h WHERE h.case_id = c.id AND h.kind = 'phase'
                              AND h.value = 'afgesloten' AND h.on_day = c.closed_on)
            """, period.arguments + history.arguments + period.arguments + record.arguments)
        var seen = Set<String>()
        return rows.compactMap { r in
            let caseID: Int = r["case_id"], day = Rows.day(r, "day")
            guard seen.insert("\(caseID)|\(day)").inserted else { return nil }
            let current = (r["phase"] as String) == Phase.afgesloten.rawValue && (r["reopened"] as Int) == 0
            let reason = current ? ((r["closed_reason"] as String?) ?? "").trimmed : ""
            return MonitorClosing(caseID: caseID, day: day, reason: reason, opened: Rows.day(r, "opened"))
        }
        .sorted { ($0.day, $0.caseID) < ($1.day, $1.caseID) }
    }

    func fillLeadTimes(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        let only = scope.flowFilter("case_id")
        let triage = try db.fetchMapped(
            "SELECT date, decided_on FROM signal WHERE decided_on >= ? AND decided_on <= ?\(only.sql)",
            period.arguments + only.arguments
        ) { MonitorLeadSample(start: Rows.day($0, "date"), end: Rows.day($0, "decided_on")) }
        let facts = try leadFacts(period, scope)
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
    private func leadFacts(_ period: FlowPeriod, _ scope: MonitorScope) throws -> [MonitorLeadFacts] {
        let only = scope.flowFilter("case_id")
        let cases = """
            SELECT case_id FROM case_history WHERE kind = 'phase' AND value = 'keukentafelgesprek' AND on_day >= ? AND on_day <= ?\(only.sql)
            UNION SELECT case_id FROM care_plan WHERE agreed_on >= ? AND agreed_on <= ?\(only.sql)
            """
        let arguments = period.arguments + only.arguments + period.arguments + only.arguments
        var facts: [Int: MonitorLeadFacts] = [:]
        for r in try db.fetchAll(
            """
            SELECT c.id, c.opened, p.agreed_on, h.case_id, h.kind, h.value, h.on_day, h.source
            FROM care_case c LEFT JOIN care_plan p ON p.case_id = c.id JOIN case_history h ON h.case_id = c.id AND h.kind = 'phase'
            WHERE c.id IN (\(cases)) ORDER BY c.id, h.on_day, h.id
            """, arguments)
        {
            let id: Int = r["id"]
            if facts[id] == nil {
                facts[id] = MonitorLeadFacts(
                    caseID: id, opened: Rows.day(r, "opened"), phases: [], planAgreed: Rows.optionalDay(r, "agreed_on"))
            }
            facts[id]?.phases.append(CaseHistoryRows.event(r))
        }
        for r in try db.fetchAll("SELECT case_id, date FROM signal WHERE case_id IN (\(cases))", arguments) {
            facts[r["case_id"] as Int]?.signals.append(Rows.day(r, "date"))
        }
        return facts.keys.sorted().compactMap { facts[$0] }
    }

    func fillOutcome(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let period = FlowPeriod(report)
        let closings = try monitorClosings(period, scope)
        var scores: [Int: [MonitorMemberScore]] = [:]
        let ids = Array(Set(closings.map(\.caseID))).sorted()
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let marks = chunk.map { _ in "?" }.joined(separator: ", ")
            for r in try db.fetchAll(
                """
                SELECT c.id AS case_id, z.person_id, z.domain, z.date, z.score, p.left_on
                FROM care_case c JOIN person p ON p.household_id = c.household_id JOIN zrm_score z ON z.person_id = p.id
                WHERE c.id IN (\(marks)) AND z.carried_forward = 0 AND z.date >= c.opened
                """, chunk.map { $0 as (any SQLArgument)? })
            {
                guard let domain = LifeDomain(rawValue: r["domain"]) else { continue }
                scores[r["case_id"] as Int, default: []].append(
                    MonitorMemberScore(
                        personID: r["person_id"], domain: domain, date: Rows.day(r, "date"), score: r["score"],
                        leftOn: Rows.optionalDay(r, "left_on")))
            }
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
