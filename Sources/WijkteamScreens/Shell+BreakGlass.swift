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
