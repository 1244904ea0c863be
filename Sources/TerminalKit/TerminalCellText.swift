/// What to hand a terminal for one grid cell, so that the terminal's idea of a character's
/// width (libc's `wcwidth`, which curses uses) agrees with the grid's (`TextWidth`).
///
/// Emoji sequences are where they part: a ZWJ family (👨‍👩‍👧), a skin tone (👍🏽) or a flag (🇳🇱)
/// is one cluster of two cells to the grid, but several spacing characters to curses, which
/// keeps at most five characters per cell (`CCHARW_MAX`) and refuses a cell whose later
/// characters are not zero-width. Handed over as they are, parts go missing, borders shift a
/// cell and leftovers stay on later screens. So a cluster goes over whole only when curses
/// will draw it as the grid counts it; otherwise its first character alone when that fits
/// (padded with spaces), a flag as its two letters (NL), or a replacement of the same width.
public enum TerminalCellText {
    /// The most characters curses keeps in one cell (`CCHARW_MAX`).
    public static let maxCharacters = 5
    /// One cell's worth of replacement: U+FFFD for one cell, a fullwidth "？" for two.
    static let replacementNarrow: UInt32 = 0xFFFD
    static let replacementWide: UInt32 = 0xFF1F

    /// The characters to put at the cluster's cell and at each following cell it covers:
    /// `result[0]` goes at x, `result[i]` at x+i. Every entry is what the terminal draws as
    /// one cell, except a first entry of width 2 when the grid counts 2.
    public static func cells(for grapheme: String, width: Int, wcwidth: (UInt32) -> Int) -> [[UInt32]] {
        let scalars = grapheme.unicodeScalars.map(\.value)
        guard let base = scalars.first, width > 0 else { return [[32]] }
        if base < 0x20 || (0x7F..<0xA0).contains(base) { return Array(repeating: [32], count: width) }
        let baseWidth = wcwidth(base)
        let tail = scalars.dropFirst()
        if scalars.count <= maxCharacters, baseWidth == width, tail.allSatisfy({ wcwidth($0) == 0 }) {
            return [scalars]
        }
        // A flag: two regional indicators, shown as their letters.
        if width == 2, scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0) }) {
            return scalars.map { [$0 - 0x1F1E6 + 0x41] }
        }
        if baseWidth >= 1, baseWidth <= width {
            return [[base]] + Array(repeating: [32], count: width - baseWidth)
        }
        if width == 2, wcwidth(replacementWide) == 2 { return [[replacementWide]] }
        if wcwidth(replacementNarrow) == 1 { return [[replacementNarrow]] + Array(repeating: [32], count: width - 1) }
        return [[0x3F]] + Array(repeating: [32], count: width - 1)
    }
}
