import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

@Suite struct EcogramTests {
    static let store = try! Sample.store()
    static let households = try! (1...46).map { try store.household(id: $0) }

    /// Every sample household, at 80×24 and 120×40: the map (or the list it falls back to)
    /// holds every name whole, no box overlaps another, nothing is cut at a border.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func everyHouseholdFitsWithoutCutNames(size: Size) throws {
        let area = Rect(x: 0, y: 3, width: size.width, height: size.height - 3) // below tabs and header, above the status bar
        var mapped = 0
        for r in Self.households {
            for privacy in [false, true] {
                guard let boxes = Ecogram.layout(r, area: area, today: Sample.today, privacy: privacy, regisseur: "Daan Verhoef") else {
                    try expectListHoldsNames(r, size: size, privacy: privacy)
                    continue
                }
                mapped += 1
                for (i, a) in boxes.enumerated() {
                    #expect(area.contains(a.rect), "household \(r.household.id): box \(a.title) outside the area")
                    for b in boxes[(i + 1)...] { #expect(!a.rect.intersects(b.rect), "household \(r.household.id): \(a.title) overlaps \(b.title)") }
                    #expect(a.lines.count <= a.rect.height - 2, "household \(r.household.id): \(a.title) cut at the bottom")
                    for line in a.lines {
                        let w = line.segments.reduce(0) { $0 + TextWidth.width(of: $1.0) }
                        #expect(w <= a.rect.width - 2, "household \(r.household.id): a line of \(a.title) is cut: \(line.segments.map(\.0).joined())")
                    }
                }
                // Every name whole: the words of a tie's (or member's) lines, joined, contain the name.
                let connectors = Set(TieStrength.allCases.map { NetworkScreen.strengthGlyph($0).0 })
                func text(_ pick: (Ecogram.Line) -> Bool) -> String {
                    boxes.flatMap(\.lines).filter(pick).flatMap { $0.segments.map(\.0).filter { !connectors.contains($0) } }.joined(separator: " ")
                        .split(separator: " ").joined(separator: " ")
                }
                for t in r.ties {
                    let name = Format.name(t.name, privacy: privacy && !t.isOrganisation)
                    #expect(text { $0.tieID == t.id }.contains(name), "household \(r.household.id): \(name) not whole")
                }
                // Members who moved out are not on the map.
                for p in r.household.currentMembers {
                    let name = Format.name(p.name, privacy: privacy)
                    #expect(text { $0.memberID == p.id }.contains(name), "household \(r.household.id): \(name) not whole")
                }
            }
        }
        // The map is the rule at these sizes, the list the exception.
        #expect(mapped >= Self.households.count * 2 * 9 / 10, "only \(mapped) maps")
    }

    func expectListHoldsNames(_ r: HouseholdRecord, size: Size, privacy: Bool) throws {
        var screen = NetworkScreen()
        _ = screen.show(householdID: r.household.id)
        screen.loaded(r)
        screen.toggleMode() // the list, which the screen falls back to
        var grid = Grid(size: size)
        screen.render(into: &grid, area: Rect(x: 0, y: 0, width: size.width, height: size.height), today: Sample.today, privacy: privacy)
        let text = grid.lines().joined(separator: "\n")
        // Rows scrolled out of view are not cut; every row on screen holds its whole name.
        for t in r.ties where text.contains(String(Format.name(t.name, privacy: privacy && !t.isOrganisation).prefix(6))) {
            #expect(text.contains(Format.name(t.name, privacy: privacy && !t.isOrganisation)), "household \(r.household.id): \(t.name) cut in the list")
        }
    }

    @Test func theCJKAndDiacriticNamesAreDrawnWhole() throws {
        let wang = try Self.store.household(id: 9)
        let boxes = try #require(Ecogram.layout(wang, area: Rect(x: 0, y: 3, width: 80, height: 21), today: Sample.today, privacy: false, regisseur: nil))
        var grid = Grid(width: 80, height: 24)
        Ecogram.render(boxes, into: &grid, selectedTie: nil, selectedMember: nil, ties: wang.ties)
        let screen = grid.lines().joined(separator: "\n")
        #expect(screen.contains("王秀英"))
        #expect(screen.contains("(Wang"))
    }

    func networkShell(_ id: Int, width: Int, height: Int, theme: String? = nil) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        d.selectCard(ofHousehold: id)
        d.press(.char("n"))
        #expect(d.shell.network.record?.household.id == id)
        return d
    }

    @Test func snapshotsOfTheEcogram() throws {
        // Twelve ties (Yılmaz), an exhausted mantelzorger, no ties at all.
        let twelve = try #require(Self.households.first { $0.ties.count == 12 })
        let exhausted = try #require(Self.households.first { $0.ties.contains(where: \.exhausted) })
        var d = try networkShell(twelve.household.id, width: 120, height: 40)
        expectSnapshot(d.render(), named: "network-12-ties-120x40")
        d = try networkShell(twelve.household.id, width: 80, height: 24)
        expectSnapshot(d.render(), named: "network-12-ties-80x24")
        d = try networkShell(exhausted.household.id, width: 100, height: 30)
        expectSnapshot(d.render(), named: "network-exhausted-carer-100x30")
        d.press(.char("v"))
        expectSnapshot(d.render(), named: "network-exhausted-carer-list-100x30")
    }

    @Test func aHouseholdWithoutTiesSaysSo() throws {
        var r = Self.households[0]
        r.ties = []
        let boxes = try #require(Ecogram.layout(r, area: Rect(x: 0, y: 0, width: 100, height: 27), today: Sample.today, privacy: false, regisseur: nil))
        var grid = Grid(width: 100, height: 27)
        Ecogram.render(boxes, into: &grid, selectedTie: nil, selectedMember: nil)
        expectSnapshot(grid, named: "network-no-ties-100x27")
        #expect(boxes.dropFirst().allSatisfy { $0.lines.map { $0.segments.map(\.0).joined() } == ["none"] })
    }

    /// In the mono theme (no colour) the five strengths stay apart: by their characters, and
    /// the one-character line across the gap to the middle by itself.
    @Test func strengthsDifferInMono() throws {
        let mono = try Theme.load(contentsOf: Sample.repoRoot.appendingPathComponent("themes/mono.toml"))
        let drawn = TieStrength.allCases.map { s -> String in
            let (glyph, role, attrs) = NetworkScreen.strengthGlyph(s)
            return glyph + "\(mono.resolve(Style(role, attrs), colors: 0).attributes)"
        }
        #expect(Set(drawn).count == TieStrength.allCases.count)
        let middles = TieStrength.allCases.map { Array(NetworkScreen.strengthGlyph($0).0)[1] }
        #expect(Set(middles).count == TieStrength.allCases.count)
    }
}

extension Rect {
    func contains(_ r: Rect) -> Bool { r.x >= x && r.y >= y && r.maxX <= maxX && r.maxY <= maxY }
    func intersects(_ r: Rect) -> Bool { r.x < maxX && x < r.maxX && r.y < maxY && y < r.maxY }
}

@Suite struct TieEditingTests {
    func network(_ id: Int = 7) throws -> ShellDriver {
        var d = try Sample.shell(width: 100, height: 30)
        d.selectCard(ofHousehold: id)
        d.press(.char("n"))
        #expect(d.shell.network.record?.household.id == id)
        return d
    }

    func ties(_ d: ShellDriver, _ id: Int = 7) throws -> [NetworkTie] { try d.store.household(id: id).ties }

    @Test func addANeighbourWhoHelpsWithShoppingAndUndo() throws {
        var d = try network()
        let before = try ties(d).count
        d.press(.char("a"))
        d.type("Buurman Joop")
        d.press(.down)
        d.type("helps with shopping")
        d.press(.down, .down, .right) // sector stays friends & neighbours; strength normal → weak
        d.press(.down)
        d.type("p")
        d.press(.enter)
        let joop = try #require(try ties(d).first { $0.name == "Buurman Joop" })
        #expect(joop.strength == .weak && joop.support == [.practical] && joop.sector == .friendsNeighbours)
        #expect(d.shell.network.selectedTie?.id == joop.id)
        let screen = d.render().lines().joined(separator: "\n")
        #expect(screen.contains("Buurman Joop P"))
        #expect(screen.contains("┄┄┄"))
        d.press(.char("u"))
        #expect(try ties(d).count == before)
        #expect(d.shell.network.record?.ties.contains { $0.name == "Buurman Joop" } == false)
    }

    @Test func changeAndRemoveATieWithUndo() throws {
        var d = try network()
        d.press(.down, .down, .down, .down, .down) // past the members to a tie
        let t = try #require(d.shell.network.selectedTie)
        d.press(.char("e"))
        d.press(.down, .down, .down, .right) // strength one step on
        d.press(.enter)
        let changed = try #require(try ties(d).first { $0.id == t.id })
        #expect(changed.strength != t.strength)
        d.press(.char("u"))
        #expect(try ties(d).first { $0.id == t.id }?.strength == t.strength)
        // Remove asks first; n keeps it, y removes it; u puts it back.
        d.press(.char("x"), .char("n"))
        #expect(try ties(d).contains { $0.id == t.id })
        d.press(.char("x"), .char("y"))
        #expect(!(try ties(d).contains { $0.id == t.id }))
        d.press(.char("u"))
        let back = try #require(try ties(d).first { $0.name == t.name })
        #expect(back.strength == t.strength && back.support == t.support && back.relation == t.relation)
    }

    @Test func aFormWithoutANameStaysOpen() throws {
        var d = try network()
        d.press(.char("a"), .enter)
        #expect(d.shell.isDialogOpen)
        #expect(d.render().lines().joined().contains("a tie needs a name"))
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
    }
}
