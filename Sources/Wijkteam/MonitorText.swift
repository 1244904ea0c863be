/// The monitor's charts as text: the same glyphs on the screen and in `monitor --md`, readable
/// without colour (mono) because the height is in the glyph, and always with the numbers beside.
public enum MonitorText {
    /// Eight heights, lowest first.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// A value that is not known (a suppressed or empty cell).
    public static let unknown: Character = "·"

    /// One glyph per value, scaled from zero to the largest value (all zeros: the lowest glyph).
    public static func sparkline(_ values: [Double?]) -> String {
        let top = values.compactMap { $0 }.max() ?? 0
        return String(
            values.map { value -> Character in
                guard let value, value >= 0 else { return unknown }
                guard top > 0 else { return levels[0] }
                return levels[min(levels.count - 1, Int((value / top * Double(levels.count - 1)).rounded()))]
            })
    }

    /// A horizontal bar of at most `width` cells for `value` out of `maximum` (full blocks, then
    /// one partial block), empty for zero or an unknown maximum.
    public static func bar(_ value: Double, of maximum: Double, width: Int) -> String {
        guard maximum > 0, value > 0, width > 0 else { return "" }
        let eighths = Int((min(value, maximum) / maximum * Double(width * 8)).rounded())
        let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        let full = String(repeating: "█", count: eighths / 8)
        let rest = eighths % 8
        return rest == 0 ? full : full + String(partial[rest - 1])
    }
}
