import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

/// Issue #20, 9: what the chair decides from the triage view while the meeting runs is in the
/// meeting's minutes.
@Suite struct MeetingTriageTests {
    @Test func aSignalDecidedFromTriageDuringTheMeetingIsInTheMinutes() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("4"), .char("s"))
        let meetingID = try #require(d.shell.meeting.meeting?.id)
        d.press(.char("2"), .down) // the first item after the safety signal
        let item = try #require(d.shell.triage.selected)
        #expect(!item.signal.safety)
        // Decide as the triage tests do: regie, the first suggested regisseur, an outreaching
        // follow-up, then confirm the summary.
        d.press(.char("d"))
        d.type("regie")
        d.press(.enter, .enter, .home, .down, .enter, .enter, .enter)
        #expect(!d.shell.triage.queue.contains { $0.signal.id == item.signal.id })
        let c = try #require(try d.store.cases(includeClosed: true).first { $0.householdID == item.signal.householdID && $0.isOpen })
        let minutes = try d.store.minutes(meetingID: meetingID)
        #expect(minutes.map(\.kind) == [.decision, .assignment, .followUp], "\(minutes)")
        #expect(minutes.allSatisfy { $0.caseID == c.id && $0.itemKey == "signal:\(item.signal.id)" })
        #expect(minutes.first?.text.contains("signal #\(item.signal.id)") == true)
        try #require(minutes.count == 3)
        #expect(minutes[1].ownerID == c.regisseurID)
        #expect(minutes[2].detail == "outreaching" && minutes[2].due == Sample.today.adding(days: 14))
        // Back on the meeting view the case's item shows what was recorded.
        d.press(.char("4"))
        #expect(d.shell.meeting.minutes.count == 3)
    }

    @Test func anAssignmentOnTheBoardDuringTheMeetingIsInTheMinutes() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("4"), .char("s"))
        let meetingID = try #require(d.shell.meeting.meeting?.id)
        d.press(.char("1"), .home)
        let card = try #require(d.shell.board.selectedCard)
        #expect(card.case.regisseurID == nil)
        d.press(.char("a"), .enter)
        if d.shell.isDialogOpen { d.press(.char("y")) }  // over capacity: confirmed
        let minutes = try d.store.minutes(meetingID: meetingID)
        #expect(minutes.map(\.kind) == [.assignment])
        #expect(minutes.first?.caseID == card.case.id && minutes.first?.ownerID != nil)
    }

    @Test func outsideAMeetingATriageDecisionIsNotInAnyMinutes() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"), .down)
        let item = try #require(d.shell.triage.selected)
        d.press(.char("d"))
        d.type("regie")
        d.press(.enter, .enter, .home, .down, .enter, .enter, .enter)
        #expect(!d.shell.triage.queue.contains { $0.signal.id == item.signal.id }, "the decision was saved")
        #expect(try d.store.meetings().isEmpty)
    }
}
