import TerminalKit
import Wijkteam

/// Triage from this terminal: deciding on a registration or signal, the Meldcode steps, and
/// taking a decision back.
extension Shell {
    mutating func performTriage(_ id: CommandID) -> Reaction {
        switch id {
        case .triageDecide:
            guard let item = triage.selected, let s = snapshot else { return say(tr("shell.triage.nothing")) }
            if item.signal.householdID == nil { return say(tr("shell.triage.registerHousehold"), .warning) }
            if item.signal.safety {
                if let next = Meldcode.next(triage.steps(of: item.signal.id)) {
                    return say(tr("shell.triage.meldcodeFirst", next.rawValue), .warning)
                }
            }
            return open(TriageFlow.decide(item, today: s.today, names: staffNames))
        case .triageUndo:
            guard let last = triageUndo.last else { return say(tr("shell.triage.undo.nothing")) }
            return Reaction(redraw: true, effects: [.undoTriage(last)])
        case .triageMeldcode:
            guard let item = triage.selected, let s = snapshot else { return say(tr("shell.nothingSelected")) }
            guard item.signal.safety else { return say(tr("shell.triage.meldcodeSafetyOnly")) }
            return open(TriageFlow.meldcode(item, done: triage.steps(of: item.signal.id), today: s.today, names: staffNames))
        default:
            return .none
        }
    }

    /// Why the open case's regisseur cannot keep it (away, nobody covers), from the snapshot.
    func uncoveredAbsence(caseID: Int?, in s: DistrictSnapshot) -> String? {
        guard let c = s.cards.first(where: { $0.case.id == caseID })?.case else { return nil }
        return Team.uncoveredAbsence(of: c, staff: s.staff, covers: s.covers, today: s.today)
    }

    mutating func reactToTriage(_ event: ShellEvent) -> Reaction {
        switch event {
        case .householdSuggestions(let householdID, let context):
            guard var flow = openForm(TriageFlow.self), flow.item.signal.householdID == householdID, let s = snapshot else { return .none }
            let signal = flow.item.signal
            let candidate = Case(
                id: 0, householdID: householdID, opened: s.today, source: signal.source,
                presentingQuestion: signal.description, domains: signal.domains, phase: .keukentafelgesprek)
            flow.showRegisseurs(
                SuggestionRanker.rank(
                    case: candidate, context: context, staff: s.staff, loads: BoardBuilder.loads(s.cards), today: s.today),
                current: flow.item.context.regisseurID, currentAway: uncoveredAbsence(caseID: flow.item.context.openCaseID, in: s))
            modal = .form(flow)
            return .redraw
        case .decided(let signalID, let c, let undo):
            let who = c.regisseurID.flatMap { staffNames[$0] } ?? tr("shell.decided.noRegisseur")
            message = (tr("shell.decided", signalID, c.id, c.phase.label, who), .success)
            if let undo {
                triageUndo.append(undo)
                message = (tr("shell.triage.decided.undoable", message!.text), .success)
            }
            return Reaction(redraw: true, effects: [.reload])
        case .triageUndone(let undo, let c):
            triageUndo.removeAll { $0 == undo }
            message = (c.isOpen ? tr("shell.triage.undone", undo.signalID, c.id) : tr("shell.triage.undone.closed", undo.signalID, c.id), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .meldcodeRecorded(let signalID, let step):
            message = (tr("shell.meldcode.recorded", signalID, step.rawValue), .success)
            return Reaction(redraw: true, effects: [.reload])
        default:
            return .none
        }
    }
}
