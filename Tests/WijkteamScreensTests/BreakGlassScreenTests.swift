import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
@testable import WijkteamStore

/// Break-the-glass in the household view, rendered into the grid: a history withheld because
/// the access was given to oneself says so, `R` asks for a reason, and then it shows.
@Suite struct BreakGlassScreenTests {
    static func toJournal(_ d: inout ShellDriver) {
        d.press(.char("c"))
        d.selectCard(ofHousehold: 3)
        d.press(.enter)
        for _ in 0..<6 { d.press(.char("]")) }
    }

    @Test func aSelfAssignedHistoryOpensWithAReason() throws {
        var d = try Sample.shell(width: 160, height: 48, as: "daan")
        try d.store.assign(caseID: 3, to: "daan", expectedVersion: nil)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        Self.toJournal(&d)
        var text = d.render().text()
        #expect(text.contains("You gave yourself access: the history before it opens with a reason (R, logged)"))
        #expect(text.contains("sensitive, from before you gave yourself access: R reads it with a reason"))
        #expect(!text.contains("Grandmother reports"), "a withheld entry's text reached the screen")

        // The form: an empty reason is refused in the form, as the store would.
        d.press(.char("R"))
        text = d.render().text()
        #expect(text.contains("Read case #3's history: why? (logged, reviewed)"))
        d.press(.enter)
        #expect(d.render().text().contains("give a reason (one line) to read the history of the case"))
        d.type("Moeder belt in crisis — 紧急")
        d.press(.enter)
        text = d.render().text()
        #expect(!d.shell.isDialogOpen)
        #expect(text.contains("Read with a reason (#1): the history of case #3 is open"))
        #expect(text.contains("Grandmother reports"))
        #expect(!text.contains("You gave yourself access"))
        #expect(
            try d.store.acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t")).breakGlassLog().map(\.reason)
                == ["Moeder belt in crisis — 紧急"])

        // Nothing left to open: R says so instead of asking.
        d.press(.char("R"))
        #expect(!d.shell.isDialogOpen)
        #expect(d.render().text().contains("Nothing here is withheld until you give a reason"))
    }

    @Test func theReasonFormFitsEightyByTwentyFour() throws {
        var d = try Sample.shell(width: 80, height: 24, as: "daan")
        try d.store.assign(caseID: 3, to: "daan", expectedVersion: nil)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        Self.toJournal(&d)
        d.press(.char("R"))
        d.type(String(repeating: "ŁİıĞ 👩🏽‍⚕️ ", count: 12))
        let lines = d.render().lines()
        #expect(lines.count == 24)
        #expect(lines.contains { $0.contains("Read case #3's history: why?") })
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
    }
}
