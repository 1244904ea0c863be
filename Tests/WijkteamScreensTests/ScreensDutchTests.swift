import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// The command table and the screens in Dutch (`--lang nl`): the text comes from the string
/// table, the keys and ids stay the same.
@Suite struct ScreensDutchTests {
    static func dutch<T>(_ body: () throws -> T) rethrows -> T {
        try Language.$scoped.withValue(.nl, operation: body)
    }

    @Test func theCommandTableHasTheSameIdsAndKeysInBothLanguagesAndNoConflicts() {
        let en = AppCommands.table(in: .en), nl = AppCommands.table(in: .nl)
        #expect(en.conflicts().isEmpty, "\(en.conflicts())")
        #expect(nl.conflicts().isEmpty, "\(nl.conflicts())")
        #expect(en.commands.map(\.id) == nl.commands.map(\.id))
        #expect(en.commands.map(\.keys) == nl.commands.map(\.keys))
        #expect(en.commands.map(\.scopes) == nl.commands.map(\.scopes))
        // Every name, help line and category is translated (a missing key would show as itself).
        for c in nl.commands {
            #expect(!c.name.hasPrefix("command.") && !c.help.hasPrefix("command.") && !c.category.hasPrefix("command."), "\(c.id)")
        }
        #expect(nl.command(id: .assign)?.name == "toewijzen")
        #expect(nl.command(id: .filterPick)?.category == "Filteren en groeperen")
        #expect(en.command(id: .assign)?.name == "assign")
    }

    @Test func theTableFollowsTheCurrentLanguageAndTheKeyListCanStayEnglish() {
        #expect(Self.dutch { AppCommands.table.command(id: .addTie)?.name } == "nieuw contact")
        #expect(AppCommands.table.command(id: .addTie)?.name == "add tie")
        let dutchTitles = [
            "Overal", "Bord", "Triage", "Netwerk", "Overleg", "Opvolging", "Redenen", "Team", "Aanbieders", "Monitor", "Huishouden",
        ]
        #expect(Self.dutch { AppCommands.scopeTitles.map(\.title) } == dutchTitles + ["Plan", "Help"])
        #expect(Self.dutch { Tab.followUps.title } == "Opvolging")
        // The README's list is English whatever the language.
        let english = AppCommands.table(in: .en).markdownKeyList(scopeTitles: AppCommands.scopeTitles(in: .en))
        #expect(Self.dutch { AppCommands.table(in: .en).markdownKeyList(scopeTitles: AppCommands.scopeTitles(in: .en)) } == english)
        #expect(english.contains("### Everywhere") && english.contains("| `a` | add tie |"))
    }

    @Test func thePaletteMatchesTheDutchNames() {
        var palette = Palette()
        for c in "toew" { _ = palette.input.apply(.char(c)) }
        #expect(Self.dutch { palette.matches(scope: .board).map(\.id) } == [.assign])
        #expect(palette.matches(scope: .board).isEmpty)  // in English nothing is called "toew…"
    }

    @Test func helpListsTheCommandsAndTheCardMarksInDutch() throws {
        var d = try Sample.shell(width: 100, height: 200)
        d.press(.char("?"))
        let text = Self.dutch { d.render().text() }
        #expect(text.contains("Navigatie"))
        #expect(text.contains("Toewijzen") || text.contains("toewijzen"))
        #expect(text.contains("Kaarten op het bord"))
        #expect(text.contains("dagen sinds het laatste contact"))
        #expect(text.contains("Begrippenlijst"))
        #expect(!text.contains("Board cards"))
        #expect(!text.contains("days since last contact"))
        #expect(!text.contains("Assign or reassign"))
    }

    @Test func theBoardAndTheTabsInDutch() throws {
        let d = try Sample.shell(width: 120, height: 40)
        let text = Self.dutch { d.render().text() }
        #expect(text.contains("1 Bord") && text.contains("5 Opvolging"))
        #expect(text.contains("wacht op een regisseur") || text.contains("niemand wacht"))
        #expect(!text.contains("1 Board"))
        #expect(!text.contains("waiting for a regisseur") && !text.contains("nothing waiting"))
    }

    @Test func aHouseholdInDutch() throws {
        var d = try Sample.shell(width: 120, height: 80)
        d.press(.right, .right, .down, .enter)
        #expect(d.shell.isHouseholdOpen)
        let text = Self.dutch { d.render().text() }
        #expect(text.contains("Gezinsleden"))
        #expect(text.contains("Vraag: "))
        #expect(text.contains(" jaar · "))
        #expect(!text.contains("Members"))
        #expect(!text.contains("Question: "))
        #expect(!text.contains(" age "))
    }

    @Test func triageFollowUpsAndMeetingInDutch() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"))
        var text = Self.dutch { d.render().text() }
        #expect(text.contains("Triagewachtrij") && text.contains("Urgentie"))
        #expect(!text.contains("Triage queue") && !text.contains("Urgency"))
        d.press(.char("5"))
        text = Self.dutch { d.render().text() }
        #expect(text.contains("Opvolging ") && text.contains("f soort · m mijn · x afronden"))
        #expect(text.contains("te laat") || text.contains("vandaag") || text.contains("over "))
        #expect(!text.contains("f kind · m mine"))
        d.press(.char("4"))
        text = Self.dutch { d.render().text() }
        #expect(text.contains("Agenda · voorbeeld · s start het overleg"))
        #expect(text.contains("Op de agenda omdat"))
        #expect(!text.contains("preview") && !text.contains("On the agenda because"))
    }

    @Test func theEcogramLegendAndDaysInDutch() {
        #expect(Self.dutch { EcogramText.legend }.contains("↻ L&I langdurig & intensief"))
        #expect(Self.dutch { EcogramText.legend }.contains("mantelzorger ervaart het als zwaar"))
        #expect(EcogramText.legend.contains("carer feels it heavy"))
        #expect(Self.dutch { Format.days(1) } == "1 dag")
        #expect(Self.dutch { Format.days(3) } == "3 dagen")
        #expect(Format.days(3) == "3 days")
    }
}
