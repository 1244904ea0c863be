/// "terminal too small (need W×H)", centred in the area and truncated to fit; a second,
/// muted line gives the current size when there is room. Safe at any size, even 0×0.
/// TerminalKit knows no languages: the app passes both texts in its own (English by default).
public struct TooSmallMessage: Sendable, Hashable {
    public var minimum: Size
    /// The first line, e.g. "terminal too small (need 40×10)".
    public var message: String
    /// The line with the current size: `{1}` becomes the width, `{2}` the height.
    public var sizeLine: String

    public init(minimum: Size, message: String? = nil, sizeLine: String = "now {1}×{2}") {
        self.minimum = minimum
        self.message = message ?? "terminal too small (need \(minimum.width)×\(minimum.height))"
        self.sizeLine = sizeLine
    }

    /// The size line for an area of `width`×`height`.
    public func sizeText(width: Int, height: Int) -> String {
        var out = ""
        var rest = Substring(sizeLine)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if after.count >= 2, after.dropFirst().first == "}", let n = after.first?.wholeNumberValue, n == 1 || n == 2 {
                out += String(n == 1 ? width : height)
                rest = after.dropFirst(2)
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// The message wraps onto several lines when the area is narrow (10×4 still says it all).
    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area)
        var lines = TextBlock.wrap(message, width: area.width)
        if lines.count > area.height { lines = [message] }
        let showSize = area.height >= lines.count + 2
        let count = lines.count + (showSize ? 1 : 0)
        let top = area.y + max(0, (area.height - count) / 2)
        for (i, line) in lines.enumerated() {
            TextLine(line, style: Style(.warning, .bold), alignment: .center)
                .render(into: &grid, area: Rect(x: area.x, y: top + i, width: area.width, height: 1))
        }
        if showSize {
            TextLine(sizeText(width: area.width, height: area.height), style: Style(.muted), alignment: .center)
                .render(into: &grid, area: Rect(x: area.x, y: top + lines.count, width: area.width, height: 1))
        }
    }
}
