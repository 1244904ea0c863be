import Foundation
import Wijkteam
import WijkteamScreens

/// Runs the store's work on a thread of its own, one job at a time in the order asked, so the
/// main loop never waits on the database: a store that is busy (another process holds the
/// write lock, a slow server) delays the answer, never the keys.
final class StoreWorker: @unchecked Sendable {
    /// One finished job: the events it answers with, in order.
    struct Finished {
        var tag: Tag
        var events: [ShellEvent]
    }

    enum Tag: Sendable { case effect, poll, reconnect }

    private let queue = DispatchQueue(label: "wijkteam.store", qos: .userInitiated)
    private let lock = NSLock()
    private var finished: [Finished] = []
    /// Start times of the jobs not finished yet, oldest first.
    private var started: [UInt64] = []

    /// Queues `job`; what it returns is collected by `takeFinished`.
    func submit(_ tag: Tag = .effect, _ job: @escaping @Sendable () -> [ShellEvent]) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock(); started.append(now); lock.unlock()
        queue.async { [self] in
            let events = job()
            lock.lock()
            started.removeFirst()
            finished.append(Finished(tag: tag, events: events))
            lock.unlock()
        }
    }

    /// The jobs finished since the last call, in the order they were asked.
    func takeFinished() -> [Finished] {
        lock.lock(); defer { lock.unlock() }
        let done = finished
        finished.removeAll()
        return done
    }

    var hasPending: Bool {
        lock.lock(); defer { lock.unlock() }
        return !started.isEmpty || !finished.isEmpty
    }

    /// How long the oldest unfinished job asked after `moment` (uptime nanoseconds) has been
    /// running, in milliseconds; nil when there is none.
    func pendingMS(askedAfter moment: UInt64) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard let first = started.first(where: { $0 > moment }) else { return nil }
        return Int((DispatchTime.now().uptimeNanoseconds - first) / 1_000_000)
    }

    /// How long the oldest unfinished job has been running, in milliseconds (0 when none).
    var oldestPendingMS: Int {
        lock.lock(); defer { lock.unlock() }
        guard let first = started.first else { return 0 }
        return Int((DispatchTime.now().uptimeNanoseconds - first) / 1_000_000)
    }

    /// Waits until every job asked so far has finished, at most `timeoutMS`; whether it did.
    @discardableResult
    func waitUntilIdle(timeoutMS: Int) -> Bool {
        let done = DispatchSemaphore(value: 0)
        queue.async { done.signal() }
        return done.wait(timeout: .now() + .milliseconds(timeoutMS)) == .success
    }
}
