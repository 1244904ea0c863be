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
        // After safety: the pressing ones (respond-by passed, a hard date within its lead), then the score.
        let order = queue.dropFirst().map { ($0.pressing ? 1 : 0, $0.score) }
        #expect(order.map(\.0) == order.map(\.0).sorted(by: >))
        for (a, b) in zip(order, order.dropFirst()) where a.0 == b.0 { #expect(a.1 >= b.1) }
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
        // The steps still open (the sample's police signal has 1 and 2), each asking what it needs.
        while let next = Meldcode.next(d.shell.triage.steps(of: item.signal.id)) {
            d.press(.char("s"))
            #expect(d.shell.isDialogOpen)
            d.press(.enter)  // only the next step can be chosen; it is preselected
            switch next {
            case .consult:
                d.press(.char(" "), .enter)  // a colleague
            case .weigh:
                // The afwegingskader's five questions, one by one; acute or structural unsafety: yes.
                #expect(d.render().text().contains("1. Is there a suspicion of domestic violence or child abuse?"))
                d.press(.char("y"), .char("y"))
                #expect(d.render().text().contains("▸ 3. Can the team provide or organise adequate help?"))
                d.press(.char("y"), .char("y"), .char("n"))
            case .decide:
                // The report is not asked: it is required, and the form says why.
                let form = d.render().text()
                #expect(form.contains("Report to Veilig Thuis? yes · required: step 4 found acute or structural"), "\(form)")
                #expect(form.contains("▸ Is help provided or organised?"))
                d.press(.char("y"))
            default:
                break
            }
            d.press(.enter)                    // an empty note is refused
            #expect(d.render().text().contains("needs a note"))
            d.type("step \(next.rawValue) done")
            d.press(.enter)
            #expect(d.shell.message?.text.contains("step \(next.rawValue) recorded") == true, "\(String(describing: d.shell.message))")
        }
        let steps = d.shell.triage.steps(of: item.signal.id)
        #expect(steps.last?.reportToVeiligThuis == true && steps.last?.helpOrganised == true)
        let detail = d.render().text()
        #expect(detail.contains("Meldcode concluded: reported to Veilig Thuis; help") && detail.contains("✓ 5 Decide"), "\(detail)")
        d.press(.char("d"), .enter)            // safety route preselected
        d.press(.enter, .enter)                // regisseur, no follow-up
        d.press(.char("y"))                    // confirmed
        #expect(!d.shell.triage.queue.contains { $0.signal.id == item.signal.id })
    }

    /// The picker offers the next step, the acute path and ending; the acute path forces the report.
    @Test func theAcutePathGoesStraightToStepFiveWithTheReport() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"))
        let item = try #require(d.shell.triage.selected)
        d.press(.char("s"))
        let picker = d.render().text()
        #expect(picker.contains("Acute danger: straight to step 5") && picker.contains("end the Meldcode there"), "\(picker)")
        #expect(!picker.contains("  5 Decide"), "only the next step is offered")
        d.press(.down, .enter)  // acute danger
        let form = d.render().text()
        #expect(form.contains("Report to Veilig Thuis? yes · required: acute danger"), "\(form)")
        d.press(.char("n"))  // no help organised yet
        d.type("knife mentioned on the phone")
        d.press(.enter)
        let steps = d.shell.triage.steps(of: item.signal.id)
        #expect(steps.last?.acute == true && steps.last?.reportToVeiligThuis == true)
        #expect(d.render().text().contains("Meldcode acute: reported to Veilig Thuis; no help"))
    }
}
