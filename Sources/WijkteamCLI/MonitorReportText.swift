import Foundation
import Wijkteam

/// `wijkteam monitor` as text and as Markdown (`--md`): per group of figures, each measure with
/// its chart over the months (`MonitorText.sparkline`; a suppressed month is `·`) and the
/// numbers beside it; in Markdown each figure's definition under its group. Both are exports:
/// they show `MonitorExport`'s cells, small numbers suppressed.
enum MonitorReportText {
    /// What a suppressed cell shows instead of its number.
    static func marker(_ s: MonitorExport.Suppression) -> String {
        switch s {
        case .small: "<10"
        case .smallBase: "n<10"
        case .complement: "x"
        }
    }

    /// A shown number: whole, a percentage (shares, load against capacity) or one decimal.
    static func value(_ row: MonitorExport.Row, _ cell: MonitorExport.Cell) -> String {
        if let s = cell.suppressed { return marker(s) }
        guard let v = cell.value else { return "–" }
        if row.whole { return String(Int(v.rounded())) }
        if row.measure.hasSuffix("share") || row.measure == "ratio" { return "\(Int((v * 100).rounded()))%" }
        let text = String(format: row.measure.hasSuffix("mean_change") ? "%+.1f" : "%.1f", v)
        return Language.current == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// The row's name: the figure's own for its total, else the measure (a source, a life domain's part).
    static func label(_ row: MonitorExport.Row) -> String {
        if row.measure == "total" { return row.figure.label }
        if let source = SignalSource(rawValue: row.measure) { return "· " + source.label }
        let parts = row.measure.split(separator: ".").map(String.init)
        if parts.count == 2, let domain = LifeDomain(rawValue: parts[0]) {
            return "· " + domain.label + ": " + measure(parts[1])
        }
        return "· " + measure(row.measure)
    }

    static func measure(_ key: String) -> String {
        switch key {
        case "registrations": tr("cli.monitor.measure.registrations")
        case "reopened": tr("cli.monitor.measure.reopened")
        case "count": tr("cli.monitor.measure.count")
        case "median_days": tr("cli.monitor.measure.median_days")
        case "p90_days": tr("cli.monitor.measure.p90_days")
        case "within_norm": tr("cli.monitor.measure.within_norm")
        case "within_norm_share": tr("cli.monitor.measure.within_norm_share")
        case "estimated": tr("cli.monitor.measure.estimated")
        case "measured": tr("cli.monitor.measure.measured")
        case "improved": tr("cli.monitor.measure.improved")
        case "same": tr("cli.monitor.measure.same")
        case "worse": tr("cli.monitor.measure.worse")
        case "mean_change": tr("cli.monitor.measure.mean_change")
        case "open_households": tr("cli.monitor.measure.open_households")
        case "share": tr("cli.monitor.measure.share")
        case "due": tr("cli.monitor.measure.due")
        case "on_time": tr("cli.monitor.measure.on_time")
        case "weighted": tr("cli.monitor.measure.weighted")
        case "capacity": tr("cli.monitor.measure.capacity")
        case "ratio": tr("cli.monitor.measure.ratio")
        case "provisions": tr("cli.monitor.measure.provisions")
        case "households": tr("cli.monitor.measure.households")
        case "longest_days": tr("cli.monitor.measure.longest_days")
        default: key
        }
    }

    /// The figures of a group in their order, each with its rows (a figure's label first when
    /// it has no total of its own).
    static func lines(_ e: MonitorExport, _ group: MonitorFigure.Group) -> [(label: String, row: MonitorExport.Row?)] {
        var out: [(String, MonitorExport.Row?)] = []
        for figure in MonitorFigure.allCases where figure.group == group && figure != .longestWaits {
            // A life domain measured in no month of the period is left out of the text.
            let unmeasured = Set(
                e.rows(of: figure).filter { $0.measure.hasSuffix(".measured") && $0.cells.allSatisfy { $0 == MonitorExport.Cell(0) } }
                    .map { $0.measure.dropLast(".measured".count) })
            let rows = e.rows(of: figure).filter { r in !unmeasured.contains { r.measure.hasPrefix($0 + ".") } }
            if rows.first?.measure != "total" { out.append((figure.label, nil)) }
            for r in rows { out.append((label(r), r)) }
        }
        return out
    }

    static func chart(_ row: MonitorExport.Row) -> String { MonitorText.sparkline(row.cells.map(\.value)) }

    static func longest(_ e: MonitorExport) -> String {
        e.longestWaitDays.isEmpty
            ? tr("cli.monitor.longest.none") : tr("cli.monitor.longest", e.longestWaitDays.map(String.init).joined(separator: ", "))
    }

    /// The plain text: a table per group, months as columns.
    static func text(_ e: MonitorExport, team: String) -> String {
        var out = [tr("cli.monitor.title", team, e.from, e.to, e.today), tr("cli.monitor.legend", MonitorSuppression.minimum - 1), ""]
        let labelWidth = min(48, MonitorFigure.Group.allCases.flatMap { lines(e, $0) }.map(\.label.count).max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func left(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        let chartWidth = max(e.months.count, 5)
        for group in MonitorFigure.Group.allCases {
            out.append(pad(group.label, labelWidth + chartWidth + 2) + e.months.map { left($0.description, 8) }.joined())
            for (label, row) in lines(e, group) {
                guard let row else { out.append("  " + label); continue }
                out.append(
                    "  " + pad(label, labelWidth) + " " + pad(chart(row), chartWidth) + row.cells.map { left(value(row, $0), 8) }.joined())
            }
            if group == .waiting { out.append("  " + longest(e)) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The report to send: title, period, the rule on small numbers, a section per group with
    /// its table (chart and numbers) and each figure's definition.
    static func markdown(_ e: MonitorExport, team: String) -> String {
        var out = [
            "# " + tr("cli.monitor.md.title", escaped(team)), "",
            tr("cli.monitor.md.period", e.from, e.to, e.today), "",
            tr("cli.monitor.md.legend", MonitorSuppression.minimum - 1), "",
        ]
        for group in MonitorFigure.Group.allCases {
            out += ["## " + group.label, ""]
            out.append(
                "| " + tr("cli.monitor.md.figure") + " | " + tr("cli.monitor.md.chart") + " | "
                    + e.months.map(\.description).joined(separator: " | ") + " |")
            out.append("| --- | --- |" + String(repeating: " ---: |", count: e.months.count))
            for (label, row) in lines(e, group) {
                let cells =
                    row.map { r in ["`" + chart(r) + "`"] + r.cells.map { value(r, $0) } }
                    ?? Array(repeating: "", count: e.months.count + 1)
                out.append("| " + ([label] + cells).joined(separator: " | ") + " |")
            }
            out.append("")
            if group == .waiting { out += [longest(e), ""] }
            for figure in MonitorFigure.allCases where figure.group == group {
                out.append("- **" + figure.label + "**: " + figure.definition)
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// Stored text in Markdown: what would make a heading, a table or emphasis of it is escaped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for ch in text {
            if "\\`*_[]|<>#".contains(ch) { out.append("\\") }
            out.append(ch == "\n" || ch == "\r" ? " " : ch)
        }
        return out
    }
}
