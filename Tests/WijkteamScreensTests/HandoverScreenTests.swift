import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens

/// The handover plan on the team view, rendered into the grid. The planner is another change's
/// (`HandoverPlanner`): the plan here is a stand-in made in the test, each line ranked by the
/// app's own ranker and given to the first colleague it ranks as available.
@Suite struct HandoverScreenTests {
    /// A plan of `count` lines for Samira's caseload: the sample's open cases (their households
    /// named), then made-up case numbers.
    static func plan(_ s: DistrictSnapshot, count: Int) -> (HandoverPlan, [StaffID: Double]) {
        let loads = BoardBuilder.loads(s.cards)
        let open = s.cards.filter { $0.case.isOpen }.map(\.case)
        let lines = (0..<count).map { i -> HandoverLine in
            var c = open[i % open.count]
            if i >= open.count { c.id = 900 + i }
            let ranking =
                SuggestionRanker.rank(case: c, context: SuggestionContext(), staff: s.staff, loads: loads, today: s.today)
                .filter { $0.staff.id != "samira" }
                + SuggestionRanker.rank(
                    case: c, context: SuggestionContext(), staff: s.staff.filter { $0.id == "samira" }, loads: loads, today: s.today)
            return HandoverLine(
                caseID: c.id, householdID: c.householdID, weight: Caseload.weight(of: c), to: ranking.first { $0.isAvailable }?.staff.id,
                ranking: ranking)
        }
        return (HandoverPlan(from: "samira", lines: lines), loads)
    }

    static func planned(width: Int, height: Int, lines: Int) throws -> ShellDriver {
        var d = try TeamScreenTests.team(width: width, height: height, as: "fatima")
        let (plan, loads) = Self.plan(try Sample.snapshot(d.store), count: lines)
        d.send(.handoverPlanned(plan, loads: loads))
        #expect(d.shell.team.handover?.plan == plan)
        return d
    }

    @Test func aPlanOfFortyCasesFitsAndScrollsAtEightyByTwentyFour() throws {
        var d = try Self.planned(width: 80, height: 24, lines: 40)
        var lines = d.render().lines()
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Handover of Samira Haddouchi's caseload: 40 cases"))
        #expect(text.contains("Load after the handover / capacity"))
        #expect(text.contains("Enter change line · A apply"))
        expectSnapshot(d.render(), named: "handover-40-80x24")
        let last = try #require(d.shell.team.handover?.plan.lines.last)
        #expect(!text.contains("#\(last.caseID) "))
        d.press(.end)
        lines = d.render().lines()
        #expect(lines.joined(separator: "\n").contains("#\(last.caseID) "), "the last line scrolled into view")
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
    }

    @Test func privacyModeHidesTheHouseholdsOfThePlan() throws {
        var d = try Self.planned(width: 160, height: 48, lines: 6)
        let s = try Sample.snapshot(d.store)
        let shown = try #require(d.shell.team.handover?.plan.lines.first)
        let household = try #require(s.cards.first { $0.case.id == shown.caseID }?.householdName)
        let short = household.replacingOccurrences(of: "Huishouden ", with: "")
        #expect(d.render().text().contains(short))
        d.press(.char("p"))
        #expect(!d.render().text().contains(short))
        #expect(d.render().text().contains("#\(shown.caseID)"))
        expectSnapshot(d.render(), named: "handover-privacy-160x48")
    }

    @Test func enterChangesALineAndAnUnavailableColleagueCannotBeChosen() throws {
        var d = try Self.planned(width: 160, height: 48, lines: 6)
        let line = try #require(d.shell.team.handover?.selectedLine)
        d.press(.enter)
        #expect(d.shell.isDialogOpen)
        let text = d.render().text()
        #expect(text.contains("Who takes case #\(line.caseID)?"))
        #expect(text.contains("on leave until 12 Jan"), "Samira listed with why")
        // Samira is last in the ranking: chosen, the picker says why and stays open.
        for _ in 0..<line.ranking.count { d.press(.down) }
        d.press(.enter)
        #expect(d.shell.isDialogOpen)
        #expect(d.shell.message?.text.contains("cannot take it") == true)
        // The second in the ranking instead.
        d.press(.escape)
        d.press(.enter, .down, .enter)
        #expect(!d.shell.isDialogOpen)
        let changed = try #require(d.shell.team.handover?.plan.lines.first)
        #expect(changed.changed && changed.to == line.ranking[1].staff.id)
        #expect(d.render().text().contains("* "))
    }

    @Test func applyAsksFirstThenAsksTheStoreOnceAndUndoGivesBack() throws {
        var d = try Self.planned(width: 80, height: 24, lines: 5)
        let plan = try #require(d.shell.team.handover?.plan)
        d.press(.char("A"))
        #expect(d.render().text().contains("Hand 5 cases of Samira Haddouchi over to"))
        d.press(.char("n"))
        #expect(!d.effects.contains(.applyHandover(plan)))
        d.press(.char("A"), .char("y"))
        #expect(d.effects.filter { $0 == .applyHandover(plan) }.count == 1)
        // The store answers; u gives the cases back while the app holds the undo.
        let undo = HandoverUndo(moves: plan.lines.map { .init(caseID: $0.caseID, from: "samira", to: $0.to!, version: 2) })
        d.send(.handoverApplied(undo))
        #expect(d.shell.team.lastHandover == undo)
        #expect(d.render().text().contains("Handed over: Samira Haddouchi's caseload"))
        d.press(.char("A"))
        #expect(d.shell.message?.text == "This plan is applied: u undoes it")
        d.press(.char("u"))
        #expect(d.effects.contains(.undoHandover(undo)))
    }

    @Test func escapeGoesBackToTheTeam() throws {
        var d = try Self.planned(width: 80, height: 24, lines: 3)
        d.press(.escape)
        #expect(d.shell.team.handover == nil)
        #expect(d.render().text().contains("Availability"))
    }
}
