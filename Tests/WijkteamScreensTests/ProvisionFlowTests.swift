import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// Requesting a provision from the household view (issue 27): the goal, the kind, for maatwerk
/// the goal's route rung by rung (RouteForm), then what and who; `W` walks a route alone.
@Suite struct ProvisionFlowTests {
    /// Household 1 (De Vries): an open case with two goals; Rob de Vries gave no consent.
    func household(width: Int = 100, height: Int = 30) throws -> (ShellDriver, PlanGoal) {
        var d = try Sample.shell(width: width, height: height)
        d.selectCard(ofHousehold: 1)
        d.press(.enter)
        let r = try #require(d.shell.household.record)
        let c = try #require(r.openCase)
        let goal = try #require(r.goals.first { $0.caseID == c.id })
        return (d, goal)
    }

    func text(_ d: inout ShellDriver) -> String { d.render().lines().joined(separator: "\n") }

    func answer(_ d: inout ShellDriver, _ words: String, carries: Bool = false) {
        d.type(words)
        d.press(.enter)
        if carries { d.press(.down) }
        d.press(.enter)
    }

    @Test func maatwerkWalksTheRouteFirstThenAsksWhatAndWho() throws {
        var (d, goal) = try household()
        d.press(.char("P"))
        #expect(text(&d).contains("Provision for case"))
        #expect(text(&d).contains(tr("route.refusal.unanswered", RouteRungKind.eigenKracht.label)))
        d.press(.enter, .down, .enter)  // the first goal; maatwerk
        var screen = text(&d)
        #expect(screen.contains("Route to support"), "\(screen)")
        #expect(screen.contains("eigen kracht (the household itself): not answered"))
        d.press(.enter)
        #expect(text(&d).contains("say what was asked"))
        answer(&d, "Loopt 200 m met rollator; durft niet alleen")
        screen = text(&d)
        #expect(screen.contains("Network: which ties were asked?") && screen.contains("Gerda Smulders"))
        #expect(screen.contains("cannot carry · Loopt 200 m"))
        d.press(.down, .enter)  // Rob de Vries: no consent
        #expect(text(&d).contains("Rob de Vries cannot be named: no consent"))
        d.press(.up, .enter)  // Marjolein de Vries
        for _ in 0..<20 { d.press(.down) }
        d.press(.enter)
        answer(&d, "Dochter woont in Canada")
        screen = text(&d)
        // The district's general provisions for the goal's domain first (the Tuesday lunch).
        #expect(screen.contains("Voorliggend veld: which general provision?") && screen.contains("dinsdaglunch"), "\(screen)")
        d.press(.enter)  // the first offered
        answer(&d, "Niets in de wijk voor begeleiding thuis")
        #expect(text(&d).contains("Maatwerk: what"))
        d.type("Individuele begeleiding")
        d.press(.enter)
        #expect(text(&d).contains("other (type a name)"))
        d.type("other")  // narrows the providers to typing a name
        d.press(.enter)
        d.type("Zorgkring Oosterveld")
        d.press(.enter)
        let saved = try #require(try d.store.household(id: 1).provisions.first { $0.description == "Individuele begeleiding" })
        #expect(
            saved.kind == .tailored && saved.goalID == goal.id && saved.status == .requested && saved.provider == "Zorgkring Oosterveld")
        let ladder = try #require(try d.store.routeLadders(caseID: goal.caseID)[goal.id])
        #expect(ladder.allowsTailored && ladder.rungs[.network]?.tieIDs.count == 1)
        #expect(!d.shell.isDialogOpen && d.shell.message?.text.contains("Maatwerk added") == true)
    }

    @Test func aRungThatCarriesEndsTheFlowWithoutMaatwerk() throws {
        var (d, goal) = try household()
        let before = try d.store.household(id: 1).provisions.count
        d.press(.char("P"), .enter, .down, .enter)
        answer(&d, "Gaat met de buurvrouw mee boodschappen doen", carries: true)
        #expect(!d.shell.isDialogOpen)
        #expect(try d.store.household(id: 1).provisions.count == before)
        #expect(try d.store.routeLadders(caseID: goal.caseID)[goal.id]?.carriedBy == .eigenKracht)
        // Maatwerk for this goal is now refused in the form, naming the rung.
        d.press(.char("P"), .enter, .down, .enter)
        #expect(text(&d).contains("no maatwerk: eigen kracht (the household itself) carries this need"))
    }

    @Test func aGeneralProvisionNeedsNoGoalAndNoRoute() throws {
        var (d, _) = try household()
        d.press(.char("P"))
        for _ in 0..<10 { d.press(.down) }  // "no goal"
        d.press(.enter)
        #expect(text(&d).contains("Voorliggend veld: what"))
        d.type("Koffieochtend")
        d.press(.enter)
        d.type("other")  // the district's general provisions first; typing narrows to typing a name
        d.press(.enter)
        d.type("Buurtcentrum De Wiek")
        d.press(.enter)
        let saved = try #require(try d.store.household(id: 1).provisions.first { $0.description == "Koffieochtend" })
        #expect(saved.kind == .general && saved.networkReason == nil && saved.status == .requested && saved.goalID == nil)
    }

    @Test func wWalksAGoalsRouteAlone() throws {
        var (d, goal) = try household(width: 80, height: 24)
        d.press(.char("W"))
        #expect(text(&d).contains("Route to support, case"))
        d.press(.enter)
        answer(&d, "Kan zelf niet koken")
        for _ in 0..<20 { d.press(.down) }
        d.press(.enter)
        answer(&d, "Niemand kan dagelijks")
        d.press(.enter)
        answer(&d, "Maaltijdservice te duur zonder toeslag")
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text == "Route saved: 3 rung(s) answered")
        let ladder = try #require(try d.store.routeLadders(caseID: goal.caseID)[goal.id])
        #expect(ladder.allowsTailored)
        #expect(try d.store.household(id: 1).provisions.allSatisfy { $0.goalID != goal.id })
    }

    @Test func theRouteFormFitsAt80x24AndAt160x48() throws {
        for (w, h) in [(80, 24), (160, 48)] {
            var (d, _) = try household(width: w, height: h)
            d.press(.char("W"), .enter)
            answer(&d, "Loopt 200 m met rollator")
            let screen = text(&d)
            #expect(screen.contains("Gerda Smulders") && screen.contains("▸ network: not answered"), "\(w)x\(h)\n\(screen)")
        }
    }
}
