import Foundation
import Wijkteam
import WijkteamScreens

/// The pauses between attempts to reach a server that went away: 0.25 s, then 0.5 s, and
/// 0.5 s from then on. A server that is down refuses a connection at once and at no cost
/// to it, and the team wants its screens back within a second of the server's return; a
/// network cut is slowed down by the connect timeout anyway (PostgresSession).
public struct ReconnectBackoff: Sendable, Equatable {
    public static let firstMS = 250
    public static let longestMS = 500
    public private(set) var nextMS = ReconnectBackoff.firstMS

    public init() {}

    /// The pause before the next attempt; each failed attempt doubles it, up to `longestMS`.
    public mutating func failed() -> Int {
        let pause = nextMS
        nextMS = min(nextMS * 2, Self.longestMS)
        return pause
    }
}

/// How the loop tells that the store's server went away and reaches it again: the store's own
/// `isOffline` and `reconnect()` (tests give a store that goes away when told).
public struct StoreConnection: Sendable {
    public var isOffline: @Sendable () -> Bool
    public var reconnect: @Sendable () throws -> Void

    public init(isOffline: @escaping @Sendable () -> Bool, reconnect: @escaping @Sendable () throws -> Void) {
        self.isOffline = isOffline; self.reconnect = reconnect
    }

    public init(_ store: any WijkteamStore) {
        self.init(isOffline: { store.isOffline }, reconnect: { try store.reconnect() })
    }
}

/// While the server is away: since when (for the status bar), and when to try again.
struct Offline {
    var backoff = ReconnectBackoff()
    var nextAttemptMS: UInt64
    var attemptInFlight = false

    init(nowMS: UInt64) {
        nextAttemptMS = nowMS + UInt64(backoff.failed())
    }

    mutating func attemptFailed(nowMS: UInt64) {
        attemptInFlight = false
        nextAttemptMS = nowMS + UInt64(backoff.failed())
    }

    static var nowMS: UInt64 { DispatchTime.now().uptimeNanoseconds / 1_000_000 }
}
