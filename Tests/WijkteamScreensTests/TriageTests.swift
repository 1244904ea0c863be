import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

@Suite struct TriageScreenTests {
    @Test func theQueueIsRankedWithReasonsSafetyFirst() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"))
        let queue = d.shell.triage.queue
        #expect(queue.first?.signal.safety == true)
        let scores = queue.dropFirst().map(\.score)
        #expect(scores == scores.sorted(by: >))
        let text = d.render().text()
        #expect(text.contains("Urgency \(queue[0].score)"))
        #expect(text.contains("safety signal"))
        #expect(text.contains("Meldcode"))
        expectSnapshot(d.render(), named: "triage-120x40")
    }

    /// Issue #20, item 14: the empty flag cell of an ordinary signal used the safety style, so
    /// every row started with a red block. Only a row with a safety signal may carry it.
    @Test func onlyASafetySignalsRowCarriesTheSafetyColour() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"), .down) // off the safety signal, so its row shows its own colours
        let grid = d.render()
        var marked = 0
        for y in 0..<grid.height {
            let flagCell = Array(grid.row(y).dropFirst().prefix(2))  // inside the list's left border
            guard flagCell.contains(where: { $0.style.role == .flagSafety }) else { continue }
            marked += 1
            #expect(flagCell.first?.grapheme == "⚠", "row \(y) has the safety colour without a safety signal")
        }
        let safety = d.shell.triage.queue.filter(\.signal.safety).count
        #expect(safety >= 1 && d.shell.triage.queue.count > safety + 3)
        #expect(marked == safety)
    }

    @Test func decidingTheTopItemWithARegisseurAndAnOutreachingFollowUp() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"), .down) // the first item after the safety signal
        let item = try #require(d.shell.triage.selected)
        #expect(!item.signal.safety)
        d.press(.char("d"))
        #expect(d.render().text().contains("Route for signal #\(item.signal.id)"))
        d.type("regie")                        // the picker starts on no route: type to choose one
        d.press(.enter)
        #expect(d.render().text().contains("Regisseur"))
        d.press(.enter)                        // the first suggestion (or the current regisseur)
        #expect(d.render().text().contains("Follow-up"))
        d.press(.home)
        d.press(.down)                         // outreaching, due in 2 weeks
        d.press(.enter)
        #expect(d.render().text().contains("Due date of the outreaching follow-up"))
        d.press(.enter)
        #expect(d.render().text().contains("Save this decision for signal #\(item.signal.id)?"))
        #expect(d.shell.triage.queue.contains { $0.signal.id == item.signal.id }, "nothing is saved before the confirmation")
        d.press(.enter)
        #expect(d.shell.message?.text.contains("Signal #\(item.signal.id) → case #") == true, "\(String(describing: d.shell.message))")
        #expect(!d.shell.triage.queue.contains { $0.signal.id == item.signal.id })
        let card = try #require(d.shell.snapshot?.cards.first { $0.case.householdID == item.signal.householdID })
        #expect(card.case.regisseurID != nil)
        #expect(card.proactiveKinds.contains(.outreaching))
        #expect(try d.store.followUps(includeDone: false).contains {
            $0.caseID == card.case.id && $0.kind == .outreaching && $0.due == Sample.today.adding(days: 14)
        })
    }

    @Test func aWrongDueDateIsExplainedAndNothingIsWritten() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"), .down, .char("d"))
        d.type("regie")
        d.press(.enter, .enter, .home, .down, .enter)
        for _ in 0..<12 { d.press(.backspace) }
        d.type("2026-02-30")
        d.press(.enter)
        #expect(d.render().text().contains("is not a date"))
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.triage.queue.count == (try d.store.openSignals().count))
    }

    @Test func aSafetySignalGoesThroughTheMeldcodeFirst() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"))
        let item = try #require(d.shell.triage.selected)
        #expect(item.signal.safety)
        d.press(.char("d"))
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text.contains("Meldcode first") == true)
        for step in 1...5 {
            d.press(.char("s"))
            #expect(d.shell.isDialogOpen)
            d.press(.enter)                    // the next step to record is preselected
            d.press(.enter)                    // an empty note is refused
            #expect(d.render().text().contains("needs a note"))
            d.type("step \(step) done")
            d.press(.enter)
            #expect(d.shell.message?.text.contains("step \(step) recorded") == true, "\(String(describing: d.shell.message))")
        }
        #expect(d.render().text().contains("✓ 5 Decide"))
        d.press(.char("d"), .enter)            // safety route preselected
        d.press(.enter, .enter)                // regisseur, no follow-up
        d.press(.char("y"))                    // confirmed
        #expect(!d.shell.triage.queue.contains { $0.signal.id == item.signal.id })
    }
}
