import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens

/// At the minimum size (80×24) the most important things show, and what is cut says so.
@Suite struct NarrowScreenTests {
    @Test func theHouseholdsKeyHintsNameTheNetworkAndDiscussionAndSayThereIsMore() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.enter)
        #expect(d.shell.isHouseholdOpen)
        let header = d.render().lines()[1]
        #expect(header.contains("n network"))
        #expect(header.contains("b discuss"))
        #expect(header.hasSuffix("· ? more") || header.trimmingCharacters(in: .whitespaces).hasSuffix("· ? more"))
        #expect(!header.contains("…"))
        // Wide enough for all of them: no "more".
        d.send(.resize(Size(width: 160, height: 48)))
        let wide = d.render().lines()[1]
        #expect(wide.contains("]/[ sections") && !wide.contains("? more"))
    }

    @Test func followUpReasonsKeepRoomAt80Columns() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("5"))
        let f = try #require(d.shell.followUps.selected)
        #expect(!f.note.isEmpty)
        let row = try #require(d.render().lines().first { $0.contains("#\(f.caseID) ") })
        let start = String(f.note.prefix(8))
        #expect(row.contains(start), "\(row)")
    }

    @Test func aSafetySignalsMeldcodeStepsShowAt80x24() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("2"))
        let signal = try #require(d.shell.triage.selected)
        #expect(signal.signal.safety)
        let text = d.render().text()
        for step in MeldcodeStep.allCases { #expect(text.contains(step.label), "\(step.label)") }
        // The rest is cut with a sign that there is more.
        #expect(text.contains("↓") && text.contains("more lines"))
    }
}
