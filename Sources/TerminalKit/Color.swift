// Terminal colours and their reduction for terminals with fewer colours.

/// A terminal colour.
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// One of the 8 basic colours, 0-7 (black red green yellow blue magenta cyan white).
    case basic(Int)
    /// A bright colour, 8-15 (bright-black ... bright-white). `bright(1)` is read as 9.
    case bright(Int)
    /// An xterm 256-colour palette index, 0-255.
    case indexed(Int)
    /// The terminal's own foreground or background.
    case `default`

    /// Basic colour names in palette order.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses a colour name as used in theme files: a basic name, "bright-<name>" (also
    /// "light-<name>"), "gray"/"grey" (bright black), "default" (also "reset", "none"),
    /// a number 0-255 as text, or "#rrggbb" (mapped to the nearest 256-colour index).
    public init?(name: String) {
        let n = name.trimmingSpaces().lowercased()
        if let i = Color.basicNames.firstIndex(of: n) {
            self = .basic(i)
            return
        }
        for prefix in ["bright-", "light-", "bright_", "light_", "bright"] where n.hasPrefix(prefix) {
            if let i = Color.basicNames.firstIndex(of: String(n.dropFirst(prefix.count))) {
                self = .bright(8 + i)
                return
            }
        }
        switch n {
        case "gray", "grey", "dark-gray", "dark-grey": self = .bright(8); return
        case "default", "reset", "none", "": self = .default; return
        default: break
        }
        if let v = Int(n) {
            guard (0...255).contains(v) else { return nil }
            self = .indexed(v)
            return
        }
        if n.hasPrefix("#"), n.count == 7, let v = Int(n.dropFirst(), radix: 16) {
            self = .indexed(Color.nearestIndexed(r: (v >> 16) & 0xFF, g: (v >> 8) & 0xFF, b: v & 0xFF))
            return
        }
        return nil
    }

    /// The palette number to hand to the terminal: 0-255, or -1 for the default colour.
    public var index: Int {
        switch self {
        case .basic(let i): clamp(i, 0, 7)
        case .bright(let i): i < 8 ? clamp(i, 0, 7) + 8 : clamp(i, 8, 15)
        case .indexed(let i): clamp(i, 0, 255)
        case .default: -1
        }
    }

    public var description: String {
        switch self {
        case .basic: Color.basicNames[index]
        case .bright: "bright-" + Color.basicNames[index - 8]
        case .indexed(let i): String(i)
        case .default: "default"
        }
    }

    /// The colour for a terminal with `n` colours:
    /// - 256 or more: unchanged;
    /// - 16 to 255: palette indices 16-255 become the nearest of the 16 ANSI colours;
    /// - 8 to 15: bright colours fold to their basic colour, indices map to the nearest of the
    ///   8 basic colours;
    /// - fewer than 8 (monochrome): `.default`.
    public func reduced(toColors n: Int) -> Color {
        if case .default = self { return .default }
        if n >= 256 { return self }
        if n < 8 { return .default }
        let i = index
        if n >= 16 {
            if i < 8 { return .basic(i) }
            if i < 16 { return .bright(i) }
            let (r, g, b) = Color.rgb(ofIndex: i)
            let j = Color.nearest(r: r, g: g, b: b, among: 0..<16)
            return j < 8 ? .basic(j) : .bright(j)
        }
        if i < 8 { return .basic(i) }
        if i < 16 { return .basic(i - 8) }
        let (r, g, b) = Color.rgb(ofIndex: i)
        return .basic(Color.nearest(r: r, g: g, b: b, among: 0..<8))
    }

    /// xterm's default RGB values for the 16 ANSI colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// RGB of an xterm 256-colour index.
    static func rgb(ofIndex i: Int) -> (Int, Int, Int) {
        let i = clamp(i, 0, 255)
        if i < 16 { return ansiRGB[i] }
        if i < 232 {
            let c = i - 16
            return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
        }
        let v = 8 + 10 * (i - 232)
        return (v, v, v)
    }

    static func nearest(r: Int, g: Int, b: Int, among range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for j in range {
            let (cr, cg, cb) = rgb(ofIndex: j)
            let d = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
            if d < bestDistance {
                bestDistance = d
                best = j
            }
        }
        return best
    }

    /// Nearest index among 16-255 (the colours that do not depend on the terminal's scheme).
    static func nearestIndexed(r: Int, g: Int, b: Int) -> Int {
        nearest(r: r, g: g, b: b, among: 16..<256)
    }
}
