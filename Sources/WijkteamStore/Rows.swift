import Foundation
import GRDB
import GRDBSQLite
import Wijkteam

/// Row ↔ value mapping, kept here so the domain stays free of GRDB.
enum Rows {
    static func list(_ text: String) -> [String] {
        // Split the bytes: splitting the Characters (grapheme by grapheme) was a sixth of loading the board.
        text.utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0)) }
    }
    static func list<V: Vocabulary>(_ text: String, as: V.Type = V.self) -> [V] {
        list(text).compactMap(V.init(rawValue:))
    }

    /// The life domains of a statement's rows, each distinct list made once and shared by every
    /// row that has it: a district's cases and signals hold a few hundred lists (469 among the
    /// 100,000 cases of a generated district of 100,000 households), and making each row's anew
    /// was three arrays a row (the split, its words, then the domains) and a string for each word
    /// longer than 15 bytes, the last array kept for as long as the case. One per statement, used
    /// on the thread that steps it (a class: the statement's columns are handed to each row by value).
    final class DomainLists {
        /// Past this many lists a new one is made for its row and not kept.
        static let limit = 4_096
        private var made = MadeOnce<String, [LifeDomain]>(limit: limit)
        /// How many lists are kept.
        var count: Int { made.count }

        func callAsFunction(_ text: String) -> [LifeDomain] {
            made.value(for: text) { Rows.list(text) }
        }

        /// `text`'s domains from `lists` where a statement shares them, else made for this row.
        static func domains(_ text: String, sharedIn lists: DomainLists?) -> [LifeDomain] {
            lists.map { $0(text) } ?? Rows.list(text)
        }
    }
    static func join<V: Vocabulary>(_ values: [V]) -> String { values.map(\.rawValue).joined(separator: ",") }
    static func day(_ row: some SQLRow, _ column: String) -> Day { Day(row[column] as String) ?? Day(daysSinceEpoch: 0) }
    static func optionalDay(_ row: some SQLRow, _ column: String) -> Day? { (row[column] as String?).flatMap(Day.init) }
    static func vocab<V: Vocabulary>(_ row: some SQLRow, _ column: String, _ fallback: V) -> V {
        V(rawValue: row[column] as String) ?? fallback
    }

    /// Where a colleague's columns are in a row, found once per statement: every command reads
    /// the whole team to know who is acting (600 colleagues at 100,000 households), and finding
    /// each column by name in each row was most of that read.
    struct StaffColumns {
        let id, name, role, discipline, expertise, capacity, languages, account, workDays, leftOn, version: Int

        init(_ names: [String]) {
            let at = { Rows.position(of: $0, in: names, table: "staff") }
            id = at("id"); name = at("name"); role = at("role"); discipline = at("discipline"); expertise = at("expertise")
            capacity = at("capacity"); languages = at("languages"); account = at("account"); workDays = at("work_days")
            leftOn = at("left_on"); version = at("version")
        }
    }

    static func staff(_ r: some SQLRow) -> Staff { staff(r, StaffColumns(r.columnNames)) }

    static func staff(_ r: some SQLRow, _ c: StaffColumns) -> Staff {
        Staff(
            id: r[c.id], name: r[c.name], role: StaffRole(rawValue: r[c.role] as String) ?? .generalist, discipline: r[c.discipline],
            expertise: list(r[c.expertise]), capacity: r[c.capacity], languages: list(r[c.languages] as String),
            account: r[c.account], workDays: WorkDays.parse(r[c.workDays]) ?? [], leftOn: (r[c.leftOn] as String?).flatMap(Day.init),
            version: r[c.version])
    }

    static func absence(_ r: some SQLRow) -> StaffAbsence {
        StaffAbsence(
            id: r["id"], staffID: r["staff_id"], from: day(r, "from_day"), to: optionalDay(r, "to_day"),
            kind: vocab(r, "kind", AbsenceKind.leave))
    }

    static func household(_ r: some SQLRow) -> Household {
        Household(
            id: r["id"], name: r["name"],
            address: Address(
                street: r["street"], number: r["number"], addition: r["addition"], postcode: r["postcode"],
                buurt: r["buurt"], wijk: r["wijk"]),
            language: r["language"], learningNote: r["learning_note"], leftDistrictOn: optionalDay(r, "left_district_on"),
            version: r["version"])
    }

    static func person(_ r: some SQLRow) -> Person {
        Person(
            id: r["id"], householdID: r["household_id"], name: r["name"], birthYear: r["birth_year"],
            role: vocab(r, "role", MemberRole.other), isClient: r["is_client"], birthDate: optionalDay(r, "birth_date"),
            leftOn: optionalDay(r, "left_on"), leftReason: (r["left_reason"] as String?).flatMap(LeavingReason.init),
            version: r["version"])
    }

    static func tie(_ r: some SQLRow) -> NetworkTie {
        NetworkTie(
            id: r["id"], householdID: r["household_id"], name: r["name"], sector: vocab(r, "sector", Sector.family),
            relation: r["relation"], isOrganisation: r["is_organisation"],
            strength: vocab(r, "strength", TieStrength.normal),
            support: (r["support"] as String).compactMap { SupportKind(rawValue: String($0)) },
            carerHoursPerWeek: r["carer_hours"], exhausted: r["exhausted"], professionalSecrecy: r["secrecy"],
            consentToShare: r["consent"], version: r["version"], carerSince: optionalDay(r, "carer_since"),
            carerBurden: r["carer_burden"])
    }

    /// A column's place among a statement's columns; a statement that does not select it is a
    /// mistake in the code, not in the data.
    static func position(of name: String, in names: [String], table: String) -> Int {
        guard let i = names.firstIndex(of: name) else { preconditionFailure("\(table) column \(name) not selected") }
        return i
    }

    /// Where a case's columns are in a row, found once per statement: a board reads 6,000 cases,
    /// and finding each column by name (hashing it) was a tenth of that.
    struct CaseColumns {
        let id, householdID, opened, source, presenting, behind, domains, phase, regisseur, complexity, safety,
            discussion, closedReason, version: Int
        /// Nil for one row read alone (`oneRow`): nothing to share, and a list kept would be made for nothing.
        let domainLists: DomainLists?

        /// For a statement's rows (`fetchMapped`'s `prepare`).
        init(_ names: [String]) { self.init(names, sharing: true) }
        /// For one row read alone.
        static func oneRow(_ names: [String]) -> CaseColumns { CaseColumns(names, sharing: false) }

        private init(_ names: [String], sharing: Bool) {
            domainLists = sharing ? DomainLists() : nil
            let at = { Rows.position(of: $0, in: names, table: "care_case") }
            id = at("id"); householdID = at("household_id"); opened = at("opened"); source = at("source")
            presenting = at("presenting"); behind = at("behind"); domains = at("domains"); phase = at("phase")
            regisseur = at("regisseur_id"); complexity = at("complexity"); safety = at("safety")
            discussion = at("discussion"); closedReason = at("closed_reason"); version = at("version")
        }
    }

    static func `case`(_ r: some SQLRow) -> Case { `case`(r, .oneRow(r.columnNames)) }

    static func `case`(_ r: some SQLRow, _ c: CaseColumns) -> Case {
        Case(
            id: r[c.id], householdID: r[c.householdID], opened: Day(r[c.opened] as String) ?? Day(daysSinceEpoch: 0),
            source: SignalSource(rawValue: r[c.source]) ?? .other, presentingQuestion: r[c.presenting],
            questionBehind: r[c.behind], domains: DomainLists.domains(r[c.domains], sharedIn: c.domainLists),
            phase: Phase(rawValue: r[c.phase]) ?? .aanmelding,
            regisseurID: r[c.regisseur], complexity: r[c.complexity], safety: r[c.safety],
            discussion: r[c.discussion], closedReason: r[c.closedReason], version: r[c.version])
    }

    static func followUp(_ r: some SQLRow) -> FollowUp {
        FollowUp(id: r["id"], caseID: r["case_id"], kind: vocab(r, "kind", FollowUpKind.checkIn), due: day(r, "due"),
                 ownerID: r["owner_id"], note: r["note"], done: r["done"], outcome: r["outcome"], version: r["version"])
    }

    static func zrm(_ r: some SQLRow) -> ZRMScore {
        ZRMScore(
            personID: r["person_id"], domain: vocab(r, "domain", LifeDomain.financien), date: day(r, "date"), score: r["score"],
            carriedForward: r["carried_forward"])
    }

    static func goal(_ r: some SQLRow) -> PlanGoal {
        PlanGoal(id: r["id"], caseID: r["case_id"], domain: vocab(r, "domain", LifeDomain.financien), personID: r["person_id"],
                 targetScore: r["target"], text: r["text"], version: r["version"])
    }

    static func provision(_ r: some SQLRow) -> Provision {
        var p = Provision(
            id: r["id"], caseID: r["case_id"], kind: vocab(r, "kind", ProvisionKind.general), provider: r["provider"],
            description: r["description"], status: vocab(r, "status", ProvisionStatus.requested),
            waitingWeeks: r["waiting_weeks"], start: optionalDay(r, "start"), networkReason: r["network_reason"],
            version: r["version"])
        p.goalID = r["goal_id"]
        p.providerID = r["provider_id"]
        p.productCategory = r["product_category"]
        p.productCode = r["product_code"]
        p.allocationNumber = r["allocation_number"]
        p.requestedOn = optionalDay(r, "requested_on")
        p.waitingSince = optionalDay(r, "waiting_since")
        p.endedOn = optionalDay(r, "ended_on")
        p.endReason = r["end_reason"]
        return p
    }

    static func journal(_ r: some SQLRow) -> JournalEntry {
        JournalEntry(id: r["id"], caseID: r["case_id"], date: day(r, "date"), kind: vocab(r, "kind", JournalKind.other),
                     authorID: r["author_id"], text: r["text"], sensitive: r["sensitive"])
    }

    /// Where a signal's columns are in a row, found once per statement, as a case's are: the first
    /// frame reads the 500 open signals of a city, 20 columns each.
    struct SignalColumns {
        let id, householdID, date, source, description, domains, safety, version: Int
        let partner, reporterName, reporterOrganisation, reporterPhone, hardDate, hardDateKind, consent, reference,
            arrearsMonths, arrearsCents, registeredBy, registeredOn: Int
        /// Nil for one row read alone, as a case's.
        let domainLists: DomainLists?

        init(_ names: [String]) { self.init(names, sharing: true) }
        static func oneRow(_ names: [String]) -> SignalColumns { SignalColumns(names, sharing: false) }

        private init(_ names: [String], sharing: Bool) {
            domainLists = sharing ? DomainLists() : nil
            let at = { Rows.position(of: $0, in: names, table: "signal") }
            id = at("id"); householdID = at("household_id"); date = at("date"); source = at("source")
            description = at("description"); domains = at("domains"); safety = at("safety"); version = at("version")
            partner = at("partner"); reporterName = at("reporter_name"); reporterOrganisation = at("reporter_org")
            reporterPhone = at("reporter_phone"); hardDate = at("hard_date"); hardDateKind = at("hard_date_kind")
            consent = at("consent_contact"); reference = at("reference"); arrearsMonths = at("arrears_months")
            arrearsCents = at("arrears_cents"); registeredBy = at("registered_by"); registeredOn = at("registered_on")
        }
    }

    static func signal(_ r: some SQLRow) -> Signal { signal(r, .oneRow(r.columnNames)) }

    static func signal(_ r: some SQLRow, _ c: SignalColumns) -> Signal {
        Signal(
            id: r[c.id], householdID: r[c.householdID], date: Day(r[c.date] as String) ?? Day(daysSinceEpoch: 0),
            source: SignalSource(rawValue: r[c.source]) ?? .other, description: r[c.description],
            domains: DomainLists.domains(r[c.domains], sharedIn: c.domainLists),
            safety: r[c.safety], version: r[c.version], intake: intake(r, c))
    }

    /// What the front door recorded; nil for a signal from a district file (none of it set).
    static func intake(_ r: some SQLRow, _ c: SignalColumns) -> Intake? {
        let intake = Intake(
            partner: (r[c.partner] as String?).flatMap(ArrearsPartner.init), reporterName: r[c.reporterName],
            reporterOrganisation: r[c.reporterOrganisation], reporterPhone: r[c.reporterPhone],
            hardDate: (r[c.hardDate] as String?).flatMap(Day.init),
            hardDateKind: (r[c.hardDateKind] as String?).flatMap(HardDateKind.init),
            consentToContact: r[c.consent], reference: r[c.reference], monthsInArrears: r[c.arrearsMonths],
            amountInArrears: r[c.arrearsCents], registeredBy: r[c.registeredBy],
            registeredOn: (r[c.registeredOn] as String?).flatMap(Day.init))
        return intake == Intake() ? nil : intake
    }
}

/// Writes a validated district into an empty database (inside the caller's transaction).
/// Cached statements: a generated city has hundreds of thousands of rows.
enum Importer {
    static func insert(_ d: DistrictData, into db: Database) throws {
        try insertTeam(d, into: db)
        try insertHouseholdRecords(d, into: db)
        try finish(db)
    }

    /// The district's name, its staff and catalogues: what every household's records refer to.
    static func insertTeam(_ d: DistrictData, into db: Database) throws {
        let meta: [(String, String)] = [
            ("name", d.info.name), ("municipality", d.info.municipality), ("wijk", d.info.wijk),
            ("buurten", d.info.buurten.joined(separator: ",")), ("demo", d.info.demo ? "1" : "0"),
            ("reference_date", d.referenceDate.description),
        ]
        for (k, v) in meta {
            try db.cachedStatement(sql: "INSERT INTO meta (key, value) VALUES (?, ?)").execute(arguments: [k, v])
        }
        for s in d.staff {
            try db.cachedStatement(
                sql: """
                    INSERT INTO staff (id, name, role, discipline, expertise, capacity, languages, account, work_days, left_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                s.id, s.name, s.role.rawValue, s.discipline, Rows.join(s.expertise), s.capacity,
                s.languages.joined(separator: ","), s.account, WorkDays.text(s.workDays), s.leftOn?.description,
            ])
            for a in s.absences {
                try db.cachedStatement(sql: "INSERT INTO staff_absence (id, staff_id, from_day, to_day, kind) VALUES (?, ?, ?, ?, ?)")
                    .execute(arguments: [a.id == 0 ? nil : a.id, s.id, a.from.description, a.to?.description, a.kind.rawValue])
            }
        }
        try CatalogueRows.insert(d, into: db)
    }

    /// The households with everything recorded about them, and the signals (a generator writes
    /// these a batch of households at a time).
    static func insertHouseholdRecords(_ d: DistrictData, into db: Database) throws {
        try insertHouseholds(d.households, into: db)
        for t in d.ties {
            try db.cachedStatement(
                sql: """
                    INSERT INTO network_tie (id, household_id, name, sector, relation, is_organisation, strength, support,
                                             carer_hours, exhausted, secrecy, consent, carer_since, carer_burden)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                t.id, t.householdID, t.name, t.sector.rawValue, t.relation, t.isOrganisation,
                t.strength.rawValue, t.support.map(\.rawValue).joined(), t.carerHoursPerWeek,
                t.exhausted, t.professionalSecrecy, t.consentToShare, t.carerSince?.description, t.carerBurden,
            ])
        }
        for c in d.cases {
            try db.cachedStatement(
                sql: """
                    INSERT INTO care_case (id, household_id, opened, source, presenting, behind, domains, phase, regisseur_id,
                                           complexity, safety, discussion, closed_reason, closed_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                c.id, c.householdID, c.opened.description, c.source.rawValue, c.presentingQuestion,
                c.questionBehind, Rows.join(c.domains), c.phase.rawValue, c.regisseurID, c.complexity,
                c.safety, c.discussion, c.closedReason, d.caseClosedOn[c.id]?.description,
            ])
        }
        try insertCaseWork(d, into: db)
        try DistrictHistory.insert(d, into: db)
    }

    /// What is derived from every record once all are written.
    static func finish(_ db: Database) throws {
        // A closed case the file gives no closed_on: estimated from its last contact (as v14 back-fills).
        try db.execute(
            sql: """
                UPDATE care_case SET closed_on = COALESCE(last_contact, opened), closed_on_estimated = 1
                WHERE phase = 'afgesloten' AND closed_on IS NULL
                """)
    }

    /// What the cases hold: follow-ups, ZRM, goals, provisions, journal, case members; and the open signals.
    static func insertCaseWork(_ d: DistrictData, into db: Database) throws {
        for f in d.followUps {
            try db.cachedStatement(
                sql: """
                    INSERT INTO follow_up (id, case_id, kind, due, owner_id, note, done, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [f.id, f.caseID, f.kind.rawValue, f.due.description, f.ownerID, f.note, f.done, f.outcome])
        }
        for z in d.zrm {
            try db.cachedStatement(sql: "INSERT INTO zrm_score (person_id, domain, date, score) VALUES (?, ?, ?, ?)").execute(arguments: [
                z.personID, z.domain.rawValue, z.date.description, z.score,
            ])
        }
        try ZRMRows.insertMeasurements(d, into: db)
        for g in d.goals {
            try db.cachedStatement(sql: "INSERT INTO plan_goal (id, case_id, domain, person_id, target, text) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [g.id, g.caseID, g.domain.rawValue, g.personID, g.targetScore, g.text])
        }
        try PlanRows.insertSample(d, into: db)
        try ProvisionRows.insert(d, into: db)
        for k in d.kindchecks {
            try db.execute(
                sql: "INSERT INTO kindcheck (case_id, done_by, done_on, worry, note) VALUES (?, ?, ?, ?, ?)",
                arguments: [k.caseID, k.doneBy, k.doneOn.description, k.worry, k.note])
        }
        let journal = try BoundInsert(
            db,
            sql:
                "INSERT INTO journal_entry (id, case_id, date, kind, author_id, text, sensitive, search_text, about_person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        for j in d.journal {
            try journal.run { v in
                v.int(j.id)
                v.int(j.caseID)
                v.text(j.date.description)
                v.text(j.kind.rawValue)
                v.text(j.authorID)
                v.text(j.text)
                v.bool(j.sensitive)
                v.text(JournalSearch.folded(j.text))
                v.int(d.journalAbout[j.id])
            }
        }
        for (caseID, members) in d.caseMembers {
            for m in members {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO case_member (case_id, staff_id, added_on) VALUES (?, ?, ?)",
                    arguments: [caseID, m, d.referenceDate.description])
            }
        }
        for (caseID, cover) in d.caseCovers {
            try db.execute(
                sql: "INSERT INTO case_cover (case_id, absence_id, cover_id, named_on) VALUES (?, ?, ?, ?)",
                arguments: [caseID, cover.absenceID, cover.cover, d.referenceDate.description])
        }
        for s in d.signals {
            try db.cachedStatement(
                sql: """
                    INSERT INTO signal (id, household_id, date, source, description, domains, safety, reporter_name, reporter_confidential,
                                        status, case_id, route, decided_on, hard_date, hard_date_kind)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                s.id, s.householdID, s.date.description, s.source.rawValue, s.description,
                Rows.join(s.domains), s.safety, s.intake?.reporterName, d.confidentialReporters.contains(s.id),
                d.signalCases[s.id] == nil ? "open" : "triaged", d.signalCases[s.id],
                d.signalCases[s.id] == nil ? nil : (s.safety ? TriageRoute.safety : TriageRoute.regie).rawValue,
                d.signalCases[s.id] == nil ? nil : s.date.description,
                s.intake?.hardDate?.description, s.intake?.hardDateKind?.rawValue,
            ])
            for r in d.meldcode[s.id] ?? [] { try MeldcodeRows.insert(db, signalID: s.id, r) }
        }
    }

    /// The households with their members and the folded words they are found by.
    static func insertHouseholds(_ households: [Household], into db: Database) throws {
        for h in households {
            try db.cachedStatement(
                sql: """
                    INSERT INTO household (id, name, street, number, addition, postcode, buurt, wijk, language, learning_note, search_text)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                h.id, h.name, h.address.street, h.address.number, h.address.addition, h.address.postcode,
                h.address.buurt, h.address.wijk, h.language, h.learningNote,
                HouseholdIndex.searchText(
                    name: h.name, street: h.address.street, number: h.address.number,
                    addition: h.address.addition, postcode: h.address.postcode,
                    members: h.currentMembers.map(\.name)),
            ])
            for p in h.members {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO person (id, household_id, name, birth_year, birth_date, role, is_client) VALUES (?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [p.id, h.id, p.name, p.birthYear, p.birthDate?.description, p.role.rawValue, p.isClient])
            }
        }
    }
}

extension Row {
    /// Steps `sql` with the SQLite C API and makes a value of each row with the `Columns` of it:
    /// for the board's outlines, where decoding 6,000 rows through `Row`, column by column,
    /// cost four times reading them.
    static func step<T>(_ db: Database, sql: String, arguments: StatementArguments = [], _ make: (Columns) -> T) throws -> [T] {
        var values: [T] = []
        try forEach(db, sql: sql, arguments: arguments) { values.append(make($0)) }
        return values
    }

    /// The same, handing each row to `body` and keeping none: for a read that only counts or
    /// picks (its rows in an array were grown, copied and faulted in page by page, for nothing).
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments = [], _ body: (Columns) -> Void) throws {
        let statement = try db.makeStatement(sql: sql)  // not cached: finalised here, never left mid-step
        try statement.setArguments(arguments)
        // The raw statement lives as long as `statement`: keep that alive until the last step.
        try withExtendedLifetime(statement) {
            let columns = Columns(statement: statement.sqliteStatement)
            while true {
                let code = sqlite3_step(columns.statement)
                if code == SQLITE_DONE { return }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage, sql: sql)
                }
                body(columns)
            }
        }
    }

    /// The current row's columns, by position.
    struct Columns {
        let statement: SQLiteStatement
        func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(statement, i)) }
        func bool(_ i: Int32) -> Bool { sqlite3_column_int64(statement, i) != 0 }
        func text(_ i: Int32) -> String? { sqlite3_column_text(statement, i).map { String(cString: $0) } }
        /// A `YYYY-MM-DD` column, read from its bytes.
        func day(_ i: Int32) -> Day? {
            guard let bytes = sqlite3_column_text(statement, i) else { return nil }
            return Day(utf8: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, i))))
        }
        /// The position of the column's text among `values` (`OutlineFields.code`).
        func code(_ i: Int32, _ values: [[UInt8]]) -> Int {
            guard let bytes = sqlite3_column_text(statement, i) else { return -1 }
            let count = Int(sqlite3_column_bytes(statement, i))
            // By position, lengths first, then memcmp: a generic elementsEqual per vocabulary
            // value (and each value retained in turn) was a tenth of reading a history.
            for position in values.indices where values[position].count == count {
                if count == 0
                    || (values[position][0] == bytes[0]
                        && values[position].withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes, count) == 0 })
                {
                    return position
                }
            }
            return -1
        }
    }
}
