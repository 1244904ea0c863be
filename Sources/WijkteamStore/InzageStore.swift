import Wijkteam

/// Inzage (AVG art. 15, issue 25): everything held about one person, read in one transaction.
/// Need-to-know does not apply as on the screens (the report is for the person themself);
/// `InzageRules` decides what of other people's is left out.
extension StoreWork {
    package func inzage(personID: Int, today: Day) throws -> InzageReport {
        let me = try AuditRows.viewer(db, actor)
        let householdID = try db.fetchOne("SELECT household_id FROM person WHERE id = ?", [personID]).map { $0["household_id"] as Int }
        let detail = "inzage person #\(personID)"
        guard actor.staffID == nil || me.role.keepsRecords else {
            throw AccessDenied(
                event: AuditEvent(.export, householdID: householdID, detail: detail, result: .denied),
                error: .accessDenied(tr("inzage.store.denied", me.role.label.lowercased())))
        }
        guard let householdID else { throw WijkteamError.invalid(tr("inzage.store.unknown_person", personID)) }
        // Logged first, so the report's access list ends with this export (and a server that
        // gives a journal's text only once the reading is logged gives it).
        try AuditRows.insert(db, AuditEvent(.export, householdID: householdID, detail: detail), actor: actor)
        let source = try inzageSource(personID: personID, householdID: householdID, madeBy: me, today: today)
        guard let report = InzageReport(source) else { throw WijkteamError.invalid(tr("inzage.store.unknown_person", personID)) }
        return report
    }

    func inzageSource(personID: Int, householdID: Int, madeBy: Staff, today: Day) throws -> InzageSource {
        let record = try householdRecord(id: householdID)
        let caseIDs = record.cases.map(\.id)
        let inCases = "(\(caseIDs.isEmpty ? "NULL" : caseIDs.map(String.init).joined(separator: ",")))"
        var about: [Int: Int] = [:]
        for r in try db.fetchAll(
            "SELECT id, about_person_id FROM journal_entry WHERE case_id IN \(inCases) AND about_person_id IS NOT NULL", [])
        {
            about[r["id"] as Int] = r["about_person_id"] as Int
        }
        let confidential = try db.fetchColumn(
            "SELECT id FROM signal WHERE household_id = ? AND reporter_confidential = 1", [householdID], "id", as: Int.self)
        var closedOn: [Int: Day] = [:]
        for r in try db.fetchAll("SELECT id, closed_on FROM care_case WHERE household_id = ? AND closed_on IS NOT NULL", [householdID]) {
            closedOn[r["id"] as Int] = Rows.optionalDay(r, "closed_on")
        }
        let decisions = try db.fetchMapped("SELECT * FROM decision WHERE case_id IN \(inCases) ORDER BY date, id", []) { r in
            Decision(
                id: r["id"], caseID: r["case_id"], date: Rows.day(r, "date"), text: r["text"], ownerID: r["owner_id"],
                due: Rows.optionalDay(r, "due"))
        }
        let corrections = try db.fetchMapped(
            "SELECT * FROM person_correction WHERE person_id = ? ORDER BY corrected_on, id", [personID]
        ) { r in
            InzageReport.Correction(
                field: r["field"], oldValue: r["old_value"], newValue: r["new_value"], reason: r["reason"],
                correctedOn: Rows.day(r, "corrected_on"))
        }
        let access = try db.fetchAll(
            "SELECT * FROM audit_log WHERE household_id = ? OR case_id IN \(inCases) ORDER BY id", [householdID]
        ).map(AuditRows.record)
        return InzageSource(
            team: try SharedReads.districtInfo(db).name, personID: personID, record: record, journalAbout: about,
            confidentialSignals: Set(confidential), closedOn: closedOn, decisions: decisions, corrections: corrections,
            access: access, staff: try SharedReads.staff(db), madeOn: today, madeBy: actor.staffID == nil ? nil : madeBy,
            plans: try record.cases.map { try planRows(caseID: $0.id) })
    }
}
