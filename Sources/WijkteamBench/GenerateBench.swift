import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam generate` as a team runs it (issue 28: at 100,000 households ≤ 30 s and ≤ 250 MB):
/// the real binary, timed from start to exit, its peak memory read from its own `VmHWM` while it
/// runs (`wait4` would also count this process's peak from before the child's `exec`).
enum GenerateBench {
    /// The bench's city (seed 42, 20,000 households), written as it is made.
    static func makeCity(at path: String, today: Day) throws {
        let start = DispatchTime.now().uptimeNanoseconds
        var g = DistrictGenerator(seed: 42, size: .city(households: 20_000), today: today)
        let made = try SQLiteStore.create(at: path, generating: &g)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(
            String(
                format: "generated %@: %d households, %d open cases, %d staff, %d journal entries in %.1f s", path,
                made.households, made.openCases, made.staff, made.journalEntries, seconds))
    }

    /// `--only generate`: prints its figures; the exit status (1 when a budget is missed).
    static func report(households: Int, today: Day) throws -> Int32 {
        let figures = try run(households: households, today: today)
        for figure in figures { print(figure.line) }
        return figures.allSatisfy(\.met) ? 0 : 1
    }

    static func run(households: Int, today: Day, samples: Int = 3) throws -> [Figure] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-generate-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let env = BenchProcess.environment(scratch: scratch, today: today)
        let atBudget = households == 100_000
        let count = String(households)
        var time = Figure("generate \(count) households (whole process)", budget: atBudget ? 30_000 : nil, byMedian: true)
        var memory = Figure("generate \(count) households: peak memory", .megabytes, budget: atBudget ? 250 : nil, byMedian: true)
        let db = scratch.appendingPathComponent("generated.sqlite").path
        let args = ["generate", "--households", String(households), "--seed", "42", "--db", db, "--force"]
        for _ in 0..<samples {
            let (elapsed, peak) = try watched(appBinary(), args, env: env, output: scratch.appendingPathComponent("out").path)
            time.add(elapsed)
            memory.add(Double(peak) / 1_048_576)
        }
        return [time, memory]
    }

    /// Milliseconds from `posix_spawn` until `binary` has exited, and its peak resident memory in
    /// bytes (its `VmHWM`, read every 10 ms: a high-water mark, so the last read is its peak
    /// but for what it took in its last 10 ms).
    static func watched(_ binary: String, _ args: [String], env: [String: String], output: String) throws -> (Double, Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = try BenchProcess.spawn(binary, args, env: env, output: output)
        var status: Int32 = 0
        var peak = 0
        while true {
            if let bytes = BenchProcess.peakMemory(of: pid) { peak = max(peak, bytes) }
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { throw BenchError("lost \(binary): \(String(cString: strerror(errno)))") }
            usleep(10_000)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        guard status == 0 else { throw BenchError("\(binary) \(args.prefix(2).joined(separator: " ")) ended with status \(status)") }
        return (elapsed, peak)
    }
}
