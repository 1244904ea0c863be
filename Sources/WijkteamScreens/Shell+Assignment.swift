import TerminalKit
import Wijkteam

/// Assigning a case to a regisseur: the picker with suggestions, moving a card between columns,
/// the over-capacity question, and the undo and redo history.
extension Shell {
    mutating func reactToAssignment(_ event: ShellEvent) -> Reaction {
        switch event {
        case .suggestions(let caseID, let context):
            return openAssignPicker(caseID: caseID, context: context)
        case .assigned(let updated, let request):
            return assigned(updated, request)
        case .assignFailed(let text, let request):
            message = (tr("shell.assign.failed", request.caseID, text), .error)
            return .redraw
        default:
            return .none
        }
    }

    mutating func askToAssign() -> Reaction {
        guard let c = selectedCase() else {
            if tab == .meeting, meeting.selected?.signalID != nil { return say(tr("shell.assign.signalViaTriage")) }
            return say(tr("shell.noCaseSelected"))
        }
        return Reaction(redraw: false, effects: [.loadSuggestions(caseID: c.id)])
    }

    mutating func undoAssignment() -> Reaction {
        guard let last = undoStack.last else { return say(tr("shell.undo.nothing")) }
        return request(caseID: last.caseID, to: last.from, purpose: .undo, expectedVersion: last.expectedVersion)
    }

    mutating func redoAssignment() -> Reaction {
        guard let last = redoStack.last else { return say(tr("shell.redo.nothing")) }
        return request(caseID: last.caseID, to: last.to, purpose: .redo, expectedVersion: last.expectedVersion)
    }

    /// Applies a saved assignment to what is on screen without reloading everything.
    mutating func assigned(_ updated: Case, _ request: AssignRequest) -> Reaction {
        guard snapshot != nil else { return .none }
        if let i = snapshot!.cards.firstIndex(where: { $0.case.id == updated.id }) {
            // In place: the shell holds the only reference, so nothing is copied.
            let before = snapshot!.cards[i].case
            snapshot!.cards[i].case = updated
            board.apply(updated, in: snapshot!)
            snapshot!.figures.unassigned += (updated.regisseurID == nil ? 1 : 0) - (before.regisseurID == nil ? 1 : 0)
            if board.grouping == .regisseur && board.filter.isEmpty {
                snapshot!.figures.overCapacity = board.columns.filter { $0.staff != nil && $0.level == .over }.count
            } else {
                snapshot!.figures = TeamFigures(
                    cards: snapshot!.cards, followUps: snapshot!.followUps, staff: snapshot!.staff, today: snapshot!.today,
                    contacts: snapshot!.contacts)
            }
            staleViews.insert(.meeting)
            refreshMyCaseload()
        }
        let who = updated.regisseurID.flatMap { staffNames[$0] } ?? Format.unassigned
        // In a meeting the assignment went into the minutes: reload so the agenda shows both.
        let reload: [Effect] = request.meetingID != nil ? [.reload] : []
        // The history remembers the version each step left behind: undo and redo are refused
        // when someone else has changed the case since (no silent overwrite of their change).
        var done = request
        done.expectedVersion = updated.version
        switch request.purpose {
        case .new:
            undoStack.append(done)
            redoStack.removeAll()
            message = (tr("shell.assigned", updated.id, who), .success)
        case .undo:
            if var entry = undoStack.popLast() { entry.expectedVersion = updated.version; redoStack.append(entry) }
            message = (tr("shell.assigned.undone", updated.id, who), .success)
        case .redo:
            if var entry = redoStack.popLast() { entry.expectedVersion = updated.version; undoStack.append(entry) }
            message = (tr("shell.assigned.redone", updated.id, who), .success)
        }
        return Reaction(redraw: true, effects: reload)
    }

    private func caseOnScreen(_ id: Int) -> Case? {
        snapshot?.cards.first { $0.case.id == id }?.case
    }

    private mutating func request(caseID: Int, to: StaffID?, purpose: AssignRequest.Purpose, expectedVersion: Int? = nil) -> Reaction {
        guard let c = caseOnScreen(caseID) else { return say(tr("shell.case.noLongerOpen", caseID), .warning) }
        if c.regisseurID == to, purpose == .new, c.version == (expectedVersion ?? c.version) { return say(tr("shell.case.alreadyWith", caseID, to.flatMap { staffNames[$0] } ?? tr("shell.nobody"))) }
        return Reaction(redraw: true, effects: [.assign(AssignRequest(caseID: caseID, from: c.regisseurID, to: to,
                                                                      expectedVersion: expectedVersion ?? c.version, purpose: purpose,
                                                                      meetingID: meetingInProgress))])
    }

    mutating func moveCard(_ delta: Int) -> Reaction {
        guard board.grouping == .regisseur else { return say(tr("shell.card.groupByRegisseur")) }
        guard let card = board.selectedCard else { return say(tr("shell.noCaseSelected")) }
        guard let target = board.neighbourColumn(delta) else { return say(tr("shell.card.noColumn")) }
        if let id = target.staff, let s = snapshot?.staff(id) {
            if let why = s.unavailability(today: snapshot!.today, until: card.nextFollowUp?.due) {
                return say(tr("shell.assign.unavailable", s.name, why), .warning)
            }
            let load = target.load
            if load + Caseload.weight(of: card.case) > s.capacity + 1e-9 {
                let r = AssignRequest(caseID: card.case.id, from: card.case.regisseurID, to: id, expectedVersion: card.case.version, purpose: .new,
                                      meetingID: meetingInProgress)
                modal = .confirm(text: tr("shell.assign.overCapacity", s.name, Format.load(load), Format.load(Caseload.weight(of: card.case)), Format.load(s.capacity)),
                                 action: .assign(r))
                return .redraw
            }
        }
        return request(caseID: card.case.id, to: target.staff, purpose: .new)
    }

    private mutating func openAssignPicker(caseID: Int, context: SuggestionContext) -> Reaction {
        guard let s = snapshot, let c = caseOnScreen(caseID) else { return .none }
        let ranked = SuggestionRanker.rank(case: c, context: context, staff: s.staff, loads: BoardBuilder.loads(s.cards), today: s.today)
        var suggestions = ranked
        var items = ranked.map(Dialog.item)
        if c.regisseurID != nil {
            // Unassigning is a choice too (back to Niet toegewezen).
            items.append(PickerItem(title: Format.unassigned, detail: tr("shell.assign.unassignDetail"), style: Style(.unassigned)))
            suggestions.append(Suggestion(staff: Staff(id: "", name: Format.unassigned, role: .newStaff, capacity: 0),
                                          reasons: [], wouldBeOverCapacity: false, load: 0))
        }
        let title = tr("shell.assign.title", c.id, Format.household(s.cards.first { $0.case.id == caseID }?.householdName ?? "", privacy: privacy))
        modal = .assign(caseID: caseID, version: c.version, picker: Picker(title: title, items: items, footer: tr("shell.assign.footer")),
                        suggestions: suggestions)
        return .redraw
    }

    mutating func assignPickerKey(_ key: Key, caseID: Int, version: Int, picker: Picker, suggestions: [Suggestion]) -> Reaction {
        var picker = picker
        switch key {
        case .escape: modal = nil
        case .enter:
            guard let i = picker.selectedItemIndex else {
                modal = nil
                return .redraw
            }
            // Someone away or leaving is refused with the reason; the picker stays open.
            if let why = suggestions[i].unavailable { return say(tr("shell.assign.unavailable", suggestions[i].staff.name, why), .warning) }
            modal = nil
            return choose(suggestions[i], caseID: caseID, version: version)
        default:
            Dialog.navigate(&picker, key)
            modal = .assign(caseID: caseID, version: version, picker: picker, suggestions: suggestions)
        }
        return .redraw
    }

    /// A pick from the picker, checked against the version the picker was opened on: a
    /// colleague's assignment made meanwhile is refused by the store, not overwritten.
    private mutating func choose(_ suggestion: Suggestion, caseID: Int, version: Int) -> Reaction {
        guard let c = caseOnScreen(caseID) else { return .redraw }
        if suggestion.staff.id.isEmpty { return request(caseID: caseID, to: nil, purpose: .new, expectedVersion: version) }
        if suggestion.wouldBeOverCapacity {
            let r = AssignRequest(caseID: caseID, from: c.regisseurID, to: suggestion.staff.id, expectedVersion: version, purpose: .new,
                                  meetingID: meetingInProgress)
            modal = .confirm(text: tr("shell.assign.overCapacity", suggestion.staff.name, Format.load(suggestion.load), Format.load(Caseload.weight(of: c)),
                                        Format.load(suggestion.staff.capacity)), action: .assign(r))
            return .redraw
        }
        return request(caseID: caseID, to: suggestion.staff.id, purpose: .new, expectedVersion: version)
    }

    /// Yes or no to a question the shell asked (over capacity, end the meeting, remove a tie, next phase).
    mutating func confirmKey(_ key: Key, action: Confirmed) -> Reaction {
        switch key {
        case .char("y"), .char("Y"), .char("j"), .enter:
            modal = nil
            switch action {
            case .assign(let request): return Reaction(redraw: true, effects: [.assign(request)])
            case .endMeeting:
                guard var m = meeting.progress else { return say(tr("shell.meeting.noneToEnd")) }
                m.status = .ended
                return Reaction(redraw: true, effects: [.endMeeting(m)])
            case .removeTie(let t):
                return Reaction(redraw: true, effects: [.removeTie(t, undo: false)])
            case .phase(let caseID, let to, let version, let householdID):
                return Reaction(redraw: true, effects: [.saveCaseWork(.phase(caseID: caseID, to: to, expectedVersion: version),
                                                                      householdID: householdID)])
            case .applyHandover(let plan):
                return Reaction(redraw: true, effects: [.applyHandover(plan)])
            }
        case .char("n"), .char("N"), .escape, .char("q"):
            modal = nil
            switch action {
            case .assign: message = (tr("shell.confirm.notAssigned"), .muted)
            case .endMeeting: message = (tr("shell.confirm.meetingGoesOn"), .muted)
            case .removeTie: message = (tr("shell.confirm.nothingRemoved"), .muted)
            case .phase: message = (tr("shell.confirm.caseStays"), .muted)
            case .applyHandover: message = (tr("shell.confirm.handoverNotApplied"), .muted)
            }
        default:
            break
        }
        return .redraw
    }
}
