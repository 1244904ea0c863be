import TerminalKit
import Wijkteam

/// The queue of registrations and signals, ranked by explained urgency (safety always first),
/// with the selected item's household, network summary, reasons and Meldcode steps.
public struct TriageScreen: Sendable {
    public private(set) var queue: [RankedSignal] = []
    var cursor = ListCursor()
    private var meldcode: [Int: [MeldcodeRecord]] = [:]
    private var staffNames: [StaffID: String] = [:]
    /// A signal just registered here: selected as soon as a snapshot holds it.
    private var wanted: Int?
    /// `w`: the detail pane shows the team's urgency weights instead of the selected signal.
    public private(set) var showsWeights = false
    private var weights = UrgencyWeights()

    public init() {}

    public var selected: RankedSignal? { queue.indices.contains(cursor.selected) ? queue[cursor.selected] : nil }
    public var selectedSignal: Signal? { selected?.signal }

    public mutating func update(_ snapshot: DistrictSnapshot) {
        let keep = selected?.signal.id
        queue = Urgency.rank(snapshot.signals, contexts: snapshot.triageContexts, today: snapshot.today, weights: snapshot.urgencyWeights)
        for i in queue.indices where queue[i].context.householdName == nil {
            queue[i].context.householdName = queue[i].signal.householdID.flatMap { snapshot.householdNames[$0] }
        }
        meldcode = snapshot.meldcode
        weights = snapshot.urgencyWeights
        staffNames = Dictionary(snapshot.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        if let w = wanted, let i = queue.firstIndex(where: { $0.signal.id == w }) {
            cursor.selected = i
            wanted = nil
        } else if let keep, let i = queue.firstIndex(where: { $0.signal.id == keep }) {
            cursor.selected = i
        }
        cursor.clamp(count: queue.count)
    }

    /// Selects a signal, now if the queue holds it, else when a snapshot brings it.
    mutating func select(signalID: Int) {
        if let i = queue.firstIndex(where: { $0.signal.id == signalID }) { cursor.selected = i } else { wanted = signalID }
    }

    func steps(of signalID: Int) -> [MeldcodeRecord] { meldcode[signalID] ?? [] }

    mutating func perform(_ id: CommandID, page: Int) -> Bool {
        if id == .triageWeights { showsWeights.toggle(); return true }
        return cursor.perform(id, count: queue.count, page: page)
    }

    func householdName(_ r: RankedSignal) -> String {
        r.context.householdName ?? r.signal.householdID.map { tr("screens.triage.household", $0) } ?? tr("screens.triage.household.new")
    }

    /// `mayRegister`: an empty queue says how to register one (not to read-only or outside staff).
    func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool, mayRegister: Bool = false) {
        guard !queue.isEmpty else {
            let empty = mayRegister ? tr("screens.triage.empty.register") : tr("screens.triage.empty")
            TextLine(empty, style: Style(.muted)).render(into: &grid, area: area)
            return
        }
        // Wide: list and detail side by side. Narrow (80 columns): the detail under the list.
        let wide = area.width >= 90
        // Narrow, the weights table takes the whole view (it is longer than the detail's half).
        if showsWeights && !wide {
            renderWeights(into: &grid, area: area)
            return
        }
        let listWidth = wide ? area.width * 11 / 20 : area.width
        let listHeight = wide ? area.height : max(5, min(queue.count + 2, area.height / 3))
        renderList(into: &grid, area: Rect(x: area.x, y: area.y, width: listWidth, height: listHeight), today: today, privacy: privacy)
        guard let r = selected else { return }
        let detailRect = wide ? Rect(x: area.x + listWidth, y: area.y, width: area.width - listWidth, height: area.height)
            : Rect(x: area.x, y: area.y + listHeight, width: area.width, height: area.height - listHeight)
        guard detailRect.height >= 3 else { return }
        let detail = Panel(
            title: showsWeights
                ? tr("screens.triage.weights.title") : "#\(r.signal.id) " + Format.household(householdName(r), privacy: privacy))
        detail.render(into: &grid, area: detailRect)
        let d = detail.inner(detailRect)
        let lines = showsWeights ? weightLines(width: d.width) : detailLines(r, width: d.width, today: today, privacy: privacy)
        // What does not fit says so on the last row, instead of ending without a sign.
        let shown = lines.count > d.height ? max(0, d.height - 1) : lines.count
        for (i, (text, style)) in lines.prefix(shown).enumerated() {
            grid.put(text, x: d.x, y: d.y + i, style: style, maxWidth: d.width)
        }
        if shown < lines.count, d.height > 0 {
            grid.put(tr("screens.triage.detail.more", lines.count - shown), x: d.x, y: d.y + shown, style: Style(.muted), maxWidth: d.width)
        }
    }

    private func renderList(into grid: inout Grid, area listRect: Rect, today: Day, privacy: Bool) {
        // Only the rows in view are made: 2,500 open signals at 100,000 households were each
        // formatted on every frame of this view (issue 28).
        func item(_ r: RankedSignal) -> ListItem {
            let s = r.signal
            return ListItem(segments: [
                // Only a real safety signal carries the safety style: an empty flag cell is plain,
                // so the one red mark in the list is the one that matters.
                s.safety ? ("⚠ ", Style(.flagSafety, [.bold])) : ("  ", Style(.normal)),
                (TextWidth.pad(String(r.score), to: 4, alignRight: true) + " ", Style(.normal, [.bold])),
                (TextWidth.pad(Format.household(householdName(r), privacy: privacy), to: 18) + " ", Style(.normal)),
                (TextWidth.pad(s.source.label, to: 17) + " ", Style(.muted)),
                // Respond by: the short day, or "overdue" in the warning colour.
                (
                    TextWidth.pad(r.overdue ? tr("screens.triage.overdue") : r.respondBy.weekdayDayMonth, to: 10) + " ",
                    Style(r.overdue ? .warning : .normal, r.overdue ? [.bold] : [])
                ),
                // Last on the row, never padded: last year's "29-12-25" shows whole, with its gap.
                (Format.shortDate(s.date, today: today), Style(.muted)),
            ])
        }
        let panel = Panel(title: tr("screens.triage.title", queue.count), focused: true)
        panel.render(into: &grid, area: listRect)
        let inner = panel.inner(listRect)
        let offset = cursor.visibleOffset(height: inner.height, count: queue.count)
        ListView.render(count: queue.count, selected: cursor.selected, offset: offset, into: &grid, area: inner) { item(queue[$0]) }
    }

    /// The selected signal's detail: waiting since, Meldcode steps, case and network, the
    /// urgency's reasons, the text; no blank lines at the end.
    private func detailLines(_ r: RankedSignal, width: Int, today: Day, privacy: Bool) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        let s = r.signal
        lines.append(
            (tr("screens.triage.detail.waiting", s.source.label, s.date, Format.days(max(0, s.date.days(until: today)))), Style(.muted)))
        lines.append(
            (
                tr("screens.triage.detail.respond", r.respondByText, r.riskClass.label),
                Style(r.overdue ? .warning : .normal, r.overdue ? [.bold] : [])
            ))
        // Safety first: the Meldcode steps come right after the first line, so 80×24 shows them.
        let stepLines = s.safety ? meldcodeLines(s, today: today, width: width) : []
        if !stepLines.isEmpty { lines += stepLines + [("", .normal)] }
        lines.append((tr("screens.household.case.domains", s.domains.map(\.label).joined(separator: ", ")), Style(.normal)))
        if let c = r.context.openCaseID {
            lines.append((tr("screens.triage.detail.opencase", c, r.context.regisseurID.flatMap { staffNames[$0] } ?? Format.unassignedInLine), Style(.normal)))
        } else {
            lines.append((tr("screens.triage.detail.nocase"), Style(.muted)))
        }
        let c = r.context
        let earlier = c.closedCases == 0 ? tr("screens.triage.detail.earlier.none")
            : c.closedCases == 1 ? tr("screens.triage.detail.earlier.one") : tr("screens.triage.detail.earlier.other", c.closedCases)
        let network = tr("screens.triage.detail.network", c.ties, c.strongTies, c.strainedTies) + " · " + earlier
        for l in TextBlock.wrap(network, width: width) { lines.append((l, Style(.muted))) }
        if r.context.maxCarerHours > 0 || r.context.exhaustedCarer {
            lines.append(
                (
                    r.context.exhaustedCarer
                        ? tr("screens.triage.detail.carer.exhausted", r.context.maxCarerHours)
                        : tr("screens.triage.detail.carer", r.context.maxCarerHours),
                    Style(r.context.carerHeavy || r.context.carerLongAndIntensive ? .warning : .muted)
                ))
        }
        lines.append(("", .normal))
        lines.append((tr("screens.triage.detail.urgency", r.score), Style(.header, [.bold])))
        // A safety signal's first reason is that it is one (the text is in the current language).
        for (i, reason) in r.reasons.enumerated() {
            lines.append(("  +" + TextWidth.pad(String(reason.points), to: 3) + " " + reason.text,
                          Style(s.safety && i == 0 ? .flagSafety : .normal)))
        }
        lines.append(("", .normal))
        let text = s.withheld ? tr("screens.triage.detail.withheld")
            : privacy ? tr("screens.triage.detail.privacy") : s.description
        for l in TextBlock.wrap(text, width: width) { lines.append((l, s.withheld ? Style(.muted) : .normal)) }
        lines.append(("", .normal))
        while lines.last?.0.isEmpty == true { lines.removeLast() }
        return lines
    }

    private func renderWeights(into grid: inout Grid, area: Rect) {
        let panel = Panel(title: tr("screens.triage.weights.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        // One line per weight (the meaning cut where it must), who changes them last.
        let lines =
            weights.rows.map { row in
                (Self.weightHead(row) + "  " + row.meaning, Style(row.isDefault ? .normal : .warning))
            } + [(tr("screens.triage.weights.who"), Style(.muted))]
        for (i, (text, style)) in lines.prefix(inner.height).enumerated() {
            grid.put(text, x: inner.x, y: inner.y + i, style: style, maxWidth: inner.width)
        }
    }

    /// The weights table: value, unit, name and meaning; the team's changes marked.
    static func weightHead(_ row: UrgencyWeights.Row) -> String {
        TextWidth.pad(String(row.value), to: 4, alignRight: true) + " " + TextWidth.pad(row.unit, to: 7)
            + TextWidth.pad(row.name + (row.isDefault ? "" : " *"), to: 28)
    }

    private func weightLines(width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = [(tr("screens.triage.weights.who"), Style(.muted))]
        for row in weights.rows {
            lines.append((Self.weightHead(row), Style(row.isDefault ? .normal : .warning, [.bold])))
            for l in TextBlock.wrap(row.meaning, width: max(10, width - 6)) { lines.append(("      " + l, Style(.muted))) }
        }
        return lines
    }

    /// A safety signal's Meldcode: where it stands, the steps done (by whom, when, with their
    /// answers) and, until it is concluded, the steps still to come.
    private func meldcodeLines(_ s: Signal, today: Day, width: Int) -> [(String, Style)] {
        var meldcodeLines: [(String, Style)] = []
        meldcodeLines.append((tr("screens.triage.detail.meldcode"), Style(.flagSafety, [.bold])))
        let done = steps(of: s.id)
        let concluded = Meldcode.concluded(done)
        for l in TextBlock.wrap(Meldcode.progress(done), width: max(1, width - 2)) {
            meldcodeLines.append(("  " + l, Style(concluded ? .success : .warning)))
        }
        for step in MeldcodeStep.allCases {
            if let rec = done.first(where: { $0.step == step }) {
                meldcodeLines.append(("  ✓ \(step.label) · \(staffNames[rec.doneBy] ?? rec.doneBy), \(Format.shortDate(rec.doneOn, today: today))",
                                      Style(.success)))
                let answers = rec.withheld ? "" : Meldcode.answersText(rec)
                for l in TextBlock.wrap(answers, width: max(1, width - 6)) where !answers.isEmpty {
                    meldcodeLines.append(("      " + l, Style(.muted)))
                }
            } else if !concluded {
                meldcodeLines.append(("  · \(step.label)", Style(.muted)))
            }
        }
        return meldcodeLines
    }
}

extension TriageScreen: Screen {
    public static let scope = CommandScope.triage
    public static var title: String { tr("command.scope.triage") }
    public static var goName: String { tr("command.tab.triage.name") }
    public static var goHelp: String { tr("command.tab.triage.help") }
    /// Triage decisions and the Meldcode dialog read the queue whatever view is shown.
    public static var updatesWhenHidden: Bool { true }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        perform(command, page: context.page) ? .redraw : .none
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        let inTeam = context.snapshot.staff(context.me)?.role.isInTeam ?? false
        render(into: &grid, area: area, today: context.today, privacy: context.privacy, mayRegister: inTeam && !context.readOnly)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        let s = context.snapshot
        let safety = s.signals.filter(\.safety).count
        return [(tr("shell.header.waiting", s.signals.count), Style(.normal, [.bold])), ("  ·  ", Style(.muted)),
                (tr("shell.header.safety", safety), Style(safety > 0 ? .flagSafety : .muted, safety > 0 ? [.bold] : []))]
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { selected?.signal.householdID }
}
