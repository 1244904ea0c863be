/// The store's server cannot be reached: it went away (a restart, a network cut) or did not
/// answer in time. A file's store never says this. The app shows it in the status bar and
/// connects again (`WijkteamStore.reconnect`); a one-off command stops with it.
public struct StoreOffline: Error, Equatable, Sendable, CustomStringConvertible {
    /// What became of the work under way when the connection went.
    public enum Fate: Sendable, Equatable {
        /// A read: nothing was changed.
        case read
        /// A change that did not reach its COMMIT: the server rolled it back, nothing was saved.
        case notSaved
        /// The connection went during COMMIT: the server may or may not have saved it. Only
        /// reading again after reconnecting tells.
        case unknown
    }

    public let fate: Fate
    /// The server's or the connection's own words (no content of any record).
    public let reason: String

    public init(_ fate: Fate, reason: String) {
        self.fate = fate; self.reason = reason
    }

    /// The same loss, seen by a change.
    public func during(commit: Bool) -> StoreOffline {
        StoreOffline(commit ? .unknown : .notSaved, reason: reason)
    }

    public var description: String {
        switch fate {
        case .read: tr("store.offline.read", reason)
        case .notSaved: tr("store.offline.not_saved", reason)
        case .unknown: tr("store.offline.unknown", reason)
        }
    }
}

extension WijkteamStore {
    /// A file is always there: nothing to connect again.
    public var isOffline: Bool { false }
    public func reconnect() throws {}
}
