import Foundation

/// Work started on another thread now and collected later: the app reads the first frame's
/// data while it sets up the terminal, and the store reads two parts of it side by side.
public final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once on the worker before `signal`, read after `wait`: the semaphore orders them.
    private var result: Result<T, Error>?

    public init(_ work: @escaping @Sendable () throws -> T) {
        DispatchQueue.global(qos: .userInteractive).async {
            self.result = Result(catching: work)
            self.done.signal()
        }
    }

    /// Hands the result over once and keeps no copy: a snapshot still held here would make the
    /// app's first change to its own snapshot copy every card.
    public func wait() throws -> T {
        done.wait()
        defer { result = nil }
        return try result!.get()
    }
}
