import Wijkteam

/// Handing a caseload over (issue 24): what the planner needs, read in a handful of queries for
/// every case at once, and the plan applied (and undone) as one change. Each statement covers
/// all cases (a hundred at a time), so 60 cases cost a few statements, not a few hundred.
extension StoreWork {
    /// Staff, `from`'s open cases, everyone's weighted load and each case's ranking context.
    /// The team may read it (the board shows the same); outside-team staff may not.
    /// `each` steps a query's rows (as `proactiveContacts`): SQLite's C API on SQLite, the
    /// runner's rows elsewhere (`handoverInputFromRows`).
    package func handoverInput<R: OutlineFields>(from: StaffID, today: Day, _ each: (String, (R) -> Void) throws -> Void) throws
        -> HandoverInput
    {
        guard try AuditRows.viewer(db, actor).role.isInTeam else {
            throw WijkteamError.accessDenied(tr("store.denied.handover.plan"))
        }
        let staff = try SharedReads.staff(db)
        guard staff.contains(where: { $0.id == from }) else { throw WijkteamError.unknownStaff(from) }
        var cases = try db.fetchMapped(
            "SELECT * FROM care_case WHERE regisseur_id = ? AND phase <> 'afgesloten' ORDER BY id", [from],
            prepare: Rows.CaseColumns.init, Rows.case)
        try withholdSafetyCases(&cases)
        let (contexts, names) = try handoverContexts(for: cases)
        return HandoverInput(staff: staff, cases: cases, contexts: contexts, loads: try weightedLoads(each), householdNames: names)
    }

    /// The same from the runner's rows, for an engine without a faster way.
    package func handoverInputFromRows(from: StaffID, today: Day) throws -> HandoverInput {
        try handoverInput(from: from, today: today) { sql, body in try eachRow(sql, names: LoadRow.columns, body) }
    }

    /// Every regisseur's load as the board weighs it (`Caseload.weight`). Read from the open
    /// cases' covering index and summed here: grouping in SQL made SQLite take the regisseur
    /// index and visit every case row (30 ms on the city instead of 1). On SQLite each row is
    /// looked at as it is stepped, its phase found among the phases' bytes: decoding 30,000 rows through
    /// generic column reads (and a String per phase) was half of the handover's input at
    /// 100,000 households, where SQLite's own part was 4 ms.
    func weightedLoads<R: OutlineFields>(_ each: (String, (R) -> Void) throws -> Void) throws -> [StaffID: Double] {
        var loads: [StaffID: Double] = [:]
        try each("SELECT regisseur_id, phase, complexity FROM care_case WHERE phase <> 'afgesloten'") { r in
            let row = LoadRow(r)
            guard let id = row.regisseurID, let phase = row.phase else { return }
            loads[id, default: 0] += Caseload.phaseFactor(phase) * Caseload.complexityFactor(row.complexity)
        }
        return loads
    }

    /// `suggestionContext(caseID:)` for many cases at once (its rules, five queries in all), with
    /// each case's next open follow-up; and the households' names. Columns are read by position
    /// (in the order selected): a street's neighbours are thousands of rows.
    func handoverContexts(for cases: [Case]) throws -> (contexts: [Int: SuggestionContext], names: [Int: String]) {
        guard !cases.isEmpty else { return ([:], [:]) }
        let households = HandoverSQL.idList(Set(cases.map(\.householdID)).sorted())
        var language: [Int: String] = [:], street: [Int: String] = [:], names: [Int: String] = [:]
        for r in try db.fetchAll("SELECT id, name, language, street FROM household WHERE id IN (\(households))", []) {
            let id: Int = r[0]
            names[id] = r[1] as String
            language[id] = r[2] as String
            street[id] = r[3] as String
        }
        // Oldest first: the latest case a colleague held in the household says how they know it.
        var regisseurs: [Int: [(caseID: Int, staff: StaffID, year: Substring)]] = [:]
        for r in try db.fetchAll(
            """
            SELECT household_id, regisseur_id, id, opened FROM care_case
            WHERE household_id IN (\(households)) AND regisseur_id IS NOT NULL ORDER BY opened, id
            """, [])
        {
            let (household, id, staff, opened): (Int, Int, StaffID, String) = (r[0], r[2], r[1], r[3])
            regisseurs[household, default: []].append((id, staff, opened.prefix(4)))
        }
        var authors: [Int: [(staff: StaffID, last: String)]] = [:]
        for r in try db.fetchAll(
            """
            SELECT c.household_id, j.author_id, MAX(j.date) AS last FROM journal_entry j JOIN care_case c ON c.id = j.case_id
            WHERE c.household_id IN (\(households)) AND j.author_id IS NOT NULL GROUP BY c.household_id, j.author_id
            ORDER BY c.household_id, j.author_id
            """, [])
        {
            let (household, staff, last): (Int, StaffID, String) = (r[0], r[1], r[2])
            authors[household, default: []].append((staff, last))
        }
        let (onStreet, own) = try streetNeighbours(of: street)
        var next: [Int: Day] = [:]
        for r in try db.fetchAll(
            """
            SELECT case_id, MIN(due) AS due FROM follow_up
            WHERE done = 0 AND case_id IN (\(HandoverSQL.idList(cases.map(\.id)))) GROUP BY case_id
            """, [])
        {
            let id: Int = r[0]
            next[id] = (r[1] as String?).flatMap(Day.init)
        }
        var contexts: [Int: SuggestionContext] = [:]
        for c in cases {
            let h = c.householdID
            var knownBy: [StaffID: String] = [:]
            for held in regisseurs[h] ?? [] where held.caseID != c.id {
                knownBy[held.staff] = tr("store.known_by.regisseur", held.caseID, held.year)
            }
            for a in authors[h] ?? [] where knownBy[a.staff] == nil { knownBy[a.staff] = tr("store.known_by.journal", a.last) }
            var near = street[h].flatMap { onStreet[$0] } ?? [:]
            for (staff, n) in own[h] ?? [:] {
                let others = near[staff, default: 0] - n
                near[staff] = others > 0 ? others : nil
            }
            contexts[c.id] = SuggestionContext(language: language[h] ?? "nl", knownBy: knownBy, neighbours: near, nextFollowUp: next[c.id])
        }
        return (contexts, names)
    }

    /// The open cases each colleague holds in the households' streets, counted per street and per
    /// household (a household's own are not its neighbours'): read one row per case, as grouping
    /// them in SQL (a temporary B-tree over every open case of the city) took half again as long;
    /// a street's count is kept once for all its households. `street`: each asked household's.
    private func streetNeighbours(of street: [Int: String]) throws
        -> (onStreet: [String: [StaffID: Int]], own: [Int: [StaffID: Int]])
    {
        let streets = Set(street.values).sorted()
        // No street when no household asked for exists (`IN ()` is an error on PostgreSQL).
        guard !streets.isEmpty else { return ([:], [:]) }
        var onStreet: [String: [StaffID: Int]] = [:], own: [Int: [StaffID: Int]] = [:]
        for r in try db.fetchAll(
            """
            SELECT h.street, c.household_id, c.regisseur_id
            FROM care_case c JOIN household h ON h.id = c.household_id
            WHERE h.street IN (\(streets.map { _ in "?" }.joined(separator: ",")))
            AND c.phase <> 'afgesloten' AND c.regisseur_id IS NOT NULL
            """, streets.map { $0 as (any SQLArgument)? })
        {
            let (name, household, staff): (String, Int, StaffID) = (r[0], r[1], r[2])
            onStreet[name, default: [:]][staff, default: 0] += 1
            if street[household] != nil { own[household, default: [:]][staff, default: 0] += 1 }
        }
        return (onStreet, own)
    }

    /// Gives every line's case its new regisseur, in one transaction: a journal entry and an
    /// access-log row per case. Refused whole, nothing written, when a case changed since the
    /// plan (its version), is closed or no longer `from`'s, or a receiver is away or gone today.
    package func applyHandover(_ plan: HandoverPlan, today: Day) throws -> HandoverUndo {
        try requireLeadForHandover(detail: "hand over the cases of \(plan.from)")
        let lines = plan.lines.filter { $0.to != nil }
        guard !lines.isEmpty else { throw WijkteamError.invalid(tr("store.handover.nothing", plan.from)) }
        guard Set(lines.map(\.caseID)).count == lines.count else { throw WijkteamError.invalid(tr("store.handover.twice")) }
        let staff = Dictionary(try SharedReads.staff(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        guard staff[plan.from] != nil else { throw WijkteamError.unknownStaff(plan.from) }
        for to in Set(lines.compactMap(\.to)).sorted() {
            guard let s = staff[to] else { throw WijkteamError.unknownStaff(to) }
            guard s.role.canBeRegisseur else { throw WijkteamError.notARegisseur(to, s.role) }
            guard to != plan.from else { throw WijkteamError.invalid(tr("store.handover.to_self", to)) }
            if let why = s.unavailability(today: today, until: today) {
                throw WijkteamError.invalid(tr("store.handover.receiver_unavailable", s.name, why))
            }
        }
        let cases = try casesByID(lines.map(\.caseID))
        try checkUnchanged(lines.map { ($0.caseID, $0.caseVersion) }, in: cases, holder: plan.from)
        let moves = lines.map { line in
            HandoverUndo.Move(caseID: line.caseID, from: plan.from, to: line.to!, version: cases[line.caseID]!.version + 1)
        }
        try move(moves, cases: cases, back: false, staff: staff, today: today)
        return HandoverUndo(moves: moves)
    }

    /// Gives each case back to whom it came from; refused whole when any case changed since the
    /// handover (its version), or the colleague it goes back to has left.
    package func undoHandover(_ undo: HandoverUndo, today: Day) throws {
        try requireLeadForHandover(detail: "undo a handover")
        guard !undo.moves.isEmpty else { return }
        let staff = Dictionary(try SharedReads.staff(db).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for from in Set(undo.moves.map(\.from)).sorted() {
            guard let s = staff[from] else { throw WijkteamError.unknownStaff(from) }
            if s.hasLeft(on: today) { throw WijkteamError.invalid(tr("store.handover.undo_left", s.name)) }
        }
        let cases = try casesByID(undo.moves.map(\.caseID))
        for m in undo.moves {
            try checkUnchanged([(m.caseID, m.version)], in: cases, holder: m.to)
        }
        let back = undo.moves.map { HandoverUndo.Move(caseID: $0.caseID, from: $0.to, to: $0.from, version: $0.version + 1) }
        try move(back, cases: cases, back: true, staff: staff, today: today)
    }

    private func requireLeadForHandover(detail: String) throws {
        guard try AuditRows.viewer(db, actor).role == .teamLead else {
            throw AccessDenied(
                event: AuditEvent(.change, detail: detail, result: .denied), error: .accessDenied(tr("store.denied.handover")))
        }
    }

    private func casesByID(_ ids: [Int]) throws -> [Int: Case] {
        var out: [Int: Case] = [:]
        for chunk in HandoverSQL.chunks(ids) {
            for c in try db.fetchMapped(
                "SELECT * FROM care_case WHERE id IN (\(HandoverSQL.idList(chunk)))", [], prepare: Rows.CaseColumns.init, Rows.case)
            {
                out[c.id] = c
            }
        }
        return out
    }

    /// Refuses when a case is gone, closed, held by someone other than `holder`, or at another
    /// version than expected (a stale version names every case that changed).
    private func checkUnchanged(_ expected: [(caseID: Int, version: Int?)], in cases: [Int: Case], holder: StaffID) throws {
        var problems: [String] = []
        var firstStale: (Case, Int)?
        for (id, version) in expected {
            guard let c = cases[id] else { throw WijkteamError.unknownCase(id) }
            if let version, version != c.version {
                if firstStale == nil { firstStale = (c, version) }
                problems.append(tr("store.handover.case_now", id, CaseWorkRows.describe(c)))
            } else if !c.isOpen || c.regisseurID != holder {
                problems.append(tr("store.handover.case_now", id, CaseWorkRows.describe(c)))
            }
        }
        guard !problems.isEmpty else { return }
        let list = problems.joined(separator: "; ")
        if case (let c, let version)? = firstStale {
            throw WijkteamError.staleVersion(record: tr("store.record.case", c.id), expected: version, actual: c.version, changed: list)
        }
        throw WijkteamError.invalid(tr("store.handover.changed", list))
    }

    /// Writes the moves: regisseurs (compare-and-swap on the versions read), self-given access
    /// made a real one (as assigning does), journal entries, audit rows.
    private func move(_ moves: [HandoverUndo.Move], cases: [Int: Case], back: Bool, staff: [StaffID: Staff], today: Day) throws {
        for chunk in HandoverSQL.chunks(moves) {
            let ids = HandoverSQL.idList(chunk.map(\.caseID))
            let whenThen = chunk.map { _ in "WHEN ? THEN ?" }.joined(separator: " ")
            var receivers: [(any SQLArgument)?] = []
            var versions: [(any SQLArgument)?] = []
            for m in chunk {
                receivers += [m.caseID, m.to]
                versions += [m.caseID, cases[m.caseID]!.version]
            }
            try db.execute(
                """
                UPDATE care_case SET regisseur_id = CASE id \(whenThen) END, version = version + 1
                WHERE id IN (\(ids)) AND phase <> 'afgesloten' AND version = CASE id \(whenThen) END
                """, receivers + versions)
            guard db.changesCount == chunk.count else {
                throw WijkteamError.invalid(tr("store.case.changed_while_saving", chunk.first!.caseID))
            }
            try db.execute("DELETE FROM access_grant WHERE case_id IN (\(ids)) AND staff_id = CASE case_id \(whenThen) END", receivers)
            try CaseHistoryRows.regisseurs(db, chunk.map { (caseID: $0.caseID, to: StaffID?.some($0.to)) }, on: today, by: actor.staffID)
            var entries: [(any SQLArgument)?] = []
            for m in chunk {
                let (from, to) = (staff[m.from]?.name ?? m.from, staff[m.to]?.name ?? m.to)
                let text = back ? tr("store.handover.journal.back", from, to) : tr("store.handover.journal", from, to)
                entries += [
                    m.caseID, today.description, JournalKind.other.rawValue, actor.staffID, text, false, JournalSearch.folded(text),
                ]
            }
            try db.execute(
                "INSERT INTO journal_entry (case_id, date, kind, author_id, text, sensitive, search_text) VALUES "
                    + chunk.map { _ in "(?, ?, ?, ?, ?, ?, ?)" }.joined(separator: ", "), entries)
        }
        for m in moves {
            let detail = back ? "handover undone: \(m.from) back to \(m.to)" : "handover from \(m.from) to \(m.to)"
            try AuditRows.insert(
                db, AuditEvent(.change, householdID: cases[m.caseID]!.householdID, caseID: m.caseID, detail: detail), actor: actor)
        }
    }
}

/// Statements over many cases at once, a hundred ids at a time (well inside every engine's limit
/// on bound values).
enum HandoverSQL {
    static func idList(_ ids: some Sequence<Int>) -> String { ids.map(String.init).joined(separator: ",") }
    static func chunks<T>(_ items: [T], of size: Int = 100) -> [ArraySlice<T>] {
        stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
    }
}

/// A row of the loads' read: an open case's regisseur (nil for none), phase (nil for a text that
/// is no phase) and complexity (NOT NULL in the schema: a stepped NULL would read as 0).
struct LoadRow {
    static let columns = ["regisseur_id", "phase", "complexity"]
    static let phases = Phase.allCases.map { Array($0.rawValue.utf8) }
    let regisseurID: StaffID?
    let phase: Phase?
    let complexity: Int
    init(_ r: some OutlineFields) {
        regisseurID = r.text(0)
        let code = r.code(1, Self.phases)
        phase = code >= 0 ? Phase.allCases[code] : nil
        complexity = r.int(2)
    }
}
