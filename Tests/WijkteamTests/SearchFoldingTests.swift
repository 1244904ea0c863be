import Testing
@testable import Wijkteam

/// `JournalSearch.folded` takes a byte-by-byte path for ASCII text; it must give what the tokens
/// give, or search would miss what it stored.
@Suite struct SearchFoldingTests {
    static func throughTokens(_ text: String) -> String {
        JournalSearch.tokens(of: text).map(\.folded).joined(separator: " ")
    }

    @Test func asciiTextFoldsAsItsTokensDo() {
        let texts = [
            "", " ", "\t\t", "a", "A", "Schuldhulp", "  huur-achterstand, 3 maanden  ", "GGZ/MEE; ok?", "x1y2 Z3",
            "tab\there", "line\r\nbreak", "esc \u{1B}[31mred\u{1B}[0m", "bell\u{07}", "nul\u{0}byte", "del\u{7F}te",
            "(quotes) \"and\" *stars*", "trailing.", "@@@", "0", "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
        ]
        for text in texts {
            #expect(JournalSearch.foldedASCII(text) == Self.throughTokens(text), "\(text.debugDescription)")
            #expect(JournalSearch.folded(text) == Self.throughTokens(text), "\(text.debugDescription)")
        }
        #expect(JournalSearch.folded("  Huur-ACHTERSTAND,\t3 mnd  ") == "huur achterstand 3 mnd")
    }

    /// Every ASCII byte, in random texts of random lengths (a fixed seed: the same run each time).
    @Test func randomAsciiTextFoldsAsItsTokensDo() {
        var random = SplitMix64(seed: 28)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 40)
            let bytes = (0..<length).map { _ in UInt8(random.next() % 0x80) }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(JournalSearch.folded(text) == Self.throughTokens(text), "\(text.debugDescription)")
        }
    }

    /// Anything beyond ASCII goes through the tokens: diacritics, ı/İ, Ł, Chinese apart.
    @Test func otherTextTakesTheTokens() {
        for text in ["Işıl", "Łukasz", "café", "王小明说谢谢", "ليلى", "שלום", "e\u{301}", "👨‍👩‍👧 ok"] {
            #expect(JournalSearch.foldedASCII(text) == nil, "\(text)")
            #expect(JournalSearch.folded(text) == Self.throughTokens(text), "\(text)")
        }
        #expect(JournalSearch.folded("İPEK Işıl, Łukasz: café") == "ipek isil lukasz cafe")
        #expect(JournalSearch.folded("王小明说谢谢") == "王 小 明 说 谢 谢")
    }
}
