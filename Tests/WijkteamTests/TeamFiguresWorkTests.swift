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

    /// The figures as they were worked out before tables and bits replaced dictionaries and
    /// sets (issue 28): kept as the rule the faster version must give.
    static func figuresThroughSets(cases: [Case], followUps: [FollowUp], staff: [Staff], today: Day, contacts: [ProactiveContact])
        -> TeamFigures
    {
        let open = cases.filter(\.isOpen)
        var householdOfCase: [Int: Int] = [:], householdOpened: [Int: Day] = [:]
        for c in open {
            if householdOfCase[c.id] == nil { householdOfCase[c.id] = c.householdID }
            if householdOpened[c.householdID].map({ c.opened < $0 }) ?? true { householdOpened[c.householdID] = c.opened }
        }
        let loads = Caseload.loads(in: open)
        let active = followUps.filter { !$0.done && $0.kind.isProactive }
        let windowStart = today.adding(days: 1 - TeamFigures.reachedWindowDays)
        let starts = (0..<TeamFigures.monthsShown).map { MonthFigure.firstDay(before: today, back: $0) }
        var inWindow = Set<Int>(), byMonth = [Set<Int>](repeating: [], count: TeamFigures.monthsShown)
        for contact in contacts where contact.day <= today {
            guard let household = householdOfCase[contact.caseID] else { continue }
            if contact.day >= windowStart { inWindow.insert(household) }
            if let m = starts.firstIndex(where: { contact.day >= $0 }) { byMonth[m].insert(household) }
        }
        var figures = TeamFigures(cases: [], followUps: [], staff: [], today: today)
        figures.openCases = open.count
        figures.unassigned = open.filter { $0.regisseurID == nil }.count
        figures.overCapacity = staff.filter { Caseload.level(load: loads[$0.id] ?? 0, capacity: $0.capacity) == .over }.count
        figures.openHouseholds = Set(householdOfCase.values).count
        figures.proactiveHouseholds = Set(active.compactMap { householdOfCase[$0.caseID] }).count
        figures.overdueProactive = active.filter { $0.due < today && householdOfCase[$0.caseID] != nil }.count
        figures.reachedHouseholds = inWindow.count
        figures.months = starts.enumerated().map { m, start in
            let end = m == 0 ? today : starts[m - 1].adding(days: -1)
            return MonthFigure(
                year: start.components.year, month: start.components.month,
                openHouseholds: householdOpened.values.count { $0 <= end }, reachedHouseholds: byMonth[m].count)
        }
        return figures
    }

    /// Random teams and caseloads (closed cases, cases without a regisseur, a case id given
    /// twice, households with several cases, ids far beyond the rest and below zero, contacts on
    /// closed cases, after today and on cases not given): from cases and from cards, the figures
    /// the sets gave.
    @Test func tablesAndBitsGiveTheFiguresTheSetsGave() {
        let seed: UInt64 = 28
        var random = SplitMix64(seed: seed)
        let staff = (0..<8).map { makeStaff("s\($0)", capacity: Double(random.next() % 12)) }
        for round in 0..<60 {
            let caseCount = Int(random.next() % 400)
            var ids = (0..<caseCount).map { _ in Int(random.next() % 600) + 1 }
            if round % 5 == 0 { ids += [1 << 40, -3] }
            // One of the cases, or now and then (or when there are none) a case not given.
            func someCase() -> Int {
                ids.isEmpty || random.next() % 10 == 0 ? Int(random.next() % 700) : ids[Int(random.next() % UInt64(ids.count))]
            }
            let cases = ids.map { id in
                var c = makeCase(
                    id, household: round % 7 == 0 ? Int(random.next() % 5_000) : Int(random.next() % 300) - 2,
                    phase: random.next() % 4 == 0 ? .afgesloten : .uitvoering,
                    regisseur: random.next() % 5 == 0 ? nil : "s\(random.next() % 9)", complexity: Int(random.next() % 3) + 1)
                c.opened = today.adding(days: -Int(random.next() % 300))
                return c
            }
            let followUps = (0..<Int(random.next() % 500)).map { i in
                var f = followUp(
                    i, caseID: someCase(),
                    kind: FollowUpKind.allCases[Int(random.next() % UInt64(FollowUpKind.allCases.count))],
                    done: random.next() % 3 == 0)
                f.due = today.adding(days: Int(random.next() % 60) - 30)
                return f
            }
            let contacts = (0..<Int(random.next() % 500)).map { _ in
                ProactiveContact(
                    caseID: someCase(),
                    day: today.adding(days: Int(random.next() % 220) - 200), kind: .homeVisit)
            }
            let expected = Self.figuresThroughSets(cases: cases, followUps: followUps, staff: staff, today: today, contacts: contacts)
            let cards = cases.map {
                CaseCard(case: $0, householdName: "", buurt: "", street: "", lastContact: nil, nextFollowUp: nil, proactiveKinds: [])
            }
            #expect(
                TeamFigures(cases: cases, followUps: followUps, staff: staff, today: today, contacts: contacts) == expected,
                "seed \(seed), round \(round)")
            #expect(
                TeamFigures(cards: cards, followUps: followUps, staff: staff, today: today, contacts: contacts) == expected,
                "seed \(seed), round \(round)")
        }
    }
}
