#if PostgreSQL
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Wijkteam
import WijkteamStore

/// One connection to a PostgreSQL server, used synchronously as the store protocol is: each
/// call waits for its answer (never on an event loop thread; the app calls between frames).
///
/// A connection that goes away (the server restarted, the network was cut, no answer within
/// `queryTimeout`) is *lost*: every call then throws `StoreOffline` at once, without waiting,
/// until `reconnect()` makes a new one. Nothing is sent again by itself: a statement whose
/// answer never came may or may not have run, and only its caller knows what that means.
public final class PostgresSession: @unchecked Sendable {
    /// How long connecting may take, the server's greeting and login included. A server on the
    /// LAN or a socket answers in milliseconds; 5 s leaves room for a slow VPN and still tells
    /// a person at a prompt within a breath that the server is not there.
    public static let connectTimeoutSeconds: Int64 = 5
    /// How long one statement may go unanswered before the connection counts as lost. The
    /// longest reads (a city's whole snapshot, the access log) take a few seconds on a busy
    /// server; 30 s is far above that and still ends a network cut that sends no reset.
    public static let queryTimeoutSeconds: Int64 = 30

    private var connection: PostgresConnection
    private let configuration: PostgresConnection.Configuration
    private let logger = Logger(label: "wijkteam.postgres")
    private let stateLock = NSLock()
    /// Guarded by `stateLock`: why the connection was lost, nil while it is up.
    private var lostBecause: String?
    public let location: PostgresLocation
    /// This session's limit for one statement (tests shorten it).
    public var queryTimeout: TimeAmount = .seconds(PostgresSession.queryTimeoutSeconds)

    private init(connection: PostgresConnection, configuration: PostgresConnection.Configuration, location: PostgresLocation) {
        self.connection = connection; self.configuration = configuration; self.location = location
        watch(connection)
    }

    /// Connects, or says in one line why not (the URL without its password).
    public static func connect(_ location: PostgresLocation) throws -> PostgresSession {
        let configuration = Self.configuration(location)
        let connection = try open(configuration, location)
        return PostgresSession(connection: connection, configuration: configuration, location: location)
    }

    static func configuration(_ location: PostgresLocation) -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socket = location.socketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: location.password, database: location.database)
        } else {
            configuration = .init(host: location.host ?? "localhost", port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(connectTimeoutSeconds)
        return configuration
    }

    private static func open(_ configuration: PostgresConnection.Configuration, _ location: PostgresLocation) throws -> PostgresConnection {
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        let logger = Logger(label: "wijkteam.postgres")
        let connecting = PostgresConnection.connect(on: loop, configuration: configuration, id: 1, logger: logger)
        // The driver ends a connect that takes too long itself; a second later, this does.
        guard let outcome = answer(connecting, withinMS: Int(connectTimeoutSeconds) * 1_000 + 1_000) else {
            connecting.whenSuccess { late in
                let _: EventLoopFuture<Void> = late.close()
            }
            throw WijkteamError.invalid("cannot connect to \(location): \(tr("store.offline.timeout", connectTimeoutSeconds))")
        }
        do {
            return try outcome.get()
        } catch {
            throw WijkteamError.invalid("cannot connect to \(location): \(Self.message(error))")
        }
    }

    /// A connection that closes (the server went, or we closed it) is lost from then on.
    private func watch(_ connection: PostgresConnection) {
        connection.closeFuture.whenComplete { [weak self] _ in
            self?.markLost(tr("store.offline.closed"), of: connection)
        }
    }

    private func markLost(_ reason: String, of lost: PostgresConnection) {
        stateLock.lock(); defer { stateLock.unlock() }
        // A connection replaced meanwhile says nothing about the new one.
        if lost === connection, lostBecause == nil { lostBecause = reason }
    }

    /// Why the connection is lost, or nil while it is up.
    public var lostReason: String? {
        stateLock.lock(); defer { stateLock.unlock() }
        return lostBecause
    }

    public var isLost: Bool { lostReason != nil }

    /// Makes a new connection to the same server as the same user, if the old one is lost;
    /// throws `StoreOffline` while the server cannot be reached.
    public func reconnect() throws {
        guard isLost else { return }
        let fresh: PostgresConnection
        do {
            fresh = try Self.open(configuration, location)
        } catch {
            throw StoreOffline(.read, reason: "\(error)")
        }
        stateLock.lock()
        let old = connection
        connection = fresh
        lostBecause = nil
        stateLock.unlock()
        watch(fresh)
        let _: EventLoopFuture<Void> = old.close()
    }

    /// Runs statements without parameters, one after another (several, separated by semicolons:
    /// the server takes one per message).
    public func execute(_ sql: String) throws {
        for statement in PostgresSchema.statements(sql) { _ = try rows(statement) }
    }

    /// Runs one statement with `$1`… parameters and returns its rows.
    public func rows(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
        try run(sql, binds).rows
    }

    /// Runs one statement with `$1`… parameters and returns how many rows it changed.
    public func changes(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> Int {
        try run(sql, binds).metadata.rows ?? 0
    }

    private func run(_ sql: String, _ binds: PostgresBindings) throws -> PostgresQueryResult {
        stateLock.lock()
        let current = connection, lost = lostBecause
        stateLock.unlock()
        if let lost { throw StoreOffline(.read, reason: lost) }
        let waited = Int(queryTimeout.nanoseconds / 1_000_000)
        guard let outcome = Self.answer(current.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger), withinMS: waited) else {
            // No answer: whatever the statement did is unknown, so the connection goes (the
            // server rolls back an open transaction when it notices) and counts as lost.
            markLost(tr("store.offline.timeout", waited / 1000), of: current)
            let _: EventLoopFuture<Void> = current.close()
            throw StoreOffline(.read, reason: tr("store.offline.timeout", waited / 1000))
        }
        do {
            return try outcome.get()
        } catch {
            let sqlState = (error as? PSQLError)?.serverInfo?[.sqlState]
            if Self.isConnectionLoss(error, sqlState: sqlState) || current.isClosed {
                let reason = Self.message(error)
                markLost(reason, of: current)
                throw StoreOffline(.read, reason: reason)
            }
            throw PostgresServerError(message: Self.message(error), sqlState: sqlState)
        }
    }

    /// The future's outcome, or nil when it has none within `withinMS`.
    static func answer<T>(_ future: EventLoopFuture<T>, withinMS: Int) -> Result<T, any Error>? {
        let done = DispatchSemaphore(value: 0)
        let box = AnswerBox<T>()
        future.whenComplete {
            box.outcome = $0
            done.signal()
        }
        // The semaphore orders the write on the event loop before this read.
        guard done.wait(timeout: .now() + .milliseconds(withinMS)) == .success else { return nil }
        return box.outcome
    }

    /// The connection went, not the statement: class 08 (connection exception), 57P01–57P03
    /// (the server shutting down or starting up), or the channel's own errors.
    static func isConnectionLoss(_ error: any Error, sqlState: String?) -> Bool {
        if let sqlState { return sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(sqlState) }
        guard let e = error as? PSQLError else { return error is ChannelError }
        return [.serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown].contains(e.code)
    }

    public func close() {
        stateLock.lock()
        let current = connection
        stateLock.unlock()
        try? current.close().wait()
    }

    /// Starts listening on `channel`; `notice` gets each payload, on an event loop thread.
    public func listen(on channel: String, _ notice: @escaping @Sendable (String) -> Void) throws {
        stateLock.lock()
        let current = connection
        stateLock.unlock()
        current.addListener(channel: channel) { _, response in notice(response.payload) }
        try execute("LISTEN \(channel)")
    }

    /// The server's own words (PSQLError's description hides them behind a generic text).
    static func message(_ error: any Error) -> String {
        if let e = error as? PSQLError, let server = e.serverInfo?[.message] {
            return server + (e.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        if let e = error as? PSQLError, e.code == .serverClosedConnection || e.code == .uncleanShutdown {
            return tr("store.offline.closed")
        }
        let underlying = (error as? PSQLError)?.underlying ?? error
        if case ChannelError.connectTimeout = underlying { return tr("store.offline.timeout", connectTimeoutSeconds) }
        if let e = error as? PSQLError, let underlying = e.underlying { return "\(underlying)" }
        return "\(error)"
    }
}

/// A statement's answer, handed from the event loop to the waiting caller.
private final class AnswerBox<T>: @unchecked Sendable {
    var outcome: Result<T, any Error>?
}

/// What the server (or the connection to it) said, in its own words, with its SQLSTATE
/// ("40001": the transaction could not be serialized with others and may be tried again).
public struct PostgresServerError: Error, CustomStringConvertible {
    public let message: String
    public let sqlState: String?
    public var description: String { message }

    /// A serialization failure or a deadlock: nothing was written, trying again may succeed.
    public var isTransient: Bool { sqlState == "40001" || sqlState == "40P01" }
}

/// Counts the commits that changed this team's data in other sessions, as the server announces
/// them (LISTEN/NOTIFY on its own connection): PostgreSQL's counterpart of SQLite's
/// `data_version`, which the screens watch to show another terminal's change. The commits of
/// the session `ignoringBackend` (the store's own connection) are left out.
public final class PostgresChangeListener: @unchecked Sendable {
    private let session: PostgresSession
    private let lock = NSLock()
    private var count = 0

    public init(_ location: PostgresLocation, ignoringBackend ownPID: Int? = nil, schema given: String? = nil) throws {
        session = try PostgresSession.connect(location)
        // Only this team's schema (where its tables are): another team's commits are none of its business.
        let schema = try given ?? session.rows("SELECT current_schema()").first?.decode(String.self) ?? "public"
        try session.listen(on: PostgresSchema.changeChannel) { [weak self] payload in
            // "schema pid" (pg2-change-sender), or "schema" from a server not migrated yet.
            let parts = payload.split(separator: " ", maxSplits: 1)
            guard parts.first.map(String.init) == schema, let self else { return }
            if let ownPID, parts.count == 2, Int(parts[1]) == ownPID { return }
            self.lock.lock(); defer { self.lock.unlock() }
            self.count += 1
        }
    }

    /// Grows with every announced commit.
    public var changes: Int {
        lock.lock(); defer { lock.unlock() }
        return count
    }

    /// Its connection went (the server restarted, the network was cut): notices no longer come.
    public var isLost: Bool { session.isLost }
    public var lostReason: String? { session.lostReason }

    public func close() { session.close() }
}

/// Brings a PostgreSQL database to the current schema (`PostgresSchema.migrations`), each
/// migration in its own transaction, under an advisory lock so two processes never migrate at
/// once. Returns the identifiers it applied.
public enum PostgresMigrator {
    /// Any number: the lock only has to be the same for every wijkteam process.
    static let lockKey = 75_132_026

    @discardableResult
    public static func migrate(_ session: PostgresSession) throws -> [String] {
        // Up to date (every start of the app, every command): no lock, nothing created. As on
        // SQLite, only a missing migration takes the lock; a newer database is refused below.
        let known = Set(PostgresSchema.migrations.map(\.identifier))
        if try session.rows("SELECT to_regclass('schema_migrations') IS NOT NULL").first?.decode(Bool.self) == true,
           Set(try session.rows("SELECT identifier FROM schema_migrations").map { try $0.decode(String.self) }) == known {
            return []
        }
        try session.execute("CREATE TABLE IF NOT EXISTS schema_migrations (identifier TEXT PRIMARY KEY NOT NULL)")
        try session.execute("SELECT pg_advisory_lock(\(lockKey))")
        defer { try? session.execute("SELECT pg_advisory_unlock(\(lockKey))") }
        let done = Set(try session.rows("SELECT identifier FROM schema_migrations").map { try $0.decode(String.self) })
        let unknown = done.subtracting(known)
        guard unknown.isEmpty else {
            throw WijkteamError.invalid("\(session.location) has migrations this wijkteam does not know (\(unknown.sorted().joined(separator: ", "))): it was made by a newer version")
        }
        var applied: [String] = []
        for m in PostgresSchema.migrations where !done.contains(m.identifier) {
            do {
                try session.execute("BEGIN")
                for step in m.steps {
                    switch step {
                    case .sql(let sql): try session.execute(sql)
                    case .fold(let fold): try fill(fold, session)
                    }
                }
                try session.execute("INSERT INTO schema_migrations VALUES ('\(m.identifier)')")
                try session.execute("COMMIT")
            } catch {
                try? session.execute("ROLLBACK")
                throw WijkteamError.invalid("migration \(m.identifier) failed on \(session.location): \(error)")
            }
            applied.append(m.identifier)
        }
        return applied
    }

    /// Fills `fold.into` with the folded copy of `fold.column`, a thousand rows a statement.
    static func fill(_ fold: Schema.Fold, _ session: PostgresSession) throws {
        let rows = try session.rows("SELECT id, \(fold.column) FROM \(fold.table)")
        var batch: [(Int, String)] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            var binds = PostgresBindings(capacity: batch.count * 2)
            var tuples: [String] = []
            for (i, (id, text)) in batch.enumerated() {
                binds.append(id)
                binds.append(JournalSearch.folded(text))
                tuples.append("($\(2 * i + 1)::bigint, $\(2 * i + 2)::text)")
            }
            _ = try session.changes("""
                UPDATE \(fold.table) t SET \(fold.into) = v.folded FROM (VALUES \(tuples.joined(separator: ", "))) AS v(id, folded)
                WHERE t.id = v.id
                """, binds)
            batch.removeAll(keepingCapacity: true)
        }
        for row in rows {
            let (id, text) = try row.decode((Int, String).self)
            batch.append((id, text))
            if batch.count == 1000 { try flush() }
        }
        try flush()
    }
}
#endif
