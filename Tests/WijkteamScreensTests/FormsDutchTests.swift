import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// The dialogs and forms, and what a save says, in Dutch (`--lang nl`): the Dutch text reaches
/// the screen and the English does not.
@Suite struct FormsDutchTests {
    static func dutch<R>(_ body: () throws -> R) rethrows -> R {
        try Language.$scoped.withValue(.nl) { try body() }
    }

    @Test func theJournalFormItsWarningAndItsSavedMessageAreDutch() throws {
        try Self.dutch {
            var d = try Sample.shell(width: 100, height: 40, as: "daan")
            CaseWorkScreenTests.open(29, in: &d)
            d.press(.char("J"))
            let form = d.render().text()
            #expect(form.contains("Journaalnotitie · casus #31"))
            #expect(form.contains("Gevoelig"))
            #expect(form.contains("Notitie"))
            #expect(form.contains("Tab volgend veld · Enter nieuwe regel · Ctrl-S opslaan · Esc annuleren"))
            #expect(!form.contains("Journal entry"))
            #expect(!form.contains("Sensitive"))
            #expect(!form.contains("Esc cancels"))

            d.press(.tab, .tab, .char(" "), .tab)
            #expect(d.render().text().contains("ja · alleen de regisseur, de teamleider"))
            d.type("Belafspraak")
            d.press(.escape)
            #expect(d.render().text().contains("Nog eens Esc gooit je notitie weg"))
            d.press(.ctrl("s"))
            #expect(!d.shell.isDialogOpen)
            let message = try #require(d.shell.message?.text)
            #expect(message.hasPrefix("Journaalnotitie toegevoegd aan casus #31 ("), "\(message)")
            #expect(message.hasSuffix(", gevoelig)"), "\(message)")
        }
    }

    @Test func theZRMFormIsDutch() throws {
        try Self.dutch {
            var d = try Sample.shell(width: 100, height: 40, as: "daan")
            CaseWorkScreenTests.open(29, in: &d)
            d.press(.char("z"))
            var text = d.render().text()
            #expect(text.contains("ZRM-meting · 1 acuut … 5 volledig zelfredzaam"))
            #expect(text.contains("Persoon"))
            #expect(text.contains("←/→ aanpassen"))
            #expect(!text.contains("ZRM measurement"))
            #expect(!text.contains("Person "))
            d.press(.char("x"))
            #expect(d.render().text().contains("een ZRM-score is 1 acuut, 2, 3, 4 of 5 volledig zelfredzaam"))
            // With nothing measured before, a typed score is a change; Esc asks before dropping it.
            let adults = try d.store.household(id: 29).household.members.filter { $0.isAdult(on: Sample.today) }
            var form = ZRMForm(adults: adults, scores: [], today: Sample.today)
            _ = form.key(.char("3"))
            var grid = Grid(size: Size(width: 100, height: 30))
            form.render(into: &grid, bounds: Rect(x: 0, y: 0, width: 100, height: 30), privacy: false)
            text = grid.text()
            #expect(text.contains("3 beperkt zelfredzaam"))
            #expect(text.contains("12 van 13 open · 1–5"))
            #expect(form.key(.escape) == .stay)
            grid = Grid(size: Size(width: 100, height: 30))
            form.render(into: &grid, bounds: Rect(x: 0, y: 0, width: 100, height: 30), privacy: false)
            text = grid.text()
            #expect(text.contains("Nog eens Esc gooit de getypte score weg · Enter slaat hem op"))
            #expect(!text.contains("Esc again"))
            #expect(!text.contains("of 13 open"))
        }
    }

    @Test func theTieFormIsDutchAndItsLabelsFitTheColumn() throws {
        try Self.dutch {
            var d = try Sample.shell(width: 100, height: 30)
            d.selectCard(ofHousehold: 7)
            d.press(.char("n"), .char("a"))
            var text = d.render().text()
            #expect(text.contains("Contact toevoegen"))
            // Each label whole, and the value column where the English one was.
            for label in ["Naam", "Relatie", "Sterkte", "Steun (P G A E)", "Mantelzorg u/week", "Mantelz. uitgeput", "Toestemming delen",
                          "Een organisatie"] {
                #expect(text.contains(label), "\(label) cut or missing")
            }
            #expect(text.contains("nee, een persoon"))
            #expect(text.contains("↑/↓ veld · ←/→ of spatie wijzigen · Enter opslaan · Esc annuleren"))
            #expect(!text.contains("Add a tie"))
            #expect(!text.contains("Carer hours"))
            d.press(.down, .down, .down, .down, .char("x")) // the support field takes P, G, A or E
            text = d.render().text()
            #expect(text.contains("typ P, G, A of E om een soort steun aan of uit te zetten"))
        }
    }

    @Test func theTriageDialogsAreDutch() throws {
        try Self.dutch {
            var d = try Sample.shell(width: 120, height: 40)
            d.press(.char("2"), .down)
            let item = try #require(d.shell.triage.selected)
            d.press(.char("d"))
            #expect(d.render().text().contains("Route voor signaal #\(item.signal.id)"))
            #expect(d.render().text().contains("Enter kiezen · typ om te zoeken · Esc annuleren"))
            #expect(d.render().text().contains("nog geen route gekozen"))
            d.type("regie")
            d.press(.enter, .enter)
            var text = d.render().text()
            #expect(text.contains("Opvolging"))
            #expect(text.contains("Outreachend: huisbezoek, over 2 weken"))
            #expect(text.contains("Preventief: check-in, over 6 weken"))
            #expect(!text.contains("due in"))
            d.press(.home, .down, .enter)
            text = d.render().text()
            #expect(text.contains("uiterlijk op"))
            #expect(!text.contains("Due date of"))
            for _ in 0..<12 { d.press(.backspace) }
            d.type("2026-02-30")
            d.press(.enter)
            #expect(d.render().text().contains("'2026-02-30' is geen datum; probeer"))
            for _ in 0..<12 { d.press(.backspace) }
            d.type("2020-01-01")
            d.press(.enter)
            #expect(d.render().text().contains("die datum ligt in het verleden"))
            for _ in 0..<12 { d.press(.backspace) }
            d.type("+2w")
            #expect(d.render().text().contains("→ vr 4 dec 2026"))
            d.press(.enter)
            #expect(d.render().text().contains("Dit besluit voor signaal #\(item.signal.id) opslaan?"))
            #expect(d.render().text().contains("Opvolging: outreachend, uiterlijk vr 4 dec 2026") || d.render().text().contains("uiterlijk vr 4 dec 2026"))
            d.press(.escape)
        }
    }

    @Test func theMeetingDecisionDialogsAreDutch() throws {
        try Self.dutch {
            var d = try Sample.shell(width: 120, height: 36)
            d.press(.char("4"), .char("s"))
            d.press(.char("d"), .enter)
            var text = d.render().lines().joined()
            #expect(text.contains("schrijf op wat het team besloot"))
            #expect(text.contains("Besluit · "))
            d.type("Gesprek met de familie")
            d.press(.enter)
            text = d.render().lines().joined()
            #expect(text.contains("Wie pakt het op?"))
            #expect(text.contains("Geen actie (alleen een besluit)"))
            #expect(!text.contains("Who acts on it?"))
        }
    }

    @Test func theProvisionFlowAsksForEigenKrachtInDutch() throws {
        try Self.dutch {
            var d = try Sample.shell(width: 100, height: 40, as: "daan")
            CaseWorkScreenTests.open(29, in: &d)
            d.press(.char("P"))
            var text = d.render().text()
            #expect(text.contains("Voorziening voor casus #31"))
            #expect(text.contains("alleen een algemene voorziening"))
            #expect(!text.contains("Provision for"))
            d.press(.enter)  // no goal in this plan: a general provision
            #expect(d.render().text().contains("Voorliggend veld: wat"))
            d.press(.enter)
            #expect(d.render().text().contains("zeg wat de voorziening is"))
            d.type("Huishoudelijke hulp")
            d.press(.enter)
            text = d.render().text()
            #expect(text.contains("Aanbieder van Huishoudelijke hulp"))
            // The district's general provisions come first; typing narrows to typing a name.
            d.type("anders")
            #expect(d.render().text().contains("anders (typ een naam)"))
            d.press(.escape, .char("W"))
            #expect(d.render().text().contains("casus #31 heeft nog geen doelen: voeg er eerst een toe met G"))
        }
    }

    /// The follow-up choices are computed, so they follow the language each time the picker opens.
    @Test func theFollowUpChoicesFollowTheLanguage() {
        let en = Language.$scoped.withValue(.en) { TriageFlow.followUpChoices.map(\.0) }
        let nl = Language.$scoped.withValue(.nl) { TriageFlow.followUpChoices.map(\.0) }
        #expect(en == ["No follow-up", "Outreaching: home visit, due in 2 weeks", "Preventive: check-in, due in 6 weeks", "Check-in, due in 2 weeks"])
        #expect(nl == ["Geen opvolging", "Outreachend: huisbezoek, over 2 weken", "Preventief: check-in, over 6 weken", "Check-in, over 2 weken"])
    }
}
