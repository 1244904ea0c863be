import TerminalKit
import Wijkteam

/// The team view's keys: the team lead's changes to the team, and handing a caseload over.
/// Everyone else is told that only the team lead changes the team (the store refuses it too).
extension Shell {
    /// The team view (for the tests and the runtime: what it shows, its plan and undo).
    public var team: TeamScreen { view(TeamScreen.self) }

    mutating func performTeam(_ id: CommandID) -> Reaction {
        guard let s = snapshot else { return .none }
        let v = view(TeamScreen.self)
        if id == .handoverClose, let c = context { return views[shownSlot].perform(id, context: c) }
        guard v.isLead else { return say(tr("screens.team.lead_only"), .warning) }
        if id == .teamAdd { return open(StaffForm()) }
        if id == .handoverLine || id == .handoverApply || id == .handoverUndo { return performHandover(id, view: v) }
        guard v.handover == nil else { return say(tr("screens.handover.closeFirst"), .warning) }
        guard let staff = v.selected else { return .none }
        let open = v.openCases[staff.id] ?? []
        switch id {
        case .teamEdit:
            return self.open(StaffForm(editing: staff))
        case .teamAway:
            return self.open(AwayForm(staff: staff, today: s.today))
        case .teamBack:
            guard staff.currentOrNextAbsence(after: s.today) != nil else { return say(tr("screens.team.notAway", staff.name)) }
            return Reaction(redraw: true, effects: [.teamChange(.back(staff.id, expectedVersion: staff.version))])
        case .teamLeave:
            guard staff.leftOn == nil else { return say(tr("screens.team.alreadyLeaving", staff.name, staff.leftOn!.dayMonth)) }
            return self.open(StaffLeaveForm(staff: staff, today: s.today, openCases: open))
        case .teamCover:
            guard staff.isAway(on: s.today) else { return say(tr("screens.team.cover.notAway", staff.name)) }
            guard !open.isEmpty else { return say(tr("screens.team.noOpenCases", staff.name)) }
            let candidates = Team.available(s.staff, today: s.today).filter { $0.id != staff.id }
            guard !candidates.isEmpty else { return say(tr("screens.team.cover.nobody"), .warning) }
            return self.open(CoverForm(absent: staff, candidates: candidates, loads: v.loads, cases: open.count))
        case .teamHandover:
            guard staff.leftOn != nil || staff.isAway(on: s.today) else { return say(tr("screens.handover.notLeaving", staff.name)) }
            guard !open.isEmpty else { return say(tr("screens.team.noOpenCases", staff.name)) }
            message = (trCount("screens.handover.planning", open.count, staff.name), .muted)
            return Reaction(redraw: true, effects: [.planHandover(from: staff.id)])
        default:
            return .none
        }
    }

    private mutating func performHandover(_ id: CommandID, view v: TeamScreen) -> Reaction {
        if id == .handoverUndo {
            guard let undo = v.lastHandover else { return say(tr("screens.handover.nothingToUndo")) }
            return Reaction(redraw: true, effects: [.undoHandover(undo)])
        }
        guard let h = v.handover else { return say(tr("screens.handover.none")) }
        if id == .handoverLine {
            guard let line = h.selectedLine else { return .none }
            let items = line.ranking.map { s in
                s.unavailable.map { PickerItem(title: s.staff.name, detail: $0, style: Style(.muted)) } ?? Dialog.item(s)
            }
            let picker = Picker(
                title: tr("screens.handover.picker.title", line.caseID), items: items, footer: tr("form.hint.enter.chooses"))
            modal = .handoverLine(caseID: line.caseID, picker: picker, ranking: line.ranking)
            return .redraw
        }
        guard !h.applied else { return say(tr("screens.handover.alreadyApplied")) }
        let placed = h.plan.lines.filter { $0.to != nil }
        guard !placed.isEmpty else { return say(tr("screens.handover.nothingPlaced"), .warning) }
        let receivers = Set(placed.compactMap(\.to)).count
        modal = .confirm(
            text: tr("screens.handover.confirm", placed.count, v.name(h.plan.from), receivers), action: .applyHandover(h.plan))
        return .redraw
    }

    /// A key in a plan line's picker: an available colleague is chosen for the line; one who is
    /// not says why and the picker stays.
    mutating func handoverLineKey(_ key: Key, caseID: Int, picker: Picker, ranking: [Suggestion]) -> Reaction {
        var p = picker
        switch key {
        case .escape:
            modal = nil
        case .enter:
            guard let i = p.selectedItemIndex, ranking.indices.contains(i) else { return .redraw }
            let s = ranking[i]
            if let why = s.unavailable { return say(tr("screens.handover.unavailable", s.staff.name, why), .warning) }
            modal = nil
            var v = view(TeamScreen.self)
            v.handover?.choose(s.staff.id, forCase: caseID)
            setView(v)
            message = (tr("screens.handover.chosen", caseID, s.staff.name), .success)
        default:
            Dialog.navigate(&p, key)
            modal = .handoverLine(caseID: caseID, picker: p, ranking: ranking)
        }
        return .redraw
    }

    /// The store's answers to team changes and handovers.
    mutating func reactToTeam(_ event: ShellEvent) -> Reaction {
        var v = view(TeamScreen.self)
        defer { setView(v) }
        switch event {
        case .teamChanged(let change, let refused, let fresh):
            if let refused { return reopen(change, refused: refused, fresh: fresh) }
            message = (saidAfter(change), .success)
            if case .add(let s) = change { v.select(s.id) }
            return Reaction(redraw: true, effects: [.reload])
        case .handoverPlanned(let plan, let loads):
            v.handover = HandoverView(plan: plan, loads: loads)
            message = (trCount("screens.handover.planned", plan.lines.count, v.name(plan.from)), .muted)
            return .redraw
        case .handoverApplied(let undo):
            if let undo {
                v.lastHandover = undo
                v.handover?.applied = true
                message = (trCount("screens.handover.applied", undo.moves.count), .success)
            } else {
                let count = v.lastHandover?.moves.count ?? 0
                v.lastHandover = nil
                v.handover?.applied = false
                message = (trCount("screens.handover.undone", count), .success)
            }
            return Reaction(redraw: true, effects: [.reload])
        case .handoverRefused(let text):
            message = (text, .error)
            return .redraw
        default:
            return .none
        }
    }

    private func saidAfter(_ change: TeamChange) -> String {
        let who = staffNames[change.staffID] ?? change.staffID
        switch change {
        case .add(let s): return tr("screens.team.saved.added", s.name)
        case .update(let s, _): return tr("screens.team.saved.updated", s.name)
        case .away(_, let from, let to, let kind, _):
            return to.map { tr("screens.team.saved.away", who, kind.label, from.dayMonth, $0.dayMonth) }
                ?? tr("screens.team.saved.awayOpen", who, kind.label, from.dayMonth)
        case .back: return tr("screens.team.saved.back", who)
        case .leave(_, let day, _): return tr("screens.team.saved.leave", who, day.dayMonth)
        case .cover(_, let cover): return tr("screens.team.saved.cover", staffNames[cover] ?? cover, who)
        }
    }

    /// A refused change: its form opens again with what was typed and why; a change without a
    /// form says why in the status bar.
    private mutating func reopen(_ change: TeamChange, refused: String, fresh: Staff?) -> Reaction {
        guard let s = snapshot else { return say(refused, .error) }
        switch change {
        case .add, .update:
            return open(StaffForm(draft: change, current: fresh, error: refused))
        case .away(let id, let from, let to, let kind, _):
            guard let staff = fresh ?? s.staff.first(where: { $0.id == id }) else { return say(refused, .error) }
            return open(AwayForm(staff: staff, today: s.today, from: from, to: to, kind: kind, error: refused))
        case .leave(let id, let day, _):
            guard let staff = fresh ?? s.staff.first(where: { $0.id == id }) else { return say(refused, .error) }
            let open = view(TeamScreen.self).openCases[id] ?? []
            return self.open(StaffLeaveForm(staff: staff, today: s.today, openCases: open, day: day, error: refused))
        case .back, .cover:
            return say(refused, .error)
        }
    }
}
