import Wijkteam

/// The team's changes (issue 24): a colleague joins, changes, is away, comes back, leaves. Each
/// is one transaction with its access-log row, checked against the version the caller saw, and
/// only the team lead's to make. Every refusal writes nothing (a non-lead's, only its denied row).
extension StoreWork {
    package func addStaff(_ staff: Staff, today: Day) throws -> Staff {
        try requireTeamLead(detail: "add staff", today: today)
        try TeamRows.validateProfile(staff)
        if try db.fetchOne("SELECT id FROM staff WHERE id = ?", [staff.id]) != nil {
            throw WijkteamError.invalid(tr("store.team.id_taken", staff.id))
        }
        try TeamRows.requireFreeAccount(db, staff.account, for: staff.id)
        try TeamRows.validateAbsences(staff.absences)
        try db.execute(
            """
            INSERT INTO staff (id, name, role, discipline, expertise, capacity, languages, account, work_days)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                staff.id, staff.name.trimmed, staff.role.rawValue, staff.discipline.trimmed, Rows.join(staff.expertise),
                staff.capacity, staff.languages.joined(separator: ","), staff.account, WorkDays.text(staff.workDays),
            ])
        for a in staff.absences { try insertAbsence(staffID: staff.id, from: a.from, to: a.to, kind: a.kind) }
        try AuditRows.insert(db, AuditEvent(.change, detail: "staff \(staff.id) added (\(staff.role.rawValue))"), actor: actor)
        return try TeamRows.load(db, staff.id)
    }

    package func updateStaff(_ staff: Staff, expectedVersion: Int?, today: Day) throws -> Staff {
        try requireTeamLead(detail: "change staff \(staff.id)", today: today)
        let current = try TeamRows.load(db, staff.id)
        try TeamRows.checkVersion(current, expectedVersion, today: today)
        try TeamRows.validateProfile(staff)
        try TeamRows.requireFreeAccount(db, staff.account, for: staff.id)
        let changes = TeamRows.changedFields(from: current, to: staff)
        guard !changes.isEmpty else { return current }
        if staff.role != current.role { try requireRoleChange(current, to: staff.role, today: today) }
        try db.execute(
            """
            UPDATE staff SET name = ?, role = ?, discipline = ?, expertise = ?, capacity = ?, languages = ?, account = ?,
                work_days = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [
                staff.name.trimmed, staff.role.rawValue, staff.discipline.trimmed, Rows.join(staff.expertise), staff.capacity,
                staff.languages.joined(separator: ","), staff.account, WorkDays.text(staff.workDays), staff.id, current.version,
            ])
        guard db.changesCount == 1 else { throw WijkteamError.invalid(tr("store.team.changed_while_saving", staff.id)) }
        // Kept so an earlier meeting's load figures can still be explained (`Staff.capacity(on:changes:)`).
        for c in changes {
            try db.execute(
                "INSERT INTO staff_change (staff_id, on_day, field, old_value, new_value, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
                [staff.id, today.description, c.field, c.old, c.new, actor.staffID])
        }
        let fields = changes.map(\.field).joined(separator: ", ")
        try AuditRows.insert(db, AuditEvent(.change, detail: "staff \(staff.id) changed (\(fields))"), actor: actor)
        return try TeamRows.load(db, staff.id)
    }

    package func setAway(staffID: StaffID, from: Day, to: Day?, kind: AbsenceKind, expectedVersion: Int?, today: Day) throws -> Staff {
        try requireTeamLead(detail: "record absence of staff \(staffID)", today: today)
        let current = try TeamRows.load(db, staffID)
        try TeamRows.checkVersion(current, expectedVersion, today: today)
        if let left = current.leftOn, left <= from { throw WijkteamError.invalid(tr("store.team.away.after_leaving", staffID, left)) }
        try TeamRows.validateAbsences(current.absences + [StaffAbsence(staffID: staffID, from: from, to: to, kind: kind)])
        let id = try insertAbsence(staffID: staffID, from: from, to: to, kind: kind)
        try TeamRows.bumpVersion(db, current)
        // Which kind (ill, on leave) is the colleague's own business: the log keeps the record's id.
        try AuditRows.insert(db, AuditEvent(.change, detail: "staff \(staffID): absence #\(id) recorded"), actor: actor)
        return try TeamRows.load(db, staffID)
    }

    package func comeBack(staffID: StaffID, expectedVersion: Int?, today: Day) throws -> Staff {
        try requireTeamLead(detail: "staff \(staffID) back", today: today)
        let current = try TeamRows.load(db, staffID)
        try TeamRows.checkVersion(current, expectedVersion, today: today)
        let ending = current.absences.filter { $0.covers(today) && $0.from < today }
        let removed = current.absences.filter { $0.from >= today }
        guard !ending.isEmpty || !removed.isEmpty else { throw WijkteamError.invalid(tr("store.team.not_away", staffID)) }
        // Covers end with their absence by themselves (they join on it); those of an absence that
        // never began go with it.
        for a in ending { try db.execute("UPDATE staff_absence SET to_day = ? WHERE id = ?", [today.adding(days: -1).description, a.id]) }
        for a in removed {
            try db.execute("DELETE FROM case_cover WHERE absence_id = ?", [a.id])
            try db.execute("DELETE FROM staff_absence WHERE id = ?", [a.id])
        }
        try TeamRows.bumpVersion(db, current)
        let detail = "staff \(staffID) back: absence \(TeamRows.ids(ending)) ended, \(TeamRows.ids(removed)) removed"
        try AuditRows.insert(db, AuditEvent(.change, detail: detail), actor: actor)
        return try TeamRows.load(db, staffID)
    }

    package func staffLeaves(staffID: StaffID, on day: Day, expectedVersion: Int?, today: Day) throws -> Staff {
        try requireTeamLead(detail: "staff \(staffID) leaves", today: today)
        let current = try TeamRows.load(db, staffID)
        try TeamRows.checkVersion(current, expectedVersion, today: today)
        if let left = current.leftOn { throw WijkteamError.invalid(tr("store.team.left_already", staffID, left)) }
        let open = try TeamRows.openCases(db, of: staffID)
        guard open.isEmpty else {
            throw WijkteamError.invalid(tr("store.team.leave.open_cases", staffID, open.map { "#\($0)" }.joined(separator: ", ")))
        }
        if current.role == .teamLead { try requireAnotherLead(than: staffID, today: today) }
        try db.execute("UPDATE staff SET left_on = ? WHERE id = ?", [day.description, staffID])
        try TeamRows.bumpVersion(db, current)
        try AuditRows.insert(db, AuditEvent(.change, detail: "staff \(staffID) leaves the team on \(day)"), actor: actor)
        return try TeamRows.load(db, staffID)
    }

    // MARK: Rules on the way

    /// Only the team lead changes the team (maintenance too: `init`, scripts without a staff record).
    func requireTeamLead(detail: String, today: Day) throws {
        let me = try AuditRows.viewer(db, actor)
        guard actor.staffID == nil || (me.role == .teamLead && !me.hasLeft(on: today)) else {
            throw AccessDenied(
                event: AuditEvent(.change, detail: detail, result: .denied), error: .accessDenied(tr("store.denied.team_lead")))
        }
    }

    /// Someone who cannot hold the regie (new staff, outside the team) holds no open cases; the
    /// team keeps a team lead.
    func requireRoleChange(_ current: Staff, to role: StaffRole, today: Day) throws {
        if !role.canBeRegisseur {
            let open = try TeamRows.openCases(db, of: current.id)
            guard open.isEmpty else {
                throw WijkteamError.invalid(
                    tr("store.team.role.open_cases", current.id, role.label.lowercased(), open.map { "#\($0)" }.joined(separator: ", ")))
            }
        }
        if current.role == .teamLead { try requireAnotherLead(than: current.id, today: today) }
    }

    func requireAnotherLead(than id: StaffID, today: Day) throws {
        let others = try SharedReads.staff(db).filter { $0.id != id && $0.role == .teamLead && !$0.hasLeft(on: today) }
        guard !others.isEmpty else { throw WijkteamError.invalid(tr("store.team.last_lead", id)) }
    }

    /// Someone who left the team is given no new work (a case, a decision's regie).
    func requireNotLeft(_ id: StaffID, today: Day) throws {
        guard let row = try db.fetchOne("SELECT left_on FROM staff WHERE id = ?", [id]), let left = Rows.optionalDay(row, "left_on"),
            left <= today
        else { return }
        throw WijkteamError.invalid(tr("store.team.has_left", id, left))
    }

    @discardableResult
    func insertAbsence(staffID: StaffID, from: Day, to: Day?, kind: AbsenceKind) throws -> Int {
        try db.insertReturningID(
            "INSERT INTO staff_absence (staff_id, from_day, to_day, kind, set_by) VALUES (?, ?, ?, ?, ?)",
            [staffID, from.description, to?.description, kind.rawValue, actor.staffID])
    }
}

/// Reading and checking staff records for the team's changes.
enum TeamRows {
    static func load(_ db: some SQLRunner, _ id: StaffID) throws -> Staff {
        guard var staff = try db.fetchOne("SELECT * FROM staff WHERE id = ?", [id]).map(Rows.staff) else {
            throw WijkteamError.unknownStaff(id)
        }
        staff.absences = try db.fetchMapped("SELECT * FROM staff_absence WHERE staff_id = ? ORDER BY from_day, id", [id], Rows.absence)
        return staff
    }

    static func checkVersion(_ current: Staff, _ expected: Int?, today: Day) throws {
        guard let expected, expected != current.version else { return }
        throw WijkteamError.staleVersion(
            record: tr("store.record.staff", current.id), expected: expected, actual: current.version,
            changed: describe(current, today: today))
    }

    /// What the record says now, for whoever was refused: role, capacity, away or not.
    static func describe(_ s: Staff, today: Day) -> String {
        var parts = [s.role.label.lowercased(), tr("store.team.now.capacity", number(s.capacity))]
        if let away = s.absence(on: today) { parts.append(away.describe(today: today)) }
        if let left = s.leftOn { parts.append(tr("team.unavailable.left", left.dayMonth)) }
        return parts.joined(separator: ", ")
    }

    static func bumpVersion(_ db: some SQLRunner, _ current: Staff) throws {
        try db.execute("UPDATE staff SET version = version + 1 WHERE id = ? AND version = ?", [current.id, current.version])
        guard db.changesCount == 1 else { throw WijkteamError.invalid(tr("store.team.changed_while_saving", current.id)) }
    }

    static func openCases(_ db: some SQLRunner, of id: StaffID) throws -> [Int] {
        try db.fetchColumn("SELECT id FROM care_case WHERE regisseur_id = ? AND phase <> 'afgesloten' ORDER BY id", [id], "id")
    }

    /// The profile as the team lead may set it; the same rules as a district file's `staff.yaml`.
    static func validateProfile(_ s: Staff) throws {
        guard !s.id.isEmpty, s.id.count <= 64, s.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw WijkteamError.invalid(tr("store.team.id_pattern", s.id))
        }
        try Validation.name(s.name)
        if !s.discipline.isEmpty { try Validation.name(s.discipline, what: tr("store.team.what.discipline")) }
        guard s.capacity.isFinite, Team.capacityRange.contains(s.capacity) else {
            throw WijkteamError.invalid(
                tr("store.team.capacity", "\(s.capacity)", number(Team.capacityRange.lowerBound), number(Team.capacityRange.upperBound)))
        }
        guard !s.languages.isEmpty else { throw WijkteamError.invalid(tr("store.team.no_language")) }
        for language in s.languages { try Validation.language(language) }
        guard s.workDays.allSatisfy({ (0..<7).contains($0) }) else { throw WijkteamError.invalid(tr("store.team.work_days")) }
        if let account = s.account {
            guard !account.isEmpty, account.count <= 64, !account.unicodeScalars.contains(where: { $0.properties.isWhitespace }),
                !account.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            else { throw WijkteamError.invalid(tr("store.team.account_pattern", account)) }
        }
    }

    /// An away period ends on or after its first day and overlaps no other of the same colleague.
    static func validateAbsences(_ absences: [StaffAbsence]) throws {
        for (i, a) in absences.enumerated() {
            if let to = a.to, to < a.from { throw WijkteamError.invalid(tr("store.team.away.backwards", to, a.from)) }
            if let other = absences[..<i].first(where: { $0.overlaps(from: a.from, to: a.to) }) {
                let until = other.to.map(\.description) ?? tr("store.team.away.open")
                throw WijkteamError.invalid(tr("store.team.away.overlap", a.staffID, other.kind.label, other.from, until))
            }
        }
    }

    /// One OS account opens one staff record (need-to-know is the record's).
    static func requireFreeAccount(_ db: some SQLRunner, _ account: String?, for id: StaffID) throws {
        guard let account,
            let other = try db.fetchOne("SELECT id FROM staff WHERE account = ? AND id <> ?", [account, id])
        else { return }
        throw WijkteamError.invalid(tr("store.team.account_taken", account, other["id"] as String))
    }

    /// The fields that differ, as `staff_change` keeps them: the column's name, old and new as text.
    static func changedFields(from old: Staff, to new: Staff) -> [(field: String, old: String, new: String)] {
        let pairs: [(String, String, String)] = [
            ("name", old.name, new.name.trimmed), ("role", old.role.rawValue, new.role.rawValue),
            ("discipline", old.discipline, new.discipline.trimmed), ("expertise", Rows.join(old.expertise), Rows.join(new.expertise)),
            ("languages", old.languages.joined(separator: ","), new.languages.joined(separator: ",")),
            ("capacity", number(old.capacity), number(new.capacity)),
            ("work_days", WorkDays.text(old.workDays), WorkDays.text(new.workDays)), ("account", old.account ?? "", new.account ?? ""),
        ]
        return pairs.filter { $0.1 != $0.2 }.map { (field: $0.0, old: $0.1, new: $0.2) }
    }

    /// 6 as "6", 4.5 as "4.5": what `Double(_:)` reads back.
    static func number(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }

    static func ids(_ absences: [StaffAbsence]) -> String {
        absences.isEmpty ? "none" : absences.map { "#\($0.id)" }.joined(separator: ", ")
    }
}
