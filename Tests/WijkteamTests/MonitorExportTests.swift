import Testing

@testable import Wijkteam

/// The monitor as it leaves the team: small numbers suppressed, zero shown, derived figures
/// over few households suppressed, and no small cell recoverable as a total minus the rest.
struct MonitorExportTests {
    let nov = Month("2026-11")!
    let dec = Month("2026-12")!

    func report(_ fill: (inout MonitorMonth) -> Void) -> MonitorReport {
        var r = MonitorReport(from: nov, to: dec, today: Day("2026-12-10")!)
        fill(&r.months[0])
        return r
    }

    func cell(_ e: MonitorExport, _ figure: MonitorFigure, _ measure: String, month: Int = 0) -> MonitorExport.Cell? {
        e.rows.first { $0.figure == figure && $0.measure == measure }?.cells[month]
    }

    @Test func aCountOfOneToNineHouseholdsIsSuppressedZeroAndTenAreShown() throws {
        let e = MonitorExport(
            report { m in
                m.flow.casesOpened = 9; m.flow.reopened = 10; m.flow.casesClosed = 1
            })
        #expect(cell(e, .casesOpened, "total") == MonitorExport.Cell(nil, suppressed: .small))
        #expect(cell(e, .casesOpened, "reopened") == MonitorExport.Cell(10))
        #expect(cell(e, .casesClosed, "total")?.suppressed == .small)
        // The month without data: zero is shown, it identifies no one.
        #expect(cell(e, .casesOpened, "total", month: 1) == MonitorExport.Cell(0))
        #expect(e.months == [nov, dec])
        #expect(e.rows.allSatisfy { $0.cells.count == 2 })
        // A suppressed cell never carries its value.
        #expect(MonitorExport.Cell(7, suppressed: .small).value == nil)
    }

    @Test func aSourceHiddenAloneIsProtectedBySuppressingTheSmallestOtherSource() throws {
        let e = MonitorExport(
            report { m in
                m.flow.signals = 45
                m.flow.bySource = ["huisarts": 20, "school": 5, "woningcorporatie": 20]
            })
        #expect(cell(e, .signalsIn, "total") == MonitorExport.Cell(45))
        #expect(cell(e, .signalsIn, "school")?.suppressed == .small)
        // 45 − 20 − 20 would give the school's 5: one of the twenties is hidden too.
        let shown = ["huisarts", "woningcorporatie"].compactMap { cell(e, .signalsIn, $0)?.value }
        #expect(shown == [20], "\(shown)")
        #expect(["huisarts", "woningcorporatie"].contains { cell(e, .signalsIn, $0)?.suppressed == .complement })
        // Sources with none stay 0.
        #expect(cell(e, .signalsIn, "police") == MonitorExport.Cell(0))
    }

    @Test func twoSmallSourcesProtectEachOtherAndVroegsignaleringFollowsItsSource() throws {
        let e = MonitorExport(
            report { m in
                m.flow.signals = 30
                m.flow.bySource = ["huisarts": 20, "school": 4, "vroegsignalering": 6]
                m.flow.vroegsignalering = 6
            })
        #expect(cell(e, .signalsIn, "huisarts") == MonitorExport.Cell(20))
        #expect(cell(e, .signalsIn, "school")?.suppressed == .small)
        #expect(cell(e, .signalsIn, "vroegsignalering")?.suppressed == .small)
        #expect(cell(e, .vroegsignalering, "total")?.suppressed == .small)
    }

    @Test func vroegsignaleringIsHiddenWhereItsSourceIsHiddenToProtectAnother() throws {
        let e = MonitorExport(
            report { m in
                m.flow.signals = 17
                m.flow.bySource = ["school": 5, "vroegsignalering": 12]
                m.flow.vroegsignalering = 12
            })
        #expect(cell(e, .signalsIn, "vroegsignalering")?.suppressed == .complement)
        // The vroegsignalering figure is the same number: shown there, it would give the school's 5.
        #expect(cell(e, .vroegsignalering, "total")?.suppressed == .complement)
    }

    @Test func withinTheNormIsHiddenWhenOverTheNormIsSmallAndTheShareWithIt() throws {
        let e = MonitorExport(
            report { m in
                m.leadTimes[1] = MonitorLeadTime(stage: .registrationToKeukentafel)
                m.leadTimes[1].count = 15
                m.leadTimes[1].withinNorm = 12
                m.leadTimes[1].medianDays = 30
                m.leadTimes[1].p90Days = 50
            })
        let f = MonitorFigure.leadRegistrationKeukentafel
        #expect(cell(e, f, "count") == MonitorExport.Cell(15))
        #expect(cell(e, f, "median_days") == MonitorExport.Cell(30))
        #expect(cell(e, f, "p90_days") == MonitorExport.Cell(50))
        // 15 − 12 = 3 over the norm: the 12 is hidden, and the share that would give it.
        #expect(cell(e, f, "within_norm")?.suppressed == .complement)
        #expect(cell(e, f, "within_norm_share")?.suppressed != nil)
        // Stages without a norm have no within-the-norm rows.
        #expect(cell(e, .leadRegistrationTriage, "within_norm") == nil)
    }

    @Test func aShareOverTenOrMoreWithShownPartsIsShownRounded() throws {
        let e = MonitorExport(
            report { m in
                m.leadTimes[1].count = 30
                m.leadTimes[1].withinNorm = 20
                m.proactive.openHouseholds = 40
                m.proactive.householdsReached = 13
            })
        #expect(cell(e, .leadRegistrationKeukentafel, "within_norm") == MonitorExport.Cell(20))
        #expect(cell(e, .leadRegistrationKeukentafel, "within_norm_share") == MonitorExport.Cell(0.67))
        #expect(cell(e, .householdsReached, "share") == MonitorExport.Cell(0.33))
    }

    @Test func derivedFiguresOverFewerThanTenHouseholdsAreSuppressedOverNoneEmpty() throws {
        let e = MonitorExport(
            report { m in
                m.leadTimes[0].count = 9
                m.leadTimes[0].medianDays = 4
                m.leadTimes[0].p90Days = 8
                m.waiting.waiting = 12
                m.waiting.households = 11
                m.waiting.medianDays = 40
                m.waiting.longestDays = 200
                var d = MonitorDomainChange(domain: .financien)
                d.measured = 12; d.improved = 12; d.meanChange = 1.2345
                var h = MonitorDomainChange(domain: .huisvesting)
                h.measured = 3; h.improved = 3; h.meanChange = 1
                m.outcome.domains = [h, d]
            })
        #expect(cell(e, .leadRegistrationTriage, "median_days")?.suppressed == .smallBase)
        #expect(cell(e, .leadRegistrationTriage, "p90_days")?.suppressed == .smallBase)
        // No lead times ended in December: nothing to compute, nothing suppressed.
        #expect(cell(e, .leadRegistrationTriage, "median_days", month: 1) == MonitorExport.Cell(nil))
        #expect(cell(e, .waiting, "median_days") == MonitorExport.Cell(40))
        #expect(cell(e, .waiting, "longest_days") == MonitorExport.Cell(200))
        #expect(cell(e, .zrmOutcome, "financien.mean_change") == MonitorExport.Cell(1.23))
        #expect(cell(e, .zrmOutcome, "huisvesting.mean_change")?.suppressed == .smallBase)
        // Every domain, in `LifeDomain` order; one not measured has zeros and no mean.
        let domains = e.rows(of: .zrmOutcome).map(\.measure).filter { $0.hasSuffix(".measured") }
        #expect(domains == LifeDomain.allCases.map { $0.rawValue + ".measured" })
        #expect(cell(e, .zrmOutcome, "werk_opleiding.measured") == MonitorExport.Cell(0))
        #expect(cell(e, .zrmOutcome, "werk_opleiding.mean_change") == MonitorExport.Cell(nil))
        #expect(cell(e, .zrmOutcome, "financien.improved", month: 1) == MonitorExport.Cell(0))
        #expect(cell(e, .zrmOutcome, "financien.mean_change", month: 1) == MonitorExport.Cell(nil))
    }

    @Test func improvedSameAndWorseCannotBeRecoveredFromTheMeasuredTotal() throws {
        let e = MonitorExport(
            report { m in
                var d = MonitorDomainChange(domain: .financien)
                d.measured = 40; d.improved = 25; d.same = 11; d.worse = 4
                m.outcome.domains = [d]
            })
        #expect(cell(e, .zrmOutcome, "financien.measured") == MonitorExport.Cell(40))
        #expect(cell(e, .zrmOutcome, "financien.worse")?.suppressed == .small)
        // 40 − 25 − 11 = 4: the smaller of the two shown parts is hidden too.
        #expect(cell(e, .zrmOutcome, "financien.same")?.suppressed == .complement)
        #expect(cell(e, .zrmOutcome, "financien.improved") == MonitorExport.Cell(25))
    }

    @Test func closedWithAFinalMeasurementHiddenSmallHidesWithoutFinal() throws {
        let e = MonitorExport(
            report { m in
                m.flow.casesClosed = 14
                m.outcome.closed = 14
                m.outcome.withoutFinal = 12
            })
        #expect(cell(e, .casesClosed, "total") == MonitorExport.Cell(14))
        #expect(cell(e, .closedWithoutFinal, "total")?.suppressed == .complement)
    }

    @Test func theTotalIsHiddenWhenNoOtherPartCanBe() {
        var total = MonitorExport.Cell(15)
        var parts = [MonitorExport.Cell(0)]
        MonitorExport.protect(total: &total, parts: &parts, values: [0], hidden: [3])
        #expect(total.suppressed == .complement)
        // Two hidden parts protect each other: nothing more is hidden.
        var total2 = MonitorExport.Cell(19)
        var parts2 = [MonitorExport.Cell(5, suppressed: .small), MonitorExport.Cell(4, suppressed: .small), MonitorExport.Cell(10)]
        MonitorExport.protect(total: &total2, parts: &parts2, values: [5, 4, 10], hidden: [0])
        #expect(total2 == MonitorExport.Cell(19) && parts2[2] == MonitorExport.Cell(10))
        // One hidden part: the other is hidden too.
        var total3 = MonitorExport.Cell(15)
        var parts3 = [MonitorExport.Cell(5, suppressed: .small), MonitorExport.Cell(10)]
        MonitorExport.protect(total: &total3, parts: &parts3, values: [5, 10], hidden: [0])
        #expect(total3 == MonitorExport.Cell(15) && parts3[1] == MonitorExport.Cell(nil, suppressed: .complement))
        var total4 = MonitorExport.Cell(25)
        var parts4 = [MonitorExport.Cell(5, suppressed: .small), MonitorExport.Cell(10)]
        MonitorExport.protect(total: &total4, parts: &parts4, values: [5, 10], hidden: [10])
        #expect(parts4[1] == MonitorExport.Cell(10), "the 5 is hidden with the unexported 10")
    }

    @Test func teamFiguresAreShownAndTheLongestWaitsAreDaysOnly() {
        var r = report { m in
            m.load.weighted = 101.256
            m.load.capacity = 90
            m.load.overCapacity = 2
        }
        r.longestWaits = [MonitorWait(caseID: 7, provisionID: 3, provider: "Zorg ‮X", since: Day("2026-05-01")!, days: 223)]
        let e = MonitorExport(r)
        #expect(cell(e, .teamLoad, "weighted") == MonitorExport.Cell(101.26))
        #expect(cell(e, .teamLoad, "ratio") == MonitorExport.Cell(1.13))
        #expect(cell(e, .regisseursOverCapacity, "total") == MonitorExport.Cell(2))
        #expect(e.longestWaitDays == [223])
        // Close reasons are free text (they name people): the export has their total only.
        #expect(e.rows(of: .casesClosed).map(\.measure) == ["total"])
    }
}
