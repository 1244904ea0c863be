import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// The plan on the real database (issue 27): each change one transaction with its audit row (no
/// client text in it), compare-and-swap on versions, need-to-know, refused on a closed case.
@Suite struct PlanStoreTests {
    let today = Day("2026-11-20")!
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    @Test func aPlanIsBuiltUpVersionedAndLoggedWithoutClientText() throws {
        try Language.$scoped.withValue(.en) {
            let store = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
            let record = try store.household(id: 1)
            let gerda = try #require(record.ties.first { $0.name == "Gerda Smulders" })
            let goal = try #require(record.goals.first { $0.caseID == 1 })
            let before = try store.plan(caseID: 1)
            let saved = try store.savePlan(
                caseID: 1, question: "  Ik wil weer zelf boodschappen doen ", agreedOn: nil, evaluateOn: nil,
                expectedVersion: before.version,
                today: today)
            #expect(saved.version == before.version + 1)
            #expect(saved.question == "Ik wil weer zelf boodschappen doen")
            let point = try store.savePlanPoint(
                PlanPoint(id: 0, caseID: 1, kind: .strength, text: "Buurvrouw komt dagelijks langs", tieID: gerda.id), expectedVersion: nil)
            let action = try store.savePlanAction(
                PlanAction(
                    id: 0, caseID: 1, goalID: goal.id, text: "Rijdt haar elke dinsdag", ownerKind: .tie, ownerTieID: gerda.id, due: today),
                expectedVersion: nil, today: today)
            let done = try store.markPlanActionDone(id: action.id, caseID: 1, on: today, expectedVersion: action.version, today: today)
            #expect(done.doneOn == today && done.version == action.version + 1)
            let agreed = try store.savePlan(
                caseID: 1, question: saved.question, agreedOn: today, evaluateOn: today.adding(days: 90), expectedVersion: saved.version,
                today: today)
            let plan = try store.plan(caseID: 1)
            #expect(plan.version == agreed.version && plan.agreedOn == today)
            #expect(plan.strengths.contains { $0.id == point.id && $0.tieID == gerda.id })
            #expect(plan.actions(of: goal.id).contains { $0.id == action.id && $0.done })
            let log = try store.auditLog(householdID: 1).filter { $0.detail.hasPrefix("plan of case 1:") }
            #expect(log.map(\.detail).contains("plan of case 1: action #\(action.id) added (goal #\(goal.id), tie, due \(today))"))
            #expect(log.map(\.detail).contains("plan of case 1: strength #\(point.id) added"))
            #expect(log.count == 5)
            #expect(
                !log.contains { $0.detail.contains("boodschappen") || $0.detail.contains("dinsdag") || $0.detail.contains("Buurvrouw") })
        }
    }

    @Test func aChangeOnAStaleVersionIsRefusedWithWhatIsThereNow() throws {
        try Language.$scoped.withValue(.en) {
            let first = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
            let second = try SQLiteStore.open(path: first.path).acting(as: Self.actor("fatima"))
            let goal = try #require(try first.household(id: 1).goals.first { $0.caseID == 1 })
            let action = try first.savePlanAction(
                PlanAction(id: 0, caseID: 1, goalID: goal.id, text: "Belt na vier weken", ownerKind: .regisseur, due: today),
                expectedVersion: nil, today: today)
            var theirs = action
            theirs.text = "Belt na drie weken"
            _ = try second.savePlanAction(theirs, expectedVersion: action.version, today: today)
            var mine = action
            mine.due = today.adding(days: 7)
            #expect(throws: WijkteamError.self) { try first.savePlanAction(mine, expectedVersion: action.version, today: today) }
            do {
                _ = try first.removePlanAction(id: action.id, caseID: 1, expectedVersion: action.version)
                Issue.record("a stale removal went through")
            } catch { #expect("\(error)".contains("Belt na drie weken")) }
            #expect(try first.plan(caseID: 1).actions.first { $0.id == action.id }?.text == "Belt na drie weken")
            let plan = try first.plan(caseID: 1)
            _ = try second.savePlan(
                caseID: 1, question: "Weer naar buiten", agreedOn: nil, evaluateOn: nil, expectedVersion: plan.version, today: today)
            #expect(throws: WijkteamError.self) {
                try first.savePlan(
                    caseID: 1, question: "Iets anders", agreedOn: nil, evaluateOn: nil, expectedVersion: plan.version, today: today)
            }
        }
    }

    @Test func badActionsWriteNothing() throws {
        try Language.$scoped.withValue(.en) {
            let store = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
            let goal = try #require(try store.household(id: 1).goals.first { $0.caseID == 1 })
            let logBefore = try store.auditLog(householdID: 1).count
            let actionsBefore = try store.plan(caseID: 1).actions
            let noOwner = PlanAction(id: 0, caseID: 1, goalID: goal.id, text: "Gaat mee", ownerKind: .member, due: today)
            #expect(throws: WijkteamError.invalid("an action for a household member names the member (person id)")) {
                try store.savePlanAction(noOwner, expectedVersion: nil, today: today)
            }
            let noDate = PlanAction(id: 0, caseID: 1, goalID: goal.id, text: "Gaat mee", ownerKind: .member, ownerPersonID: 101)
            #expect(throws: WijkteamError.invalid("an action needs a due day unless it is done")) {
                try store.savePlanAction(noDate, expectedVersion: nil, today: today)
            }
            let otherGoal = try #require(try store.household(id: 20).goals.first)
            var wrongGoal = noDate
            wrongGoal.goalID = otherGoal.id
            wrongGoal.due = today
            #expect(throws: WijkteamError.self) { try store.savePlanAction(wrongGoal, expectedVersion: nil, today: today) }
            #expect(try store.plan(caseID: 1).actions == actionsBefore)
            #expect(try store.auditLog(householdID: 1).count == logBefore)
            #expect(throws: WijkteamError.invalid("a plan can be agreed only with the household's question in it")) {
                try store.savePlan(
                    caseID: 1, question: "", agreedOn: today, evaluateOn: today.adding(days: 30), expectedVersion: nil, today: today)
            }
        }
    }

    @Test func aClosedCaseOrAnOutsiderIsRefused() throws {
        let lead = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let goal = try #require(try lead.household(id: 1).goals.first { $0.caseID == 1 })
        let karin = try SQLiteStore.open(path: lead.path).acting(as: Self.actor("karin"))
        let action = PlanAction(id: 0, caseID: 1, goalID: goal.id, text: "Belt", ownerKind: .regisseur, due: today)
        #expect(throws: (any Error).self) { try karin.savePlanAction(action, expectedVersion: nil, today: today) }
        // Reading is held to need-to-know too: the plan, the route on its own, the provisions' steps.
        let denied = WijkteamError.accessDenied(tr("store.denied.household", 1))
        #expect(throws: denied) { try karin.plan(caseID: 1) }
        #expect(throws: denied) { try karin.routeLadders(caseID: 1) }
        #expect(throws: denied) { try karin.provisionSteps(caseID: 1) }
        #expect(try !lead.routeLadders(caseID: 1).isEmpty, "the team reads the route")
        #expect(try lead.auditLog(householdID: 1).contains { $0.staffID == "karin" && $0.result == .denied && $0.action == .change })
        _ = try lead.closeCase(
            caseID: 1, reason: "Doelen bereikt", noFinalZRMReason: "geen eindmeting in deze test", expectedVersion: nil, today: today)
        #expect(throws: WijkteamError.caseClosed(1)) { try lead.savePlanAction(action, expectedVersion: nil, today: today) }
        #expect(throws: WijkteamError.caseClosed(1)) {
            try lead.savePlanPoint(PlanPoint(id: 0, caseID: 1, kind: .worry, text: "Valt vaak"), expectedVersion: nil)
        }
    }
}

/// The plan under the AVG: erasure and retention empty its texts with the goals, a household's
/// network goes without breaking the plan, and a tie the plan names is not removed silently.
@Suite struct PlanErasureTests {
    let today = Day("2026-11-20")!

    @Test func anErasedPersonsPlanTextsAreGoneAndTheNetworkGoesCleanly() throws {
        let store = try RetentionDistrict.store()
        try store.pool.write { db in
            let goal = try Int.fetchOne(db, sql: "SELECT id FROM plan_goal WHERE case_id = 11")!
            let tie = try Int.fetchOne(
                db, sql: "SELECT t.id FROM network_tie t JOIN care_case c ON c.household_id = t.household_id WHERE c.id = 11")!
            try db.execute(sql: "INSERT INTO care_plan (case_id, question) VALUES (11, 'Planwoordvraag')")
            try db.execute(
                sql: "INSERT INTO plan_point (case_id, kind, text, tie_id) VALUES (11, 'strength', 'Planwoordkracht', ?)", arguments: [tie])
            try db.execute(
                sql:
                    "INSERT INTO plan_action (case_id, goal_id, text, owner_kind, owner_tie_id, due) VALUES (11, ?, 'Planwoordactie', 'tie', ?, '2026-12-01')",
                arguments: [goal, tie])
            try db.execute(
                sql:
                    "INSERT INTO route_rung (goal_id, case_id, rung, carries, answer, recorded_on) VALUES (?, 11, 'network', 0, 'Planwoordroute', '2026-11-01')",
                arguments: [goal])
            try db.execute(sql: "INSERT INTO route_tie (goal_id, case_id, tie_id) VALUES (?, 11, ?)", arguments: [goal, tie])
        }
        #expect(try RetentionDistrict.whereFound("Planwoord", in: store).count == 4)
        let plan = try store.acting(as: RetentionDistrict.officer).erasePerson(
            personID: 101, reason: "verzoek", dryRun: false, today: today)
        #expect(plan.householdAnonymised && plan.casesAnonymised == [11])
        #expect(try RetentionDistrict.whereFound("Planwoord", in: store) == [])
        #expect(try RetentionDistrict.value(store, Int.self, "SELECT COUNT(*) FROM route_tie WHERE case_id = 11") == 0)
        #expect(
            try RetentionDistrict.value(store, Int.self, "SELECT COUNT(*) FROM plan_action WHERE case_id = 11") == 1,
            "the figures keep the action")
    }

    @Test func aTieThePlanNamesIsNotRemoved() throws {
        try Language.$scoped.withValue(.en) {
            let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "daan", account: "t", origin: "t"))
            let gerda = try #require(try store.household(id: 1).ties.first { $0.name == "Gerda Smulders" })
            #expect(
                throws: WijkteamError.invalid(
                    "Gerda Smulders is named in the plan of case 1 (a strength, an action or the route): change the plan first")
            ) {
                try store.removeTie(id: gerda.id, expectedVersion: nil)
            }
            #expect(try store.household(id: 1).ties.contains { $0.id == gerda.id })
        }
    }
}
