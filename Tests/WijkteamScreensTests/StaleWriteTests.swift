import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

/// Writes from a screen are checked against the version the screen showed (issue #20, item 5):
/// a colleague's change made meanwhile, from another connection, is refused, not overwritten.
@Suite struct StalePickerTests {
    func regisseur(of caseID: Int, in store: some WijkteamStore) throws -> StaffID? {
        try store.cases(includeClosed: false).first { $0.id == caseID }?.regisseurID
    }

    /// B opens the regisseur picker, A assigns the case from another terminal, the live update
    /// reaches B while the picker is open, B picks: refused, A's assignment stays.
    @Test func aPickFromAPickerOpenedBeforeAColleaguesAssignmentIsRefused() throws {
        var b = try Sample.shell(width: 120, height: 40)
        b.press(.home)
        let card = try #require(b.shell.board.selectedCard)
        #expect(card.case.regisseurID == nil)
        b.press(.char("a"))
        #expect(b.shell.isDialogOpen)
        let a = try SQLiteStoreOpener.open(b.store.path)          // another terminal, its own connection
        try a.assign(caseID: card.case.id, to: "noel", expectedVersion: card.case.version)
        b.send(.outsideChange(try Sample.snapshot(b.store), at: "09:01:00"))
        #expect(b.shell.isDialogOpen, "the live update does not close the picker")
        b.press(.enter)
        if b.shell.isDialogOpen { b.press(.char("y")) }          // over capacity: yes, still
        #expect(try regisseur(of: card.case.id, in: b.store) == "noel")
        #expect(b.shell.message?.role == .error)
        #expect(b.shell.message?.text.contains("noel") == true, "the refusal says who holds the case now")
        #expect(b.shell.undoStack.isEmpty)
    }

    /// Unassigning from the picker is checked the same way.
    @Test func unassigningFromAStalePickerIsRefusedToo() throws {
        var b = try Sample.shell(width: 120, height: 40)
        b.press(.home, .right)
        let card = try #require(b.shell.board.selectedCard)
        let holder = try #require(card.case.regisseurID)
        b.press(.char("a"))
        for _ in 0..<30 { b.press(.down) }                        // the last choice: unassign
        let a = try SQLiteStoreOpener.open(b.store.path)
        let other = holder == "noel" ? "emre" : "noel"
        _ = try? a.assign(caseID: card.case.id, to: other, expectedVersion: nil)
        let now = try regisseur(of: card.case.id, in: b.store)
        b.send(.outsideChange(try Sample.snapshot(b.store), at: "09:01:00"))
        b.press(.enter)
        #expect(try regisseur(of: card.case.id, in: b.store) == now)
        #expect(now != nil)
        #expect(b.shell.message?.role == .error)
    }
}
