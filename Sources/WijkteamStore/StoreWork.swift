import Foundation
import GRDB
import Wijkteam

/// What a store does inside one transaction, written once for both engines: SQLiteStore runs
/// each method inside its `read` or `write`, the PostgreSQL store inside its own transaction.
/// The need-to-know rules, the version checks and the audit rows live here, not per engine.
/// What differs per engine stays with the engine: how a transaction starts, is retried and
/// refused, the board's outline reads (SQLite steps them with its C API) and journal search.
public struct StoreWork<DB: SQLRunner> {
    package let db: DB
    /// Who the audit log names, and whose need-to-know applies.
    package let actor: AuditActor

    package init(_ db: DB, actor: AuditActor) {
        self.db = db
        self.actor = actor
    }

    // MARK: Lists

    func sharedCases() throws -> Set<Int>? { try SharedReads.sharedCases(db, actor: actor) }

    /// The questions of a safety case come from its safety signal: withheld like it.
    func withholdSafetyCases(_ cases: inout [Case]) throws {
        let safety = cases.indices.filter { cases[$0].safety }
        guard !safety.isEmpty, let reader = try SafetyReader.load(db, actor: actor, households: Set(safety.map { cases[$0].householdID })) else { return }
        for i in safety { _ = Access.withholdIfNeeded(&cases[i], for: reader.viewer, members: reader.members, grants: reader.grants) }
    }

    package func cases(includeClosed: Bool) throws -> [Case] {
        let shared = try sharedCases()
        var cases = try db.fetchMapped("SELECT * FROM care_case \(includeClosed ? "" : "WHERE phase <> 'afgesloten'") ORDER BY id", [],
                                       prepare: Rows.CaseColumns.init, Rows.case).filter { shared?.contains($0.id) ?? true }
        try withholdSafetyCases(&cases)
        return cases
    }

    package func followUps(includeDone: Bool) throws -> [FollowUp] {
        try followUps(includeDone: includeDone) { sql, make in
            try db.fetchMapped(sql, []) { make(NamedOutlineRow(row: $0, names: FollowUpSQL.columns)) }
        }
    }

    /// The same from rows read any way (`OutlineFields`, at `FollowUpSQL.columns`): SQLite steps
    /// them with its C API (every open follow-up of a city for the agenda and the board).
    package func followUps<R: OutlineFields>(includeDone: Bool, _ read: (String, (R) -> FollowUp) throws -> [FollowUp]) throws
        -> [FollowUp]
    {
        let shared = try sharedCases()
        var followUps = try read(FollowUpSQL.all(includeDone: includeDone)) { r in
            FollowUp(
                id: r.int(0), caseID: r.int(1), kind: r.text(2).flatMap(FollowUpKind.init) ?? .checkIn,
                due: r.day(3) ?? Day(daysSinceEpoch: 0), ownerID: r.text(4), note: r.text(5) ?? "", done: r.bool(6), outcome: r.text(7),
                version: r.int(8))
        }
        // Only for someone who does not see every case (a new list of their few): for the team,
        // a filter that kept every one copied them all (3.4 MB at 100,000 households) while the
        // full load held the outline's too.
        if let shared { followUps = followUps.filter { shared.contains($0.caseID) } }
        try withholdSafetyFollowUps(&followUps)
        return followUps
    }

    /// Follow-ups of safety cases are withheld like the case's questions (`Access.withholdFollowUps`).
    func withholdSafetyFollowUps(_ followUps: inout [FollowUp]) throws {
        guard !followUps.isEmpty else { return }
        let ids = Set(followUps.map(\.caseID))
        // Safety cases are about 1 in 100: read them all rather than list the follow-ups' cases,
        // unless the follow-ups are a screenful's (the first frame's cards: a scan of every case
        // was a third of that read).
        let few = ids.count <= 200 ? "AND id IN (\(ids.sorted().map(String.init).joined(separator: ",")))" : ""
        let safety = try db.fetchMapped("SELECT * FROM care_case WHERE safety = 1 \(few) ORDER BY id", [], Rows.case)
        let relevant = safety.filter { ids.contains($0.id) }
        guard !relevant.isEmpty else { return }
        let viewer = try AuditRows.viewer(db, actor)
        let members = try CaseWorkRows.members(db, caseIDs: relevant.map(\.id))
        _ = Access.withholdFollowUps(
            &followUps, cases: Dictionary(relevant.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            for: viewer, members: members)
    }

    /// The board's cards, given the open follow-ups already read (none: bare cards).
    package func caseCards(openFollowUps: [FollowUp]) throws -> [CaseCard] {
        var cards = try cards(of: nil, shared: try sharedCases())
        if !openFollowUps.isEmpty { CaseCard.attach(openFollowUps, to: &cards) }
        return cards
    }

    package func caseCards(ids: [Int]) throws -> [CaseCard] {
        guard !ids.isEmpty else { return [] }
        let list = Set(ids).sorted().map(String.init).joined(separator: ",")
        let shared = try sharedCases()
        var cards = try cards(of: list, shared: shared)
        var followUps = try db.fetchMapped(
            "SELECT * FROM follow_up WHERE done = 0 AND case_id IN (\(list)) ORDER BY due, id", [], Rows.followUp
        ).filter { shared?.contains($0.caseID) ?? true }
        try withholdSafetyFollowUps(&followUps)
        CaseCard.attach(followUps, to: &cards)
        return cards
    }

    /// Open cases as cards without their follow-ups: every one, or those whose ids `list` holds
    /// (comma-separated); need-to-know (`shared`) and the withholding of safety cases applied.
    func cards(of list: String?, shared: Set<Int>?) throws -> [CaseCard] {
        var cards = try db.fetchMapped("""
            SELECT c.*, h.name AS h_name, h.buurt AS h_buurt, h.street AS h_street, h.number AS h_number
            FROM care_case c JOIN household h ON h.id = c.household_id
            WHERE c.phase <> 'afgesloten' \(list.map { "AND c.id IN (\($0))" } ?? "")
            ORDER BY c.id
            """, [], prepare: { names in
                (Rows.CaseColumns(names), ["h_name", "h_buurt", "h_street", "h_number", "last_contact"].map { names.firstIndex(of: $0)! })
            }) { row, columns -> CaseCard in
            let (c, h) = columns
            return CaseCard(case: Rows.case(row, c), householdName: row[h[0]], buurt: row[h[1]],
                            street: "\(row[h[2]] as String) \(row[h[3]] as String)",
                            lastContact: (row[h[4]] as String?).flatMap(Day.init), nextFollowUp: nil, proactiveKinds: [])
        }
        if let shared { cards.removeAll { !shared.contains($0.case.id) } }
        // Safety cases (about 1 in 100) have their questions withheld like their signal.
        let safety = cards.indices.filter { cards[$0].case.safety }
        var safetyCases = safety.map { cards[$0].case }
        try withholdSafetyCases(&safetyCases)
        for (i, c) in zip(safety, safetyCases) { cards[i].case = c }
        return cards
    }

    /// The outlines, from rows read any way (`OutlineFields`, in the order of `OutlineSQL`'s columns).
    package func caseOutlines<R>(sql: String = OutlineSQL.cases, _ step: (String, (R) -> CaseCard) throws -> [CaseCard]) throws
        -> [CaseCard] where R: OutlineFields
    {
        let shared = try sharedCases()
        // Found by the stored bytes, not through a String made per row (a fifth of the read).
        let phases = VocabularyCodes<Phase>()
        var outlines = try step(sql) { r in
            let phase = phases[r.code(3, phases.bytes)] ?? .aanmelding
            let outline = Case(id: r.int(0), householdID: r.int(1), opened: r.day(2) ?? Day(daysSinceEpoch: 0), source: .other,
                               presentingQuestion: "", domains: [], phase: phase, regisseurID: r.text(4), complexity: r.int(5),
                               safety: r.bool(6), version: 0)
            return CaseCard(case: outline, householdName: "", buurt: "", street: "", lastContact: r.day(7),
                            nextFollowUp: nil, proactiveKinds: [])
        }
        if let shared { outlines.removeAll { !shared.contains($0.case.id) } }
        return outlines
    }

    package func followUpOutlines<R>(sql: String = OutlineSQL.followUps, _ step: (String, (R) -> FollowUp) throws -> [FollowUp]) throws
        -> [FollowUp] where R: OutlineFields
    {
        let shared = try sharedCases()
        let kinds = VocabularyCodes<FollowUpKind>()
        let outlines = try step(sql) { r in
            let kind = kinds[r.code(2, kinds.bytes)] ?? .checkIn
            return FollowUp(id: r.int(0), caseID: r.int(1), kind: kind, due: r.day(3) ?? Day(daysSinceEpoch: 0), ownerID: nil,
                            note: "", done: false, outcome: nil, version: 0)
        }
        // Filtering copies every follow-up: only for someone who does not see every case.
        guard let shared else { return outlines }
        return outlines.filter { shared.contains($0.caseID) }
    }

    /// The outlines from the runner's rows, for an engine without a faster way: positions are those of
    /// the outline SQL's columns, found by name in each row.
    package func caseOutlinesFromRows() throws -> [CaseCard] {
        try caseOutlines { sql, make in try db.fetchMapped(sql, []) { make(NamedOutlineRow(row: $0, names: OutlineSQL.caseColumns)) } }
    }

    /// Each row of `sql` from the runner, read at the positions of `names` (found by name in
    /// each row): the rows path of a read that SQLite steps with its C API (`Row.forEach`).
    func eachRow(_ sql: String, names: [String], _ body: (NamedOutlineRow<DB.FetchedRow>) -> Void) throws {
        for row in try db.fetchAll(sql, []) { body(NamedOutlineRow(row: row, names: names)) }
    }

    package func followUpOutlinesFromRows() throws -> [FollowUp] {
        try followUpOutlines { sql, make in try db.fetchMapped(sql, []) { make(NamedOutlineRow(row: $0, names: OutlineSQL.followUpColumns)) } }
    }


    // MARK: Suggestions and households

    package func suggestionContext(caseID: Int) throws -> SuggestionContext {
        guard let row = try db.fetchOne("SELECT household_id FROM care_case WHERE id = ?", [caseID]) else {
            throw WijkteamError.unknownCase(caseID)
        }
        var context = try suggestionContext(householdID: row["household_id"], excludingCase: caseID)
        context.nextFollowUp = try nextOpenFollowUp(caseID: caseID)
        return context
    }

    /// The earliest open follow-up's due day: someone leaving the team before it is not suggested.
    func nextOpenFollowUp(caseID: Int) throws -> Day? {
        try db.fetchOne("SELECT due FROM follow_up WHERE case_id = ? AND done = 0 ORDER BY due, id LIMIT 1", [caseID])
            .flatMap { Day($0["due"] as String) }
    }

    package func suggestionContext(householdID: Int, excludingCase caseID: Int?) throws -> SuggestionContext {
        guard let row = try db.fetchOne("SELECT id, language, street FROM household WHERE id = ?", [householdID]) else {
            throw WijkteamError.unknownHousehold(householdID)
        }
        var knownBy: [StaffID: String] = [:]
        for r in try db.fetchAll("""
            SELECT regisseur_id, id, opened FROM care_case
            WHERE household_id = ? AND id <> ? AND regisseur_id IS NOT NULL ORDER BY opened
            """, [householdID, caseID ?? -1]) {
            let opened = (r["opened"] as String).prefix(4)
            knownBy[r["regisseur_id"]] = tr("store.known_by.regisseur", r["id"] as Int, opened)
        }
        for r in try db.fetchAll("""
            SELECT j.author_id, MAX(j.date) AS last FROM journal_entry j JOIN care_case c ON c.id = j.case_id
            WHERE c.household_id = ? AND j.author_id IS NOT NULL GROUP BY j.author_id
            """, [householdID]) where knownBy[r["author_id"]] == nil {
            knownBy[r["author_id"]] = tr("store.known_by.journal", r["last"] as String)
        }
        var neighbours: [StaffID: Int] = [:]
        for r in try db.fetchAll("""
            SELECT c.regisseur_id, COUNT(*) AS n FROM care_case c JOIN household h ON h.id = c.household_id
            WHERE h.street = ? AND h.id <> ? AND c.phase <> 'afgesloten' AND c.regisseur_id IS NOT NULL
            GROUP BY c.regisseur_id
            """, [row["street"] as String, householdID]) {
            neighbours[r["regisseur_id"]] = r["n"]
        }
        // Triage on a household whose case is open: that case's next follow-up counts.
        let openCase = try db.fetchOne(
            "SELECT id FROM care_case WHERE household_id = ? AND phase <> 'afgesloten' ORDER BY id DESC LIMIT 1", [householdID])
        let next = caseID == nil ? try openCase.flatMap { try nextOpenFollowUp(caseID: $0["id"]) } : nil
        return SuggestionContext(language: row["language"], knownBy: knownBy, neighbours: neighbours, nextFollowUp: next)
    }

    package func householdNames(ids: [Int]) throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        let list = Set(ids).map(String.init).joined(separator: ",")
        return Dictionary(uniqueKeysWithValues: try db.fetchAll("SELECT id, name FROM household WHERE id IN (\(list))", [])
            .map { ($0["id"] as Int, $0["name"] as String) })
    }

    /// The household as the actor may see it; with `logging`, the open (or its refusal) and
    /// whatever was withheld go into the audit log in the caller's transaction.
    /// Refuses a reader who may not see the household (the same rule as `visibleHousehold`),
    /// reading only its cases and who is on them: for reads of one part of a case (its plan, its
    /// route, its provisions' steps) that need no whole record.
    package func requireSeesHousehold(_ id: Int) throws {
        let cases = try db.fetchMapped("SELECT * FROM care_case WHERE household_id = ? ORDER BY id", [id], Rows.case)
        let members = try CaseWorkRows.members(db, caseIDs: cases.map(\.id))
        guard Access.canSeeHousehold(try AuditRows.viewer(db, actor), cases: cases, members: members) else {
            throw WijkteamError.accessDenied(tr("store.denied.household", id))
        }
    }

    package func visibleHousehold(id: Int, logging: (action: AuditAction, detail: String)?) throws -> HouseholdRecord {
        var record = try householdRecord(id: id)
        let viewer = try AuditRows.viewer(db, actor)
        guard Access.canSeeHousehold(viewer, cases: record.cases, members: record.caseMembers) else {
            let refusal = WijkteamError.accessDenied(tr("store.denied.household", id))
            guard let logging else { throw refusal }
            throw AccessDenied(event: AuditEvent(logging.action, householdID: id, detail: AuditRows.join(logging.detail, "outside the team, not on a case"),
                                                 result: .denied), error: refusal)
        }
        let withheld = Access.redact(&record, for: viewer)
        if let logging {
            try AuditRows.insert(db, AuditEvent(logging.action, householdID: id, caseID: record.openCase?.id, detail: logging.detail), actor: actor)
            if db.auditedOnServer {
                // The server gives the journal's text only once the opening is logged.
                record = try householdRecord(id: id)
                _ = Access.redact(&record, for: viewer)
            }
            if !withheld.isEmpty {
                let why = record.glassCases.isEmpty ? " (not on the case)" : " (access given to oneself: no reason given)"
                try AuditRows.insert(
                    db,
                    AuditEvent(
                        .readSensitive, householdID: id, caseID: record.openCase?.id,
                        detail: withheld.summary + why, result: .denied), actor: actor)
            }
        }
        return record
    }

    func householdRecord(id: Int) throws -> HouseholdRecord {
        guard let h = try db.fetchOne("SELECT * FROM household WHERE id = ?", [id]) else {
            throw WijkteamError.unknownHousehold(id)
        }
        let members = try db.fetchMapped("SELECT * FROM person WHERE household_id = ? ORDER BY birth_year, id", [id], Rows.person)
        var household = Rows.household(h)
        household.members = members
        let cases = try db.fetchMapped("SELECT * FROM care_case WHERE household_id = ? ORDER BY id", [id], Rows.case)
        let caseIDs = cases.map(\.id)
        let inCases = "(\(caseIDs.isEmpty ? "NULL" : caseIDs.map(String.init).joined(separator: ",")))"
        let personIDs = members.map(\.id)
        let inPersons = "(\(personIDs.isEmpty ? "NULL" : personIDs.map(String.init).joined(separator: ",")))"
        var record = HouseholdRecord(
            household: household,
            ties: try db.fetchMapped("SELECT * FROM network_tie WHERE household_id = ? ORDER BY id", [id], Rows.tie),
            cases: cases,
            followUps: try db.fetchMapped("SELECT * FROM follow_up WHERE case_id IN \(inCases) ORDER BY done, due, id", [], Rows.followUp),
            zrm: try db.fetchMapped("SELECT * FROM zrm_score WHERE person_id IN \(inPersons) ORDER BY date, person_id, domain", [], Rows.zrm),
            goals: try db.fetchMapped("SELECT * FROM plan_goal WHERE case_id IN \(inCases) ORDER BY id", [], Rows.goal),
            provisions: try db.fetchMapped("SELECT * FROM provision WHERE case_id IN \(inCases) ORDER BY id", [], Rows.provision),
            journal: try db.fetchMapped("SELECT * FROM journal_entry WHERE case_id IN \(inCases) ORDER BY date DESC, id DESC", [], Rows.journal),
            signals: try db.fetchMapped(
                "SELECT * FROM signal WHERE household_id = ? ORDER BY date, id", [id], prepare: Rows.SignalColumns.init, Rows.signal),
            caseMembers: try CaseWorkRows.members(db, caseIDs: caseIDs))
        record.selfGrants = try GrantRows.load(db, caseIDs: caseIDs)
        record.zrmMeasurements = try db.fetchMapped(
            "SELECT * FROM zrm_measurement WHERE person_id IN \(inPersons) ORDER BY date, person_id", [], ZRMRows.measurement)
        return record
    }

    // MARK: Assigning and follow-ups

    package func assign(caseID: Int, to staffID: StaffID?, expectedVersion: Int?, meetingID: Int?) throws -> Case {
        let current = try CaseWorkRows.loadCase(db, caseID)
        try requireTeam(householdID: current.householdID, caseID: caseID, detail: "assigning a regisseur",
                        refusal: tr("store.denied.team.assign"))
        if let expectedVersion, expectedVersion != current.version {
            throw WijkteamError.staleVersion(record: tr("store.record.case", caseID), expected: expectedVersion, actual: current.version,
                                             changed: Self.regisseurNow(current))
        }
        guard current.isOpen else { throw WijkteamError.caseClosed(caseID) }
        if let staffID {
            guard let s = try db.fetchOne("SELECT * FROM staff WHERE id = ?", [staffID]).map(Rows.staff) else {
                throw WijkteamError.unknownStaff(staffID)
            }
            guard s.role.canBeRegisseur else { throw WijkteamError.notARegisseur(staffID, s.role) }
            try requireNotLeft(staffID, today: StoreClock.today())
        }
        try CaseWorkRows.update(db, current, sql: "regisseur_id = ?", [staffID])
        // No day is handed to assigning: the store's day, as its check that the colleague has not left.
        if staffID != current.regisseurID {
            try CaseHistoryRows.record(db, caseID: caseID, kind: .regisseur, value: staffID, on: StoreClock.today(), by: actor.staffID)
        }
        if let staffID {
            let onCase =
                try staffID == current.regisseurID || CaseWorkRows.members(db, caseIDs: [caseID])[caseID, default: []].contains(staffID)
            try recordAccess(
                caseID: caseID, to: staffID, decider: current.regisseurID, hadAccess: onCase,
                today: StoreClock.today().description)
        }
        var updated = current
        updated.regisseurID = staffID
        updated.version += 1
        try AuditRows.insert(db, AuditEvent(.change, householdID: current.householdID, caseID: caseID,
                                            detail: "regisseur \(current.regisseurID ?? "none") → \(staffID ?? "none")"), actor: actor)
        if let meetingID {
            try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .assignment, caseID: caseID, householdID: current.householdID,
                                         text: "", ownerID: staffID, due: nil, detail: current.regisseurID)
        }
        return updated
    }

    /// Who holds the case now and its phase, for a refused assignment or triage decision.
    static func regisseurNow(_ c: Case) -> String {
        c.regisseurID.map { tr("store.regisseur_now", $0, c.phase.rawValue) } ?? tr("store.regisseur_now.nobody", c.phase.rawValue)
    }

    package func completeFollowUp(id: Int, outcome: String, expectedVersion: Int?) throws -> FollowUp {
        guard !outcome.allSatisfy(\.isWhitespace) else {
            throw WijkteamError.invalid(tr("store.follow_up.outcome_required"))
        }
        try Validation.text(outcome, what: tr("validation.what.text"))
        guard let row = try db.fetchOne("SELECT * FROM follow_up WHERE id = ?", [id]) else {
            throw WijkteamError.invalid(tr("store.follow_up.missing", id))
        }
        var f = Rows.followUp(row)
        let c = try CaseWorkRows.loadCase(db, f.caseID)
        try requireCaseWrite(c, detail: "complete follow-up")
        if let expectedVersion, expectedVersion != f.version {
            let now = f.done ? tr("store.follow_up.now.done", f.outcome ?? "")
                : f.ownerID.map { tr("store.follow_up.now.due", f.due, $0) } ?? tr("store.follow_up.now.due.no_owner", f.due)
            throw WijkteamError.staleVersion(record: tr("store.record.follow_up", id), expected: expectedVersion, actual: f.version,
                                             changed: now)
        }
        guard !f.done else { throw WijkteamError.invalid(tr("store.follow_up.already_done", id)) }
        // The day it was done counts it in the team's done-figure (`ProactiveContact`).
        try db.execute(
            "UPDATE follow_up SET done = 1, outcome = ?, done_on = ?, version = version + 1 WHERE id = ? AND version = ?",
            [outcome, StoreClock.today().description, id, f.version])
        f.done = true
        f.outcome = outcome
        f.version += 1
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: c.id, detail: "follow-up #\(id) done"),
                             actor: actor)
        return f
    }

    /// A new follow-up is due from today up to `Validation.followUpYearsAhead` years ahead, and
    /// has an owner: the one named, else the case's regisseur (a case without one needs a name).
    package func addFollowUp(caseID: Int, kind: FollowUpKind, due: Day, owner: StaffID?, note: String, meetingID: Int?,
                             today: Day) throws -> FollowUp {
        let c = try CaseWorkRows.loadCase(db, caseID)
        try requireCaseWrite(c, detail: "add follow-up")
        guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
        try Validation.followUpDue(due, today: today)
        try Validation.text(note, what: tr("validation.what.note"))
        guard let ownerID = owner ?? c.regisseurID else { throw WijkteamError.invalid(tr("validation.follow_up.owner", caseID)) }
        if try db.fetchOne("SELECT id FROM staff WHERE id = ?", [ownerID]) == nil {
            throw WijkteamError.unknownStaff(ownerID)
        }
        try requireNotLeft(ownerID, today: today)
        let id = try db.insertReturningID("INSERT INTO follow_up (case_id, kind, due, owner_id, note) VALUES (?, ?, ?, ?, ?)",
                                          [caseID, kind.rawValue, due.description, ownerID, note])
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                            detail: "\(kind.rawValue) follow-up #\(id) due \(due)"), actor: actor)
        if let meetingID {
            try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .followUp, caseID: caseID, householdID: c.householdID,
                                         text: note, ownerID: ownerID, due: due, detail: kind.rawValue)
        }
        return FollowUp(id: id, caseID: caseID, kind: kind, due: due, ownerID: ownerID, note: note)
    }

    // MARK: Audit log

    package func newlyAssignedToMe() throws -> Set<Int> {
        guard let me = actor.staffID else { return [] }
        let suffix = " → " + me
        // An assignment to me by someone else (its access-log row), with no opening of that
        // household by me after it, on a case that is still mine.
        let ids: [Int] = try db.fetchColumn("""
            SELECT DISTINCT c.id AS id FROM care_case c JOIN audit_log a ON a.case_id = c.id
            WHERE c.regisseur_id = ? AND c.phase <> 'afgesloten'
              AND a.action = 'change' AND a.result = 'allowed' AND a.detail LIKE 'regisseur %'
              AND substr(a.detail, length(a.detail) - length(?) + 1) = ? AND (a.staff_id IS NULL OR a.staff_id <> ?)
              AND NOT EXISTS (SELECT 1 FROM audit_log b WHERE b.id > a.id AND b.staff_id = ? AND b.household_id = a.household_id
                              AND b.action IN ('open_household', 'open_network', 'open_journal'))
            """, [me, suffix, suffix, me, me], "id")
        return Set(ids)
    }

    package func auditLog(householdID: Int?) throws -> [AuditRecord] {
        if let householdID {
            return try db.fetchAll("SELECT * FROM audit_log WHERE household_id = ? ORDER BY id", [householdID]).map(AuditRows.record)
        }
        return try db.fetchAll("SELECT * FROM audit_log ORDER BY id", []).map(AuditRows.record)
    }

    // MARK: Need-to-know for changes

    /// Staff outside the team change only cases they were added to.
    func requireCaseWrite(_ c: Case, detail: String) throws {
        let me = try AuditRows.viewer(db, actor)
        if me.role.isInTeam { return }
        let members = try CaseWorkRows.members(db, caseIDs: [c.id])
        guard members[c.id, default: []].contains(me.id) else {
            throw AccessDenied(event: AuditEvent(.change, householdID: c.householdID, caseID: c.id, detail: detail, result: .denied),
                               error: .accessDenied(tr("store.denied.case", c.id)))
        }
    }

    /// A household's network: staff outside the team only on a case of it.
    func requireHouseholdWrite(_ householdID: Int, detail: String) throws {
        let me = try AuditRows.viewer(db, actor)
        if me.role.isInTeam { return }
        let caseIDs = try db.fetchColumn("SELECT id FROM care_case WHERE household_id = ?", [householdID], "id", as: Int.self)
        guard try CaseWorkRows.members(db, caseIDs: caseIDs).values.contains(where: { $0.contains(me.id) }) else {
            throw AccessDenied(event: AuditEvent(.change, householdID: householdID, detail: detail, result: .denied),
                               error: .accessDenied(tr("store.denied.household", householdID)))
        }
    }

    /// Team work (assigning, triage, the meeting): staff outside the team may not.
    /// `detail` goes into the audit log; `refusal` is what the refused person is told.
    func requireTeam(householdID: Int?, caseID: Int?, detail: String, refusal: @autoclosure () -> String) throws {
        let me = try AuditRows.viewer(db, actor)
        guard me.role.isInTeam else {
            throw AccessDenied(event: AuditEvent(.change, householdID: householdID, caseID: caseID, detail: detail, result: .denied),
                               error: .accessDenied(refusal()))
        }
    }
}
