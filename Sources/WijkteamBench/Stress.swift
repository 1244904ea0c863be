import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam-bench stress --db PATH --case N --count K [--as STAFF]`: one process writing K
/// journal entries, one transaction each, as fast as it can. Several at once show that
/// concurrent writers queue on SQLite's write lock instead of failing (see the CLI tests).
enum Stress {
    static func run(_ args: [String]) -> Int32 {
        func option(_ name: String) -> String? { args.firstIndex(of: name).flatMap { args.indices.contains($0 + 1) ? args[$0 + 1] : nil } }
        guard let db = option("--db"), let caseID = option("--case").flatMap(Int.init), let count = option("--count").flatMap(Int.init) else {
            FileHandle.standardError.write(Data("usage: wijkteam-bench stress --db PATH --case N --count K [--as STAFF]\n".utf8))
            return 2
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        do {
            let store = try SQLiteStore.open(path: db)
                .acting(as: AuditActor(staffID: option("--as") ?? "daan", account: "stress", origin: "stress-\(pid)"))
            let today = Day("2026-11-20")!
            for i in 0..<count {
                try store.addJournal(caseID: caseID, kind: .phone, date: today, text: "stress \(pid) #\(i)", sensitive: false, today: today)
            }
            print("wrote \(count)")
            return 0
        } catch {
            FileHandle.standardError.write(Data("stress \(pid): \(error)\n".utf8))
            return 1
        }
    }
}
