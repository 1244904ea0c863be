import Foundation
import Wijkteam
import WijkteamStore

/// `retention --dry-run` on the city (issue 25): every case read as retention needs it, the
/// periods applied, nothing written; as the team lead, on the city file itself (it changes nothing).
enum RetentionBench {
    static func run(city: String, today: Day, samples: Int = 20) throws -> (Figure, due: Int) {
        let lead = AuditActor(staffID: "s1", account: "bench", origin: "bench")  // the generator's first staff member leads a team
        let store = try SQLiteStore.open(path: city).acting(as: lead)
        var figure = Figure("retention --dry-run, the whole city", budget: 1000, byMedian: true)
        var due = 0
        for _ in 0..<samples {
            let t = DispatchTime.now().uptimeNanoseconds
            due = try store.retention(dryRun: true, today: today).due.count
            figure.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        return (figure, due)
    }
}
