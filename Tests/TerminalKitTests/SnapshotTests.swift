import Testing
@testable import TerminalKit

@Suite("Screen snapshots at 80×24 and 120×40")
struct SnapshotTests {
    static func tooSmall(width: Int, height: Int) -> Grid {
        var g = Grid(width: width, height: height)
        TooSmallMessage(minimum: Size(width: width + 20, height: height + 6)).render(into: &g, area: g.bounds)
        return g
    }

    static var screens: [(String, Grid)] {
        [
            ("board80", Fixtures.board(width: 80, height: 24, columns: 3)),
            ("board120", Fixtures.board(width: 120, height: 40, columns: 4)),
            ("picker80", Fixtures.picker(width: 80, height: 24, selected: 1)),
            ("picker120", Fixtures.picker(width: 120, height: 40, selected: 0, filter: "an")),
            ("help80", Fixtures.help(width: 80, height: 24)),
            ("help120", Fixtures.help(width: 120, height: 40)),
            ("tooSmall80", tooSmall(width: 80, height: 24)),
            ("tooSmall120", tooSmall(width: 120, height: 40)),
        ]
    }
}
