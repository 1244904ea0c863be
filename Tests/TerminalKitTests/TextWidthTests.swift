import Testing
@testable import TerminalKit

@Suite("Text width per grapheme cluster")
struct TextWidthTests {
    @Test func ascii() {
        #expect(TextWidth.width(of: "") == 0)
        #expect(TextWidth.width(of: "abc") == 3)
        #expect(TextWidth.width(of: "Wijkteam 2025!") == 14)
    }

    @Test func dutchAndPolishNames() {
        #expect(TextWidth.width(of: "Zoë") == 3)                 // precomposed ë
        #expect(TextWidth.width(of: "Zoe\u{308}") == 3)          // e + combining diaeresis
        #expect("Zoe\u{308}".count == 3)
        #expect(TextWidth.width(of: "Łukasz") == 6)
        #expect(TextWidth.width(of: "Yılmaz") == 6)
        #expect(TextWidth.width(of: "Eén") == 3)
        #expect(TextWidth.width(of: "coöperatie") == 10)
        #expect(TextWidth.width(of: "Nguyễn") == 6)              // precomposed ễ
        #expect(TextWidth.width(of: "Nguye\u{302}\u{303}n") == 6) // e + two combining marks
    }

    @Test func wideCharacters() {
        #expect(TextWidth.width(of: "日本") == 4)
        #expect(TextWidth.width(of: "한국어") == 6)
        #expect(TextWidth.width(of: "ＡＢ") == 4)                 // fullwidth Latin
        #expect(TextWidth.width(of: "カタカナ") == 8)
    }

    @Test func emoji() {
        #expect(TextWidth.width(of: "🏠") == 2)
        #expect(TextWidth.width(of: "👍🏽") == 2)                 // with skin tone modifier
        #expect(TextWidth.width(of: "👨‍👩‍👧") == 2)              // ZWJ family: one cluster
        #expect(TextWidth.width(of: "🇳🇱") == 2)                  // flag: regional indicator pair
        #expect(TextWidth.width(of: "❤️") == 2)                   // text default + U+FE0F
        #expect(TextWidth.width(of: "❤") == 1)                    // text presentation
        #expect(TextWidth.width(of: "⚠\u{FE0E}") == 1)
        #expect(TextWidth.width(of: "ok 👍") == 5)
    }

    @Test func combiningOnlyAndControls() {
        #expect(TextWidth.width(of: Character("\u{308}")) == 0)   // lone combining mark
        #expect(TextWidth.width(of: "\u{308}") == 0)
        #expect(TextWidth.width(of: "\u{308}a") == 1)
        #expect(TextWidth.width(of: "\u{301}\u{308}") == 0)
        #expect(TextWidth.width(of: "\u{200B}") == 0)             // zero-width space
        // A tab and a line break inside one line are drawn as a space each (Grid.put).
        #expect(TextWidth.width(of: "a\tb\n") == 4)
        #expect(TextWidth.width(of: "\u{1B}[31m") == 4)           // ESC is 0, "[31m" is 4
        #expect(TextWidth.width(of: "\r\n") == 1)
        #expect(TextWidth.width(of: "\u{7F}") == 0)
    }

    @Test func boxAndSymbols() {
        #expect(TextWidth.width(of: "─│┌┐└┘━┃") == 8)
        #expect(TextWidth.width(of: "…") == 1)
        #expect(TextWidth.width(of: "↓←→↑") == 4)
        #expect(TextWidth.width(of: "×") == 1)
        #expect(TextWidth.width(of: "█░") == 2)
    }
}

@Suite("Truncation and padding")
struct TruncationTests {
    let mixed = "Zoë 日本 Łukasz"   // widths: Zoë 3, space 1, 日本 4, space 1, Łukasz 6 = 15

    @Test func mixedLineIsCutAtTheRightCell() {
        #expect(TextWidth.width(of: mixed) == 15)
        #expect(TextWidth.truncate(mixed, to: 15) == mixed)
        #expect(TextWidth.truncate(mixed, to: 20) == mixed)
        #expect(TextWidth.truncate(mixed, to: 14) == "Zoë 日本 Łuka…")
        #expect(TextWidth.truncate(mixed, to: 10) == "Zoë 日本 …")
        #expect(TextWidth.truncate(mixed, to: 9) == "Zoë 日本…")
        #expect(TextWidth.truncate(mixed, to: 8) == "Zoë 日…")   // 日本 would need 9 with …
        #expect(TextWidth.truncate(mixed, to: 7) == "Zoë 日…")
        #expect(TextWidth.truncate(mixed, to: 6) == "Zoë …")    // "Zoë 日…" would be 7 cells
        #expect(TextWidth.truncate(mixed, to: 5) == "Zoë …")
        #expect(TextWidth.truncate(mixed, to: 4) == "Zoë…")
        #expect(TextWidth.truncate(mixed, to: 3) == "Zo…")
        #expect(TextWidth.truncate(mixed, to: 2) == "Z…")
        #expect(TextWidth.truncate(mixed, to: 1) == "…")
        #expect(TextWidth.truncate(mixed, to: 0) == "")
        #expect(TextWidth.truncate(mixed, to: -3) == "")
        for w in 0...16 {
            let t = TextWidth.truncate(mixed, to: w)
            #expect(TextWidth.width(of: t) <= w)
            if w < 15 && w > 0 { #expect(t.hasSuffix("…")) }
        }
    }

    @Test func decomposedCharactersStayWhole() {
        let s = "Zoe\u{308} Nguye\u{302}\u{303}n"
        #expect(TextWidth.truncate(s, to: 4) == "Zoe\u{308}…")
        #expect(TextWidth.truncate(s, to: 9) == "Zoe\u{308} Nguy…")
        #expect(TextWidth.truncate(s, to: 10) == "Zoe\u{308} Nguye\u{302}\u{303}n")
    }

    @Test func wideAtTheEdge() {
        #expect(TextWidth.truncate("日本語", to: 5) == "日本…")
        #expect(TextWidth.truncate("日本語", to: 4) == "日…")
        #expect(TextWidth.truncate("日本語", to: 2) == "…")
        #expect(TextWidth.truncate("🏠🏠", to: 3) == "🏠…")
    }

    @Test func pad() {
        #expect(TextWidth.pad("Zoë", to: 6) == "Zoë   ")
        #expect(TextWidth.pad("Zoë", to: 6, alignRight: true) == "   Zoë")
        #expect(TextWidth.pad("日本", to: 5) == "日本 ")
        #expect(TextWidth.pad("日本語", to: 5) == "日本…")
        #expect(TextWidth.pad("日本語", to: 4) == "日… ")          // never splits a wide char
        #expect(TextWidth.pad("abc", to: 0) == "")
        #expect(TextWidth.pad(mixed, to: 6) == "Zoë … ")
        for w in 0...16 {
            #expect(TextWidth.width(of: TextWidth.pad(mixed, to: w)) == w)
            #expect(TextWidth.width(of: TextWidth.pad(mixed, to: w, alignRight: true)) == w)
        }
    }

    @Test func clipAndCenter() {
        #expect(TextWidth.clip("日本語", to: 5) == "日本")
        #expect(TextWidth.clip("abc", to: 2) == "ab")
        #expect(TextWidth.center("ab", in: 6) == "  ab  ")
        #expect(TextWidth.center("abc", in: 6) == " abc  ")
        #expect(TextWidth.center("abcdefgh", in: 4) == "abc…")
    }
}
