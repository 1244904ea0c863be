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

    /// Every case (of one household, or all) as retention needs it, read in three queries.
    func heldCases(householdID: Int? = nil) throws -> [HeldCase] {
        let only = householdID.map { "WHERE household_id = \($0)" } ?? ""
        var years: [Int: [Int]] = [:]
        for r in try db.fetchAll("SELECT household_id, birth_year FROM person \(only)", []) {
            years[r["household_id"], default: []].append(r["birth_year"])
        }
        let tailored = Set(
            try db.fetchColumn(
                """
                SELECT DISTINCT p.case_id FROM provision p JOIN care_case c ON c.id = p.case_id
                WHERE p.kind = 'tailored' \(householdID.map { "AND c.household_id = \($0)" } ?? "")
                """, [], "case_id", as: Int.self))
        return try db.fetchMapped(
            """
            SELECT id, household_id, phase, opened, closed_on, closed_on_estimated, anonymised_on FROM care_case \(only) ORDER BY id
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
        RetentionPlan(cases: try heldCases(), policy: try retentionPolicy(), today: today).due.count
    }
}
