import Testing
@testable import TerminalKit

/// Compares a grid with expected text and role lines (trailing empty lines ignored).
func expectSnapshot(_ grid: Grid, text: String, roles: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    func trimmed(_ lines: [String]) -> [String] {
        var l = lines
        while l.last == "" { l.removeLast() }
        return l
    }
    let expectedText = trimmed(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    let expectedRoles = trimmed(roles.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    let actualText = trimmed(grid.lines())
    let actualRoles = trimmed(grid.roleLines())
    #expect(actualText == expectedText, sourceLocation: sourceLocation)
    #expect(actualRoles == expectedRoles, sourceLocation: sourceLocation)
    if actualText != expectedText || actualRoles != expectedRoles {
        print("---- actual text\n" + actualText.joined(separator: "\n") + "\n---- actual roles\n"
              + actualRoles.joined(separator: "\n") + "\n----")
    }
}

enum Fixtures {
    static let tabs = ["Board", "Triage", "Network", "Household", "Meeting", "Help"]

    static let unassigned: [ListItem] = [
        ListItem(segments: [("! ", Style(.flagSafety)), ("Fam. Yılmaz", .normal), ("  12d", Style(.muted))]),
        ListItem(segments: [("O ", Style(.flagOutreaching)), ("Dhr. de Vries", .normal), ("  3d", Style(.muted))]),
        ListItem(segments: [("P ", Style(.flagPreventive)), ("Mw. Nguyễn", .normal), ("  1d", Style(.muted))]),
    ]

    static func caseload(_ names: [String]) -> [ListItem] {
        names.enumerated().map { i, name in
            ListItem(segments: [i % 3 == 0 ? ("B ", Style(.flagDiscussion)) : ("  ", .normal), (name, .normal)])
        }
    }

    static let zoe = caseload(["Fam. Bakker", "Dhr. Jansen", "Zoë & Łukasz Kowalski", "Mw. Öztürk",
                               "Fam. 山田 (Yamada)", "Dhr. Smit"])
    static let lukasz = caseload((1...30).map { "Huishouden \($0)" })

    static let status = StatusBar(
        left: [(" Fatima ", Style(.statusAccent)), (" teamleider · wijkteam.db · Board", Style(.status))],
        right: [("● live ", Style(.status))])

    /// A board-like screen: tabs, title, one column per regisseur, status bar.
    static func board(width: Int, height: Int, columns: Int) -> Grid {
        var g = Grid(width: width, height: height)
        let (top, rest) = g.bounds.splitTop(1)
        Tabs(titles: tabs, selected: 0).render(into: &g, area: top)
        let (titleRow, body) = rest.splitTop(1)
        TextLine("Caseload — Wijk Noord", style: Style(.title), alignment: .center)
            .render(into: &g, area: titleRow)
        let (main, statusRow) = body.splitBottom(1)
        let cols = main.columns(columns, gap: 1)
        let heads: [(String, [ListItem], Int?, Role)] = [
            ("Niet toegewezen (3)", unassigned, 0, .unassigned),
            ("Zoë 14/18", zoe, nil, .loadOK),
            ("Łukasz 30/18", lukasz, 25, .loadOver),
            ("Daan 16/18", caseload(["Dhr. Visser"]), nil, .loadHigh),
        ]
        for (i, col) in cols.enumerated() {
            let (title, items, selected, role) = heads[i % heads.count]
            let panel = Panel(title: title, titleStyle: Style(role), focused: i == 0)
            panel.render(into: &g, area: col)
            ListView(items: items, selected: selected, offset: 0).render(into: &g, area: panel.inner(col))
        }
        status.render(into: &g, area: statusRow)
        return g
    }

    static let suggestions = [
        PickerItem(title: "Zoë Bakker      14/18", detail: "knows the family from 2024 · speaks Turkish"),
        PickerItem(title: "Daan de Wit     16/18", detail: "has room: 16/18"),
        PickerItem(title: "Łukasz Nowak    30/18", detail: "overloaded", style: Style(.loadOver)),
        PickerItem(title: "Sanne Jansen     2/12 (new)"),
    ]

    static func picker(width: Int, height: Int, selected: Int, filter: String = "") -> Grid {
        var g = board(width: width, height: height, columns: width >= 120 ? 4 : 3)
        let p = Picker(title: "Assign Fam. Yılmaz to", items: suggestions, selected: selected, filter: filter,
                       footer: "Enter assign · Esc cancel")
        let area = Picker.area(in: g.bounds, preferredWidth: 56, preferredHeight: p.preferredSize.height)
        p.render(into: &g, area: area)
        return g
    }

    static let commands = CommandTable([
        Command(id: "app.help", name: "help", keys: [.char("?")], help: "Show all keys and the glossary",
                scopes: ["global"], category: "General"),
        Command(id: "app.palette", name: "palette", keys: [.char(":"), .char(" ")],
                help: "Run a command by name", scopes: ["global"], category: "General"),
        Command(id: "app.quit", name: "quit", keys: [.char("q"), .ctrl("c")], help: "Back; quit on the board",
                scopes: ["global"], category: "General"),
        Command(id: "board.left", name: "left", keys: [.char("h"), .left], help: "Previous column",
                scopes: ["board"], category: "Navigation"),
        Command(id: "board.right", name: "right", keys: [.char("l"), .right], help: "Next column",
                scopes: ["board"], category: "Navigation"),
        Command(id: "board.assign", name: "assign", keys: [.char("a")],
                help: "Assign the case to a regisseur (suggestions ranked, with reasons)",
                scopes: ["board"], category: "Cases"),
        Command(id: "board.outreach", name: "flag outreaching", keys: [.char("o")],
                help: "Flag an outreaching follow-up with a due date", scopes: ["board"], category: "Cases"),
        Command(id: "board.undo", name: "undo", keys: [.char("u")], help: "Undo the last change",
                scopes: ["board"], category: "Cases"),
    ])

    static func help(width: Int, height: Int) -> Grid {
        var g = Grid(width: width, height: height)
        let (main, statusRow) = g.bounds.splitBottom(1)
        let panel = Panel(title: "Help — Board", focused: true)
        panel.render(into: &g, area: main)
        let (filterRow, tableArea) = panel.inner(main).inset(top: 0, left: 1, bottom: 0, right: 1).splitTop(2)
        var input = TextInput(text: "as", placeholder: "filter")
        input.cursor = 1
        input.render(into: &g, area: Rect(x: filterRow.x, y: filterRow.y, width: 20, height: 1))
        HelpTable(commands: commands.commands(in: "board"), headings: ["Keys", "Command", "What it does"])
            .render(into: &g, area: tableArea)
        StatusBar(left: [(" ? help  q back", Style(.status))], right: [("Wijkteam ", Style(.statusAccent))])
            .render(into: &g, area: statusRow)
        return g
    }
}

/// The kit's tests name scopes by their text; the app declares typed ones.
extension CommandScope: ExpressibleByStringLiteral {
    public init(stringLiteral name: String) { self.init(name) }
}
