import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

@Suite struct BoardSnapshotTests {
    @Test(arguments: [(80, 24), (160, 48)])
    func groupedByPhase(width: Int, height: Int) throws {
        var d = try Sample.shell(width: width, height: height)
        d.press(.char("g"))
        #expect(d.shell.board.grouping == .phase)
        expectSnapshot(d.render(), named: "board-phase-\(width)x\(height)")
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func byRegisseur(width: Int, height: Int) throws {
        let d = try Sample.shell(width: width, height: height)
        expectSnapshot(d.render(), named: "board-\(width)x\(height)")
    }

    @Test func withATextFilter() throws {
        var d = try Sample.shell(width: 160, height: 48)
        d.press(.char("/"))
        d.type("kersen")
        d.press(.enter)
        #expect(d.shell.board.filter.text == "kersen")
        let shown = d.shell.board.columns.flatMap(\.cards)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { $0.street.lowercased().contains("kersen") || $0.householdName.lowercased().contains("kersen")
            || $0.case.presentingQuestion.lowercased().contains("kersen") || ($0.case.questionBehind ?? "").lowercased().contains("kersen")
            || ($0.case.discussion ?? "").lowercased().contains("kersen") })
        expectSnapshot(d.render(), named: "board-filter-160x48")
        d.press(.char("c"))
        #expect(d.shell.board.filter.isEmpty)
    }

    @Test(arguments: [(80, 24), (160, 48)])
    func inPrivacyMode(width: Int, height: Int) throws {
        var d = try Sample.shell(width: width, height: height)
        d.press(.char("p"))
        #expect(d.shell.privacy)
        expectSnapshot(d.render(), named: "board-privacy-\(width)x\(height)")
    }
}

@Suite struct AssignTests {
    /// Selects the first unassigned case and returns it.
    func firstUnassigned(_ d: inout ShellDriver) throws -> CaseCard {
        d.press(.home)
        return try #require(d.shell.board.selectedCard)
    }

    func boardColumn(of caseID: Int, in store: some WijkteamStore) throws -> StaffID? {
        try store.cases(includeClosed: false).first { $0.id == caseID }?.regisseurID
    }

    @Test func pickerChoosesTheFirstSuggestionAndUndoRedoFollow() throws {
        var d = try Sample.shell(width: 120, height: 40)
        let card = try firstUnassigned(&d)
        #expect(card.case.regisseurID == nil)
        d.press(.char("a"))
        #expect(d.shell.isDialogOpen)
        let text = d.render().text()
        #expect(text.contains("Regisseur for #\(card.case.id)"))
        #expect(text.contains("has room") && text.contains("score"))
        let loadsBefore = BoardBuilder.loads(d.shell.snapshot!.cards)
        d.press(.enter)
        let chosen = try #require(try boardColumn(of: card.case.id, in: d.store))
        // The card moved into that regisseur's column, which is selected, and its load grew.
        #expect(d.shell.board.selectedCard?.case.id == card.case.id)
        #expect(d.shell.board.columns[d.shell.board.column].staff?.id == chosen)
        #expect(BoardBuilder.loads(d.shell.snapshot!.cards)[chosen, default: 0] > loadsBefore[chosen, default: 0])
        #expect(d.shell.message?.text.contains("u undoes") == true)
        d.press(.char("u"))
        #expect(try boardColumn(of: card.case.id, in: d.store) == nil)
        #expect(d.shell.board.columns[d.shell.board.column].isUnassigned)
        d.press(.ctrl("r"))
        #expect(try boardColumn(of: card.case.id, in: d.store) == chosen)
        d.press(.char("u"))
        #expect(try boardColumn(of: card.case.id, in: d.store) == nil)
        d.press(.char("u"))
        #expect(d.shell.message?.text == "Nothing to undo")
    }

    /// Undo does not overwrite a change someone else made after our assignment.
    @Test func undoIsRefusedWhenTheCaseChangedMeanwhile() throws {
        var d = try Sample.shell(width: 120, height: 40)
        let card = try firstUnassigned(&d)
        d.press(.char("L"))
        let ours = try #require(try boardColumn(of: card.case.id, in: d.store))
        try SQLiteStoreOpener.open(d.store.path).assign(caseID: card.case.id, to: "noel", expectedVersion: nil)
        d.send(.snapshot(try Sample.snapshot(d.store)))   // the live update arrives
        #expect(ours != "noel")
        d.press(.char("u"))
        #expect(d.shell.message?.role == .error)
        #expect(try boardColumn(of: card.case.id, in: d.store) == "noel")
    }

    @Test func movingACardToTheNeighbouringColumn() throws {
        var d = try Sample.shell(width: 120, height: 40)
        let card = try firstUnassigned(&d)
        d.press(.char("L"))
        let right = try #require(d.shell.board.columns[1].staff)
        #expect(try boardColumn(of: card.case.id, in: d.store) == right.id)
        #expect(d.shell.board.column == 1)
        d.press(.char("H"))
        #expect(try boardColumn(of: card.case.id, in: d.store) == nil)
        d.press(.char("H"))
        #expect(d.shell.message?.text == "No column on that side")
    }

    @Test func overCapacityAsksFirst() throws {
        var d = try Sample.shell(width: 120, height: 40)
        // Walk to the column left of the over-capacity regisseur and move a card into it.
        let columns = d.shell.board.columns
        let over = try #require(columns.firstIndex { $0.level == .over })
        let from = over - 1
        d.press(.home)
        for _ in 0..<from { d.press(.right) }
        let card = try #require(d.shell.board.selectedCard)
        d.press(.char("L"))
        #expect(d.shell.isDialogOpen)
        #expect(d.render().text().contains("over capacity"))
        d.press(.char("n"))
        #expect(!d.shell.isDialogOpen)
        #expect(try boardColumn(of: card.case.id, in: d.store) == card.case.regisseurID)
        d.press(.char("L"), .char("y"))
        #expect(try boardColumn(of: card.case.id, in: d.store) == columns[over].staff?.id)
    }

    /// Someone else changes the case after the board loaded it: the save is refused, the screen
    /// shows why and the old state, and undo still works for what was saved before.
    @Test func aFailedWriteShowsTheErrorAndKeepsTheOldState() throws {
        var d = try Sample.shell(width: 120, height: 40)
        let first = try firstUnassigned(&d)
        d.press(.char("L"))                                   // saved: goes on the undo stack
        d.press(.home, .left, .home)
        let second = try #require(d.shell.board.selectedCard)
        #expect(second.case.id != first.case.id)
        let other = try SQLiteStoreOpener.open(d.store.path)    // another terminal
        try other.assign(caseID: second.case.id, to: "noel", expectedVersion: nil)
        d.press(.char("L"))
        #expect(d.shell.message?.role == .error)
        #expect(d.shell.message?.text.contains("changed by someone else") == true)
        #expect(d.shell.board.selectedCard?.case.id == second.case.id)  // the screen still shows the old state
        #expect(d.shell.undoStack.count == 1)
        d.press(.char("u"))
        #expect(try boardColumn(of: first.case.id, in: d.store) == nil)
        #expect(try boardColumn(of: second.case.id, in: d.store) == "noel")
    }

    @Test func quickFiltersMineAndGrouping() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("m"))
        let me = d.shell.session.identity.staff.id
        #expect(d.shell.board.filter.regisseur == me)
        #expect(d.shell.board.columns.flatMap(\.cards).allSatisfy { $0.case.regisseurID == me })
        #expect(d.render().lines().last?.contains("filter: mine") == true)
        d.press(.char("m"))
        #expect(d.shell.board.filter.isEmpty)
        d.press(.char("f"))
        d.type("safety")
        d.press(.enter)
        #expect(d.shell.board.filter.flag == .safety)
        #expect(d.shell.board.columns.flatMap(\.cards).allSatisfy { $0.case.safety })
        d.press(.char("g"))
        #expect(d.render().lines().last?.contains("by phase") == true)
        d.press(.char("L"))
        #expect(d.shell.message?.text.contains("group by regisseur") == true)
    }

    @Test func enterOpensTheHouseholdAndQComesBackToTheSameCard() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.right, .right, .down)
        let card = try #require(d.shell.board.selectedCard)
        d.press(.enter)
        #expect(d.shell.isHouseholdOpen)
        let text = d.render().text()
        #expect(text.contains("#\(card.case.id) · \(card.case.phase.label)"))
        #expect(text.contains("Members"))
        d.press(.char("n"))
        #expect(d.shell.tab == .network && !d.shell.isHouseholdOpen)
        d.press(.char("q"))
        #expect(d.shell.isHouseholdOpen)
        d.press(.char("q"))
        #expect(d.shell.tab == .board)
        #expect(d.shell.board.selectedCard == card)
    }
}

import WijkteamStore
enum SQLiteStoreOpener {
    static func open(_ path: String) throws -> SQLiteStore { try SQLiteStore.open(path: path) }
}
