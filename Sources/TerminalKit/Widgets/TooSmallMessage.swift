/// "terminal too small (need W×H)", centred in the area and truncated to fit; a second,
/// muted line gives the current size when there is room. Safe at any size, even 0×0.
public struct TooSmallMessage: Sendable, Hashable {
    public var minimum: Size

    public init(minimum: Size) {
        self.minimum = minimum
    }

    public var message: String { "terminal too small (need \(minimum.width)×\(minimum.height))" }

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
            TextLine("now \(area.width)×\(area.height)", style: Style(.muted), alignment: .center)
                .render(into: &grid, area: Rect(x: area.x, y: top + lines.count, width: area.width, height: 1))
        }
    }
}
