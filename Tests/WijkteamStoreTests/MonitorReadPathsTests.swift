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
        // As the view and the command line call it: through the protocol (`any WijkteamStore`).
        let app: any WijkteamStore = store
        let stepped = try app.monitor(from: from, to: to, today: today)
        #expect(store.monitorReadsStepped.load(ordering: .relaxed) == 1)
        // One transaction, rows mapped by name (the team server's way).
        let mapped = try store.reading { try $0.monitor(from: from, to: to, today: today) }
        #expect(stepped == mapped)
        // Each group alone, in two halves on two connections, is the full report's part.
        for group in [MonitorGroups.flow, .leadTimes, .outcome, .proactive, .load, .waiting] {
            let part = try app.monitor(from: from, to: to, today: today, groups: group)
            #expect(Self.figures(group, of: part) == Self.figures(group, of: stepped), "group \(group.rawValue)")
        }
        #expect(store.monitorReadsStepped.load(ordering: .relaxed) == 7)
        // Not two empty reports: the sample's year has closings, lead times and load.
        #expect(stepped.months.contains { $0.flow.casesClosed > 0 })
        #expect(stepped.months.contains { $0.load.weighted > 0 })
        #expect(stepped.months.contains { $0.leadTimes.contains { $0.count > 0 } })
    }

    /// The part of `report` that `group` fills.
    static func figures(_ group: MonitorGroups, of report: MonitorReport) -> [AnyHashable] {
        switch group {
        case .flow: report.months.map(\.flow)
        case .leadTimes: report.months.map(\.leadTimes)
        case .outcome: report.months.map(\.outcome)
        case .proactive: report.months.map(\.proactive)
        case .load: report.months.map(\.load) + [report.regisseurs]
        default: report.months.map(\.waiting) + [report.longestWaits]
        }
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

    /// The flagged cases' set: small ids in a table, any other id beside it.
    @Test func idFlagsHoldEveryID() {
        var flags = IDFlags()
        for id in [3, 3, 0, 70_000, 1 << 40, -5] { flags.insert(id) }
        #expect([3, 0, 70_000, 1 << 40, -5].allSatisfy(flags.contains))
        #expect(![1, 2, 69_999, 70_001, (1 << 40) + 1, -4, 1 << 22].contains(where: flags.contains))
    }
}
