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

    /// What a writer changed on a case: the phase it entered and the regisseur it got, each
    /// only when it changed. `before` nil is a new case: its phase, and its regisseur if it has one.
    static func changed<R: SQLRunner>(_ db: R, from before: Case?, to after: Case, on day: Day, by staff: StaffID?) throws {
        if before?.phase != after.phase {
            try record(db, caseID: after.id, kind: .phase, value: after.phase.rawValue, on: day, by: staff)
        }
        if before.map({ $0.regisseurID != after.regisseurID }) ?? (after.regisseurID != nil) {
            try record(db, caseID: after.id, kind: .regisseur, value: after.regisseurID, on: day, by: staff)
        }
    }

    /// Regisseurs of many cases at once (a handover's chunk of at most a hundred): one statement.
    static func regisseurs<R: SQLRunner>(_ db: R, _ moves: [(caseID: Int, to: StaffID?)], on day: Day, by staff: StaffID?) throws {
        guard !moves.isEmpty else { return }
        try db.execute(
            "INSERT INTO case_history (case_id, kind, value, on_day, source, recorded_by) VALUES "
                + moves.map { _ in "(?, 'regisseur', ?, ?, 'app', ?)" }.joined(separator: ", "),
            moves.flatMap { m -> [(any SQLArgument)?] in [m.caseID, m.to, day.description, staff] })
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
