// Display width of text in terminal cells, per grapheme cluster (what the user sees as one
// character), not per Unicode scalar.

/// Terminal display width of text.
///
/// Rules, per grapheme cluster (`Character`):
/// - a tab or line break takes 1 cell (drawn as a space; `TextBlock.wrap` splits lines first);
/// - other control characters, and clusters that start with a combining mark or a format character
///   (zero-width space, joiner), take 0 cells;
/// - East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul, fullwidth forms)
///   take 2 cells;
/// - emoji with emoji presentation (😀, 🏠, flags), and text-default emoji followed by the
///   emoji variation selector U+FE0F (❤️) take 2 cells; U+FE0E forces text presentation;
/// - everything else takes 1 cell. Combining marks belong to their cluster, so "e\u{308}" is
///   one cluster of width 1.
public enum TextWidth {
    /// The ellipsis that marks truncated text; it takes one cell.
    public static let ellipsis = "…"

    /// Width of one grapheme cluster: 0, 1 or 2.
    public static func width(of c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let v = first.value
        // Fast path for Latin text without combining marks.
        if v < 0x300 {
            // A tab or a line break inside one line is shown as one space (Grid.put), never
            // dropped: "met\ttab" stays two words.
            if v == 0x09 || v == 0x0A || v == 0x0D { return 1 }
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
            if v == 0xAD { return 1 }
            if scalars.count == 1 { return 1 }
        }
        let props = first.properties
        switch props.generalCategory {
        case .control, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator:
            return 0
        case .format where v != 0xAD:
            return 0
        default:
            break
        }
        if isWide(v) { return 2 }
        var hasTextSelector = false
        var hasEmojiSelector = false
        for s in scalars {
            if s.value == 0xFE0E { hasTextSelector = true }
            if s.value == 0xFE0F { hasEmojiSelector = true }
        }
        if hasTextSelector { return 1 }
        if props.isEmojiPresentation { return 2 }
        if hasEmojiSelector && props.isEmoji { return 2 }
        return 1
    }

    /// Width of a string: the sum over its grapheme clusters.
    public static func width(of s: some StringProtocol) -> Int {
        var total = 0
        for c in s {
            total += width(of: c)
        }
        return total
    }

    /// `s` cut to at most `width` cells. When it has to cut, the result ends in "…" (one cell);
    /// a wide character that does not fit entirely is dropped, never split.
    public static func truncate(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if self.width(of: s) <= width { return s }
        return clip(s, to: width - 1) + ellipsis
    }

    /// The longest prefix of `s` that fits in `width` cells, without an ellipsis.
    public static func clip(_ s: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var end = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            let w = self.width(of: s[i])
            if used + w > width { break }
            used += w
            i = s.index(after: i)
            end = i
        }
        return String(s[s.startIndex..<end])
    }

    /// `s` truncated (with "…") and then padded with spaces to exactly `width` cells; padding
    /// goes on the left when `alignRight`.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        guard width > 0 else { return "" }
        let t = truncate(s, to: width)
        let fill = String(repeating: " ", count: max(0, width - self.width(of: t)))
        return alignRight ? fill + t : t + fill
    }

    /// `s` centred in exactly `width` cells (truncated first when too long); the extra space
    /// goes on the right.
    public static func center(_ s: String, in width: Int) -> String {
        guard width > 0 else { return "" }
        let t = truncate(s, to: width)
        let spare = max(0, width - self.width(of: t))
        return String(repeating: " ", count: spare / 2) + t
            + String(repeating: " ", count: spare - spare / 2)
    }

    /// East Asian Wide (W) and Fullwidth (F) code points, as closed ranges. Emoji are
    /// handled by their emoji-presentation property instead.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compat, Kanbun, CJK compat
        0x3400...0x4DBF,    // CJK extension A
        0x4E00...0x9FFF,    // CJK unified ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FFF,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x18D00...0x18D8F,  // Tangut supplement
        0x1AFF0...0x1B2FF,  // Kana extended, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B-F
        0x30000...0x3FFFD,  // CJK extensions G-H
    ]

    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0
        var hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound {
                hi = mid - 1
            } else if v > r.upperBound {
                lo = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
