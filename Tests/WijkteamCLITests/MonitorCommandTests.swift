import Foundation
import Testing
import Wijkteam

/// `wijkteam monitor` (issue 29): every month and figure in `--json`, a row per figure, measure
/// and month in `--csv`, every group with its definitions in `--md`, clear errors for a bad
/// period; the team lead and a generalist both run it. Today is pinned to 2026-11-20.
@Suite struct MonitorCommandTests {
    typealias JSON = [String: Any]
    static let months = Month("2025-12")!.through(Month("2026-11")!).map(\.description)

    @Test func jsonHasEveryMonthAndFigureWithSuppressionMarked() throws {
        let db = try Binary.freshDatabase()
        for who in ["fatima", "daan"] {
            let r = try Binary.run(["monitor", "--json", "--db", db, "--as", who])
            #expect(r.status == 0, "\(who): \(r.err)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? JSON)
            #expect(json["from"] as? String == "2025-12" && json["to"] as? String == "2026-11" && json["today"] as? String == "2026-11-20")
            #expect(json["months"] as? [String] == Self.months)
            #expect(json["suppression_minimum"] as? Int == 10)
            #expect(json["longest_wait_days"] is [Int])
            let rows = try #require(json["figures"] as? [JSON])
            let figures = Set(rows.compactMap { $0["figure"] as? String })
            let expected = Set(MonitorFigure.allCases.filter { $0 != .longestWaits }.map(\.rawValue))
            #expect(figures == expected, "\(expected.subtracting(figures))")
            for row in rows {
                let values = try #require(row["values"] as? [JSON])
                #expect(values.compactMap { $0["month"] as? String } == Self.months, "\(row)")
                // Every cell says whether it is suppressed, and a value or null.
                #expect(values.allSatisfy { $0["suppressed"] is Bool && $0.keys.contains("value") }, "\(row)")
            }
            // Deterministic: sorted keys, the same bytes twice.
            #expect(try Binary.run(["monitor", "--json", "--db", db, "--as", who]).out == r.out)
            #expect(r.out.contains("\"figures\"") && !r.out.contains("longestWaitDays"))
        }
    }

    @Test func csvHasAHeaderAndOneRowPerFigureMeasureAndMonth() throws {
        let db = try Binary.freshDatabase()
        let json = try #require(try Binary.json(["monitor", "--json", "--db", db, "--from", "2026-09"]) as? JSON)
        let rows = try #require(json["figures"] as? [JSON])
        let waits = (json["longest_wait_days"] as? [Int])?.count ?? 0
        let r = try Binary.run(["monitor", "--csv", "--db", db, "--from", "2026-09"])
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "figure;group;measure;month;value;suppressed")
        #expect(lines.count == 1 + rows.count * 3 + waits, "\(lines.count) lines for \(rows.count) rows")
        #expect(
            lines.contains("signals_in;flow;total;2026-09;0;false") || lines.contains { $0.hasPrefix("signals_in;flow;total;2026-09;") })
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(";true") || $0.hasSuffix(";false") })
    }

    @Test func markdownHasEveryGroupWithChartsAndDefinitionsInTheAppsLanguage() throws {
        let db = try Binary.freshDatabase()
        let r = try Binary.run(["monitor", "--md", "--db", db, "--as", "fatima"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("# Monitor: "))
        for heading in [
            "Inflow and outflow", "Lead times", "Outcome (ZRM)", "Prevention and outreaching", "Load", "Waiting for a provision",
        ] {
            #expect(r.out.contains("\n## " + heading + "\n"), "\(heading)")
        }
        #expect(r.out.contains("| Figure | Chart | 2025-12 |"))
        #expect(r.out.contains("`▁▁▁▁▁▁▁▁▁▁▁▁`"), "the charts as text")
        #expect(r.out.contains("Signals received in the month (by the day received), per source;"), "a figure's definition")
        #expect(r.out.contains("Small numbers identify people"))
        let nl = try Binary.run(["monitor", "--md", "--db", db, "--lang", "nl"])
        #expect(nl.out.contains("\n## Instroom en uitstroom\n") && nl.out.contains("Kleine aantallen"), "\(nl.out.prefix(400))")
        let text = try Binary.run(["monitor", "--db", db, "--as", "daan"])
        #expect(text.status == 0 && text.out.contains("Monitor ") && text.out.contains("2026-11"), "\(text.err)")
        #expect(text.out.contains("Inflow and outflow") && text.out.contains("<10 a count of 1–9 households"))
    }

    @Test func aBadPeriodIsAClearErrorWithTheValidationExitCode() throws {
        let db = try Binary.freshDatabase()
        let cases: [([String], String)] = [
            (["--from", "2026-13"], "--from '2026-13' is not a month; write YYYY-MM"),
            (["--to", "26-01"], "--to '26-01' is not a month"),
            (["--from", "2026-05", "--to", "2026-01"], "--from 2026-05 is after --to 2026-01"),
            (["--to", "2026-12"], "--to 2026-12 is after this month (2026-11)"),
            (["--from", "2000-01"], "2000-01 to 2026-11 is 323 months; a monitor covers at most 120"),
            (["--json", "--md"], "choose one of --json, --csv and --md"),
        ]
        for (args, message) in cases {
            let r = try Binary.run(["monitor"] + args + ["--db", db])
            #expect(r.status == 64, "\(args): \(r.status) \(r.err)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(r.out.isEmpty)
        }
        // --to alone: the twelve months up to it.
        let json = try #require(try Binary.json(["monitor", "--json", "--to", "2026-03", "--db", db]) as? JSON)
        #expect(json["from"] as? String == "2025-04" && (json["months"] as? [String])?.count == 12)
    }
}
