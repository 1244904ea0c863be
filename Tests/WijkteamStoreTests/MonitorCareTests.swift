import Foundation
import Testing
import Wijkteam

@testable import WijkteamStore

/// The monitor's prevention and outreaching, load and waiting figures as the store computes
/// them on `MonitorCareFixture` (known answers, dates pinned).
@Suite struct MonitorCareTests {
    static func report(as staff: StaffID = "fatima", from: Month = MonitorCareFixture.from, to: Month = MonitorCareFixture.to)
        throws -> MonitorReport
    {
        try MonitorCareFixture.store().acting(as: CaseWorkStoreTests.actor(staff))
            .monitor(from: from, to: to, today: MonitorCareFixture.today)
    }
    static func proactive(_ m: MonitorMonth) -> [Int] {
        [
            m.proactive.contactsMade, m.proactive.householdsReached, m.proactive.openHouseholds, m.proactive.followUpsDue,
            m.proactive.followUpsOnTime,
        ]
    }
    static func waiting(_ m: MonitorMonth) -> [Int?] {
        [m.waiting.waiting, m.waiting.households, m.waiting.medianDays, m.waiting.longestDays]
    }

    @Test func proactiveContactsCountOnlyWhileTheCaseWasOpenAndOnlyUpToToday() throws {
        let report = try Self.report()
        // Per month: contacts made, households reached, open households, follow-ups due, on time.
        #expect(
            report.months.map(Self.proactive) == [
                [0, 0, 1, 0, 0],  // 2025-12: only case 31 open
                [0, 0, 2, 0, 0],  // 01: case 31's home visit is on a case without a proactive follow-up
                [0, 0, 2, 0, 0],  // 02
                [3, 1, 2, 1, 1],  // 03: a follow-up done a day early and two home visits
                [2, 2, 1, 1, 0],  // 04: done two days late; case 21's visit on its closing day counts
                [0, 0, 1, 1, 0],  // 05: the visit to closed case 21 and its follow-up due then do not count
                [0, 0, 1, 0, 0],  // 06: a month without data
                [0, 0, 2, 0, 0],  // 07: case 21 reopened
                [1, 1, 2, 0, 0],  // 08
                [0, 0, 2, 1, 1],  // 09: done on time without an outcome: no contact
                [0, 0, 2, 0, 0],  // 10
                [0, 0, 2, 0, 0],  // 11: the visit and the follow-up after today are not counted yet
            ])
    }

    @Test func loadIsWeighedWithThePhaseRegisseurAndCapacityOfEachMonthsEnd() throws {
        let report = try Self.report()
        #expect(report.months.map(\.load.weighted) == [0.75, 1.25, 1.75, 1.75, 1, 1, 1, 1.375, 1.375, 1.375, 1.375, 1.375])
        // Daan's capacity went from 1 to 2 on 1 June (the change kept).
        #expect(report.months.map(\.load.capacity) == [8, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9])
        #expect(report.months.map(\.load.overCapacity) == [0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(
            report.regisseurs == [RegisseurMonths(staffID: "daan", name: "Daan", overCapacity: [Month("2026-02")!, Month("2026-03")!])])
    }

    @Test func waitingRunsFromTheDatedStepsAndTheLongestWaitsAreTodays() throws {
        let report = try Self.report()
        #expect(
            report.months.map(Self.waiting) == [
                [1, 1, 16, 16], [1, 1, 47, 47],
                [1, 1, 18, 18],  // #2's case closed on 28 Feb; #1 requested 10 Feb
                [1, 1, 30, 30], [1, 1, 60, 60],  // #1 on the list since 1 Mar
                [0, 0, nil, nil], [0, 0, nil, nil],  // #1 started on 1 May
                [1, 1, 26, 26], [1, 1, 30, 30], [1, 1, 60, 60],
                [1, 1, 91, 91],  // #4 refused
                [2, 2, 19, 111],
            ])
        #expect(
            report.longestWaits == [
                MonitorWait(caseID: 21, provisionID: 3, provider: "Thuiszorg Zuid", since: Day("2026-08-01")!, days: 111),
                MonitorWait(caseID: 11, provisionID: 5, provider: "Aanbieder 5", since: Day("2026-11-01")!, days: 19),
            ])
    }

    @Test func anOutsideColleagueCountsOnlyTheCasesSharedWithThemAndAGeneralistSeesWhatTheLeadSees() throws {
        let lead = try Self.report()
        #expect(try Self.report(as: "daan") == lead)
        let olga = try Self.report(as: "olga")
        #expect(olga.months.map(\.proactive.openHouseholds) == [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(olga.months.map(\.load.weighted) == [0.75, 0.75, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(olga.months.prefix(3).map(Self.waiting) == [[1, 1, 16, 16], [1, 1, 47, 47], [0, 0, nil, nil]])
        #expect(olga.longestWaits.isEmpty && olga.regisseurs.isEmpty)
        #expect(olga.months.allSatisfy { $0.proactive.contactsMade == 0 && $0.load.overCapacity == 0 })
    }

    @Test func monthsBeforeAnyCaseAndAfterTodayHoldNothingButTheCapacity() throws {
        let early = try Self.report(from: Month("2025-01")!, to: Month("2025-06")!)
        #expect(early.months.allSatisfy { $0.proactive == MonitorProactive() && $0.waiting == MonitorWaiting() && $0.load.weighted == 0 })
        #expect(early.months.allSatisfy { $0.load.capacity == 8 } && early.regisseurs.isEmpty)
        let later = try Self.report(from: Month("2026-11")!, to: Month("2027-01")!)
        #expect(later.months.dropFirst().allSatisfy { $0 == MonitorMonth(month: $0.month) })
        #expect(later.months.first?.proactive.openHouseholds == 2)
    }

    /// A member who moved out leaves the household counted once, as one household.
    @Test func aMemberWhoMovedOutChangesNoHouseholdCount() throws {
        let store = try MonitorCareFixture.store()
        let left = try store.reading { try $0.db.fetchAll("SELECT left_on FROM person WHERE id = 102", []) }
        #expect(left.first.map { ($0["left_on"] as String?) == "2026-04-01" } == true)
        let report = try store.monitor(from: Month("2026-03")!, to: Month("2026-04")!, today: MonitorCareFixture.today)
        #expect(report.months.map(\.proactive.householdsReached) == [1, 2] && report.months.map(\.proactive.openHouseholds) == [2, 1])
    }
}
