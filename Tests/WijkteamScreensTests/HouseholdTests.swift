import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

@Suite struct HouseholdScreenTests {
    /// The household of the first card with an open case in household `id`, opened from the board.
    func household(_ id: Int, width: Int = 100, height: Int = 30) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        d.selectCard(ofHousehold: id)
        d.press(.enter)
        #expect(d.shell.household.record?.household.id == id)
        return d
    }

    @Test func sparklinesAndChanges() {
        #expect(HouseholdScreen.sparkline([1, 2, 3, 4, 5]) == "▁▂▄▆█")
        #expect(HouseholdScreen.sparkline([0, 9]) == "▁█") // out of range stays on the scale
    }

    @Test func everySectionIsThereAndReachable() throws {
        var d = try household(1)
        let text = d.render().lines().joined(separator: "\n")
        #expect(text.contains("Members"))
        var seen: [String] = []
        for _ in 0..<10 {
            d.press(.char("]"))
            let top = d.render().lines()[3]
            seen.append(top)
        }
        for section in ["Members", "Case", "ZRM", "Plan", "Provisions", "Follow-ups", "Journal"] {
            #expect(seen.contains { $0.contains(section) } || d.render().lines().joined().contains(section), "\(section) not reached")
        }
        d.press(.char("["))
        #expect(d.shell.household.offset > 0)
    }

    @Test func zrmShowsTheChangeAndTheTrend() throws {
        let store = try Sample.store()
        let r = try store.household(id: 1)
        var screen = HouseholdScreen()
        _ = screen.show(householdID: 1)
        screen.loaded(r)
        let lines = screen.lines(today: Sample.today, staff: [:], privacy: false, width: 98).map(\.0)
        let domain = try #require(r.zrm.first?.domain)
        let history = r.zrm.filter { $0.domain == domain && $0.personID == r.zrm.first!.personID }.sorted { $0.date < $1.date }
        let line = try #require(lines.first { $0.contains(domain.label) && $0.contains("zelfredzaam") || $0.contains(domain.label) && $0.contains("acuut") })
        #expect(line.contains(HouseholdScreen.sparkline(history.map(\.score))))
        if history.count > 1 {
            // The outcome of the case (first → latest) and the last step.
            let change = history.last!.score - history[history.count - 2].score
            #expect(line.contains("\(history[0].score)→\(history.last!.score)"), "\(line)")
            #expect(line.contains("step " + (change > 0 ? "+\(change)" : change < 0 ? "−\(-change)" : "=")), "\(line)")
        }
    }

    @Test func householdSnapshot() throws {
        var d = try household(2, width: 100, height: 40)
        // Sections: for new staff, members, case, ZRM.
        d.press(.char("]"), .char("]"), .char("]"), .char("]"))
        expectSnapshot(d.render(), named: "household-zrm-100x40")
    }
}

@Suite struct HouseholdFitTests {
    /// Every sample household's screen at 80×24 and 120×40: no line wider than the panel
    /// (nothing cut at the border), every member's name whole.
    @Test(arguments: [80, 120])
    func everyHouseholdFits(width: Int) throws {
        let store = EcogramTests.store
        let staff = Dictionary(try store.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for r in EcogramTests.households {
            var screen = HouseholdScreen()
            _ = screen.show(householdID: r.household.id)
            screen.loaded(r)
            for privacy in [false, true] {
                let lines = screen.lines(today: Sample.today, staff: staff, privacy: privacy, width: width - 2)
                for l in lines { #expect(TextWidth.width(of: l.0) <= width - 2, "household \(r.household.id): cut: \(l.0)") }
                let text = lines.map(\.0).joined(separator: "\n")
                for p in r.household.members { #expect(text.contains(Format.name(p.name, privacy: privacy)), "\(p.name) not whole") }
            }
        }
    }
}

@Suite struct EcogramTextTests {
    /// The ecogram without any colour or attribute (the mono case at its plainest): the text
    /// `wijkteam network` prints. Strengths stay apart by their characters.
    @Test func twelveTiesAsPlainText() throws {
        let r = try #require(EcogramTests.households.first { $0.ties.count == 12 })
        let text = EcogramText.render(r, width: 100, today: Sample.today, privacy: false, regisseur: "Daan Verhoef") + "\n"
        let url = Sample.repoRoot.appendingPathComponent("Tests/WijkteamScreensTests/Snapshots/network-12-ties-mono-text.txt")
        if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" { try text.write(to: url, atomically: true, encoding: .utf8) }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected)
        for t in r.ties { #expect(text.contains(t.name.split(separator: " ").first!), "\(t.name) missing") }
    }

    @Test func narrowOutputFallsBackToTheList() throws {
        let r = try #require(EcogramTests.households.first { $0.ties.count == 12 })
        let text = EcogramText.render(r, width: 60, today: Sample.today, privacy: false, regisseur: nil)
        #expect(text.contains("Family"))
        for t in r.ties { #expect(text.contains(t.name), "\(t.name) not whole in the list") }
    }
}
