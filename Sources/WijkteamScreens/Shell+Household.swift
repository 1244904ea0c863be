import TerminalKit
import Wijkteam

/// Keeping a household current from its view: members coming and leaving, corrections, the
/// address; a case opened or reopened at the desk. And a refused save's form opened again.
extension Shell {
    mutating func performHouseholdCommand(_ id: CommandID) -> Reaction {
        guard isHouseholdOpen, let r = household.record, let s = snapshot else { return say(tr("shell.household.openFirst")) }
        let h = r.household
        // Who moved out or died is history: not corrected, not leaving again.
        let current = h.currentMembers
        switch id {
        case .addMember:
            return open(MemberForm(adding: h.id, today: s.today))
        case .editMember:
            guard !current.isEmpty else { return say(tr("shell.household.noMembers"), .warning) }
            return open(MemberForm(correcting: current, householdID: h.id, today: s.today, privacy: privacy))
        case .memberLeaves:
            guard !current.isEmpty else { return say(tr("shell.household.noMembers"), .warning) }
            return open(LeaveForm(members: current, today: s.today, privacy: privacy))
        case .changeAddress:
            return open(AddressForm(household: h, buurten: s.info.buurten, today: s.today))
        case .openCase:
            if let c = r.openCase { return say(tr("shell.household.caseOpen", c.id), .warning) }
            return open(OpenCaseForm(householdID: h.id, staff: s.staff, today: s.today))
        case .reopenCase:
            if let c = r.openCase { return say(tr("shell.household.caseOpen", c.id), .warning) }
            guard let closed = r.cases.filter({ !$0.isOpen }).max(by: { $0.id < $1.id }) else {
                return say(tr("shell.household.noClosedCase"), .warning)
            }
            return open(ReopenCaseForm(caseID: closed.id, householdID: h.id, version: closed.version))
        default:
            return .none
        }
    }

    mutating func reactToHouseholdChange(_ event: ShellEvent) -> Reaction {
        guard case .householdChanged(let change, let result) = event else { return .none }
        switch result {
        case .saved(let text):
            // The status bar may name the member before the household is read again.
            switch change {
            case .addMember(_, let p, _): namesSeen.insert(p.name)
            case .correctMember(let p, _): namesSeen.insert(p.name)
            default: break
            }
            message = (text, .success)
            // The household first (it is on screen), then the board and triage, where a new case
            // or a member no longer counted shows. A refresh is not logged again.
            return Reaction(redraw: true, effects: [.loadHousehold(change.householdID, .refresh), .reload])
        case .possibleDuplicate(let matches):
            guard let s = snapshot else { return .none }
            modal = .form(MemberForm(draft: change, current: nil, today: s.today, error: nil, duplicates: matches))
            message = (tr("shell.household.duplicate"), .warning)
            return .redraw
        case .refused(let text, let fresh):
            if let fresh {
                rememberNames(of: fresh)
                household.loaded(fresh)
                for i in views.indices { views[i].loaded(fresh) }
            }
            reopen(change, fresh: fresh ?? household.record, error: tr("form.refused.reason", text))
            message = isDialogOpen ? (tr("shell.notSaved.stillThere"), .error) : (text, .error)
            return .redraw
        }
    }

    /// After a refused save: the form again, with what was typed, on the household as it is now;
    /// not when what it changes is gone (the member left meanwhile, a case was opened).
    private mutating func reopen(_ change: HouseholdChange, fresh r: HouseholdRecord?, error: String) {
        guard let s = snapshot else { return }
        switch change {
        case .addMember:
            modal = .form(MemberForm(draft: change, current: nil, today: s.today, error: error))
        case .correctMember(let p, _):
            let now = r?.household.members.first { $0.id == p.id }
            guard now?.isCurrent ?? true else { return }
            modal = .form(MemberForm(draft: change, current: now, today: s.today, error: error))
        case .memberLeaves(let p, let day, let reason):
            let now = r?.household.members.first { $0.id == p.id } ?? p
            guard now.isCurrent else { return }
            modal = .form(LeaveForm(person: now, day: day, reason: reason, today: s.today, error: error))
        case .address(let h, _):
            modal = .form(AddressForm(draft: h, current: r?.household ?? h, buurten: s.info.buurten, today: s.today, error: error))
        case .openCase(let n):
            guard r?.openCase == nil else { return }
            modal = .form(OpenCaseForm(draft: n, staff: s.staff, today: s.today, error: error))
        case .reopenCase(let caseID, let householdID, let reason, let version):
            let now = r?.cases.first { $0.id == caseID }
            guard r?.openCase == nil, now?.isOpen != true else { return }
            modal = .form(
                ReopenCaseForm(
                    caseID: caseID, householdID: householdID, version: now?.version ?? version, reason: reason,
                    error: error))
        }
    }
}
