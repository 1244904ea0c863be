import Testing
@testable import TerminalKit

@Suite("Grid")
struct GridTests {
    @Test func blankGrid() {
        let g = Grid(width: 4, height: 2)
        #expect(g.lines() == ["", ""])
        #expect(g.roleLines() == ["", ""])
        #expect(g[0, 0] == Cell.blank)
        #expect(g.bounds == Rect(x: 0, y: 0, width: 4, height: 2))
        let empty = Grid(width: -1, height: -5)
        #expect(empty.width == 0 && empty.height == 0)
        #expect(empty.lines().isEmpty)
    }

    @Test func outOfRangeNeverCrashes() {
        var g = Grid(width: 3, height: 2)
        g[-1, 0] = Cell("x")
        g[3, 0] = Cell("x")
        g[0, 5] = Cell("x")
        #expect(g[-1, -1] == .blank)
        #expect(g[10, 10] == .blank)
        #expect(g.text() == "\n")
        #expect(g.put("abc", x: 0, y: 7) == 0)
        #expect(g.put("abc", x: 9, y: 0) == 0)
        g.fill(Rect(x: -5, y: -5, width: 100, height: 100), grapheme: "#")
        #expect(g.lines() == ["###", "###"])
        var zero = Grid(width: 0, height: 0)
        zero.put("x", x: 0, y: 0)
        zero.fill(Rect(x: 0, y: 0, width: 5, height: 5))
        zero.style(Rect(x: 0, y: 0, width: 5, height: 5), Style(.title))
        #expect(zero.lines() == [])
    }

    @Test func putWritesGraphemes() {
        var g = Grid(width: 12, height: 1)
        let n = g.put("Zoe\u{308} 日本", x: 1, y: 0, style: Style(.title))
        #expect(n == 8)
        #expect(g.lines() == [" Zoe\u{308} 日本"])
        #expect(g[3, 0].grapheme == "e\u{308}")
        #expect(g[5, 0].grapheme == "日")
        #expect(g[6, 0].grapheme == "")
        #expect(g[7, 0].grapheme == "本")
        #expect(g.roleLines() == [".TTTTTTTT"])
    }

    @Test func putClipsAtTheRightEdgeWithEllipsis() {
        var g = Grid(width: 8, height: 1)
        #expect(g.put("Łukasz Yılmaz", x: 0, y: 0) == 8)
        #expect(g.lines() == ["Łukasz …"])
        var h = Grid(width: 6, height: 1)
        h.put("ab日本", x: 1, y: 0)          // "ab日" = 4 cells from x 1, 本 does not fit
        #expect(h.lines() == [" ab日…"])
        var w = Grid(width: 5, height: 1)
        w.put("日本語", x: 0, y: 0)
        #expect(w.lines() == ["日本…"])
    }

    @Test func putRespectsMaxWidth() {
        var g = Grid(width: 20, height: 1)
        #expect(g.put("Zoë 日本 Łukasz", x: 2, y: 0, maxWidth: 6) == 5)
        #expect(g.lines() == ["  Zoë …"])
        #expect(g.put("fits", x: 10, y: 0, maxWidth: 4) == 4)
        #expect(g.lines() == ["  Zoë …   fits"])
        #expect(g.put("nothing", x: 0, y: 0, maxWidth: 0) == 0)
    }

    @Test func putLeftOfTheGridIsClipped() {
        var g = Grid(width: 5, height: 1)
        g.put("abcdef", x: -2, y: 0)
        #expect(g.lines() == ["cdef"])   // 6 chars from -2 fit exactly up to the edge at 4
        var h = Grid(width: 5, height: 1)
        h.put("日本x", x: -1, y: 0)      // 日 half off the left: blank
        #expect(h.lines() == [" 本x"])
    }

    @Test func tabsAndLineBreaksAreSpacesOtherControlsAreSkipped() {
        var g = Grid(width: 10, height: 1)
        g.put("a\tb\nc\u{1B}", x: 0, y: 0)
        #expect(g.lines() == ["a b c"])
        var note = Grid(width: 20, height: 1)
        note.put("Schulden\tmet tab", x: 0, y: 0)
        #expect(note.lines() == ["Schulden met tab"])
    }

    @Test func overwritingHalfAWideCharBlanksTheOtherHalf() {
        var g = Grid(width: 6, height: 1)
        g.put("日本", x: 0, y: 0)
        g.put("x", x: 1, y: 0)                // right half of 日
        #expect(g.lines() == [" x本"])
        #expect(g[0, 0].grapheme == " ")
        g.put("y", x: 2, y: 0)                // left half of 本
        #expect(g.lines() == [" xy"])
        #expect(g[3, 0].grapheme == " ")
        var h = Grid(width: 6, height: 1)
        h.put("日本", x: 0, y: 0)
        h.put("語", x: 1, y: 0)               // straddles both
        #expect(h.lines() == [" 語"])
        #expect(h[3, 0].grapheme == " ")
        #expect(h.row(0).filter(\.isContinuation).count == 1)
        var f = Grid(width: 6, height: 1)
        f.put("日本語", x: 0, y: 0)
        f.fill(Rect(x: 1, y: 0, width: 3, height: 1), grapheme: "-")
        #expect(f.lines() == [" ---語"])
    }

    @Test func wideCharAtTheLastColumnIsNotSplit() {
        var g = Grid(width: 5, height: 1)
        g.put("abcd日", x: 0, y: 0)
        #expect(g.lines() == ["abcd…"])
        var h = Grid(width: 5, height: 1)
        h.put("日", x: 4, y: 0)
        #expect(h.lines() == ["    …"])
    }

    @Test func segments() {
        var g = Grid(width: 12, height: 2)
        g.put(segments: [("ab", Style(.key)), ("cd", Style(.title))], x: 0, y: 0)
        #expect(g.lines()[0] == "abcd")
        #expect(g.roleLines()[0] == "kkTT")
        g.put(segments: [("Zoë ", Style(.title)), ("日本 Łukasz", Style(.muted))], x: 0, y: 1, maxWidth: 8)
        #expect(g.lines()[1] == "Zoë 日…")
        #expect(g.roleLines()[1] == "TTTTmmm")
    }

    @Test func fillAndStyle() {
        var g = Grid(width: 5, height: 3)
        g.put("hello", x: 0, y: 1)
        g.style(Rect(x: 1, y: 1, width: 2, height: 5), Style(.selection))
        #expect(g.lines() == ["", "hello", ""])
        #expect(g.roleLines() == ["", ".ss", ".ss"])
        g.fill(Rect(x: 0, y: 0, width: 2, height: 1), grapheme: "░", style: Style(.muted))
        #expect(g.lines()[0] == "░░")
        #expect(g.roleLines()[0] == "mm")
        g.fill(Rect(x: 3, y: 1, width: 9, height: 1))
        #expect(g.lines()[1] == "hel")
    }

    @Test func roleLinesShowStyledBlanks() {
        var g = Grid(width: 6, height: 1)
        g.fill(g.bounds, style: Style(.status))
        #expect(g.lines() == [""])
        #expect(g.roleLines() == ["SSSSSS"])
    }

    @Test func blit() {
        var small = Grid(width: 2, height: 1)
        small.put("ab", x: 0, y: 0, style: Style(.title))
        var g = Grid(width: 4, height: 2)
        g.blit(small, at: Point(x: 3, y: 1))
        #expect(g.lines() == ["", "   a"])
    }

    @Test func roleCodesAreUnique() {
        let codes = Role.allCases.map(\.code)
        #expect(Set(codes).count == codes.count)
        for role in Role.allCases {
            #expect(Role(code: role.code) == role)
        }
        #expect(Role.normal.code == ".")
        #expect(Role.title.code == "T")
        #expect(Role.muted.code == "m")
        #expect(Role.status.code == "S")
        #expect(Role.selection.code == "s")
    }
}
