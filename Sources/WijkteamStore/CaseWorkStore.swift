import Foundation
import GRDB
import Wijkteam

/// Keeping a case current: journal, phase, ZRM, plan goals, closing, who is on the case.
/// Each change is one transaction (the store's) with its audit row; edits of versioned records are
/// compare-and-swap on the version the editor loaded.
extension StoreWork {
    @discardableResult
    package func addJournal(caseID: Int, kind: JournalKind, date: Day, text: String, sensitive: Bool, today: Day) throws -> JournalEntry {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let c = try CaseWorkRows.loadCase(db, caseID)
        try requireCaseWrite(c, detail: "add journal entry")
        guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
        var entry = JournalEntry(id: 0, caseID: caseID, date: date, kind: kind, authorID: actor.staffID, text: body, sensitive: sensitive)
        try entry.validate(today: today, caseOpened: c.opened)
        entry.id = try db.insertReturningID("""
            INSERT INTO journal_entry (case_id, date, kind, author_id, text, sensitive, search_text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [caseID, date.description, kind.rawValue, actor.staffID, body, sensitive, JournalSearch.folded(body)])
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                            detail: "journal entry #\(entry.id) added (\(kind.rawValue)\(sensitive ? ", sensitive" : ""))"),
                             actor: actor)
        return entry
    }

    /// Moves a case one phase on, when what that phase needs is recorded.
    @discardableResult
    package func movePhase(caseID: Int, to target: Phase, expectedVersion: Int?, today: Day) throws -> Case {
        var c = try CaseWorkRows.loadCase(db, caseID)
        try requireCaseWrite(c, detail: "move phase")
        try CaseWorkRows.checkVersion(c, expectedVersion)
        let record = try householdRecord(id: c.householdID)
        let blockers = PhaseRules.blockers(moving: c, to: target, facts: PhaseFacts(record: record, caseID: caseID, today: today))
        guard blockers.isEmpty else { throw WijkteamError.invalid(tr("store.phase.blocked", caseID, c.phase.label, blockers.joined(separator: "; "))) }
        try CaseWorkRows.update(db, c, sql: "phase = ?", [target.rawValue])
        try CaseHistoryRows.record(db, caseID: caseID, kind: .phase, value: target.rawValue, on: today, by: actor.staffID)
        let from = c.phase
        c.phase = target
        c.version += 1
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                            detail: "phase \(from.rawValue) → \(target.rawValue)"), actor: actor)
        return c
    }

    /// Adds a plan goal (id 0) or changes one, version-checked.
    @discardableResult
    package func saveGoal(_ goal: PlanGoal, expectedVersion: Int?) throws -> PlanGoal {
        let c = try CaseWorkRows.loadCase(db, goal.caseID)
        try requireCaseWrite(c, detail: "plan goal")
        guard c.isOpen else { throw WijkteamError.caseClosed(c.id) }
        let members = try db.fetchMapped("SELECT * FROM person WHERE household_id = ?", [c.householdID], Rows.person)
        try goal.validate(members: members)
        var saved = goal
        if goal.id == 0 {
            saved.id = try db.insertReturningID("INSERT INTO plan_goal (case_id, domain, person_id, target, text) VALUES (?, ?, ?, ?, ?)",
                                                [goal.caseID, goal.domain.rawValue, goal.personID, goal.targetScore, goal.text.trimmed])
            saved.version = 1
        } else {
            guard let row = try db.fetchOne("SELECT * FROM plan_goal WHERE id = ? AND case_id = ?", [goal.id, goal.caseID]) else {
                throw WijkteamError.invalid(tr("store.goal.missing", goal.id, goal.caseID))
            }
            let current = Rows.goal(row)
            if let expectedVersion, expectedVersion != current.version {
                throw WijkteamError.staleVersion(record: tr("store.record.goal", goal.id), expected: expectedVersion, actual: current.version,
                                                 changed: tr("store.goal.now", current.domain.label, current.targetScore, current.text))
            }
            try db.execute("UPDATE plan_goal SET domain = ?, person_id = ?, target = ?, text = ?, version = version + 1 WHERE id = ? AND version = ?",
                           [goal.domain.rawValue, goal.personID, goal.targetScore, goal.text.trimmed, goal.id, current.version])
            saved.version = current.version + 1
        }
        saved.text = goal.text.trimmed
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: c.id,
                                            detail: "plan goal #\(saved.id) \(goal.id == 0 ? "added" : "changed") (\(goal.domain.rawValue), target \(goal.targetScore))"),
                             actor: actor)
        return saved
    }

    /// Closes a case with a reason; its open follow-ups close with it. It needs a final ZRM
    /// measurement (`ZRMCase.final`) or a reason why there is none.
    @discardableResult
    package func closeCase(caseID: Int, reason: String, noFinalZRMReason: String?, expectedVersion: Int?, today: Day)
        throws -> (case: Case, closedFollowUps: Int)
    {
        try Case.validateCloseReason(reason)
        let why = reason.trimmed
        var c = try CaseWorkRows.loadCase(db, caseID)
        try requireCaseWrite(c, detail: "close case")
        try CaseWorkRows.checkVersion(c, expectedVersion)
        guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
        let noFinal = noFinalZRMReason?.trimmed.isEmpty == false ? noFinalZRMReason?.trimmed : nil
        if let blocker = try ZRMCase.closeBlocker(
            in: householdRecord(id: c.householdID), caseID: caseID, today: today, noFinalReason: noFinal)
        {
            throw WijkteamError.invalid(blocker)
        }
        try CaseWorkRows.update(
            db, c, sql: "phase = 'afgesloten', closed_reason = ?, closed_on = ?, no_final_zrm_reason = ?",
            [why, today.description, noFinal])
        try CaseHistoryRows.record(db, caseID: caseID, kind: .phase, value: Phase.afgesloten.rawValue, on: today, by: actor.staffID)
        try db.execute("UPDATE follow_up SET done = 1, outcome = ?, version = version + 1 WHERE case_id = ? AND done = 0",
                       ["case closed \(today): \(why)", caseID])
        let followUps = db.changesCount
        c.phase = .afgesloten
        c.closedReason = why
        c.version += 1
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                detail:
                    "case closed\(noFinal == nil ? "" : " without a final ZRM measurement"); \(followUps) open follow-ups closed with it"),
            actor: actor)
        return (c, followUps)
    }

    /// Adds a colleague to a case (they may then read its sensitive entries), or takes them off.
    /// Only the case's regisseur and the team lead decide this.
    package func setCaseMember(caseID: Int, staffID: StaffID, member: Bool, today: Day) throws {
        let c = try CaseWorkRows.loadCase(db, caseID)
        let me = try AuditRows.viewer(db, actor)
        // A cover decides as the absent regisseur would.
        let covering = try CoverRows.active(db, caseIDs: String(caseID), today: today).contains { $0.coverID == me.id }
        guard me.role == .teamLead || c.regisseurID == me.id || covering || actor.staffID == nil else {
            throw AccessDenied(event: AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                                 detail: "add or remove a colleague on the case", result: .denied),
                               error: .accessDenied(tr("store.denied.case_members", caseID)))
        }
        guard try db.fetchOne("SELECT id FROM staff WHERE id = ?", [staffID]) != nil else {
            throw WijkteamError.unknownStaff(staffID)
        }
        if member {
            let onCase = try c.regisseurID == staffID || CaseWorkRows.members(db, caseIDs: [caseID])[caseID, default: []].contains(staffID)
            try recordAccess(
                caseID: caseID, to: staffID, decider: covering ? me.id : c.regisseurID, hadAccess: onCase, today: today.description)
            try db.execute("INSERT INTO case_member (case_id, staff_id, added_by, added_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                           [caseID, staffID, actor.staffID, today.description])
        } else {
            try db.execute("DELETE FROM case_member WHERE case_id = ? AND staff_id = ?", [caseID, staffID])
        }
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                            detail: "\(staffID) \(member ? "added to" : "taken off") the case"), actor: actor)
    }
}

enum CaseWorkRows {
    static func loadCase(_ db: some SQLRunner, _ id: Int) throws -> Case {
        guard let row = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [id]) else {
            throw WijkteamError.unknownCase(id)
        }
        return Rows.case(row)
    }

    /// Says what the case is now, so whoever was refused sees what changed meanwhile.
    static func describe(_ c: Case) -> String {
        var parts = [tr("store.case_now.phase", c.phase.label),
                     c.regisseurID.map { tr("store.case_now.regisseur", $0) } ?? tr("store.case_now.no_regisseur")]
        if let d = c.discussion { parts.append(tr("store.case_now.discussion", d)) }
        if let r = c.closedReason { parts.append(tr("store.case_now.closed", r)) }
        return parts.joined(separator: ", ")
    }

    static func checkVersion(_ c: Case, _ expected: Int?) throws {
        if let expected, expected != c.version {
            throw WijkteamError.staleVersion(record: tr("store.record.case", c.id), expected: expected, actual: c.version, changed: describe(c))
        }
    }

    /// Compare-and-swap on the version just read: the check and the write are one step.
    static func update(_ db: some SQLRunner, _ c: Case, sql set: String, _ arguments: [(any SQLArgument)?]) throws {
        try db.execute("UPDATE care_case SET \(set), version = version + 1 WHERE id = ? AND version = ?", arguments + [c.id, c.version])
        guard db.changesCount == 1 else { throw WijkteamError.invalid(tr("store.case.changed_while_saving", c.id)) }
    }

    /// Who is on each case besides its regisseur: colleagues added to it, and whoever covers it
    /// today for an absent regisseur (`CoverRows`), so every need-to-know rule lets a cover do
    /// what the regisseur would.
    static func members(_ db: some SQLRunner, caseIDs: [Int], today: Day = StoreClock.today()) throws -> [Int: [StaffID]] {
        guard !caseIDs.isEmpty else { return [:] }
        var out: [Int: [StaffID]] = [:]
        let list = caseIDs.map(String.init).joined(separator: ",")
        for r in try db.fetchAll("SELECT case_id, staff_id FROM case_member WHERE case_id IN (\(list)) ORDER BY staff_id", []) {
            out[r["case_id"], default: []].append(r["staff_id"])
        }
        for cover in try CoverRows.active(db, caseIDs: list, today: today) where !out[cover.caseID, default: []].contains(cover.coverID) {
            out[cover.caseID, default: []].append(cover.coverID)
        }
        return out
    }
}

/// Need-to-know for safety, in lists: which safety signals and safety cases the actor may read.
/// The rules are `Access`'s; this only loads what they need for the households in question.
struct SafetyReader {
    let viewer: Staff
    let casesByHousehold: [Int: [Case]]
    let members: [Int: [StaffID]]
    let grants: SelfGrants

    /// nil when the actor reads everything (the team lead, maintenance).
    static func load(_ db: some SQLRunner, actor: AuditActor, households: Set<Int>) throws -> SafetyReader? {
        let viewer = try AuditRows.viewer(db, actor)
        guard viewer.role != .teamLead else { return nil }
        var byHousehold: [Int: [Case]] = [:]
        if !households.isEmpty {
            let list = households.map(String.init).joined(separator: ",")
            for c in try db.fetchAll("SELECT * FROM care_case WHERE household_id IN (\(list)) ORDER BY id", []).map(Rows.case) {
                byHousehold[c.householdID, default: []].append(c)
            }
        }
        let caseIDs = byHousehold.values.flatMap { $0.map(\.id) }
        let members = try CaseWorkRows.members(db, caseIDs: caseIDs)
        return SafetyReader(
            viewer: viewer, casesByHousehold: byHousehold, members: members, grants: try GrantRows.load(db, caseIDs: caseIDs))
    }

    func canReadSignal(household: Int?) -> Bool {
        guard let household else { return false }
        return Access.canReadSignal(viewer, householdCases: casesByHousehold[household] ?? [], members: members, grants: grants)
    }
}
