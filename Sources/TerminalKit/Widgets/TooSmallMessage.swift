/// "terminal too small (need W×H)", centred in the area and truncated to fit; a second,
/// muted line gives the current size when there is room. Safe at any size, even 0×0.
public struct TooSmallMessage: Sendable, Hashable {
    public var minimum: Size

    public init(minimum: Size) {
        self.minimum = minimum
    }

    public var message: String { "terminal too small (need \(minimum.width)×\(minimum.height))" }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area)
        let showSize = area.height >= 3
        let lines = showSize ? 2 : 1
        let top = area.y + (area.height - lines) / 2
        TextLine(message, style: Style(.warning, .bold), alignment: .center)
            .render(into: &grid, area: Rect(x: area.x, y: top, width: area.width, height: 1))
        if showSize {
            TextLine("now \(area.width)×\(area.height)", style: Style(.muted), alignment: .center)
                .render(into: &grid, area: Rect(x: area.x, y: top + 1, width: area.width, height: 1))
        }
    }
}
