import TerminalKit
import Wijkteam

/// A handover plan on the team view (`H` on a leaving or long-absent colleague): one line per
/// open case with its proposed regisseur and the top reason, and per receiver the load after
/// against capacity. Enter changes a line (from its ranking), A applies the whole plan as one
/// store call, Esc goes back to the team.
public struct HandoverView: Sendable, Equatable {
    public internal(set) var plan: HandoverPlan
    /// Every regisseur's weighted load the plan started from.
    let loads: [StaffID: Double]
    var cursor = ListCursor()
    /// Applied from here: the lines are now what the store holds.
    public internal(set) var applied = false

    init(plan: HandoverPlan, loads: [StaffID: Double]) {
        self.plan = plan
        self.loads = loads
    }

    public var selectedLine: HandoverLine? { plan.lines.indices.contains(cursor.selected) ? plan.lines[cursor.selected] : nil }

    /// The team lead chose `staff` for `caseID` instead of the proposal.
    mutating func choose(_ staff: StaffID, forCase caseID: Int) {
        guard let i = plan.lines.firstIndex(where: { $0.caseID == caseID }), plan.lines[i].to != staff else { return }
        plan.lines[i].to = staff
        plan.lines[i].changed = true
        applied = false
    }

    /// Who receives cases, with their load before and after the plan, in the order of the lines.
    func receivers() -> [(id: StaffID, before: Double, after: Double)] {
        var order: [StaffID] = []
        var added: [StaffID: Double] = [:]
        for line in plan.lines {
            guard let to = line.to else { continue }
            if added[to] == nil { order.append(to) }
            added[to, default: 0] += line.weight
        }
        return order.map { (id: $0, before: loads[$0] ?? 0, after: (loads[$0] ?? 0) + added[$0]!) }
    }

    /// The reason that weighed most for the line's regisseur ("speaks Arabic +3").
    static func topReason(_ line: HandoverLine) -> String {
        guard let to = line.to, let s = line.ranking.first(where: { $0.staff.id == to }) else { return "" }
        return s.reasons.max { $0.points < $1.points }?.display ?? ""
    }

    func header(narrow: Bool) -> [(String, Style)] {
        let unplaced = plan.lines.filter { $0.to == nil }.count
        let figures =
            unplaced > 0
            ? tr("screens.handover.header.unplaced", plan.lines.count, unplaced) : tr("screens.handover.header.figures", plan.lines.count)
        let keys = applied ? tr("screens.handover.header.applied") : tr("screens.handover.header.keys")
        guard !narrow || unplaced > 0 else { return [(keys, Style(.key))] }
        return [(figures, Style(unplaced > 0 ? .warning : .muted)), ("  ·  ", Style(.muted)), (keys, Style(.key))]
    }

    func render(into grid: inout Grid, area: Rect, team: TeamScreen, privacy: Bool) {
        let receivers = receivers()
        // The receivers under the lines: all of them when they fit, the lines keep at least half.
        let below = receivers.isEmpty ? 0 : min(receivers.count + 2, max(3, area.height / 3))
        let top = Rect(x: area.x, y: area.y, width: area.width, height: area.height - below)
        let title =
            applied
            ? tr("screens.handover.title.applied", team.name(plan.from), plan.lines.count)
            : tr("screens.handover.title", team.name(plan.from), plan.lines.count)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: top)
        let inner = panel.inner(top)
        guard inner.height > 0 else { return }
        let narrow = inner.width < 110
        let householdWidth = narrow ? 12 : 22, nameWidth = narrow ? 16 : 24
        ListView.render(
            count: plan.lines.count, selected: cursor.selected,
            offset: cursor.visibleOffset(height: inner.height, count: plan.lines.count), into: &grid, area: inner
        ) { i in
            let line = plan.lines[i]
            let household = team.households[line.caseID].map { Format.household($0, privacy: privacy) } ?? ""
            let to: (String, Style) =
                line.to.map { ("→ " + team.name($0), Style(.normal, [.bold])) }
                ?? (tr("screens.handover.nobody"), Style(.warning, [.bold]))
            return ListItem(segments: [
                (TextWidth.pad("#\(line.caseID)", to: 6) + " ", Style(.muted)),
                (TextWidth.pad(household, to: householdWidth) + " ", Style(.normal)),
                (TextWidth.pad(Format.load(line.weight), to: 4, alignRight: true) + "  ", Style(.muted)),
                (TextWidth.pad(to.0, to: nameWidth) + " ", to.1),
                (line.changed ? "* " : "  ", Style(.key, [.bold])),
                (Self.topReason(line), Style(.muted)),
            ])
        }
        if below > 0 {
            renderReceivers(receivers, into: &grid, area: Rect(x: area.x, y: top.maxY, width: area.width, height: below), team: team)
        }
    }

    private func renderReceivers(
        _ receivers: [(id: StaffID, before: Double, after: Double)], into grid: inout Grid, area: Rect, team: TeamScreen
    ) {
        let panel = Panel(title: tr("screens.handover.receivers"), focused: false)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height > 0 else { return }
        let shown = receivers.count > inner.height ? inner.height - 1 : receivers.count
        for (i, r) in receivers.prefix(shown).enumerated() {
            let capacity = team.staffByID[r.id]?.capacity ?? 0
            let level = Caseload.level(load: r.after, capacity: capacity)
            let figures = tr("screens.handover.receiver.load", Format.load(r.before), Format.load(r.after), Format.load(capacity))
            grid.put(
                segments: [
                    (TextWidth.pad(team.name(r.id), to: 24) + " ", Style(.normal, [.bold])),
                    (TextWidth.pad(figures, to: 22) + " ", Style(Format.levelRole(level))),
                    (Format.bar(load: r.after, capacity: capacity, width: 10), Style(Format.levelRole(level))),
                ], x: inner.x, y: inner.y + i)
        }
        if shown < receivers.count { grid.put(Format.more(receivers.count - shown), x: inner.x, y: inner.y + shown, style: Style(.muted)) }
    }
}
