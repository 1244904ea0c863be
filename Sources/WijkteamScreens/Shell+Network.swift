import TerminalKit
import Wijkteam

/// Editing a household's network: adding, changing and removing ties, and taking those back.
extension Shell {
    /// A network edit, for undo.
    enum TieEdit: Sendable {
        case added(NetworkTie)
        case changed(before: NetworkTie, after: NetworkTie)
        case removed(NetworkTie)
    }

    mutating func performNetworkEdit(_ id: CommandID) -> Reaction {
        switch id {
        case .addTie:
            guard let hid = network.householdID, network.record != nil, let s = snapshot else { return say(tr("shell.network.openFirst")) }
            return open(TieForm(householdID: hid, today: s.today))
        case .editTie:
            guard let t = network.selectedTie, let s = snapshot else { return say(tr("shell.tie.selectToChange")) }
            return open(TieForm(editing: t, today: s.today))
        case .removeTie:
            guard let t = network.selectedTie else { return say(tr("shell.tie.selectToRemove")) }
            modal = .confirm(text: privacy ? tr("shell.tie.confirmRemove", Format.name(t.name, privacy: !t.isOrganisation), namesOnScreen.redact(t.relation))
                                            : tr("shell.tie.confirmRemove", t.name, t.relation), action: .removeTie(t))
            return .redraw
        case .undoTie:
            return undoTieEdit()
        default:
            return .none
        }
    }

    private mutating func undoTieEdit() -> Reaction {
        guard let last = tieUndo.popLast() else { return say(tr("shell.tie.nothingToUndo")) }
        switch last {
        case .added(let t): return Reaction(redraw: true, effects: [.removeTie(t, undo: true)])
        case .changed(let before, let after):
            var back = before
            back.version = after.version
            return Reaction(redraw: true, effects: [.saveTie(new: back, old: after, undo: true)])
        case .removed(let t):
            var again = t
            again.id = 0
            return Reaction(redraw: true, effects: [.saveTie(new: again, old: nil, undo: true)])
        }
    }

    mutating func reactToNetwork(_ event: ShellEvent) -> Reaction {
        switch event {
        case .tieSaved(let new, let old, let undo):
            if !undo { tieUndo.append(old.map { .changed(before: $0, after: new) } ?? .added(new)) }
            network.pendingTie = new.id
            message = (undo ? tr("shell.tie.undoneChange", new.name) : old == nil ? tr("shell.tie.added", new.name) : tr("shell.tie.saved", new.name), .success)
            return Reaction(redraw: true, effects: [.loadHousehold(new.householdID, .refresh)])
        case .tieRemoved(let t, let undo):
            if !undo { tieUndo.append(.removed(t)) }
            message = (undo ? tr("shell.tie.undoneAdd", t.name) : tr("shell.tie.removed", t.name), .success)
            return Reaction(redraw: true, effects: [.loadHousehold(t.householdID, .refresh)])
        case .tieRefused(let tie, let old, let text, let fresh):
            if let fresh { network.loaded(fresh); household.loaded(fresh) }
            let now = fresh?.ties.first { $0.id == tie.id && tie.id != 0 }
            let gone = tie.id != 0 && fresh != nil && now == nil
            let today = snapshot?.today ?? Day(daysSinceEpoch: 0)
            modal = .form(TieForm(draft: tie, original: old, current: now, refusal: text, gone: gone, today: today))
            message = (tr("shell.notSaved.stillThere"), .error)
            return .redraw
        default:
            return .none
        }
    }
}
