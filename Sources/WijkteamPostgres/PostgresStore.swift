#if PostgreSQL
import Foundation
import Wijkteam
import WijkteamStore

/// The store on a PostgreSQL server: the same protocol, SQL and rules as SQLiteStore
/// (`StoreWork`), in the server's transactions.
///
/// - A change is one SERIALIZABLE transaction. When the server cannot serialize it with
///   another terminal's (SQLSTATE 40001, or a deadlock), nothing was written: it is tried
///   again a few times, then reported.
/// - Several reads are one REPEATABLE READ, read-only transaction (`readConsistently`); a
///   read outside one is a transaction of its own.
/// - Other terminals' commits are counted from the server's notices (LISTEN/NOTIFY), the
///   counterpart of SQLite's `data_version`.
/// - Need-to-know between teams is the database's: each team's role reads its own schema.
public final class PostgresStore: TransactionalStore, @unchecked Sendable {
    /// One connection, shared by a store and the stores made from it (acting as someone,
    /// refusing changes), used by one caller at a time: a read inside `readConsistently` joins
    /// its transaction (same thread, the lock is recursive); others wait.
    final class Connection: @unchecked Sendable {
        let session: PostgresSession
        let runner: PostgresRunner
        let lock = NSRecursiveLock()
        /// Guarded by `lock`.
        var inTransaction = false
        /// Made on the first `changeCounter()`: one-off commands never need it. Guarded by
        /// `listenerLock`, not `lock`: the screens poll it while a long read holds the connection.
        var listener: PostgresChangeListener? {
            didSet { listenerRefLock.withLock { listenerForState = listener } }
        }
        let listenerLock = NSLock()
        /// The same listener for `isOffline`, which must never wait for `listenerLock` (held
        /// while a new listener connects).
        private var listenerForState: PostgresChangeListener?
        private let listenerRefLock = NSLock()
        var listenerIsLost: Bool { listenerRefLock.withLock { listenerForState?.isLost ?? false } }

        /// The schema holding the team's tables (the guard's views are in another).
        let dataSchema: String
        /// A team database with need-to-know on the server (`TeamGuard`), opened by a colleague.
        var guarded: Bool { runner.auditedOnServer }

        init(_ session: PostgresSession, guarded: Bool = false) throws {
            self.session = session
            runner = PostgresRunner(session)
            runner.auditedOnServer = guarded
            dataSchema =
                try session.rows(
                    """
                    SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass('household')
                    """
                ).first?.decode(String.self) ?? "public"
        }

        deinit {
            listener?.close()
            session.close()
        }
    }

    let connection: Connection
    public let location: PostgresLocation
    /// Who the audit log names for what this store reads and writes.
    public let actor: AuditActor
    /// A read-only session: every change is refused, but reads are still logged.
    public let refusesChanges: Bool

    /// How often a change the server could not serialize is tried, in all.
    static let attempts = 5

    private init(connection: Connection, location: PostgresLocation, actor: AuditActor, refusesChanges: Bool) {
        self.connection = connection
        self.location = location
        self.actor = actor
        self.refusesChanges = refusesChanges
    }

    /// Connects, brings the schema up to date and checks that a district is there.
    public static func open(_ location: PostgresLocation) throws -> PostgresStore {
        let session = try PostgresSession.connect(location)
        do {
            try PostgresMigrator.migrate(session)
            let rows = try session.rows("SELECT COUNT(*) FROM meta").first?.decode(Int.self) ?? 0
            guard rows > 0 else { throw WijkteamError.invalid(tr("store.pg.no_district", location.description)) }
        } catch {
            session.close()
            throw error
        }
        return PostgresStore(
            connection: try Connection(session), location: location,
            actor: .maintenance, refusesChanges: false)
    }

    /// A team's database as a colleague opens it (`wijkteam server init` made it): who is acting
    /// is the server's session user, mapped to a staff record there; the server enforces
    /// need-to-know and appends the access log. A database without the guard is refused.
    public static func openAsColleague(_ location: PostgresLocation, origin: String) throws -> (store: PostgresStore, staff: Staff) {
        let session = try PostgresSession.connect(location)
        do {
            let login = try session.rows("SELECT session_user::text").first?.decode(String.self) ?? location.user
            let installed = try session.rows("SELECT to_regproc('guard_version') IS NOT NULL").first?.decode(Bool.self) ?? false
            guard installed else { throw WijkteamError.invalid(tr("store.pg.unguarded", location.description)) }
            let version = try session.rows("SELECT guard_version()").first?.decode(Int.self) ?? 0
            guard version >= TeamGuard.version else { throw WijkteamError.invalid(tr("store.pg.guard_behind", location.description)) }
            // The server treats a colleague who left as nobody; say so rather than "no colleague".
            if let left = try session.rows("SELECT left_team()").first?.decode(String?.self) {
                throw WijkteamError.invalid(tr("store.pg.left_team", login, left, location.description))
            }
            let done = Set(try session.rows("SELECT identifier FROM schema_migrations").map { try $0.decode(String.self) })
            guard done == Set(PostgresSchema.migrations.map(\.identifier)) else {
                throw WijkteamError.invalid(tr("store.pg.guard_behind", location.description))
            }
            let opened = PostgresStore(
                connection: try Connection(session, guarded: true), location: location,
                actor: .maintenance, refusesChanges: false)
            guard let staff = try opened.staff().first(where: { $0.account == login }) else {
                throw WijkteamError.invalid(tr("store.pg.not_a_colleague", login, location.description))
            }
            return (opened.acting(as: AuditActor(staffID: staff.id, account: login, origin: origin)), staff)
        } catch {
            session.close()
            throw error
        }
    }

    /// A team database whose need-to-know the server enforces: `--as` means nothing there.
    public var isGuarded: Bool { connection.guarded }

    /// The same database, acting as someone: reads are checked against need-to-know and, like
    /// every change, logged under this actor.
    public func acting(as actor: AuditActor) -> PostgresStore {
        PostgresStore(connection: connection, location: location, actor: actor, refusesChanges: refusesChanges)
    }

    /// The same database and actor, refusing every change but the access log.
    public func refusingChanges() -> PostgresStore {
        PostgresStore(connection: connection, location: location, actor: actor, refusesChanges: true)
    }

    // MARK: Transactions

    public func reading<T>(_ body: (StoreWork<PostgresRunner>) throws -> T) throws -> T {
        let c = connection
        c.lock.lock(); defer { c.lock.unlock() }
        let work = StoreWork(c.runner, actor: actor)
        if c.inTransaction { return try body(work) }
        try c.session.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        c.inTransaction = true
        defer { c.inTransaction = false }
        do {
            let result = try body(work)
            try c.session.execute("COMMIT")
            return result
        } catch {
            try? c.session.execute("ROLLBACK")
            throw error
        }
    }

    /// One SERIALIZABLE transaction, tried again while the server reports it could not be
    /// serialized with another (nothing of it was written). A refusal for need-to-know
    /// (`AccessDenied`) commits only its audit row, then throws.
    public func writing<T>(_ body: (StoreWork<PostgresRunner>) throws -> T) throws -> T {
        let c = connection
        c.lock.lock(); defer { c.lock.unlock() }
        guard !c.inTransaction else { throw WijkteamError.invalid(tr("store.pg.write_inside_read")) }
        return try Self.retrying(attempts: Self.attempts) { try writeOnce(body) }
    }

    /// Runs `body` until it does not fail with a transient server error (a serialization
    /// failure or deadlock), at most `attempts` times; then says so.
    static func retrying<T>(attempts: Int, pause: (Int) -> Void = { PostgresStore.pause(after: $0) }, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try body()
            } catch let error as PostgresServerError where error.isTransient {
                guard attempt < attempts else { throw WijkteamError.invalid(tr("store.pg.conflict", attempt)) }
                pause(attempt)
            }
        }
    }

    /// A little longer each time, and apart: two terminals that collided do not collide again.
    static func pause(after attempt: Int) {
        usleep(useconds_t(10_000 * attempt + Int.random(in: 0..<10_000)))
    }

    private func writeOnce<T>(_ body: (StoreWork<PostgresRunner>) throws -> T) throws -> T {
        let c = connection
        do {
            try c.session.execute("BEGIN ISOLATION LEVEL SERIALIZABLE")
        } catch let lost as StoreOffline {
            throw lost.during(commit: false)
        }
        c.inTransaction = true
        defer { c.inTransaction = false }
        let outcome: Result<T, WijkteamError>
        var committing = false
        do {
            // Writers queue here, as SQLite's do on its write lock: every change appends to the
            // audit chain (one head row), so two at once would only fail each other. LOCK TABLE
            // comes before the transaction's snapshot, so the one that waited sees the other's rows.
            // A colleague on a guarded database may not lock the log itself: writers queue on a table of their own.
            try c.session.execute("LOCK TABLE \(c.guarded ? "write_queue" : "audit_head") IN EXCLUSIVE MODE")
            let counted = refusesChanges ? try rowsChangedPerTable() : [:]
            do {
                outcome = .success(try body(StoreWork(c.runner, actor: actor)))
            } catch let refusal as AccessDenied {
                // Checks run before any change, so only the denied row is written.
                try AuditRows.insert(c.runner, refusal.event, actor: actor)
                outcome = .failure(refusal.error)
            }
            if refusesChanges { try refuseChangesButTheAccessLog(since: counted) }
            committing = true
            try c.session.execute("COMMIT")
        } catch let lost as StoreOffline {
            // Lost before COMMIT: the server rolls the transaction back. Lost during it: unknown.
            throw lost.during(commit: committing)
        } catch {
            try? c.session.execute("ROLLBACK")
            throw error
        }
        return try outcome.get()
    }

    /// A read-only session writes only its access log: the server's counts of rows changed
    /// (triggers' included) say what else the transaction changed. They count since the
    /// session last reported its statistics, which it does only between transactions, so
    /// the difference from the transaction's start is the transaction's own.
    private func refuseChangesButTheAccessLog(since before: [String: Int]) throws {
        let changed = try rowsChangedPerTable().filter { $0.value > before[$0.key, default: 0] }.keys
        if !Set(changed).subtracting(["audit_log", "audit_head"]).isEmpty {
            throw WijkteamError.invalid(tr("readonly.refused"))
        }
    }

    private func rowsChangedPerTable() throws -> [String: Int] {
        Dictionary(
            try connection.session.rows(
                """
                SELECT relname::text, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_xact_user_tables WHERE schemaname = $1
                """, [connection.dataSchema].bindings
            ).map { try $0.decode((String, Int).self) }, uniquingKeysWith: +)
    }

    public func readConsistently<T>(_ body: () throws -> T) throws -> T {
        try reading { _ in try body() }
    }

    /// One connection reads one thing at a time: both reads, in one transaction.
    public func readSideBySide<A: Sendable, B: Sendable>(_ a: @escaping @Sendable () throws -> A,
                                                         _ b: @escaping @Sendable () throws -> B) throws -> (A, B) {
        try readConsistently { (try a(), try b()) }
    }

    /// Grows with every commit to this team's schema by another session, as the server
    /// announces it: this store's own writes are already on its screen. Throws `StoreOffline`
    /// once the listener's connection or the store's went: notices sent meanwhile are lost, so only a
    /// `reconnect()` and a full read make the screen right again.
    public func changeCounter() throws -> Int {
        let c = connection
        c.listenerLock.lock(); defer { c.listenerLock.unlock() }
        if c.listener == nil { try listenAgain() }
        // The store's own connection lost: the listener leaves out a pid that will change.
        if let lost = c.session.lostReason ?? c.listener?.lostReason { throw StoreOffline(.read, reason: lost) }
        return c.listener?.changes ?? 0
    }

    /// A new listener that leaves out this store's backend (its pid is new after a reconnect).
    /// Called holding `listenerLock`.
    private func listenAgain() throws {
        let c = connection
        c.lock.lock()
        let pid = try? c.session.rows("SELECT pg_backend_pid()::bigint").first?.decode(Int.self)
        c.lock.unlock()
        c.listener?.close()
        c.listener = nil
        do {
            c.listener = try PostgresChangeListener(location, ignoringBackend: pid, schema: c.dataSchema)
        } catch let e as WijkteamError {
            throw StoreOffline(.read, reason: "\(e)")
        }
    }

    /// The store's connection or its listener's is gone, and not made again yet.
    public var isOffline: Bool { connection.session.isLost || connection.listenerIsLost }

    /// Connects again (the store's connection, if it went) and listens again (always, when the
    /// store's connection is new: its pid is). Throws `StoreOffline` while the server cannot be reached.
    public func reconnect() throws {
        let c = connection
        c.listenerLock.lock(); defer { c.listenerLock.unlock() }
        c.lock.lock()
        let hadToReconnect = c.session.isLost
        do {
            try c.session.reconnect()
        } catch {
            c.lock.unlock()
            throw error
        }
        c.inTransaction = false
        c.lock.unlock()
        if hadToReconnect || c.listener?.isLost == true { try listenAgain() }
    }

    /// Only the tour writes nothing, and it runs on SQLite files.
    public var writesNothing: Bool { false }

    /// The folded terms as prefixes (a term of several tokens as a phrase), every one required,
    /// on the `to_tsvector('simple', search_text)` index (the limit and the reader do not change the plan).
    public func journalMatch(_ db: PostgresRunner, words: [String], limit: Int, viewerIsInTeam: Bool) throws -> JournalMatch {
        // Terms are letters, digits and spaces only (JournalSearch.terms): nothing in them is tsquery syntax.
        guard let query = JournalSearch.tsQuery(words: words) else { return .like(words: words) }
        return JournalMatch(from: "journal_entry j CROSS JOIN to_tsquery('simple', ?) AS q(query)",
                            fromArguments: [query],
                            condition: "to_tsvector('simple', j.search_text) @@ q.query")
    }
}
#endif
