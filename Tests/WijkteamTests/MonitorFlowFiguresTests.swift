import Testing
import Wijkteam

/// The monitor's pure computations for inflow, lead times and outcome (no database).
@Suite struct MonitorFlowFiguresTests {
    func day(_ s: String) -> Day { Day(s)! }
    typealias F = MonitorFlowFigures

    @Test func nearestRankPercentiles() {
        #expect(F.median([]) == nil && F.percentile(90, of: []) == nil)
        #expect(F.median([7]) == 7 && F.percentile(90, of: [7]) == 7)
        #expect(F.median([4, 1, 3, 2]) == 2, "of an even count, the lower middle one")
        #expect(F.median([5, 1, 3]) == 3)
        #expect(F.percentile(90, of: Array(1...10)) == 9)
        #expect(F.percentile(90, of: Array(1...11)) == 10, "rank ⌈9.9⌉ = 10")
        #expect(F.percentile(100, of: [3, 9, 1]) == 9)
    }

    @Test func aStagesLeadTimesInAMonth() {
        let samples = [
            MonitorLeadSample(start: day("2026-01-01"), end: day("2026-01-11")),  // 10
            MonitorLeadSample(start: day("2026-01-01"), end: day("2026-02-20")),  // 50
            MonitorLeadSample(start: day("2026-01-01"), end: day("2026-02-12"), estimated: true),  // 42: within
            MonitorLeadSample(start: day("2026-01-01"), end: day("2026-02-13")),  // 43
            MonitorLeadSample(start: day("2026-02-10"), end: day("2026-02-07"), estimated: true),  // end before start
        ]
        let t = F.leadTime(.registrationToKeukentafel, samples)
        #expect(t.count == 4 && t.medianDays == 42 && t.p90Days == 50 && t.withinNorm == 2 && t.estimated == 1)
        let plan = F.leadTime(.keukentafelToPlan, samples)
        #expect(plan.withinNorm == nil, "no legal norm")
        #expect(F.leadTime(.registrationToTriage, []) == MonitorLeadTime(stage: .registrationToTriage))
    }

    @Test func groupedByMonthInsideThePeriodOnly() {
        let months = Month("2026-01")!.through(Month("2026-03")!)
        let days = ["2025-12-31", "2026-01-01", "2026-01-31", "2026-03-31", "2026-04-01"].map(day)
        let grouped = F.byMonth(days, months: months) { $0 }
        #expect(grouped == [Month("2026-01")!: [day("2026-01-01"), day("2026-01-31")], Month("2026-03")!: [day("2026-03-31")]])
    }

    func event(_ phase: Phase, _ on: String, _ source: CaseHistorySource = .app) -> CaseHistoryEvent {
        CaseHistoryEvent(caseID: 1, kind: .phase, value: phase.rawValue, on: day(on), source: source)
    }

    /// Opened 01-10 after a signal of 01-05; keukentafelgesprek 02-01; closed 04-01; reopened
    /// 06-01 (an estimated row); keukentafelgesprek again 06-20.
    func reopened(signals: [String], planAgreed: String?) -> MonitorLeadFacts {
        MonitorLeadFacts(
            caseID: 1, opened: day("2026-01-10"), signals: signals.map(day),
            phases: [
                event(.aanmelding, "2026-01-10"), event(.keukentafelgesprek, "2026-02-01"), event(.keukentafelgesprek, "2026-02-03"),
                event(.afgesloten, "2026-04-01"), event(.aanmelding, "2026-06-01", .estimated),
                event(.keukentafelgesprek, "2026-06-20"),
            ], planAgreed: planAgreed.map(day))
    }

    @Test func registrationToKeukentafelgesprekPerStay() {
        let withSignal = F.registrationToKeukentafel(reopened(signals: ["2026-01-05", "2026-05-25"], planAgreed: nil))
        #expect(
            withSignal == [
                MonitorLeadSample(start: day("2026-01-05"), end: day("2026-02-01")),
                MonitorLeadSample(start: day("2026-05-25"), end: day("2026-06-20")),
            ])
        // No signal after the closing: the second stay runs from its (estimated) reopening row.
        let without = F.registrationToKeukentafel(reopened(signals: ["2026-01-05"], planAgreed: nil))
        #expect(without.last == MonitorLeadSample(start: day("2026-06-01"), end: day("2026-06-20"), estimated: true))
        // No signal at all: the first stay runs from the opening day (a stored day, not estimated).
        let opened = F.registrationToKeukentafel(reopened(signals: [], planAgreed: nil))
        #expect(opened.first == MonitorLeadSample(start: day("2026-01-10"), end: day("2026-02-01")))
        // A signal after the conversation did not lead to it.
        #expect(F.registrationToKeukentafel(reopened(signals: ["2026-03-01"], planAgreed: nil)).first?.start == day("2026-01-10"))
    }

    @Test func keukentafelgesprekToPlanInTheStayItWasAgreedIn() {
        #expect(
            F.keukentafelToPlan(reopened(signals: [], planAgreed: "2026-06-30"))
                == [MonitorLeadSample(start: day("2026-06-20"), end: day("2026-06-30"))])
        #expect(
            F.keukentafelToPlan(reopened(signals: [], planAgreed: "2026-03-01"))
                == [MonitorLeadSample(start: day("2026-02-01"), end: day("2026-03-01"))])
        #expect(F.keukentafelToPlan(reopened(signals: [], planAgreed: nil)).isEmpty)
        // Agreed after the closing, before the second conversation: no lead time to guess.
        #expect(F.keukentafelToPlan(reopened(signals: [], planAgreed: "2026-06-10")).isEmpty)
        var estimated = reopened(signals: [], planAgreed: "2026-06-30")
        estimated.phases[5].source = .estimated
        #expect(F.keukentafelToPlan(estimated).first?.estimated == true)
    }

    @Test func firstAgainstLastZRMPerDomain() {
        let closing = MonitorClosing(caseID: 1, day: day("2026-06-30"), reason: "", opened: day("2026-01-01"))
        let scores = [
            MonitorMemberScore(personID: 1, domain: .financien, date: day("2026-01-10"), score: 2),
            MonitorMemberScore(personID: 1, domain: .financien, date: day("2026-06-01"), score: 4),
            MonitorMemberScore(personID: 1, domain: .huisvesting, date: day("2026-01-10"), score: 3),
            MonitorMemberScore(personID: 1, domain: .huisvesting, date: day("2026-06-01"), score: 3),
            MonitorMemberScore(personID: 1, domain: .justitie, date: day("2025-12-01"), score: 1),  // before the case
            MonitorMemberScore(personID: 1, domain: .justitie, date: day("2026-06-01"), score: 5),
            MonitorMemberScore(personID: 1, domain: .tijdsbesteding, date: day("2026-01-10"), score: 3),
            MonitorMemberScore(personID: 1, domain: .tijdsbesteding, date: day("2026-07-01"), score: 5),  // after the closing
            // Member 2 moved out on 05-15: their score of 06-10 is not the case's.
            MonitorMemberScore(personID: 2, domain: .financien, date: day("2026-01-10"), score: 3, leftOn: day("2026-05-15")),
            MonitorMemberScore(personID: 2, domain: .financien, date: day("2026-05-01"), score: 2, leftOn: day("2026-05-15")),
            MonitorMemberScore(personID: 2, domain: .financien, date: day("2026-06-10"), score: 5, leftOn: day("2026-05-15")),
        ]
        let (changes, hasFinal) = F.caseChange(closing, scores)
        #expect(hasFinal)
        #expect(changes == [.financien: 0.5, .huisvesting: 0], "financien: the mean of +2 and −1")

        let once = MonitorClosing(caseID: 2, day: day("2026-06-30"), reason: "", opened: day("2026-01-01"))
        let two = [  // two adults measured once each: no final measurement
            MonitorMemberScore(personID: 3, domain: .financien, date: day("2026-01-10"), score: 2),
            MonitorMemberScore(personID: 4, domain: .financien, date: day("2026-03-10"), score: 4),
        ]
        #expect(F.caseChange(once, two) == ([:], false))

        let worse = MonitorClosing(caseID: 3, day: day("2026-06-30"), reason: "", opened: day("2026-01-01"))
        let down = [
            MonitorMemberScore(personID: 5, domain: .financien, date: day("2026-01-10"), score: 4),
            MonitorMemberScore(personID: 5, domain: .financien, date: day("2026-02-10"), score: 3),
        ]
        let outcome = F.outcome([closing, once, worse], scores: [1: scores, 2: two, 3: down])
        #expect(outcome.closed == 3 && outcome.withoutFinal == 1)
        var financien = MonitorDomainChange(domain: .financien)
        financien.measured = 2; financien.improved = 1; financien.worse = 1; financien.meanChange = -0.25
        var huisvesting = MonitorDomainChange(domain: .huisvesting)
        huisvesting.measured = 1; huisvesting.same = 1; huisvesting.meanChange = 0
        #expect(outcome.domains == [financien, huisvesting], "in ZRM order, only domains measured at both ends")
    }
}
