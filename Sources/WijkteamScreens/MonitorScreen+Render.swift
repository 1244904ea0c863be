import TerminalKit
import Wijkteam

/// Drawing the monitor: the groups one under the other, scrolled so the selected figure and the
/// lines under it are in view; wide enough, the months' numbers beside the sparkline.
extension MonitorScreen {
    /// A line of the view: a group's title, a figure's row (`figure` its index), or a line under a figure.
    struct Line {
        var segments: [(String, Style)]
        var figure: Int?
    }

    /// The widths of a figure row: the label, the sparkline, the latest month, the period, and
    /// how many months' numbers fit after them (the wide layout).
    struct Columns: Equatable {
        var label: Int
        var spark: Int
        var latest: Int
        var period: Int
        var numbers: Int
        static let indent = 2
        static let number = 6

        static func fitting(_ width: Int, months: Int) -> Columns {
            let wide = width >= 120
            // The period holds "n 38 · 100% ≤42 d" (17) in both layouts.
            let latest = 15, period = wide ? 19 : 17
            let spark = min(months, max(3, width / 4))
            let label = min(wide ? 33 : 30, max(10, width - indent - spark - latest - period - 3))
            let used = indent + label + 1 + spark + 1 + latest + 1 + period
            let numbers = wide ? min(months, max(0, (width - used - 2) / number)) : 0
            return Columns(label: label, spark: spark, latest: latest, period: period, numbers: numbers)
        }
    }

    /// Every line of the view for `report` at `width`.
    func lines(_ report: MonitorReport, width: Int, privacy: Bool) -> [Line] {
        let c = Columns.fitting(width, months: report.months.count)
        var out: [Line] = []
        if c.numbers > 0 {
            let months = report.months.suffix(c.numbers).map {
                TextWidth.pad($0.month.description.suffix(5).description, to: Columns.number, alignRight: true)
            }
            let head = String(repeating: " ", count: Columns.indent + c.label + c.spark + c.latest + c.period + 4) + months.joined()
            out.append(Line(segments: [(head, Style(.muted))], figure: nil))
        }
        for group in MonitorFigure.Group.allCases {
            if !out.isEmpty { out.append(Line(segments: [], figure: nil)) }
            out.append(Line(segments: [(group.label, Style(.header, [.bold]))], figure: nil))
            for (i, f) in Self.figures.enumerated() where f.group == group {
                out.append(Line(segments: row(f, report, c, selected: i == selected), figure: i))
                out += details(f, report, width: width - Columns.indent * 2, privacy: privacy).map {
                    Line(segments: [(String(repeating: " ", count: Columns.indent * 2), Style(.normal))] + $0, figure: nil)
                }
            }
        }
        return out
    }

    func row(_ f: MonitorFigure, _ report: MonitorReport, _ c: Columns, selected: Bool) -> [(String, Style)] {
        let r = MonitorRow.make(f, report)
        let spark = MonitorText.sparkline(Array(r.values.suffix(c.spark)))
        var segments: [(String, Style)] = [
            (selected ? "▶ " : "  ", Style(.key, [.bold])),
            (TextWidth.pad(f.label, to: c.label) + " ", selected ? Style(.selection, [.bold]) : Style(.normal)),
            (TextWidth.pad(spark, to: c.spark) + " ", Style(.header)),
            (TextWidth.pad(r.latest, to: c.latest, alignRight: true) + " ", Style(.normal, [.bold])),
            (TextWidth.pad(r.period, to: c.period, alignRight: true), Style(r.warns ? .warning : .muted)),
        ]
        if c.numbers > 0 {
            let numbers = r.perMonth.suffix(c.numbers).map { TextWidth.pad($0, to: Columns.number, alignRight: true) }.joined()
            segments.append((numbers, Style(.muted)))
        }
        return segments
    }

    /// The lines under a figure: sources, close reasons, domains, the load bars per month, the
    /// regisseurs over capacity (initials in privacy mode), the longest waits.
    func details(_ f: MonitorFigure, _ report: MonitorReport, width: Int, privacy: Bool) -> [[(String, Style)]] {
        let months = report.months
        func sum(_ value: (MonitorMonth) -> [String: Int]) -> String {
            var all: [String: Int] = [:]
            for m in months { all.merge(value(m), uniquingKeysWith: +) }
            let parts = all.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            return parts.isEmpty
                ? MonitorRow.none
                : parts.map { "\($0.key.isEmpty ? tr("screens.monitor.reason.none") : $0.key) \($0.value)" }.joined(separator: " · ")
        }
        switch f {
        case .signalsIn:
            let registrations = months.reduce(0) { $0 + $1.flow.registrations }
            let sources = sum { m in
                Dictionary(m.flow.bySource.map { (SignalSource(rawValue: $0.key)?.label ?? $0.key, $0.value) }, uniquingKeysWith: +)
            }
            return [[(tr("screens.monitor.signals.detail", registrations, sources), Style(.muted))]]
        case .casesOpened:
            let reopened = months.reduce(0) { $0 + $1.flow.reopened }
            return reopened > 0 ? [[(tr("screens.monitor.opened.reopened", reopened), Style(.muted))]] : []
        case .casesClosed:
            return [[(tr("screens.monitor.closed.reasons", sum(\.flow.closedByReason)), Style(.muted))]]
        case .leadRegistrationTriage, .leadRegistrationKeukentafel, .leadKeukentafelPlan:
            let stage = LeadStage.allCases.first { MonitorFigure(rawValue: "lead_" + $0.rawValue) == f }
            let all = months.compactMap { m in m.leadTimes.first { $0.stage == stage } }
            let estimated = all.reduce(0) { $0 + $1.estimated }, n = all.reduce(0) { $0 + $1.count }
            return estimated > 0 ? [[(tr("screens.monitor.lead.estimated", estimated, n), Style(.muted))]] : []
        case .zrmOutcome: return domains(months)
        case .teamLoad: return loadBars(months, width: width)
        case .regisseursOverCapacity: return regisseurs(report, width: width, privacy: privacy)
        case .longestWaits: return waits(report.longestWaits, width: width)
        case .vroegsignalering, .closedWithoutFinal, .contactsMade, .householdsReached, .followUpsOnTime, .waiting: return []
        }
    }

    /// Per life domain over the period: improved, same, worse, and the mean change.
    func domains(_ months: [MonitorMonth]) -> [[(String, Style)]] {
        let all = Dictionary(grouping: months.flatMap(\.outcome.domains), by: \.domain)
        return LifeDomain.allCases.compactMap { d -> [(String, Style)]? in
            guard let changes = all[d] else { return nil }
            let measured = changes.reduce(0) { $0 + $1.measured }
            guard measured > 0 else { return nil }
            let total = changes.reduce(0.0) { $0 + ($1.meanChange ?? 0) * Double($1.measured) }
            let mean = total / Double(measured)
            let (improved, same) = (changes.reduce(0) { $0 + $1.improved }, changes.reduce(0) { $0 + $1.same })
            let worse = changes.reduce(0) { $0 + $1.worse }
            let signed = (mean >= 0 ? "+" : "−") + Format.load(abs(mean))
            let text = tr("screens.monitor.outcome.domain", improved, same, worse, signed)
            return [(TextWidth.pad(d.label, to: 22) + " ", Style(.normal)), (text, Style(mean < 0 ? .warning : .muted))]
        }
    }

    /// Load against capacity per month, as bars (over capacity: the bar full, in the over colour, marked ⚠).
    func loadBars(_ months: [MonitorMonth], width: Int) -> [[(String, Style)]] {
        let barWidth = max(4, min(30, width - 32))
        return months.map { m in
            let l = m.load
            let over = l.weighted > l.capacity && l.capacity > 0
            let bar = TextWidth.pad(MonitorText.bar(l.weighted, of: l.capacity, width: barWidth), to: barWidth)
            let figures =
                Format.load(l.weighted) + "/" + Format.load(l.capacity) + " "
                + MonitorRow.percent(l.capacity > 0 ? l.weighted / l.capacity : nil)
            return [
                (m.month.description + " ", Style(.muted)), (bar + " ", Style(over ? .loadOver : .loadOK)),
                ((over ? "⚠ " : "") + figures, Style(over ? .loadOver : .normal, over ? [.bold] : [])),
            ]
        }
    }

    /// Each regisseur with months over capacity: the name (initials in privacy mode), how many
    /// months, and a strip over the period (█ over, · not).
    func regisseurs(_ report: MonitorReport, width: Int, privacy: Bool) -> [[(String, Style)]] {
        let over = report.regisseurs.filter { !$0.overCapacity.isEmpty }
            .sorted {
                $0.overCapacity.count != $1.overCapacity.count ? $0.overCapacity.count > $1.overCapacity.count : $0.staffID < $1.staffID
            }
        guard !over.isEmpty else { return [[(tr("screens.monitor.regisseurs.none"), Style(.muted))]] }
        let strip = report.months.count
        let nameWidth = max(8, min(28, width - strip - 12))
        return over.map { r in
            let months = Set(r.overCapacity)
            let marks = String(report.months.map { months.contains($0.month) ? "█" : "·" })
            return [
                (TextWidth.pad(Format.name(r.name, privacy: privacy), to: nameWidth) + " ", Style(.normal)),
                (
                    TextWidth.pad(tr("screens.monitor.regisseurs.months", r.overCapacity.count), to: 8, alignRight: true) + "  ",
                    Style(.loadOver)
                ),
                (marks, Style(.loadOver)),
            ]
        }
    }

    /// The longest current waits: case number, provider, days, since when.
    func waits(_ waits: [MonitorWait], width: Int) -> [[(String, Style)]] {
        guard !waits.isEmpty else { return [[(tr("screens.monitor.waits.none"), Style(.muted))]] }
        let providerWidth = max(8, min(40, width - 30))
        return waits.map { w in
            [
                (TextWidth.pad(Privacy.caseLabel(w.caseID), to: 7) + " ", Style(.normal, [.bold])),
                (TextWidth.pad(w.provider, to: providerWidth) + " ", Style(.normal)),
                (TextWidth.pad(MonitorRow.days(w.days), to: 7, alignRight: true) + " ", Style(.warning, [.bold])),
                (tr("screens.monitor.waits.since", w.since.description), Style(.muted)),
            ]
        }
    }

    func render(into grid: inout Grid, area: Rect, privacy: Bool) {
        let shown = report.map { tr("screens.monitor.title", $0.from.description, $0.to.description) } ?? tr("command.scope.monitor")
        let panel = Panel(title: shown, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        var body = inner
        if let failure {
            grid.put(tr("screens.monitor.failed", failure), x: inner.x, y: inner.y, style: Style(.error, [.bold]), maxWidth: inner.width)
            body = inner.splitTop(1).1
        } else if isLoading, let asked {
            grid.put(
                tr("screens.monitor.loading", asked.from.description, asked.to.description), x: inner.x, y: inner.y, style: Style(.muted),
                maxWidth: inner.width)
            body = inner.splitTop(1).1
        }
        guard let report, !body.isEmpty else { return }
        let all = lines(report, width: body.width, privacy: privacy)
        // Scrolled: the last row says how many lines are above and below.
        let height = all.count > body.height ? body.height - 1 : body.height
        let offset = scrollOffset(all, height: height)
        for (row, line) in all.dropFirst(offset).prefix(height).enumerated() {
            grid.put(segments: line.segments, x: body.x, y: body.y + row, maxWidth: body.width)
        }
        let below = all.count - offset - height
        let marks = (offset > 0 ? [tr("screens.monitor.more.above", offset)] : []) + (below > 0 ? [Format.more(below)] : [])
        if !marks.isEmpty {
            let text = marks.joined(separator: "  ")
            grid.put(
                text, x: max(body.x, body.maxX - TextWidth.width(of: text)), y: body.maxY - 1, style: Style(.muted), maxWidth: body.width)
        }
        if explaining { renderExplain(into: &grid, area: inner) }
    }

    /// The first line shown: the selected figure's row and the lines under it in view, its
    /// group's title too where there is room.
    func scrollOffset(_ all: [Line], height: Int) -> Int {
        guard let row = all.firstIndex(where: { $0.figure == selected }), all.count > height else { return 0 }
        var end = row
        while end + 1 < all.count, all[end + 1].figure == nil, !all[end + 1].segments.isEmpty { end += 1 }
        // The group's title (and the blank line before it) when the row is its group's first.
        let top = row >= 1 && all[row - 1].figure == nil ? row - 1 : row
        // Nothing but titles above (the months' header, the first group's): show them too.
        if all[..<top].allSatisfy({ $0.figure == nil }) { return 0 }
        var offset = max(0, min(top, all.count - height))
        if end >= offset + height { offset = max(row, end - height + 1) }
        if row < offset { offset = row }
        return min(offset, max(0, all.count - height))
    }

    /// How the selected figure is computed, in a panel at the bottom of the view.
    func renderExplain(into grid: inout Grid, area: Rect) {
        let f = selectedFigure
        // The whole width when a narrower panel would leave a stray column of the figures beside it.
        let width = area.width < 76 + 6 ? area.width : 76
        let text = TextBlock.wrap(f.definition, width: max(10, width - 4))
        let height = min(area.height, text.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.maxY - height, width: width, height: height)
        let panel = Panel(title: tr("screens.monitor.explain.title", f.label), focused: true)
        panel.render(into: &grid, area: box)
        let inner = panel.inner(box).inset(top: 0, left: 1, bottom: 0, right: 1)
        for (i, l) in text.prefix(max(0, inner.height - 1)).enumerated() {
            grid.put(l, x: inner.x, y: inner.y + i, style: Style(.normal), maxWidth: inner.width)
        }
        grid.put(tr("screens.monitor.explain.keys"), x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
    }
}
