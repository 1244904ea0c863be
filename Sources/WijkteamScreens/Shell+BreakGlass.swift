import TerminalKit
import Wijkteam

/// Break-the-glass in the household view: the history of a case the person at the keyboard
/// gave themselves access to opens with a one-line reason (logged, reviewed by the team lead).
extension Shell {
    mutating func openBreakGlass(_ r: HouseholdRecord) -> Reaction {
        guard let caseID = r.glassCases.last else { return say(tr("shell.breakGlass.nothing")) }
        return open(
            TextDialog(
                input: TextInput(placeholder: tr("shell.breakGlass.placeholder"), maxLength: 200),
                purpose: .breakGlass(caseID: caseID, householdID: r.household.id)))
    }
}

/// The team lead's verdicts from the break-the-glass view, as the store answered them.
extension Shell {
    mutating func reactToBreakGlass(_ event: ShellEvent) -> Reaction {
        var v = view(BreakGlassScreen.self)
        switch event {
        case .breakGlassReviewed(let use):
            // The snapshot too: the view is rebuilt from it when it is shown again.
            if let i = snapshot?.breakGlass?.firstIndex(where: { $0.id == use.id }) { snapshot?.breakGlass?[i] = use }
            v.reviewed(use)
            let who = staffNames[use.staffID] ?? use.staffID
            message = (tr("shell.breakGlass.reviewed", use.id, use.review?.label ?? "", who, use.caseID), .success)
        case .breakGlassRefused(let text, let fresh):
            if let fresh {
                snapshot?.breakGlass = fresh
                v.show(fresh, keeping: v.selected?.id)
            }
            message = (text, .error)
        default:
            return .none
        }
        setView(v)
        return .redraw
    }
}
