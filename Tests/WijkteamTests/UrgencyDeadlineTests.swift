import Testing
@testable import Wijkteam

/// Triage by deadline and vulnerability (issue 26): the hard date, the vulnerability factors,
/// respond-by dates per risk class and the team's weights.
@Suite struct UrgencyDeadlineTests {
    /// A Friday.
    let today = Day("2026-12-04")!
    func signal(
        _ id: Int, daysAgo: Int = 0, source: SignalSource = .selfReferral, safety: Bool = false, hardIn: Int? = nil,
        kind: HardDateKind = .eviction
    ) -> Signal {
        Signal(
            id: id, householdID: id, date: today.adding(days: -daysAgo), source: source, description: "", domains: [.financien],
            safety: safety, intake: hardIn.map { Intake(hardDate: today.adding(days: $0), hardDateKind: kind) })
    }

    @Test func anEvictionTomorrowOutranksAThirtyDayOldOrdinarySignal() {
        let eviction = signal(1, hardIn: 1), ordinary = signal(2, daysAgo: 30)
        let ranked = Urgency.rank([ordinary, eviction], contexts: [:], today: today)
        #expect(ranked.map(\.signal.id) == [1, 2])
        #expect(ranked[0].score > ranked[1].score)
        #expect(ranked[1].overdue)  // the old one is overdue, and still the eviction comes first
        #expect(ranked[0].reasons.map(\.text) == ["eviction on Sat 5 Dec: tomorrow"])
    }

    @Test func aPassedDateIsAtTheTopOfTheDeadlineFactor() {
        let w = UrgencyWeights.defaults, top = w[.deadlineMax]
        #expect(top >= 40)
        #expect(w.deadlinePoints(daysLeft: 0) == top)
        #expect(w.deadlinePoints(daysLeft: -3) == top)
        #expect(w.deadlinePoints(daysLeft: 21) == 0)
        #expect(w.deadlinePoints(daysLeft: 60) == 0)
        // Growing as the date nears.
        let curve = (0...21).map { w.deadlinePoints(daysLeft: $0) }
        #expect(curve == curve.sorted(by: >))
        let passed = Urgency.reasons(for: signal(1, hardIn: -3), context: TriageContext(), today: today)
        #expect(passed.map(\.text) == ["eviction on Tue 1 Dec: passed 3 days ago"])
        #expect(passed.map(\.points) == [top])
        let cut = Urgency.reasons(for: signal(1, hardIn: 2, kind: .cutOff), context: TriageContext(), today: today)
        #expect(cut.map(\.text) == ["cut-off on Sun 6 Dec: in 2 days"])
    }

    @Test func aFrailEightyTwoYearOldAloneWithoutTiesGetsBothReasons() {
        var c = TriageContext()
        c.livesAloneAged75 = true
        c.noNetworkTies = true
        let fall = signal(1, source: .huisarts)
        let reasons = Urgency.reasons(for: fall, context: c, today: today)
        #expect(reasons.map(\.text) == ["75 or older, living alone", "no network ties known", "source: huisarts"])
        let w = UrgencyWeights.defaults
        #expect(Urgency.score(for: fall, context: c, today: today) == w[.aloneAged75] + w[.noTies] + w[.urgentSource])
        #expect(Urgency.score(for: fall, context: c, today: today) > 1)
        // Vulnerable: respond within 3 working days (Fri → Wed).
        let r = Urgency.rank([fall], contexts: [1: c], today: today)[0]
        #expect(r.riskClass == .vulnerable)
        #expect(r.respondBy == Day("2026-12-09")!)
    }

    @Test func everyVulnerabilityAndCarerFactorAddsItsWeight() {
        let w = UrgencyWeights.defaults
        func score(_ change: (inout TriageContext) -> Void) -> Int {
            var c = TriageContext()
            change(&c)
            return Urgency.reasons(for: signal(1), context: c, today: today).reduce(0) { $0 + $1.points }
        }
        #expect(score { $0.childrenUnder4 = 1 } == w[.childUnder4])
        #expect(score { $0.carerHeavy = true } == w[.carerHeavy])
        #expect(score { $0.carerLongAndIntensive = true } == w[.carerLongAndIntensive])
        // Hours alone no longer count: only the SCP's long-and-intensive mark or the felt burden.
        #expect(score { $0.maxCarerHours = 40 } == 0)
    }

    @Test func theTeamsWeightsAreUsedAndAZeroWeightIsNoReason() {
        var w = UrgencyWeights()
        w[.noTies] = 0
        w[.deadlineMax] = 80
        var c = TriageContext()
        c.noNetworkTies = true
        let s = signal(1, hardIn: 0)
        #expect(Urgency.reasons(for: s, context: c, today: today, weights: w).map(\.points) == [80])
        #expect(Urgency.score(for: s, context: c, today: today, weights: w) == 80)
        #expect(throws: WijkteamError.self) { try UrgencyWeights.validate(.deadlineMax, -1) }
        #expect(throws: WijkteamError.self) { try UrgencyWeights.validate(.safety, 10_000) }
        #expect(throws: WijkteamError.self) { try UrgencyWeights.validate(.respondOtherDays, 0) }
        #expect(throws: Never.self) { try UrgencyWeights.validate(.deadlineMax, 45) }
        #expect(UrgencyWeights.defaults.rows.count == UrgencyWeights.Name.allCases.count)
        #expect(UrgencyWeights.defaults.rows.allSatisfy { $0.isDefault && !$0.meaning.isEmpty })
    }

    /// The fast score and the written-out reasons never disagree, whatever the context and weights.
    @Test func scoreIsAlwaysTheSumOfTheReasons() {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int((seed >> 33) % UInt64(n))
        }
        for i in 0..<2000 {
            let s = signal(
                i, daysAgo: next(60), source: SignalSource.allCases[next(SignalSource.allCases.count)], safety: next(5) == 0,
                hardIn: next(3) == 0 ? next(50) - 10 : nil)
            var c = TriageContext(
                childrenUnder12: next(3), acuteDomains: Array(LifeDomain.zrmDomains.prefix(next(3))), maxCarerHours: next(40),
                exhaustedCarer: next(4) == 0, otherSignals: next(5))
            c.livesAloneAged75 = next(4) == 0; c.noNetworkTies = next(4) == 0; c.childrenUnder4 = next(2)
            c.carerHeavy = next(4) == 0; c.carerLongAndIntensive = next(4) == 0
            var w = UrgencyWeights()
            if next(2) == 0 { for n in UrgencyWeights.Name.allCases { w[n] = n.range.lowerBound + next(n.range.count) } }
            #expect(
                Urgency.score(for: s, context: c, today: today, weights: w)
                    == Urgency.reasons(for: s, context: c, today: today, weights: w).reduce(0) { $0 + $1.points })
        }
    }

    func by(_ s: Signal, _ c: TriageContext, weights: UrgencyWeights = .defaults) -> String {
        let r = Urgency.respondBy(for: s, context: c, weights: weights)
        return "\(r.day) \(r.riskClass.rawValue)"
    }

    @Test func respondByPerRiskClass() {
        let none = TriageContext()
        var vulnerable = TriageContext()
        vulnerable.childrenUnder4 = 1
        // Safety: the next working day (Fri → Mon).
        #expect(by(signal(1, safety: true), none) == "2026-12-07 safety")
        // Other: 10 working days (Fri 4 Dec → Fri 18 Dec).
        #expect(by(signal(1), none) == "2026-12-18 other")
        // Vulnerable: 3 working days.
        #expect(by(signal(1), vulnerable) == "2026-12-09 vulnerable")
        // A hard date: 3 days before it …
        #expect(by(signal(1, hardIn: 10), none) == "2026-12-11 deadline")
        // … but not before the day after the signal came in.
        #expect(by(signal(1, hardIn: 1), none) == "2026-12-05 deadline")
        // A hard date far away does not move it.
        #expect(by(signal(1, hardIn: 60), none) == "2026-12-18 other")
        // The team's day counts.
        var w = UrgencyWeights()
        w[.respondOtherDays] = 5
        #expect(by(signal(1), none, weights: w) == "2026-12-11 other")
        // Weekends are no working days.
        #expect(Day("2026-12-05")!.adding(workingDays: 0) == Day("2026-12-07")!)
        #expect(Day("2026-11-30")!.subtracting(months: 3) == Day("2026-08-30")!)
        #expect(Day("2026-05-31")!.subtracting(months: 3) == Day("2026-02-28")!)
    }

    @Test func overdueComeFirstAfterSafety() {
        // Overdue (received 20 days ago, 10 working days passed) with few points, against a fresh
        // signal with many points.
        let late = signal(1, daysAgo: 20)
        var heavy = TriageContext(childrenUnder12: 2, acuteDomains: [.huisvesting, .financien])
        heavy.carerHeavy = true
        let fresh = signal(2, source: .police)
        let safety = signal(3, safety: true)
        let ranked = Urgency.rank([fresh, late, safety], contexts: [2: heavy], today: today)
        #expect(ranked.map(\.signal.id) == [3, 1, 2])
        #expect(ranked[1].overdue && !ranked[2].overdue)
        #expect(ranked[2].score > ranked[1].score)
        #expect(ranked[1].respondByText == "overdue since Tue 1 Dec")
        #expect(ranked[2].respondByText == "respond by Wed 9 Dec")
    }
}
