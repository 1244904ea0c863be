import Foundation
import GRDB
import Wijkteam

public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case missingDatabase(String)
    case alreadyExists(String)
    case newerSchema(path: String, unknown: [String])
    case notADatabase(path: String, reason: String)
    /// Read-only opening cannot apply the migrations an older database needs.
    case needsUpgrade(path: String, missing: [String])

    public var description: String {
        switch self {
        case .missingDatabase(let p): tr("store.error.missing_database", p)
        case .alreadyExists(let p): tr("store.error.already_exists", p)
        case .newerSchema(let p, let unknown): tr("store.error.newer_schema", p, unknown.joined(separator: ", "))
        case .notADatabase(let p, let reason): tr("store.error.not_a_database", p, reason)
        case .needsUpgrade(let p, let missing): tr("store.error.needs_upgrade", p, missing.joined(separator: ", "))
        }
    }
}

/// The embedded store: one SQLite file in WAL mode, shared by several terminals.
public final class SQLiteStore: WijkteamStore, @unchecked Sendable {
    // DatabasePool is thread-safe; the class holds nothing else mutable.
    let pool: DatabasePool
    public let path: String

    /// A connection of its own for `PRAGMA data_version`, which changes when any *other*
    /// connection commits: other terminals, other processes, and this store's own writer.
    private let watcher: DatabaseQueue

    /// Who the audit log names for what this store reads and writes.
    public let actor: AuditActor

    /// Opened for the tour: SQLite refuses every write, and reads are not logged (the tour runs
    /// on demo databases only, whose people are fictional; see `open(path:readOnly:)`).
    public let readOnly: Bool

    /// A read-only session (`--read-only`): every change is refused, but reads are still
    /// logged (need-to-know and NEN 7513 hold for whoever reads).
    public let refusesChanges: Bool

    private init(pool: DatabasePool, path: String, readOnly: Bool) throws {
        self.pool = pool
        self.path = path
        self.readOnly = readOnly
        self.refusesChanges = readOnly
        var config = SQLiteStore.configuration()
        config.readonly = true
        self.watcher = try DatabaseQueue(path: path, configuration: config)
        self.actor = AuditActor(staffID: nil, account: "system", origin: "maintenance")
    }

    private init(sharing other: SQLiteStore, actor: AuditActor, refusesChanges: Bool? = nil) {
        pool = other.pool
        path = other.path
        watcher = other.watcher
        readOnly = other.readOnly
        self.refusesChanges = refusesChanges ?? other.refusesChanges
        self.actor = actor
    }

    /// The same database and actor, refusing every change but the access log.
    public func refusingChanges() -> SQLiteStore {
        SQLiteStore(sharing: self, actor: actor, refusesChanges: true)
    }

    /// The same database, acting as someone: reads are checked against need-to-know and, like
    /// every change, logged under this actor.
    public func acting(as actor: AuditActor) -> SQLiteStore {
        SQLiteStore(sharing: self, actor: actor)
    }

    /// A number that changes whenever anyone commits to the database (a cheap poll, no query on data).
    public func changeCounter() throws -> Int {
        try watcher.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        // Another terminal may be writing: wait for it rather than fail.
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            // 512 KB of page cache per connection instead of 2 MB: the pages come from the OS's file
            // cache anyway, and four connections' caches were a tenth of the app's memory on a city.
            try db.execute(sql: "PRAGMA cache_size = -512")
        }
        return config
    }

    /// Opens an existing database, refusing one written by a newer schema. `readOnly` opens it
    /// so that nothing is written at all, not even the access log or a migration: the database
    /// file stays byte-identical. Only for browsing demo databases (the tour).
    public static func open(path: String, readOnly: Bool = false) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missingDatabase(path) }
        let pool: DatabasePool
        do {
            var config = configuration()
            config.readonly = readOnly
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.notADatabase(path: path, reason: "\(error)")
        }
        let migrator = Schema.migrator
        do {
            let (applied, hasTables) = try pool.read { db -> (Set<String>, Bool) in
                let applied = try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
                return (applied, try db.tableExists("meta"))
            }
            let unknown = applied.subtracting(migrator.migrations)
            guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
            guard hasTables else { throw StoreError.notADatabase(path: path, reason: tr("store.error.no_tables")) }
            let missing = Set(migrator.migrations).subtracting(applied)
            if readOnly {
                guard missing.isEmpty else {
                    throw StoreError.needsUpgrade(path: path, missing: missing.sorted())
                }
            } else if !missing.isEmpty {
                // Only then: migrating takes the write lock, even when there is nothing to do.
                try migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.notADatabase(path: path, reason: error.message ?? "\(error)")
        }
        return try SQLiteStore(pool: pool, path: path, readOnly: readOnly)
    }

    /// Writes a whole district into a new database file. The file appears complete or not at all:
    /// it is built beside the target and renamed over it at the end.
    public static func create(at path: String, from data: DistrictData, replace: Bool = false) throws -> SQLiteStore {
        let fm = FileManager.default
        if fm.fileExists(atPath: path), !replace { throw StoreError.alreadyExists(path) }
        let url = URL(fileURLWithPath: path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        func removeFiles(_ base: String) {
            for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: base + suffix) }
        }
        removeFiles(temp)
        do {
            let pool = try DatabasePool(path: temp, configuration: configuration())
            try Schema.migrator.migrate(pool)
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try Importer.insert(data, into: db)
                    return .commit
                }
            }
            try pool.close()
        } catch {
            removeFiles(temp)
            throw error
        }
        // A -wal left beside a deleted database would be replayed onto the new one (old
        // transactions, or a broken schema): it goes, whether or not we replace.
        removeFiles(path)
        try fm.moveItem(atPath: temp, toPath: path)
        return try open(path: path)
    }

    /// One write = one immediate transaction (takes the write lock up front, so two terminals
    /// never deadlock upgrading a read lock); the busy timeout makes the second one wait.
    /// A database still locked after that is tried again, then reported (nothing was written).
    /// A refusal for need-to-know (`AccessDenied`) commits only its audit row, then throws.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try writeOnce(body)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                attempt += 1
                guard attempt < SQLiteStore.busyAttempts else {
                    throw WijkteamError.invalid(tr("store.busy", attempt * 10))
                }
                usleep(useconds_t(200_000 * attempt))
            }
        }
    }

    static let busyAttempts = 3

    private func writeOnce<T>(_ body: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            var denied: AccessDenied?
            let changes = refusesChanges ? ChangedTables() : nil
            if let changes { db.add(transactionObserver: changes, extent: .nextTransaction) }
            try db.inTransaction(.immediate) {
                do {
                    result = try body(db)
                } catch let refusal as AccessDenied {
                    // Checks run before any change, so only the denied row is written.
                    try AuditRows.insert(db, refusal.event, actor: actor)
                    denied = refusal
                }
                // A read-only session writes only its access log: anything else rolls back.
                if let changes, !changes.tables.subtracting(["audit_log", "audit_head"]).isEmpty {
                    throw WijkteamError.invalid(tr("readonly.refused"))
                }
                return .commit
            }
            if let denied { throw denied.error }
            return result!
        }
    }

    /// Inside `readConsistently` every read joins that one read transaction (same thread: GRDB runs
    /// the block synchronously), so what several reads return belongs to one moment.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let db = Thread.current.threadDictionary[consistentReadKey] as? Database { return try body(db) }
        return try pool.read(body)
    }

    private var consistentReadKey: String { "wijkteam.consistentRead.\(ObjectIdentifier(self).hashValue)" }

    public func readConsistently<T>(_ body: () throws -> T) throws -> T {
        if Thread.current.threadDictionary[consistentReadKey] != nil { return try body() }
        return try pool.read { db in
            let thread = Thread.current
            thread.threadDictionary[consistentReadKey] = db
            defer { thread.threadDictionary.removeObject(forKey: consistentReadKey) }
            return try body()
        }
    }

    /// Two read transactions on two connections at once. The watcher's `data_version` is read
    /// before both start and after both end: unchanged, nobody committed in between, so both
    /// saw the same database.
    public func readSideBySide<A: Sendable, B: Sendable>(_ a: @escaping @Sendable () throws -> A,
                                                         _ b: @escaping @Sendable () throws -> B) throws -> (A, B) {
        if Thread.current.threadDictionary[consistentReadKey] != nil { return (try a(), try b()) }
        let before = try changeCounter()
        let other = Background { try self.readConsistently(a) }
        let mine = Result { try readConsistently(b) }
        let theirs = Result { try other.wait() }
        if try changeCounter() == before { return (try theirs.get(), try mine.get()) }
        return try readConsistently { (try a(), try b()) }
    }

    // MARK: - WijkteamStore

    public func districtInfo() throws -> DistrictInfo {
        try read { db in try SharedReads.districtInfo(db) }
    }

    public func staff() throws -> [Staff] {
        try read { db in try SharedReads.staff(db) }
    }

    func sharedCases(_ db: Database) throws -> Set<Int>? { try SharedReads.sharedCases(db, actor: actor) }

    /// The questions of a safety case come from its safety signal: withheld like it.
    func withholdSafetyCases(_ db: Database, _ cases: inout [Case]) throws {
        let safety = cases.indices.filter { cases[$0].safety }
        guard !safety.isEmpty, let reader = try SafetyReader.load(db, actor: actor, households: Set(safety.map { cases[$0].householdID })) else { return }
        for i in safety { _ = Access.withholdIfNeeded(&cases[i], for: reader.viewer, members: reader.members) }
    }

    public func cases(includeClosed: Bool) throws -> [Case] {
        try read { db in
            let shared = try sharedCases(db)
            var cases = try Row.fetchMapped(db, sql: "SELECT * FROM care_case \(includeClosed ? "" : "WHERE phase <> 'afgesloten'") ORDER BY id",
                                            prepare: Rows.CaseColumns.init, Rows.case).filter { shared?.contains($0.id) ?? true }
            try withholdSafetyCases(db, &cases)
            return cases
        }
    }

    public func followUps(includeDone: Bool) throws -> [FollowUp] {
        try read { db in
            let shared = try sharedCases(db)
            return try Row.fetchMapped(db, sql: "SELECT * FROM follow_up \(includeDone ? "" : "WHERE done = 0") ORDER BY due, id",
                                       Rows.followUp).filter { shared?.contains($0.caseID) ?? true }
        }
    }

    public func caseCards() throws -> [CaseCard] {
        try readConsistently { try caseCards(openFollowUps: followUps(includeDone: false)) }
    }

    /// The board's cards, given the open follow-ups already read (the snapshot reads them once for both).
    /// One pass over the rows, each card made once: this read is most of a city's first frame.
    public func caseCards(openFollowUps: [FollowUp]) throws -> [CaseCard] {
        try read { db in
            var cards = try cards(db, of: nil, shared: try sharedCases(db))
            // None given: the snapshot reads them side by side and attaches them itself.
            if !openFollowUps.isEmpty { CaseCard.attach(openFollowUps, to: &cards) }
            return cards
        }
    }

    public func caseCards(ids: [Int]) throws -> [CaseCard] {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            let list = Set(ids).sorted().map(String.init).joined(separator: ",")
            let shared = try sharedCases(db)
            var cards = try cards(db, of: list, shared: shared)
            let followUps = try Row.fetchMapped(db, sql: "SELECT * FROM follow_up WHERE done = 0 AND case_id IN (\(list)) ORDER BY due, id",
                                                Rows.followUp).filter { shared?.contains($0.caseID) ?? true }
            CaseCard.attach(followUps, to: &cards)
            return cards
        }
    }

    /// Open cases as cards without their follow-ups: every one, or those whose ids `list` holds
    /// (comma-separated); need-to-know (`shared`) and the withholding of safety cases applied.
    private func cards(_ db: Database, of list: String?, shared: Set<Int>?) throws -> [CaseCard] {
        var cards = try Row.fetchMapped(db, sql: """
            SELECT c.*, h.name AS h_name, h.buurt AS h_buurt, h.street AS h_street, h.number AS h_number
            FROM care_case c JOIN household h ON h.id = c.household_id
            WHERE c.phase <> 'afgesloten' \(list.map { "AND c.id IN (\($0))" } ?? "")
            ORDER BY c.id
            """, prepare: { names in
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
        try withholdSafetyCases(db, &safetyCases)
        for (i, c) in zip(safety, safetyCases) { cards[i].case = c }
        return cards
    }

    /// Read from covering indexes (`case_open_outline`, `follow_up_open_outline`): no case's
    /// texts or household are touched, so 6,000 outlines cost less than a tenth of 6,000 cards.
    static let caseOutlineSQL = """
        SELECT id, household_id, opened, phase, regisseur_id, complexity, safety, last_contact
        FROM care_case WHERE phase <> 'afgesloten' ORDER BY id
        """
    static let followUpOutlineSQL = "SELECT id, case_id, kind, due FROM follow_up WHERE done = 0 ORDER BY due, id"

    public func caseOutlines() throws -> [CaseCard] {
        try read { db in
            let shared = try sharedCases(db)
            var outlines = try Row.step(db, sql: Self.caseOutlineSQL) { r -> CaseCard in
                let phase = r.text(3).flatMap(Phase.init) ?? .aanmelding
                let outline = Case(id: r.int(0), householdID: r.int(1), opened: r.day(2) ?? Day(daysSinceEpoch: 0), source: .other,
                                   presentingQuestion: "", domains: [], phase: phase, regisseurID: r.text(4), complexity: r.int(5),
                                   safety: r.bool(6), version: 0)
                return CaseCard(case: outline, householdName: "", buurt: "", street: "", lastContact: r.day(7),
                                nextFollowUp: nil, proactiveKinds: [])
            }
            if let shared { outlines.removeAll { !shared.contains($0.case.id) } }
            return outlines
        }
    }

    public func followUpOutlines() throws -> [FollowUp] {
        try read { db in
            let shared = try sharedCases(db)
            return try Row.step(db, sql: Self.followUpOutlineSQL) { r -> FollowUp in
                let kind = r.text(2).flatMap(FollowUpKind.init) ?? .checkIn
                return FollowUp(id: r.int(0), caseID: r.int(1), kind: kind, due: r.day(3) ?? Day(daysSinceEpoch: 0), ownerID: nil,
                                note: "", done: false, outcome: nil, version: 0)
            }.filter { shared?.contains($0.caseID) ?? true }
        }
    }

    public func openSignals() throws -> [Signal] {
        try read { db in try SharedReads.openSignals(db, actor: actor) }
    }

    public func suggestionContext(caseID: Int) throws -> SuggestionContext {
        try read { db in
            guard let householdID = try Int.fetchOne(db, sql: "SELECT household_id FROM care_case WHERE id = ?", arguments: [caseID]) else {
                throw WijkteamError.unknownCase(caseID)
            }
            return try Self.suggestionContext(db, householdID: householdID, excludingCase: caseID)
        }
    }

    /// For a household without a case yet (a new registration).
    public func suggestionContext(householdID: Int) throws -> SuggestionContext {
        try read { db in try Self.suggestionContext(db, householdID: householdID, excludingCase: nil) }
    }

    static func suggestionContext(_ db: Database, householdID: Int, excludingCase caseID: Int?) throws -> SuggestionContext {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, language, street FROM household WHERE id = ?", arguments: [householdID]) else {
            throw WijkteamError.unknownHousehold(householdID)
        }
        var knownBy: [StaffID: String] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT regisseur_id, id, opened FROM care_case
            WHERE household_id = ? AND id <> ? AND regisseur_id IS NOT NULL ORDER BY opened
            """, arguments: [householdID, caseID ?? -1]) {
            let opened = (r["opened"] as String).prefix(4)
            knownBy[r["regisseur_id"]] = tr("store.known_by.regisseur", r["id"] as Int, opened)
        }
        for r in try Row.fetchAll(db, sql: """
            SELECT j.author_id, MAX(j.date) AS last FROM journal_entry j JOIN care_case c ON c.id = j.case_id
            WHERE c.household_id = ? AND j.author_id IS NOT NULL GROUP BY j.author_id
            """, arguments: [householdID]) where knownBy[r["author_id"]] == nil {
            knownBy[r["author_id"]] = tr("store.known_by.journal", r["last"] as String)
        }
        var neighbours: [StaffID: Int] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT c.regisseur_id, COUNT(*) AS n FROM care_case c JOIN household h ON h.id = c.household_id
            WHERE h.street = ? AND h.id <> ? AND c.phase <> 'afgesloten' AND c.regisseur_id IS NOT NULL
            GROUP BY c.regisseur_id
            """, arguments: [row["street"] as String, householdID]) {
            neighbours[r["regisseur_id"]] = r["n"]
        }
        return SuggestionContext(language: row["language"], knownBy: knownBy, neighbours: neighbours)
    }

    public func householdNames(ids: [Int]) throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let list = Set(ids).map(String.init).joined(separator: ",")
            return Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM household WHERE id IN (\(list))")
                .map { ($0["id"] as Int, $0["name"] as String) })
        }
    }

    /// A household as the actor may see it (sensitive parts withheld), logged as `access`
    /// in the same transaction (a refresh of what is already open is checked, not logged again).
    public func household(id: Int, access: HouseholdAccess) throws -> HouseholdRecord {
        // A refresh is checked like an open but not logged, so it needs no write transaction.
        guard let action = access.auditAction, !readOnly else { return try read { db in try visibleHousehold(db, id: id, logging: nil) } }
        return try write { db in try visibleHousehold(db, id: id, logging: (action, access.detail)) }
    }

    /// The household as the actor may see it; with `logging`, the open (or its refusal) and
    /// whatever was withheld go into the audit log in the caller's transaction.
    private func visibleHousehold(_ db: Database, id: Int, logging: (action: AuditAction, detail: String)?) throws -> HouseholdRecord {
        var record = try Self.householdRecord(db, id: id)
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
            if !withheld.isEmpty {
                try AuditRows.insert(db, AuditEvent(.readSensitive, householdID: id, caseID: record.openCase?.id,
                                                    detail: withheld.summary + " (not on the case)", result: .denied), actor: actor)
            }
        }
        return record
    }

    static func householdRecord(_ db: Database, id: Int) throws -> HouseholdRecord {
        guard let h = try Row.fetchOne(db, sql: "SELECT * FROM household WHERE id = ?", arguments: [id]) else {
            throw WijkteamError.unknownHousehold(id)
        }
        let members = try Row.fetchMapped(db, sql: "SELECT * FROM person WHERE household_id = ? ORDER BY birth_year, id",
                                       arguments: [id], Rows.person)
        var household = Rows.household(h)
        household.members = members
        let cases = try Row.fetchMapped(db, sql: "SELECT * FROM care_case WHERE household_id = ? ORDER BY id", arguments: [id], Rows.case)
        let caseIDs = cases.map(\.id)
        let inCases = "(\(caseIDs.isEmpty ? "NULL" : caseIDs.map(String.init).joined(separator: ",")))"
        let personIDs = members.map(\.id)
        let inPersons = "(\(personIDs.isEmpty ? "NULL" : personIDs.map(String.init).joined(separator: ",")))"
        return HouseholdRecord(
            household: household,
            ties: try Row.fetchMapped(db, sql: "SELECT * FROM network_tie WHERE household_id = ? ORDER BY id", arguments: [id], Rows.tie),
            cases: cases,
            followUps: try Row.fetchMapped(db, sql: "SELECT * FROM follow_up WHERE case_id IN \(inCases) ORDER BY done, due, id", Rows.followUp),
            zrm: try Row.fetchMapped(db, sql: "SELECT * FROM zrm_score WHERE person_id IN \(inPersons) ORDER BY date, person_id, domain", Rows.zrm),
            goals: try Row.fetchMapped(db, sql: "SELECT * FROM plan_goal WHERE case_id IN \(inCases) ORDER BY id", Rows.goal),
            provisions: try Row.fetchMapped(db, sql: "SELECT * FROM provision WHERE case_id IN \(inCases) ORDER BY id", Rows.provision),
            journal: try Row.fetchMapped(db, sql: "SELECT * FROM journal_entry WHERE case_id IN \(inCases) ORDER BY date DESC, id DESC", Rows.journal),
            signals: try Row.fetchMapped(db, sql: "SELECT * FROM signal WHERE household_id = ? ORDER BY date, id", arguments: [id], Rows.signal),
            caseMembers: try CaseWorkRows.members(db, caseIDs: caseIDs))
    }

    @discardableResult
    public func assign(caseID: Int, to staffID: StaffID?, expectedVersion: Int?, meetingID: Int?) throws -> Case {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM care_case WHERE id = ?", arguments: [caseID]) else {
                throw WijkteamError.unknownCase(caseID)
            }
            let current = Rows.case(row)
            try requireTeam(db, householdID: current.householdID, caseID: caseID, detail: "assigning a regisseur",
                            refusal: tr("store.denied.team.assign"))
            if let expectedVersion, expectedVersion != current.version {
                throw WijkteamError.staleVersion(record: tr("store.record.case", caseID), expected: expectedVersion, actual: current.version,
                                                 changed: Self.regisseurNow(current))
            }
            guard current.isOpen else { throw WijkteamError.caseClosed(caseID) }
            if let staffID {
                guard let s = try Row.fetchOne(db, sql: "SELECT * FROM staff WHERE id = ?", arguments: [staffID]).map(Rows.staff) else {
                    throw WijkteamError.unknownStaff(staffID)
                }
                guard s.role.canBeRegisseur else { throw WijkteamError.notARegisseur(staffID, s.role) }
            }
            // Compare-and-swap on the version we just read, so the check and the write are one step.
            try db.execute(sql: "UPDATE care_case SET regisseur_id = ?, version = version + 1 WHERE id = ? AND version = ?",
                           arguments: [staffID, caseID, current.version])
            guard db.changesCount == 1 else {
                throw WijkteamError.invalid(tr("store.case.changed_while_saving", caseID))
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
    }

    /// Who holds the case now and its phase, for a refused assignment or triage decision.
    static func regisseurNow(_ c: Case) -> String {
        c.regisseurID.map { tr("store.regisseur_now", $0, c.phase.rawValue) } ?? tr("store.regisseur_now.nobody", c.phase.rawValue)
    }

    @discardableResult
    public func completeFollowUp(id: Int, outcome: String, expectedVersion: Int?) throws -> FollowUp {
        guard !outcome.allSatisfy(\.isWhitespace) else {
            throw WijkteamError.invalid(tr("store.follow_up.outcome_required"))
        }
        return try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM follow_up WHERE id = ?", arguments: [id]) else {
                throw WijkteamError.invalid(tr("store.follow_up.missing", id))
            }
            var f = Rows.followUp(row)
            let c = try CaseWorkRows.loadCase(db, f.caseID)
            try requireCaseWrite(db, c, detail: "complete follow-up")
            if let expectedVersion, expectedVersion != f.version {
                let now = f.done ? tr("store.follow_up.now.done", f.outcome ?? "")
                    : f.ownerID.map { tr("store.follow_up.now.due", f.due, $0) } ?? tr("store.follow_up.now.due.no_owner", f.due)
                throw WijkteamError.staleVersion(record: tr("store.record.follow_up", id), expected: expectedVersion, actual: f.version,
                                                 changed: now)
            }
            guard !f.done else { throw WijkteamError.invalid(tr("store.follow_up.already_done", id)) }
            try db.execute(sql: "UPDATE follow_up SET done = 1, outcome = ?, version = version + 1 WHERE id = ? AND version = ?",
                           arguments: [outcome, id, f.version])
            f.done = true
            f.outcome = outcome
            f.version += 1
            try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: c.id, detail: "follow-up #\(id) done"),
                                 actor: actor)
            return f
        }
    }

    @discardableResult
    public func addFollowUp(caseID: Int, kind: FollowUpKind, due: Day, owner: StaffID?, note: String, meetingID: Int?) throws -> FollowUp {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM care_case WHERE id = ?", arguments: [caseID]) else {
                throw WijkteamError.unknownCase(caseID)
            }
            let c = Rows.case(row)
            try requireCaseWrite(db, c, detail: "add follow-up")
            guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
            let ownerID = owner ?? c.regisseurID
            if let ownerID, try Row.fetchOne(db, sql: "SELECT id FROM staff WHERE id = ?", arguments: [ownerID]) == nil {
                throw WijkteamError.unknownStaff(ownerID)
            }
            try db.execute(sql: "INSERT INTO follow_up (case_id, kind, due, owner_id, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [caseID, kind.rawValue, due.description, ownerID, note])
            let id = Int(db.lastInsertedRowID)
            try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                                detail: "\(kind.rawValue) follow-up #\(id) due \(due)"), actor: actor)
            if let meetingID {
                try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .followUp, caseID: caseID, householdID: c.householdID,
                                             text: note, ownerID: ownerID, due: due, detail: kind.rawValue)
            }
            return FollowUp(id: id, caseID: caseID, kind: kind, due: due, ownerID: ownerID, note: note)
        }
    }
}

/// The tables a transaction changed, as SQLite reports each row (triggers included).
private final class ChangedTables: TransactionObserver, @unchecked Sendable {
    // Used on the writer's queue only, within one transaction.
    var tables: Set<String> = []

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
    func databaseDidChange(with event: DatabaseEvent) { tables.insert(event.tableName) }
    func databaseDidCommit(_ db: Database) {}
    func databaseDidRollback(_ db: Database) {}
}
