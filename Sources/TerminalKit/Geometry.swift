// Geometry: points, sizes and rectangles in terminal cells.
//
// All arithmetic is saturating: a rectangle never gets a negative width or height, so layout
// code can split and inset freely on a tiny terminal without crashing.

/// A cell position: `x` is the column, `y` the row, both 0-based from the top-left.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    public var description: String { "(\(x), \(y))" }
}

/// A size in cells. Negative values are clamped to 0.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    /// True when `other` fits inside this size.
    public func contains(_ other: Size) -> Bool {
        other.width <= width && other.height <= height
    }

    /// "80×24"
    public var description: String { "\(width)×\(height)" }
}

/// A rectangle of cells. `maxX`/`maxY` are exclusive. Width and height are never negative.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int { didSet { if width < 0 { width = 0 } } }
    public var height: Int { didSet { if height < 0 { height = 0 } } }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    public var origin: Point { Point(x: x, y: y) }
    public var size: Size { Size(width: width, height: height) }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    public var description: String { "Rect(x: \(x), y: \(y), \(width)×\(height))" }

    /// Shrinks every side by `n` (grows for negative `n`). Saturating: never a negative size.
    public func inset(by n: Int) -> Rect {
        inset(top: n, left: n, bottom: n, right: n)
    }

    /// Shrinks each side by its own amount. Saturating: the origin never moves past the far
    /// edge and the size never becomes negative.
    public func inset(top: Int, left: Int, bottom: Int, right: Int) -> Rect {
        let newX = min(x + left, maxX)
        let newY = min(y + top, maxY)
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: newX, y: newY, width: newWidth, height: newHeight)
    }

    /// The first `h` rows and the rest. `h` is clamped to `0...height`.
    public func splitTop(_ h: Int) -> (top: Rect, rest: Rect) {
        let h = clamp(h, 0, height)
        return (Rect(x: x, y: y, width: width, height: h),
                Rect(x: x, y: y + h, width: width, height: height - h))
    }

    /// The last `h` rows and the rest above them. `h` is clamped to `0...height`.
    public func splitBottom(_ h: Int) -> (rest: Rect, bottom: Rect) {
        let h = clamp(h, 0, height)
        return (Rect(x: x, y: y, width: width, height: height - h),
                Rect(x: x, y: maxY - h, width: width, height: h))
    }

    /// The first `w` columns and the rest. `w` is clamped to `0...width`.
    public func splitLeft(_ w: Int) -> (left: Rect, rest: Rect) {
        let w = clamp(w, 0, width)
        return (Rect(x: x, y: y, width: w, height: height),
                Rect(x: x + w, y: y, width: width - w, height: height))
    }

    /// The last `w` columns and the rest to their left. `w` is clamped to `0...width`.
    public func splitRight(_ w: Int) -> (rest: Rect, right: Rect) {
        let w = clamp(w, 0, width)
        return (Rect(x: x, y: y, width: width - w, height: height),
                Rect(x: maxX - w, y: y, width: w, height: height))
    }

    /// `n` columns of (nearly) equal width separated by `gap` cells; the first columns get the
    /// spare cells. Returns `[]` for `n <= 0`. On a narrow rectangle the columns shrink to 0.
    public func columns(_ n: Int, gap: Int) -> [Rect] {
        guard n > 0 else { return [] }
        let gap = max(0, gap)
        let usable = max(0, width - gap * (n - 1))
        let base = usable / n
        let extra = usable % n
        var result: [Rect] = []
        result.reserveCapacity(n)
        var cx = x
        for i in 0..<n {
            let w = base + (i < extra ? 1 : 0)
            let left = min(cx, maxX)
            result.append(Rect(x: left, y: y, width: min(w, maxX - left), height: height))
            cx += w + gap
        }
        return result
    }

    /// `n` rows of (nearly) equal height separated by `gap` rows.
    public func rows(_ n: Int, gap: Int) -> [Rect] {
        Rect(x: y, y: x, width: height, height: width).columns(n, gap: gap).map {
            Rect(x: $0.y, y: $0.x, width: $0.height, height: $0.width)
        }
    }

    /// The overlapping part; an empty rectangle (size 0) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: max(0, right - left), height: max(0, bottom - top))
    }

    public func contains(_ p: Point) -> Bool {
        p.x >= x && p.x < maxX && p.y >= y && p.y < maxY
    }

    /// A rectangle of at most `width`×`height` centred in this one (clamped to fit).
    public func centered(width w: Int, height h: Int) -> Rect {
        let w = clamp(w, 0, width)
        let h = clamp(h, 0, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }
}

@inline(__always)
func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int {
    hi < lo ? lo : min(max(v, lo), hi)
}
