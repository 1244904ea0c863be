import GRDB
import Wijkteam

/// Editing a household's network: each change one transaction, version-checked.
extension StoreWork {
    @discardableResult
    package func saveTie(_ tie: NetworkTie, expectedVersion: Int?) throws -> NetworkTie {
        try tie.validate(today: StoreClock.today())
        guard try db.fetchOne("SELECT id FROM household WHERE id = ?", [tie.householdID]) != nil else {
            throw WijkteamError.unknownHousehold(tie.householdID)
        }
        try requireHouseholdWrite(tie.householdID, detail: "change the network")
        let support = tie.support.map(\.rawValue).joined()
        if tie.id == 0 {
            var saved = tie
            saved.id = try db.insertReturningID(
                """
                INSERT INTO network_tie (household_id, name, sector, relation, is_organisation, strength, support, carer_hours,
                                         exhausted, secrecy, consent, carer_since, carer_burden)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    tie.householdID, tie.name, tie.sector.rawValue, tie.relation, tie.isOrganisation, tie.strength.rawValue,
                    support, tie.carerHoursPerWeek, tie.exhausted, tie.professionalSecrecy, tie.consentToShare,
                    tie.carerSince?.description, tie.carerBurden,
                ])
            saved.version = 1
            try AuditRows.insert(
                db, AuditEvent(.change, householdID: tie.householdID, detail: "network tie #\(saved.id) added"), actor: actor)
            return saved
        }
        guard let row = try db.fetchOne("SELECT * FROM network_tie WHERE id = ?", [tie.id]) else {
            throw WijkteamError.invalid(tr("store.tie.missing", tie.id))
        }
        let current = Rows.tie(row)
        // The tie's own household decides, whatever household the caller names.
        try requireHouseholdWrite(current.householdID, detail: "change the network")
        guard current.householdID == tie.householdID else { throw WijkteamError.invalid(tr("store.tie.other_household", tie.id)) }
        if let expectedVersion, expectedVersion != current.version {
            throw WijkteamError.staleVersion(
                record: tr("store.record.tie", current.name), expected: expectedVersion, actual: current.version,
                changed: tr("store.tie.now", current.strength.label, current.support.map(\.rawValue).joined()))
        }
        try db.execute(
            """
            UPDATE network_tie SET name = ?, sector = ?, relation = ?, is_organisation = ?, strength = ?, support = ?, carer_hours = ?,
                   exhausted = ?, secrecy = ?, consent = ?, carer_since = ?, carer_burden = ?, version = version + 1
            WHERE id = ? AND version = ? AND household_id = ?
            """,
            [
                tie.name, tie.sector.rawValue, tie.relation, tie.isOrganisation, tie.strength.rawValue, support,
                tie.carerHoursPerWeek, tie.exhausted, tie.professionalSecrecy, tie.consentToShare,
                tie.carerSince?.description, tie.carerBurden, tie.id, current.version, current.householdID,
            ])
        var saved = tie
        saved.householdID = current.householdID
        saved.version = current.version + 1
        try AuditRows.insert(
            db, AuditEvent(.change, householdID: current.householdID, detail: "network tie #\(tie.id) changed"), actor: actor)
        return saved
    }

    @discardableResult
    package func removeTie(id: Int, expectedVersion: Int?) throws -> NetworkTie {
        guard let row = try db.fetchOne("SELECT * FROM network_tie WHERE id = ?", [id]) else {
            throw WijkteamError.invalid(tr("store.tie.missing", id))
        }
        let current = Rows.tie(row)
        try requireHouseholdWrite(current.householdID, detail: "change the network")
        if let expectedVersion, expectedVersion != current.version {
            throw WijkteamError.staleVersion(
                record: tr("store.record.tie", current.name), expected: expectedVersion, actual: current.version,
                changed: tr("store.tie.changed"))
        }
        try PlanRows.refuseRemovingTie(db, current)
        try db.execute("DELETE FROM network_tie WHERE id = ?", [id])
        try AuditRows.insert(db, AuditEvent(.change, householdID: current.householdID, detail: "network tie #\(id) removed"), actor: actor)
        return current
    }

    /// A provision requested today, or on the earlier day `requestedOn` says (a request made by
    /// phone last week); its first step, 'requested', dated in `provision_step`.
    /// A tailored one names the plan goal it serves, and that goal's route must have been walked
    /// (every rung answered, none carrying): checked here, so the app and the command line are
    /// both held to it. Waiting is computed from the dates, never typed.
    @discardableResult
    package func addProvision(_ p: Provision) throws -> Provision {
        guard let row = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [p.caseID]) else {
            throw WijkteamError.unknownCase(p.caseID)
        }
        let c = Rows.case(row)
        try requireCaseWrite(c, detail: "add provision")
        guard c.isOpen else { throw WijkteamError.caseClosed(p.caseID) }
        var saved = p
        try requireRouteWalked(for: p)
        if p.kind == .tailored, (p.networkReason ?? "").trimmed.isEmpty, let goalID = p.goalID {
            saved.networkReason = try routeLadders(caseID: c.id)[goalID]?.rungs[.network]?.answer
        }
        if p.kind == .general { saved.networkReason = nil }
        try saved.validate()
        if let providerID = p.providerID {
            guard try db.fetchOne("SELECT id FROM provider WHERE id = ?", [providerID]) != nil else {
                throw WijkteamError.invalid(tr("route.store.provider_missing", providerID))
            }
        }
        let today = p.requestedOn ?? StoreClock.today()
        guard today <= StoreClock.today() else {
            throw WijkteamError.invalid(tr("provisions.request.future", today, StoreClock.today()))
        }
        saved.status = .requested
        saved.requestedOn = today
        saved.waitingWeeks = nil
        saved.id = try db.insertReturningID(
            """
            INSERT INTO provision (case_id, kind, provider, description, status, waiting_weeks, start, network_reason, goal_id,
                                   provider_id, product_category, product_code, requested_on)
            VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?)
            """,
            [
                p.caseID, p.kind.rawValue, saved.provider.trimmed, saved.description.trimmed, saved.status.rawValue,
                saved.networkReason, p.goalID, p.providerID, p.productCategory, p.productCode, today.description,
            ])
        try db.execute(
            "INSERT INTO provision_step (provision_id, case_id, status, on_day, source, recorded_by) VALUES (?, ?, 'requested', ?, 'app', ?)",
            [saved.id, c.id, today.description, actor.staffID])
        saved.version = 1
        saved.start = nil
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: c.householdID, caseID: c.id,
                detail: "provision #\(saved.id) requested (\(p.kind.rawValue))"), actor: actor)
        return saved
    }
}
