import Testing
@testable import Wijkteam

/// The team figures of work done (issue 26): households reached proactively in the last 4
/// weeks beside households with one planned, and the done-figure per month.
@Suite struct TeamFiguresWorkTests {
    let today = Day("2026-11-20")!

    func followUp(_ id: Int, caseID: Int, kind: FollowUpKind = .preventive, done: Bool = false) -> FollowUp {
        FollowUp(id: id, caseID: caseID, kind: kind, due: Day("2026-11-27")!, ownerID: "daan", done: done, outcome: done ? "gebeld" : nil)
    }

    /// Ten open households, one case each.
    var cases: [Case] { (1...10).map { makeCase($0, household: $0) } }

    func figures(_ followUps: [FollowUp], _ contacts: [ProactiveContact] = []) -> TeamFigures {
        TeamFigures(cases: cases, followUps: followUps, staff: [], today: today, contacts: contacts)
    }

    /// The case: flagging seven follow-ups raised "prev/outreach"; it must not raise
    /// the done-figure.
    @Test func flaggingRaisesOnlyThePlannedFigure() {
        let before = figures([])
        let flagged = figures((1...7).map { followUp($0, caseID: $0) })
        #expect(flagged.plannedPercent == 70 && before.plannedPercent == 0)
        #expect(flagged.reachedPercent == 0 && flagged.reachedHouseholds == before.reachedHouseholds)
        #expect(flagged.months.map(\.reachedHouseholds) == before.months.map(\.reachedHouseholds))
    }

    /// Completing one of them raises the done-figure (it lowered the old figure from 43% to 40%).
    @Test func completingAFollowUpRaisesTheDoneFigure() {
        let planned = (1...7).map { followUp($0, caseID: $0) }
        let before = figures(planned)
        var after = planned
        after[0].done = true
        after[0].outcome = "huisbezoek gedaan, budgetcoach geregeld"
        let done = figures(after, [ProactiveContact(caseID: 1, day: today, kind: .followUp)])
        #expect(done.reachedHouseholds == before.reachedHouseholds + 1)
        #expect(done.reachedPercent == 10 && before.reachedPercent == 0)
        #expect(done.months[0].reachedHouseholds == 1)
        #expect(done.plannedPercent == 60)
    }

    /// Last 4 weeks: today and the 27 days before; not the 28th day back, not a day ahead.
    @Test func theFourWeekWindowsEdges() {
        func reached(_ day: Day) -> Int { figures([], [ProactiveContact(caseID: 3, day: day, kind: .homeVisit)]).reachedHouseholds }
        #expect(reached(today) == 1)
        #expect(reached(today.adding(days: -27)) == 1)
        #expect(reached(today.adding(days: -28)) == 0)
        #expect(reached(today.adding(days: 1)) == 0)
        #expect(TeamFigures.contactsSince(today: today) <= today.adding(days: -27))
    }

    /// A household counts once, however many contacts; a contact on a closed case not at all.
    @Test func householdsCountOnceAndClosedCasesNotAtAll() {
        var cases = cases
        cases.append(makeCase(11, household: 1))
        cases.append(makeCase(12, household: 20, phase: .afgesloten))
        let contacts = [
            ProactiveContact(caseID: 1, day: today, kind: .homeVisit), ProactiveContact(caseID: 11, day: today, kind: .followUp),
            ProactiveContact(caseID: 12, day: today, kind: .followUp),
        ]
        let f = TeamFigures(cases: cases, followUps: [], staff: [], today: today, contacts: contacts)
        #expect(f.openHouseholds == 10 && f.reachedHouseholds == 1)
    }

    /// Per month: this month and the five before, each against the households open now whose
    /// first case was opened by the month's end.
    @Test func perMonthThisMonthAgainstTheMonthsBefore() {
        var cases = cases
        cases[9].opened = Day("2026-11-02")!  // not open yet in October
        let contacts = [
            ProactiveContact(caseID: 1, day: Day("2026-11-01")!, kind: .followUp),
            ProactiveContact(caseID: 2, day: Day("2026-10-31")!, kind: .homeVisit),
            ProactiveContact(caseID: 3, day: Day("2026-10-01")!, kind: .homeVisit),
            ProactiveContact(caseID: 4, day: Day("2026-05-31")!, kind: .homeVisit),
        ]  // before the six months
        let f = TeamFigures(cases: cases, followUps: [], staff: [], today: today, contacts: contacts)
        #expect(f.months.map(\.key) == ["2026-11", "2026-10", "2026-09", "2026-08", "2026-07", "2026-06"])
        #expect(f.months.map(\.reachedHouseholds) == [1, 2, 0, 0, 0, 0])
        #expect(f.months[0].openHouseholds == 10 && f.months[1].openHouseholds == 9)
        #expect(f.months[1].percent == 22)
        #expect(f.reachedHouseholds == 2)  // 1 Nov and 31 Oct are within 4 weeks of 20 Nov
        #expect(TeamFigures.contactsSince(today: today) == Day("2026-06-01")!)
        #expect(MonthFigure.firstDay(before: Day("2026-02-10")!, back: 3) == Day("2025-11-01")!)
    }
}
