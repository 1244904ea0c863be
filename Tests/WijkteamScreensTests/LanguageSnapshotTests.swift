import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// `--lang nl` and `--lang en`: the board, help and the status bar, stored as snapshots (text
/// and colour roles) in both languages.
@Suite struct LanguageSnapshotTests {
    @Test(arguments: Language.allCases)
    func boardHelpAndStatusBar(language: Language) throws {
        try Language.$scoped.withValue(language) {
            var d = try Sample.shell(width: 100, height: 30)
            d.press(.char("u"))  // nothing to undo: a message in the status bar
            let board = d.render()
            expectSnapshot(board, named: "lang-\(language.rawValue)-board-100x30")
            d.press(.char("?"))
            let help = d.render()
            expectSnapshot(help, named: "lang-\(language.rawValue)-help-100x30")
            let status = board.lines().last ?? ""
            let words: (String, String, String) = language == .nl ? ("1 Bord", "als teamleider", "Bord")
                                                                  : ("1 Board", "as team lead", "Board")
            #expect(board.lines()[0].contains(words.0))
            #expect(status.contains(words.1), "\(status)")
            #expect(help.lines().contains { $0.contains(AppCommands.table(in: language).command(id: .quit)!.help) })
            let other: Language = language == .nl ? .en : .nl
            #expect(!help.text().contains(AppCommands.table(in: other).command(id: .quit)!.help))
        }
    }
}
