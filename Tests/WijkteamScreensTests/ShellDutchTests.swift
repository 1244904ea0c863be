import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// The shell in Dutch: header line, status bar, messages, dialogs and the too-small message
/// come from the string table.
@Suite struct ShellDutchTests {
    @Test func headerAndStatusBarAreDutch() throws {
        try Language.$scoped.withValue(.nl) {
            let d = try Sample.shell(width: 120, height: 40)
            let lines = d.render().lines()
            let header = lines[1]
            #expect(header.contains("Open "))
            #expect(header.contains("niet toegewezen "))
            #expect(header.contains("overbelast "))
            #expect(header.contains("bereikt 4 wk ") && header.contains("gepland "))
            #expect(!header.contains("unassigned"))
            #expect(!header.contains("over capacity"))
            #expect(lines[0].contains("? help"))
            let status = try #require(lines.last)
            #expect(status.contains("(demo: als teamleider)"))
            #expect(!status.contains("as team lead"))
        }
    }

    @Test func theSameScreenInEnglishStaysEnglish() throws {
        try Language.$scoped.withValue(.en) {
            let d = try Sample.shell(width: 120, height: 40)
            let lines = d.render().lines()
            #expect(lines[1].contains("unassigned "))
            #expect(lines[1].contains("over capacity "))
            #expect(lines.last?.contains("(demo: as team lead)") == true)
        }
    }

    @Test func statusMessagesAreDutch() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Sample.shell(width: 100, height: 30)
            d.press(.char("Z"))
            #expect(d.shell.message?.text == "Z doet hier niets · ? toont de toetsen")
            #expect(d.render().lines().last?.contains("Z doet hier niets") == true)
            d.press(.char("u"))
            #expect(d.shell.message?.text == "Niets om ongedaan te maken")
            d.press(.char("p"))
            #expect(d.shell.message?.text == "Privacymodus: initialen en casusnummers")
            d.press(.char("p"))
            #expect(d.shell.message?.text == "Privacymodus uit")
            d.press(.char(":"))
            d.type("zzzz")
            d.press(.enter)
            #expect(d.shell.message?.text == "geen commando met de naam 'zzzz'")
            #expect(!(d.render().text().contains("does nothing") || d.render().text().contains("no command named")))
        }
    }

    @Test func assigningSpeaksDutchFromConfirmToUndo() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Sample.shell(width: 120, height: 40)
            let card = try #require(d.shell.board.selectedCard)
            d.press(.char("L")) // to the regisseur of the next column
            if d.shell.isDialogOpen {
                let text = d.render().text()
                #expect(text.contains("Bevestigen"))
                #expect(text.contains("Toch toewijzen?"))
                #expect(text.contains("j toewijzen · n annuleren"))
                #expect(!text.contains("Assign anyway"))
                d.press(.char("j")) // ja
            }
            let done = try #require(d.shell.message?.text)
            #expect(done.hasPrefix("Casus #\(card.case.id) → "))
            #expect(done.hasSuffix(" · u maakt ongedaan"))
            d.press(.char("u"))
            #expect(d.shell.message?.text == "Ongedaan: casus #\(card.case.id) is weer bij Niet toegewezen · Ctrl-R doet het opnieuw")
        }
    }

    @Test func quickFilterTitlesAreDutch() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Sample.shell(width: 120, height: 40)
            d.press(.char("f"))
            #expect(d.shell.isDialogOpen)
            let text = d.render().text()
            #expect(text.contains("Snelfilter (bovenop het huidige filter)"))
            #expect(text.contains("Alles (filter wissen)"))
            #expect(text.contains("Mijn casussen: waar ik regisseur ben"))
            #expect(text.contains("Enter toepassen"))
            #expect(!text.contains("Quick filter"))
            #expect(!text.contains("Everything"))
        }
    }

    @Test func tooSmallIsDutch() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Sample.shell(width: 80, height: 24)
            d.send(.resize(Size(width: 38, height: 8)))
            let lines = d.render().lines().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(lines == ["terminal te klein (minimaal 40×10)", "nu 38×8"])
        }
    }

    @Test func tooSmallMessageTakesItsTextsAndKeepsEnglishByDefault() {
        var g = Grid(size: Size(width: 36, height: 6))
        TooSmallMessage(minimum: Size(width: 40, height: 10)).render(into: &g, area: g.bounds)
        #expect(g.text().contains("terminal too small (need 40×10)"))
        #expect(g.text().contains("now 36×6"))
        var nl = Grid(size: Size(width: 36, height: 6))
        TooSmallMessage(minimum: Size(width: 40, height: 10), message: "te klein", sizeLine: "{2} hoog, {1} breed {3}")
            .render(into: &nl, area: nl.bounds)
        #expect(nl.text().contains("te klein"))
        #expect(nl.text().contains("6 hoog, 36 breed {3}"))
        #expect(!nl.text().contains("too small"))
    }
}
