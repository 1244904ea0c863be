import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The monitor's inflow/outflow, lead times and ZRM outcome on `MonitorFlowFixture`'s
/// hand-made district: every figure against its known answer.
@Suite struct MonitorFlowTests {
    typealias F = MonitorFlowFixture

    func report(_ staff: StaffID) throws -> MonitorReport {
        try F.store().acting(as: F.actor(staff)).monitor(from: F.from, to: F.to, today: F.today)
    }

    func month(_ r: MonitorReport, _ text: String) throws -> MonitorMonth { try #require(r[Month(text)!]) }

    func lead(_ m: MonitorMonth, _ stage: LeadStage) -> MonitorLeadTime { m.leadTimes.first { $0.stage == stage }! }

    @Test func inflowAndOutflowPerMonth() throws {
        let r = try report("fatima")
        #expect(r.months.map(\.flow.signals) == [0, 1, 0, 1, 1, 0, 0])
        #expect(r.months.map(\.flow.registrations) == [0, 1, 0, 1, 0, 0, 0], "the district file's signal is no registration")
        #expect(r.months.map(\.flow.vroegsignalering) == [0, 0, 0, 0, 1, 0, 0])
        #expect(try month(r, "2026-01").flow.bySource == ["huisarts": 1])
        #expect(try month(r, "2026-03").flow.bySource == ["neighbour": 1], "a signal without a case, for the team lead")
        #expect(try month(r, "2026-04").flow.bySource == ["vroegsignalering": 1])
        #expect(r.months.map(\.flow.casesOpened) == [0, 2, 1, 0, 0, 0, 0])
        #expect(r.months.map(\.flow.casesClosed) == [0, 0, 0, 1, 1, 0, 1])
        #expect(try month(r, "2026-03").flow.closedByReason == ["Doelen bereikt": 1], "trimmed")
        #expect(try month(r, "2026-04").flow.closedByReason == ["": 1], "reopened since: its reason is not stored")
        #expect(try month(r, "2026-06").flow.closedByReason == ["Verhuisd": 1], "closed before the history: closed_on counts")
        #expect(r.months.map(\.flow.reopened) == [0, 0, 0, 0, 0, 1, 0])
    }

    @Test func aMonthWithoutDataIsAllZero() throws {
        let r = try report("fatima")
        let december = try month(r, "2025-12")
        #expect(december.flow == MonitorFlow())
        #expect(december.outcome == MonitorOutcome())
        #expect(december.leadTimes == LeadStage.allCases.map { MonitorLeadTime(stage: $0) })
    }

    @Test func leadTimesAttributedToTheMonthTheyEnd() throws {
        let r = try report("fatima")
        var triage = MonitorLeadTime(stage: .registrationToTriage)
        triage.count = 1; triage.medianDays = 5; triage.p90Days = 5
        #expect(lead(try month(r, "2026-01"), .registrationToTriage) == triage)
        triage.medianDays = 4; triage.p90Days = 4
        #expect(lead(try month(r, "2026-05"), .registrationToTriage) == triage)
        #expect(r.months.map { lead($0, .registrationToTriage).count } == [0, 1, 0, 0, 0, 1, 0])

        // Case 20: signal 01-05 → keukentafelgesprek 02-01, within the six weeks.
        var keukentafel = MonitorLeadTime(stage: .registrationToKeukentafel)
        keukentafel.count = 1; keukentafel.medianDays = 27; keukentafel.p90Days = 27; keukentafel.withinNorm = 1
        #expect(lead(try month(r, "2026-02"), .registrationToKeukentafel) == keukentafel)
        // Case 30's second stay: its new signal 04-28 (after the closing) → the estimated row 06-12: 45 days, over the norm.
        keukentafel.medianDays = 45; keukentafel.p90Days = 45; keukentafel.withinNorm = 0; keukentafel.estimated = 1
        #expect(lead(try month(r, "2026-06"), .registrationToKeukentafel) == keukentafel)
        #expect(r.months.map { lead($0, .registrationToKeukentafel).count } == [0, 0, 1, 0, 0, 0, 1])

        var plan = MonitorLeadTime(stage: .keukentafelToPlan)
        plan.count = 1; plan.medianDays = 19; plan.p90Days = 19
        #expect(lead(try month(r, "2026-02"), .keukentafelToPlan) == plan)
        #expect(r.months.map { lead($0, .keukentafelToPlan).count } == [0, 0, 1, 0, 0, 0, 0])
    }

    @Test func outcomeOfTheCasesClosedInTheMonth() throws {
        let r = try report("fatima")
        let march = try month(r, "2026-03").outcome
        #expect(march.closed == 1 && march.withoutFinal == 0)
        // financien: only 201 (+2); 202's score after moving out is not theirs to count here.
        var financien = MonitorDomainChange(domain: .financien)
        financien.measured = 1; financien.improved = 1; financien.meanChange = 2
        // huisvesting: 201 stayed at 3, 202 went 4 → 2 while a member: the case's change is the mean, −1.
        var huisvesting = MonitorDomainChange(domain: .huisvesting)
        huisvesting.measured = 1; huisvesting.worse = 1; huisvesting.meanChange = -1
        // werk_opleiding: the score before the case opened is not its first.
        #expect(march.domains == [financien, huisvesting])
        var once = MonitorOutcome()
        once.closed = 1; once.withoutFinal = 1
        #expect(try month(r, "2026-04").outcome == once, "one measurement: no final")
        #expect(try month(r, "2026-06").outcome == once, "no measurement at all")
        #expect(r.months.map(\.outcome.closed) == [0, 0, 0, 1, 1, 0, 1])
    }

    /// A colleague outside the team sees the cases they were added to, and no signal without a
    /// case; a generalist in the team sees what the team lead sees.
    @Test func needToKnow() throws {
        let lead = try report("fatima")
        #expect(try report("daan").months == lead.months)
        let karin = try report("karin")
        #expect(karin.months.map(\.flow.signals) == [0, 0, 0, 0, 0, 0, 0])
        #expect(karin.months.map(\.flow.casesOpened) == [0, 1, 0, 0, 0, 0, 0])
        #expect(karin.months.map(\.flow.casesClosed) == [0, 0, 0, 0, 0, 0, 1])
        #expect(karin.months.map(\.flow.reopened).allSatisfy { $0 == 0 })
        #expect(karin.months.allSatisfy { $0.leadTimes.allSatisfy { $0.count == 0 } })
        #expect(karin.months.map(\.outcome.closed) == [0, 0, 0, 0, 0, 0, 1])
    }

    /// A closing recorded in the history and on the case on the same day counts once.
    @Test func aClosingInTheHistoryAndOnTheCaseCountsOnce() throws {
        let store = try F.store()
        try store.writing {
            try CaseHistoryRows.record($0.db, caseID: 40, kind: .phase, value: "afgesloten", on: Day("2026-06-05")!, by: nil)
        }
        let r = try store.monitor(from: F.from, to: F.to, today: F.today)
        #expect(r.months.map(\.flow.casesClosed) == [0, 0, 0, 1, 1, 0, 1])
        #expect(try month(r, "2026-06").flow.closedByReason == ["Verhuisd": 1])
    }
}
