import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam monitor [--from YYYY-MM] [--to YYYY-MM] [--json|--csv|--md]` (issue 29): the team's
// figures per month, for scripts and for the municipality. Every output is an export: it goes
// through `MonitorExport`, which suppresses small numbers and leaves out case numbers, close
// reasons and names (the monitor view shows those to the team).

struct MonitorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "The team's figures per month (inflow, lead times, ZRM outcome, outreaching, load, waiting), small numbers suppressed.",
        discussion: """
            Default: the last 12 months up to this month. --from alone runs to this month; --to alone gives the 12 months \
            up to it. Cells about 1–9 households show <10, derived figures over 1–9 households n<10, and a cell hidden so \
            that a small one cannot be computed from its total x.
            """)
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "The first month, YYYY-MM.") var from: String?
    @Option(name: .long, help: "The last month, YYYY-MM (not after this month).") var to: String?
    @Flag(name: .long, help: "Print JSON instead of text.") var json = false
    @Flag(name: .long, help: "Print CSV for a spreadsheet: one row per figure, measure and month.") var csv = false
    @Flag(name: .long, help: "Print a short Markdown report to send (charts as text, each figure's definition).") var md = false

    func validate() throws {
        if [json, csv, md].filter({ $0 }).count > 1 { throw ValidationError(tr("cli.monitor.error.formats")) }
        _ = try period(today: AppEnvironment.today())
    }

    /// The months asked for, checked: each a month, the start not after the end, the end not
    /// after this month, at most `MonitorPeriod.maxMonths`.
    func period(today: Day) throws -> (from: Month, to: Month) {
        func month(_ text: String?, _ option: String) throws -> Month? {
            guard let text else { return nil }
            guard let m = Month(text) else { throw ValidationError(tr("cli.monitor.error.month", option, text)) }
            return m
        }
        let current = Month(today)
        let end = try month(to, "--to") ?? current
        let start = try month(from, "--from") ?? MonitorPeriod.lastTwelve(today: end.last).from
        guard end <= current else { throw ValidationError(tr("cli.monitor.error.future", end, current)) }
        guard start <= end else { throw ValidationError(tr("cli.monitor.error.order", start, end)) }
        let count = start.through(end).count
        guard count <= MonitorPeriod.maxMonths else {
            throw ValidationError(tr("cli.monitor.error.long", start, end, count, MonitorPeriod.maxMonths))
        }
        return (start, end)
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let (start, end) = try period(today: ctx.today)
            let (report, info) = try ctx.store.readConsistently {
                (try ctx.store.monitor(from: start, to: end, today: ctx.today), try ctx.store.districtInfo())
            }
            let export = MonitorExport(report)
            if json { try printJSON(MonitorJSON(export)); return }
            if csv { try printCSV(MonitorJSON.csv(export)); return }
            print(
                md ? MonitorReportText.markdown(export, team: info.name) : MonitorReportText.text(export, team: info.name), terminator: "")
        }
    }
}

/// `monitor --json`: deterministic (sorted keys), snake_case; a suppressed cell has `value`
/// null, `suppressed` true and the reason.
struct MonitorJSON: Encodable {
    struct Cell: Encodable {
        var month: Month
        var value: Double?
        var suppressed: Bool
        var reason: MonitorExport.Suppression?
        enum CodingKeys: String, CodingKey { case month, value, suppressed, reason }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(month, forKey: .month)
            try c.encode(value, forKey: .value)  // null, not left out
            try c.encode(suppressed, forKey: .suppressed)
            try c.encodeIfPresent(reason, forKey: .reason)
        }
    }
    struct Row: Encodable {
        var figure: String
        var group: String
        var measure: String
        var values: [Cell]
    }
    var from: Month
    var to: Month
    var today: Day
    var months: [Month]
    var suppressionMinimum: Int
    var figures: [Row]
    /// Days only: no case, provision or provider.
    var longestWaitDays: [Int]

    init(_ e: MonitorExport) {
        from = e.from; to = e.to; today = e.today; months = e.months
        suppressionMinimum = MonitorSuppression.minimum
        figures = e.rows.map { r in
            Row(
                figure: r.figure.rawValue, group: r.figure.group.rawValue, measure: r.measure,
                values: zip(e.months, r.cells).map {
                    Cell(month: $0, value: $1.value, suppressed: $1.suppressed != nil, reason: $1.suppressed)
                })
        }
        longestWaitDays = e.longestWaitDays
    }

    /// One row per figure, measure and month; the longest waits as `longest_waits` rows of the
    /// last month, ranked.
    static func csv(_ e: MonitorExport) -> CSVTable {
        var t = CSVTable(["figure", "group", "measure", "month", "value", "suppressed"])
        for r in e.rows {
            for (month, cell) in zip(e.months, r.cells) {
                let value: CSVField = cell.suppressed.map { .text(MonitorReportText.marker($0)) } ?? .decimal(cell.value)
                t.append([
                    .text(r.figure.rawValue), .text(r.figure.group.rawValue), .text(r.measure), .text(month.description), value,
                    .bool(cell.suppressed != nil),
                ])
            }
        }
        for (i, days) in e.longestWaitDays.enumerated() {
            t.append([
                .text(MonitorFigure.longestWaits.rawValue), .text(MonitorFigure.longestWaits.group.rawValue), .text("rank_\(i + 1)"),
                .text(e.to.description), .int(days), .bool(false),
            ])
        }
        return t
    }
}
