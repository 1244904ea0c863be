import Foundation

/// What a terminal reports to the main loop.
public enum TerminalEvent: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    /// No input within the timeout: a chance to notice signals, clocks, other terminals and
    /// work finished in the background.
    case idle
    /// Stop now: a signal (SIGINT, SIGTERM, SIGHUP) or a terminal that went away (EIO).
    case shutdown(exitCode: Int32)
}

/// A terminal as the main loop uses it (as ratatui's `Backend`): the next event, a frame to
/// show, its size. `CursesSession` is the real one; `ScriptedTerminal` plays a script in tests.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Waits at most `timeoutMS` for one event (`.idle` when none came).
    func nextEvent(timeoutMS: Int) -> TerminalEvent
    /// Shows a frame, with the terminal's cursor resting on `grid.cursor` (the selected item,
    /// so screen readers and magnifiers follow the selection).
    func draw(_ grid: Grid)
}

/// A terminal that plays a script and keeps every frame, for tests of the main loop (as
/// ratatui's `TestBackend`). Each step is asked for in turn; `.idle` steps wait a little real
/// time, so work in the background can finish.
public final class ScriptedTerminal: Terminal {
    public enum Step {
        case key(Key)
        case resize(Size)
        /// One idle poll.
        case idle
        /// Runs something (a commit from another connection, a lock taken) between two events.
        case run(() -> Void)
        /// Idle polls until the last frame passes `condition`, at most `timeoutMS`; a step that
        /// times out is recorded in `timedOut`.
        case waitFor(String, timeoutMS: Int = 5_000, (Grid) -> Bool)
    }

    public private(set) var size: Size
    private var steps: [Step]
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Grid] = []
    /// The names of `waitFor` steps whose condition never held.
    public private(set) var timedOut: [String] = []
    /// The keys the loop read, in order.
    public private(set) var keysRead: [Key] = []
    private var waiting: (name: String, deadline: Date, condition: (Grid) -> Bool)?
    /// How long an idle step sleeps (lets a background worker run).
    public var idleSleepMS: Int

    public init(size: Size, steps: [Step], idleSleepMS: Int = 5) {
        self.size = size
        self.steps = steps
        self.idleSleepMS = idleSleepMS
    }

    public var lastFrame: Grid? { frames.last }

    public func nextEvent(timeoutMS: Int) -> TerminalEvent {
        while true {
            if let w = waiting {
                if let g = lastFrame, w.condition(g) {
                    waiting = nil
                } else if Date() > w.deadline {
                    timedOut.append(w.name)
                    waiting = nil
                } else {
                    usleep(UInt32(max(1, min(idleSleepMS, timeoutMS)) * 1_000))
                    return .idle
                }
            }
            guard !steps.isEmpty else { return .shutdown(exitCode: 0) }
            switch steps.removeFirst() {
            case .key(let k):
                keysRead.append(k)
                return .key(k)
            case .resize(let s):
                size = s
                return .resize(s)
            case .idle:
                usleep(UInt32(max(1, min(idleSleepMS, timeoutMS)) * 1_000))
                return .idle
            case .run(let body):
                body()
            case .waitFor(let name, let timeout, let condition):
                waiting = (name, Date().addingTimeInterval(Double(timeout) / 1_000), condition)
            }
        }
    }

    public func draw(_ grid: Grid) {
        frames.append(grid)
    }
}
