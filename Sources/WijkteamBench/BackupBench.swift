import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam backup` on the city (issue 25: ≤ 2 s): in a copy of the city (each backup adds its
/// row to the source's access log), per sample the whole command's work: the online copy, the
/// integrity check, the audit chain and the row counts of the copy, and the rename into place.
enum BackupBench {
    static func run(city: String, samples: Int = 7) throws -> [Figure] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-backup-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("city.sqlite").path
        try CityCopy.make(from: city, to: copy)
        let lead = AuditActor(staffID: "s1", account: "bench", origin: "bench")
        let store = try SQLiteStore.open(path: copy).acting(as: lead)
        let target = scratch.appendingPathComponent("backup.sqlite").path
        var backup = Figure("backup of the city (copy + checks)", budget: 2000, byMedian: true)
        var size = 0
        for _ in 0..<samples {
            let t = DispatchTime.now().uptimeNanoseconds
            let check = try store.backup(to: target, force: true)
            backup.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
            guard check.ok else { throw BenchError("the backup does not check out: \(check.problem ?? "")") }
            size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int) ?? 0
        }
        print(
            "backup file: \(size / 1_000_000) MB; range \(String(format: "%.0f", backup.sorted.first ?? 0))–"
                + "\(String(format: "%.0f", backup.sorted.last ?? 0)) ms over \(samples) runs")
        return [backup]
    }
}
