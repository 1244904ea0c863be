import TerminalKit
import Wijkteam

/// Keeping a case current: the journal, ZRM, goals, the phase, closing, provisions, the
/// question for the meeting and follow-ups; and a refused save's form opened again.
extension Shell {
    /// Opens the form for a change to the household's open case.
    mutating func openCaseWork(_ id: CommandID) -> Reaction {
        guard isHouseholdOpen, let r = household.record, let s = snapshot else { return say(tr("shell.household.openFirst")) }
        if id == .readWithReason { return openBreakGlass(r) }
        guard let c = r.openCase else { return say(tr("shell.noOpenCaseInHousehold"), .warning) }
        let hid = r.household.id
        switch id {
        case .addJournal:
            var form = JournalForm(caseID: c.id, today: s.today)
            form.householdID = hid
            return open(form)
        case .recordZRM:
            let adults = r.household.currentMembers.filter { $0.isAdult(on: s.today) }
            guard !adults.isEmpty else { return say(tr("shell.zrm.noAdults"), .warning) }
            var form = ZRMForm(adults: adults, scores: r.zrm, today: s.today)
            form.householdID = hid
            return open(form)
        case .editGoals:
            var form = GoalForm(caseID: c.id, goals: r.goals.filter { $0.caseID == c.id }, members: r.household.members, scores: r.zrm)
            form.householdID = hid
            return open(form)
        case .nextPhase:
            guard let next = c.phase.next, next != .afgesloten else { return say(tr("shell.phase.evaluatieIsLast")) }
            let blockers = PhaseRules.blockers(moving: c, to: next, facts: PhaseFacts(record: r, caseID: c.id, today: s.today))
            guard blockers.isEmpty else { return say(tr("shell.phase.notYet", blockers.joined(separator: "; ")), .warning) }
            modal = .confirm(text: tr("shell.phase.confirm", c.id, c.phase.label, next.label),
                             action: .phase(caseID: c.id, to: next, version: c.version, householdID: hid))
            return .redraw
        case .closeCase:
            // Without a final ZRM measurement the dialog says so (Esc, z records one) and asks why.
            let hasFinal = ZRMCase.final(in: r, caseID: c.id, today: s.today) != nil
            return open(TextDialog(input: TextInput(placeholder: tr("shell.closeCase.placeholder"), maxLength: 200),
                    purpose: hasFinal
                        ? .closeCase(caseID: c.id, version: c.version, householdID: hid)
                        : .closeCaseNoFinalZRM(caseID: c.id, version: c.version, householdID: hid)))
        default:
            return .none
        }
    }

    mutating func performCaseCommand(_ id: CommandID) -> Reaction {
        switch id {
        case .discuss:
            guard let c = selectedCase() else { return say(tr("shell.noOpenCaseSelected")) }
            // A withheld question is not shown to edit (and not saved back as the question).
            let question = c.withheld ? "" : c.discussion ?? ""
            return open(
                TextDialog(
                    input: TextInput(text: question, placeholder: tr("shell.discussion.placeholder")),
                    purpose: .discussion(caseID: c.id, version: c.version)))
        case .flagFollowUp:
            guard let s = snapshot else { return .none }
            guard let c = selectedCase() else { return say(tr("shell.noOpenCaseSelected")) }
            return open(FollowUpFlow.plan(caseID: c.id, regisseur: c.regisseurID, today: s.today))
        case .followUpDone:
            guard let f = followUps.selected, let s = snapshot else { return say(tr("shell.followUp.noneSelected")) }
            return open(FollowUpFlow.complete(f, today: s.today))
        case .addProvision, .answerRoute:
            guard let r = household.record, let c = r.cases.last(where: \.isOpen) else {
                return say(tr("shell.noOpenCaseInHousehold"))
            }
            // The catalogues and the goals' routes are read first; the form opens when they are there.
            message = (tr("shell.route.loading"), .muted)
            let load = RouteEffect.loadChoices(caseID: c.id, householdID: r.household.id, routeOnly: id == .answerRoute)
            return Reaction(redraw: true, effects: [.route(load)])
        case .changeProvisionStatus:
            guard let r = household.record, let s = snapshot else { return say(tr("shell.noOpenCaseInHousehold")) }
            let openCases = Set(r.cases.filter(\.isOpen).map(\.id))
            let movable = r.provisions.filter { openCases.contains($0.caseID) }
            let form = ProvisionStatusForm(householdID: r.household.id, provisions: movable, today: s.today, privacy: privacy)
            return form.map { self.open($0) } ?? say(tr("form.provision_status.none"))
        default:
            return .none
        }
    }

    mutating func reactToCaseWork(_ event: ShellEvent) -> Reaction {
        switch event {
        case .provisionAdded(let p, let householdID):
            message = (p.kind == .tailored ? tr("shell.provision.addedTailored", p.description, p.provider)
                                             : tr("shell.provision.addedGeneral", p.description, p.provider), .success)
            return Reaction(redraw: true, effects: [.loadHousehold(householdID, .refresh)])
        case .provisionChanged(let p, let householdID):
            message = (tr("shell.provision.changed", p.id, p.status.label, p.lastStepDay.map(\.description) ?? ""), .success)
            return Reaction(redraw: true, effects: [.reload, .loadHousehold(householdID, .refresh)])
        case .caseWorkSaved(_, let text, let householdID):
            message = (text, .success)
            return Reaction(redraw: true, effects: [.reload, .loadHousehold(householdID, .refresh)])
        case .caseWorkRefused(let edit, let text, let fresh):
            if let fresh { household.loaded(fresh); network.loaded(fresh) }
            reopen(edit, fresh: fresh ?? household.record, error: text)
            message = isDialogOpen ? (tr("shell.notSaved.stillThere"), .error) : (text, .error)
            return .redraw
        case .discussionSet(let c):
            message = (c.discussion == nil ? tr("shell.discussion.off", c.id) : tr("shell.discussion.on", c.id), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .discussionRefused(let caseID, let question, let text, let fresh):
            if let fresh, fresh.isOpen {
                modal = .form(TextDialog(input: TextInput(text: question ?? "", placeholder: tr("shell.discussion.placeholder")),
                                         purpose: .discussion(caseID: caseID, version: fresh.version), error: tr("form.refused.reason", text)))
                message = (tr("shell.notSaved.stillThere"), .error)
            } else {
                message = (text, .error)
            }
            return Reaction(redraw: true, effects: [.reload])
        case .followUpSaved(let text):
            message = (text, .success)
            return Reaction(redraw: true, effects: [.reload])
        case .followUpRefused(let outcome, let text, let fresh):
            // Open again with the outcome typed, on the follow-up as it is now; one done meanwhile has nothing left to do.
            if let fresh, !fresh.done, let s = snapshot {
                var flow = FollowUpFlow.complete(fresh, today: s.today, outcome: outcome)
                flow.refusal = tr("form.refused.reason", text)
                modal = .form(flow)
                message = (tr("shell.notSaved.stillThere"), .error)
            } else {
                message = (text, .error)
            }
            return Reaction(redraw: true, effects: [.reload])
        default:
            return .none
        }
    }

    /// After a refused save: the form again, with what was typed, on the record as it is now.
    private mutating func reopen(_ edit: CaseEdit, fresh r: HouseholdRecord?, error: String) {
        guard let s = snapshot else { return }
        let hid = r?.household.id ?? household.householdID ?? 0
        switch edit {
        case .journal(let d):
            var form = JournalForm(draft: d, today: s.today, error: error)
            form.householdID = hid
            modal = .form(form)
        case .zrm(let d):
            guard let r else { return }
            let adults = r.household.currentMembers.filter { $0.isAdult(on: s.today) }
            guard !adults.isEmpty else { return }
            var form = ZRMForm(draft: d, adults: adults, scores: r.zrm, today: s.today, error: error)
            form.householdID = hid
            modal = .form(form)
        case .goal(let g, _):
            let now = r?.goals.first { $0.id == g.id && g.id != 0 }
            var form = GoalForm(draft: g, current: now, members: r?.household.members ?? [], scores: r?.zrm ?? [], error: error)
            form.householdID = hid
            modal = .form(form)
        case .close(let caseID, let reason, let noFinal, let version):
            let current = r?.cases.first { $0.id == caseID }
            guard current?.isOpen ?? true else { return }
            let v = current?.version ?? version
            modal = .form(TextDialog(input: TextInput(text: reason, maxLength: 200),
                    purpose: noFinal == nil
                        ? .closeCase(caseID: caseID, version: v, householdID: hid)
                        : .closeCaseNoFinalZRM(caseID: caseID, version: v, householdID: hid),
                                     error: tr("shell.closeCase.anyway", error)))
        case .breakGlass(let caseID, let reason):
            modal = .form(
                TextDialog(
                    input: TextInput(text: reason, maxLength: 200), purpose: .breakGlass(caseID: caseID, householdID: hid),
                    error: error))
        case .phase:
            // Nothing was typed: the status bar says why; the household on screen is the fresh one.
            return
        }
    }
}
