import GRDB
import Wijkteam

/// The route to support per goal (issue 27): each rung's answer one transaction with its
/// access-log row, version-checked; the network rung's ties in `route_tie`.
extension StoreWork {
    /// The route of every goal of a case, by goal id, for whoever may see its household (the
    /// plan reads the same rows: `PlanRows.routes`).
    package func routeLadders(caseID: Int) throws -> [Int: RouteLadder] {
        try requireSeesHousehold(try CaseWorkRows.loadCase(db, caseID).householdID)
        return try PlanRows.routes(db, caseID: caseID)
    }

    /// Records one rung's answer for a goal of an open case: in the route's order, with text,
    /// naming only ties of the household with consent and an active general provision.
    @discardableResult
    package func saveRouteRung(_ rung: RouteRung, expectedVersion: Int?) throws -> RouteRung {
        guard let goalRow = try db.fetchOne("SELECT * FROM plan_goal WHERE id = ?", [rung.goalID]) else {
            throw WijkteamError.invalid(tr("route.store.goal_missing", rung.goalID))
        }
        let goal = Rows.goal(goalRow)
        guard let caseRow = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [goal.caseID]) else {
            throw WijkteamError.unknownCase(goal.caseID)
        }
        let c = Rows.case(caseRow)
        try requireCaseWrite(c, detail: "route of goal #\(goal.id)")
        guard c.isOpen else { throw WijkteamError.caseClosed(c.id) }
        let ladder = try routeLadders(caseID: c.id)[goal.id] ?? RouteLadder(goalID: goal.id)
        let current = ladder.rungs[rung.rung]
        if let expectedVersion, expectedVersion != (current?.version ?? 0) {
            throw WijkteamError.staleVersion(
                record: tr("route.store.record", rung.rung.label, goal.id), expected: expectedVersion, actual: current?.version ?? 0,
                changed: tr("route.store.now", current?.answer ?? "—"))
        }
        let ties = try db.fetchAll("SELECT * FROM network_tie WHERE household_id = ?", [c.householdID]).map(Rows.tie)
        try ladder.check(rung, ties: ties, generalProvisions: try generalProvisions())
        var saved = rung
        saved.caseID = c.id
        saved.answer = rung.answer.trimmed
        saved.recordedBy = actor.staffID
        saved.version = (current?.version ?? 0) + 1
        if current == nil {
            try db.execute(
                """
                INSERT INTO route_rung (goal_id, case_id, rung, carries, answer, general_provision_id, recorded_by, recorded_on, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                """,
                [
                    goal.id, c.id, rung.rung.rawValue, rung.carries, saved.answer, rung.generalProvisionID, saved.recordedBy,
                    rung.recordedOn.description,
                ])
        } else {
            try db.execute(
                """
                UPDATE route_rung SET carries = ?, answer = ?, general_provision_id = ?, recorded_by = ?, recorded_on = ?,
                       version = version + 1
                WHERE goal_id = ? AND rung = ?
                """,
                [
                    rung.carries, saved.answer, rung.generalProvisionID, saved.recordedBy, rung.recordedOn.description, goal.id,
                    rung.rung.rawValue,
                ])
        }
        if rung.rung == .network {
            try db.execute("DELETE FROM route_tie WHERE goal_id = ?", [goal.id])
            for tie in rung.tieIDs {
                try db.execute("INSERT INTO route_tie (goal_id, case_id, tie_id) VALUES (?, ?, ?)", [goal.id, c.id, tie])
            }
        }
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: c.householdID, caseID: c.id,
                detail: "route goal #\(goal.id) \(rung.rung.rawValue) \(rung.carries ? "carries" : "cannot carry")"), actor: actor)
        return saved
    }

    /// A tailored provision: the goal it serves is a goal of the same case and its route has
    /// been walked without a rung that carries the need (checked in the provision's transaction).
    func requireRouteWalked(for p: Provision) throws {
        guard p.kind == .tailored else { return }
        guard let goalID = p.goalID else { throw WijkteamError.invalid(tr("route.store.tailored_goal")) }
        let goalCase = try db.fetchColumn("SELECT case_id FROM plan_goal WHERE id = ?", [goalID], "case_id", as: Int.self).first
        guard goalCase == p.caseID
        else { throw WijkteamError.invalid(tr("route.store.tailored_other_case", goalID, p.caseID)) }
        let ladder = try routeLadders(caseID: p.caseID)[goalID] ?? RouteLadder(goalID: goalID)
        if let refusal = ladder.tailoredRefusal { throw WijkteamError.invalid(tr("route.store.tailored_refused", goalID, refusal)) }
    }

    /// Everything the provision form offers for a case, in one read.
    package func provisionChoices(caseID: Int, today: Day) throws -> ProvisionChoices {
        guard let caseRow = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [caseID]) else {
            throw WijkteamError.unknownCase(caseID)
        }
        do { try requireCaseWrite(Rows.case(caseRow), detail: "provision choices") } catch let refusal as AccessDenied {
            throw refusal.error
        }
        return ProvisionChoices(
            caseID: caseID, ladders: try routeLadders(caseID: caseID), generalProvisions: try generalProvisions(),
            providers: try providers(), waiting: try providerWaiting(today: today))
    }
}

extension TransactionalStore {
    public func routeLadders(caseID: Int) throws -> [Int: RouteLadder] { try reading { try $0.routeLadders(caseID: caseID) } }
    public func saveRouteRung(_ rung: RouteRung, expectedVersion: Int?) throws -> RouteRung {
        try writing { try $0.saveRouteRung(rung, expectedVersion: expectedVersion) }
    }
    public func provisionChoices(caseID: Int, today: Day) throws -> ProvisionChoices {
        try reading { try $0.provisionChoices(caseID: caseID, today: today) }
    }
    public func generalProvisions() throws -> [GeneralProvision] { try reading { try $0.generalProvisions() } }
    public func saveGeneralProvision(_ g: GeneralProvision, expectedVersion: Int?) throws -> GeneralProvision {
        try writing { try $0.saveGeneralProvision(g, expectedVersion: expectedVersion) }
    }
    public func deactivateGeneralProvision(id: Int, expectedVersion: Int?) throws -> GeneralProvision {
        try writing { try $0.deactivateGeneralProvision(id: id, expectedVersion: expectedVersion) }
    }
}
