import Foundation
import GRDB
import Wijkteam

/// The plan of a case (issue 27): question and dates, strengths and worries, actions under the
/// goals, and the route per goal as recorded (read only here; the route's answers are written
/// in RouteStore). Each change is one transaction with its audit row (no client text in the
/// detail), compare-and-swap on the version the editor loaded, refused on a closed case.
extension StoreWork {
    /// The whole plan of one case, for whoever may see its household.
    package func plan(caseID: Int) throws -> CasePlan {
        try requireSeesHousehold(try CaseWorkRows.loadCase(db, caseID).householdID)
        return try planRows(caseID: caseID)
    }

    /// The plan's rows, without the need-to-know check (inzage reads it for the person themself).
    func planRows(caseID: Int) throws -> CasePlan {
        var plan = CasePlan(caseID: caseID)
        if let r = try db.fetchOne("SELECT * FROM care_plan WHERE case_id = ?", [caseID]) {
            plan.question = r["question"]
            plan.agreedOn = Rows.optionalDay(r, "agreed_on")
            plan.evaluateOn = Rows.optionalDay(r, "evaluate_on")
            plan.version = r["version"]
        }
        plan.points = try db.fetchMapped("SELECT * FROM plan_point WHERE case_id = ? ORDER BY id", [caseID], PlanRows.point)
        plan.goals = try db.fetchMapped("SELECT * FROM plan_goal WHERE case_id = ? ORDER BY id", [caseID], Rows.goal)
        plan.actions = try db.fetchMapped("SELECT * FROM plan_action WHERE case_id = ? ORDER BY goal_id, id", [caseID], PlanRows.action)
        plan.routes = try PlanRows.routes(db, caseID: caseID)
        return plan
    }

    /// Sets the question and the dates; the plan row is made on its first save.
    @discardableResult
    package func savePlan(caseID: Int, question: String, agreedOn: Day?, evaluateOn: Day?, expectedVersion: Int?, today: Day) throws
        -> CasePlan
    {
        let c = try PlanRows.openCase(self, caseID, detail: "plan")
        var plan = try self.plan(caseID: caseID)
        if let expectedVersion, expectedVersion != plan.version {
            throw WijkteamError.staleVersion(
                record: tr("plan.store.record.plan", caseID), expected: expectedVersion, actual: plan.version,
                changed: tr("plan.store.now.plan", plan.question, plan.agreedOn?.description ?? "–", plan.evaluateOn?.description ?? "–"))
        }
        plan.question = question.trimmed
        plan.agreedOn = agreedOn
        plan.evaluateOn = evaluateOn
        try plan.validate(today: today)
        let values: [(any SQLArgument)?] = [plan.question, agreedOn?.description, evaluateOn?.description]
        if plan.version == 0 {
            try db.execute("INSERT INTO care_plan (case_id, question, agreed_on, evaluate_on) VALUES (?, ?, ?, ?)", [caseID] + values)
        } else {
            try db.execute(
                "UPDATE care_plan SET question = ?, agreed_on = ?, evaluate_on = ?, version = version + 1 WHERE case_id = ? AND version = ?",
                values + [caseID, plan.version])
        }
        plan.version += 1
        let agreed = agreedOn.map { ", agreed \($0), evaluation \(evaluateOn?.description ?? "-")" } ?? ""
        try PlanRows.audit(self, c, "question and dates saved" + agreed)
        return plan
    }

    /// Adds a strength or worry (id 0) or changes one, version-checked.
    @discardableResult
    package func savePlanPoint(_ point: PlanPoint, expectedVersion: Int?) throws -> PlanPoint {
        let c = try PlanRows.openCase(self, point.caseID, detail: "plan point")
        let (members, ties) = try PlanRows.people(db, c.householdID)
        try point.validate(members: members, ties: ties)
        var saved = point
        saved.text = point.text.trimmed
        let values: [(any SQLArgument)?] = [point.kind.rawValue, saved.text, point.personID, point.tieID]
        if point.id == 0 {
            saved.id = try db.insertReturningID(
                "INSERT INTO plan_point (kind, text, person_id, tie_id, case_id) VALUES (?, ?, ?, ?, ?)", values + [point.caseID])
            saved.version = 1
        } else {
            let current = try PlanRows.point(db, id: point.id, caseID: point.caseID)
            try PlanRows.check(tr("plan.store.record.point", point.id), expectedVersion, current.version, current.text)
            try db.execute(
                "UPDATE plan_point SET kind = ?, text = ?, person_id = ?, tie_id = ?, version = version + 1 WHERE id = ? AND version = ?",
                values + [point.id, current.version])
            saved.version = current.version + 1
        }
        try PlanRows.audit(self, c, "\(point.kind.rawValue) #\(saved.id) \(point.id == 0 ? "added" : "changed")")
        return saved
    }

    package func removePlanPoint(id: Int, caseID: Int, expectedVersion: Int?) throws {
        let c = try PlanRows.openCase(self, caseID, detail: "plan point")
        let current = try PlanRows.point(db, id: id, caseID: caseID)
        try PlanRows.check(tr("plan.store.record.point", id), expectedVersion, current.version, current.text)
        try db.execute("DELETE FROM plan_point WHERE id = ? AND version = ?", [id, current.version])
        try PlanRows.audit(self, c, "\(current.kind.rawValue) #\(id) removed")
    }

    /// Adds an action under a goal (id 0) or changes one, version-checked.
    @discardableResult
    package func savePlanAction(_ action: PlanAction, expectedVersion: Int?, today: Day) throws -> PlanAction {
        let c = try PlanRows.openCase(self, action.caseID, detail: "plan action")
        guard try db.fetchOne("SELECT id FROM plan_goal WHERE id = ? AND case_id = ?", [action.goalID, action.caseID]) != nil else {
            throw WijkteamError.invalid(tr("plan.store.goal_case", action.goalID, action.caseID))
        }
        let (members, ties) = try PlanRows.people(db, c.householdID)
        var saved = action
        saved.text = action.text.trimmed
        saved.ownerName = action.ownerName?.trimmed
        try saved.validate(members: members, ties: ties, today: today)
        let values: [(any SQLArgument)?] = [
            action.goalID, saved.text, action.ownerKind.rawValue, action.ownerPersonID, action.ownerTieID, saved.ownerName,
            action.due?.description, action.doneOn?.description,
        ]
        if action.id == 0 {
            saved.id = try db.insertReturningID(
                """
                INSERT INTO plan_action (goal_id, text, owner_kind, owner_person_id, owner_tie_id, owner_name, due, done_on, case_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, values + [action.caseID])
            saved.version = 1
        } else {
            let current = try PlanRows.action(db, id: action.id, caseID: action.caseID)
            try PlanRows.check(tr("plan.store.record.action", action.id), expectedVersion, current.version, current.text)
            try db.execute(
                """
                UPDATE plan_action SET goal_id = ?, text = ?, owner_kind = ?, owner_person_id = ?, owner_tie_id = ?, owner_name = ?,
                    due = ?, done_on = ?, version = version + 1 WHERE id = ? AND version = ?
                """, values + [action.id, current.version])
            saved.version = current.version + 1
        }
        let due = action.due.map { ", due \($0)" } ?? ""
        try PlanRows.audit(
            self, c,
            "action #\(saved.id) \(action.id == 0 ? "added" : "changed") (goal #\(action.goalID), \(action.ownerKind.rawValue)\(due))")
        return saved
    }

    package func removePlanAction(id: Int, caseID: Int, expectedVersion: Int?) throws {
        let c = try PlanRows.openCase(self, caseID, detail: "plan action")
        let current = try PlanRows.action(db, id: id, caseID: caseID)
        try PlanRows.check(tr("plan.store.record.action", id), expectedVersion, current.version, current.text)
        try db.execute("DELETE FROM plan_action WHERE id = ? AND version = ?", [id, current.version])
        try PlanRows.audit(self, c, "action #\(id) removed")
    }

    /// Marks an action done on a day (not in the future); an action done already is refused.
    @discardableResult
    package func markPlanActionDone(id: Int, caseID: Int, on day: Day, expectedVersion: Int?, today: Day) throws -> PlanAction {
        let c = try PlanRows.openCase(self, caseID, detail: "plan action")
        var current = try PlanRows.action(db, id: id, caseID: caseID)
        try PlanRows.check(tr("plan.store.record.action", id), expectedVersion, current.version, current.text)
        if let done = current.doneOn { throw WijkteamError.invalid(tr("plan.store.already_done", id, done.description)) }
        current.doneOn = day
        let (members, ties) = try PlanRows.people(db, c.householdID)
        try current.validate(members: members, ties: ties, today: today)
        try db.execute(
            "UPDATE plan_action SET done_on = ?, version = version + 1 WHERE id = ? AND version = ?",
            [day.description, id, current.version])
        current.version += 1
        try PlanRows.audit(self, c, "action #\(id) done on \(day)")
        return current
    }
}

/// Reading and checking the plan's rows.
enum PlanRows {
    static func point(_ r: some SQLRow) -> PlanPoint {
        PlanPoint(
            id: r["id"], caseID: r["case_id"], kind: Rows.vocab(r, "kind", PlanPointKind.strength), text: r["text"],
            personID: r["person_id"],
            tieID: r["tie_id"], version: r["version"])
    }

    static func action(_ r: some SQLRow) -> PlanAction {
        PlanAction(
            id: r["id"], caseID: r["case_id"], goalID: r["goal_id"], text: r["text"],
            ownerKind: Rows.vocab(r, "owner_kind", ActionOwnerKind.regisseur),
            ownerPersonID: r["owner_person_id"], ownerTieID: r["owner_tie_id"], ownerName: r["owner_name"], due: Rows.optionalDay(r, "due"),
            doneOn: Rows.optionalDay(r, "done_on"), version: r["version"])
    }

    /// The route per goal as recorded: each rung's answer, with the ties asked on the network rung.
    static func routes(_ db: some SQLRunner, caseID: Int) throws -> [Int: RouteLadder] {
        var ties: [Int: [Int]] = [:]
        for r in try db.fetchAll("SELECT goal_id, tie_id FROM route_tie WHERE case_id = ? ORDER BY goal_id, tie_id", [caseID]) {
            ties[r["goal_id"], default: []].append(r["tie_id"])
        }
        var ladders: [Int: RouteLadder] = [:]
        for r in try db.fetchAll("SELECT * FROM route_rung WHERE case_id = ?", [caseID]) {
            guard let kind = RouteRungKind(rawValue: r["rung"]) else { continue }
            let goalID: Int = r["goal_id"]
            let carries: Bool = r["carries"]
            let rung = RouteRung(
                goalID: goalID, caseID: caseID, rung: kind, carries: carries, answer: r["answer"],
                tieIDs: kind == .network ? ties[goalID] ?? [] : [], generalProvisionID: r["general_provision_id"],
                recordedBy: r["recorded_by"],
                recordedOn: Rows.day(r, "recorded_on"), version: r["version"])
            ladders[goalID, default: RouteLadder(goalID: goalID)].rungs[kind] = rung
        }
        return ladders
    }

    /// The case, when the actor may change it and it is open.
    static func openCase<R>(_ work: StoreWork<R>, _ caseID: Int, detail: String) throws -> Case {
        let c = try CaseWorkRows.loadCase(work.db, caseID)
        try work.requireCaseWrite(c, detail: detail)
        guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
        return c
    }

    static func people(_ db: some SQLRunner, _ householdID: Int) throws -> ([Person], [NetworkTie]) {
        (
            try db.fetchMapped("SELECT * FROM person WHERE household_id = ?", [householdID], Rows.person),
            try db.fetchMapped("SELECT * FROM network_tie WHERE household_id = ?", [householdID], Rows.tie)
        )
    }

    static func point(_ db: some SQLRunner, id: Int, caseID: Int) throws -> PlanPoint {
        guard let r = try db.fetchOne("SELECT * FROM plan_point WHERE id = ? AND case_id = ?", [id, caseID]) else {
            throw WijkteamError.invalid(tr("plan.store.missing_point", id, caseID))
        }
        return point(r)
    }

    static func action(_ db: some SQLRunner, id: Int, caseID: Int) throws -> PlanAction {
        guard let r = try db.fetchOne("SELECT * FROM plan_action WHERE id = ? AND case_id = ?", [id, caseID]) else {
            throw WijkteamError.invalid(tr("plan.store.missing_action", id, caseID))
        }
        return action(r)
    }

    static func check(_ record: String, _ expected: Int?, _ actual: Int, _ text: String) throws {
        guard let expected, expected != actual else { return }
        throw WijkteamError.staleVersion(record: record, expected: expected, actual: actual, changed: tr("plan.store.now.text", text))
    }

    static func audit<R>(_ work: StoreWork<R>, _ c: Case, _ what: String) throws {
        try AuditRows.insert(
            work.db, AuditEvent(.change, householdID: c.householdID, caseID: c.id, detail: "plan of case \(c.id): \(what)"),
            actor: work.actor)
    }
}

extension TransactionalStore {
    public func plan(caseID: Int) throws -> CasePlan { try reading { try $0.plan(caseID: caseID) } }
    @discardableResult
    public func savePlan(caseID: Int, question: String, agreedOn: Day?, evaluateOn: Day?, expectedVersion: Int?, today: Day) throws
        -> CasePlan
    {
        try writing {
            try $0.savePlan(
                caseID: caseID, question: question, agreedOn: agreedOn, evaluateOn: evaluateOn, expectedVersion: expectedVersion,
                today: today)
        }
    }
    @discardableResult
    public func savePlanPoint(_ point: PlanPoint, expectedVersion: Int?) throws -> PlanPoint {
        try writing { try $0.savePlanPoint(point, expectedVersion: expectedVersion) }
    }
    public func removePlanPoint(id: Int, caseID: Int, expectedVersion: Int?) throws {
        try writing { try $0.removePlanPoint(id: id, caseID: caseID, expectedVersion: expectedVersion) }
    }
    @discardableResult
    public func savePlanAction(_ action: PlanAction, expectedVersion: Int?, today: Day) throws -> PlanAction {
        try writing { try $0.savePlanAction(action, expectedVersion: expectedVersion, today: today) }
    }
    public func removePlanAction(id: Int, caseID: Int, expectedVersion: Int?) throws {
        try writing { try $0.removePlanAction(id: id, caseID: caseID, expectedVersion: expectedVersion) }
    }
    @discardableResult
    public func markPlanActionDone(id: Int, caseID: Int, on day: Day, expectedVersion: Int?, today: Day) throws -> PlanAction {
        try writing { try $0.markPlanActionDone(id: id, caseID: caseID, on: day, expectedVersion: expectedVersion, today: today) }
    }
}

// MARK: The plan under the AVG (erasure, retention) and when a tie goes

extension PlanRows {
    /// A person erased: the plan's texts about them, and the actions under their goals, emptied.
    static func erasePerson(_ db: some SQLRunner, _ personID: Int) throws {
        try db.execute("UPDATE plan_point SET text = '', version = version + 1 WHERE person_id = ?", [personID])
        try db.execute(
            """
            UPDATE plan_action SET text = '', version = version + 1
            WHERE owner_person_id = ? OR goal_id IN (SELECT id FROM plan_goal WHERE person_id = ?)
            """, [personID, personID])
    }

    /// A case anonymised (erasure or retention): the plan's texts emptied; what figures count stays
    /// (the dates, the owner kinds, done or not, which rungs carried).
    static func anonymiseCase(_ db: some SQLRunner, _ caseID: Int) throws {
        try db.execute("UPDATE care_plan SET question = '', version = version + 1 WHERE case_id = ?", [caseID])
        try db.execute("UPDATE plan_point SET text = '', version = version + 1 WHERE case_id = ?", [caseID])
        try db.execute(
            """
            UPDATE plan_action SET text = '', owner_name = CASE WHEN owner_name IS NULL THEN NULL ELSE '' END, version = version + 1
            WHERE case_id = ?
            """, [caseID])
        // An answer may not be empty (the route's rule): it says it was anonymised.
        try db.execute("UPDATE route_rung SET answer = ?, version = version + 1 WHERE case_id = ?", [ErasedText.meldcodeNote, caseID])
    }

    /// The household's network deleted (household anonymised): the plan no longer points at its ties.
    static func forgetTies(_ db: some SQLRunner, householdID: Int) throws {
        let ties = "(SELECT id FROM network_tie WHERE household_id = ?)"
        try db.execute("UPDATE plan_point SET tie_id = NULL WHERE tie_id IN \(ties)", [householdID])
        try db.execute("UPDATE plan_action SET owner_tie_id = NULL WHERE owner_tie_id IN \(ties)", [householdID])
        try db.execute("DELETE FROM route_tie WHERE tie_id IN \(ties)", [householdID])
    }

    /// A tie the plan names (a strength, an action's owner, a rung of the route) is not removed:
    /// the plan is changed first.
    static func refuseRemovingTie(_ db: some SQLRunner, _ tie: NetworkTie) throws {
        let cases = try db.fetchColumn(
            """
            SELECT case_id FROM plan_point WHERE tie_id = ? UNION SELECT case_id FROM plan_action WHERE owner_tie_id = ?
            UNION SELECT case_id FROM route_tie WHERE tie_id = ? ORDER BY case_id
            """, [tie.id, tie.id, tie.id], "case_id", as: Int.self)
        guard let first = cases.first else { return }
        throw WijkteamError.invalid(tr("plan.store.tie_in_plan", tie.name, first))
    }
}
