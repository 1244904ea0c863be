import Wijkteam

/// Imports, written once for both engines: a partner's arrears rows and a team's caseload come
/// in as one transaction, whole or nothing. Every row is matched against the households the
/// team knows (one index, read once) and against the households earlier rows of the same file
/// created; a row that may be several households is never guessed. Nothing is written in a
/// dry run, nor when the import is refused; otherwise one access-log row with the counts.
extension StoreWork {
    /// A household, person and signal or case to write for one row.
    private struct Planned {
        var line: Int
        var householdID: Int
        /// A household the team does not know yet, with its members' ids.
        var newHousehold: NewHousehold?
        var personIDs: [Int] = []
    }

    /// The next free ids, read once and counted up (inside the writer's transaction nobody else takes them).
    private struct NextIDs {
        var household: Int
        var person: Int
        init(_ db: DB) throws {
            household = (try db.fetchOne("SELECT MAX(id) AS last FROM household")?["last"] as Int? ?? 0) + 1
            person = (try db.fetchOne("SELECT MAX(id) AS last FROM person")?["last"] as Int? ?? 0) + 1
        }

        /// Takes ids for a new household and its members, and adds it to the index so later rows find it.
        mutating func take(_ h: NewHousehold, into index: inout HouseholdIndex) -> (Int, [Int]) {
            let id = household
            household += 1
            let ids = Array(person..<(person + h.members.count))
            person += ids.count
            let members = zip(ids, h.members).map { id, m in
                HouseholdIndex.Member(personID: id, name: m.name, birthDate: m.birthDate, birthYear: m.birthDate.year, isCurrent: true)
            }
            index.add(
                HouseholdIndex.Entry(
                    id: id, name: h.displayName, street: h.street, number: h.number, addition: h.addition,
                    postcode: h.postcode, buurt: h.buurt, leftDistrict: false, members: members))
            return (id, ids)
        }
    }

    // MARK: Signals

    package func importSignals(_ rows: [ArrearsRow], file: String, skipAmbiguous: Bool, dryRun: Bool, today: Day) throws -> ImportReport {
        try requireTeam(householdID: nil, caseID: nil, detail: "import signals", refusal: tr("store.denied.team.register"))
        var index = try householdIndex()
        var ids = try NextIDs(db)
        let known = Set(
            try db.fetchAll("SELECT partner, reference FROM signal WHERE reference IS NOT NULL").map {
                ($0["partner"] as String? ?? "") + "\u{0}" + ($0["reference"] as String)
            })
        var outcomes: [ImportReport.Row] = [], plans: [(ArrearsRow, Planned)] = []
        for row in rows {
            if known.contains(row.partner.rawValue + "\u{0}" + row.reference) {
                outcomes.append(ImportReport.Row(line: row.line, outcome: .alreadyImported(partner: row.partner, reference: row.reference)))
                continue
            }
            switch index.match(
                name: row.name, birthDate: row.birthDate, postcode: row.postcode, number: row.houseNumber, addition: row.addition)
            {
            case .matched(let id, let basis):
                outcomes.append(ImportReport.Row(line: row.line, outcome: .matched(household: id, by: basis)))
                plans.append((row, Planned(line: row.line, householdID: id)))
            case .ambiguous(let candidates):
                outcomes.append(ImportReport.Row(line: row.line, outcome: .ambiguous(candidates)))
            case .new:
                guard let born = row.birthDate else {
                    throw ImportError(file: file, line: row.line, message: "birth_date: " + tr("import.birth_date.needed"))
                }
                let h = NewHousehold(
                    street: "", number: row.houseNumber, addition: row.addition, postcode: row.postcode, buurt: "",
                    members: [NewPerson(name: row.name, birthDate: born, role: .adult, isClient: true)])
                let (id, personIDs) = ids.take(h, into: &index)
                outcomes.append(ImportReport.Row(line: row.line, outcome: .new(household: id)))
                plans.append((row, Planned(line: row.line, householdID: id, newHousehold: h, personIDs: personIDs)))
            }
        }
        var report = ImportReport(
            kind: .signals, file: file, rows: outcomes, dryRun: dryRun, skipAmbiguous: skipAmbiguous,
            written: plans.count)
        if report.refused { report.written = 0 }
        guard !report.refused, !dryRun else { return report }
        try insertHouseholds(plans.map(\.1))
        try insertSignals(plans, today: today)
        try AuditRows.insert(db, AuditEvent(.change, detail: "import signals \(Self.basename(file)): \(report.auditCounts)"), actor: actor)
        return report
    }

    private func insertSignals(_ plans: [(ArrearsRow, Planned)], today: Day) throws {
        let columns = [
            "household_id", "date", "source", "description", "domains", "safety", "partner", "reference", "arrears_months",
            "arrears_cents", "registered_by", "registered_on",
        ]
        try insertRows(
            "signal", columns,
            plans.map { row, plan -> [(any SQLArgument)?] in
                // Rent arrears put the home at risk: housing is a domain of the signal too.
                let domains: [LifeDomain] = row.partner == .rent ? [.financien, .huisvesting] : [.financien]
                return [
                    plan.householdID, row.received.description, SignalSource.vroegsignalering.rawValue, row.question, Rows.join(domains),
                    false, row.partner.rawValue, row.reference, row.monthsInArrears, row.amountInArrears, actor.staffID, today.description,
                ]
            })
    }

    // MARK: Caseload

    package func importCaseload(_ rows: [CaseloadRow], file: String, dryRun: Bool, today: Day) throws -> ImportReport {
        try requireTeam(householdID: nil, caseID: nil, detail: "import caseload", refusal: tr("store.denied.team.register"))
        let info = try SharedReads.districtInfo(db)
        let staff = try SharedReads.staff(db)
        var index = try householdIndex()
        var ids = try NextIDs(db)
        var openCase: [Int: Int] = [:]
        for r in try db.fetchAll("SELECT id, household_id FROM care_case WHERE phase <> 'afgesloten' ORDER BY id") {
            openCase[r["household_id"]] = r["id"] as Int
        }
        var outcomes: [ImportReport.Row] = [], plans: [(CaseloadRow, Planned, StaffID?)] = []
        var caseFromLine: [Int: Int] = [:]
        for row in rows {
            let regisseur = try ImportColumnCheck(file: file, line: row.line).regisseur(row.regisseur, staff: staff)
            if !row.buurt.isEmpty, !info.buurten.contains(row.buurt) {
                throw ImportError(
                    file: file, line: row.line, message: "buurt: " + tr("validation.buurt", row.buurt, info.buurten.joined(separator: ", "))
                )
            }
            switch Self.match(row, in: index) {
            case .matched(let id, let basis):
                if let c = openCase[id] {
                    outcomes.append(ImportReport.Row(line: row.line, outcome: .openCase(household: id, caseID: c, line: nil)))
                } else if let earlier = caseFromLine[id] {
                    outcomes.append(ImportReport.Row(line: row.line, outcome: .openCase(household: id, caseID: nil, line: earlier)))
                } else {
                    caseFromLine[id] = row.line
                    outcomes.append(ImportReport.Row(line: row.line, outcome: .matched(household: id, by: basis)))
                    plans.append((row, Planned(line: row.line, householdID: id), regisseur))
                }
            case .ambiguous(let candidates):
                outcomes.append(ImportReport.Row(line: row.line, outcome: .ambiguous(candidates)))
            case .new:
                let (id, personIDs) = ids.take(row.newHousehold, into: &index)
                caseFromLine[id] = row.line
                outcomes.append(ImportReport.Row(line: row.line, outcome: .new(household: id)))
                plans.append(
                    (row, Planned(line: row.line, householdID: id, newHousehold: row.newHousehold, personIDs: personIDs), regisseur))
            }
        }
        var report = ImportReport(kind: .caseload, file: file, rows: outcomes, dryRun: dryRun, skipAmbiguous: false, written: plans.count)
        if report.refused { report.written = 0 }
        guard !report.refused, !dryRun else { return report }
        try insertHouseholds(plans.map(\.1))
        try insertCases(plans, today: today)
        try AuditRows.insert(db, AuditEvent(.change, detail: "import caseload \(Self.basename(file)): \(report.auditCounts)"), actor: actor)
        return report
    }

    /// The household by its address and first member; failing that, any other member by name and birth date.
    private static func match(_ row: CaseloadRow, in index: HouseholdIndex) -> MatchOutcome {
        let first = row.members[0]
        let outcome = index.match(
            name: first.name, birthDate: first.birthDate, postcode: row.postcode, number: row.houseNumber,
            addition: row.addition)
        guard case .new = outcome else { return outcome }
        for m in row.members.dropFirst() {
            let other = index.match(name: m.name, birthDate: m.birthDate, postcode: "", number: "", addition: "")
            if case .new = other { continue }
            return other
        }
        return .new
    }

    private func insertCases(_ plans: [(CaseloadRow, Planned, StaffID?)], today: Day) throws {
        let first = (try db.fetchOne("SELECT MAX(id) AS last FROM care_case")?["last"] as Int? ?? 0) + 1
        var next = first
        let columns = ["id", "household_id", "opened", "source", "presenting", "domains", "phase", "regisseur_id", "complexity", "safety"]
        try insertRows(
            "care_case", columns,
            plans.map { row, plan, regisseur -> [(any SQLArgument)?] in
                defer { next += 1 }
                return [
                    next, plan.householdID, row.opened.description, SignalSource.other.rawValue, row.question, "", row.phase.rawValue,
                    regisseur, 2, false,
                ]
            })
        // Their history: an imported aanmelding began on its opening day (the file says so); a
        // later phase was entered on a day the file does not give, at the latest today (estimated);
        // the regisseur holds the case from today.
        let history = plans.enumerated().flatMap { i, plan -> [[(any SQLArgument)?]] in
            let (row, _, regisseur) = plan
            let opening = row.phase == .aanmelding
            let source: CaseHistorySource = opening ? .record : .estimated
            let phase: [(any SQLArgument)?] = [
                first + i, "phase", row.phase.rawValue, (opening ? row.opened : today).description, source.rawValue, actor.staffID,
            ]
            guard let regisseur else { return [phase] }
            return [phase, [first + i, "regisseur", regisseur, today.description, CaseHistorySource.app.rawValue, actor.staffID]]
        }
        try insertRows("case_history", ["case_id", "kind", "value", "on_day", "source", "recorded_by"], history)
    }

    // MARK: Writing

    /// The new households of `plans` with their members.
    private func insertHouseholds(_ plans: [Planned]) throws {
        let wijk = try SharedReads.districtInfo(db).wijk
        let fresh = plans.compactMap { p in p.newHousehold.map { (p, $0) } }
        try insertRows(
            "household", ["id", "name", "street", "number", "addition", "postcode", "buurt", "wijk", "language", "search_text"],
            fresh.map { p, h in
                [
                    p.householdID, h.displayName, h.street, h.number, h.addition, h.postcode, h.buurt, wijk, h.language,
                    HouseholdIndex.searchText(
                        name: h.displayName, street: h.street, number: h.number, addition: h.addition, postcode: h.postcode,
                        members: h.members.map(\.name)),
                ]
            })
        try insertRows(
            "person", ["id", "household_id", "name", "birth_year", "birth_date", "role", "is_client"],
            fresh.flatMap { p, h in
                zip(p.personIDs, h.members).map { id, m -> [(any SQLArgument)?] in
                    [id, p.householdID, m.name, m.birthDate.year, m.birthDate.description, m.role.rawValue, m.isClient]
                }
            })
    }

    /// Many rows in few statements: one INSERT per hundred rows (both engines take a VALUES list).
    private func insertRows(_ table: String, _ columns: [String], _ rows: [[(any SQLArgument)?]]) throws {
        let one = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + 100, rows.count)]
            try db.execute(
                "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                    + Array(repeating: one, count: chunk.count).joined(separator: ", "), chunk.flatMap { $0 })
            start += chunk.count
        }
    }

    static func basename(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}

/// A caseload row's regisseur: a staff member by id or OS account who can be regisseur.
private struct ImportColumnCheck {
    let file: String
    let line: Int

    func regisseur(_ text: String, staff: [Staff]) throws -> StaffID? {
        guard !text.isEmpty else { return nil }
        guard let s = staff.first(where: { $0.id == text }) ?? staff.first(where: { $0.account == text }) else {
            throw ImportError(file: file, line: line, message: "regisseur: " + tr("import.regisseur.unknown", text))
        }
        guard s.role.canBeRegisseur else {
            throw ImportError(file: file, line: line, message: "regisseur: " + WijkteamError.notARegisseur(s.id, s.role).description)
        }
        return s.id
    }
}
