import Wijkteam

// Retention (issue 25): the periods are team settings (`setting`: `retention_<law>_years`);
// a case whose period is over is anonymised, its household with it when nothing of it must be
// kept any more. Figures (counts by year, phase, domain, complexity; ZRM scores) stay.

extension StoreWork {
    package func retentionPolicy() throws -> RetentionPolicy {
        var policy = RetentionPolicy.defaults
        for law in RetentionLaw.allCases {
            if let years = try db.fetchOne("SELECT value FROM setting WHERE key = ?", [law.settingKey])?["value"] as Int? {
                policy.years[law] = years
            }
        }
        return policy
    }

    package func setRetention(_ law: RetentionLaw, years: Int) throws -> RetentionPolicy {
        try requireRecordKeeper("retention \(law.rawValue) period")
        guard RetentionPolicy.allowedYears.contains(years) else {
            throw WijkteamError.invalid(
                tr("store.retention.years", years, RetentionPolicy.allowedYears.lowerBound, RetentionPolicy.allowedYears.upperBound))
        }
        let before = try retentionPolicy().years(for: law)
        try db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [law.settingKey, years])
        try AuditRows.insert(db, AuditEvent(.change, detail: "retention \(law.rawValue) period \(before) → \(years) years"), actor: actor)
        return try retentionPolicy()
    }

    /// Every case (of one household, or all) as retention needs it, read in three queries; with
    /// `closedBy`, only the closed cases not anonymised yet that closed on or before that day:
    /// enough to count what is due, not to plan (a household goes only when every case of it
    /// is anonymised, and those others are left out).
    func heldCases(householdID: Int? = nil, closedBy: Day? = nil) throws -> [HeldCase] {
        let filters =
            (householdID.map { ["household_id = \($0)"] } ?? [])
            + (closedBy.map { ["phase = 'afgesloten'", "anonymised_on IS NULL", "closed_on <= \($0.sqlLiteral)"] } ?? [])
        let cases = filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ")
        let only = closedBy == nil ? cases : "WHERE household_id IN (SELECT household_id FROM care_case \(cases))"
        // Mapped as the rows come (a city's ~48,000 people as copied rows were 8 MB at the
        // screens' start, where the team lead's reminder counts what is due).
        var years: [Int: [Int]] = [:]
        let people = try db.fetchMapped("SELECT household_id, birth_year FROM person \(only)", []) {
            (household: $0["household_id"] as Int, birthYear: $0["birth_year"] as Int)
        }
        for p in people { years[p.household, default: []].append(p.birthYear) }
        let tailored = Set(
            try db.fetchColumn(
                """
                SELECT DISTINCT p.case_id FROM provision p JOIN care_case c ON c.id = p.case_id
                WHERE p.kind = 'tailored' \(filters.map { " AND c." + $0 }.joined())
                """, [], "case_id", as: Int.self))
        return try db.fetchMapped(
            """
            SELECT id, household_id, phase, opened, closed_on, closed_on_estimated, anonymised_on FROM care_case \(cases) ORDER BY id
            """, []
        ) { r in
            let id: Int = r["id"]
            let household: Int = r["household_id"]
            let phase: String = r["phase"]
            return HeldCase(
                id: id, householdID: household, isOpen: phase != Phase.afgesloten.rawValue,
                opened: Day(r["opened"] as String) ?? Day(daysSinceEpoch: 0), closedOn: (r["closed_on"] as String?).flatMap(Day.init),
                closedOnEstimated: r["closed_on_estimated"], anonymisedOn: (r["anonymised_on"] as String?).flatMap(Day.init),
                memberBirthYears: years[household] ?? [], hasTailoredProvision: tailored.contains(id))
        }
    }

    /// Households with a signal in triage (not decided on yet): the team is at work there.
    func openSignalHouseholds(householdID: Int? = nil) throws -> Set<Int> {
        Set(
            try db.fetchColumn(
                "SELECT DISTINCT household_id FROM signal WHERE status = 'open' AND household_id IS NOT NULL"
                    + (householdID.map { " AND household_id = \($0)" } ?? ""), [], "household_id", as: Int.self))
    }

    /// What retention would do on `today`; with `apply`, done in this transaction.
    package func retention(apply: Bool, today: Day) throws -> RetentionPlan {
        try requireRecordKeeper(apply ? "retention applied" : "retention listed")
        let plan = RetentionPlan(
            cases: try heldCases(), policy: try retentionPolicy(), today: today, openSignals: try openSignalHouseholds())
        guard apply else { return plan }
        for due in plan.due { try anonymiseCase(due.caseID, today: today) }
        for h in plan.householdsAnonymised { try anonymiseHousehold(h, today: today) }
        try AuditRows.insert(
            db,
            AuditEvent(
                .change,
                detail:
                    "retention applied: \(plan.due.count) cases anonymised (\(plan.due.map { "#\($0.caseID)" }.joined(separator: ", "))); "
                    + "\(plan.householdsAnonymised.count) households anonymised"), actor: actor)
        return plan
    }

    /// How many cases are due: one cheap count for the team lead's reminder (no rights needed:
    /// a number, no content).
    package func retentionDueCount(today: Day) throws -> Int {
        // Only a closed case not anonymised yet that closed at least the shortest period ago can
        // be due (`HeldCase.isDue` decides): a city's every case and person, read for a reminder
        // at the screens' start, were their peak memory. A day's slack for 29 February.
        let policy = try retentionPolicy()
        let shortest = RetentionLaw.allCases.map { policy.years(for: $0) }.min() ?? RetentionPolicy.allowedYears.lowerBound
        let closedBy = today.adding(years: -shortest).adding(days: 1)
        return RetentionPlan(cases: try heldCases(closedBy: closedBy), policy: policy, today: today).due.count
    }
}
