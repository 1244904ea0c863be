import Foundation
import Wijkteam
import WijkteamStore

/// "triage: rank 10,000 open signals": twenty times the city's queue, for headroom. The signals
/// and their households' contexts are drawn from a fixed seed, so every run ranks the same queue.
enum RankBench {
    static func run(today: Day) -> Figure {
        var figure = Figure("triage: rank 10,000 open signals", budget: 20)
        var rng = SplitMix64(seed: 7)
        let sources = SignalSource.allCases
        let signals = (1...10_000).map { i -> Signal in
            let household = Int(rng.next() % 20_000) + 1, day = today.adding(days: -Int(rng.next() % 60))
            let source = sources[Int(rng.next() % UInt64(sources.count))]
            return Signal(
                id: i, householdID: household, date: day, source: source, description: "", domains: [.financien],
                safety: rng.next() % 100 == 0)
        }
        var contexts: [Int: TriageContext] = [:]
        for h in 1...20_000 where rng.next() % 2 == 0 {
            let children = Int(rng.next() % 3), acute: [LifeDomain] = rng.next() % 10 == 0 ? [.huisvesting] : []
            contexts[h] = TriageContext(
                childrenUnder12: children, acuteDomains: acute, maxCarerHours: Int(rng.next() % 30), otherSignals: Int(rng.next() % 3))
        }
        for _ in 0..<50 {
            let t = now()
            precondition(Urgency.rank(signals, contexts: contexts, today: today).count == 10_000)
            figure.add(ms(now() - t))
        }
        return figure
    }
}
