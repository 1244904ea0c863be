import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// The meeting's trend (issue 29, item 4): this month against the last, inflow, outreaching
/// done and load in one line each, from the monitor the runtime reads with the meeting.
@Suite struct MeetingTrendTests {
    static let this = Month(Sample.today), last = Month(Sample.today).previous

    /// Inflow 23 against 31, contacts 5 against 3, load 41.5/48 against 39/48.
    static var report: MonitorReport {
        var r = MonitorReport(from: last, to: this, today: Sample.today)
        r.months[0].flow.signals = 31; r.months[1].flow.signals = 23
        r.months[0].proactive.contactsMade = 3; r.months[1].proactive.contactsMade = 5
        r.months[0].load.weighted = 39; r.months[0].load.capacity = 48
        r.months[1].load.weighted = 41.5; r.months[1].load.capacity = 48
        return r
    }

    static let expected = [
        "Inflow this month 23 (last month 31) ▼", "Outreaching done 5 (last month 3) ▲", "Load 41.5/48 (last month 39/48) ▲",
    ]

    @Test func theLinesWithKnownNumbers() {
        #expect(MeetingTrend(Self.report).lines == Self.expected)
        var same = Self.report
        same.months[1].flow.signals = 31
        #expect(MeetingTrend(same).lines[0] == "Inflow this month 31 (last month 31) =")
    }

    @Test func theMeetingAsksForItAndShowsItAboveTheAgenda() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var d = try Sample.shell(width: width, height: height)
            d.send(.snapshot(try Sample.snapshot(d.store)))
            let r = d.shell.handle(.key(.char("4")))
            let request = MonitorRequest.meetingTrend(today: Sample.today)
            #expect(request.from == Self.last && request.to == Self.this)
            #expect(r.effects.contains(.loadMonitor(request)))
            #expect(d.render().text().contains("Reading this month against the last…"))
            d.send(.monitorLoaded(request, Self.report))
            let grid = d.render()
            let lines = grid.lines()
            // Right under the header, before the agenda's panel.
            #expect(Array(lines[2...4]).map { $0.trimmingCharacters(in: .whitespaces) } == Self.expected, "\(lines)")
            #expect(lines[5].contains("Agenda"))
            #expect(lines.allSatisfy { TextWidth.width(of: $0) <= width })
        }
    }

    @Test func aNewSnapshotReadsItAgainAndAFailureSaysWhy() throws {
        var d = try Sample.shell(width: 100, height: 30)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        _ = d.shell.handle(.key(.char("4")))
        let r = d.shell.handle(.snapshot(try Sample.snapshot(d.store)))
        #expect(r.effects.contains(.loadMonitor(.meetingTrend(today: Sample.today))))
        // The trend asks only for what its three lines show; the monitor view for every group.
        #expect(MonitorRequest.meetingTrend(today: Sample.today).groups == [.flow, .proactive, .load])
        #expect(MonitorRequest(from: Month("2026-01")!, to: Month("2026-02")!, purpose: .view).groups == .all)
        d.send(.monitorFailed(.meetingTrend(today: Sample.today), "gone"))
        #expect(d.render().text().contains("The trend could not be read: gone"))
        // Elsewhere it is not read.
        _ = d.shell.handle(.key(.char("1")))
        let board = d.shell.handle(.snapshot(try Sample.snapshot(d.store)))
        #expect(!board.effects.contains { if case .loadMonitor = $0 { true } else { false } })
    }

    /// Coming back to the meeting without a change in the data does not read the same figures
    /// again; a new snapshot or a failure does.
    @Test func comingBackWithoutAChangeDoesNotReadItAgain() throws {
        var d = try Sample.shell(width: 100, height: 30)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        func asks(_ r: Reaction) -> Bool { r.effects.contains { if case .loadMonitor = $0 { true } else { false } } }
        #expect(asks(d.shell.handle(.key(.char("4")))))
        _ = d.shell.handle(.key(.char("1")))
        #expect(!asks(d.shell.handle(.key(.char("4")))))
        // A change elsewhere (the board shown): read again on the next visit.
        _ = d.shell.handle(.key(.char("1")))
        #expect(!asks(d.shell.handle(.snapshot(try Sample.snapshot(d.store)))))
        #expect(asks(d.shell.handle(.key(.char("4")))))
        // A failure: the next visit tries again.
        _ = d.shell.handle(.monitorFailed(.meetingTrend(today: Sample.today), "gone"))
        _ = d.shell.handle(.key(.char("1")))
        #expect(asks(d.shell.handle(.key(.char("4")))))
    }

    @Test func dutch() {
        Language.$scoped.withValue(.nl) {
            #expect(MeetingTrend(Self.report).lines[0] == "Instroom deze maand 23 (vorige maand 31) ▼")
        }
    }
}
