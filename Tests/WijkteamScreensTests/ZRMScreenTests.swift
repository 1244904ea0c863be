import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// The ZRM form (all 13 domains, each scored or not assessed; the last score a hint, never filled
/// in) and the household's outcome per domain, rendered into the in-memory grid.
@Suite struct ZRMScreenTests {
    let today = Sample.today
    let hostile = Person(
        id: 71, householdID: 7, name: "\u{202E}Ayşe 👩‍👩‍👧 名前\u{1B}[31m\tY\u{301}", birthYear: 1970, role: .parent, isClient: true)

    func render(_ form: ZRMForm, width: Int = 80, height: Int = 24) -> [String] {
        var grid = Grid(size: Size(width: width, height: height))
        form.render(into: &grid, bounds: Rect(x: 0, y: 0, width: width, height: height), privacy: false)
        return grid.lines()
    }

    @Test func theFormAsksForEveryDomainAndKeepsWhatWasTypedWhenRefused() throws {
        let was = ZRMScore(personID: hostile.id, domain: .financien, date: today.adding(days: -30), score: 2, carriedForward: true)
        var form = ZRMForm(adults: [hostile], scores: [was], today: today)
        var lines = render(form)
        let text = lines.joined(separator: "\n")
        #expect(!text.contains("\u{1B}"), "ESC reached the grid")
        #expect(text.contains("ZRM measurement"))
        // The last score is a hint beside the domain (carried forward marked), never filled in.
        let fin = try #require(lines.first { $0.contains(LifeDomain.financien.label) })
        #expect(fin.contains("…") && fin.contains("last 2↷"), "\(fin)")
        #expect(form.answers.isEmpty)
        #expect(text.contains("13 of 13 open"))
        // Financiën 3, Werk & opleiding not assessed; Enter refuses, naming the open ones; nothing lost.
        _ = form.key(.char("3"))
        _ = form.key(.char("n"))
        #expect(form.key(.enter) == .stay)
        #expect(form.answers.count == 2)
        #expect(form.row == 4, "the cursor goes to the first open domain")
        lines = render(form)
        #expect(lines.joined().contains("still open"), "\(lines.joined(separator: "\n"))")
        // N: every open domain not assessed; the measurement saves as a whole.
        _ = form.key(.char("N"))
        guard case .save(.zrm(let draft)) = form.key(.enter) else { Issue.record("not saved"); return }
        #expect(draft.scores == [.financien: 3])
        #expect(draft.notAssessed.count == 12 && draft.notAssessed.contains(.werkOpleiding))
        #expect(draft.basedOn == [.financien: 2])
        // Every line fits the 80 columns.
        for line in render(form) { #expect(TextWidth.width(of: line) <= 80, "\(line)") }
    }

    @Test func theHouseholdShowsTheOutcomeOfTheCaseAndCarriedForwardScores() throws {
        let opened = today.adding(days: -100), d1 = today.adding(days: -90), d2 = today.adding(days: -10)
        let adult = Person(id: 11, householdID: 1, name: "Ayşe Yılmaz", birthYear: 1980, role: .parent, isClient: true)
        var r = HouseholdRecord(
            household: Household(
                id: 1, name: "Huishouden Yılmaz", address: Address(street: "Kade", number: "1", buurt: "B", wijk: "W"), members: [adult]),
            cases: [
                Case(
                    id: 1, householdID: 1, opened: opened, source: .selfReferral, presentingQuestion: "q", domains: [.financien],
                    phase: .uitvoering, regisseurID: "reg")
            ],
            zrm: [
                ZRMScore(personID: 11, domain: .financien, date: d1, score: 1),
                ZRMScore(personID: 11, domain: .huisvesting, date: d1, score: 3),
                ZRMScore(personID: 11, domain: .financien, date: d2, score: 3),
                ZRMScore(personID: 11, domain: .huisvesting, date: d2, score: 3, carriedForward: true),
            ])
        r.zrmMeasurements = [
            ZRMMeasurementRecord(
                personID: 11, date: d1, notAssessed: Set(LifeDomain.zrmDomains.filter { $0 != .financien && $0 != .huisvesting })),
            ZRMMeasurementRecord(personID: 11, date: d2, legacy: true),
        ]
        var screen = HouseholdScreen()
        _ = screen.show(householdID: 1)
        screen.loaded(r)
        let lines = screen.lines(today: today, staff: [:], privacy: false, width: 98).map(\.0)
        let fin = try #require(lines.first { $0.contains(LifeDomain.financien.label) && $0.contains("→") })
        #expect(fin.contains("1→3 +2") && fin.contains("step +2"), "\(fin)")
        let house = try #require(lines.first { $0.contains(LifeDomain.huisvesting.label) && !$0.contains("not assessed") })
        #expect(house.contains("3↷"), "\(house)")
        #expect(!house.contains("→"), "a copy is no change")
        #expect(lines.contains { $0.contains("↷ carried forward") })
        // Without a carried-forward score there is no legend.
        r.zrm[3].carriedForward = false
        screen.loaded(r)
        #expect(!screen.lines(today: today, staff: [:], privacy: false, width: 98).contains { $0.0.contains("↷") })
    }
}
