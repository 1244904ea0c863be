import Wijkteam

/// The monitor's prevention and outreaching, load and waiting figures (issue 29, part 3). Each
/// reads only what the period needs, in as few scans as it can (the cases that may have been
/// open in it with their history, the preventive and outreaching follow-ups in one scan, the
/// period's home visits, the steps of provisions that may have waited in it); `MonitorCare`
/// computes the figures, every month in one pass. Only the cases the reader may see count.
extension StoreWork {
    func fillProactive(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let (followUps, contacts) = try monitorProactiveReads(report, scope)
        let shown = report.months.indices.filter { report.months[$0].month.first <= scope.today }
        let figures = MonitorCare.proactive(
            months: shown.map { (month: report.months[$0].month, end: scope.end(of: report.months[$0].month)) }, cases: cases,
            contacts: contacts,
            followUps: followUps)
        for (i, figure) in zip(shown, figures) { report.months[i].proactive = figure }
    }

    func fillLoad(_ report: inout MonitorReport, _ scope: MonitorScope) throws {
        let cases = try monitorCases(report, scope).cases
        let (staff, changes) = try monitorStaff(scope)
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
        let (steps, waits) = try monitorProvisionReads(report, scope)
        for i in report.months.indices where report.months[i].month.first <= scope.today {
            report.months[i].waiting = MonitorCare.waiting(end: scope.end(of: report.months[i].month), cases: cases, steps: steps)
        }
        report.longestWaits = MonitorCare.longest(waits.filter { scope.sees($0.caseID) })
    }

    private static var careProactiveKinds: String {
        FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}

/// The period's preventive and outreaching follow-ups due, and the contacts made: those done in
/// it with an outcome, and the home visits of a case such a follow-up flags.
typealias MonitorProactiveReads = (followUps: [MonitorFollowUp], contacts: [ProactiveContact])
/// Every step of a provision that may have waited in the period, and the waits now.
typealias MonitorProvisionReads = (steps: [MonitorProvisionStep], waits: [MonitorWait])

extension StoreWork {
    /// Every preventive and outreaching follow-up in one scan: the flagged cases (whose home
    /// visits count), the ones due in the period, and the ones done in it with an outcome
    /// (contacts made, by the team figures' rule `proactiveContacts`); then the period's home
    /// visits of a flagged case, from their index.
    func monitorProactiveReads(_ report: MonitorReport, _ scope: MonitorScope) throws -> MonitorProactiveReads {
        if let read = scope.memo.proactive { return read }
        let (first, last) = (report.from.first, scope.end(of: report.to))
        var flagged = IDFlags()
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
        scope.memo.proactive = (followUps, contacts)
        return (followUps, contacts)
    }

    /// The staff with their absences, and every change to them (capacity as it held).
    func monitorStaff(_ scope: MonitorScope) throws -> (staff: [Staff], changes: [StaffChange]) {
        if let read = scope.memo.staff { return read }
        let read = (try SharedReads.staff(db), try SharedReads.staffChanges(db))
        scope.memo.staff = read
        return read
    }

    /// The steps of every provision that may have waited in the period (one started, ended,
    /// refused or withdrawn before it never waits in it: a life goes forward only), and the
    /// waits now (requested or on the list, case open) as `provisionWaits` finds them, with the
    /// provider's name (the catalogue's where the provision names one), for every case.
    func monitorProvisionReads(_ report: MonitorReport, _ scope: MonitorScope) throws -> MonitorProvisionReads {
        if let read = scope.memo.provisions { return read }
        let (first, last) = (report.from.first, scope.end(of: report.to))
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
        let waits = try db.fetchMapped(
            """
            SELECT p.id, p.case_id, COALESCE(v.name, p.provider) AS provider_name, p.requested_on, p.waiting_since
            FROM provision p JOIN care_case c ON c.id = p.case_id LEFT JOIN provider v ON v.id = p.provider_id
            WHERE p.status IN ('requested', 'waiting') AND c.phase <> 'afgesloten'
            """, []
        ) { r -> MonitorWait? in
            guard let since = Rows.optionalDay(r, "waiting_since") ?? Rows.optionalDay(r, "requested_on"), since <= scope.today
            else { return nil }
            return MonitorWait(
                caseID: r["case_id"], provisionID: r["id"], provider: r["provider_name"], since: since,
                days: since.days(until: scope.today))
        }.compactMap { $0 }
        scope.memo.provisions = (steps, waits)
        return (steps, waits)
    }
}

/// A set of ids that are mostly small (case ids are numbered from 1): a flag per id below
/// 4,194,304, a set for the rest. A `Set` hashed 30,000 case ids per report on a city.
struct IDFlags {
    private var flags: [Bool] = []
    private var others = Set<Int>()
    private static let tableLimit = 1 << 22

    mutating func insert(_ id: Int) {
        guard id >= 0, id < Self.tableLimit else {
            others.insert(id)
            return
        }
        if id >= flags.count { flags += [Bool](repeating: false, count: max(id + 1 - flags.count, flags.count)) }
        flags[id] = true
    }

    func contains(_ id: Int) -> Bool {
        id >= 0 && id < Self.tableLimit ? id < flags.count && flags[id] : others.contains(id)
    }
}
