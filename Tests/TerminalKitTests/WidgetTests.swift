import Testing
@testable import TerminalKit

@Suite("Widgets, small and exact")
struct WidgetTests {
    // MARK: TextLine

    @Test func textLineAlignment() {
        var g = Grid(width: 10, height: 4)
        TextLine("Zoë", style: Style(.title)).render(into: &g, area: Rect(x: 0, y: 0, width: 10, height: 1))
        TextLine("Zoë", style: Style(.title), alignment: .center).render(into: &g, area: Rect(x: 0, y: 1, width: 10, height: 1))
        TextLine("Zoë", style: Style(.title), alignment: .right).render(into: &g, area: Rect(x: 0, y: 2, width: 10, height: 1))
        TextLine("Zoë 日本 Łukasz", style: Style(.muted), alignment: .center).render(into: &g, area: Rect(x: 2, y: 3, width: 6, height: 1))
        #expect(g.lines() == ["Zoë", "   Zoë", "       Zoë", "  Zoë …"])
        #expect(g.roleLines() == ["TTT", "...TTT", ".......TTT", "..mmmmm"])
        var f = Grid(width: 6, height: 1)
        TextLine("ab", style: Style(.status), alignment: .left, fillRow: true).render(into: &f, area: f.bounds)
        #expect(f.roleLines() == ["SSSSSS"])
    }

    @Test func textBlockWraps() {
        #expect(TextBlock.wrap("Eén gezin, één plan, één regisseur", width: 12)
                == ["Eén gezin,", "één plan,", "één", "regisseur"])
        #expect(TextBlock.wrap("ondersteuningsplan", width: 8) == ["onderste", "uningspl", "an"])
        #expect(TextBlock.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextBlock.wrap("日本語 テキスト", width: 5) == ["日本", "語", "テキ", "スト"])
        #expect(TextBlock.wrap("anything", width: 0) == [])
        var g = Grid(width: 10, height: 2)
        TextBlock(["one", "two", "three"], style: Style(.muted)).render(into: &g, area: g.bounds)
        #expect(g.lines() == ["one", "two"])
    }

    // MARK: ListView

    @Test func listOffsetKeepsTheSelectionVisibleWithMinimalScrolling() {
        // 10 items, 4 rows: with items hidden below, 3 rows show items and 1 the hint.
        #expect(ListView.offset(selected: 0, count: 10, height: 4, current: 0) == 0)
        #expect(ListView.offset(selected: 2, count: 10, height: 4, current: 0) == 0)
        #expect(ListView.offset(selected: 3, count: 10, height: 4, current: 0) == 1)
        #expect(ListView.offset(selected: 5, count: 10, height: 4, current: 1) == 3)
        #expect(ListView.offset(selected: 8, count: 10, height: 4, current: 0) == 6)
        #expect(ListView.offset(selected: 9, count: 10, height: 4, current: 0) == 6)
        #expect(ListView.offset(selected: 4, count: 10, height: 4, current: 3) == 3)   // visible: no scroll
        #expect(ListView.offset(selected: 1, count: 10, height: 4, current: 5) == 1)   // up: selection at top
        #expect(ListView.offset(selected: nil, count: 10, height: 4, current: 99) == 6)
        #expect(ListView.offset(selected: 3, count: 3, height: 4, current: 2) == 0)    // all fit
        #expect(ListView.offset(selected: 0, count: 0, height: 4, current: 5) == 0)
        #expect(ListView.offset(selected: 5, count: 10, height: 0, current: 5) == 0)
        #expect(ListView.offset(selected: 5, count: 10, height: 1, current: 0) == 5)   // no hint in 1 row
        #expect(ListView.offset(selected: -4, count: 10, height: 4, current: 3) == 0)
    }

    @Test func listRendersSelectionAndHint() {
        let items = (1...10).map { ListItem(segments: [("#\($0) ", Style(.muted)), ("item", .normal)]) }
        var g = Grid(width: 12, height: 4)
        ListView(items: items, selected: 1, offset: 0).render(into: &g, area: g.bounds)
        #expect(g.lines() == ["#1 item", "#2 item", "#3 item", "↓ 7 more"])
        #expect(g.roleLines() == ["mmm", "ssssssssssss", "mmm", "mmmmmmmm"])
        var h = Grid(width: 12, height: 4)
        ListView(items: items, selected: 9, offset: 0).render(into: &h, area: h.bounds)
        #expect(h.lines() == ["#7 item", "#8 item", "#9 item", "#10 item"])
        #expect(h.roleLines() == ["mmm", "mmm", "mmm", "ssssssssssss"])
    }

    @Test func listTruncatesLongRows() {
        let items = [ListItem(segments: [("! ", Style(.flagSafety)), ("Zoë 日本 Łukasz", .normal)])]
        var g = Grid(width: 8, height: 2)
        ListView(items: items, selected: nil).render(into: &g, area: g.bounds)
        #expect(g.lines() == ["! Zoë …", ""])     // "! Zoë 日…" would take 9 cells
        #expect(g.roleLines() == ["!!", ""])
    }

    // MARK: Panel

    @Test func panelBoxAndTitle() {
        var g = Grid(width: 12, height: 4)
        let p = Panel(title: "Zoë")
        p.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["┌─ Zoë ────┐", "│          │", "│          │", "└──────────┘"])
        #expect(g.roleLines() == ["bbTTTTTbbbbb", "b..........b", "b..........b", "bbbbbbbbbbbb"])
        #expect(p.inner(g.bounds) == Rect(x: 1, y: 1, width: 10, height: 2))
        var f = Grid(width: 12, height: 3)
        Panel(title: "Een heel lange titel", focused: true).render(into: &f, area: f.bounds)
        #expect(f.lines() == ["┏━ Een h… ━┓", "┃          ┃", "┗━━━━━━━━━━┛"])
        #expect(f[3, 0].style == Style(.title, .bold))
    }

    @Test func panelDegenerateSizes() {
        var row = Grid(width: 8, height: 1)
        Panel(title: "Ab").render(into: &row, area: row.bounds)
        #expect(row.lines() == [" Ab ────"])
        var col = Grid(width: 1, height: 3)
        Panel(title: "Ab").render(into: &col, area: col.bounds)
        #expect(col.lines() == ["│", "│", "│"])
        var two = Grid(width: 2, height: 2)
        Panel(title: "Ab").render(into: &two, area: two.bounds)
        #expect(two.lines() == ["┌┐", "└┘"])
        #expect(Panel().inner(two.bounds).isEmpty)
        var one = Grid(width: 1, height: 1)
        Panel(title: "Ab", focused: true).render(into: &one, area: one.bounds)
        #expect(one.lines() == ["━"])
    }

    // MARK: StatusBar

    @Test func statusBarFitsAndTruncatesLeftFirst() {
        let bar = StatusBar(left: [(" Fatima ", Style(.statusAccent)), ("Board", Style(.status))],
                            right: [("live ", Style(.status))])
        var wide = Grid(width: 24, height: 1)
        bar.render(into: &wide, area: wide.bounds)
        #expect(wide.lines() == [" Fatima Board      live"])
        #expect(wide.roleLines() == ["AAAAAAAASSSSSSSSSSSSSSSS"])
        var narrow = Grid(width: 12, height: 1)
        bar.render(into: &narrow, area: narrow.bounds)
        #expect(narrow.lines() == [" Fati… live"])   // 6 cells of left, a space, 5 of right
        var tiny = Grid(width: 4, height: 1)
        bar.render(into: &tiny, area: tiny.bounds)
        #expect(tiny.lines() == ["liv…"])
        var exact = Grid(width: 19, height: 1)
        bar.render(into: &exact, area: exact.bounds)
        #expect(exact.lines() == [" Fatima Board live"])
    }

    // MARK: Tabs

    @Test func tabsKeepTheSelectionVisible() {
        let tabs = Tabs(titles: ["Board", "Triage", "Network", "Meeting"], selected: 3)
        var g = Grid(width: 40, height: 1)
        tabs.render(into: &g, area: g.bounds)
        #expect(g.lines() == [" Board   Triage   Network   Meeting"])
        #expect(g.roleLines() == ["ttttttt.tttttttt.ttttttttt.*********"])
        var n = Grid(width: 22, height: 1)
        tabs.render(into: &n, area: n.bounds)
        #expect(n.lines() == ["‹  Network   Meeting"])
        #expect(n.roleLines() == ["mmttttttttt.*********"])
        var first = Grid(width: 12, height: 1)
        Tabs(titles: ["Board", "Triage"], selected: 0).render(into: &first, area: first.bounds)
        #expect(first.lines() == [" Board   Tr…"])
    }

    @Test func compactTabsDropTheirPaddingAndSayHowWideTheyAre() {
        var tabs = Tabs(titles: ["1 Board", "2 Triage", "3 Team"], selected: 1)
        #expect(tabs.width == 9 + 10 + 8 + 2)
        tabs.compact = true
        #expect(tabs.width == 7 + 8 + 6 + 4)
        var g = Grid(width: 30, height: 1)
        tabs.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["1 Board  2 Triage  3 Team"])
        #expect(g.roleLines() == ["ttttttt..********..tttttt"])
    }

    // MARK: Picker

    @Test func pickerFiltersCaseAndAccentInsensitively() {
        let items = [PickerItem(title: "Zoë Bakker"), PickerItem(title: "Daan de Wit"),
                     PickerItem(title: "Łukasz Nowak"), PickerItem(title: "Mw. Öztürk")]
        var p = Picker(title: "Kies", items: items, selected: 0, filter: "zoe")
        #expect(p.filteredIndices == [0])
        p.filter = "AA"
        #expect(p.filteredIndices == [1])
        p.filter = "ozt"
        #expect(p.filteredIndices == [3])
        p.filter = "a"
        #expect(p.filteredIndices == [0, 1, 2])
        p.selected = 2
        #expect(p.selectedItemIndex == 2)
        p.move(by: 5)
        #expect(p.selected == 2)
        p.move(by: -1)
        #expect(p.selectedItemIndex == 1)
        p.filter = "xyz"
        #expect(p.selectedItemIndex == nil)
    }

    @Test func pickerBox() {
        let items = [PickerItem(title: "Zoë", detail: "knows the family"), PickerItem(title: "Daan")]
        var g = Grid(width: 24, height: 7)
        let p = Picker(title: "Assign", items: items, selected: 1)
        p.render(into: &g, area: g.bounds)
        #expect(g.lines() == [
            "┏━ Assign ━━━━━━━━━━━━━┓",
            "┃ Filter: type to narr…┃",
            "┃ Zoë                  ┃",
            "┃   knows the family   ┃",
            "┃ Daan                 ┃",
            "┃                      ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━┛",
        ])
        #expect(g.roleLines()[4] == "bssssssssssssssssssssssb")
        var none = Grid(width: 24, height: 5)
        Picker(title: "Assign", items: items, selected: 0, filter: "q").render(into: &none, area: none.bounds)
        #expect(none.lines()[2] == "┃ no matches           ┃")
    }

    @Test func pickerScrollsToTheSelection() {
        let items = (1...8).map { PickerItem(title: "Regisseur \($0)", detail: "reason \($0)") }
        var g = Grid(width: 24, height: 8)   // 5 list rows
        Picker(title: "Kies", items: items, selected: 5).render(into: &g, area: g.bounds)
        #expect(g.lines() == [
            "┏━ Kies ━━━━━━━━━━━━━━━┓",
            "┃ Filter: type to narr…┃",
            "┃ Regisseur 5          ┃",
            "┃   reason 5           ┃",
            "┃ Regisseur 6          ┃",
            "┃   reason 6           ┃",
            "┃ ↓ 2 more             ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━┛",
        ])
        #expect(g.roleLines()[4] == "bssssssssssssssssssssssb")
        var last = Grid(width: 24, height: 8)
        Picker(title: "Kies", items: items, selected: 7).render(into: &last, area: last.bounds)
        #expect(last.lines()[2...6] == ["┃ Regisseur 7          ┃", "┃   reason 7           ┃",
                                        "┃ Regisseur 8          ┃", "┃   reason 8           ┃",
                                        "┃                      ┃"])
    }

    @Test func pickerArea() {
        let bounds = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(Picker.area(in: bounds, preferredWidth: 40, preferredHeight: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(Picker.area(in: Rect(x: 0, y: 0, width: 20, height: 5), preferredWidth: 40, preferredHeight: 10)
                == Rect(x: 0, y: 0, width: 20, height: 5))
    }

    // MARK: TextInput

    @Test func textInputEditing() {
        var t = TextInput()
        for c in "Zoe" { let handled = t.apply(.char(c)); #expect(handled) }
        #expect(t.text == "Zoe" && t.cursor == 3)
        do { let handled = t.apply(.backspace); #expect(handled) }
        do { let handled = t.apply(.char("ë")); #expect(handled) }
        #expect(t.text == "Zoë")
        do { let handled = t.apply(.home); #expect(handled) }
        #expect(t.cursor == 0)
        do { let handled = t.apply(.right); #expect(handled) }
        do { let handled = t.apply(.delete); #expect(handled) }
        #expect(t.text == "Zë" && t.cursor == 1)
        _ = t.apply(.left)
        _ = t.apply(.left)
        #expect(t.cursor == 0)
        do { let handled = t.apply(.backspace); #expect(handled) }                  // at start: handled, nothing happens
        #expect(t.text == "Zë")
        do { let handled = t.apply(.end); #expect(handled) }
        do { let handled = t.apply(.delete); #expect(handled) }                     // at end: nothing happens
        #expect(t.text == "Zë" && t.cursor == 2)
        do { let handled = t.apply(.enter); #expect(!handled) }
        do { let handled = t.apply(.escape); #expect(!handled) }
        do { let handled = t.apply(.up); #expect(!handled) }
        do { let handled = t.apply(.ctrl("c")); #expect(!handled) }
        do { let handled = t.apply(.char("\u{7}")); #expect(!handled) }
    }

    @Test func textInputGraphemeCursor() {
        var t = TextInput(text: "Nguye\u{302}\u{303}n 日本")
        #expect(t.cursor == 9)
        t.cursor = 5
        do { let handled = t.apply(.backspace); #expect(handled) }                  // removes the whole "ễ" cluster
        #expect(t.text == "Nguyn 日本")
        t.cursor = 100
        #expect(t.cursor == 8)
        do { let handled = t.apply(.ctrl("w")); #expect(handled) }
        #expect(t.text == "Nguyn ")
        do { let handled = t.apply(.ctrl("U")); #expect(handled) }
        #expect(t.text.isEmpty && t.cursor == 0)
        var k = TextInput(text: "abc def")
        k.cursor = 3
        do { let handled = k.apply(.ctrl("k")); #expect(handled) }
        #expect(k.text == "abc")
        var m = TextInput(text: "", maxLength: 3)
        m.insert("abcdef")
        #expect(m.text == "abc")
    }

    @Test func textInputRendersTheCursorAndScrolls() {
        var g = Grid(width: 8, height: 1)
        var t = TextInput(text: "Zoë")
        t.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["Zoë"])
        #expect(g.roleLines() == ["iiiiiiii"])
        #expect(g[3, 0].style == Style(.input, .reverse))     // cursor after the text
        #expect(g[2, 0].style == Style(.input))
        t.text = "Zoë 日本 Łukasz"                            // 15 cells
        t.cursor = t.text.count
        var s = Grid(width: 8, height: 1)
        t.render(into: &s, area: s.bounds)
        #expect(s.lines() == [" Łukasz"])                    // scrolled: cursor in the last cell
        #expect(t.cursorPosition(in: s.bounds) == Point(x: 7, y: 0))
        t.cursor = 4                                          // on 日
        var w = Grid(width: 8, height: 1)
        t.render(into: &w, area: w.bounds)
        #expect(w.lines() == ["Zoë 日本"])
        #expect(w[4, 0].style.attributes.contains(.reverse))
        #expect(w[5, 0].style.attributes.contains(.reverse))
        var p = Grid(width: 8, height: 1)
        TextInput(placeholder: "zoeken…").render(into: &p, area: p.bounds)
        #expect(p.lines() == ["zoeken…"])
        #expect(p.roleLines() == ["mmmmmmmi"])
        #expect(p[0, 0].style == Style(.muted, .reverse))
    }

    // MARK: HelpTable

    @Test func helpTableNarrowDropsTheNameColumn() {
        let table = HelpTable(rows: [(keys: "a", name: "assign", help: "Assign the case"),
                                     (keys: "q / Ctrl-C", name: "quit", help: "Quit")])
        var g = Grid(width: 30, height: 2)
        table.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["a           Assign the case", "q / Ctrl-C  Quit"])
        #expect(g.roleLines() == ["k", "kkkkkkkkkk"])
        var w = Grid(width: 60, height: 2)
        table.render(into: &w, area: w.bounds)
        #expect(w.lines() == ["a           assign  Assign the case", "q / Ctrl-C  quit    Quit"])
    }

    @Test func helpTableScrolls() {
        let rows = (1...10).map { (keys: "\($0)", name: "", help: "line \($0)") }
        let table = HelpTable(rows: rows, offset: 2)
        var g = Grid(width: 20, height: 4)
        table.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["3   line 3", "4   line 4", "5   line 5", "↓ 5 more"])   // keys column: 2 cells
        #expect(table.lineCount == 10)
    }

    @Test func helpTableSectionsFromCommands() {
        let t = HelpTable(commands: Fixtures.commands.commands(in: "board"))
        #expect(t.sections.map(\.heading) == ["General", "Navigation", "Cases"])
        #expect(t.sections[0].rows[1].keys == ": / Space")
        #expect(t.lineCount == 3 + 3 + 2 + 3 + 2)   // headings, rows, blank lines between sections
    }

    // MARK: TooSmallMessage

    @Test func tooSmallMessage() {
        var g = Grid(width: 40, height: 5)
        TooSmallMessage(minimum: Size(width: 80, height: 24)).render(into: &g, area: g.bounds)
        #expect(g.lines() == ["", "    terminal too small (need 80×24)", "                now 40×5", "", ""])
        #expect(g.roleLines()[1] == "....WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW")
        var narrow = Grid(width: 12, height: 1)
        TooSmallMessage(minimum: Size(width: 80, height: 24)).render(into: &narrow, area: narrow.bounds)
        #expect(narrow.lines() == ["terminal to…"])
    }
}

@Suite struct LongListTests {
    /// A list of 6,000 follow-ups makes only the rows in view, and shows the same as the eager list.
    @Test func onlyTheRowsInViewAreMade() {
        var asked: [Int] = []
        var lazy = Grid(width: 30, height: 5)
        ListView.render(count: 6_000, selected: 2_500, offset: 0, into: &lazy, area: Rect(x: 0, y: 0, width: 30, height: 5)) { i in
            asked.append(i)
            return ListItem(segments: [("row \(i)", Style(.normal))])
        }
        #expect(asked.count == 4)  // four rows and the "↓ N more" line
        #expect(asked.contains(2_500))
        var eager = Grid(width: 30, height: 5)
        ListView(items: (0..<6_000).map { ListItem(segments: [("row \($0)", Style(.normal))]) }, selected: 2_500)
            .render(into: &eager, area: Rect(x: 0, y: 0, width: 30, height: 5))
        #expect(lazy == eager)
        #expect(lazy.text().contains("row 2500") && lazy.text().contains("↓ 3499 more"))
    }
}
