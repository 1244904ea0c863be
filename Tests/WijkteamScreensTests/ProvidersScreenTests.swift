import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

/// The providers view (issue 27), rendered into the grid: one line per provider with its
/// waiting times, the one whose longest wait is past its norm in the warning colour (and marked
/// for a theme without colour), Enter shows the products, f the providers of one law.
@Suite struct ProvidersScreenTests {
    static let today = Sample.today

    static func referral(_ provider: Int, _ code: String?, _ status: ProvisionStatus, from: Int, started: Int? = nil)
        -> ProviderWaiting.Referral
    {
        ProviderWaiting.Referral(
            providerID: provider, category: code.map { String($0.prefix(2)) }, code: code, status: status,
            waitingFrom: today.adding(days: -from), start: started.map { today.adding(days: -$0) })
    }

    /// A small catalogue: one provider over its norm, one within, one under both laws with a
    /// hostile name, one no longer used.
    static var overview: [ProviderOverview] {
        let providers = [
            Provider(
                id: 1, name: "Zorgkring Oosterveld", law: .wmo, normWeeks: 6,
                products: [
                    ProviderProduct(category: "02", code: "02A01", name: "Individuele begeleiding", domain: .geestelijkeGezondheid),
                    ProviderProduct(category: "04", code: "04A02", name: "Dagbesteding", domain: .tijdsbesteding),
                ]),
            Provider(
                id: 2, name: "Jeugdhulp De Brug", law: .jeugdwet, normWeeks: 8,
                products: [ProviderProduct(category: "45", code: "45A07", name: "Jeugdhulp ambulant", domain: .opvoeding)]),
            Provider(id: 3, name: "مركز الرعاية 👩🏽‍⚕️ Zorg\tx", law: .both),
            Provider(id: 4, name: "Thuishulp Noord", law: .wmo, active: false),
        ]
        let waiting = ProviderWaiting.compute(
            [
                referral(1, "02A01", .waiting, from: 60), referral(1, "02A01", .waiting, from: 20),
                referral(1, "04A02", .active, from: 50, started: 30), referral(2, "45A07", .waiting, from: 14),
                referral(2, "45A07", .active, from: 70, started: 10),
            ], today: today)
        return ProviderOverview.build(providers.sorted { $0.name < $1.name }, waiting: waiting)
    }

    static func driver(width: Int, height: Int) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        var snapshot = try Sample.snapshot(d.store)
        snapshot.providers = overview
        d.send(.snapshot(snapshot))
        d.press(.char("8"))
        return d
    }

    /// The cells of the line that holds `text`, with their roles.
    func line(_ grid: Grid, _ text: String) throws -> (String, String) {
        let lines = grid.lines(), roles = grid.roleLines()
        let i = try #require(lines.firstIndex { $0.contains(text) }, "no line with \(text)")
        return (lines[i], roles[i])
    }

    @Test func eightShowsTheProvidersWithTheirWaitingTimes() throws {
        var d = try Self.driver(width: 160, height: 48)
        #expect(d.shell.tab == .providers)
        let grid = d.render()
        let text = grid.text()
        #expect(text.contains("Providers 4"))
        #expect(text.contains("3 waiting") && text.contains("1 over their norm"))
        let (zorg, _) = try line(grid, "Zorgkring Oosterveld")
        // Waiting 2: median 20 days (3 wk), longest 60 days (9 wk, past 6), started 1 at 20 days (3 wk), norm 6 wk.
        #expect(zorg.contains("Wmo") && zorg.contains("⚠ 9 wk") && zorg.contains("6 wk"), "\(zorg)")
        let (brug, _) = try line(grid, "Jeugdhulp De Brug")
        #expect(brug.contains("Jeugdwet") && !brug.contains("⚠"), "\(brug)")
        #expect(text.contains("Thuishulp Noord (no longer used)"))
        #expect(!text.contains("\t"))
        d.press(.char("q"))
    }

    @Test func pastTheNormIsInTheWarningColour() throws {
        let d = try Self.driver(width: 160, height: 48)
        let grid = d.render()
        let lines = grid.lines()
        let y = try #require(lines.firstIndex { $0.contains("Zorgkring Oosterveld") })
        let x = try #require(lines[y].range(of: "⚠").map { lines[y].distance(from: lines[y].startIndex, to: $0.lowerBound) })
        #expect(grid[x, y].style.role == .warning || grid[x, y].style.role == .selection)
        let brugY = try #require(lines.firstIndex { $0.contains("Jeugdhulp De Brug") })
        #expect(!(0..<grid.width).contains { grid[$0, brugY].style.role == .warning })
    }

    @Test func enterShowsAProvidersProductsAndFTheProvidersOfOneLaw() throws {
        var d = try Self.driver(width: 160, height: 48)
        // The list is by name: Jeugdhulp De Brug, Thuishulp Noord, Zorgkring Oosterveld, then the Arabic name.
        let zorg = try #require(Self.overview.firstIndex { $0.provider.id == 1 })
        for _ in 0..<zorg { d.press(.down) }
        d.press(.enter)
        var text = d.render().text()
        #expect(text.contains("02/02A01 Individuele begeleiding") && text.contains("04/04A02 Dagbesteding"))
        let (product, _) = try line(d.render(), "02/02A01")
        #expect(product.contains("⚠ 9 wk"), "\(product)")
        d.press(.enter)
        #expect(!d.render().text().contains("02/02A01"))

        d.press(.char("f"))
        text = d.render().text()
        #expect(text.contains("Providers 3 (Wmo)") && !text.contains("Jeugdhulp De Brug"))
        #expect(text.contains("Zorg"), "a provider under both laws is under either")
        d.press(.char("f"))
        text = d.render().text()
        #expect(text.contains("Providers 2 (Jeugdwet)") && !text.contains("Zorgkring Oosterveld"))
        d.press(.char("f"))
        #expect(d.render().text().contains("Providers 4"))
    }

    @Test func itFitsEightyByTwentyFourAndAnEmptyCatalogueSaysHowToFillIt() throws {
        var d = try Self.driver(width: 80, height: 24)
        let lines = d.render().lines()
        #expect(lines.count == 24 && lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
        let zorg = try #require(lines.first { $0.contains("Zorgkring") })
        #expect(zorg.contains("⚠ 9 wk") && zorg.contains("6 wk"), "\(zorg)")
        var empty = try Sample.snapshot(d.store)
        empty.providers = []
        d.send(.snapshot(empty))
        #expect(d.render().text().contains("No providers yet"))
    }

    @Test func snapshots() throws {
        var d = try Self.driver(width: 80, height: 24)
        expectSnapshot(d.render(), named: "providers-80x24")
        d = try Self.driver(width: 160, height: 48)
        d.press(.enter)
        expectSnapshot(d.render(), named: "providers-160x48")
        d.press(.char("T"))  // the mono theme: the mark past the norm stays
        #expect(d.render().text().contains("⚠"))
    }

    @Test func dutch() throws {
        try Language.$scoped.withValue(.nl) {
            let d = try Self.driver(width: 160, height: 48)
            let text = d.render().text()
            #expect(text.contains("Aanbieders 4") && text.contains("boven hun norm") && text.contains("Mediaan"))
        }
    }
}
