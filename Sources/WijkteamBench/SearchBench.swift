import Foundation
import Wijkteam
import WijkteamStore

/// The journal searched as a generalist, 240 times over eight queries (common words, two words,
/// a word in no entry): need-to-know in the query, one audit row each.
enum SearchBench {
    static let queries = [
        "schuldhulp", "mantelzorger exhausted", "huisarts", "bewind", "mould bedroom", "scootmobiel", "rent arrears", "zzz",
    ]

    static func run(city: String, today: Day, budget: Double) throws -> (figure: Figure, hits: String) {
        var figure = Figure("journal search, 50 newest hits (FTS5, need-to-know, audited)", budget: budget)
        let store = try SQLiteStore.open(path: city)
        let generalist = try store.staff().first { $0.role == .generalist && !$0.isAway(on: today) }!
        let asGeneralist = store.acting(as: AuditActor(staffID: generalist.id, account: "bench", origin: "bench"))
        var hitCounts: [String: Int] = [:]
        for i in 0..<240 {
            let query = queries[i % queries.count]
            let t = now()
            hitCounts[query] = try asGeneralist.searchJournal(query, limit: 50).count
            figure.add(ms(now() - t))
        }
        return (
            figure, "  (hits per query: \(hitCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))"
        )
    }
}
