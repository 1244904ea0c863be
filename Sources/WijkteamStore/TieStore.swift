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

    @discardableResult
    package func addProvision(_ p: Provision) throws -> Provision {
        try p.validate()
        guard let row = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [p.caseID]) else {
            throw WijkteamError.unknownCase(p.caseID)
        }
        let c = Rows.case(row)
        try requireCaseWrite(c, detail: "add provision")
        guard c.isOpen else { throw WijkteamError.caseClosed(p.caseID) }
        var saved = p
        saved.id = try db.insertReturningID(
            """
            INSERT INTO provision (case_id, kind, provider, description, status, waiting_weeks, start, network_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                p.caseID, p.kind.rawValue, p.provider, p.description, p.status.rawValue, p.waitingWeeks,
                p.start?.description, p.kind == .tailored ? p.networkReason : nil,
            ])
        saved.version = 1
        if p.kind == .general { saved.networkReason = nil }
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: c.householdID, caseID: c.id,
                detail: "provision #\(saved.id) added (\(p.kind.rawValue))"), actor: actor)
        return saved
    }
}
