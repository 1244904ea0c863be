import Foundation
import Wijkteam
import WijkteamStore

/// The monitor on the city (issue 29). Timed apart:
/// - the store call the monitor view makes for the last 12 months (every group of figures,
///   need-to-know scope, as the team lead sees it: all cases); budget 50 ms (median);
/// - `wijkteam monitor --json` as a script runs it (the real binary, a whole process: start,
///   open, the same store call, suppression, JSON out), against the `sqlite3` shell computing
///   the same counts per month with plain SQL (`sqlCounts`); budget: at most 5× (ratio of the
///   medians). Without a `sqlite3` on the PATH the ratio is not measured (said so).
enum MonitorBench {
    struct Result {
        var figures: [Figure]
        /// `monitor --json` over `sqlite3`, medians; nil without sqlite3.
        var ratio: Double?
        var met: Bool { figures.allSatisfy(\.met) && (ratio ?? 0) <= 5 }
    }

    static func run(city: String, today: Day, samples: Int = 21) throws -> Result {
        let (from, to) = MonitorPeriod.lastTwelve(today: today)
        // As the view, the meeting and the command line reach it: through the store's protocol.
        let store: any WijkteamStore = try SQLiteStore.open(path: city)
        var read = Figure("monitor: 12 months, store call (the view's read)", budget: 50, byMedian: true)
        var report = try store.monitor(from: from, to: to, today: today)
        for _ in 0..<samples {
            let t = DispatchTime.now().uptimeNanoseconds
            report = try store.monitor(from: from, to: to, today: today)
            read.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        // Each group of figures alone (each pays the shared case read where it needs it): where the time goes.
        let groups: [(String, MonitorGroups)] = [
            ("flow", .flow), ("lead times", .leadTimes), ("outcome", .outcome), ("proactive", .proactive), ("load", .load),
            ("waiting", .waiting), ("meeting trend, 2 months", .meetingTrend),
        ]
        var parts: [Figure] = []
        for (name, group) in groups {
            var part = Figure("  of which: \(name) alone", budget: nil, byMedian: true)
            let (partFrom, partTo) = group == .meetingTrend ? (to.previous, to) : (from, to)
            for _ in 0..<max(5, samples / 2) {
                let t = DispatchTime.now().uptimeNanoseconds
                _ = try store.monitor(from: partFrom, to: partTo, today: today, groups: group)
                part.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
            }
            parts.append(part)
        }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-monitor-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let env = BenchProcess.environment(scratch: scratch, today: today)
        var cli = Figure("monitor --json: whole process (real binary)", budget: nil, byMedian: true)
        var json = Data()
        for _ in 0..<samples {
            let t = DispatchTime.now().uptimeNanoseconds
            json = try capture(appBinary(), ["monitor", "--json", "--db", city], env: env)
            cli.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        guard (try? JSONSerialization.jsonObject(with: json)) is [String: Any] else {
            throw BenchError("monitor --json gave no JSON: \(String(decoding: json.prefix(300), as: UTF8.self))")
        }
        print("  \(report.months.count) months, \(json.count) bytes of JSON")

        guard let sqlite3 = findSQLite3() else {
            print("  no sqlite3 on the PATH: monitor --json against sqlite3 not measured")
            return Result(figures: [read] + parts + [cli], ratio: nil)
        }
        var shell = Figure("sqlite3: the same counts per month (whole process)", budget: nil, byMedian: true)
        let sql = sqlCounts(from: from, to: to, today: today)
        var counts = Data()
        for _ in 0..<samples {
            let t = DispatchTime.now().uptimeNanoseconds
            counts = try capture(sqlite3, ["-readonly", city, sql], env: env)
            shell.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        let lines = String(decoding: counts, as: UTF8.self).split(separator: "\n")
        print("  sqlite3 gave \(lines.count) rows; e.g. \(lines.prefix(3).joined(separator: " · "))")
        let signals = report.months.map { "\($0.month) \($0.flow.signals)" }.suffix(3).joined(separator: ", ")
        print("  signals in per month from the monitor (last three): \(signals)")
        return Result(figures: [read] + parts + [cli, shell], ratio: cli.median / shell.median)
    }

    /// What the monitor counts per month, in plain SQL: signals per source, cases opened and
    /// closed, phases entered, ZRM measurements, preventive and outreaching follow-ups due and
    /// done on time, provisions waiting at each month's end (or today).
    static func sqlCounts(from: Month, to: Month, today: Day) -> String {
        let months = from.through(to).map { "('\($0)', '\(min($0.last, today))')" }.joined(separator: ", ")
        let first = from.first.description, last = min(to.last, today).description
        return """
            WITH m(k, last) AS (VALUES \(months))
            SELECT 'signals', substr(date, 1, 7), source, count(*) FROM signal
                WHERE date BETWEEN '\(first)' AND '\(last)' GROUP BY 2, 3
            UNION ALL SELECT 'opened', substr(opened, 1, 7), '', count(*) FROM care_case
                WHERE opened BETWEEN '\(first)' AND '\(last)' GROUP BY 2
            UNION ALL SELECT 'closed', substr(closed_on, 1, 7), '', count(*) FROM care_case
                WHERE closed_on BETWEEN '\(first)' AND '\(last)' GROUP BY 2
            UNION ALL SELECT 'phase', substr(on_day, 1, 7), value, count(*) FROM case_history
                WHERE kind = 'phase' AND on_day BETWEEN '\(first)' AND '\(last)' GROUP BY 2, 3
            UNION ALL SELECT 'zrm', substr(date, 1, 7), '', count(DISTINCT person_id) FROM zrm_score
                WHERE date BETWEEN '\(first)' AND '\(last)' GROUP BY 2
            UNION ALL SELECT 'followups', substr(due, 1, 7), sum(done = 1 AND done_on <= due), count(*) FROM follow_up
                WHERE kind IN ('preventive', 'outreaching') AND due BETWEEN '\(first)' AND '\(last)' GROUP BY 2
            UNION ALL SELECT 'waiting', m.k, count(DISTINCT p.case_id), count(*) FROM m JOIN provision p
                ON coalesce(p.waiting_since, p.requested_on) <= m.last AND (p.start IS NULL OR p.start > m.last)
                AND p.status IN ('requested', 'waiting', 'active', 'ended') GROUP BY m.k
            ORDER BY 1, 2, 3;
            """
    }

    static func findSQLite3() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/sqlite3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `binary args` and returns its standard output (read to the end: the whole process).
    static func capture(_ binary: String, _ args: [String], env: [String: String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchError("\(binary) \(args.first ?? "") ended with \(p.terminationStatus)") }
        return data
    }
}
