import Wijkteam
import WijkteamScreens

/// The plan view's reads and changes (issue 27): one store call per change (one transaction
/// with its access-log row, version-checked); a refusal comes back with the plan as it is now.
extension EffectRunner {
    func runPlan(_ effect: Effect) -> ShellEvent? {
        switch effect {
        case .loadPlan(let caseID):
            do { return .planLoaded(try store.plan(caseID: caseID)) } catch { return .failed("\(error)") }
        case .savePlan(let edit):
            do {
                let text = try savePlan(edit)
                return .planSaved(edit, message: text, plan: try store.plan(caseID: edit.caseID))
            } catch {
                return .planRefused(edit, message: "\(error)", fresh: try? store.plan(caseID: edit.caseID))
            }
        default:
            return nil
        }
    }

    /// Saves one change and says what was done. The question and the dates are saved together
    /// in the store: the part not changed is the plan's as read now, and the version the view
    /// showed refuses it when someone changed the plan meanwhile.
    private func savePlan(_ edit: PlanEdit) throws -> String {
        switch edit {
        case .question(let caseID, let text, let version):
            let now = try store.plan(caseID: caseID)
            _ = try store.savePlan(
                caseID: caseID, question: text, agreedOn: now.agreedOn, evaluateOn: now.evaluateOn, expectedVersion: version, today: today)
            return tr("shell.plan.saved.question", caseID)
        case .dates(let caseID, let agreed, let evaluate, let version):
            let now = try store.plan(caseID: caseID)
            _ = try store.savePlan(
                caseID: caseID, question: now.question, agreedOn: agreed, evaluateOn: evaluate, expectedVersion: version, today: today)
            return tr("shell.plan.saved.dates", caseID)
        case .point(let p, let version):
            _ = try store.savePlanPoint(p, expectedVersion: version)
            return tr("shell.plan.saved.point", p.kind.label)
        case .removePoint(let p):
            try store.removePlanPoint(id: p.id, caseID: p.caseID, expectedVersion: p.version)
            return tr("shell.plan.saved.removed", p.kind.label)
        case .done(let a, let day):
            _ = try store.markPlanActionDone(id: a.id, caseID: a.caseID, on: day, expectedVersion: a.version, today: today)
            return tr("shell.plan.saved.done", a.text)
        case .action(let a):
            _ = try store.savePlanAction(a, expectedVersion: nil, today: today)
            return tr("shell.plan.saved.action", a.text)
        }
    }
}
