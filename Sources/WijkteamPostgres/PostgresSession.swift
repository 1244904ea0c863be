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
public final class PostgresSession: @unchecked Sendable {
    private let connection: PostgresConnection
    private let logger = Logger(label: "wijkteam.postgres")
    public let location: PostgresLocation

    private init(connection: PostgresConnection, location: PostgresLocation) {
        self.connection = connection; self.location = location
    }

    /// Connects, or says in one line why not (the URL without its password).
    public static func connect(_ location: PostgresLocation) throws -> PostgresSession {
        let configuration: PostgresConnection.Configuration
        if let socket = location.socketPath {
            configuration = .init(unixSocketPath: socket, username: location.user, password: location.password, database: location.database)
        } else {
            configuration = .init(host: location.host ?? "localhost", port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: .disable)
        }
        do {
            let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration,
                                                            id: 1, logger: Logger(label: "wijkteam.postgres")).wait()
            return PostgresSession(connection: connection, location: location)
        } catch {
            throw WijkteamError.invalid("cannot connect to \(location): \(Self.message(error))")
        }
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
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait()
        } catch {
            throw PostgresServerError(message: Self.message(error), sqlState: (error as? PSQLError)?.serverInfo?[.sqlState])
        }
    }

    public func close() { try? connection.close().wait() }

    /// Starts listening on `channel`; `notice` gets each payload, on an event loop thread.
    public func listen(on channel: String, _ notice: @escaping @Sendable (String) -> Void) throws {
        connection.addListener(channel: channel) { _, response in notice(response.payload) }
        try execute("LISTEN \(channel)")
    }

    /// The server's own words (PSQLError's description hides them behind a generic text).
    static func message(_ error: any Error) -> String {
        if let e = error as? PSQLError, let server = e.serverInfo?[.message] {
            return server + (e.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
        }
        return "\(error)"
    }
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
