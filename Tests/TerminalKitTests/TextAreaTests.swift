import Testing
@testable import TerminalKit

/// Applies `keys` in order and returns what each `apply` answered.
@discardableResult
private func press(_ t: inout TextArea, _ keys: Key...) -> [Bool] {
    keys.map { t.apply($0) }
}

/// Types `s` one `.char` at a time; true when every key was handled.
@discardableResult
private func type(_ t: inout TextArea, _ s: String) -> Bool {
    s.map { t.apply(.char($0)) }.allSatisfy { $0 }
}

private func at(_ row: Int, _ column: Int) -> TextArea.Position {
    TextArea.Position(row: row, column: column)
}

@Suite("TextArea: multi-line editing and soft-wrapped rendering")
struct TextAreaTests {
    // MARK: Editing

    @Test func initPutsTheCursorAtTheEnd() {
        let t = TextArea(text: "Zoë\nde Vries")
        #expect(t.lines == ["Zoë", "de Vries"])
        #expect(t.cursor == at(1, 8))
        #expect(t.text == "Zoë\nde Vries")
        #expect(t.count == 12)
        let e = TextArea()
        #expect(e.lines == [""] && e.cursor == at(0, 0) && e.isEmpty)
    }

    @Test func typingEnterAndBackspaceSplitAndJoinLines() {
        var t = TextArea()
        #expect(type(&t, "Zoë"))
        #expect(t.text == "Zoë" && t.cursor == at(0, 3))
        #expect(press(&t, .enter) == [true])
        #expect(t.lines == ["Zoë", ""] && t.cursor == at(1, 0))
        #expect(type(&t, "de Vries"))
        #expect(t.lines == ["Zoë", "de Vries"] && t.cursor == at(1, 8))
        t.cursor = at(1, 2)
        press(&t, .enter)                                        // split in the middle
        #expect(t.lines == ["Zoë", "de", " Vries"] && t.cursor == at(2, 0))
        press(&t, .backspace)                                    // at column 0: join with previous
        #expect(t.lines == ["Zoë", "de Vries"] && t.cursor == at(1, 2))
        press(&t, .backspace)                                    // inside the line: one grapheme
        #expect(t.lines == ["Zoë", "d Vries"] && t.cursor == at(1, 1))
        press(&t, .home, .backspace)
        #expect(t.lines == ["Zoëd Vries"] && t.cursor == at(0, 3))
        t.cursor = at(0, 0)
        #expect(press(&t, .backspace) == [true])                 // at the very start: nothing
        #expect(t.text == "Zoëd Vries" && t.cursor == at(0, 0))
    }

    @Test func deleteRemovesAtTheCursorAndJoinsTheNextLine() {
        var t = TextArea(text: "ab\ncd")
        t.cursor = at(0, 0)
        #expect(press(&t, .delete) == [true])
        #expect(t.lines == ["b", "cd"] && t.cursor == at(0, 0))
        press(&t, .end, .delete)                                 // at end of line: join
        #expect(t.lines == ["bcd"] && t.cursor == at(0, 1))
        press(&t, .end)
        #expect(press(&t, .delete) == [true])                    // at the very end: nothing
        #expect(t.text == "bcd" && t.cursor == at(0, 3))
    }

    @Test func leftAndRightWrapAcrossLineEnds() {
        var t = TextArea(text: "ab\ncd")
        press(&t, .left, .left)
        #expect(t.cursor == at(1, 0))
        press(&t, .left)
        #expect(t.cursor == at(0, 2))
        press(&t, .right)
        #expect(t.cursor == at(1, 0))
        press(&t, .right, .right, .right)                        // stops at the end
        #expect(t.cursor == at(1, 2))
        t.cursor = at(0, 0)
        #expect(press(&t, .left) == [true])
        #expect(t.cursor == at(0, 0))
    }

    @Test func upAndDownKeepTheColumnClamped() {
        var t = TextArea(text: "Zoë de Vries\nab\nlange regel hier")
        t.cursor = at(0, 10)
        press(&t, .down)
        #expect(t.cursor == at(1, 2))                            // clamped to the short line
        press(&t, .down)
        #expect(t.cursor == at(2, 10))                           // and back to the column aimed for
        press(&t, .up, .up)
        #expect(t.cursor == at(0, 10))
        #expect(press(&t, .up) == [true])                        // first line: stays
        #expect(t.cursor == at(0, 10))
        var u = TextArea(text: t.text)
        u.cursor = at(0, 10)
        #expect(u == t)                                          // the aimed-for column is not state that shows
        press(&t, .down, .left, .down)                           // another key forgets the aim
        #expect(t.cursor == at(2, 1))
        #expect(press(&t, .down) == [true])                      // last line: stays
        #expect(t.cursor == at(2, 1))
    }

    @Test func columnsCountGraphemesNotScalars() {
        var t = TextArea(text: "Zoe\u{308}\nLeeuwarden")              // ë as e + combining diaeresis
        press(&t, .up)
        #expect(t.cursor == at(0, 3))
        press(&t, .backspace)                                    // removes the whole ë
        #expect(t.lines == ["Zo", "Leeuwarden"] && t.cursor == at(0, 2))
        #expect(press(&t, .char("\u{301}")) == [false])          // a lone combining mark is not typed
        #expect(t.text == "Zo\nLeeuwarden")
    }

    @Test func homeEndAndCtrlAE() {
        var t = TextArea(text: "één plan\ntwee")
        t.cursor = at(0, 4)
        press(&t, .end)
        #expect(t.cursor == at(0, 8))
        press(&t, .home)
        #expect(t.cursor == at(0, 0))
        #expect(press(&t, .ctrl("E")) == [true])
        #expect(t.cursor == at(0, 8))
        press(&t, .ctrl("a"))
        #expect(t.cursor == at(0, 0))
    }

    @Test func ctrlUAndCtrlKDeleteToLineStartAndEnd() {
        var t = TextArea(text: "Zoë de Vries\nnotitie")
        t.cursor = at(0, 6)
        #expect(press(&t, .ctrl("u")) == [true])
        #expect(t.lines == [" Vries", "notitie"] && t.cursor == at(0, 0))
        press(&t, .ctrl("u"))                                    // at line start: nothing
        #expect(t.lines == [" Vries", "notitie"])
        t.cursor = at(0, 2)
        #expect(press(&t, .ctrl("K")) == [true])
        #expect(t.lines == [" V", "notitie"] && t.cursor == at(0, 2))
        press(&t, .ctrl("k"))                                    // at line end: joins the next line
        #expect(t.lines == [" Vnotitie"] && t.cursor == at(0, 2))
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursor() {
        var t = TextArea(text: "gesprek met Zoë")
        press(&t, .ctrl("w"))
        #expect(t.text == "gesprek met " && t.cursor == at(0, 12))
        press(&t, .ctrl("w"))                                    // trailing space and the word
        #expect(t.text == "gesprek " && t.cursor == at(0, 8))
        var m = TextArea(text: "a\nb c")
        press(&m, .ctrl("w"))
        #expect(m.lines == ["a", "b "] && m.cursor == at(1, 2))
        press(&m, .ctrl("w"))
        #expect(m.lines == ["a", ""] && m.cursor == at(1, 0))
        press(&m, .ctrl("w"))                                    // at line start: the line break
        #expect(m.lines == ["a"] && m.cursor == at(0, 1))
    }

    @Test func keysForTheCallerAreNotHandled() {
        var t = TextArea(text: "Zoë\nnotitie")
        let before = t
        let answers = press(&t, .escape, .tab, .backTab, .ctrl("s"), .ctrl("c"), .function(2),
                            .pageUp, .pageDown, .resize, .char("\u{7}"))
        #expect(answers == Array(repeating: false, count: 10))
        #expect(t == before)
    }

    @Test func maxLengthCountsLineBreaks() {
        var t = TextArea(maxLength: 5)
        type(&t, "ab")
        press(&t, .enter)
        type(&t, "cdef")
        #expect(t.text == "ab\ncd" && t.count == 5)
        #expect(press(&t, .enter) == [true])                     // full: handled, nothing added
        #expect(t.lines == ["ab", "cd"])
        press(&t, .backspace)
        type(&t, "xyz")
        #expect(t.text == "ab\ncx")
        t.insert("1\n2")
        #expect(t.text == "ab\ncx")
        var crlf = TextArea(maxLength: 4)
        crlf.insert("a\r\nbcd")                                  // "\r\n" is one grapheme, one break
        #expect(crlf.lines == ["a", "bc"] && crlf.cursor == at(1, 2))
    }

    @Test func insertPastesLinesAndDropsControls() {
        var t = TextArea(text: "begin eind")
        t.cursor = at(0, 6)
        t.insert("één\ntwee\n")
        #expect(t.lines == ["begin één", "twee", "eind"] && t.cursor == at(2, 0))
        var c = TextArea()
        c.insert("a\u{7}b\tc\u{200B}d")
        // A pasted tab becomes a space; other controls go.
        #expect(c.text == "ab cd" && c.cursor == at(0, 5))
    }

    @Test func settingTextSplitsAndClampsTheCursor() {
        var t = TextArea(text: "een\ntwee\ndrie")
        #expect(t.cursor == at(2, 4))
        t.text = "x\r\nyz"
        #expect(t.lines == ["x", "yz"] && t.text == "x\nyz")
        #expect(t.cursor == at(1, 2))
        t.text = ""
        #expect(t.lines == [""] && t.cursor == at(0, 0))
        t.cursor = at(7, 7)
        #expect(t.cursor == at(0, 0))
    }

    @Test func blankMeansOnlyWhitespace() {
        #expect(TextArea().isBlank)
        #expect(TextArea(text: " \n\t\n ").isBlank)
        #expect(!TextArea(text: " \n x").isBlank)
        #expect(!TextArea(text: "\n").isEmpty)
    }

    // MARK: Rendering

    @Test func longLineSoftWrapsIntoANarrowArea() {
        var t = TextArea(text: "Zoë de Vries belt morgen")      // 24 cells: exactly 3 rows of 8
        var g = Grid(width: 8, height: 4)
        t.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["Zoë de V", "ries bel", "t morgen", ""])
        #expect(g.roleLines() == ["iiiiiiii", "iiiiiiii", "iiiiiiii", "iiiiiiii"])
        // After a full row the cursor goes to the next row, not on top of the last character.
        #expect(t.cursorPosition(in: g.bounds) == Point(x: 0, y: 3))
        #expect(g[0, 3].style == Style(.input, .reverse))
        #expect(g[7, 2].style == Style(.input))
        t.cursor = at(0, 9)                                      // the "i" of "Vries"
        var h = Grid(width: 8, height: 4)
        t.render(into: &h, area: h.bounds)
        #expect(t.cursorPosition(in: h.bounds) == Point(x: 1, y: 1))
        #expect(h[1, 1].grapheme == "i" && h[1, 1].style == Style(.input, .reverse))
        #expect(h[0, 3].style == Style(.input))
        var u = Grid(width: 8, height: 4)
        t.render(into: &u, area: u.bounds, focused: false)
        #expect(u.lines() == h.lines())
        #expect(u[1, 1].style == Style(.input))
    }

    @Test func renderStaysInsideItsArea() {
        var t = TextArea(text: "ab\ncdefghij")
        t.cursor = at(1, 3)
        var g = Grid(width: 10, height: 4)
        let area = Rect(x: 1, y: 1, width: 6, height: 2)
        t.render(into: &g, area: area)
        #expect(g.lines() == ["", " ab", " cdefgh", ""])
        #expect(g.roleLines() == ["", ".iiiiii", ".iiiiii", ""])
        #expect(t.cursorPosition(in: area) == Point(x: 4, y: 2))
        #expect(g[4, 2].style == Style(.input, .reverse))
        var z = Grid(width: 4, height: 2)
        t.render(into: &z, area: Rect(x: 0, y: 0, width: 0, height: 2))
        #expect(z == Grid(width: 4, height: 2))
    }

    @Test func diacriticsAndWideCharactersWrapWithoutSplitting() {
        let t = TextArea(text: "Zoë 日本")                        // 4 + 2 + 2 cells
        var g = Grid(width: 5, height: 3)
        t.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["Zoë", "日本", ""])               // 日 does not fit after "Zoë "
        #expect(t.cursorPosition(in: g.bounds) == Point(x: 4, y: 1))
        var n = TextArea(text: "Zoë日本")                         // 3 + 4 cells in rows of 4
        var w = Grid(width: 4, height: 3)
        n.render(into: &w, area: w.bounds)
        #expect(w.lines() == ["Zoë", "日本", ""])
        #expect(w[3, 0].grapheme == " ")                         // the cell 日 did not fit in stays blank
        #expect(w[0, 1].grapheme == "日" && w[1, 1].isContinuation)
        #expect(n.cursorPosition(in: w.bounds) == Point(x: 0, y: 2))
        n.cursor = at(0, 3)                                      // on 日: both cells in reverse
        var c = Grid(width: 4, height: 3)
        n.render(into: &c, area: c.bounds)
        #expect(n.cursorPosition(in: c.bounds) == Point(x: 0, y: 1))
        #expect(c[0, 1].style.attributes.contains(.reverse))
        #expect(c[1, 1].style.attributes.contains(.reverse))
        #expect(!c[2, 1].style.attributes.contains(.reverse))
        #expect(!c[3, 0].style.attributes.contains(.reverse))
    }

    @Test func scrollingKeepsTheCursorVisible() {
        var t = TextArea(text: (1...10).map { "regel \($0)" }.joined(separator: "\n"))
        let area = Rect(x: 0, y: 0, width: 12, height: 3)
        var g = Grid(width: 12, height: 3)
        t.render(into: &g, area: area)
        #expect(g.lines() == ["regel 8", "regel 9", "regel 10"])
        #expect(t.cursorPosition(in: area) == Point(x: 8, y: 2))
        t.cursor = at(0, 0)
        var top = Grid(width: 12, height: 3)
        t.render(into: &top, area: area)
        #expect(top.lines() == ["regel 1", "regel 2", "regel 3"])
        t.cursor = at(4, 0)
        var mid = Grid(width: 12, height: 3)
        t.render(into: &mid, area: area)
        #expect(mid.lines() == ["regel 3", "regel 4", "regel 5"])
        // Walking up from the end, the cursor's line is always on screen, under the cursor.
        t.cursor = at(9, 0)
        for row in stride(from: 9, through: 0, by: -1) {
            #expect(t.cursor.row == row)
            var s = Grid(width: 12, height: 3)
            t.render(into: &s, area: area)
            let p = t.cursorPosition(in: area)
            #expect(area.contains(p))
            #expect(s.lines()[p.y] == "regel \(row + 1)")
            #expect(s[p.x, p.y].style == Style(.input, .reverse))
            press(&t, .up)
        }
        // Soft-wrapped lines scroll by screen row: "regel 10" takes "rege" + "l 10" + the cursor row.
        t.cursor = at(9, 8)
        var narrow = Grid(width: 4, height: 3)
        t.render(into: &narrow, area: narrow.bounds)
        #expect(narrow.lines() == ["rege", "l 10", ""])
        #expect(t.cursorPosition(in: narrow.bounds) == Point(x: 0, y: 2))
    }

    @Test func placeholderShowsWhileEmpty() {
        var t = TextArea(placeholder: "Schrijf een notitie…")
        var g = Grid(width: 10, height: 3)
        t.render(into: &g, area: g.bounds)
        #expect(g.lines() == ["Schrijf", "een", "notitie…"])
        #expect(g.roleLines() == ["mmmmmmmiii", "mmmiiiiiii", "mmmmmmmmii"])
        #expect(g[0, 0].style == Style(.muted, .reverse))        // the cursor sits on its first cell
        var u = Grid(width: 10, height: 3)
        t.render(into: &u, area: u.bounds, focused: false)
        #expect(u[0, 0].style == Style(.muted))
        type(&t, "Z")
        var z = Grid(width: 10, height: 3)
        t.render(into: &z, area: z.bounds)
        #expect(z.lines() == ["Z", "", ""])
        #expect(z.roleLines() == ["iiiiiiiiii", "iiiiiiiiii", "iiiiiiiiii"])
        press(&t, .enter)                                        // an empty line is not an empty text
        var e = Grid(width: 10, height: 3)
        t.render(into: &e, area: e.bounds)
        #expect(e.lines() == ["Z", "", ""])
        #expect(!e.lines().joined().contains("Schrijf"))
    }
}
