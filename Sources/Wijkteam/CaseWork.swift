/// The rules for keeping a case current between meetings: moving it through the phases,
/// measuring ZRM, plan goals, closing.

/// What the next phase needs, from what is recorded about the case.
public struct PhaseFacts: Hashable, Sendable {
    public var hasRegisseur: Bool
    public var hasKeukentafelgesprek: Bool
    /// A ZRM measurement for at least one adult member of the household.
    public var hasZRMBaseline: Bool
    public var goals: Int
    public init(hasRegisseur: Bool, hasKeukentafelgesprek: Bool, hasZRMBaseline: Bool, goals: Int) {
        self.hasRegisseur = hasRegisseur; self.hasKeukentafelgesprek = hasKeukentafelgesprek
        self.hasZRMBaseline = hasZRMBaseline; self.goals = goals
    }

    public init(record r: HouseholdRecord, caseID: Int, today: Day) {
        // A baseline of someone who moved out or died no longer counts.
        let adults = Set(r.household.currentMembers.filter { $0.isAdult(on: today) }.map(\.id))
        self.init(hasRegisseur: r.cases.first { $0.id == caseID }?.regisseurID != nil,
                  hasKeukentafelgesprek: r.journal.contains { $0.caseID == caseID && $0.kind == .keukentafelgesprek },
                  hasZRMBaseline: r.zrm.contains { adults.contains($0.personID) },
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

/// A ZRM measurement: one adult, one date, every domain that has a score.
public enum ZRMMeasurement {
    /// The latest score per domain.
    public static func latest(_ scores: [ZRMScore], person: Int) -> [LifeDomain: ZRMScore] {
        var out: [LifeDomain: ZRMScore] = [:]
        for s in scores where s.personID == person {
            if let have = out[s.domain], have.date >= s.date { continue }
            out[s.domain] = s
        }
        return out
    }

    /// The scores to save: the typed ones over the latest ones (only changed domains need
    /// typing; the others are confirmed as they were).
    public static func scores(for person: Person, on date: Day, today: Day, changes: [LifeDomain: Int],
                              previous: [LifeDomain: Int]) throws -> [ZRMScore] {
        guard person.isAdult(on: date) else {
            throw WijkteamError.invalid(tr("invalid.zrm.not_adult", person.name, person.age(on: date)))
        }
        guard date <= today else { throw WijkteamError.invalid(tr("invalid.zrm.future", date, today)) }
        if let bad = changes.keys.first(where: { !$0.isZRM }) {
            throw WijkteamError.invalid(tr("invalid.zrm.not_a_zrm_domain", bad.label))
        }
        if let bad = changes.first(where: { !ZRMScore.range.contains($0.value) }) {
            throw WijkteamError.invalid(tr("invalid.zrm.score", bad.key.label, bad.value))
        }
        guard !changes.isEmpty || !previous.isEmpty else {
            throw WijkteamError.invalid(tr("invalid.zrm.nothing_scored"))
        }
        let merged = previous.merging(changes) { _, new in new }
        return LifeDomain.zrmDomains.compactMap { d in merged[d].map { ZRMScore(personID: person.id, domain: d, date: date, score: $0) } }
    }

    /// Says what differs between the measurement a form was filled from and the latest one now
    /// (nil when nothing did): someone else measured meanwhile.
    public static func changedMeanwhile(expected: [LifeDomain: Int], current: [LifeDomain: ZRMScore]) -> String? {
        let now = current.mapValues(\.score)
        guard now != expected else { return nil }
        let diffs = LifeDomain.zrmDomains.compactMap { d -> String? in
            guard expected[d] != now[d] else { return nil }
            let was = expected[d].map { String($0) } ?? "–", isNow = now[d].map { String($0) } ?? "–"
            return "\(d.label) \(was)→\(isNow)"
        }
        let list = diffs.joined(separator: ", ")
        return current.values.map(\.date).max().map { tr("casework.zrm_changed_meanwhile.on", $0, list) }
            ?? tr("casework.zrm_changed_meanwhile", list)
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

/// Progress per adult and domain: the latest score and the change since the measurement before.
public struct ZRMTrend: Hashable, Sendable, Codable {
    public var personID: Int
    public var domain: LifeDomain
    public var latest: Int
    public var latestDate: Day
    public var previous: Int?
    public var change: Int?
    /// Every score in date order (the sparkline).
    public var history: [Int]

    public static func of(_ scores: [ZRMScore]) -> [ZRMTrend] {
        var byKey: [String: [ZRMScore]] = [:]
        for s in scores { byKey["\(s.personID)|\(s.domain.rawValue)", default: []].append(s) }
        return byKey.values.map { list in
            let sorted = list.sorted { $0.date < $1.date }
            let last = sorted.last!
            let before = sorted.count > 1 ? sorted[sorted.count - 2].score : nil
            return ZRMTrend(personID: last.personID, domain: last.domain, latest: last.score, latestDate: last.date,
                            previous: before, change: before.map { last.score - $0 }, history: sorted.map(\.score))
        }.sorted {
            ($0.personID, LifeDomain.zrmDomains.firstIndex(of: $0.domain) ?? 99) < ($1.personID, LifeDomain.zrmDomains.firstIndex(of: $1.domain) ?? 99)
        }
    }
}
