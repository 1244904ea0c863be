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

    // MARK: - WijkteamStore: each method one transaction around the shared StoreWork

    private func work(_ db: Database) -> StoreWork<Database> { StoreWork(db, actor: actor) }

    public func districtInfo() throws -> DistrictInfo {
        try read { db in try SharedReads.districtInfo(db) }
    }

    public func staff() throws -> [Staff] {
        try read { db in try SharedReads.staff(db) }
    }

    public func cases(includeClosed: Bool) throws -> [Case] {
        try read { db in try work(db).cases(includeClosed: includeClosed) }
    }

    public func followUps(includeDone: Bool) throws -> [FollowUp] {
        try read { db in try work(db).followUps(includeDone: includeDone) }
    }

    public func caseCards() throws -> [CaseCard] {
        try readConsistently { try caseCards(openFollowUps: followUps(includeDone: false)) }
    }

    /// The board's cards, given the open follow-ups already read (the snapshot reads them once for both).
    /// One pass over the rows, each card made once: this read is most of a city's first frame.
    public func caseCards(openFollowUps: [FollowUp]) throws -> [CaseCard] {
        try read { db in try work(db).caseCards(openFollowUps: openFollowUps) }
    }

    public func caseCards(ids: [Int]) throws -> [CaseCard] {
        guard !ids.isEmpty else { return [] }
        return try read { db in try work(db).caseCards(ids: ids) }
    }

    /// Stepped with SQLite's C API (`Row.step`): 6,000 outlines cost less than a tenth of 6,000 cards.
    public func caseOutlines() throws -> [CaseCard] {
        try read { db in try work(db).caseOutlines { sql, make in try Row.step(db, sql: sql, make) } }
    }

    public func followUpOutlines() throws -> [FollowUp] {
        try read { db in try work(db).followUpOutlines { sql, make in try Row.step(db, sql: sql, make) } }
    }

    public func openSignals() throws -> [Signal] {
        try read { db in try SharedReads.openSignals(db, actor: actor) }
    }

    public func suggestionContext(caseID: Int) throws -> SuggestionContext {
        try read { db in try work(db).suggestionContext(caseID: caseID) }
    }

    public func suggestionContext(householdID: Int) throws -> SuggestionContext {
        try read { db in try work(db).suggestionContext(householdID: householdID, excludingCase: nil) }
    }

    public func householdNames(ids: [Int]) throws -> [Int: String] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in try work(db).householdNames(ids: ids) }
    }

    /// A household as the actor may see it (sensitive parts withheld), logged as `access`
    /// in the same transaction (a refresh of what is already open is checked, not logged again).
    public func household(id: Int, access: HouseholdAccess) throws -> HouseholdRecord {
        // A refresh is checked like an open but not logged, so it needs no write transaction.
        guard let action = access.auditAction, !readOnly else { return try read { db in try work(db).visibleHousehold(id: id, logging: nil) } }
        return try write { db in try work(db).visibleHousehold(id: id, logging: (action, access.detail)) }
    }

    @discardableResult
    public func assign(caseID: Int, to staffID: StaffID?, expectedVersion: Int?, meetingID: Int?) throws -> Case {
        try write { db in try work(db).assign(caseID: caseID, to: staffID, expectedVersion: expectedVersion, meetingID: meetingID) }
    }

    @discardableResult
    public func completeFollowUp(id: Int, outcome: String, expectedVersion: Int?) throws -> FollowUp {
        try write { db in try work(db).completeFollowUp(id: id, outcome: outcome, expectedVersion: expectedVersion) }
    }

    @discardableResult
    public func addFollowUp(caseID: Int, kind: FollowUpKind, due: Day, owner: StaffID?, note: String, meetingID: Int?) throws -> FollowUp {
        try write { db in try work(db).addFollowUp(caseID: caseID, kind: kind, due: due, owner: owner, note: note, meetingID: meetingID) }
    }

    @discardableResult
    public func addProvision(_ provision: Provision) throws -> Provision {
        try write { db in try work(db).addProvision(provision) }
    }

    public func searchJournal(_ text: String, limit: Int = 50) throws -> [JournalHit] {
        let words = JournalSearch.words(of: text)
        guard !words.isEmpty else { throw WijkteamError.invalid(tr("store.search.nothing")) }
        return try write { db in try work(db).searchJournal(words: words, limit: limit, match: try Self.journalMatch(db, words: words)) }
    }

    public func triageContexts(today: Day) throws -> [Int: TriageContext] {
        try read { db in try work(db).triageContexts(today: today) }
    }

    public func meldcodeSteps() throws -> [Int: [MeldcodeRecord]] {
        try read { db in try work(db).meldcodeSteps() }
    }

    public func recordMeldcodeStep(signalID: Int, step: MeldcodeStep, by staff: StaffID, on day: Day, note: String) throws {
        try write { db in try work(db).recordMeldcodeStep(signalID: signalID, step: step, by: staff, on: day, note: note) }
    }

    @discardableResult
    public func decideTriage(signalID: Int, decision: TriageDecision, by staff: StaffID, on today: Day, expectedVersion: Int? = nil) throws -> Case {
        try write { db in try work(db).decideTriage(signalID: signalID, decision: decision, by: staff, on: today, expectedVersion: expectedVersion) }
    }

    @discardableResult
    public func saveTie(_ tie: NetworkTie, expectedVersion: Int?) throws -> NetworkTie {
        try write { db in try work(db).saveTie(tie, expectedVersion: expectedVersion) }
    }

    @discardableResult
    public func removeTie(id: Int, expectedVersion: Int?) throws -> NetworkTie {
        try write { db in try work(db).removeTie(id: id, expectedVersion: expectedVersion) }
    }

    @discardableResult
    public func setDiscussion(caseID: Int, question: String?, expectedVersion: Int?) throws -> Case {
        try write { db in try work(db).setDiscussion(caseID: caseID, question: question, expectedVersion: expectedVersion) }
    }

    public func agendaSettings() throws -> AgendaSettings {
        try read { db in try work(db).agendaSettings() }
    }

    public func saveAgendaSettings(_ settings: AgendaSettings) throws {
        try write { db in try work(db).saveAgendaSettings(settings) }
    }

    public func openMeeting() throws -> Meeting? {
        try read { db in try work(db).openMeeting() }
    }

    public func meeting(id: Int) throws -> Meeting? {
        try read { db in try work(db).meeting(id: id) }
    }

    public func meetings() throws -> [Meeting] {
        try read { db in try work(db).meetings() }
    }

    public func minutes(meetingID: Int) throws -> [MinuteEntry] {
        try read { db in try work(db).minutes(meetingID: meetingID) }
    }

    public func startMeeting(chair: StaffID, on day: Day) throws -> Meeting {
        try write { db in try work(db).startMeeting(chair: chair, on: day) }
    }

    public func saveMeeting(_ meeting: Meeting) throws {
        try write { db in try work(db).saveMeeting(meeting) }
    }

    @discardableResult
    public func recordDecision(meetingID: Int, itemKey: String?, caseID: Int?, householdID: Int?, text: String,
                               owner: StaffID?, due: Day?, on day: Day) throws -> MinuteEntry {
        try write { db in
            try work(db).recordDecision(meetingID: meetingID, itemKey: itemKey, caseID: caseID, householdID: householdID, text: text,
                                        owner: owner, due: due, on: day)
        }
    }

    public func endMeeting(_ meeting: Meeting, on day: Day) throws {
        try write { db in try work(db).endMeeting(meeting, on: day) }
    }

    @discardableResult
    public func addJournal(caseID: Int, kind: JournalKind, date: Day, text: String, sensitive: Bool, today: Day) throws -> JournalEntry {
        try write { db in try work(db).addJournal(caseID: caseID, kind: kind, date: date, text: text, sensitive: sensitive, today: today) }
    }

    @discardableResult
    public func movePhase(caseID: Int, to target: Phase, expectedVersion: Int?, today: Day) throws -> Case {
        try write { db in try work(db).movePhase(caseID: caseID, to: target, expectedVersion: expectedVersion, today: today) }
    }

    @discardableResult
    public func recordZRM(personID: Int, date: Day, changes: [LifeDomain: Int], basedOn: [LifeDomain: Int]?, today: Day) throws -> [ZRMScore] {
        try write { db in try work(db).recordZRM(personID: personID, date: date, changes: changes, basedOn: basedOn, today: today) }
    }

    @discardableResult
    public func saveGoal(_ goal: PlanGoal, expectedVersion: Int?) throws -> PlanGoal {
        try write { db in try work(db).saveGoal(goal, expectedVersion: expectedVersion) }
    }

    @discardableResult
    public func closeCase(caseID: Int, reason: String, expectedVersion: Int?, today: Day) throws -> (case: Case, closedFollowUps: Int) {
        try write { db in try work(db).closeCase(caseID: caseID, reason: reason, expectedVersion: expectedVersion, today: today) }
    }

    public func setCaseMember(caseID: Int, staffID: StaffID, member: Bool, today: Day) throws {
        try write { db in try work(db).setCaseMember(caseID: caseID, staffID: staffID, member: member, today: today) }
    }

    /// Logs something done outside the store's own methods: an export, a search.
    public func recordAudit(_ event: AuditEvent) throws {
        guard !readOnly else { return }  // the tour on a demo database: nothing is written
        try write { db in try AuditRows.insert(db, event, actor: actor) }
    }

    /// The log, oldest first; for one household when given. Reading the log is not itself logged.
    public func auditLog(householdID: Int?) throws -> [AuditRecord] {
        try read { db in try work(db).auditLog(householdID: householdID) }
    }

    /// Recomputes the chain; names the first row that was altered or removed.
    public func verifyAudit() throws -> AuditChain.Verification {
        try read { db in try AuditRows.verify(db) }
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
