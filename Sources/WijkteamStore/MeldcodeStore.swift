import Wijkteam

/// The Meldcode's steps as rows (the store and the district importer share them).
enum MeldcodeRows {
    static let columns = """
        signal_id, step, done_by, done_on, note, consulted, violence_suspected, unsafety, help_possible, client_accepts,
        lasting_safety, report_vt, help_organised, acute, ends_with, legacy
        """

    static func insert(_ db: some SQLRunner, signalID: Int, _ r: MeldcodeRecord) throws {
        let a = r.afweging
        try db.execute(
            "INSERT INTO meldcode_step (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                signalID, r.step.rawValue, r.doneBy, r.doneOn.description, r.note,
                r.consulted.isEmpty ? nil : r.consulted.map(\.rawValue).joined(separator: ","),
                a?.violenceSuspected, a?.unsafety, a?.helpPossible, a?.clientAccepts, a?.lastingSafety,
                r.reportToVeiligThuis, r.helpOrganised, r.acute, r.endsWith?.rawValue, r.legacy,
            ])
    }

    static func record(_ r: some SQLRow) -> MeldcodeRecord? {
        guard let step = MeldcodeStep(rawValue: r["step"]) else { return nil }
        let consulted = ((r["consulted"] as String?) ?? "").split(separator: ",").compactMap { MeldcodeConsultee(rawValue: String($0)) }
        var afweging: Afweging?
        if let v = r["violence_suspected"] as Bool?, let u = r["unsafety"] as Bool?, let h = r["help_possible"] as Bool?,
            let c = r["client_accepts"] as Bool?, let l = r["lasting_safety"] as Bool?
        {
            afweging = Afweging(violenceSuspected: v, unsafety: u, helpPossible: h, clientAccepts: c, lastingSafety: l)
        }
        return MeldcodeRecord(
            step: step, doneBy: r["done_by"], doneOn: Rows.day(r, "done_on"), note: r["note"], consulted: consulted,
            afweging: afweging, reportToVeiligThuis: r["report_vt"], helpOrganised: r["help_organised"],
            acute: (r["acute"] as Bool?) ?? false, endsWith: (r["ends_with"] as String?).flatMap(MeldcodeEnding.init),
            legacy: (r["legacy"] as Bool?) ?? false)
    }

    static func load(_ db: some SQLRunner, signalID: Int) throws -> [MeldcodeRecord] {
        try db.fetchAll("SELECT * FROM meldcode_step WHERE signal_id = ? ORDER BY step", [signalID]).compactMap(record)
    }

    /// The decision list's line: the step, its answers (the two decisions named apart) and the note.
    static func decisionText(signalID: Int, _ r: MeldcodeRecord) -> String {
        let answers = Meldcode.answersText(r)
        return "Meldcode signal #\(signalID), \(r.step.label)\(answers.isEmpty ? "" : " (\(answers))"): \(r.note)"
    }
}

extension StoreWork {
    /// Recorded Meldcode steps per signal. Who may not read the signal sees who did which step
    /// and when, not the note nor the answers (they say as much as the signal).
    package func meldcodeSteps() throws -> [Int: [MeldcodeRecord]] {
        // Staff outside the team see no signals, so no steps either.
        if try sharedCases() != nil { return [:] }
        var out: [Int: [MeldcodeRecord]] = [:]
        let rows = try db.fetchAll(
            """
            SELECT m.*, s.household_id FROM meldcode_step m JOIN signal s ON s.id = m.signal_id ORDER BY m.signal_id, m.step
            """)
        let reader = try SafetyReader.load(db, actor: actor, households: Set(rows.compactMap { $0["household_id"] as Int? }))
        for r in rows {
            guard let record = MeldcodeRows.record(r) else { continue }
            let readable = reader?.canReadSignal(household: r["household_id"]) ?? true
            out[r["signal_id"], default: []].append(readable ? record : record.withholding)
        }
        return out
    }

    /// Records one Meldcode step for a safety signal, checked against the steps before it
    /// (`Meldcode.check`): in order, or step 5 at once on acute danger; nothing after an ending;
    /// each step's answers. One transaction with its decision row and audit row.
    package func recordMeldcodeStep(signalID: Int, _ record: MeldcodeRecord) throws {
        guard let s = try db.fetchOne("SELECT * FROM signal WHERE id = ?", [signalID]) else {
            throw WijkteamError.invalid(tr("store.signal.missing", signalID))
        }
        try requireTeam(
            householdID: s["household_id"], caseID: s["case_id"], detail: "the Meldcode",
            refusal: tr("store.denied.team.meldcode"))
        // Recording a step needs the right to read the signal (else a step would unlock it).
        if s["safety"] as Bool,
            let reader = try SafetyReader.load(db, actor: actor, households: Set([s["household_id"] as Int?].compactMap { $0 })),
            !reader.canReadSignal(household: s["household_id"])
        {
            throw AccessDenied(
                event: AuditEvent(
                    .change, householdID: s["household_id"], caseID: s["case_id"],
                    detail: "Meldcode step on signal #\(signalID)", result: .denied),
                error: .accessDenied(tr("store.denied.safety_signal", signalID)))
        }
        guard s["safety"] as Bool else { throw WijkteamError.invalid(tr("store.signal.not_safety", signalID)) }
        guard (s["status"] as String) == "open" else { throw WijkteamError.invalid(tr("store.signal.already_triaged", signalID)) }
        var r = record
        r.legacy = false
        r.withheld = false
        try Meldcode.check(r, after: try MeldcodeRows.load(db, signalID: signalID))
        guard try db.fetchOne("SELECT id FROM staff WHERE id = ?", [r.doneBy]) != nil else {
            throw WijkteamError.unknownStaff(r.doneBy)
        }
        try MeldcodeRows.insert(db, signalID: signalID, r)
        try db.execute("UPDATE signal SET version = version + 1 WHERE id = ?", [signalID])
        try db.execute(
            "INSERT INTO decision (case_id, date, text, owner_id) VALUES (?, ?, ?, ?)",
            [s["case_id"] as Int?, r.doneOn.description, MeldcodeRows.decisionText(signalID: signalID, r), r.doneBy])
        var detail = "Meldcode step \(r.step.rawValue) on signal #\(signalID)"
        if r.acute { detail += " (acute)" }
        if let e = r.endsWith { detail += " (ends: \(e.rawValue))" }
        try AuditRows.insert(db, AuditEvent(.change, householdID: s["household_id"], caseID: s["case_id"], detail: detail), actor: actor)
    }

    // MARK: Kindcheck

    /// Records the Kindcheck of an open case: need-to-know as the case's journal. A worry
    /// registers a safety signal for the household (source: the team's own observation) in the
    /// same transaction; its number is kept with the check.
    @discardableResult
    package func recordKindcheck(caseID: Int, worry: Bool, note: String, on day: Day) throws -> KindcheckRecord {
        let c = try CaseWorkRows.loadCase(db, caseID)
        try requireCaseWrite(c, detail: "Kindcheck")
        guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
        try Kindcheck.validate(note: note)
        let body = note.trimmed
        let me = try AuditRows.viewer(db, actor).id
        if let done = try db.fetchOne("SELECT done_by, done_on FROM kindcheck WHERE case_id = ?", [caseID]) {
            throw WijkteamError.invalid(tr("store.kindcheck.done", caseID, done["done_by"] as String, done["done_on"] as String))
        }
        var signalID: Int?
        if worry {
            signalID = try db.insertReturningID(
                """
                INSERT INTO signal (household_id, date, source, description, domains, safety, registered_by, registered_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    c.householdID, day.description, SignalSource.ownObservation.rawValue, "Kindcheck: \(body)", "", true,
                    me, day.description,
                ])
            try AuditRows.insert(
                db,
                AuditEvent(
                    .change, householdID: c.householdID, caseID: caseID,
                    detail: "signal #\(signalID!) registered (own_observation, safety)"), actor: actor)
        }
        let id = try db.insertReturningID(
            "INSERT INTO kindcheck (case_id, done_by, done_on, worry, note, signal_id) VALUES (?, ?, ?, ?, ?, ?)",
            [caseID, me, day.description, worry, body, signalID])
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: c.householdID, caseID: caseID,
                detail: "Kindcheck #\(id) recorded (\(worry ? "worry" : "no worry"))"), actor: actor)
        return KindcheckRecord(id: id, caseID: caseID, doneBy: me, doneOn: day, worry: worry, note: body, signalID: signalID)
    }

    /// The Kindchecks of a case, for the team. The note says as much as a safety signal about the
    /// household (a worry's note is the signal's text): who may not read those sees who checked
    /// and when, not the note nor the answer. The read is logged.
    package func kindchecks(caseID: Int) throws -> [KindcheckRecord] {
        let c = try CaseWorkRows.loadCase(db, caseID)
        try requireCaseWrite(c, detail: "read Kindcheck")
        let readable = try SafetyReader.load(db, actor: actor, households: [c.householdID])?.canReadSignal(household: c.householdID) ?? true
        let records = try db.fetchAll("SELECT * FROM kindcheck WHERE case_id = ? ORDER BY id", [caseID]).map {
            KindcheckRecord(
                id: $0["id"], caseID: $0["case_id"], doneBy: $0["done_by"], doneOn: Rows.day($0, "done_on"),
                worry: readable ? $0["worry"] : false, note: readable ? $0["note"] : "", signalID: readable ? $0["signal_id"] : nil)
        }
        try AuditRows.insert(
            db,
            AuditEvent(
                .openJournal, householdID: c.householdID, caseID: caseID,
                detail: "Kindcheck of case #\(caseID) read\(readable ? "" : " (note withheld)")"), actor: actor)
        return records
    }

    /// The open cases that need a Kindcheck (`Kindcheck.due`), with their number of children.
    package func kindchecksDue(today: Day) throws -> [Int: Int] {
        try kindchecksDue(today: today) { sql, columns, take in try eachRow(sql, names: columns, take) }
    }

    /// The same from rows stepped any way (`OutlineFields`, at `KindcheckSQL`'s columns, each
    /// handed to `take` as it comes); SQLite steps them with its C API (15,000 members on a city).
    package func kindchecksDue<R: OutlineFields>(
        today: Day, step: (String, [String], (R) -> Void) throws -> Void
    ) throws -> [Int: Int] {
        // Only what the check looks at: each open case's household, and who lives there (age,
        // client or not); no texts or names (the agenda paid 50 ms on a city for reading them whole).
        var cases: [(id: Int, householdID: Int, phase: Phase)] = []
        try step(KindcheckSQL.cases, KindcheckSQL.caseColumns) { r in
            cases.append((r.int(0), r.int(1), r.text(2).flatMap(Phase.init) ?? .aanmelding))
        }
        guard !cases.isEmpty else { return [:] }
        let done = try kindcheckedCases()
        // Both lists by household: one household's members are held at a time (the whole city's
        // members at once, with a copy by household, were 4 MB of the screens' peak at start).
        var due: [Int: Int] = [:], nextCase = 0
        var household: Int?, members: [Person] = []
        func decide() {
            guard let household else { return }
            while nextCase < cases.count, cases[nextCase].householdID < household { nextCase += 1 }
            var its: [Case] = []
            while nextCase < cases.count, cases[nextCase].householdID == household {
                let c = cases[nextCase]
                its.append(
                    Case(
                        id: c.id, householdID: c.householdID, opened: Day(daysSinceEpoch: 0), source: .other, presentingQuestion: "",
                        domains: [], phase: c.phase))
                nextCase += 1
            }
            Kindcheck.addDueCases(its, householdID: household, members: members, done: done, today: today, to: &due)
        }
        try step(KindcheckSQL.members, KindcheckSQL.memberColumns) { r in
            if r.int(1) != household {
                decide()
                household = r.int(1)
                members.removeAll(keepingCapacity: true)
            }
            members.append(
                Person(
                    id: r.int(0), householdID: r.int(1), name: "", birthYear: r.int(2), role: r.text(3).flatMap(MemberRole.init) ?? .other,
                    isClient: r.bool(4), birthDate: r.day(5), leftOn: r.day(6), leftReason: r.text(7).flatMap(LeavingReason.init),
                    version: r.int(8)))
        }
        decide()
        return due
    }

    /// The cases that have a Kindcheck (numbers only: the prompt needs no texts).
    package func kindcheckedCases() throws -> Set<Int> {
        Set(try db.fetchColumn("SELECT DISTINCT case_id FROM kindcheck", [], "case_id", as: Int.self))
    }
}

/// What the Kindcheck prompt reads: the open cases, and the members living in their households.
enum KindcheckSQL {
    // Both by household (`kindchecksDue` walks them side by side); the members' order is the
    // IN list's, walked through `person_household`: no sort on SQLite.
    static let cases = "SELECT id, household_id, phase FROM care_case WHERE phase <> 'afgesloten' ORDER BY household_id, id"
    static let caseColumns = ["id", "household_id", "phase"]
    static let members = """
        SELECT id, household_id, birth_year, role, is_client, birth_date, left_on, left_reason, version FROM person
        WHERE left_on IS NULL AND household_id IN (SELECT household_id FROM care_case WHERE phase <> 'afgesloten')
        ORDER BY household_id
        """
    static let memberColumns = ["id", "household_id", "birth_year", "role", "is_client", "birth_date", "left_on", "left_reason", "version"]
}
