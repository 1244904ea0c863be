import Testing
@testable import TerminalKit

/// Every widget at sizes where nothing fits: nothing may crash, and nothing may be drawn
/// outside the area or the grid.
@Suite("Tiny sizes never crash")
struct TinySizeTests {
    static let sizes: [Size] = [
        Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 5, height: 2),
        Size(width: 2, height: 1), Size(width: 1, height: 5), Size(width: 3, height: 3),
        Size(width: 7, height: 4),
    ]

    typealias Renderer = @Sendable (inout Grid, Rect) -> Void

    static let widgets: [(String, Renderer)] = [
        ("TextLine", { TextLine("Zoë 日本 Łukasz", style: Style(.title), alignment: .center).render(into: &$0, area: $1) }),
        ("TextBlock", { TextBlock(["Zoë", "日本語のテキスト"]).render(into: &$0, area: $1) }),
        ("ListView", { ListView(items: Fixtures.lukasz, selected: 17, offset: 3).render(into: &$0, area: $1) }),
        ("ListView empty", { ListView(items: [], selected: 3, offset: -2).render(into: &$0, area: $1) }),
        ("ListView bad selection", { ListView(items: Fixtures.zoe, selected: 99, offset: 99).render(into: &$0, area: $1) }),
        ("Panel", { Panel(title: "Niet toegewezen", focused: true).render(into: &$0, area: $1) }),
        ("Panel no title", { Panel().render(into: &$0, area: $1) }),
        ("StatusBar", { Fixtures.status.render(into: &$0, area: $1) }),
        ("StatusBar empty", { StatusBar(left: [], right: []).render(into: &$0, area: $1) }),
        ("Tabs", { Tabs(titles: Fixtures.tabs, selected: 4).render(into: &$0, area: $1) }),
        ("Tabs bad selection", { Tabs(titles: Fixtures.tabs, selected: -3).render(into: &$0, area: $1) }),
        ("Tabs empty", { Tabs(titles: [], selected: 0).render(into: &$0, area: $1) }),
        ("Picker", { Picker(title: "Assign", items: Fixtures.suggestions, selected: 2, filter: "",
                            footer: "Enter · Esc").render(into: &$0, area: $1) }),
        ("Picker no match", { Picker(title: "Assign", items: Fixtures.suggestions, selected: 7, filter: "qqq")
            .render(into: &$0, area: $1) }),
        ("Picker empty", { Picker(title: "", items: [], selected: -1).render(into: &$0, area: $1) }),
        ("TextInput", { TextInput(text: "Zoë 日本 Łukasz").render(into: &$0, area: $1) }),
        ("TextInput wide cursor", {
            var t = TextInput(text: "日本")
            t.cursor = 1
            t.render(into: &$0, area: $1)
        }),
        ("TextInput placeholder", { TextInput(placeholder: "zoeken").render(into: &$0, area: $1) }),
        ("HelpTable", { HelpTable(commands: Fixtures.commands.commands, headings: ["Keys", "Command", "What"], offset: 3)
            .render(into: &$0, area: $1) }),
        ("HelpTable empty", { HelpTable(sections: []).render(into: &$0, area: $1) }),
        ("TooSmallMessage", { TooSmallMessage(minimum: Size(width: 80, height: 24)).render(into: &$0, area: $1) }),
        ("Board", { g, r in
            let cols = r.columns(3, gap: 1)
            for c in cols {
                let p = Panel(title: "Zoë")
                p.render(into: &g, area: c)
                ListView(items: Fixtures.zoe, selected: 2).render(into: &g, area: p.inner(c))
            }
        }),
    ]

    @Test(arguments: TinySizeTests.sizes)
    func everyWidgetFits(_ size: Size) {
        for (name, render) in Self.widgets {
            // The whole grid.
            var g = Grid(size: size)
            render(&g, g.bounds)
            #expect(g.width == size.width && g.height == size.height, "\(name)")
            #expect(g.lines().allSatisfy { TextWidth.width(of: $0) <= size.width }, "\(name) at \(size)")
            // An area sticking out of the grid on every side.
            var h = Grid(size: size)
            render(&h, Rect(x: -2, y: -1, width: size.width + 5, height: size.height + 3))
            #expect(h.lines().allSatisfy { TextWidth.width(of: $0) <= size.width }, "\(name) at \(size)")
            // An empty area draws nothing.
            var e = Grid(size: size)
            render(&e, Rect(x: 0, y: 0, width: 0, height: size.height))
            #expect(e == Grid(size: size), "\(name) at \(size)")
        }
    }

    @Test func widgetsStayInsideTheirArea() {
        for (name, render) in Self.widgets {
            var g = Grid(width: 30, height: 12)
            let area = Rect(x: 4, y: 3, width: 9, height: 4)
            render(&g, area)
            for y in 0..<g.height {
                for x in 0..<g.width where !area.contains(Point(x: x, y: y)) {
                    #expect(g[x, y] == .blank, "\(name) drew outside its area at (\(x), \(y))")
                }
            }
        }
    }

    @Test func oneByOneTooSmall() {
        var g = Grid(width: 1, height: 1)
        TooSmallMessage(minimum: Size(width: 80, height: 24)).render(into: &g, area: g.bounds)
        #expect(g.lines() == ["…"])
        var z = Grid(width: 0, height: 0)
        TooSmallMessage(minimum: Size(width: 80, height: 24)).render(into: &z, area: z.bounds)
        #expect(z.lines() == [])
    }
}
