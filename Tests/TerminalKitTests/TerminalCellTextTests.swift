import Testing
@testable import TerminalKit

/// What a curses terminal gets for each grid cell must be what it draws in as many cells as
/// the grid counts (issue: emoji sequences lost parts, shifted borders and left leftovers).
@Suite("Handing clusters to the terminal") struct TerminalCellTextTests {
    /// glibc's wcwidth for the characters used here (what curses assumes).
    static func glibcWidth(_ v: UInt32) -> Int {
        switch v {
        case 0x300...0x36F, 0x200D, 0xFE0E, 0xFE0F: 0
        case 0x1F1E6...0x1F1FF: 1                     // regional indicators
        case 0x2764: 1                                // ❤ (text by default)
        case 0x1F300...0x1FAFF: 2                     // emoji, skin tones included
        case 0x4E00...0x9FFF, 0xFF01...0xFF60: 2
        case 0xFFFD: 1
        case 0..<0x20: -1
        default: 1
        }
    }

    func cells(_ g: String) -> [[UInt32]] {
        TerminalCellText.cells(for: g, width: TextWidth.width(of: Character(g)), wcwidth: Self.glibcWidth)
    }

    /// Every hand-over covers exactly the cells the grid gives the cluster.
    func covered(_ parts: [[UInt32]]) -> Int {
        parts.enumerated().reduce(0) { sum, p in
            sum + (p.offset == 0 ? max(1, Self.glibcWidth(p.element[0])) : 1)
        }
    }

    @Test func plainAndCombiningGoOverWhole() {
        #expect(cells("a") == [[0x61]])
        #expect(cells("e\u{308}") == [[0x65, 0x308]])
        #expect(cells("王") == [[0x738B]])
    }

    @Test func aZWJFamilyKeepsItsFirstPersonInTwoCells() {
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
        #expect(TextWidth.width(of: Character(family)) == 2)
        let parts = cells(family)
        #expect(parts == [[0x1F468]])
        #expect(covered(parts) == 2)
    }

    @Test func aSkinToneIsDroppedNotDrawnAsASecondCharacter() {
        let parts = cells("👍🏽")
        #expect(parts == [[0x1F44D]])
        #expect(covered(parts) == 2)
    }

    @Test func aFlagShowsItsLetters() {
        #expect(cells("🇳🇱") == [[0x4E], [0x4C]])
    }

    @Test func anEmojiPresentationOfATextCharacterIsPadded() {
        // ❤️ is two cells to the grid, one to glibc: the heart and a space.
        #expect(cells("❤\u{FE0F}") == [[0x2764], [0x20]])
    }

    @Test func tooManyCombiningMarksFallBackToTheBase() {
        let heavy = "a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"
        #expect(cells(heavy) == [[0x61]])
    }

    @Test func controlsAreSpaces() {
        #expect(TerminalCellText.cells(for: "\u{1B}", width: 1, wcwidth: Self.glibcWidth) == [[0x20]])
    }

    @Test func everyHostileClusterCoversItsCells() {
        for g in ["👨\u{200D}👩\u{200D}👧", "👍🏽", "🇳🇱", "🏳\u{FE0F}\u{200D}🌈", "❤\u{FE0F}", "Ł", "İ", "ı", "ש", "ع", "谢", "Z\u{308}"] {
            let w = TextWidth.width(of: Character(g))
            #expect(covered(cells(g)) == w, "\(g)")
        }
    }
}
