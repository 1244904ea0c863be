import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens

/// The triage queue's respond-by column, the reasons point by point, and the weights table
/// behind `w` (issue 26), at 80×24 and 160×48.
@Suite struct TriageRespondByScreenTests {
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)])
    func eachRowShowsItsRespondByAndOverdueOnesSayIt(size: Size) throws {
        var d = try Sample.shell(width: size.width, height: size.height)
        d.press(.char("2"))
        let queue = d.shell.triage.queue
        #expect(!queue.isEmpty)
        let overdue = try #require(queue.first { $0.overdue && !$0.signal.safety })
        let onTime = try #require(queue.first { !$0.overdue })
        let lines = d.render().lines()
        let listWidth = size.width >= 90 ? size.width * 11 / 20 : size.width
        let rows = lines.map { String($0.prefix(listWidth)) }
        #expect(rows.contains { $0.contains(" overdue ") }, "\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains(onTime.respondBy.weekdayDayMonth) }, "\(onTime.respondBy)")
        // Overdue (and pressing) before the rest, after safety.
        let firstCalm = queue.firstIndex { !$0.signal.safety && !$0.pressing } ?? queue.count
        #expect(queue.firstIndex { $0.signal.id == overdue.signal.id }! < firstCalm)
        #expect(queue.dropFirst(firstCalm).allSatisfy { !$0.pressing || $0.signal.safety })
        // Nothing wider than the screen (HostileScreensTests checks every cell on the hostile district).
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= size.width })
    }

    @Test func theDetailPaneListsTheDeadlineAndVulnerabilityPointByPoint() throws {
        var d = try Sample.shell(width: 160, height: 48)
        d.press(.char("2"))
        for _ in 0..<40 where d.shell.triage.selected?.signal.householdID != 10 { d.press(.down) }
        let eviction = try #require(d.shell.triage.selected)
        #expect(eviction.signal.householdID == 10)
        let text = d.render().text()
        #expect(text.contains("+21  eviction on Tue 1 Dec: in 11 days"), "\(text)")
        #expect(text.contains("respond by Fri 27 Nov · deadline"))
        for _ in 0..<40 where d.shell.triage.selected?.signal.householdID != 1 { d.press(.up) }
        for _ in 0..<40 where d.shell.triage.selected?.signal.householdID != 1 { d.press(.down) }
        #expect(d.render().text().contains("75 or older, living alone"))
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 160, height: 48)])
    func wShowsTheWeightsTableToEveryone(size: Size) throws {
        var d = try Sample.shell(width: size.width, height: size.height, as: "daan")
        d.press(.char("2"))
        d.press(.char("w"))
        #expect(d.shell.triage.showsWeights)
        let text = d.render().text()
        #expect(text.contains("Urgency weights"))
        #expect(text.contains("safety") && text.contains("50"))
        d.press(.char("w"))
        #expect(!d.shell.triage.showsWeights)
        #expect(!d.render().text().contains("Urgency weights"))
    }
}
