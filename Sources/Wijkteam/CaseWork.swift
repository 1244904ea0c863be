/// The rules for keeping a case current between meetings: moving it through the phases,
/// measuring ZRM, plan goals, closing.

/// What the next phase needs, from what is recorded about the case.
public struct PhaseFacts: Hashable, Sendable {
    public var hasRegisseur: Bool
    public var hasKeukentafelgesprek: Bool
    /// A complete ZRM measurement (every domain scored or marked not assessed) of an adult who is
    /// a member now, dated on or after the case opened: the baseline the plan steers on.
    public var hasZRMBaseline: Bool
    public var goals: Int
    public init(hasRegisseur: Bool, hasKeukentafelgesprek: Bool, hasZRMBaseline: Bool, goals: Int) {
        self.hasRegisseur = hasRegisseur; self.hasKeukentafelgesprek = hasKeukentafelgesprek
        self.hasZRMBaseline = hasZRMBaseline; self.goals = goals
    }

    public init(record r: HouseholdRecord, caseID: Int, today: Day) {
        // A baseline of someone who moved out or died, or of an earlier case, no longer counts.
        self.init(hasRegisseur: r.cases.first { $0.id == caseID }?.regisseurID != nil,
                  hasKeukentafelgesprek: r.journal.contains { $0.caseID == caseID && $0.kind == .keukentafelgesprek },
            hasZRMBaseline: ZRMCase.baseline(in: r, caseID: caseID, today: today) != nil,
                  goals: r.goals.filter { $0.caseID == caseID }.count)
    }
}

public enum PhaseRules {
    /// Why `c` cannot move to `target` yet; empty when it can. A case moves one phase at a
    /// time, forward; closing has its own step (it needs a reason).
    public static func blockers(moving c: Case, to target: Phase, facts f: PhaseFacts) -> [String] {
        guard c.isOpen else { return [tr("error.case_closed", c.id)] }
        if target == .afgesloten { return [tr("casework.close_needs_reason")] }
        guard let next = c.phase.next, next == target else {
            return [c.phase.next.map { tr("casework.not_next_phase", c.id, c.phase.label, $0.label, target.label) }
                ?? tr("casework.no_next_phase", c.id, c.phase.label, target.label)]
        }
        var missing: [String] = []
        switch target {
        case .keukentafelgesprek:
            if !f.hasRegisseur { missing.append(tr("casework.missing.regisseur")) }
        case .plan:
            if !f.hasKeukentafelgesprek { missing.append(tr("casework.missing.keukentafelgesprek")) }
            if !f.hasZRMBaseline { missing.append(tr("casework.missing.zrm_baseline")) }
        case .uitvoering, .evaluatie:
            if f.goals == 0 { missing.append(tr("casework.missing.goal")) }
        default:
            break
        }
        switch missing.count {
        case 0: return []
        case 1: return [tr("casework.needs.one", target.label, missing[0])]
        default: return [tr("casework.needs.two", target.label, missing.dropLast().joined(separator: ", "), missing[missing.count - 1])]
        }
    }
}

extension PlanGoal {
    public func validate(members: [Person]) throws {
        guard !text.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.goal.text")) }
        try Validation.text(text, what: tr("validation.what.text"))
        guard ZRMScore.range.contains(targetScore) else {
            throw WijkteamError.invalid(tr("invalid.goal.target", targetScore))
        }
        if let p = personID, !members.contains(where: { $0.id == p }) {
            throw WijkteamError.invalid(tr("invalid.goal.person", p))
        }
    }
}

extension Case {
    /// Closing needs a reason (goals reached, moved away, referred on, no longer wanted …).
    public static func validateCloseReason(_ reason: String) throws {
        guard !reason.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.close_reason")) }
        try Validation.text(reason, what: tr("validation.what.text"))
    }
}

/// What in my caseload needs me: shown on the board when it shows my cases.
public struct CaseNeed: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable { case newlyAssigned, overdueFollowUp, dueToday, evaluationDue, noContact }
    public var caseID: Int
    public var kind: Kind
    public var text: String

    /// Cases newly assigned to me (`newlyAssigned`: by someone else, and I have not opened the
    /// household since), overdue follow-ups (mine or the case's), follow-ups due today, an
    /// evaluation due within a week or past due, and no journal entry for
    /// `settings.stuckAfterWeeks` weeks.
    public static func needs(of cards: [CaseCard], followUps: [FollowUp], today: Day, settings: AgendaSettings = AgendaSettings(),
                             newlyAssigned: Set<Int> = []) -> [CaseNeed] {
        var byCase: [Int: [FollowUp]] = [:]
        for f in followUps where !f.done { byCase[f.caseID, default: []].append(f) }
        var out: [CaseNeed] = []
        for card in cards {
            let c = card.case
            if newlyAssigned.contains(c.id) { out.append(CaseNeed(caseID: c.id, kind: .newlyAssigned, text: tr("casework.need.newly_assigned"))) }
            for f in byCase[c.id, default: []].sorted(by: FollowUps.dueOrder) {
                if f.kind == .evaluation, f.due.days(until: today) >= -7 {
                    out.append(CaseNeed(caseID: c.id, kind: .evaluationDue,
                                        text: f.due < today ? tr("casework.need.evaluation_overdue", f.due) : tr("casework.need.evaluation_due", f.due)))
                } else if FollowUpStatus(f, on: today).isOverdue {
                    out.append(CaseNeed(caseID: c.id, kind: .overdueFollowUp, text: tr("casework.need.follow_up_overdue", f.kind.label, f.due)))
                } else if f.due == today {
                    out.append(CaseNeed(caseID: c.id, kind: .dueToday, text: tr("casework.need.due_today", f.kind.label)))
                }
            }
            let since = card.lastContact ?? c.opened
            let days = since.days(until: today)
            if days > settings.stuckAfterWeeks * 7 {
                out.append(CaseNeed(caseID: c.id, kind: .noContact, text: days / 7 == 1 ? tr("casework.need.no_contact.one") : tr("casework.need.no_contact", days / 7)))
            }
        }
        return out
    }
}
