import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

@Suite struct ShellSnapshotTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func boardAtStandardSizes(width: Int, height: Int) throws {
        let d = try Sample.shell(width: width, height: height)
        // A new user's first question is how to get help: the key stays in the tab row at 80 columns.
        #expect(d.render().lines()[0].hasSuffix("? help"), "\(d.render().lines()[0])")
        expectSnapshot(d.render(), named: "board-\(width)x\(height)")
    }

    @Test func helpIsGeneratedFromTheCommandTable() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("?"))
        #expect(d.shell.isHelpOpen)
        let text = d.render().text()
        for c in AppCommands.table.commands(in: .board).prefix(6) {
            #expect(text.contains(c.help), "help lacks \(c.id)")
        }
        expectSnapshot(d.render(), named: "help-80x24")
        d.press(.end) // to the end: the glossary
        #expect(d.render().text().contains("Besluitenlijst"))
        d.press(.char("q"))
        #expect(!d.shell.isHelpOpen)
        #expect(!d.send(.key(.char("x"))).quit)
    }

    @Test func triageNetworkAndMeetingViews() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"))
        #expect(d.shell.tab == .triage)
        expectSnapshot(d.render(), named: "triage-120x40")
        d.press(.char("4"))
        expectSnapshot(d.render(), named: "meeting-120x40")
        d.press(.char("1"), .enter, .char("n")) // the selected card's household, then its network
        #expect(d.shell.tab == .network)
        let household = try #require(d.shell.board.selectedCard?.case.householdID)
        #expect(d.effects.contains(.loadHousehold(household, .network)))
        expectSnapshot(d.render(), named: "network-120x40")
        d.press(.char("q"), .char("q")) // back through the household to the board, not out of the app
        #expect(d.shell.tab == .board)
    }
}

@Suite struct ShellBehaviourTests {
    @Test func arrowsMoveBetweenColumnsAndCards() throws {
        var d = try Sample.shell(width: 80, height: 24)
        let first = try #require(d.shell.board.selectedCard)
        #expect(first.case.regisseurID == nil) // Niet toegewezen comes first
        d.press(.down)
        #expect(d.shell.board.selectedCard != first)
        d.press(.right)
        #expect(d.shell.board.column == 1)
        d.press(.char("l"), .char("l"), .char("l"))
        #expect(d.shell.board.column == 4)
        // The selected column is always on screen: its title is drawn.
        let title = try #require(d.shell.board.columns[4].staff?.name)
        #expect(d.render().text().contains(String(title.prefix(10))))
        d.press(.left, .left, .left, .left, .left, .left)
        #expect(d.shell.board.column == 0)
    }

    @Test func qQuitsFromTheBoardAndClosesPanelsFirst() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char(":"))
        #expect(d.shell.isPaletteOpen)
        d.press(.escape)
        #expect(!d.shell.isPaletteOpen)
        #expect(d.send(.key(.char("q"))).quit)
    }

    @Test func paletteRunsACommandByName() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char(":"))
        d.type("tri")
        #expect(d.render().text().contains("Triage queue"))
        d.press(.enter)
        #expect(d.shell.tab == .triage)
        d.press(.char(":"))
        d.type("zzz")
        #expect(d.render().text().contains("no command matches"))
        d.press(.enter)
        #expect(d.shell.message?.text.contains("no command named") == true)
    }

    @Test func unboundKeysSayWhatToDo() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("Z"))
        #expect(d.render().lines().last?.contains("Z does nothing here") == true)
    }

    @Test func tooSmallAndTinySizes() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.send(.resize(Size(width: 10, height: 4)))
        #expect(d.render().lines().map { $0.trimmingCharacters(in: .whitespaces) } == ["terminal", "too small", "(need", "40×10)"])
        for w in 0...45 {
            for h in [0, 1, 2, 5, 9, 10, 11, 13] {
                d.send(.resize(Size(width: w, height: h)))
                _ = d.render() // must not crash
            }
        }
        d.send(.resize(Size(width: 40, height: 12)))
        let small = d.render().text()
        #expect(!small.contains("too small"))
        #expect(small.contains("1 Board"))
    }

    /// Any key in any view at any size: no crash, and the app only quits on q.
    @Test func randomKeysNeverCrash() throws {
        var d = try Sample.shell(width: 100, height: 30)
        var rng = SplitMix64(seed: 7)
        let keys: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .home, .end, .pageUp, .pageDown,
                           .backspace, .delete, .char("?"), .char(":"), .char("1"), .char("2"), .char("3"), .char("4"),
                           .char("j"), .char("k"), .char("x"), .char("é"), .char("日"), .ctrl("l"), .function(5), .char("T")]
        for i in 0..<3000 {
            if i % 500 == 0 { d.send(.resize(Size(width: 20 + Int(rng.next() % 140), height: 5 + Int(rng.next() % 45)))) }
            let paletteWasOpen = d.shell.isPaletteOpen
            let r = d.send(.key(keys[Int(rng.next() % UInt64(keys.count))]))
            #expect(!r.quit || paletteWasOpen) // only "quit" chosen in the palette may end it here
            _ = d.render()
        }
    }

    @Test func privacyModeShowsNoFullNames() throws {
        var d = try Sample.shell(width: 160, height: 48)
        d.shell.setPrivacy(true)
        let text = d.render().text()
        for card in try Sample.snapshot(Sample.store()).cards {
            let family = card.householdName.replacingOccurrences(of: "Huishouden ", with: "")
            #expect(!text.contains(family), "\(family) is visible in privacy mode")
        }
    }

    @Test func theNetworkViewFollowsTheSelection() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.right, .right)
        let first = try #require(d.shell.board.selectedCard?.case.householdID)
        d.press(.char("3"))
        #expect(d.shell.network.householdID == first)
        d.press(.char("1"), .down)
        let second = try #require(d.shell.board.selectedCard?.case.householdID)
        #expect(second != first)
        d.press(.char("3"))
        #expect(d.shell.network.householdID == second)
    }

    @Test func loadFiguresRoundOnce() {
        #expect(Format.load(7.96) == "8")
        #expect(Format.load(5.25) == "5.3")
        #expect(Format.load(0.75) == "0.8")
        #expect(Format.load(12) == "12")
        #expect(Format.load(.infinity) == "–")
    }

    @Test func commandTableHasNoConflicts() {
        #expect(AppCommands.table.conflicts().isEmpty, "\(AppCommands.table.conflicts())")
    }
}

