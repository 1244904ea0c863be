import Wijkteam

/// The front door, written once for both engines: registrations, households and people coming
/// in and changing, cases opened at the desk or reopened. Each change is one transaction with
/// its access-log row; changes to what exists are version-checked.
extension StoreWork {
    // MARK: Finding households

    /// Every household the actor may see, with its members, for matching a whole file.
    package func householdIndex() throws -> HouseholdIndex { try householdIndex(of: nil) }

    /// Households matching every typed word, found by their folded words (`search_text`, a scan
    /// without reading people), then searched as the index searches.
    package func findHouseholds(_ query: String, limit: Int) throws -> [HouseholdMatch] {
        let typed = JournalSearch.folded(query).split(separator: " ").map(String.init)
        guard !typed.isEmpty else { return [] }
        // Every word starts a word of theirs; or, for a postcode typed in pieces ("1234 a"), the
        // words together start its compact form. At most 5,000 go on to be ranked.
        let condition = Array(repeating: "' ' || search_text LIKE ?", count: typed.count).joined(separator: " AND ")
        // Need-to-know before the cap: staff outside the team search only their households.
        var visible = ""
        if let ids = try visibleHouseholdIDs() {
            guard !ids.isEmpty else { return [] }
            visible = " AND id IN (\(ids.sorted().map(String.init).joined(separator: ",")))"
        }
        let ids = try db.fetchColumn(
            "SELECT id FROM household WHERE ((\(condition)) OR ' ' || search_text LIKE ?)\(visible) ORDER BY id LIMIT 5000",
            typed.map { "% \($0)%" } + ["% \(typed.joined())%"], "id", as: Int.self)
        return try householdIndex(of: ids).search(query, limit: limit)
    }

    /// Known households a new one may be: at its address, or with a member born the same day
    /// (the index then compares names).
    package func possibleDuplicates(of h: NewHousehold) throws -> [HouseholdMatch] {
        var ids = try db.fetchColumn(
            "SELECT id FROM household WHERE postcode = ? AND number = ?",
            [(try? Postcode.validated(h.postcode)) ?? h.postcode, h.number], "id", as: Int.self)
        for p in h.members { ids += try householdsWithMemberBorn(p.birthDate) }
        return try householdIndex(of: ids).possibleDuplicates(of: h)
    }

    package func possibleDuplicates(of p: NewPerson) throws -> [HouseholdMatch] {
        try householdIndex(of: try householdsWithMemberBorn(p.birthDate)).possibleDuplicates(of: p)
    }

    private func householdsWithMemberBorn(_ day: Day) throws -> [Int] {
        try db.fetchColumn(
            """
            SELECT DISTINCT household_id FROM person WHERE birth_date = ? OR (birth_date IS NULL AND birth_year = ?)
            """, [day.description, day.year], "household_id", as: Int.self)
    }

    /// The households of `ids` (every one: nil) the actor may see, with their members.
    func householdIndex(of ids: [Int]?) throws -> HouseholdIndex {
        if let ids, ids.isEmpty { return HouseholdIndex([]) }
        let visible = try visibleHouseholdIDs()
        let only = ids.map { " WHERE household_id IN (\(Set($0).sorted().map(String.init).joined(separator: ",")))" } ?? ""
        var members: [Int: [HouseholdIndex.Member]] = [:]
        for r in try db.fetchAll("SELECT id, household_id, name, birth_year, birth_date, left_on FROM person\(only) ORDER BY id") {
            let m = HouseholdIndex.Member(
                personID: r["id"], name: r["name"], birthDate: Rows.optionalDay(r, "birth_date"),
                birthYear: r["birth_year"], isCurrent: (r["left_on"] as String?) == nil)
            members[r["household_id"], default: []].append(m)
        }
        let entries = try db.fetchMapped(
            """
            SELECT id, name, street, number, addition, postcode, buurt, left_district_on FROM household\(only.replacingOccurrences(of: "household_id", with: "id"))
            ORDER BY id
            """, []
        ) { r -> HouseholdIndex.Entry in
            let id: Int = r["id"]
            return HouseholdIndex.Entry(
                id: id, name: r["name"], street: r["street"], number: r["number"], addition: r["addition"],
                postcode: r["postcode"], buurt: r["buurt"], leftDistrict: (r["left_district_on"] as String?) != nil,
                members: members[id] ?? [])
        }
        return HouseholdIndex(visible.map { ids in entries.filter { ids.contains($0.id) } } ?? entries)
    }

    /// nil: every household (staff in the team); else those of cases the actor was added to.
    func visibleHouseholdIDs() throws -> Set<Int>? {
        guard let shared = try sharedCases() else { return nil }
        guard !shared.isEmpty else { return [] }
        let list = shared.sorted().map(String.init).joined(separator: ",")
        return Set(try db.fetchColumn("SELECT household_id FROM care_case WHERE id IN (\(list))", [], "household_id", as: Int.self))
    }

    // MARK: Registrations

    /// Takes a registration or signal in: the household chosen or made, the signal in the triage queue.
    package func registerSignal(_ r: Registration, today: Day) throws -> Signal {
        try requireTeam(householdID: nil, caseID: nil, detail: "register signal", refusal: tr("store.denied.team.register"))
        try r.validate(today: today)
        let householdID: Int
        switch r.household {
        case .existing(let id):
            guard try db.fetchOne("SELECT id FROM household WHERE id = ?", [id]) != nil else { throw WijkteamError.unknownHousehold(id) }
            householdID = id
        case .new(let household, let confirmed):
            householdID = try createHousehold(household, confirmDuplicate: confirmed, today: today).id
        }
        if let partner = r.intake.partner, let reference = r.intake.reference,
            try db.fetchOne("SELECT id FROM signal WHERE partner = ? AND reference = ?", [partner.rawValue, reference]) != nil
        {
            throw WijkteamError.invalid(tr("store.signal.reference_known", partner.rawValue, reference))
        }
        var intake = r.intake
        intake.registeredBy = actor.staffID
        intake.registeredOn = today
        let i = intake
        let id = try db.insertReturningID(
            """
            INSERT INTO signal (household_id, date, source, description, domains, safety, partner, reporter_name, reporter_org,
                                reporter_phone, hard_date, hard_date_kind, consent_contact, reference, arrears_months, arrears_cents,
                                registered_by, registered_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                householdID, r.received.description, r.source.rawValue, r.question, Rows.join(r.domains), r.safety,
                i.partner?.rawValue, i.reporterName?.nilIfBlank, i.reporterOrganisation?.nilIfBlank, i.reporterPhone?.nilIfBlank,
                i.hardDate?.description, i.hardDateKind?.rawValue, i.consentToContact, i.reference, i.monthsInArrears,
                i.amountInArrears, i.registeredBy, i.registeredOn?.description,
            ])
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: householdID,
                detail: "signal #\(id) registered (\(r.source.rawValue)\(r.safety ? ", safety" : ""))"),
            actor: actor)
        return Signal(
            id: id, householdID: householdID, date: r.received, source: r.source, description: r.question, domains: r.domains,
            safety: r.safety, intake: intake)
    }

    // MARK: Households and people

    /// A new household with its members. One that looks like a known household (same address, or
    /// a member with the same name and birth date) is refused with the matches, unless confirmed.
    @discardableResult
    package func createHousehold(_ h: NewHousehold, confirmDuplicate: Bool, today: Day, buurtRequired: Bool = true) throws -> Household {
        try requireTeam(householdID: nil, caseID: nil, detail: "create household", refusal: tr("store.denied.team.register"))
        let info = try SharedReads.districtInfo(db)
        try h.validate(buurten: info.buurten, today: today, buurtRequired: buurtRequired)
        let duplicates = try possibleDuplicates(of: h)
        if !duplicates.isEmpty, !confirmDuplicate { throw WijkteamError.possibleDuplicate(duplicates) }
        let id = (try db.fetchOne("SELECT MAX(id) AS last FROM household")?["last"] as Int? ?? 0) + 1
        let postcode = try Postcode.validated(h.postcode)
        try db.execute(
            """
            INSERT INTO household (id, name, street, number, addition, postcode, buurt, wijk, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, h.displayName, h.street.trimmed, h.number, h.addition.trimmed, postcode, h.buurt, info.wijk, h.language])
        var members: [Person] = []
        for p in h.members { members.append(try insertPerson(p, householdID: id)) }
        try refreshSearchText(id)
        let also =
            duplicates.isEmpty ? "" : "; created despite possible duplicate of " + duplicates.map { "#\($0.id)" }.joined(separator: ", ")
        try AuditRows.insert(
            db, AuditEvent(.change, householdID: id, detail: "household created with \(members.count) members\(also)"),
            actor: actor)
        return Household(
            id: id, name: h.displayName,
            address: Address(
                street: h.street.trimmed, number: h.number, addition: h.addition.trimmed, postcode: postcode,
                buurt: h.buurt, wijk: info.wijk),
            language: h.language, members: members)
    }

    private func insertPerson(_ p: NewPerson, householdID: Int) throws -> Person {
        let id = (try db.fetchOne("SELECT MAX(id) AS last FROM person")?["last"] as Int? ?? 0) + 1
        try db.execute(
            """
            INSERT INTO person (id, household_id, name, birth_year, birth_date, role, is_client) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [id, householdID, p.name.trimmed, p.birthDate.year, p.birthDate.description, p.role.rawValue, p.isClient])
        return Person(
            id: id, householdID: householdID, name: p.name.trimmed, birthYear: p.birthDate.year, role: p.role,
            isClient: p.isClient, birthDate: p.birthDate)
    }

    /// Changes a household's name, address, buurt or language, or records that it left the district.
    package func updateHousehold(_ h: Household, expectedVersion: Int?, today: Day) throws -> Household {
        let current = try currentHousehold(h.id)
        try requireTeam(householdID: h.id, caseID: nil, detail: "change household", refusal: tr("store.denied.team.register"))
        try checkVersion(
            expectedVersion, current.version, record: tr("store.record.household", current.name),
            now: current.address.line)
        let info = try SharedReads.districtInfo(db)
        try Validation.name(h.name)
        // An imported household may have come without a street; it stays empty until someone knows it.
        if !(h.address.street.trimmed.isEmpty && current.address.street.isEmpty) {
            try Validation.name(h.address.street, what: tr("validation.what.street"))
        }
        try Validation.houseNumber(h.address.number, h.address.addition)
        let postcode = try Postcode.validated(h.address.postcode)
        if !(h.address.buurt.isEmpty && current.address.buurt.isEmpty) { try Validation.buurt(h.address.buurt, of: info.buurten) }
        try Validation.language(h.language)
        if let left = h.leftDistrictOn { try Validation.happened(left, what: tr("validation.what.date"), today: today) }
        try db.execute(
            """
            UPDATE household SET name = ?, street = ?, number = ?, addition = ?, postcode = ?, buurt = ?, language = ?,
                   left_district_on = ?, version = version + 1
            WHERE id = ? AND version = ?
            """,
            [
                h.name.trimmed, h.address.street.trimmed, h.address.number, h.address.addition.trimmed, postcode, h.address.buurt,
                h.language, h.leftDistrictOn?.description, h.id, current.version,
            ])
        try refreshSearchText(h.id)
        let fields = HouseholdChanges.fields(from: current, to: h)
        try AuditRows.insert(
            db, AuditEvent(.change, householdID: h.id, detail: "household changed (\(fields.joined(separator: ", ")))"),
            actor: actor)
        var saved = try currentHousehold(h.id)
        saved.members = try db.fetchMapped("SELECT * FROM person WHERE household_id = ? ORDER BY birth_year, id", [h.id], Rows.person)
        return saved
    }

    /// A new member of a known household (a baby is born, a son moves back). Someone with the
    /// same name and birth date in another household is refused with it, unless confirmed.
    package func addPerson(householdID: Int, _ p: NewPerson, confirmDuplicate: Bool, today: Day) throws -> Person {
        _ = try currentHousehold(householdID)
        try requireTeam(householdID: householdID, caseID: nil, detail: "add person", refusal: tr("store.denied.team.register"))
        try p.validate(today: today)
        let duplicates = try possibleDuplicates(of: p)
        if !duplicates.isEmpty, !confirmDuplicate { throw WijkteamError.possibleDuplicate(duplicates) }
        let person = try insertPerson(p, householdID: householdID)
        try db.execute("UPDATE household SET version = version + 1 WHERE id = ?", [householdID])
        try refreshSearchText(householdID)
        let also = duplicates.isEmpty ? "" : "; despite possible duplicate in " + duplicates.map { "#\($0.id)" }.joined(separator: ", ")
        try AuditRows.insert(db, AuditEvent(.change, householdID: householdID, detail: "person #\(person.id) added\(also)"), actor: actor)
        return person
    }

    /// Corrects a person's name, birth date, role or client mark.
    package func updatePerson(_ p: Person, expectedVersion: Int?, today: Day) throws -> Person {
        let current = try currentPerson(p.id)
        try requireTeam(householdID: current.householdID, caseID: nil, detail: "change person", refusal: tr("store.denied.team.register"))
        try checkVersion(expectedVersion, current.version, record: tr("store.record.person", current.name), now: current.name)
        try Validation.name(p.name)
        let birthDate = p.birthDate ?? current.birthDate
        if let birthDate { try NewPerson(name: p.name, birthDate: birthDate, role: p.role, isClient: p.isClient).validate(today: today) }
        let year = birthDate?.year ?? current.birthYear
        try db.execute(
            """
            UPDATE person SET name = ?, birth_year = ?, birth_date = ?, role = ?, is_client = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, [p.name.trimmed, year, birthDate?.description, p.role.rawValue, p.isClient, p.id, current.version])
        try refreshSearchText(current.householdID)
        var fields: [String] = []
        if p.name.trimmed != current.name { fields.append("name") }
        if birthDate != current.birthDate { fields.append("birth date") }
        if p.role != current.role { fields.append("role") }
        if p.isClient != current.isClient { fields.append("client") }
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: current.householdID,
                detail: "person #\(p.id) changed (\(fields.joined(separator: ", ")))"), actor: actor)
        return try currentPerson(p.id)
    }

    /// Records that a member moved out or died: kept in the household's history, no longer counted.
    package func personLeaves(personID: Int, on day: Day, reason: LeavingReason, expectedVersion: Int?, today: Day) throws -> Person {
        let current = try currentPerson(personID)
        try requireTeam(householdID: current.householdID, caseID: nil, detail: "person leaves", refusal: tr("store.denied.team.register"))
        try checkVersion(expectedVersion, current.version, record: tr("store.record.person", current.name), now: current.name)
        guard current.isCurrent else { throw WijkteamError.invalid(tr("store.person.already_left", current.name)) }
        try Validation.happened(day, what: tr("validation.what.date"), today: today)
        try db.execute(
            "UPDATE person SET left_on = ?, left_reason = ?, version = version + 1 WHERE id = ? AND version = ?",
            [day.description, reason.rawValue, personID, current.version])
        try db.execute("UPDATE household SET version = version + 1 WHERE id = ?", [current.householdID])
        try refreshSearchText(current.householdID)
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: current.householdID,
                detail: "person #\(personID) left (\(reason.rawValue))"), actor: actor)
        return try currentPerson(personID)
    }

    // MARK: Cases at the desk

    /// A case straight from a resident's question, in aanmelding, optionally with its regisseur.
    package func openCase(_ n: NewCase, today: Day) throws -> Case {
        _ = try currentHousehold(n.householdID)
        try requireTeam(householdID: n.householdID, caseID: nil, detail: "open case", refusal: tr("store.denied.team.register"))
        try Validation.text(n.question, what: tr("validation.what.question"), required: true)
        if let open = try db.fetchOne("SELECT id FROM care_case WHERE household_id = ? AND phase <> 'afgesloten'", [n.householdID]) {
            throw WijkteamError.invalid(tr("store.case.already_open", n.householdID, open["id"] as Int))
        }
        if let r = n.regisseurID {
            try requireRegisseur(r)
            try requireNotLeft(r, today: today)
        }
        let id = (try db.fetchOne("SELECT MAX(id) AS last FROM care_case")?["last"] as Int? ?? 0) + 1
        try db.execute(
            """
            INSERT INTO care_case (id, household_id, opened, source, presenting, domains, phase, regisseur_id, complexity, safety)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                id, n.householdID, today.description, n.source.rawValue, n.question, Rows.join(n.domains), Phase.aanmelding.rawValue,
                n.regisseurID, 2, false,
            ])
        try AuditRows.insert(
            db, AuditEvent(.change, householdID: n.householdID, caseID: id, detail: "case opened at the desk"), actor: actor)
        let opened = Case(
            id: id, householdID: n.householdID, opened: today, source: n.source, presentingQuestion: n.question,
            domains: n.domains, phase: .aanmelding, regisseurID: n.regisseurID, complexity: 2, safety: false)
        try CaseHistoryRows.changed(db, from: nil, to: opened, on: today, by: actor.staffID)
        return opened
    }

    /// A closed case opened again (its history, plan and network with it), in aanmelding, with
    /// the reason in its journal.
    package func reopenCase(caseID: Int, reason: String, expectedVersion: Int?, today: Day) throws -> Case {
        guard let row = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [caseID]) else { throw WijkteamError.unknownCase(caseID) }
        let c = Rows.case(row)
        try requireTeam(householdID: c.householdID, caseID: caseID, detail: "reopen case", refusal: tr("store.denied.team.register"))
        try checkVersion(expectedVersion, c.version, record: tr("store.record.case", caseID), now: c.phase.label)
        guard !c.isOpen else { throw WijkteamError.invalid(tr("store.case.not_closed", caseID)) }
        try Validation.text(reason, what: tr("validation.what.reason"), required: true)
        if let open = try db.fetchOne("SELECT id FROM care_case WHERE household_id = ? AND phase <> 'afgesloten'", [c.householdID]) {
            throw WijkteamError.invalid(tr("store.case.already_open", c.householdID, open["id"] as Int))
        }
        try db.execute(
            "UPDATE care_case SET phase = ?, closed_reason = NULL, version = version + 1 WHERE id = ? AND version = ?",
            [Phase.aanmelding.rawValue, caseID, c.version])
        try CaseHistoryRows.record(db, caseID: caseID, kind: .phase, value: Phase.aanmelding.rawValue, on: today, by: actor.staffID)
        let text = tr("store.case.reopened_note", reason.trimmed)
        try db.execute(
            """
            INSERT INTO journal_entry (case_id, date, kind, author_id, text, sensitive, search_text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [caseID, today.description, JournalKind.other.rawValue, actor.staffID, text, false, JournalSearch.folded(text)])
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID, detail: "case reopened"), actor: actor)
        guard let after = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [caseID]) else { throw WijkteamError.unknownCase(caseID) }
        return Rows.case(after)
    }

    // MARK: Helpers

    /// Writes the household's folded words again from what is stored now (after any change to it or its members).
    func refreshSearchText(_ id: Int) throws {
        let h = try currentHousehold(id)
        let names = try db.fetchColumn(
            "SELECT name FROM person WHERE household_id = ? AND left_on IS NULL ORDER BY id", [id], "name",
            as: String.self)
        let text = HouseholdIndex.searchText(
            name: h.name, street: h.address.street, number: h.address.number, addition: h.address.addition,
            postcode: h.address.postcode, members: names)
        try db.execute("UPDATE household SET search_text = ? WHERE id = ?", [text, id])
    }

    func currentHousehold(_ id: Int) throws -> Household {
        guard let row = try db.fetchOne("SELECT * FROM household WHERE id = ?", [id]) else { throw WijkteamError.unknownHousehold(id) }
        return Rows.household(row)
    }

    func currentPerson(_ id: Int) throws -> Person {
        guard let row = try db.fetchOne("SELECT * FROM person WHERE id = ?", [id]) else {
            throw WijkteamError.invalid(tr("store.person.missing", id))
        }
        return Rows.person(row)
    }

    /// A person as `currentPerson`, but only of a household the actor may see (else: no such person).
    package func visiblePerson(_ id: Int) throws -> Person {
        let person = try currentPerson(id)
        if let visible = try visibleHouseholdIDs(), !visible.contains(person.householdID) {
            throw WijkteamError.invalid(tr("store.person.missing", id))
        }
        return person
    }

    func checkVersion(_ expected: Int?, _ actual: Int, record: String, now: String) throws {
        if let expected, expected != actual {
            throw WijkteamError.staleVersion(record: record, expected: expected, actual: actual, changed: now)
        }
    }

    func requireRegisseur(_ id: StaffID) throws {
        guard let role = try db.fetchOne("SELECT role FROM staff WHERE id = ?", [id]).flatMap({ StaffRole(rawValue: $0["role"]) }) else {
            throw WijkteamError.unknownStaff(id)
        }
        guard role.canBeRegisseur else { throw WijkteamError.notARegisseur(id, role) }
    }
}

/// Which fields of a household a change touched, for its access-log row (names of fields, never values).
enum HouseholdChanges {
    static func fields(from a: Household, to b: Household) -> [String] {
        var out: [String] = []
        if a.name != b.name.trimmed { out.append("name") }
        if a.address.street != b.address.street.trimmed || a.address.number != b.address.number
            || a.address.addition != b.address.addition.trimmed || a.address.postcode != (Postcode(b.address.postcode)?.description ?? "")
        {
            out.append("address")
        }
        if a.address.buurt != b.address.buurt { out.append("buurt") }
        if a.language != b.language { out.append("language") }
        if a.leftDistrictOn != b.leftDistrictOn { out.append("left district") }
        return out
    }
}

extension String {
    var nilIfBlank: String? { trimmed.isEmpty ? nil : trimmed }
}
