import Foundation
import Wijkteam

/// Where a PostgreSQL database is, from the URL given to `--db` or `$WIJKTEAM_DB`:
/// `postgres://user[:password]@host[:port]/database`, or a local socket directory as libpq
/// takes it, `postgres://user@/database?host=/run/postgresql`. Parsed in every build, so a
/// build without the PostgreSQL trait can say what it cannot open.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public var user: String
    public var password: String?
    public var host: String?
    public var port: Int
    /// The directory holding the server's socket (`.s.PGSQL.<port>`), instead of a host.
    public var socketDirectory: String?
    public var database: String

    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url given: String) throws {
        let example = "postgres://user@host/database, or postgres://user@/database?host=/run/postgresql"
        let text = Self.withoutPassword(given)  // for messages
        guard Self.isPostgresURL(given), let url = URLComponents(string: given) else {
            throw WijkteamError.invalid("'\(text)' is not a PostgreSQL URL (\(example))")
        }
        let query = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        database = String(url.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw WijkteamError.invalid("'\(text)' names no database (\(example))") }
        guard let user = url.user, !user.isEmpty else { throw WijkteamError.invalid("'\(text)' names no user (\(example))") }
        self.user = user
        password = url.password
        guard let port = Int(query["port"] ?? url.port.map(String.init) ?? "5432"), (1...65535).contains(port) else {
            throw WijkteamError.invalid("'\(text)' has no valid port")
        }
        self.port = port
        host = url.host.flatMap { $0.isEmpty ? nil : $0 }
        socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        guard host != nil || socketDirectory != nil else {
            throw WijkteamError.invalid("'\(text)' names no host and no socket directory (\(example))")
        }
    }

    /// The URL as given, its password (if any) replaced by "***".
    static func withoutPassword(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }

    /// The socket file of a local server.
    public var socketPath: String? { socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } }

    /// The URL without its password, for messages and the status bar.
    public var description: String {
        if let socketDirectory { return "postgres://\(user)@/\(database)?host=\(socketDirectory)&port=\(port)" }
        return "postgres://\(user)@\(host ?? ""):\(port)/\(database)"
    }
}
