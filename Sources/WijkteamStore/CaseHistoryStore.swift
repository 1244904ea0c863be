import Wijkteam

/// A case's dated history (issue 29, part 1): every writer that moves a case to a phase or
/// gives it a regisseur records it here, in the same transaction, dated on the app's day.
enum CaseHistoryRows {
    static func record<R: SQLRunner>(
        _ db: R, caseID: Int, kind: CaseHistoryKind, value: String?, on day: Day, source: CaseHistorySource = .app,
        by staff: StaffID?
    ) throws {
        try db.execute(
            "INSERT INTO case_history (case_id, kind, value, on_day, source, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            [caseID, kind.rawValue, value, day.description, source.rawValue, staff])
    }

    static func event(_ row: some SQLRow) -> CaseHistoryEvent {
        CaseHistoryEvent(
            caseID: row["case_id"], kind: Rows.vocab(row, "kind", CaseHistoryKind.phase), value: row["value"],
            on: Rows.day(row, "on_day"), source: Rows.vocab(row, "source", CaseHistorySource.estimated))
    }
}

extension StoreWork {
    package func caseHistory(caseID: Int) throws -> [CaseHistoryEvent] {
        let c = try CaseWorkRows.loadCase(db, caseID)
        try requireSeesHousehold(c.householdID)
        return try db.fetchMapped(
            "SELECT * FROM case_history WHERE case_id = ? ORDER BY on_day, id", [caseID], CaseHistoryRows.event)
    }
}
