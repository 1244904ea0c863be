import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

@Suite struct FollowUpScreenTests {
    /// The list is built when it is shown; data that arrived while another view was up is in it.
    @Test func dataThatArrivedWhileAwayIsShownOnReturn() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("5"))
        let first = try #require(d.shell.followUps.rows.first)
        d.press(.char("1"))
        _ = try d.store.completeFollowUp(id: first.id, outcome: "Gebeld, gaat goed", expectedVersion: nil)
        d.send(.outsideChange(try Sample.snapshot(d.store), at: "09:01:00"))
        #expect(d.shell.followUps.rows.contains { $0.id == first.id })  // not rebuilt while the board is up
        d.press(.char("5"))
        #expect(!d.shell.followUps.rows.contains { $0.id == first.id })
        #expect(!d.shell.followUps.rows.isEmpty)
    }

    @Test func theListPutsOverdueFirstAndFilters() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("5"))
        #expect(d.shell.tab == .followUps)
        let rows = d.shell.followUps.rows
        #expect(!rows.isEmpty)
        #expect(rows.map(\.due) == rows.map(\.due).sorted())
        #expect(FollowUpStatus(rows[0], on: Sample.today).isOverdue)
        expectSnapshot(d.render(), named: "followups-120x40")
        d.press(.char("f"))
        #expect(d.shell.followUps.rows.allSatisfy { $0.kind == .preventive })
        d.press(.char("f"))
        #expect(d.shell.followUps.rows.allSatisfy { $0.kind == .outreaching })
        d.press(.char("m"))
        let me = d.shell.session.identity.staff.id
        #expect(d.shell.followUps.rows.allSatisfy { $0.ownerID == me && $0.kind == .outreaching })
    }

    /// The snapshot's open follow-ups, in due order, are the list itself (shared, not copied:
    /// 30,000 at 100,000 households); given out of order or with done ones, the list is still the
    /// open ones in due order.
    @Test func theListIsTheSnapshotsOwnWhenItIsInOrder() throws {
        let d = try Sample.shell(width: 120, height: 40)
        var snapshot = try Sample.snapshot(d.store)
        let open = snapshot.followUps
        #expect(open.count > 10 && !open.contains(where: \.done))
        var screen = FollowUpsScreen()
        screen.update(snapshot)
        #expect(screen.rows == open)
        let shown = screen.rows.withUnsafeBufferPointer { $0.baseAddress }
        #expect(shown == open.withUnsafeBufferPointer { $0.baseAddress })
        var changed = open
        changed[3].done = true
        snapshot.followUps = changed.reversed()
        screen.update(snapshot)
        #expect(screen.rows == open.filter { $0.id != open[3].id })
    }

    @Test func markingDoneNeedsAnOutcome() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("5"))
        let f = try #require(d.shell.followUps.selected)
        d.press(.char("x"), .enter)
        #expect(d.render().text().contains("say what came of it"))
        d.type("Visited, she goes to the Tuesday lunch again")
        d.press(.enter)
        #expect(d.shell.message?.text.contains("Follow-up #\(f.id) done") == true)
        #expect(!d.shell.followUps.rows.contains { $0.id == f.id })
        #expect(try d.store.followUps(includeDone: true).first { $0.id == f.id }?.outcome == "Visited, she goes to the Tuesday lunch again")
    }

    @Test func flaggingFromTheBoardAndTheTeamFigure() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.right, .right)                     // a regisseur's column
        let card = try #require(d.shell.board.selectedCard)
        let before = d.shell.snapshot!.figures
        d.press(.char("F"))
        #expect(d.render().text().contains("Follow-up for case #\(card.case.id)"))
        d.press(.down, .enter)                      // outreaching
        #expect(d.render().text().contains("(regisseur)"))
        d.press(.enter)                             // the regisseur owns it
        d.press(.enter)                             // due in two weeks
        d.press(.enter)                             // no reason yet: refused
        #expect(d.render().text().contains("give the reason"))
        d.type("Payment arrears signal: home visit")
        d.press(.enter)
        #expect(d.shell.message?.text.contains("outreaching follow-up due \(Sample.today.adding(days: 14))") == true)
        let saved = try d.store.followUps(includeDone: false).filter { $0.caseID == card.case.id && $0.kind == .outreaching }
        #expect(saved.contains { $0.ownerID == card.case.regisseurID && $0.note == "Payment arrears signal: home visit" })
        let after = d.shell.snapshot!.figures
        #expect(after.proactiveHouseholds >= before.proactiveHouseholds)
        #expect(d.shell.board.selectedCard?.proactiveKinds.contains(.outreaching) == true)
    }
}
