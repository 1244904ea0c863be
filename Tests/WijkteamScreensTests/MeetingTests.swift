import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

@Suite struct MeetingScreenTests {
    /// The shell on the meeting view with a meeting started (as the demo team lead).
    func started(width: Int = 120, height: Int = 36) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        d.press(.char("4"), .char("s"))
        return d
    }

    @Test func startingAMeetingTurnsPrivacyOnAndTheTimerCounts() throws {
        var d = try started()
        #expect(d.shell.privacy)
        #expect(d.shell.meeting.driving)
        let m = try #require(d.shell.meeting.meeting)
        #expect(m.status == .running)
        d.send(.tick(1000))
        d.send(.tick(1001))
        d.send(.tick(1003))
        #expect(d.shell.meeting.meeting?.elapsedSeconds == 3)
        let key = try #require(d.shell.meeting.selected?.key)
        #expect(d.shell.meeting.meeting?.seconds(of: key) == 3)
        // A suspended laptop does not add an hour.
        d.send(.tick(4600))
        #expect(d.shell.meeting.meeting?.elapsedSeconds == 8)
        let text = d.render().lines().joined(separator: "\n")
        #expect(text.contains("⏱ 0:08 / 5:00"))
        #expect(text.contains("meeting 0:08"))
    }

    func shell(on store: SQLiteStore, as staff: StaffID? = nil, width: Int = 120, height: Int = 36) throws -> ShellDriver {
        let identity = try Identity.resolve(requested: staff, account: "nobody-here", staff: try store.staff(), demo: true)
        var d = ShellDriver(store: store, shell: Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"),
                                                       size: Size(width: width, height: height)))
        d.send(.snapshot(try Sample.snapshot(d.store)))
        return d
    }

    /// Moves the agenda cursor to an item.
    func select(_ d: inout ShellDriver, key: String) throws {
        for _ in 0..<80 where d.shell.meeting.selected?.key != key { d.press(.down) }
        #expect(d.shell.meeting.selected?.key == key)
    }

    @Test func aDecisionWithAnActionIsRecordedFromTheKeys() throws {
        var d = try started()
        let item = try #require(d.shell.meeting.items.first { $0.caseID != nil })
        try select(&d, key: item.key)
        d.press(.char("d"))
        d.type("Talk with the family this week")
        d.press(.enter)
        d.type("daan")
        d.press(.enter)
        #expect(d.render().lines().joined().contains("Action due by"))
        d.press(.enter) // the default: two weeks from today
        let minutes = try d.store.minutes(meetingID: try #require(d.shell.meeting.meeting?.id))
        #expect(minutes.count == 1)
        #expect(minutes.first?.text == "Talk with the family this week")
        #expect(minutes.first?.ownerID == "daan")
        #expect(minutes.first?.due == Sample.today.adding(days: 14))
        #expect(minutes.first?.caseID == item.caseID)
        let screen = d.render().lines().joined(separator: "\n")
        #expect(screen.contains("Recorded in this meeting"))
        #expect(screen.contains("✓ Decision: Talk with the family this week → Daan Verhoef by"))
        #expect(screen.contains("\(Sample.today.adding(days: 14))"))
    }

    @Test func aDecisionWithoutTextOrWithABadDateStaysOpen() throws {
        var d = try started()
        d.press(.char("d"), .enter)
        #expect(d.render().lines().joined().contains("say what the team decided"))
        d.type("No action needed")
        d.press(.enter, .home, .enter) // "No action (a decision only)"
        let m = try #require(d.shell.meeting.meeting)
        #expect(try d.store.minutes(meetingID: m.id).map(\.ownerID) == [nil])
        d.press(.char("d"))
        d.type("Check again")
        d.press(.enter)
        d.type("daan")
        d.press(.enter)
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2020-01-01")
        d.press(.enter)
        #expect(d.render().lines().joined().contains("the due date is in the past"))
        #expect(try d.store.minutes(meetingID: m.id).count == 1)
    }

    @Test func discussedMovesOnAndIsSaved() throws {
        var d = try started()
        let first = try #require(d.shell.meeting.selected?.key)
        d.press(.char("x"))
        #expect(d.shell.meeting.selected?.key != first)
        let m = try #require(try d.store.openMeeting())
        #expect(m.items[first]?.discussed == true)
        #expect(d.render().lines().joined().contains("1/\(d.shell.meeting.items.count) discussed"))
    }

    @Test func quittingPausesTheMeetingAndReopeningReturnsToTheSameItem() throws {
        var d = try started()
        d.press(.down, .down, .down)
        let key = try #require(d.shell.meeting.selected?.key)
        d.send(.tick(10)); d.send(.tick(12))
        let r = d.send(.key(.char("q")))
        #expect(r.quit)
        let stored = try #require(try d.store.openMeeting())
        #expect(stored.status == .paused)
        #expect(stored.currentItemKey == key)
        #expect(stored.elapsedSeconds == 2)
        // The same person opens the app again: the meeting view, privacy on, the same item, paused.
        var again = try shell(on: d.store)
        #expect(again.shell.tab == .meeting)
        #expect(again.shell.privacy)
        #expect(again.shell.meeting.selected?.key == key)
        #expect(!again.shell.meeting.driving)
        again.send(.tick(20)); again.send(.tick(25))
        #expect(again.shell.meeting.meeting?.elapsedSeconds == 2) // paused: the clock stands still
        again.press(.char("s"))
        #expect(again.shell.meeting.driving)
        #expect(again.shell.meeting.meeting?.status == .running)
        #expect(again.shell.meeting.meeting?.elapsedSeconds == 2)
        #expect(again.shell.meeting.selected?.key == key)
    }

    @Test func aClosedTerminalPausesTheMeetingToo() throws {
        var d = try started()
        d.send(.closing)
        #expect(try d.store.openMeeting()?.status == .paused)
    }

    @Test func otherTerminalsFollowButDoNotDrive() throws {
        let lead = try started()
        var other = try shell(on: lead.store, as: "daan")
        #expect(other.shell.tab == .board) // not their meeting: they are not pulled into it
        other.press(.char("4"))
        #expect(other.shell.meeting.meeting?.id == lead.shell.meeting.meeting?.id)
        other.press(.char("s"))
        #expect(!other.shell.meeting.driving)
        #expect(other.shell.message?.text.contains("running in Fatima El Amrani's terminal") == true)
        other.press(.char("d"))
        #expect(!other.shell.isDialogOpen)
    }

    @Test func newStaffDoNotChair() throws {
        let store = try Sample.store()
        var d = try shell(on: store, as: "sanne")
        d.press(.char("4"), .char("s"))
        #expect(!d.shell.meeting.driving)
        #expect(try store.openMeeting() == nil)
    }

    @Test func anAssignmentInTheMeetingIsInTheMinutesAndOnTheAgenda() throws {
        var d = try started()
        let item = try #require(d.shell.meeting.items.first { $0.section == .capacity && $0.caseID != nil && $0.reasons.count == 1 })
        try select(&d, key: item.key)
        d.press(.char("a"), .enter)
        let minutes = try d.store.minutes(meetingID: try #require(d.shell.meeting.meeting?.id))
        #expect(minutes.map(\.kind) == [.assignment])
        #expect(minutes.first?.caseID == item.caseID)
        // The case has a regisseur now: it leaves the capacity section.
        #expect(!d.shell.meeting.items.contains { $0.key == item.key })
    }

    @Test func anotherTerminalsChangeReachesTheAgenda() throws {
        var d = try started()
        let item = try #require(d.shell.meeting.items.first { $0.section == .capacity && $0.caseID != nil && $0.reasons.count == 1 })
        let c = try #require(try d.store.cases(includeClosed: false).first { $0.id == item.caseID })
        try d.store.assign(caseID: c.id, to: "daan", expectedVersion: c.version)
        d.send(.outsideChange(try Sample.snapshot(d.store), at: "10:00:00"))
        #expect(!d.shell.meeting.items.contains { $0.key == item.key })
        #expect(d.shell.meeting.driving) // the meeting runs on
        #expect(d.render().lines().last?.contains("↻ 10:00:00") == true)
    }

    @Test func theProjectedScreenShowsNoClientName() throws {
        var d = try started()
        let names = try (1...46).flatMap { id -> [String] in
            let h = try d.store.household(id: id).household
            return [h.name] + h.members.map(\.name)
        }
        for _ in 0..<d.shell.meeting.items.count {
            let screen = d.render().lines().joined(separator: "\n")
            for n in names { #expect(!screen.contains(n), "\(n) on the projected screen") }
            d.press(.down)
        }
    }

    @Test func meetingSnapshots() throws {
        var d = try started()
        d.send(.tick(100)); d.send(.tick(103))
        d.press(.down)
        d.press(.char("d"))
        d.type("Demi Visser talks with Noël alone today")
        d.press(.enter)
        d.type("noel")
        d.press(.enter, .enter)
        d.press(.char("x"))
        d.send(.clock("vr 20 nov 09:10"))
        expectSnapshot(d.render(), named: "meeting-running-120x36")
        var small = try started(width: 80, height: 24)
        small.send(.clock("vr 20 nov 09:10"))
        expectSnapshot(small.render(), named: "meeting-80x24")
    }

    @Test func thePreviewSaysHowToStart() throws {
        var d = try Sample.shell(width: 100, height: 30)
        d.press(.char("4"))
        let screen = d.render().lines().joined(separator: "\n")
        #expect(screen.contains("Agenda · preview · s starts the meeting"))
        #expect(!d.shell.privacy)
    }

    @Test func aGeneralistPutsACaseUpForDiscussionFromTheBoard() throws {
        let store = try Sample.store()
        var d = try shell(on: store, as: "emre")
        d.press(.char("m")) // my cases: the selection moves to them
        let c = try #require(d.shell.board.selectedCard?.case)
        #expect(c.regisseurID == "emre")
        d.press(.char("b"))
        d.type("Close or continue?")
        d.press(.enter)
        #expect(try store.cases(includeClosed: false).first { $0.id == c.id }?.discussion == "Close or continue?")
        d.press(.char("4"))
        let item = try #require(d.shell.meeting.items.first { $0.caseID == c.id })
        #expect(item.section == .discussion)
        #expect(item.question == "Close or continue?")
    }

    @Test func anItemOverItsTimeboxSaysSo() throws {
        var d = try started()
        var now = 1000
        d.send(.tick(now))
        for _ in 0..<61 { now += 5; d.send(.tick(now)) }
        #expect(d.shell.meeting.meeting?.elapsedSeconds == 305)
        let grid = d.render()
        let row = try #require(grid.lines().firstIndex { $0.contains("over time: 0:05") })
        let column = try #require(grid.lines()[row].range(of: "over time")).lowerBound
        let x = grid.lines()[row].distance(from: grid.lines()[row].startIndex, to: column)
        #expect(grid.roleLines()[row].dropFirst(x).first == Role.overdue.code)
        // The periodic save kept the clock in the database.
        #expect(try d.store.openMeeting()?.elapsedSeconds ?? 0 >= 300)
    }

    @Test func aMeetingEndedElsewhereStopsDrivingHereEvenOffScreen() throws {
        var d = try started()
        d.press(.char("1")) // the board: the agenda is not on screen
        let m = try #require(d.shell.meeting.meeting)
        try d.store.endMeeting(m, on: Sample.today)
        d.send(.outsideChange(try Sample.snapshot(d.store), at: "10:00:00"))
        #expect(!d.shell.meeting.driving)
        let r = d.send(.tick(100))
        #expect(r.effects.isEmpty) // no more saves into an ended meeting
    }
}
