import Foundation
import GRDB
import Wijkteam

/// Provisions with a life (issue 27): a status change is one transaction (the provision's
/// columns, a `provision_step` row and an access-log row), compared against the version the
/// caller saw; the steps and the waiting provisions of open cases are read for the screens.
extension StoreWork {
    /// Changes provision `id` to `status` on `day` (not in the future, not before the previous
    /// step), with a reason where the status needs one. Need-to-know as `addProvision`.
    @discardableResult
    package func changeProvision(
        id: Int, to status: ProvisionStatus, on day: Day, reason: String?, expectedVersion: Int?, source: ProvisionStepSource = .app,
        today: Day = StoreClock.today()
    ) throws -> Provision {
        guard let row = try db.fetchOne("SELECT * FROM provision WHERE id = ?", [id]) else {
            throw WijkteamError.invalid(tr("store.provision.missing", id))
        }
        let current = Rows.provision(row)
        guard let caseRow = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [current.caseID]) else {
            throw WijkteamError.unknownCase(current.caseID)
        }
        let c = Rows.case(caseRow)
        try requireCaseWrite(c, detail: "change provision")
        if let expectedVersion, expectedVersion != current.version {
            throw WijkteamError.staleVersion(
                record: tr("store.record.provision", id), expected: expectedVersion, actual: current.version,
                changed: tr("store.provision.now", current.status.label, (current.lastStepDay ?? c.opened).description))
        }
        let lastStep: Day? = try db.fetchOne("SELECT MAX(on_day) AS last FROM provision_step WHERE provision_id = ?", [id])
            .flatMap { Rows.optionalDay($0, "last") }
        let changed = try current.changed(to: status, on: day, reason: reason, today: today, after: lastStep)
        try db.execute(
            """
            UPDATE provision SET status = ?, requested_on = ?, waiting_since = ?, start = ?, ended_on = ?, end_reason = ?,
                   version = version + 1
            WHERE id = ? AND version = ?
            """,
            [
                changed.status.rawValue, changed.requestedOn?.description, changed.waitingSince?.description,
                changed.start?.description, changed.endedOn?.description, changed.endReason, id, current.version,
            ])
        try db.execute(
            "INSERT INTO provision_step (provision_id, case_id, status, on_day, reason, source, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [id, c.id, status.rawValue, day.description, status.needsReason ? changed.endReason : nil, source.rawValue, actor.staffID])
        var saved = changed
        saved.version = current.version + 1
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: c.householdID, caseID: c.id,
                detail: "provision #\(id) \(current.status.rawValue) → \(status.rawValue) on \(day)"), actor: actor)
        return saved
    }

    /// Every step of the case's provisions, by provision and day. Refused to whoever may not
    /// see the household.
    package func provisionSteps(caseID: Int) throws -> [ProvisionStep] {
        guard let caseRow = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [caseID]) else {
            throw WijkteamError.unknownCase(caseID)
        }
        try requireSeesHousehold(Rows.case(caseRow).householdID)
        return try db.fetchMapped(
            "SELECT * FROM provision_step WHERE case_id = ? ORDER BY provision_id, on_day, id", [caseID], ProvisionRows.step)
    }

    /// The provisions of open cases that wait now (requested or on the list), with their
    /// provider's norm: what the board card and the agenda need, no descriptions.
    package func provisionWaits(today: Day) throws -> [ProvisionWait] {
        let rows = try db.fetchAll(
            """
            SELECT p.id, p.case_id, p.provider, p.provider_id, p.status, p.requested_on, p.waiting_since, p.allocation_number,
                   v.norm_weeks
            FROM provision p JOIN care_case c ON c.id = p.case_id LEFT JOIN provider v ON v.id = p.provider_id
            WHERE p.status IN ('requested', 'waiting') AND c.phase <> 'afgesloten'
            ORDER BY p.case_id, p.id
            """, [])
        // Staff outside the team see only the cases shared with them (as their board does).
        let shared = try sharedCases()
        return rows.compactMap { r in
            if let shared, !shared.contains(r["case_id"] as Int) { return nil }
            guard let from = Rows.optionalDay(r, "waiting_since") ?? Rows.optionalDay(r, "requested_on") else { return nil }
            return ProvisionWait(
                provisionID: r["id"], caseID: r["case_id"], provider: r["provider"], providerID: r["provider_id"],
                status: Rows.vocab(r, "status", ProvisionStatus.requested), waitingDays: max(0, from.days(until: today)),
                normWeeks: r["norm_weeks"], allocated: (r["allocation_number"] as String?) != nil)
        }
    }
}

enum ProvisionRows {
    static func step(_ r: some SQLRow) -> ProvisionStep {
        ProvisionStep(
            id: r["id"], provisionID: r["provision_id"], caseID: r["case_id"], status: Rows.vocab(r, "status", ProvisionStatus.requested),
            onDay: Rows.day(r, "on_day"), reason: r["reason"],
            source: ProvisionStepSource(rawValue: r["source"] as String) ?? .app, messageKey: r["message_key"],
            recordedBy: r["recorded_by"])
    }
}

extension TransactionalStore {
    @discardableResult
    public func changeProvision(id: Int, to status: ProvisionStatus, on day: Day, reason: String?, expectedVersion: Int?) throws
        -> Provision
    {
        try writing { try $0.changeProvision(id: id, to: status, on: day, reason: reason, expectedVersion: expectedVersion) }
    }
    public func provisionSteps(caseID: Int) throws -> [ProvisionStep] { try reading { try $0.provisionSteps(caseID: caseID) } }
    public func provisionWaits(today: Day) throws -> [ProvisionWait] { try reading { try $0.provisionWaits(today: today) } }
}

/// Provisions from a district file or the generator (issue 27): their life as the file dates it,
/// and the steps those dates make. A request the file does not date is taken as the case's
/// opening (or the start, if earlier) and a wait as starting on the request: those steps are
/// marked `estimated`, as the v16 migration marks them.
extension ProvisionRows {
    /// The entry's dates, product and goal on `p`, checked (`Provision.checkLife`) and reported at `at`.
    static func life(of p: Provision, _ e: ProvisionEntry, goals: [PlanGoal], at: [PathKey], in doc: YAMLDocument) throws -> Provision {
        var p = p
        p.requestedOn = e.requestedOn; p.waitingSince = e.waitingSince; p.endedOn = e.endedOn; p.endReason = e.endReason
        if let product = e.product {
            let parts = product.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, parts[0].count == 2, parts[0].allSatisfy(\.isNumber), parts[1].count == 5,
                parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
            else { throw doc.error(at + [.key("product")], tr("provision.life.product", product)) }
            p.productCategory = parts[0]; p.productCode = parts[1]
        }
        if let g = e.goal {
            guard goals.indices.contains(g - 1) else { throw doc.error(at + [.key("goal")], tr("provision.life.goal", g, goals.count)) }
            p.goalID = goals[g - 1].id
        }
        if let r = e.endReason { try doc.check(at + [.key("end_reason")]) { try Validation.text(r, what: tr("validation.what.text")) } }
        try doc.check(at + [.key("status")]) { try p.checkLife() }
        return p
    }

    /// The provision as stored: a request the file does not date on the case's opening (or the
    /// start, if earlier), a wait on the request; and which of the two were estimated so.
    static func withEstimates(_ p: Provision, opened: Day?) -> (provision: Provision, request: Bool, wait: Bool) {
        var out = p
        out.requestedOn = p.requestedOn ?? [opened, p.status == .active || p.status == .ended ? p.start : nil].compactMap { $0 }.min()
        out.waitingSince = p.waitingSince ?? (p.status == .waiting ? out.requestedOn : nil)
        return (out, p.requestedOn == nil && out.requestedOn != nil, p.waitingSince == nil && out.waitingSince != nil)
    }

    static func insert(_ d: DistrictData, into db: Database) throws {
        let opened = Dictionary(d.cases.map { ($0.id, $0.opened) }, uniquingKeysWith: { a, _ in a })
        for loaded in d.provisions {
            let (p, estimatedRequest, estimatedWait) = withEstimates(loaded, opened: opened[loaded.caseID])
            let requested = p.requestedOn, waiting = p.waitingSince
            // The catalogue's provider by id (the generator) or by name (a district file), when it is there.
            try db.cachedStatement(
                sql: """
                    INSERT INTO provision (id, case_id, kind, provider, description, status, waiting_weeks, start, network_reason,
                                           goal_id, provider_id, product_category, product_code, requested_on, waiting_since,
                                           ended_on, end_reason)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                            COALESCE((SELECT id FROM provider WHERE id = ?), (SELECT id FROM provider WHERE name = ?)),
                            ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                p.id, p.caseID, p.kind.rawValue, p.provider, p.description, p.status.rawValue,
                p.waitingWeeks, p.start?.description, p.networkReason, p.goalID, p.providerID, p.provider,
                p.productCategory, p.productCode, requested?.description, waiting?.description, p.endedOn?.description, p.endReason,
            ])
            var steps: [(ProvisionStatus, Day?, String?, Bool)] = [
                (.requested, requested, nil, estimatedRequest), (.waiting, waiting, nil, estimatedWait),
            ]
            if p.status == .active || p.status == .ended { steps.append((.active, p.start, nil, false)) }
            if p.status.isFinal { steps.append((p.status, p.endedOn, p.endReason, false)) }
            for (status, day, reason, estimated) in steps {
                guard let day else { continue }
                try db.cachedStatement(
                    sql: "INSERT INTO provision_step (provision_id, case_id, status, on_day, reason, source) VALUES (?, ?, ?, ?, ?, ?)"
                ).execute(arguments: [
                    p.id, p.caseID, status.rawValue, day.description, reason,
                    (estimated ? ProvisionStepSource.estimated : .app).rawValue,
                ])
            }
        }
    }
}
