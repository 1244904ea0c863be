import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// The carer's load on the network list, the ecogram and in the tie form: long and intensive
/// (↻, the SCP's more than 8 hours a week for more than 3 months) told apart from felt as heavy (⚠).
@Suite struct CarerLoadScreenTests {
    static let store = try! Sample.store()

    func list(_ id: Int, width: Int = 160, height: Int = 30) throws -> String {
        var screen = NetworkScreen()
        _ = screen.show(householdID: id)
        screen.loaded(try Self.store.household(id: id))
        screen.toggleMode()
        var grid = Grid(width: width, height: height)
        screen.render(into: &grid, area: Rect(x: 0, y: 0, width: width, height: height), today: Sample.today, privacy: false)
        return grid.lines().joined(separator: "\n")
    }

    func row(_ text: String, _ name: String) throws -> String {
        try #require(text.split(separator: "\n").first { $0.contains(name) }.map(String.init))
    }

    @Test func theListShowsHoursSinceAndTheState() throws {
        // Hendriks: long and intensive, feels it heavy and exhausted.
        let wilma = try row(list(5), "Wilma Hendriks")
        for part in ["28u/wk", "since 01-09-18", "↻ long & intensive", "⚠ feels it heavy 5/5", "⚠ exhausted"] {
            #expect(wilma.contains(part), "\(part) missing: \(wilma)")
        }
        // Şahin: 10 hours a week for two years, not felt as heavy.
        let emine = try row(list(25), "Emine Şahin")
        #expect(emine.contains("10u/wk") && emine.contains("since 01-09-24") && emine.contains("↻ long & intensive"), "\(emine)")
        #expect(!emine.contains("⚠"), "\(emine)")
        // Bakker: 8 hours (not intensive) but felt as heavy.
        let els = try row(list(3), "Els Bakker")
        #expect(els.contains("8u/wk") && els.contains("⚠ feels it heavy 4/5"), "\(els)")
        #expect(!els.contains("↻"), "\(els)")
    }

    @Test func aNarrowListKeepsTheStateWholeInGlyphs() throws {
        // 80 columns: no room for the words, so the map's glyphs, never a state cut off.
        let wilma = try row(list(5, width: 80, height: 24), "Wilma Hendriks")
        #expect(wilma.contains("28u/wk") && wilma.contains("↻ L&I") && wilma.contains("⚠ 5/5") && wilma.contains("⚠ exhausted"), "\(wilma)")
        #expect(wilma.split(separator: "28u/wk").last?.contains("…") == false, "\(wilma)")
        // 120 columns: since when fits beside the glyphs.
        let wide = try row(list(5, width: 120, height: 24), "Wilma Hendriks")
        #expect(wide.contains("since 01-09-18") && wide.split(separator: "28u/wk").last?.contains("…") == false, "\(wide)")
    }

    @Test func aLongHostileNameGivesUpTheRelationNotTheState() throws {
        var r = try Self.store.household(id: 5)
        let i = try #require(r.ties.firstIndex { $0.name == "Wilma Hendriks" })
        r.ties[i].name = "Wilma \u{202E}evil\u{202C} 王秀英 👩‍👩‍👧 Zoe\u{301} Oosterhuis"
        var screen = NetworkScreen()
        _ = screen.show(householdID: 5)
        screen.loaded(r)
        screen.toggleMode()
        var grid = Grid(width: 80, height: 24)
        screen.render(into: &grid, area: Rect(x: 0, y: 0, width: 80, height: 24), today: Sample.today, privacy: false)
        let row = try #require(grid.lines().first { $0.contains("Oosterhuis") })
        #expect(row.contains("28u/wk ↻ L&I ⚠ 5/5 ⚠ exhausted"), "\(row)")
        #expect(!row.contains("moeder"), "\(row)")
    }

    @Test func theMapMarksLongAndIntensiveAndHeavyApartInGlyphAndColour() throws {
        func marks(_ id: Int, _ name: String) throws -> [(String, Style)] {
            let t = try #require(try Self.store.household(id: id).ties.first { $0.name == name })
            return Ecogram.marks(t, today: Sample.today)
        }
        let emine = try marks(25, "Emine Şahin")
        #expect(emine.contains { $0.0 == "↻ L&I" && $0.1.role == .loadHigh })
        #expect(!emine.contains { $0.0.hasPrefix("⚠") })
        let els = try marks(3, "Els Bakker")
        #expect(els.contains { $0.0 == "⚠ 4/5" && $0.1.role == .loadOver })
        #expect(!els.contains { $0.0.hasPrefix("↻") })
        // In the mono theme the two differ by their glyph alone, which the legend explains.
        let legend = EcogramText.legend
        #expect(
            legend.contains("↻ L&I long & intensive") && legend.contains("⚠ n/5 carer feels it heavy") && legend.contains("⚠ exhausted"))
        #expect(!legend.contains("overloaded"))
    }

    @Test func theMapOfHendriksHoldsEveryMarkWhole() throws {
        let r = try Self.store.household(id: 5)
        let boxes = try #require(
            Ecogram.layout(r, area: Rect(x: 0, y: 3, width: 160, height: 45), today: Sample.today, privacy: false, regisseur: nil))
        var grid = Grid(width: 160, height: 48)
        Ecogram.render(boxes, into: &grid, selectedTie: nil, selectedMember: nil, ties: r.ties)
        let text = grid.lines().joined(separator: "\n")
        for part in ["28u/wk", "22u/wk", "↻ L&I", "⚠ 5/5", "⚠ 4/5", "⚠ exhausted"] { #expect(text.contains(part), "\(part) missing") }
        // The network screen's header carries the legend.
        var d = try Sample.shell(width: 160, height: 48)
        d.selectCard(ofHousehold: 5)
        d.press(.char("n"))
        #expect(d.render().lines().joined(separator: "\n").contains("↻ L&I long & intensive"))
    }

    @Test func theFormAsksSinceAndHowHeavyAndRefusesSixKeepingWhatWasTyped() throws {
        var d = try Sample.shell(width: 100, height: 30)
        d.selectCard(ofHousehold: 7)
        d.press(.char("n"), .char("a"))
        let form = d.render().lines().joined(separator: "\n")
        #expect(form.contains("Caring since") && form.contains("How heavy (1–5)"))
        d.type("Dochter Ans")
        d.press(.down, .down, .down, .down, .down)  // relation, sector, strength, support, hours
        d.type("12")
        d.press(.down)
        d.type("2025-01-15")
        #expect(d.render().lines().joined().contains("→ Wed 15 Jan 2025"))
        d.press(.down)
        d.type("6")
        d.press(.enter)
        #expect(d.shell.isDialogOpen)
        let refused = d.render().lines().joined(separator: "\n")
        #expect(refused.contains("how heavy the care feels is 1 to 5, not 6"))
        #expect(refused.contains("Dochter Ans") && refused.contains("2025-01-15") && refused.contains("12"))
        #expect(try !d.store.household(id: 7).ties.contains { $0.name == "Dochter Ans" })
        d.press(.backspace)
        d.type("4")
        // The answer in words beside it.
        let answer = try #require(d.render().lines().first { $0.contains("How heavy (1–5)") })
        #expect(answer.split(separator: "(1–5)").last?.contains("heavy") == true, "\(answer)")
        d.press(.enter)
        #expect(!d.shell.isDialogOpen)
        let ans = try #require(try d.store.household(id: 7).ties.first { $0.name == "Dochter Ans" })
        #expect(ans.carerHoursPerWeek == 12 && ans.carerSince == Day("2025-01-15") && ans.carerBurden == 4)
    }

    @Test func aSinceThatIsNoDateStaysOnTheField() throws {
        var d = try Sample.shell(width: 100, height: 30)
        d.selectCard(ofHousehold: 7)
        d.press(.char("n"), .char("a"))
        d.type("Oom Kees")
        d.press(.down, .down, .down, .down, .down, .down)
        d.type("sometime")
        d.press(.enter)
        #expect(d.shell.isDialogOpen)
        #expect(d.render().lines().joined().contains("'sometime' is not a date"))
    }
}
