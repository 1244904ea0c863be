import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamStore

@testable import WijkteamScreens

/// The plan view (issue 27) in the grid at 80×24 and 160×48: the question, strengths and
/// worries, per goal its route ladder and actions (done ✓, overdue marked in the overdue role),
/// the dates; privacy mode hides names.
@Suite struct PlanScreenTests {
    static func view(case caseID: Int, household: Int) throws -> PlanScreen {
        let store = try Sample.store().acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t"))
        return PlanScreen(plan: try store.plan(caseID: caseID), record: try store.household(id: household))
    }

    static func render(_ view: PlanScreen, _ width: Int, _ height: Int, privacy: Bool = false) -> Grid {
        Language.$scoped.withValue(.en) {
            var grid = Grid(width: width, height: height)
            view.render(into: &grid, area: Rect(x: 0, y: 0, width: width, height: height), today: Sample.today, privacy: privacy)
            return grid
        }
    }

    @Test func thePlanAt80x24ShowsQuestionDatesStrengthsAndTheFirstGoal() throws {
        let grid = Self.render(try Self.view(case: 1, household: 1), 80, 24)
        let text = grid.text()
        #expect(text.contains("Plan · case 1 · Huishouden De Vries"))
        #expect(text.contains("Question: Ik wil weer zelf mijn boodschappen doen"))
        #expect(text.contains("Agreed 2026-09-10  ·  evaluation 2026-12-10"))
        #expect(text.contains("+ Buurvrouw Gerda komt dagelijks langs"))
        #expect(text.contains("! Eet slecht en komt de deur bijna niet uit"))
        // The first goal's route is not walked yet (the walking goal's is, further down).
        #expect(text.contains("route: eigen kracht ? → network ? → voorliggend veld ?"))
        expectSnapshot(grid, named: "plan-de-vries-80x24")
    }

    @Test func thePlanAt160x48MarksDoneAndOverdueActionsInTheirRoles() throws {
        let grid = Self.render(try Self.view(case: 1, household: 1), 160, 48)
        let lines = grid.lines()
        let roles = grid.roleLines()
        let overdue = try #require(lines.firstIndex { $0.contains("overdue since 2026-11-13") })
        #expect(lines[overdue].contains("Gerda Smulders"))
        let column = lines[overdue].distance(from: lines[overdue].startIndex, to: lines[overdue].range(of: "overdue")!.lowerBound)
        #expect(Array(roles[overdue])[column] == Role.overdue.code, "\(grid.debugDump())")
        let done = try #require(lines.firstIndex { $0.contains("✓ Gaat mee naar de dinsdaglunch") })
        let mark = lines[done].distance(from: lines[done].startIndex, to: lines[done].range(of: "✓")!.lowerBound)
        #expect(Array(roles[done])[mark] == Role.success.code)
        #expect(lines.contains { $0.contains("done 2026-09-15") })
        #expect(lines.contains { $0.contains("route: eigen kracht ✗ → network ✗ → voorliggend veld ✓") })
        #expect(lines.contains { $0.contains("the regisseur") || $0.contains("regisseur") })
        expectSnapshot(grid, named: "plan-de-vries-160x48")
    }

    @Test func aDraftPlanSaysItIsNotAgreedAndItsLadderAllowsMaatwerk() throws {
        let text = Self.render(try Self.view(case: 3, household: 3), 160, 48).text()
        #expect(text.contains("Not agreed with the household yet"))
        #expect(text.contains("eigen kracht ✗ → network ✗ → voorliggend veld ✗  (maatwerk may be requested)"))
        #expect(
            text.contains("route: eigen kracht ? → network ? → voorliggend veld ?"), "goals without a recorded route show what is missing")
    }

    @Test func privacyModeHidesTheNamesOfMembersTiesAndProfessionals() throws {
        let text = Self.render(try Self.view(case: 1, household: 1), 160, 48, privacy: true).text()
        for name in ["Gerda", "Smulders", "Johanna", "Annie", "De Vries", "Marjolein"] { #expect(!text.contains(name), "\(name) shown") }
        #expect(text.contains("Rijdt haar elke dinsdag naar de lunch"))
    }

    @Test func hostileTextStaysInsideItsCells() throws {
        var view = try Self.view(case: 1, household: 1)
        view.plan.question = "\u{1B}[2J שלום 你好 👩‍👩‍👧 e\u{301}\tx"
        let grid = Self.render(view, 80, 24)
        #expect(!grid.text().contains("\u{1B}"))
        #expect(grid.text().contains("你好"))
    }
}
