import Foundation
import GRDB
import Synchronization
import Wijkteam

public enum StoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case missingDatabase(String)
    case alreadyExists(String)
    case newerSchema(path: String, unknown: [String])
    case notADatabase(path: String, reason: String)
    /// Read-only opening cannot apply the migrations an older database needs.
    case needsUpgrade(path: String, missing: [String])
    /// Another account can read or change the file: SQLite is one person's database.
    case shared(path: String, reason: String, files: [String])

    public var description: String {
        switch self {
        case .missingDatabase(let p): tr("store.error.missing_database", p)
        case .alreadyExists(let p): tr("store.error.already_exists", p)
        case .newerSchema(let p, let unknown): tr("store.error.newer_schema", p, unknown.joined(separator: ", "))
        case .notADatabase(let p, let reason): tr("store.error.not_a_database", p, reason)
        case .needsUpgrade(let p, let missing): tr("store.error.needs_upgrade", p, missing.joined(separator: ", "))
        case .shared(_, let reason, let files): tr("store.error.shared", reason, files.map(PrivateFiles.shellWord).joined(separator: " "))
        }
    }
}

/// The embedded store: one SQLite file in WAL mode, shared by several terminals.
public final class SQLiteStore: TransactionalStore, @unchecked Sendable {
    // DatabasePool is thread-safe; the class holds nothing else mutable.
    let pool: DatabasePool
    public let path: String

    /// A connection of its own for `PRAGMA data_version`, which changes when any *other*
    /// connection commits: other terminals, other processes, and this store's own writer
    /// (`readSideBySide` needs all of them; `changeCounter` only others').
    let watcher: CommitWatcher

    /// Who the audit log names for what this store reads and writes.
    public let actor: AuditActor

    /// Opened for the tour: SQLite refuses every write, and reads are not logged (the tour runs
    /// on demo databases only, whose people are fictional; see `open(path:readOnly:)`).
    public let readOnly: Bool

    /// A read-only session (`--read-only`): every change is refused, but reads are still
    /// logged (need-to-know and NEN 7513 hold for whoever reads).
    public let refusesChanges: Bool

    /// A command that runs once and exits reads on the writer's connection (see `read`).
    let readsOnTheWriter: Bool

    /// The connection of the consistent read each thread is in, on this store (`readConsistently`).
    private let consistentReads = ThreadMarks<Database>()
    /// The threads inside a write, shared by every store on this pool (`acting(as:)` makes new
    /// ones): the writer is one.
    private let writing: ThreadMarks<Bool>

    private init(pool: DatabasePool, path: String, readOnly: Bool, readsOnTheWriter: Bool) throws {
        self.pool = pool
        self.path = path
        self.readOnly = readOnly
        self.refusesChanges = readOnly
        self.readsOnTheWriter = readsOnTheWriter
        self.writing = ThreadMarks()
        self.watcher = CommitWatcher(path: path, readOnly: readOnly)
        self.actor = .maintenance
    }

    private init(sharing other: SQLiteStore, actor: AuditActor, refusesChanges: Bool? = nil) {
        pool = other.pool
        path = other.path
        watcher = other.watcher
        readOnly = other.readOnly
        readsOnTheWriter = other.readsOnTheWriter
        writing = other.writing
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

    /// A number that changes whenever another connection commits to the database: other
    /// terminals and processes, never this store's own writes (a cheap poll, no query on data).
    /// It is the writer connection's `data_version`, which SQLite leaves alone for that
    /// connection's own commits; every write of this store goes through that one connection.
    public func changeCounter() throws -> Int {
        try pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// Changes with every commit, this store's own included.
    private func anyCommitCounter() throws -> Int {
        try watcher.dataVersion()
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
    /// A database another account can read or change is refused before SQLite touches it, demo or
    /// not: the demo flag is inside the file, so whoever can write a shared file could set it.
    /// `allowShared` is for `copy --from` only: moving a shared file to a team server.
    /// `oneShot` is for a command that runs once and exits: its reads run on the writer's
    /// connection instead of opening a reader, which parses the whole schema again (about a tenth
    /// of a one-household listing). The screens keep their readers: they read beside writes.
    public static func open(path: String, readOnly: Bool = false, allowShared: Bool = false, oneShot: Bool = false) throws -> SQLiteStore {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.missingDatabase(path) }
        try SQLiteOpening.checkKind(path)
        if !allowShared, let reason = PrivateFiles.sharedReason(database: path) {
            let files = [path, path + "-wal", path + "-shm"].filter { FileManager.default.fileExists(atPath: $0) }
            throw StoreError.shared(path: path, reason: reason, files: files)
        }
        // Read only, before SQLite switches the file to WAL: another file is left byte for byte as it
        // was. The look also says which migrations the file has (and refuses a newer schema or a
        // file without wijkteam's tables): they are not read again through the pool.
        let applied = try SQLiteOpening.inspect(path, forWriting: !readOnly)
        if !readOnly { PrivateFiles.removeStaleTemporaries(of: path) }
        let pool: DatabasePool
        do {
            var config = configuration()
            config.readonly = readOnly
            pool = try DatabasePool(path: SQLiteOpening.plainLocation(path), configuration: config)
        } catch let error as DatabaseError {
            throw SQLiteOpening.openingError(error, path: path)
        }
        let migrator = Schema.migrator
        do {
            let missing = Set(migrator.migrations).subtracting(applied)
            if readOnly {
                guard missing.isEmpty else {
                    throw StoreError.needsUpgrade(path: path, missing: missing.sorted())
                }
            } else if !missing.isEmpty {
                // Only then: migrating takes the write lock, even when there is nothing to do (and
                // does nothing when another terminal migrated since the look).
                try migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw SQLiteOpening.openingError(error, path: path)
        }
        return try SQLiteStore(pool: pool, path: path, readOnly: readOnly, readsOnTheWriter: oneShot && !readOnly)
    }

    /// For the screens, right after opening: their first load reads two halves at once, each on
    /// a reader connection of its own (`readSideBySide`), between two looks at the watcher's
    /// `data_version`. The watcher's connection and the second reader are opened now, on another
    /// thread, while this one finds who is acting. Opened on first use, each (the schema read
    /// with it) was about 2.5 ms on the first frame's path: the watcher before both halves began,
    /// the reader at the start of the half that waited for it. (Both stay open, as the ones the
    /// load would have opened; a failure here is met again, and reported, when the load asks.)
    public func openSecondReader() {
        let pool = self.pool, watcher = self.watcher
        DispatchQueue.global(qos: .userInteractive).async {
            // The reader first: opened while this thread's first read opens the other, the pool
            // then holds two (opened later, it could be handed the one left free).
            _ = try? pool.read { db in try db.execute(sql: "SELECT 1 FROM meta LIMIT 1") }
            _ = try? watcher.dataVersion()
        }
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
            // On a one-shot store, a read asked for inside this write goes to a reader, as it
            // always did (`read`); the screens' writes need no mark.
            let marks = readsOnTheWriter ? writing : nil
            marks?.current = true
            defer { marks?.current = nil }
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
    /// A one-shot store (`open(oneShot:)`) reads on the writer's connection, in a deferred
    /// transaction with `query_only` set: one moment, and SQLite refuses any write in it. Such a
    /// read holds the writer's queue: nothing inside it may write through this store (GRDB stops
    /// a process that re-enters the queue); a read's body only reads its own connection.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        if let db = consistentReads.current { return try body(db) }
        guard readsOnTheWriter, writing.current == nil else { return try pool.read(body) }
        return try pool.writeWithoutTransaction { db in
            try db.readOnly {
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    public func readConsistently<T>(_ body: () throws -> T) throws -> T {
        if consistentReads.current != nil { return try body() }
        return try pool.read { db in
            consistentReads.current = db
            defer { consistentReads.current = nil }
            return try body()
        }
    }

    /// Two read transactions on two connections at once. The watcher's `data_version` is read
    /// before both start and after both end: unchanged, nobody committed in between, so both
    /// saw the same database.
    public func readSideBySide<A: Sendable, B: Sendable>(_ a: @escaping @Sendable () throws -> A,
                                                         _ b: @escaping @Sendable () throws -> B) throws -> (A, B) {
        if consistentReads.current != nil { return (try a(), try b()) }
        let before = try anyCommitCounter()
        let other = Background { try self.readConsistently(a) }
        let mine = Result { try readConsistently(b) }
        let theirs = Result { try other.wait() }
        if try anyCommitCounter() == before { return (try theirs.get(), try mine.get()) }
        return try readConsistently { (try a(), try b()) }
    }

    // MARK: - TransactionalStore: every protocol method is StoreWork in one of these

    public var writesNothing: Bool { readOnly }

    public func reading<T>(_ body: (StoreWork<Database>) throws -> T) throws -> T {
        try read { db in try body(StoreWork(db, actor: actor)) }
    }

    /// `reading` on one of the pool's readers, whatever kind of store this is: two halves read at
    /// once need a connection each (on a one-shot store both would wait for the writer, and the
    /// half that holds it waits for the other).
    private func readingOnAReader<T>(_ body: (StoreWork<Database>) throws -> T) throws -> T {
        try pool.read { db in try body(StoreWork(db, actor: actor)) }
    }

    public func writing<T>(_ body: (StoreWork<Database>) throws -> T) throws -> T {
        try write { db in try body(StoreWork(db, actor: actor)) }
    }

    /// FTS5 (`journal_fts`, kept in step by triggers) when this database has it, else LIKE.
    /// Terms in many entries are looked for newest first along `journal_date` (v19), the rest
    /// from their hits: both give the same hits in the same order (`SearchOrderTests`). Only for
    /// a reader in the team: an outside colleague sees the few households shared with them, and
    /// a walk newest first could go through the whole journal to find their hits.
    public func journalMatch(_ db: Database, words: [String], limit: Int, viewerIsInTeam: Bool) throws -> JournalMatch {
        guard let expression = JournalSearch.ftsExpression(words: words) else { return .like(words: words) }
        let indexes = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name IN ('journal_fts', 'journal_date')"))
        guard indexes.contains("journal_fts") else { return .like(words: words) }
        let many = JournalMatch.manyHits(limit: limit)
        guard viewerIsInTeam, indexes.contains("journal_date"),
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM (SELECT 1 FROM journal_fts WHERE journal_fts MATCH ? LIMIT ?)",
                arguments: [expression, many]) == many
        else { return .fromHits(expression) }
        return .newestFirst(expression)
    }

    /// Stepped with SQLite's C API (`Row.step`): 6,000 outlines cost less than a tenth of 6,000 cards.
    public func caseOutlines() throws -> [CaseCard] {
        try reading { work in try work.caseOutlines { sql, make in try Row.step(work.db, sql: sql, make) } }
    }

    public func proactiveContacts(since: Day) throws -> [ProactiveContact] {
        try reading { work in
            try work.proactiveContacts(since: since, byContactIndex: true) { sql, body in try Row.forEach(work.db, sql: sql, body) }
        }
    }

    public func handoverInput(from: StaffID, today: Day) throws -> HandoverInput {
        try reading { work in try work.handoverInput(from: from, today: today) { sql, body in try Row.forEach(work.db, sql: sql, body) } }
    }

    public func followUpOutlines() throws -> [FollowUp] {
        try reading { work in try work.followUpOutlines { sql, make in try Row.step(work.db, sql: sql, make) } }
    }

    /// Follow-ups stepped with SQLite's C API (`Row.step`).
    public func followUps(includeDone: Bool) throws -> [FollowUp] {
        try reading { work in try work.followUps(includeDone: includeDone) { sql, make in try Row.step(work.db, sql: sql, make) } }
    }

    /// The Kindcheck prompt's rows stepped with SQLite's C API (`Row.step`).
    public func kindchecksDue(today: Day) throws -> [Int: Int] {
        try reading { work in
            try work.kindchecksDue(today: today) { sql, _, take in _ = try Row.step(work.db, sql: sql, take) }
        }
    }

    /// One regisseur's rows only (the index on the regisseur), not every outline: `caseload` on a
    /// city read 6,000 outlines to keep 50.
    public func caseloadOutlines(of regisseur: StaffID) throws -> (cases: [CaseCard], followUps: [FollowUp]) {
        try reading { work in
            let cases = try work.caseOutlines(sql: OutlineSQL.casesOfRegisseur) { sql, make in
                try Row.step(work.db, sql: sql, arguments: [regisseur], make)
            }
            let followUps = try work.followUpOutlines(sql: OutlineSQL.followUpsOfRegisseur) { sql, make in
                try Row.step(work.db, sql: sql, arguments: [regisseur], make)
            }
            return (cases, followUps)
        }
    }

    /// The monitor, with its long reads stepped by SQLite's C API (`Row.step`), in two halves at
    /// once on two connections: the cases with their history on this thread, everything else the
    /// groups read on another (`monitorReadsBesideTheCases`); then the figures, from both. As in
    /// `readSideBySide`, the commit counter before and after tells that both saw the same
    /// database; when someone committed in between, the report is read again in one transaction.
    /// This is the protocol's requirement itself: the view, the meeting's trend and the command
    /// line reach the store as `any WijkteamStore` (an overload beside it was never called by them).
    public func monitor(from: Month, to: Month, today: Day, groups: MonitorGroups) throws -> MonitorReport {
        try MonitorPeriod.check(from: from, to: to)
        monitorReadsStepped.add(1, ordering: .relaxed)
        if consistentReads.current == nil, !groups.isEmpty {
            let before = try anyCommitCounter()
            let beside = Background {
                try self.readingOnAReader { work in
                    try work.monitorReadsBesideTheCases(from: from, to: to, today: today, groups: groups, step: Self.stepper(work.db))
                }
            }
            var handedOver = false
            let report = Result {
                try readingOnAReader { work in
                    try work.monitor(from: from, to: to, today: today, groups: groups, step: Self.stepper(work.db)) {
                        handedOver = true
                        return try beside.wait()
                    }
                }
            }
            // The other half ends before this returns, also when this half failed first.
            if !handedOver { _ = try? beside.wait() }
            if try anyCommitCounter() == before { return try report.get() }
        }
        return try reading { work in try work.monitor(from: from, to: to, today: today, groups: groups, step: Self.stepper(work.db)) }
    }

    /// Steps a monitor query with SQLite's C API.
    static func stepper(_ db: Database) -> MonitorStep {
        { sql, make in _ = try Row.step(db, sql: sql) { make($0) } }
    }

    /// How often the monitor was read through the stepped, two-connection path (tests: the
    /// protocol's requirement is this store's own).
    package let monitorReadsStepped = Atomic<Int>(0)
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

/// The watcher's connection, opened when it is first asked (the screens' side-by-side reads): a
/// one-shot command never asks, and a connection's opening (schema, functions) was a tenth of
/// `household --json`. Read-write unless the store is (it only ever reads): SQLite checkpoints
/// the WAL into the file and removes it when the last connection closes, and a read-only
/// connection cannot. The watcher closing last left the WAL behind at every exit, and the next
/// process read it whole again (460 frames on the bench's city) to rebuild its index.
final class CommitWatcher: @unchecked Sendable {
    private let path: String
    private let readOnly: Bool
    private let lock = NSLock()
    private var queue: DatabaseQueue?

    init(path: String, readOnly: Bool) {
        self.path = path
        self.readOnly = readOnly
    }

    var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return queue != nil
    }

    func dataVersion() throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        if queue == nil {
            var config = SQLiteStore.configuration()
            config.readonly = readOnly
            queue = try DatabaseQueue(path: SQLiteOpening.plainLocation(path), configuration: config)
        }
        return try queue!.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}

/// A value per thread, for one store (or one pool): Foundation's thread dictionary, which did
/// this before, bridged every value it was given and cast every value it gave back, and a
/// one-shot command paid ~0.3 ms of protocol-conformance lookups for its first use.
final class ThreadMarks<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var marks: [UInt: Value] = [:]

    /// This thread's value (nil: none).
    var current: Value? {
        get { lock.withLock { marks[Self.thread] } }
        set { lock.withLock { marks[Self.thread] = newValue } }
    }

    private static var thread: UInt {
        #if canImport(Darwin)
        UInt(bitPattern: pthread_self())
        #else
        UInt(pthread_self())
        #endif
    }
}
