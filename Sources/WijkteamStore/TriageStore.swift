import GRDB
import Wijkteam

extension StoreWork {
    /// Urgency context for every household with an open signal.
    package func triageContexts(today: Day, only household: Int? = nil) throws -> [Int: TriageContext] {
        let ids =
            try household.map { [$0] }
            ?? db.fetchColumn(
                "SELECT DISTINCT household_id FROM signal WHERE status = 'open' AND household_id IS NOT NULL", [],
                "household_id", as: Int.self)
        guard !ids.isEmpty else { return [:] }
        let list = ids.map(String.init).joined(separator: ",")
        var out: [Int: TriageContext] = [:]
        for r in try db.fetchAll("SELECT id, name, language FROM household WHERE id IN (\(list))") {
            out[r["id"]] = TriageContext(householdName: r["name"], language: r["language"])
        }
        // Members now: children under 12 and under 4, and whether the only one is 75 or older
        // (birth years: an age is the calendar year's difference, as elsewhere).
        for r in try db.fetchAll("""
            SELECT household_id, COUNT(*) AS members, MIN(birth_year) AS eldest,
                   SUM(CASE WHEN birth_year > ? THEN 1 ELSE 0 END) AS under12, SUM(CASE WHEN birth_year > ? THEN 1 ELSE 0 END) AS under4
            FROM person WHERE household_id IN (\(list)) AND left_on IS NULL GROUP BY household_id
            """, [today.year - 12, today.year - 4])
        {
            let id: Int = r["household_id"], members: Int = r["members"], eldest: Int = r["eldest"]
            out[id, default: TriageContext()].childrenUnder12 = r["under12"]
            out[id]?.childrenUnder4 = r["under4"]
            out[id]?.livesAloneAged75 = members == 1 && today.year - eldest >= 75
        }
        // Latest score per adult and domain; acute when it is 1.
        for r in try db.fetchAll("""
            SELECT p.household_id, z.domain FROM zrm_score z JOIN person p ON p.id = z.person_id
            WHERE p.household_id IN (\(list)) AND p.left_on IS NULL AND z.score = 1
              AND z.date = (SELECT MAX(date) FROM zrm_score z2 WHERE z2.person_id = z.person_id AND z2.domain = z.domain)
            """) {
            if let d = LifeDomain(rawValue: r["domain"]), out[r["household_id"]]?.acuteDomains.contains(d) == false {
                out[r["household_id"]]?.acuteDomains.append(d)
            }
        }
        // No row below: a household without any network tie (vulnerable).
        for id in out.keys { out[id]?.noNetworkTies = true }
        // Carer load (SCP): long and intensive is over 8 h/week since over 3 months ago; heavy is
        // the carer's own burden 4 or 5, or the exhausted mark.
        for r in try db.fetchAll("""
            SELECT household_id, MAX(COALESCE(carer_hours, 0)) AS hours, MAX(exhausted) AS exhausted, COUNT(*) AS ties,
                   SUM(CASE WHEN strength = 'strong' THEN 1 ELSE 0 END) AS strong,
                   SUM(CASE WHEN strength IN ('stressful', 'broken') THEN 1 ELSE 0 END) AS strained,
                   MAX(CASE WHEN carer_hours > ? AND carer_since < ? THEN 1 ELSE 0 END) AS long_intensive,
                   MAX(CASE WHEN exhausted = 1 OR carer_burden >= ? THEN 1 ELSE 0 END) AS heavy
            FROM network_tie WHERE household_id IN (\(list)) GROUP BY household_id
            """, [CarerLoad.intensiveHoursPerWeek, today.subtracting(months: CarerLoad.longMonths).description, CarerLoad.heavyBurden])
        {
            out[r["household_id"]]?.noNetworkTies = false
            out[r["household_id"]]?.carerLongAndIntensive = r["long_intensive"]
            out[r["household_id"]]?.carerHeavy = r["heavy"]
            out[r["household_id"]]?.maxCarerHours = r["hours"]
            out[r["household_id"]]?.exhaustedCarer = r["exhausted"]
            out[r["household_id"]]?.ties = r["ties"]
            out[r["household_id"]]?.strongTies = r["strong"]
            out[r["household_id"]]?.strainedTies = r["strained"]
        }
        for r in try db.fetchAll("""
            SELECT household_id, COUNT(*) AS n FROM signal WHERE status = 'open' AND household_id IN (\(list)) GROUP BY household_id
            """) {
            out[r["household_id"]]?.otherSignals = (r["n"] as Int) - 1
        }
        // Every case of these households in one read (by the household index): closed ones are
        // counted, the newest open one is the household's. Counting the closed in SQL made SQLite
        // take the phase index and visit every closed case of the district (5–9 ms on the city).
        let cases = "SELECT household_id, id, regisseur_id, version, phase FROM care_case WHERE household_id IN (\(list)) ORDER BY id"
        for r in try db.fetchAll(cases) {
            let household: Int = r["household_id"], phase: String = r["phase"]
            if phase == Phase.afgesloten.rawValue {
                out[household]?.closedCases += 1
            } else {
                out[household]?.openCaseID = r["id"]
                out[household]?.openCaseVersion = r["version"]
                out[household]?.regisseurID = r["regisseur_id"]
            }
        }
        return out
    }

    /// Triage: creates or updates the household's case, plans the follow-up, records the decision
    /// and takes the signal out of the queue, all in one transaction. A safety signal needs its
    /// Meldcode concluded first (step 5, the acute path, or ended after an earlier step).
    @discardableResult
    package func decideTriage(signalID: Int, decision d: TriageDecision, by staff: StaffID, on today: Day,
                             expectedVersion: Int? = nil) throws -> Case {
        try decideTriageUndoably(signalID: signalID, decision: d, by: staff, on: today, expectedVersion: expectedVersion).case
    }

    /// The same, with what it takes to undo it (`undoTriage`).
    package func decideTriageUndoably(signalID: Int, decision d: TriageDecision, by staff: StaffID, on today: Day,
                                      expectedVersion: Int? = nil) throws -> (case: Case, undo: TriageUndo) {
        let (signal, householdID) = try checkTriage(signalID: signalID, decision: d, on: today, expectedVersion: expectedVersion)
        try checkTriageRegisseur(d, householdID: householdID, today: today)
        let (result, before) = try triageCase(signal: signal, householdID: householdID, decision: d, on: today)
        try CaseHistoryRows.changed(db, from: before, to: result, on: today, by: actor.staffID)
        var followUpOwner: StaffID?
        var followUpID: Int?
        if let f = d.followUp {
            guard result.isOpen else {
                throw WijkteamError.invalid(tr("store.triage.follow_up_needs_open_case", d.route.label))
            }
            followUpOwner = f.owner ?? d.regisseur ?? result.regisseurID ?? staff
            followUpID = try db.insertReturningID("INSERT INTO follow_up (case_id, kind, due, owner_id, note) VALUES (?, ?, ?, ?, ?)",
                                                  [result.id, f.kind.rawValue, f.due.description, followUpOwner, f.note])
        }
        try db.execute("""
            UPDATE signal SET status = 'triaged', route = ?, decided_on = ?, decided_by = ?, case_id = ?, version = version + 1
            WHERE id = ?
            """, [d.route.rawValue, today.description, staff, result.id, signalID])
        var text = "Triage of signal #\(signalID) (\(signal.source.label)): \(d.route.label)"
        if let r = d.regisseur { text += "; regisseur \(r)" }
        if let f = d.followUp { text += "; \(f.kind.label) follow-up due \(f.due)" }
        if !d.note.isEmpty { text += "; \(d.note)" }
        try db.execute("INSERT INTO decision (case_id, date, text, owner_id, due, meeting_id) VALUES (?, ?, ?, ?, ?, ?)",
                       [result.id, today.description, text, staff, d.followUp?.due.description, d.meetingID])
        try AuditRows.insert(db, AuditEvent(.change, householdID: householdID, caseID: result.id,
                                            detail: "signal #\(signalID) triaged: \(d.route.rawValue)"), actor: actor)
        if let meetingID = d.meetingID {
            try minuteTriage(signal: signal, householdID: householdID, decision: d, meetingID: meetingID, result: result, before: before,
                             followUpOwner: followUpOwner)
        }
        return (result, TriageUndo(signalID: signalID, signalVersion: signal.version + 1, route: d.route, before: before, after: result,
                                   followUpID: followUpID))
    }

    /// Reads the signal and checks the decision can be taken: the team's own, still open, the
    /// version seen, a household, valid texts and due date, the Meldcode steps of a safety
    /// signal, a regisseur who may be one. Returns the signal and its household.
    private func checkTriage(signalID: Int, decision d: TriageDecision, on today: Day,
                             expectedVersion: Int?) throws -> (signal: Signal, householdID: Int) {
        guard let row = try db.fetchOne("SELECT * FROM signal WHERE id = ?", [signalID]) else {
            throw WijkteamError.invalid(tr("store.signal.missing", signalID))
        }
        let signal = Rows.signal(row)
        try requireTeam(householdID: signal.householdID, caseID: nil, detail: "triage", refusal: tr("store.denied.team.triage"))
        guard (row["status"] as String) == "open" else { throw WijkteamError.invalid(tr("store.signal.already_triaged", signalID)) }
        if let expectedVersion, expectedVersion != signal.version {
            throw WijkteamError.staleVersion(record: tr("store.record.signal", signalID), expected: expectedVersion, actual: signal.version,
                                             changed: tr("store.signal.changed"))
        }
        guard let householdID = signal.householdID else {
            throw WijkteamError.invalid(tr("store.signal.no_household", signalID))
        }
        if let f = d.followUp {
            try Validation.followUpDue(f.due, today: today)
            try Validation.text(f.note, what: tr("validation.what.note"))
        }
        try Validation.text(d.note, what: tr("validation.what.note"))
        if signal.safety {
            try Meldcode.checkConcluded(try MeldcodeRows.load(db, signalID: signalID))
        }
        if let r = d.regisseur {
            guard let role = try db.fetchOne("SELECT role FROM staff WHERE id = ?", [r]).flatMap({ StaffRole(rawValue: $0["role"]) }) else {
                throw WijkteamError.unknownStaff(r)
            }
            guard role.canBeRegisseur else { throw WijkteamError.notARegisseur(r, role) }
            try requireNotLeft(r, today: today)
        }
        return (signal, householdID)
    }

    /// Updates the household's open case as the decision says (when the team keeps it), or opens
    /// one (closed at once when the team does not keep it). Returns the case after, and before.
    private func triageCase(signal: Signal, householdID: Int, decision d: TriageDecision,
                            on today: Day) throws -> (result: Case, before: Case?) {
        var result: Case
        var before: Case?
        if let existing = try db.fetchOne("""
            SELECT * FROM care_case WHERE household_id = ? AND phase <> 'afgesloten' ORDER BY id DESC LIMIT 1
            """, [householdID]).map(Rows.case) {
            if let expected = d.expectedCaseVersion, expected != existing.version {
                throw WijkteamError.staleVersion(record: tr("store.record.case", existing.id), expected: expected, actual: existing.version,
                                                 changed: StoreWork.regisseurNow(existing))
            }
            result = existing
            before = existing
            if d.route.teamKeepsCase {
                if let r = d.regisseur { result.regisseurID = r }
                if result.phase == .aanmelding || result.phase == .triage { result.phase = .keukentafelgesprek }
                if d.route == .safety || signal.safety { result.safety = true }
                result.domains = Array(Set(result.domains + signal.domains)).sorted { $0.rawValue < $1.rawValue }
                try db.execute("""
                    UPDATE care_case SET regisseur_id = ?, phase = ?, safety = ?, domains = ?, version = version + 1
                    WHERE id = ? AND version = ?
                    """, [result.regisseurID, result.phase.rawValue, result.safety, Rows.join(result.domains),
                          result.id, existing.version])
                result.version += 1
            }
        } else {
            let id = (try db.fetchOne("SELECT MAX(id) AS last FROM care_case")?["last"] as Int? ?? 0) + 1
            let keep = d.route.teamKeepsCase
            result = Case(id: id, householdID: householdID, opened: today, source: signal.source,
                          presentingQuestion: signal.description, domains: signal.domains,
                          phase: keep ? .keukentafelgesprek : .afgesloten, regisseurID: keep ? d.regisseur : nil,
                          complexity: 2, safety: signal.safety || d.route == .safety,
                          closedReason: keep ? nil : "triage: \(d.route.label)")
            try db.execute("""
                INSERT INTO care_case (id, household_id, opened, source, presenting, domains, phase, regisseur_id, complexity,
                                       safety, closed_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, householdID, today.description, signal.source.rawValue, signal.description,
                      Rows.join(signal.domains), result.phase.rawValue, result.regisseurID, 2, result.safety,
                      result.closedReason])
        }
        return (result, before)
    }

    /// Decided during the meeting: the besluitenlijst holds the route, the new regisseur and
    /// the follow-up, under the signal's agenda item.
    private func minuteTriage(signal: Signal, householdID: Int, decision d: TriageDecision, meetingID: Int, result: Case, before: Case?,
                              followUpOwner: StaffID?) throws {
        let signalID = signal.id
        let key = "signal:\(signalID)"
        let route = tr("store.minute.triage", signalID, signal.source.label, d.route.label)
        try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .decision, itemKey: key, caseID: result.id, householdID: householdID,
                                     text: d.note.trimmed.isEmpty ? route : "\(route); \(d.note)", ownerID: nil, due: nil, detail: nil)
        if result.isOpen, result.regisseurID != before?.regisseurID {
            try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .assignment, itemKey: key, caseID: result.id, householdID: householdID,
                                         text: "", ownerID: result.regisseurID, due: nil, detail: before?.regisseurID)
        }
        if let f = d.followUp {
            try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .followUp, itemKey: key, caseID: result.id, householdID: householdID,
                                         text: f.note, ownerID: followUpOwner, due: f.due, detail: f.kind.rawValue)
        }
    }
}
