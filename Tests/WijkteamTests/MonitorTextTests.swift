import Testing

@testable import Wijkteam

struct MonitorTextTests {
    @Test func aSparklineScalesFromZeroToTheLargestAndMarksUnknownCells() {
        #expect(MonitorText.sparkline([0, 7, nil, 3.5]) == "▁█·▅")
        #expect(MonitorText.sparkline([0, 0]) == "▁▁")
        #expect(MonitorText.sparkline([]) == "")
    }

    @Test func aBarFillsEighthsOfItsWidth() {
        #expect(MonitorText.bar(10, of: 10, width: 3) == "███")
        #expect(MonitorText.bar(1, of: 8, width: 1) == "▏")
        #expect(MonitorText.bar(20, of: 10, width: 2) == "██")
        #expect(MonitorText.bar(0, of: 10, width: 5) == "")
    }

    @Test func aMonthReadsOnlyYearDashMonthAndWalksTheYearBoundary() {
        #expect(Month("2026-12")?.next.description == "2027-01")
        #expect(Month("2026-01")?.previous.description == "2025-12")
        #expect(Month("2026-13") == nil && Month("2026-1") == nil && Month("26-01") == nil && Month("2026-０1") == nil)
        #expect(Month("2026-02")?.last.description == "2026-02-28")
        #expect(Month("2025-11")!.through(Month("2026-02")!).map(\.description) == ["2025-11", "2025-12", "2026-01", "2026-02"])
        let twelve = MonitorPeriod.lastTwelve(today: Day("2026-11-20")!)
        #expect(twelve.from.description == "2025-12" && twelve.to.description == "2026-11")
    }
}
