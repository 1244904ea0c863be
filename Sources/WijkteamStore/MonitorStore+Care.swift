import Wijkteam

/// The monitor's prevention and outreaching, load and waiting figures (issue 29, part 3). Each
/// reads only what the period needs, set-based (the cases that may have been open in it with
/// their history, the period's contacts and follow-ups, the steps of provisions that may have
/// waited in it); `MonitorCare` computes the figures. Only the cases the reader may see count.
extension StoreWork {
    func fillProactive(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let (first, last) = (report.from.first, scope.end(of: report.to))
        let contacts = try careContacts(from: first, to: last)
        let followUps = try db.fetchMapped(
            "SELECT case_id, due, done, done_on FROM follow_up WHERE kind IN (\(Self.careProactiveKinds)) AND due >= ? AND due <= ?",
            [first.description, last.description]
        ) { r -> MonitorFollowUp? in
            guard let due = Day(r["due"] as String) else { return nil }
            return MonitorFollowUp(caseID: r["case_id"], due: due, doneOn: (r["done"] as Int) == 1 ? Rows.optionalDay(r, "done_on") : nil)
        }.compactMap { $0 }
        for i in report.months.indices where report.months[i].month.first <= scope.today {
            let month = report.months[i].month
            report.months[i].proactive = MonitorCare.proactive(
                month: month, end: scope.end(of: month), cases: cases, contacts: contacts, followUps: followUps)
        }
    }

    func fillLoad(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let staff = try SharedReads.staff(db)
        let changes = try SharedReads.staffChanges(db)
        var over: [Month: [StaffID]] = [:]
        for i in report.months.indices where report.months[i].month.first <= scope.today {
            let month = report.months[i].month
            let (load, regisseurs) = MonitorCare.load(end: scope.end(of: month), cases: cases, staff: staff, changes: changes)
            report.months[i].load = load
            if !regisseurs.isEmpty { over[month] = regisseurs }
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

    /// Proactive contacts made from `from` to `to`, by the team figures' rule (`proactiveContacts`)
    /// but on any case, open now or not: preventive and outreaching follow-ups done with an
    /// outcome on a known day, and home visits (`journal_home_visit`) of a flagged case.
    private func careContacts(from: Day, to: Day) throws -> [ProactiveContact] {
        let done = try db.fetchMapped(
            """
            SELECT f.case_id, f.done_on FROM follow_up f
            WHERE f.done = 1 AND f.done_on IS NOT NULL AND f.done_on >= ? AND f.done_on <= ? AND f.kind IN (\(Self.careProactiveKinds))
              AND f.outcome IS NOT NULL AND trim(f.outcome) <> ''
            """, [from.description, to.description]
        ) { row -> ProactiveContact? in
            guard let day = Day(row[1] as String) else { return nil }
            return ProactiveContact(caseID: row[0], day: day, kind: .followUp)
        }.compactMap { $0 }
        // The flagged cases once, then the period's home visits from their index (a lookup per
        // visit in follow_up was most of this read).
        let flagged = Set(
            try db.fetchMapped("SELECT DISTINCT case_id FROM follow_up WHERE kind IN (\(Self.careProactiveKinds))", []) { $0[0] as Int })
        let visits = try db.fetchMapped(
            "SELECT j.case_id, j.date FROM journal_entry j WHERE j.kind = '\(JournalKind.homeVisit.rawValue)' AND j.date >= ? AND j.date <= ?",
            [from.description, to.description]
        ) { row -> ProactiveContact? in
            let caseID: Int = row[0]
            guard flagged.contains(caseID), let day = Day(row[1] as String) else { return nil }
            return ProactiveContact(caseID: caseID, day: day, kind: .homeVisit)
        }.compactMap { $0 }
        return done + visits
    }
}
