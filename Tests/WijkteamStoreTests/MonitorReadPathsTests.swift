import Testing
import Wijkteam
@testable import WijkteamStore

/// The monitor reads the case history two ways: SQLite steps it with its C API (`Row.step`),
/// another engine (the team server) maps its rows by column name. On the sample district, with
/// its twelve months of history, both give the same report.
@Suite struct MonitorReadPathsTests {
    @Test func steppedAndMappedHistoryGiveTheSameReport() throws {
        let store = try Fixtures.sampleStore()
        let today = StoreClock.today()
        let (from, to) = MonitorPeriod.lastTwelve(today: today)
        let stepped = try store.monitor(from: from, to: to, today: today)
        let mapped = try store.reading { try $0.monitor(from: from, to: to, today: today) }
        #expect(stepped == mapped)
        // Not two empty reports: the sample's year has closings, lead times and load.
        #expect(stepped.months.contains { $0.flow.casesClosed > 0 })
        #expect(stepped.months.contains { $0.load.weighted > 0 })
        #expect(stepped.months.contains { $0.leadTimes.contains { $0.count > 0 } })
    }

    /// The meeting's trend asks for three groups: those are the full report's, the others are
    /// left empty (not computed).
    @Test func onlyTheGroupsAskedForAreComputed() throws {
        let store = try Fixtures.sampleStore()
        let today = StoreClock.today()
        let (from, to) = MonitorPeriod.lastTwelve(today: today)
        let full = try store.monitor(from: from, to: to, today: today)
        let trend = try store.monitor(from: from, to: to, today: today, groups: .meetingTrend)
        #expect(trend.months.map(\.flow) == full.months.map(\.flow))
        #expect(trend.months.map(\.proactive) == full.months.map(\.proactive))
        #expect(trend.months.map(\.load) == full.months.map(\.load) && trend.regisseurs == full.regisseurs)
        let empty = MonitorMonth(month: from)
        #expect(trend.months.allSatisfy { $0.leadTimes == empty.leadTimes && $0.outcome == empty.outcome && $0.waiting == empty.waiting })
        #expect(trend.longestWaits.isEmpty)
        // Not vacuous: the full report has what the trend left out.
        #expect(full.months.contains { $0.outcome.closed > 0 } && full.months.contains { $0.waiting.waiting > 0 })
    }
}
