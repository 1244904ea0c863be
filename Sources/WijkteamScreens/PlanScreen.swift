import TerminalKit
import Wijkteam

/// The plan of a case (issue 27), as the household view shows it: the household's question,
/// the agreed and evaluation days, strengths and worries, and per goal its route ladder
/// (answered / carries / missing; only shown here) and its actions with owner, due day, done ✓
/// and overdue marked. Pure: it draws the plan and household it is given (the shell reads them
/// through an effect). Privacy mode hides names: members, ties and professionals as initials,
/// and the names of the household's people inside the texts.
struct PlanScreen: Sendable {
    var plan: CasePlan
    var record: HouseholdRecord
    /// The first line shown (the plan scrolls when it is longer than the room).
    var scroll = 0

    init(plan: CasePlan, record: HouseholdRecord) {
        self.plan = plan
        self.record = record
    }

    typealias Line = [(String, Style)]

    mutating func scroll(by rows: Int, lineCount: Int, height: Int) {
        scroll = max(0, min(scroll + rows, lineCount - height))
    }

    func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        let name = privacy ? Privacy.initials(record.household.name) : record.household.name
        let panel = Panel(title: tr("planScreen.title", plan.caseID, name), focused: true)
        grid.fill(area)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 2, inner.width >= 20 else { return }
        let all = lines(width: inner.width, today: today, privacy: privacy)
        let first = max(0, min(scroll, all.count - inner.height))
        for (i, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            grid.put(segments: line, x: inner.x, y: inner.y + i, maxWidth: inner.width)
        }
    }

    /// Everything the plan shows, line by line, wrapped to `width`.
    func lines(width: Int, today: Day, privacy: Bool) -> [Line] {
        let text = Texts(record: record, privacy: privacy)
        var out: [Line] = []
        let question = plan.question.trimmed.isEmpty ? tr("planScreen.question.none") : text.say(plan.question)
        out += wrapped(tr("planScreen.question") + " ", question, width: width, style: Style(.normal, [.bold]))
        out.append(dates(today: today))
        for (title, points, mark) in [
            (tr("planScreen.strengths"), plan.strengths, ("+ ", Style(.success))),
            (tr("planScreen.worries"), plan.worries, ("! ", Style(.warning))),
        ] {
            out.append([])
            out.append([(title, Style(.header, [.bold]))])
            if points.isEmpty { out.append([("  " + tr("planScreen.none"), Style(.muted))]) }
            for p in points {
                let who = text.pointWho(p).map { " (" + $0 + ")" } ?? ""
                out += wrapped("  " + mark.0, text.say(p.text) + who, width: width, style: Style(.normal), markStyle: mark.1)
            }
        }
        out.append([])
        out.append([(tr("planScreen.goals"), Style(.header, [.bold]))])
        if plan.goals.isEmpty { out.append([("  " + tr("planScreen.none"), Style(.muted))]) }
        for goal in plan.goals { out += goalLines(goal, text: text, width: width, today: today) }
        return out
    }

    private func dates(today: Day) -> Line {
        guard let agreed = plan.agreedOn else { return [(tr("planScreen.not_agreed"), Style(.warning))] }
        var line: Line = [(tr("planScreen.agreed", agreed.description), Style(.normal))]
        if let evaluate = plan.evaluateOn {
            let due = plan.evaluationDue(today: today)
            line.append(("  ·  ", Style(.muted)))
            line.append(
                (
                    due ? tr("planScreen.evaluate.due", evaluate.description) : tr("planScreen.evaluate", evaluate.description),
                    Style(due ? .overdue : .normal)
                ))
        }
        return line
    }

    private func goalLines(_ goal: PlanGoal, text: Texts, width: Int, today: Day) -> [Line] {
        let whose = goal.personID.map { text.names.member($0) }.map { text.name($0) } ?? tr("planScreen.household")
        var out = wrapped(
            "▸ ", "\(goal.domain.label) → \(goal.targetScore) · \(whose): " + text.say(goal.text), width: width,
            style: Style(.normal, [.bold]),
            markStyle: Style(.key))
        out.append(ladder(plan.routes[goal.id] ?? RouteLadder(goalID: goal.id)))
        let actions = plan.actions(of: goal.id)
        if actions.isEmpty { out.append([("    " + tr("planScreen.actions.none"), Style(.muted))]) }
        for a in actions {
            let owner = text.owner(a)
            let (mark, style, when): (String, Style, String) =
                if let done = a.doneOn {
                    ("✓ ", Style(.success), tr("planScreen.action.done", done.description))
                } else if a.isOverdue(today: today) {
                    ("! ", Style(.overdue), tr("planScreen.action.overdue", a.due?.description ?? ""))
                } else {
                    ("○ ", Style(.normal), a.due.map { tr("planScreen.action.due", $0.description) } ?? "")
                }
            var line = wrapped("    " + mark, text.say(a.text), width: width, style: Style(a.done ? .muted : .normal), markStyle: style)
            line.append([("      " + owner + " · ", Style(.muted)), (when, style)])
            out += line
        }
        return out
    }

    /// eigen kracht ✗ · netwerk ✗ · voorliggend veld ✓ — ✓ carries, ✗ answered (cannot carry), ? missing.
    private func ladder(_ ladder: RouteLadder) -> Line {
        var line: Line = [("    " + tr("planScreen.route") + " ", Style(.muted))]
        for (i, kind) in RouteRungKind.allCases.enumerated() {
            if i > 0 { line.append((" → ", Style(.muted))) }
            let (mark, role): (String, Role) =
                switch ladder.rungs[kind]?.carries {
                case true?: ("✓", .success)
                case false?: ("✗", .normal)
                case nil: ("?", .warning)
                }
            line.append((Self.rungName(kind) + " " + mark, Style(role)))
        }
        if ladder.allowsTailored { line.append(("  " + tr("planScreen.route.tailored"), Style(.muted))) }
        return line
    }

    static func rungName(_ kind: RouteRungKind) -> String {
        switch kind {
        case .eigenKracht: tr("planScreen.rung.eigen_kracht")
        case .network: tr("planScreen.rung.network")
        case .voorliggendVeld: tr("planScreen.rung.voorliggend_veld")
        }
    }

    private func wrapped(_ mark: String, _ text: String, width: Int, style: Style, markStyle: Style? = nil) -> [Line] {
        let indent = String(repeating: " ", count: TextWidth.width(of: mark))
        return TextBlock.wrap(text, width: max(10, width - indent.count)).enumerated().map { i, part in
            [(i == 0 ? mark : indent, markStyle ?? style), (part, style)]
        }
    }

    /// Names and texts as privacy mode wants them.
    struct Texts {
        var names: PlanNames
        var privacy: Bool
        var redactor: Redactor?
        init(record: HouseholdRecord, privacy: Bool) {
            names = PlanNames(members: record.household.members, ties: record.ties)
            self.privacy = privacy
            redactor = privacy ? Redactor(record: record) : nil
        }
        func name(_ s: String) -> String { Format.name(s, privacy: privacy) }
        func say(_ s: String) -> String { redactor?.redact(s) ?? s }
        func pointWho(_ p: PlanPoint) -> String? { names.pointWho(p).map(name) }
        func owner(_ a: PlanAction) -> String {
            a.ownerKind == .regisseur ? ActionOwnerKind.regisseur.label : name(names.owner(a))
        }
    }
}
