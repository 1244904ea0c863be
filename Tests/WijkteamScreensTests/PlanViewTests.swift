import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
@testable import WijkteamStore

/// The plan view from the household view (issue 27): `L` reads the case's plan through an
/// effect and shows it over the household, Esc goes back; its forms save through the store and
/// a refused save keeps what was typed.
@Suite struct PlanViewTests {
    static func openPlan(as staff: StaffID = "daan", width: Int = 80, height: Int = 24) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height, as: staff)
        CaseWorkScreenTests.open(1, in: &d)
        #expect(d.shell.isHouseholdOpen)
        d.press(.char("L"))
        return d
    }

    @Test func lOpensThePlanOverTheHouseholdAndEscGoesBack() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan()
            #expect(d.shell.isPlanOpen)
            #expect(d.effects.contains(.loadPlan(caseID: 1)))
            let text = d.render().text()
            #expect(text.contains("Plan · case 1"))
            #expect(text.contains("Question: Ik wil weer zelf mijn boodschappen doen"))
            #expect(text.contains("a question"))
            d.press(.escape)
            #expect(!d.shell.isPlanOpen)
            #expect(d.shell.isHouseholdOpen)
        }
    }

    @Test func aStrengthTypedInTheFormIsSavedAndShown() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan()
            d.press(.char("s"))
            #expect(d.render().text().contains("Add strength"))
            d.type("Zoon belt elke zondag")
            d.press(.enter)
            #expect(!d.shell.isDialogOpen)
            #expect(d.shell.message?.text == "strength saved")
            let plan = try d.store.plan(caseID: 1)
            #expect(plan.strengths.contains { $0.text == "Zoon belt elke zondag" })
            d.press(.char("G"))  // not a plan key: the view stays
            #expect(d.shell.isPlanOpen)
            d.press(.pageDown, .pageUp)
            #expect(d.render().text().contains("Zoon belt elke zondag"))
        }
    }

    @Test func anActionIsMarkedDoneFromThePicker() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan()
            let open = try d.store.plan(caseID: 1).actions.filter { !$0.done }
            let first = try #require(open.first)
            d.press(.char("c"), .enter)
            let done = try #require(try d.store.plan(caseID: 1).actions.first { $0.id == first.id })
            #expect(done.doneOn == Sample.today)
        }
    }

    /// `n`: goal, what, who (here a tie from the network, chosen from the household's ties), by when.
    @Test func aNewActionIsAddedToAGoalWithItsOwnerAndDay() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan()
            let before = try d.store.plan(caseID: 1)
            let goal = try #require(before.goals.last)
            d.press(.char("n"))
            #expect(d.render().text().contains("New action: for which goal?"))
            d.press(.down, .enter)  // the second goal
            d.press(.enter)
            #expect(d.render().text().contains("Say what will be done"), "an action needs text")
            d.type("Loopt mee naar de fysiotherapeut")
            d.press(.enter)
            #expect(d.render().text().contains("Who carries it out?"))
            d.press(.down, .enter)  // network
            let tie = try #require(d.shell.household.record?.ties.first)
            d.press(.enter)  // the first tie
            d.press(.ctrl("u"))
            d.press(.enter)
            #expect(d.shell.isDialogOpen, "an open action needs a due day")
            #expect(d.render().text().contains("By when: Loopt mee naar de fysiotherapeut"))
            d.press(.ctrl("u"))
            d.type("2026-12-01")
            d.press(.enter)
            #expect(!d.shell.isDialogOpen)
            let added = try #require(try d.store.plan(caseID: 1).actions.first { $0.text == "Loopt mee naar de fysiotherapeut" })
            #expect(added.goalID == goal.id && added.ownerKind == .tie && added.ownerTieID == tie.id)
            #expect(added.due == Day("2026-12-01") && !added.done)
            #expect(d.render().text().contains("Loopt mee naar de fysiotherapeut"), "the open plan shows it")
        }
    }

    @Test func aQuestionChangedInAnotherTerminalMeanwhileIsRefusedAndWhatWasTypedStays() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan()
            d.press(.char("a"), .ctrl("u"))
            d.type("Ik wil weer zelf koken")
            let other = try SQLiteStore.open(path: d.store.path).acting(as: AuditActor(staffID: "daan", account: "t", origin: "t"))
            let now = try other.plan(caseID: 1)
            _ = try other.savePlan(
                caseID: 1, question: "Ander woord", agreedOn: now.agreedOn, evaluateOn: now.evaluateOn, expectedVersion: now.version,
                today: Sample.today)
            d.press(.enter)
            #expect(d.shell.isDialogOpen, "the form stays open with the refusal")
            let form = try #require(d.shell.openForm(PlanForm.self))
            #expect(form.text.text.hasSuffix("Ik wil weer zelf koken"))
            #expect(form.error?.isEmpty == false)
            #expect(try d.store.plan(caseID: 1).question == "Ander woord")
            // Saving again, now on the version shown, goes through.
            d.press(.enter)
            #expect(!d.shell.isDialogOpen)
            #expect(try d.store.plan(caseID: 1).question.hasSuffix("Ik wil weer zelf koken"))
        }
    }

    @Test func aChangeFromAnotherTerminalIsShownInTheOpenPlan() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan(width: 160, height: 48)
            let other = try SQLiteStore.open(path: d.store.path).acting(as: AuditActor(staffID: "daan", account: "t", origin: "t"))
            _ = try other.savePlanPoint(PlanPoint(id: 0, caseID: 1, kind: .worry, text: "Valt vaker"), expectedVersion: nil)
            d.send(.outsideChange(try Sample.snapshot(d.store), at: "09:01"))
            #expect(d.render().text().contains("! Valt vaker"))
        }
    }

    @Test func theDatesFormAt80x24() throws {
        try Language.$scoped.withValue(.en) {
            var d = try Self.openPlan()
            d.press(.char("d"))
            let grid = d.render()
            let text = grid.text()
            #expect(text.contains("Agreed and evaluation · case 1"))
            #expect(text.contains("2026-09-10"))
            #expect(text.contains("2026-12-10"))
            expectSnapshot(grid, named: "plan-dates-form-80x24")
        }
    }
}
