import GRDB
import Wijkteam

/// Store reads written once for both engines (`SQLRunner`); SQLiteStore calls them inside its
/// own read transactions, the PostgreSQL store inside its.
package enum SharedReads {
    package static func districtInfo(_ db: some SQLRunner) throws -> DistrictInfo {
        let meta = Dictionary(try db.fetchAll("SELECT key, value FROM meta", []).map { ($0["key"] as String, $0["value"] as String) },
                              uniquingKeysWith: { _, last in last })
        return DistrictInfo(name: meta["name"] ?? "", municipality: meta["municipality"] ?? "",
                            wijk: meta["wijk"] ?? "", buurten: Rows.list(meta["buurten"] ?? ""),
                            demo: meta["demo"] == "1")
    }

    package static func staff(_ db: some SQLRunner) throws -> [Staff] {
        var staff = try db.fetchMapped("SELECT * FROM staff ORDER BY name, id", [], prepare: Rows.StaffColumns.init, Rows.staff)
        var absences: [StaffID: [StaffAbsence]] = [:]
        for r in try db.fetchAll("SELECT * FROM staff_absence ORDER BY from_day, id", []) {
            let a = Rows.absence(r)
            absences[a.staffID, default: []].append(a)
        }
        for i in staff.indices { staff[i].absences = absences[staff[i].id] ?? [] }
        return staff
    }

    /// Every cover named (`CaseCover`), active or not; `Team.coverFor` and need-to-know pick the active ones.
    package static func covers(_ db: some SQLRunner) throws -> [CaseCover] {
        try db.fetchAll(
            """
            SELECT c.case_id, c.cover_id, a.id, a.staff_id, a.from_day, a.to_day, a.kind
            FROM case_cover c JOIN staff_absence a ON a.id = c.absence_id ORDER BY c.case_id, a.from_day
            """, []
        ).map { CaseCover(caseID: $0["case_id"], coverID: $0["cover_id"], absence: Rows.absence($0)) }
    }

    /// Every change kept to staff records, oldest first.
    package static func staffChanges(_ db: some SQLRunner) throws -> [StaffChange] {
        try db.fetchAll("SELECT * FROM staff_change ORDER BY on_day, id", []).map {
            StaffChange(
                staffID: $0["staff_id"], on: Rows.day($0, "on_day"), field: $0["field"], old: $0["old_value"],
                new: $0["new_value"], by: $0["changed_by"])
        }
    }

    /// Need-to-know for lists: nil for staff in the team (they see every case); for staff
    /// outside the team, the cases they were explicitly added to.
    package static func sharedCases(_ db: some SQLRunner, actor: AuditActor) throws -> Set<Int>? {
        guard let id = actor.staffID,
              let role = try db.fetchOne("SELECT role FROM staff WHERE id = ?", [id]).flatMap({ StaffRole(rawValue: $0["role"]) }),
              !role.isInTeam else { return nil }
        return Set(try db.fetchAll("SELECT case_id FROM case_member WHERE staff_id = ?", [id]).map { $0["case_id"] as Int })
    }

    /// Registrations and signals waiting for triage, as the actor may see them.
    package static func openSignals(_ db: some SQLRunner, actor: AuditActor) throws -> [Signal] {
        // Triage is team work: staff outside the team see no registrations.
        if try sharedCases(db, actor: actor) != nil { return [] }
        var signals = try db.fetchMapped(
            "SELECT * FROM signal WHERE status = 'open' ORDER BY date, id", [], prepare: Rows.SignalColumns.init, Rows.signal)
        // Others see that a safety signal is there, not what it says (Access.canReadSignal).
        let safety = Set(signals.filter(\.safety).compactMap(\.householdID))
        guard let reader = try SafetyReader.load(db, actor: actor, households: safety) else { return signals }
        for i in signals.indices where signals[i].safety && !reader.canReadSignal(household: signals[i].householdID) {
            signals[i].description = ""
            signals[i].intake = nil  // who reported a safety signal is as confidential as what they said
            signals[i].withheld = true
        }
        return signals
    }
}
