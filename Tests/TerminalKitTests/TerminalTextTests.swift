import Foundation
import Testing
import TerminalKit

/// Text from data reaches a terminal shown, never acted on (issue #20, item 10).
@Suite struct TerminalTextTests {
    @Test func escapeSequencesAreShownNotSent() {
        #expect(TerminalText.safe("Schulden\u{1B}[2Jweg") == "Schulden^[[2Jweg")
        #expect(TerminalText.safe("\u{1B}]0;title\u{07}") == "^[]0;title^G")
        #expect(TerminalText.safe("a\u{0}b\u{7F}c") == "a^@b^?c")
        #expect(TerminalText.safe("over\rwrite") == "over^Mwrite")
        #expect(TerminalText.safe("one-byte CSI \u{9B}2J") == "one-byte CSI \\u{9B}2J")
        #expect(TerminalText.safe("\u{85}") == "\\u{85}")
    }

    @Test func bidiOverridesAreShownAndRightToLeftTextIsLeftAlone() {
        #expect(TerminalText.safe("abc\u{202E}fed") == "abc\\u{202E}fed")
        #expect(TerminalText.safe("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
        let hostile = "فاطمة العمراني · שרה כהן · 王小明 · Işıl Yılmaz · Łukasz · Zoe\u{308} · 👩🏽‍💻 · 🇳🇱"
        #expect(TerminalText.safe(hostile) == hostile)
    }

    @Test func lineBreaksStayAndTabsBecomeSpacesToTheNextStop() {
        #expect(TerminalText.safe("a\nb\n") == "a\nb\n")
        #expect(TerminalText.safe("windows\r\nline") == "windows\nline")
        #expect(TerminalText.safe("Schulden\tmet tab") == "Schulden        met tab")
        #expect(TerminalText.safe("ab\tc") == "ab      c")
        #expect(TerminalText.safe("x\n\ty") == "x\n        y")
        // A wide character takes two columns toward the tab stop.
        #expect(TerminalText.safe("王\tz") == "王      z")
    }

    @Test func nothingThatCanReachATerminalIsLeft() {
        var all = ""
        for v in UInt32(0)...0x2100 { if let s = Unicode.Scalar(v) { all.unicodeScalars.append(s) } }
        let safe = TerminalText.safe(all)
        for s in safe.unicodeScalars {
            #expect(s.value == 0x0A || !(s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)),
                    "U+\(String(s.value, radix: 16)) left in")
        }
    }

    @Test func jsonStaysTheSameDocumentWithTheTerminalControlsEscaped() throws {
        let value = ["note": "a\u{1B}[2J b\u{9B}c d\u{202E}e f\u{7F}"]
        let json = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        let safe = TerminalText.safeJSON(json)
        #expect(!safe.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x7F })
        #expect(safe.contains("\\u009B") && safe.contains("\\u202E") && safe.contains("\\u007F"))
        let back = try JSONDecoder().decode([String: String].self, from: Data(safe.utf8))
        #expect(back == value)
    }
}
