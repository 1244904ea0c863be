import TerminalKit
import Wijkteam

extension CommandScope {
    /// The plan view, opened over the household view (`L`).
    public static let plan = CommandScope("plan")
}

/// The plan view (issue 27): `L` in the household view reads the open case's plan through an
/// effect and shows it over the household; Esc goes back. Its keys open `PlanForm`s whose saves
/// go through `Effect.savePlan`; a change from another terminal reads it again.
extension Shell {
    public var isPlanOpen: Bool { routes.last == .plan }

    mutating func performPlan(_ id: CommandID) -> Reaction {
        if id == .openPlan {
            guard isHouseholdOpen, let r = household.record else { return say(tr("shell.household.openFirst")) }
            guard let c = r.cases.last(where: \.isOpen) ?? r.cases.max(by: { $0.id < $1.id }) else {
                return say(tr("shell.plan.noCase"), .warning)
            }
            planView = nil
            planCaseID = c.id
            routes.append(.plan)
            return Reaction(redraw: true, effects: [.loadPlan(caseID: c.id)])
        }
        guard isPlanOpen, let p = planView?.plan, let s = snapshot else { return say(tr("shell.plan.loading")) }
        switch id {
        case .planQuestion: return open(PlanForm(.question, plan: p, today: s.today))
        case .planDates: return open(PlanForm(.dates, plan: p, today: s.today))
        case .planStrength: return open(PlanForm(.addPoint(.strength), plan: p, today: s.today))
        case .planWorry: return open(PlanForm(.addPoint(.worry), plan: p, today: s.today))
        case .planEditPoint, .planRemovePoint:
            guard !p.points.isEmpty else { return say(tr("shell.plan.noPoints"), .warning) }
            return open(PlanForm(id == .planEditPoint ? .editPoint : .removePoint, plan: p, today: s.today))
        case .newAction:
            guard !p.goals.isEmpty else { return say(tr("shell.plan.noGoals"), .warning) }
            guard let r = household.record else { return .none }
            return open(PlanActionForm(plan: p, record: r, today: s.today))
        case .planActionDone:
            guard p.actions.contains(where: { !$0.done }) else { return say(tr("shell.plan.noOpenActions"), .warning) }
            return open(PlanForm(.done, plan: p, today: s.today))
        default:
            return .none
        }
    }

    /// Moving in the plan view scrolls it.
    mutating func scrollPlan(_ id: CommandID) -> Reaction {
        guard var v = planView, let s = snapshot else { return .none }
        let height = max(1, contentSize.height - 2)
        let count = v.lines(width: max(20, size.width - 2), today: s.today, privacy: privacy).count
        let rows: Int =
            switch id {
            case .moveUp: -1
            case .moveDown: 1
            case .pageUp: -height
            case .pageDown: height
            case .moveFirst: -count
            case .moveLast: count
            default: 0
            }
        let before = v.scroll
        v.scroll(by: rows, lineCount: count, height: height)
        planView = v
        return v.scroll == before ? .none : .redraw
    }

    /// Read the plan again when the data changed (another terminal, a save here).
    var planRefresh: [Effect] {
        guard routes.contains(.plan), let id = planCaseID else { return [] }
        return [.loadPlan(caseID: id)]
    }

    func renderPlan(into grid: inout Grid, area: Rect, today: Day) {
        guard let r = household.record, var v = planView, v.plan.caseID == planCaseID else {
            grid.fill(area)
            TextLine(Format.loading, style: Style(.muted)).render(into: &grid, area: area)
            return
        }
        v.record = r
        v.render(into: &grid, area: area, today: today, privacy: privacy)
    }

    mutating func reactToPlan(_ event: ShellEvent) -> Reaction {
        switch event {
        case .planLoaded(let plan):
            guard plan.caseID == planCaseID, let r = household.record else { return .none }
            var v = PlanScreen(plan: plan, record: r)
            v.scroll = planView?.plan.caseID == plan.caseID ? planView?.scroll ?? 0 : 0
            planView = v
            return .redraw
        case .planSaved(_, let text, let plan):
            if plan.caseID == planCaseID, let r = household.record {
                var v = PlanScreen(plan: plan, record: r)
                v.scroll = planView?.scroll ?? 0
                planView = v
            }
            message = (text, .success)
            // The household view and the board show the plan's goals and actions too.
            return Reaction(redraw: true, effects: [.loadPlan(caseID: plan.caseID), .reload])
        case .planRefused(let edit, let text, let fresh):
            if let fresh, fresh.caseID == planCaseID, let r = household.record {
                var v = PlanScreen(plan: fresh, record: r)
                v.scroll = planView?.scroll ?? 0
                planView = v
            }
            let today = snapshot?.today ?? Day(daysSinceEpoch: 0)
            if case .action(let draft) = edit, let fresh, let r = household.record {
                // Nothing typed is lost: the action's form opens again at its due day.
                modal = .form(PlanActionForm(refused: draft, plan: fresh, record: r, today: today, error: tr("form.refused.reason", text)))
                message = (tr("shell.notSaved.stillThere"), .error)
            } else if let fresh, let form = PlanForm(refused: edit, fresh: fresh, today: today, error: tr("form.refused.reason", text)) {
                modal = .form(form)
                message = (tr("shell.notSaved.stillThere"), .error)
            } else {
                message = (text, .error)
            }
            return .redraw
        default:
            return .none
        }
    }
}
