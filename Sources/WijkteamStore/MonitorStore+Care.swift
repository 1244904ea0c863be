import Wijkteam

/// The monitor's prevention and outreaching, load and waiting figures (issue 29, part 3). Each
/// reads only what the period needs, in as few scans as it can (the cases that may have been
/// open in it with their history, the preventive and outreaching follow-ups in one scan, the
/// period's home visits, the steps of provisions that may have waited in it); `MonitorCare`
/// computes the figures, every month in one pass. Only the cases the reader may see count.
extension StoreWork {
    func fillProactive(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let (first, last) = (report.from.first, scope.end(of: report.to))
        // Every preventive and outreaching follow-up in one scan: the flagged cases (whose home
        // visits count), the ones due in the period, and the ones done in it with an outcome
        // (contacts made, by the team figures' rule `proactiveContacts`).
        var flagged = Set<Int>()
        var followUps: [MonitorFollowUp] = []
        var contacts: [ProactiveContact] = []
        let proactive = MonitorQuery(
            columns: [
                ("case_id", "case_id"), ("due", "due"), ("CASE WHEN done = 1 THEN done_on END", "done_on"),
                ("CASE WHEN outcome IS NOT NULL AND trim(outcome) <> '' THEN 1 ELSE 0 END", "has_outcome"),
            ],
            rest: "FROM follow_up WHERE kind IN (\(Self.careProactiveKinds))")
        try monitorRows(scope, proactive) { r in
            let caseID = r.int(0), doneOn = r.day(2)
            flagged.insert(caseID)
            if let due = r.day(1), first <= due, due <= last { followUps.append(MonitorFollowUp(caseID: caseID, due: due, doneOn: doneOn)) }
            if let doneOn, first <= doneOn, doneOn <= last, r.bool(3) {
                contacts.append(ProactiveContact(caseID: caseID, day: doneOn, kind: .followUp))
            }
        }
        // The period's home visits of a flagged case, from their index.
        let visits = MonitorQuery(
            columns: [("case_id", "case_id"), ("date", "date")],
            rest:
                "FROM journal_entry WHERE kind = '\(JournalKind.homeVisit.rawValue)' AND date >= \(first.sqlLiteral) AND date <= \(last.sqlLiteral)"
        )
        try monitorRows(scope, visits) { r in
            let caseID = r.int(0)
            if flagged.contains(caseID), let day = r.day(1) {
                contacts.append(ProactiveContact(caseID: caseID, day: day, kind: .homeVisit))
            }
        }
        let shown = report.months.indices.filter { report.months[$0].month.first <= scope.today }
        let figures = MonitorCare.proactive(
            months: shown.map { (month: report.months[$0].month, end: scope.end(of: report.months[$0].month)) }, cases: cases,
            contacts: contacts,
            followUps: followUps)
        for (i, figure) in zip(shown, figures) { report.months[i].proactive = figure }
    }

    func fillLoad(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let staff = try SharedReads.staff(db)
        let changes = try SharedReads.staffChanges(db)
        var over: [Month: [StaffID]] = [:]
        let shown = report.months.indices.filter { report.months[$0].month.first <= scope.today }
        let figures = MonitorCare.load(
            ends: shown.map { scope.end(of: report.months[$0].month) }, cases: cases, staff: staff, changes: changes)
        for (i, (load, regisseurs)) in zip(shown, figures) {
            report.months[i].load = load
            if !regisseurs.isEmpty { over[report.months[i].month] = regisseurs }
        }
        report.regisseurs = MonitorCare.regisseurs(over: over, staff: staff)
    }

    func fillWaiting(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let (first, last) = (report.from.first, scope.end(of: report.to))
        // A provision started, ended, refused or withdrawn before the period never waits in it (a life goes forward only).
        let steps = try db.fetchMapped(
            """
            SELECT provision_id, case_id, status, on_day FROM provision_step
            WHERE on_day <= ? AND provision_id NOT IN (
                SELECT provision_id FROM provision_step WHERE status NOT IN ('requested', 'waiting') AND on_day < ?)
            ORDER BY provision_id, on_day, id
            """, [last.description, first.description]
        ) { r -> MonitorProvisionStep? in
            guard let day = Day(r["on_day"] as String), let status = ProvisionStatus(rawValue: r["status"]) else { return nil }
            return MonitorProvisionStep(provisionID: r["provision_id"], caseID: r["case_id"], status: status, on: day)
        }.compactMap { $0 }
        for i in report.months.indices where report.months[i].month.first <= scope.today {
            report.months[i].waiting = MonitorCare.waiting(end: scope.end(of: report.months[i].month), cases: cases, steps: steps)
        }
        report.longestWaits = try longestWaits(scope)
    }

    /// The waits now (requested or on the list, case open), as `provisionWaits` finds them, with
    /// the provider's name (the catalogue's where the provision names one).
    private func longestWaits(_ scope: MonitorScope) throws -> [MonitorWait] {
        let waits = try db.fetchMapped(
            """
            SELECT p.id, p.case_id, COALESCE(v.name, p.provider) AS provider_name, p.requested_on, p.waiting_since
            FROM provision p JOIN care_case c ON c.id = p.case_id LEFT JOIN provider v ON v.id = p.provider_id
            WHERE p.status IN ('requested', 'waiting') AND c.phase <> 'afgesloten'
            """, []
        ) { r -> MonitorWait? in
            guard scope.sees(r["case_id"]),
                let since = Rows.optionalDay(r, "waiting_since") ?? Rows.optionalDay(r, "requested_on"), since <= scope.today
            else { return nil }
            return MonitorWait(
                caseID: r["case_id"], provisionID: r["id"], provider: r["provider_name"], since: since,
                days: since.days(until: scope.today))
        }
        return MonitorCare.longest(waits.compactMap { $0 })
    }

    private static var careProactiveKinds: String {
        FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}
