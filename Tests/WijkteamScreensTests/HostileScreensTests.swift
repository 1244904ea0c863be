import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens

/// Every view on the hostile district (right-to-left, CJK, emoji with joiners and skin tones,
/// combining marks, Turkish and Polish letters, 80-character names, tabs and escape sequences in
/// notes): each row exactly as wide as the screen, every cell something a terminal draws in the
/// cells the grid gives it, and no client's name on screen in privacy mode.
@Suite struct HostileScreensTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// The views a person opens, each reached with its keys from the board.
    static let views: [(name: String, keys: [Key])] = [
        ("board", []), ("household", [.enter]), ("triage", [.char("2")]), ("network", [.char("3")]),
        ("meeting", [.char("4")]), ("follow-ups", [.char("5")]), ("team", [.char("7")]), ("help", [.char("?")]),
    ]

    /// A row's cells as the terminal shows them: the grid's width (a wide character and its
    /// right half, nothing else), no control character.
    static func check(_ grid: Grid, _ label: String) {
        for y in 0..<grid.height {
            var x = 0, cells = 0
            while x < grid.width {
                let cell = grid[x, y]
                #expect(!cell.grapheme.isEmpty, "\(label) (\(x), \(y)) is the right half of nothing")
                #expect(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) },
                        "\(label) (\(x), \(y)) holds a control character")
                if cell.width == 2 { #expect(grid[x + 1, y].grapheme.isEmpty, "\(label) (\(x), \(y)) wide without its right half") }
                cells += cell.width
                x += max(1, cell.width)
            }
            #expect(cells == grid.width, "\(label) row \(y) is \(cells) cells wide: “\(grid.lines()[y])”")
        }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                guard !cell.grapheme.isEmpty else { continue }
                let parts = TerminalCellText.cells(for: cell.grapheme, width: cell.width, wcwidth: approximateWCWidth)
                #expect(parts.count == 1 || parts.count == cell.width, "\(label) (\(x), \(y)) “\(cell.grapheme)”")
            }
        }
    }

    /// Close enough to glibc's for the hand-over's shape: zero-width joiners, selectors and
    /// marks 0, wide characters and emoji 2, the rest 1.
    static func approximateWCWidth(_ v: UInt32) -> Int {
        guard let s = Unicode.Scalar(v) else { return -1 }
        if v == 0x200D || (0xFE00...0xFE0F).contains(v) || s.properties.generalCategory == .nonspacingMark { return 0 }
        if (0x1F1E6...0x1F1FF).contains(v) { return 1 }
        return TextWidth.width(of: Character(s)) == 2 ? 2 : 1
    }

    @Test(arguments: sizes)
    func everyViewFitsTheScreenOnEveryHousehold(size: Size) throws {
        for household in [1, 2, 3, 4, 5] {
            for view in Self.views {
                var d = try Hostile.shell(width: size.width, height: size.height)
                d.selectCard(ofHousehold: household)
                for k in view.keys { d.press(k) }
                Self.check(d.render(), "\(size) household \(household) \(view.name)")
            }
        }
    }

    @Test(arguments: sizes)
    func privacyModeShowsNoClientNameInAnyView(size: Size) throws {
        for household in [1, 2, 3, 4, 5] {
            for view in Self.views where view.name != "help" {
                var d = try Hostile.shell(width: size.width, height: size.height)
                d.press(.char("p"))
                #expect(d.shell.privacy)
                d.selectCard(ofHousehold: household)
                for k in view.keys { d.press(k) }
                let names = Hostile.namesShown(d.render())
                #expect(names.isEmpty, "\(size) household \(household) \(view.name): \(names.joined(separator: "\n"))")
            }
        }
    }
}
