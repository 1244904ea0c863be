import Foundation
import GRDB
import Wijkteam

// A case's plan in a household file (issue 27, FORMAT27.md): `plan:` (question, dates, strengths,
// worries) under the case, and `actions:` and `route:` under each goal. Checked with the same
// rules as the store's (`CasePlan.validate`, `PlanPoint.validate`, `PlanAction.validate`).

struct PlanEntry: Decodable {
    var question: String?
    var agreedOn: Day?
    var evaluateOn: Day?
    var strengths: [PlanPointEntry]?
    var worries: [PlanPointEntry]?
    enum CodingKeys: String, CodingKey {
        case question, agreedOn = "agreed_on", evaluateOn = "evaluate_on", strengths, worries
    }
}

struct PlanPointEntry: Decodable {
    var text: String
    var person: Int?
    var tie: String?
}

struct PlanActionEntry: Decodable {
    var text: String
    var owner: ActionOwnerKind
    var person: Int?
    var tie: String?
    var name: String?
    var due: Day?
    var doneOn: Day?
    enum CodingKeys: String, CodingKey {
        case text, owner, person, tie, name, due, doneOn = "done_on"
    }
}

struct RouteEntry: Decodable {
    var eigenKracht: RouteRungEntry?
    var network: RouteRungEntry?
    var voorliggendVeld: RouteRungEntry?
    enum CodingKeys: String, CodingKey {
        case eigenKracht = "eigen_kracht", network, voorliggendVeld = "voorliggend_veld"
    }
    var rungs: [(RouteRungKind, RouteRungEntry)] {
        [(.eigenKracht, eigenKracht), (.network, network), (.voorliggendVeld, voorliggendVeld)].compactMap { k, e in e.map { (k, $0) } }
    }
}

struct RouteRungEntry: Decodable {
    var carries: Bool
    var answer: String
    var ties: [String]?
    /// The general provision asked (its name in the district's list; linked when that list is loaded).
    var provision: String?
}

extension HouseholdLoading {
    /// The plan of a case whose goals were just loaded (the last ones in `data.goals`).
    mutating func loadPlan(of c: CaseEntry, at: [PathKey], householdID: Int, from doc: YAMLDocument) throws {
        let goals = Array(data.goals.suffix(c.goals?.count ?? 0))
        let members = data.households.first { $0.id == householdID }?.members ?? []
        let ties = data.ties.filter { $0.householdID == householdID }
        var plan = CasePlan(caseID: c.id, goals: goals)
        if let p = c.plan {
            plan.question = p.question ?? ""
            plan.agreedOn = p.agreedOn
            plan.evaluateOn = p.evaluateOn
            plan.version = 1
            try doc.check(at + [.key("plan")]) { try plan.validate(today: today) }
            var pointID = data.plans.reduce(0) { $0 + $1.points.count }
            for (kind, key, entries) in [(PlanPointKind.strength, "strengths", p.strengths), (.worry, "worries", p.worries)] {
                for (i, e) in (entries ?? []).enumerated() {
                    let pAt = at + [.key("plan"), .key(key), .index(i)]
                    let tieID = try e.tie.map { try Self.tie($0, in: ties, at: pAt + [.key("tie")], doc) }
                    pointID += 1
                    let point = PlanPoint(id: pointID, caseID: c.id, kind: kind, text: e.text, personID: e.person, tieID: tieID)
                    try doc.check(pAt) { try point.validate(members: members, ties: ties) }
                    plan.points.append(point)
                }
            }
        }
        var actionID = data.plans.reduce(0) { $0 + $1.actions.count }
        for (gi, g) in (c.goals ?? []).enumerated() where gi < goals.count {
            let goal = goals[gi]
            for (i, e) in (g.actions ?? []).enumerated() {
                let aAt = at + [.key("goals"), .index(gi), .key("actions"), .index(i)]
                let tieID = try e.tie.map { try Self.tie($0, in: ties, at: aAt + [.key("tie")], doc) }
                actionID += 1
                let action = PlanAction(
                    id: actionID, caseID: c.id, goalID: goal.id, text: e.text, ownerKind: e.owner, ownerPersonID: e.person,
                    ownerTieID: tieID,
                    ownerName: e.name, due: e.due, doneOn: e.doneOn)
                try doc.check(aAt) { try action.validate(members: members, ties: ties, today: today) }
                plan.actions.append(action)
            }
            if let route = g.route {
                plan.routes[goal.id] = try ladder(
                    route, goal: goal, case: c, ties: ties, at: at + [.key("goals"), .index(gi), .key("route")], doc)
            }
        }
        guard c.plan != nil || !plan.actions.isEmpty || !plan.routes.isEmpty else { return }
        data.plans.append(plan)
    }

    private func ladder(_ route: RouteEntry, goal: PlanGoal, case c: CaseEntry, ties: [NetworkTie], at: [PathKey], _ doc: YAMLDocument)
        throws
        -> RouteLadder
    {
        var ladder = RouteLadder(goalID: goal.id)
        for (kind, e) in route.rungs {
            let rAt = at + [.key(kind.rawValue)]
            try doc.check(rAt + [.key("answer")]) { try Validation.text(e.answer, what: tr("validation.what.text"), required: true) }
            let tieIDs = try (e.ties ?? []).enumerated().map { i, name in
                try Self.tie(name, in: ties, at: rAt + [.key("ties"), .index(i)], doc)
            }
            // A tie named as asked must have consented to being asked (as `RouteLadder.check` holds the app to).
            for (i, id) in tieIDs.enumerated() where ties.first(where: { $0.id == id })?.consentToShare == false {
                throw doc.error(rAt + [.key("ties"), .index(i)], "'\(e.ties?[i] ?? "")' gave no consent to be asked")
            }
            var provisionID: Int?
            if let name = e.provision, !data.generalProvisions.isEmpty {
                guard let found = data.generalProvisions.first(where: { $0.name == name }) else {
                    throw doc.error(rAt + [.key("provision")], "'\(name)' is not in the district's general provisions")
                }
                provisionID = found.id
            }
            ladder.rungs[kind] = RouteRung(
                goalID: goal.id, caseID: c.id, rung: kind, carries: e.carries, answer: e.answer, tieIDs: tieIDs,
                generalProvisionID: provisionID, recordedBy: c.regisseur, recordedOn: c.plan?.agreedOn ?? c.opened)
        }
        return ladder
    }

    private static func tie(_ name: String, in ties: [NetworkTie], at: [PathKey], _ doc: YAMLDocument) throws -> Int {
        guard let tie = ties.first(where: { $0.name == name }) else {
            throw doc.error(at, "'\(name)' is not a tie of this household")
        }
        return tie.id
    }
}

extension DistrictData {
    /// The plans with every date moved by `days`.
    func plansShifted(by days: Int) -> [CasePlan] {
        plans.map { p in
            var p = p
            p.agreedOn = p.agreedOn?.adding(days: days)
            p.evaluateOn = p.evaluateOn?.adding(days: days)
            p.actions = p.actions.map { a in
                var a = a
                a.due = a.due?.adding(days: days)
                a.doneOn = a.doneOn?.adding(days: days)
                return a
            }
            p.routes = p.routes.mapValues { l in
                var l = l
                l.rungs = l.rungs.mapValues { r in
                    var r = r
                    r.recordedOn = r.recordedOn.adding(days: days)
                    return r
                }
                return l
            }
            return p
        }
    }
}

extension PlanRows {
    /// A loaded district's plans, with their points, actions and routes (the goals are inserted with the case work).
    static func insertSample(_ d: DistrictData, into db: Database) throws {
        for p in d.plans {
            if p.version > 0 {
                try db.execute(
                    sql: "INSERT INTO care_plan (case_id, question, agreed_on, evaluate_on) VALUES (?, ?, ?, ?)",
                    arguments: [p.caseID, p.question, p.agreedOn?.description, p.evaluateOn?.description])
            }
            for x in p.points {
                try db.execute(
                    sql: "INSERT INTO plan_point (id, case_id, kind, text, person_id, tie_id) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [x.id, x.caseID, x.kind.rawValue, x.text, x.personID, x.tieID])
            }
            for a in p.actions {
                try db.execute(
                    sql: """
                        INSERT INTO plan_action (id, case_id, goal_id, text, owner_kind, owner_person_id, owner_tie_id, owner_name, due, done_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        a.id, a.caseID, a.goalID, a.text, a.ownerKind.rawValue, a.ownerPersonID, a.ownerTieID, a.ownerName,
                        a.due?.description,
                        a.doneOn?.description,
                    ])
            }
            for ladder in p.routes.values {
                for r in ladder.rungs.values {
                    try db.execute(
                        sql: """
                            INSERT INTO route_rung (goal_id, case_id, rung, carries, answer, general_provision_id, recorded_by, recorded_on)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            r.goalID, r.caseID, r.rung.rawValue, r.carries, r.answer, r.generalProvisionID, r.recordedBy,
                            r.recordedOn.description,
                        ])
                    for t in r.tieIDs {
                        try db.execute(
                            sql: "INSERT INTO route_tie (goal_id, case_id, tie_id) VALUES (?, ?, ?)", arguments: [r.goalID, r.caseID, t])
                    }
                }
            }
        }
    }
}

extension Shape {
    /// A goal in a household file, with its actions and route (issue 27).
    static let goal: Shape = .map([
        "domain": .scalar, "person": .scalar, "target": .scalar, "text": .scalar,
        "actions": .list(
            .map([
                "text": .scalar, "owner": .scalar, "person": .scalar, "tie": .scalar, "name": .scalar, "due": .scalar, "done_on": .scalar,
            ])),
        "route": .map(["eigen_kracht": rung, "network": rung, "voorliggend_veld": rung]),
    ])
    static let rung: Shape = .map(["carries": .scalar, "answer": .scalar, "ties": .list(.scalar), "provision": .scalar])
    /// A case's plan: question, dates, strengths and worries.
    static let plan: Shape = .map([
        "question": .scalar, "agreed_on": .scalar, "evaluate_on": .scalar,
        "strengths": .list(point), "worries": .list(point),
    ])
    static let point: Shape = .map(["text": .scalar, "person": .scalar, "tie": .scalar])
}
