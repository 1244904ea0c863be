import Foundation
import Wijkteam

/// Break-the-glass (issue #23): access a colleague gave themselves (`access_grant`) opens the
/// sensitive history before it only with a reason (`break_glass`), logged as `read_sensitive`
/// ("break the glass #ID", never the reason) and reviewed by the team lead.
extension StoreWork {
    /// After an assignment or a membership: access given by the team lead, by maintenance or by
    /// the one who decides (`decider`: the previous regisseur, or the case's regisseur for a
    /// member) takes any self-grant away; access someone gets otherwise is a self-grant, when
    /// they had no access to the case before (`hadAccess`).
    func recordAccess(caseID: Int, to staffID: StaffID, decider: StaffID?, hadAccess: Bool, today: String) throws {
        let me = try AuditRows.viewer(db, actor)
        let given = me.role == .teamLead || actor.staffID == nil || (decider != nil && decider == me.id && staffID != me.id)
        if given {
            try db.execute("DELETE FROM access_grant WHERE case_id = ? AND staff_id = ?", [caseID, staffID])
            return
        }
        // A team's server writes self-grants itself (colleagues may not): the client leaves them to it.
        guard !hadAccess, !db.auditedOnServer else { return }
        let last: Int = try db.fetchOne("SELECT COALESCE(MAX(id), 0) AS last FROM journal_entry")?["last"] ?? 0
        try db.execute(
            """
            INSERT INTO access_grant (case_id, staff_id, self_granted_on, after_entry) VALUES (?, ?, ?, ?)
            ON CONFLICT(case_id, staff_id) DO UPDATE SET self_granted_on = excluded.self_granted_on, after_entry = excluded.after_entry
            """, [caseID, staffID, today, last])
    }

    /// Opens the history of a case the actor gave themselves access to, for a reason (one line).
    /// Refused when the actor is not on the case, or when nothing of it is withheld from them.
    package func breakGlass(caseID: Int, reason text: String) throws -> BreakGlassUse {
        let reason = try BreakGlassUse.reason(text)
        let c = try CaseWorkRows.loadCase(db, caseID)
        let viewer = try AuditRows.viewer(db, actor)
        var record = try householdRecord(id: c.householdID)
        guard let staffID = actor.staffID,
            Access.sensitiveAccess(viewer, of: c, members: record.caseMembers, grants: record.selfGrants) != .notOnCase
        else {
            throw AccessDenied(
                event: AuditEvent(
                    .readSensitive, householdID: c.householdID, caseID: caseID,
                    detail: "break the glass: not on the case", result: .denied),
                error: .accessDenied(tr("breakglass.store.no_access", caseID)))
        }
        _ = Access.redact(&record, for: viewer)
        guard record.glassCases.contains(caseID) else { throw WijkteamError.invalid(tr("breakglass.store.nothing_withheld", caseID)) }
        let at = StoreClock.timestamp()
        let id = try db.insertReturningID(
            "INSERT INTO break_glass (case_id, staff_id, at, reason) VALUES (?, ?, ?, ?)",
            [caseID, staffID, at, reason])
        try AuditRows.insert(
            db, AuditEvent(.readSensitive, householdID: c.householdID, caseID: caseID, detail: "break the glass #\(id)"),
            actor: actor)
        return BreakGlassUse(id: id, caseID: caseID, householdID: c.householdID, staffID: staffID, at: at, reason: reason)
    }

    /// Every break-the-glass read, newest first: the team lead's to review.
    package func breakGlassLog() throws -> [BreakGlassUse] {
        try requireLead()
        return try db.fetchAll(
            """
            SELECT b.*, c.household_id FROM break_glass b JOIN care_case c ON c.id = b.case_id ORDER BY b.id DESC
            """, []
        ).map(GrantRows.use)
    }

    /// The team lead confirms or questions a read; questioned, the colleague needs a new reason.
    /// `shown`: the read as the screen showed it; reviewed since (by another terminal), refused.
    package func reviewBreakGlass(id: Int, verdict: BreakGlassReview, shown: BreakGlassUse? = nil) throws -> BreakGlassUse {
        try requireLead()
        guard
            let row = try db.fetchOne(
                "SELECT b.*, c.household_id FROM break_glass b JOIN care_case c ON c.id = b.case_id WHERE b.id = ?",
                [id])
        else { throw WijkteamError.invalid(tr("breakglass.store.missing", id)) }
        var use = GrantRows.use(row)
        if let shown, shown.review != use.review || shown.reviewedBy != use.reviewedBy {
            throw WijkteamError.invalid(tr("breakglass.store.changed", id, use.review?.label ?? "—", use.reviewedBy ?? "—"))
        }
        use.review = verdict
        use.reviewedBy = actor.staffID
        use.reviewedAt = StoreClock.timestamp()
        try db.execute(
            "UPDATE break_glass SET review = ?, reviewed_by = ?, reviewed_at = ? WHERE id = ?",
            [verdict.rawValue, use.reviewedBy, use.reviewedAt, id])
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: use.householdID, caseID: use.caseID,
                detail: "break the glass #\(id) \(verdict.rawValue)"), actor: actor)
        return use
    }

    func requireLead() throws {
        guard try AuditRows.viewer(db, actor).role.keepsRecords else { throw WijkteamError.accessDenied(tr("breakglass.store.lead_only")) }
    }
}

enum GrantRows {
    /// The self-grants and standing reasons on these cases.
    static func load(_ db: some SQLRunner, caseIDs: [Int]) throws -> SelfGrants {
        guard !caseIDs.isEmpty else { return SelfGrants() }
        let list = Set(caseIDs).map(String.init).joined(separator: ",")
        var grants = SelfGrants()
        for r in try db.fetchAll("SELECT case_id, staff_id, after_entry FROM access_grant WHERE case_id IN (\(list))", []) {
            grants.afterEntry[r["case_id"], default: [:]][r["staff_id"]] = r["after_entry"]
        }
        guard !grants.afterEntry.isEmpty else { return grants }
        for r in try db.fetchAll(
            """
            SELECT DISTINCT case_id, staff_id FROM break_glass
            WHERE case_id IN (\(list)) AND (review IS NULL OR review = 'confirmed') ORDER BY case_id, staff_id
            """, [])
        {
            grants.brokenGlass[r["case_id"], default: []].append(r["staff_id"])
        }
        return grants
    }

    static func use(_ r: some SQLRow) -> BreakGlassUse {
        BreakGlassUse(
            id: r["id"], caseID: r["case_id"], householdID: r["household_id"], staffID: r["staff_id"], at: r["at"],
            reason: r["reason"], review: (r["review"] as String?).flatMap(BreakGlassReview.init), reviewedBy: r["reviewed_by"],
            reviewedAt: r["reviewed_at"])
    }
}
