import Wijkteam

// Correction, erasure and retention (issue 25, AVG art. 16/17): the team lead, the privacy
// officer or the local actor; every change one transaction with its access-log row (ids and
// field names only). The rules are the domain's (`ErasurePlan`, `RetentionPlan`).

/// What erasure leaves where a text may not be empty (a CHECK) or a reason must stay.
enum ErasedText {
    static let correctionReason = "erased (AVG art. 17)"
    static let meldcodeNote = "anonymised"
}

extension StoreWork {
    /// The AVG duties are the team lead's and the privacy officer's: others are refused with a denied row.
    func requireRecordKeeper(_ detail: String, householdID: Int? = nil) throws {
        guard try AuditRows.viewer(db, actor).role.keepsRecords else {
            throw AccessDenied(
                event: AuditEvent(.change, householdID: householdID, detail: detail, result: .denied),
                error: .accessDenied(tr("store.denied.records")))
        }
    }

    // MARK: Correction (art. 16)

    package func correctPerson(personID: Int, _ request: PersonCorrection.Request, reason: String, expectedVersion: Int?, today: Day)
        throws -> Person
    {
        let current = try currentPerson(personID)
        try requireRecordKeeper("correct person #\(personID)", householdID: current.householdID)
        try checkVersion(expectedVersion, current.version, record: tr("store.record.person", current.name), now: current.name)
        guard try db.fetchOne("SELECT erased_on FROM person WHERE id = ?", [personID])?["erased_on"] as String? == nil else {
            throw WijkteamError.invalid(tr("store.correction.erased", personID))
        }
        guard !reason.trimmed.isEmpty else { throw WijkteamError.invalid(tr("store.correction.reason")) }
        try Validation.text(reason, what: tr("validation.what.reason"), required: true)
        let changes = request.changes(of: current)
        guard !changes.isEmpty else { throw WijkteamError.invalid(tr("store.correction.nothing", personID)) }
        let p = request.applied(to: current)
        try Validation.name(p.name)
        if let birthDate = p.birthDate {
            try NewPerson(name: p.name, birthDate: birthDate, role: p.role, isClient: p.isClient).validate(today: today)
        }
        try db.execute(
            "UPDATE person SET name = ?, birth_year = ?, birth_date = ?, role = ?, version = version + 1 WHERE id = ? AND version = ?",
            [p.name, p.birthYear, p.birthDate?.description, p.role.rawValue, personID, current.version])
        for c in changes {
            try db.execute(
                """
                INSERT INTO person_correction (person_id, field, old_value, new_value, reason, corrected_on, corrected_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [personID, c.field, c.old, c.new, reason.trimmed, today.description, actor.staffID])
        }
        try db.execute("UPDATE household SET version = version + 1 WHERE id = ?", [current.householdID])
        try refreshSearchText(current.householdID)
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: current.householdID,
                detail: "person #\(personID) corrected (\(changes.map(\.field).joined(separator: ", ")))"), actor: actor)
        return try currentPerson(personID)
    }

    /// The person's corrections, oldest first; reading them is logged.
    package func personCorrections(personID: Int) throws -> [PersonCorrection] {
        let person = try currentPerson(personID)
        try requireRecordKeeper("read corrections of person #\(personID)", householdID: person.householdID)
        try AuditRows.insert(
            db, AuditEvent(.openHousehold, householdID: person.householdID, detail: "corrections of person #\(personID)"), actor: actor)
        return try db.fetchMapped("SELECT * FROM person_correction WHERE person_id = ? ORDER BY id", [personID]) { r in
            PersonCorrection(
                id: r["id"], personID: r["person_id"], field: r["field"], oldValue: r["old_value"], newValue: r["new_value"],
                reason: r["reason"], correctedOn: Day(r["corrected_on"] as String) ?? Day(daysSinceEpoch: 0),
                correctedBy: r["corrected_by"])
        }
    }

    // MARK: Erasure (art. 17)

    /// The plan for erasing the person; with `apply`, carried out in this transaction.
    package func erasePerson(personID: Int, reason: String, apply: Bool, today: Day) throws -> ErasurePlan {
        let person = try currentPerson(personID)
        try requireRecordKeeper("erase person #\(personID)", householdID: person.householdID)
        guard !reason.trimmed.isEmpty else { throw WijkteamError.invalid(tr("store.erasure.reason")) }
        let erased = try db.fetchOne("SELECT erased_on FROM person WHERE id = ?", [personID])?["erased_on"] as String? != nil
        let others: Int =
            try db.fetchOne(
                "SELECT count(*) AS n FROM person WHERE household_id = ? AND id <> ? AND erased_on IS NULL", [person.householdID, personID]
            )?["n"] ?? 0
        let plan = ErasurePlan(
            ErasureInput(
                personID: personID, householdID: person.householdID, alreadyErased: erased, otherMembersNotErased: others,
                cases: try heldCases(householdID: person.householdID), policy: try retentionPolicy(), today: today,
                openSignal: try openSignalHouseholds(householdID: person.householdID).contains(person.householdID)))
        guard apply else { return plan }
        if !plan.personKept, !erased {
            for id in plan.casesAnonymised { try anonymiseCase(id, today: today) }
            try erasePersonRow(personID, today: today)
            if plan.householdAnonymised { try anonymiseHousehold(person.householdID, today: today) }
        }
        let kept = plan.items.filter { $0.action == .keep && $0.subject != .accessLog && $0.reason != .keptByCase }.map(\.reason.rawValue)
        let cases = plan.casesAnonymised.map { "#\($0)" }.joined(separator: ", ")
        let detail =
            plan.personKept || erased
            ? "erasure of person #\(personID) refused (\(Set(kept).sorted().joined(separator: ", ")))"
            : "person #\(personID) erased (AVG art. 17)" + (cases.isEmpty ? "" : "; cases \(cases) anonymised")
                + (plan.householdAnonymised ? "; household anonymised" : "")
        try AuditRows.insert(db, AuditEvent(.change, householdID: person.householdID, detail: detail), actor: actor)
        return plan
    }

    /// Name and birth date gone, marked erased; what is about them emptied. The birth year stays:
    /// it decides the household's other files' retention law (a minor's), and alone names nobody.
    func erasePersonRow(_ id: Int, today: Day) throws {
        try db.execute(
            "UPDATE person SET name = '', birth_date = NULL, erased_on = ?, version = version + 1 WHERE id = ? AND erased_on IS NULL",
            [today.description, id])
        try db.execute("UPDATE journal_entry SET text = '', search_text = '' WHERE about_person_id = ?", [id])
        try db.execute("UPDATE plan_goal SET text = '', version = version + 1 WHERE person_id = ?", [id])
        try PlanRows.erasePerson(db, id)
        try db.execute(
            "UPDATE person_correction SET old_value = '', new_value = '', reason = ? WHERE person_id = ?",
            [ErasedText.correctionReason, id])
        guard let h = try db.fetchOne("SELECT household_id FROM person WHERE id = ?", [id])?["household_id"] as Int? else { return }
        try db.execute("UPDATE household SET version = version + 1 WHERE id = ?", [h])
        try refreshSearchText(h)
    }

    /// A case's texts emptied; what the figures count stays (phase, dates, domains, complexity,
    /// regisseur, the number of entries and their kinds, ZRM scores).
    func anonymiseCase(_ id: Int, today: Day) throws {
        try db.execute(
            """
            UPDATE care_case SET presenting = '', behind = NULL, discussion = NULL,
                closed_reason = CASE WHEN closed_reason IS NULL THEN NULL ELSE '' END, anonymised_on = ?, version = version + 1
            WHERE id = ?
            """, [today.description, id])
        try db.execute("UPDATE journal_entry SET text = '', search_text = '' WHERE case_id = ?", [id])
        try db.execute(
            "UPDATE follow_up SET note = '', outcome = CASE WHEN outcome IS NULL THEN NULL ELSE '' END, version = version + 1 WHERE case_id = ?",
            [id])
        try db.execute("UPDATE plan_goal SET text = '', version = version + 1 WHERE case_id = ?", [id])
        try PlanRows.anonymiseCase(db, id)
        try db.execute("UPDATE provision SET description = '', network_reason = NULL, version = version + 1 WHERE case_id = ?", [id])
        try db.execute("UPDATE decision SET text = '' WHERE case_id = ?", [id])
        try db.execute("UPDATE meeting_minute SET text = '', detail = NULL WHERE case_id = ?", [id])
        // A Kindcheck's note is about the children; no figure counts it.
        try db.execute("DELETE FROM kindcheck WHERE case_id = ?", [id])
        try anonymiseSignals("case_id = ?", id)
    }

    /// The household's address and name gone, its network and signals emptied; buurt and wijk stay (figures).
    func anonymiseHousehold(_ id: Int, today: Day) throws {
        for p in try db.fetchColumn("SELECT id FROM person WHERE household_id = ? AND erased_on IS NULL", [id], "id", as: Int.self) {
            try erasePersonRow(p, today: today)
        }
        try db.execute(
            """
            UPDATE household SET name = '', street = '', number = '', addition = '', postcode = '', learning_note = NULL, search_text = '',
                anonymised_on = ?, version = version + 1
            WHERE id = ?
            """, [today.description, id])
        try PlanRows.forgetTies(db, householdID: id)
        try db.execute("DELETE FROM network_tie WHERE household_id = ?", [id])
        try db.execute("UPDATE meeting_minute SET text = '', detail = NULL WHERE household_id = ?", [id])
        try anonymiseSignals("household_id = ?", id)
    }

    private func anonymiseSignals(_ condition: String, _ id: Int) throws {
        try db.execute(
            """
            UPDATE meldcode_step SET note = ? WHERE signal_id IN (SELECT id FROM signal WHERE \(condition))
            """, [ErasedText.meldcodeNote, id])
        try db.execute(
            """
            UPDATE signal SET description = '', reporter_name = NULL, reporter_org = NULL, reporter_phone = NULL, reference = NULL,
                version = version + 1
            WHERE \(condition)
            """, [id])
    }
}
