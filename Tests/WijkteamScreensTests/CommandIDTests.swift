import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// Typed commands: every id is in the one table exactly once, the table holds no other, and every
/// registered view has its command and its place. (That every id has a handler is proven by the
/// compiler: `Shell.perform` switches over `CommandID` with no default arm.)
@Suite struct CommandIDTests {
    @Test func everyCommandIDIsInTheTableOnceAndTheTableHoldsNoOther() {
        for language in Language.allCases {
            let ids = AppCommands.table(in: language).commands.map(\.id)
            #expect(Set(ids).count == ids.count, "an id is in the \(language) table twice")
            #expect(Set(ids) == Set(CommandID.allCases), "table and ids differ in \(language)")
        }
        #expect(Set(CommandID.allCases).count == CommandID.allCases.count)
    }

    @Test func theTextIDsStayWhatTheyWere() {
        let codes = CommandID.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        // `wijkteam keys --json` prints these: a few as they were before ids were typed.
        #expect(CommandID.view(.followUps).code == "tab.followups")
        #expect(CommandID.pageDown.code == "move.pageDown")
        #expect(CommandID.addTie.code == "tie.add")
        #expect(CommandID.triageUndo.code == "triage.undo")
    }

    @Test func everyRegisteredViewHasItsNumberKeyAndItsPlace() throws {
        let table = AppCommands.table
        for (i, view) in ScreenRegistry.tabs.enumerated() {
            let command = try #require(table.command(id: .view(view.scope)))
            #expect(command.keys == [.char(Character(String(i + 1)))])
            #expect(command.scopes == [.global])
            #expect(!view.title.isEmpty && !view.goName.isEmpty && !view.goHelp.isEmpty)
            #expect(AppCommands.scopeTitles.map(\.scope).contains(view.scope))
        }
        #expect(Set(ScreenRegistry.tabs.map { $0.scope }).count == ScreenRegistry.tabs.count)
    }

    /// The team view's keys: its changes write (read-only sessions are told why), planning a
    /// handover and moving in it do not, and no key means two things there.
    @Test func theTeamViewsKeys() throws {
        let table = AppCommands.table
        for id in [CommandID.teamAdd, .teamEdit, .teamAway, .teamBack, .teamLeave, .teamCover, .handoverApply, .handoverUndo] {
            let command = try #require(table.command(id: id))
            #expect(command.writes && command.scopes == [.team], "\(id)")
        }
        for id in [CommandID.teamHandover, .handoverLine, .handoverClose] { #expect(table.command(id: id)?.writes == false, "\(id)") }
        #expect(table.command(for: .char("H"), in: .team)?.id == .teamHandover)
        #expect(table.command(for: .enter, in: .team)?.id == .handoverLine)
        #expect(table.command(for: .char("7"), in: .team)?.id == .view(.team))
        #expect(table.conflicts().isEmpty)
    }

    /// The shell shows each registered view through the protocol: its number key goes there and
    /// the status bar names it.
    @Test func theShellShowsEachRegisteredViewByItsKey() throws {
        var d = try Sample.shell(width: 120, height: 30)
        for (i, view) in ScreenRegistry.tabs.enumerated() {
            d.press(.char(Character(String(i + 1))))
            #expect(d.shell.tab == view.scope)
            #expect(d.render().lines().last?.contains(view.title) == true, "\(view.scope)")
        }
    }

    /// A form runs through one set of arms: Esc closes any of them without effects.
    @Test func escapeClosesEveryFormWithoutAnEffect() throws {
        var d = try Sample.shell(width: 120, height: 30)
        d.press(.char("F")) // a follow-up on the selected card
        #expect(d.shell.isDialogOpen)
        d.effects = []
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
        #expect(d.effects.isEmpty)
    }
}

/// A form's context hides names only in privacy mode: outside it, no redactor over every name
/// seen this session is built per key and frame.
@Suite struct FormContextTests {
    @Test func theRedactorIsBuiltOnlyInPrivacyMode() throws {
        var d = try Sample.shell(width: 120, height: 30)
        d.press(.enter)  // open the selected card's household: its names are now "seen"
        let name = try #require(d.shell.household.record?.household.name)
        #expect(d.shell.formContext.redactor.redact(name) == name)
        d.press(.char("p"))
        #expect(d.shell.privacy)
        #expect(d.shell.formContext.redactor.redact(name) != name)
    }
}
