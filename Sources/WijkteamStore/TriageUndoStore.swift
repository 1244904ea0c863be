import Wijkteam

extension StoreWork {
    /// Takes a triage decision back, in one transaction: the signal goes back into the queue; a
    /// case the decision changed gets its regisseur, phase, safety and domains back, a case it
    /// created is closed ("triage of signal #N undone": its history stays); the follow-up planned
    /// with it is removed. Refused when the signal, the case or that follow-up changed after the
    /// decision, so a colleague's work is never overwritten. The case's decisions and the audit
    /// log say it was undone.
    @discardableResult
    package func undoTriage(_ u: TriageUndo, by staff: StaffID, on today: Day) throws -> Case {
        guard let row = try db.fetchOne("SELECT * FROM signal WHERE id = ?", [u.signalID]) else {
            throw WijkteamError.invalid(tr("store.signal.missing", u.signalID))
        }
        let signal = Rows.signal(row)
        try requireTeam(householdID: signal.householdID, caseID: u.after.id, detail: "undo triage", refusal: tr("store.denied.team.triage"))
        if signal.version != u.signalVersion {
            throw WijkteamError.staleVersion(record: tr("store.record.signal", u.signalID), expected: u.signalVersion, actual: signal.version,
                                             changed: (row["status"] as String) == "open" ? tr("store.triage.undo.back_in_queue")
                                                                                           : tr("store.signal.changed"))
        }
        guard (row["status"] as String) == "triaged", (row["case_id"] as Int?) == u.after.id else {
            throw WijkteamError.invalid(tr("store.triage.undo.not_triaged", u.signalID))
        }
        let current = try CaseWorkRows.loadCase(db, u.after.id)
        if current.version != u.after.version {
            throw WijkteamError.staleVersion(record: tr("store.record.case", current.id), expected: u.after.version, actual: current.version,
                                             changed: Self.regisseurNow(current))
        }
        if let id = u.followUpID {
            guard let f = try db.fetchOne("SELECT * FROM follow_up WHERE id = ?", [id]).map(Rows.followUp) else {
                throw WijkteamError.invalid(tr("store.triage.undo.follow_up_gone", id))
            }
            guard !f.done, f.version == 1 else {
                throw WijkteamError.staleVersion(record: tr("store.record.follow_up", id), expected: 1, actual: f.version,
                                                 changed: f.done ? tr("store.follow_up.now.done", f.outcome ?? "") : tr("store.signal.changed"))
            }
            try db.execute("DELETE FROM follow_up WHERE id = ? AND version = 1 AND done = 0", [id])
        }
        var result = current
        if let before = u.before {
            if before.regisseurID != current.regisseurID || before.phase != current.phase || before.safety != current.safety
                || before.domains != current.domains {
                try CaseWorkRows.update(db, current, sql: "regisseur_id = ?, phase = ?, safety = ?, domains = ?",
                                        [before.regisseurID, before.phase.rawValue, before.safety, Rows.join(before.domains)])
                result.regisseurID = before.regisseurID
                result.phase = before.phase
                result.safety = before.safety
                result.domains = before.domains
                result.version += 1
            }
        } else {
            // A case made by the decision: closed, not deleted, so what was written on it stays.
            if try db.fetchOne("SELECT id FROM follow_up WHERE case_id = ? AND done = 0", [current.id]) != nil {
                throw WijkteamError.invalid(tr("store.triage.undo.case_in_use", current.id))
            }
            let reason = "triage of signal #\(u.signalID) undone"
            try CaseWorkRows.update(db, current, sql: "phase = ?, closed_reason = ?", [Phase.afgesloten.rawValue, reason])
            result.phase = .afgesloten
            result.closedReason = reason
            result.version += 1
        }
        try CaseHistoryRows.changed(db, from: current, to: result, on: today, by: actor.staffID)
        try db.execute("""
            UPDATE signal SET status = 'open', route = NULL, decided_on = NULL, decided_by = NULL, case_id = NULL, version = version + 1
            WHERE id = ? AND version = ?
            """, [u.signalID, signal.version])
        try db.execute("INSERT INTO decision (case_id, date, text, owner_id) VALUES (?, ?, ?, ?)",
                       [current.id, today.description, "Triage of signal #\(u.signalID) undone (was: \(u.route.label))", staff])
        try AuditRows.insert(db, AuditEvent(.change, householdID: signal.householdID, caseID: current.id,
                                            detail: "signal #\(u.signalID) triage undone: back in the queue"), actor: actor)
        return result
    }
}
