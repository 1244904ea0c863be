import Testing
@testable import Wijkteam

@Suite struct UrgencyTests {
    let today = Day("2026-11-20")!
    func signal(_ id: Int, household: Int? = nil, daysAgo: Int = 0, source: SignalSource = .selfReferral, safety: Bool = false) -> Signal {
        Signal(id: id, householdID: household ?? id, date: today.adding(days: -daysAgo), source: source, description: "",
               domains: [.financien], safety: safety)
    }

    @Test func aSafetySignalOutranksAnyNumberOfOtherPoints() {
        let heavy = TriageContext(childrenUnder12: 3, acuteDomains: LifeDomain.zrmDomains, maxCarerHours: 60, exhaustedCarer: true, otherSignals: 9)
        let calm = signal(1, daysAgo: 0, safety: true)
        let loud = signal(2, daysAgo: 400, source: .police)
        let ranked = Urgency.rank([loud, calm], contexts: [2: heavy], today: today)
        #expect(ranked.map(\.signal.id) == [1, 2])
        #expect(ranked[1].score > ranked[0].score) // the safety signal is first despite the lower score
    }

    /// Each reason changes the score by exactly its documented weight.
    @Test func eachReasonAddsItsWeight() {
        let base = Urgency.reasons(for: signal(1), context: TriageContext(), today: today)
        #expect(base.isEmpty)
        func score(_ s: Signal, _ c: TriageContext = TriageContext()) -> Int {
            Urgency.reasons(for: s, context: c, today: today).reduce(0) { $0 + $1.points }
        }
        let w = UrgencyWeights.defaults
        #expect(score(signal(1, safety: true)) == w[.safety])
        #expect(score(signal(1), TriageContext(childrenUnder12: 2)) == w[.childrenUnder12])
        #expect(score(signal(1), TriageContext(acuteDomains: [.huisvesting])) == w[.acuteDomain])
        #expect(score(signal(1), TriageContext(acuteDomains: [.huisvesting, .financien])) == 2 * w[.acuteDomain])
        // Hours or the exhausted mark alone are facts; the store turns them into carerHeavy /
        // carerLongAndIntensive (SCP), which Urgency weighs (UrgencyDeadlineTests).
        #expect(score(signal(1), TriageContext(maxCarerHours: 21)) == 0)
        #expect(score(signal(1, daysAgo: 9)) == 9 * w[.perDayWaiting])
        #expect(score(signal(1, daysAgo: 90)) == w[.waitingMax])
        #expect(score(signal(1, source: .vroegsignalering)) == w[.urgentSource])
        #expect(score(signal(1, source: .school)) == 0)
        #expect(score(signal(1), TriageContext(otherSignals: 1)) == w[.perOtherSignal])
        #expect(score(signal(1), TriageContext(otherSignals: 10)) == w[.otherSignalsMax])
        let acute = Urgency.reasons(for: signal(1), context: TriageContext(acuteDomains: [.huisvesting]), today: today)
        #expect(acute.map(\.text) == ["ZRM domain at 1 (acute): Huisvesting"])
        #expect(Urgency.reasons(for: signal(1, daysAgo: 9), context: TriageContext(), today: today).map(\.text) == ["waiting 9 days"])
    }

    /// The fast score and the written-out reasons never disagree.
    @Test func scoreIsAlwaysTheSumOfTheReasons() {
        var seed: UInt64 = 1
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        for i in 0..<2000 {
            let s = Signal(id: i, householdID: 1, date: today.adding(days: -next(60)), source: SignalSource.allCases[next(SignalSource.allCases.count)],
                           description: "", domains: [], safety: next(5) == 0)
            let c = TriageContext(childrenUnder12: next(3), acuteDomains: Array(LifeDomain.zrmDomains.prefix(next(3))), maxCarerHours: next(40),
                                  exhaustedCarer: next(4) == 0, otherSignals: next(5))
            #expect(Urgency.score(for: s, context: c, today: today) == Urgency.reasons(for: s, context: c, today: today).reduce(0) { $0 + $1.points })
        }
    }

    @Test func tiesAreBrokenByWaitingTimeThenNumber() {
        let a = signal(5, daysAgo: 3), b = signal(4, daysAgo: 3), c = signal(9, daysAgo: 2, source: .police) // 2 + 5 > 3
        let older = signal(7, daysAgo: 0)
        let ranked = Urgency.rank([a, older, c, b], contexts: [:], today: today).map(\.signal.id)
        #expect(ranked == [9, 4, 5, 7])
        // The same input in any order gives the same queue.
        #expect(Urgency.rank([b, c, older, a], contexts: [:], today: today).map(\.signal.id) == ranked)
    }

    @Test func meldcodeNeedsNotesAndIsConcludedByStepFive() {
        #expect(throws: WijkteamError.self) { try Meldcode.validate(note: "  ") }
        let four = MeldcodeStep.allCases.dropLast().map { MeldcodeRecord(step: $0, doneBy: "a", doneOn: today, note: "n") }
        #expect(Meldcode.missing(four) == [.decide])
        #expect(throws: WijkteamError.self) { try Meldcode.checkConcluded(four) }
        #expect(throws: Never.self) {
            try Meldcode.checkConcluded(four + [MeldcodeRecord(step: .decide, doneBy: "a", doneOn: today, note: "help organised")])
        }
    }

    /// The queue's order is the rule's (safety, pressing, score, longest waiting, number) over a
    /// large queue full of ties: many signals share a day, a score and a household's context.
    @Test func aLargeQueueIsOrderedByTheRule() {
        var seed: UInt64 = 28  // a fixed queue: the test says the same every run
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        let today = Day("2026-11-20")!
        let sources = SignalSource.allCases
        let signals = (1...2_000).map { i in
            let day = today.adding(days: -(next() % 8)), source = sources[next() % sources.count]
            var s = Signal(
                id: i, householdID: next() % 50 + 1, date: day, source: source, description: "", domains: [.financien],
                safety: next() % 40 == 0)
            if next() % 10 == 0 { s.intake = Intake(hardDate: today.adding(days: next() % 20 - 5), hardDateKind: .eviction) }
            return s
        }
        var contexts: [Int: TriageContext] = [:]
        for h in 1...50 where next() % 2 == 0 {
            contexts[h] = TriageContext(childrenUnder12: next() % 2, maxCarerHours: next() % 30, otherSignals: next() % 3)
        }
        let ranked = Urgency.rank(signals, contexts: contexts, today: today)
        let expected = ranked.sorted { a, b in
            if a.signal.safety != b.signal.safety { return a.signal.safety }
            if a.pressing != b.pressing { return a.pressing }
            if a.score != b.score { return a.score > b.score }
            if a.signal.date != b.signal.date { return a.signal.date < b.signal.date }
            return a.signal.id < b.signal.id
        }
        #expect(ranked.map(\.signal.id) == expected.map(\.signal.id))
        #expect(Set(ranked.map(\.signal.id)).count == signals.count)
    }
}
