import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens

/// The header of the board and the meeting: work done beside work planned, whole at 80 columns;
/// this month against the last in the meeting's (on the board, early in a month, "Dec 0%" read
/// as a collapse to whoever opened the app).
@Suite struct TeamFiguresHeaderTests {
    @Test func theDoneFigureAndItsMonthsFitAt80Columns() throws {
        var d = try Sample.shell(width: 80, height: 24)
        let f = d.shell.snapshot!.figures
        #expect(f.reachedHouseholds > 0)
        for tab in ["1", "4", "5"] {
            d.press(.char(Character(tab)))
            let header = d.render().lines()[1]
            #expect(header.contains("reached 4wk \(f.reachedPercent)%"), "\(header)")
            #expect(header.contains("planned \(f.plannedPercent)%"), "\(header)")
            let months = "Nov \(f.months[0].percent)%/Oct \(f.months[1].percent)%"
            #expect(header.contains(months) == (tab == "4"), "\(header)")
            #expect(!header.contains("…"), "\(header)")
        }
    }

    @Test func wideScreensShowEveryFigureInFull() throws {
        var d = try Sample.shell(width: 160, height: 48)
        let f = d.shell.snapshot!.figures
        #expect(d.render().lines()[1].contains("over capacity \(f.overCapacity)"))
        d.press(.char("4"))  // the meeting shows the months too
        let header = d.render().lines()[1]
        #expect(header.contains("over capacity \(f.overCapacity)"), "\(header)")
        #expect(header.contains("reached 4 wk \(f.reachedPercent)%"), "\(header)")
        #expect(header.contains("\(f.overdueProactive) overdue"), "\(header)")
        #expect(header.contains("Nov \(f.months[0].percent)% vs Oct \(f.months[1].percent)%"), "\(header)")
    }

    /// Completing a follow-up on the screen's data raises the done-figure in the header.
    @Test func completingWorkRaisesTheHeadersDoneFigure() throws {
        let snapshot = try Sample.snapshot(try Sample.store())
        let unreached = try #require(snapshot.cards.first { c in !snapshot.contacts.contains { $0.caseID == c.case.id } })
        var more = snapshot.contacts
        more.append(ProactiveContact(caseID: unreached.case.id, day: Sample.today, kind: .followUp))
        let before = TeamFigures(
            cases: snapshot.cards.map(\.case), followUps: snapshot.followUps, staff: snapshot.staff, today: Sample.today,
            contacts: snapshot.contacts)
        let after = TeamFigures(
            cases: snapshot.cards.map(\.case), followUps: snapshot.followUps, staff: snapshot.staff, today: Sample.today,
            contacts: more)
        #expect(before == snapshot.figures)
        #expect(after.reachedHouseholds == before.reachedHouseholds + 1)
        let text = { (f: TeamFigures) in BoardScreen.teamFigures(f, width: 80).map(\.0).joined() }
        #expect(text(after).contains("reached 4wk \(after.reachedPercent)%") && after.reachedPercent > before.reachedPercent)
    }
}
