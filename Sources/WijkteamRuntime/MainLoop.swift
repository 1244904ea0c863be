import Foundation
import TerminalKit
import Wijkteam
import WijkteamScreens

/// The wall clock as the loop reads it; tests pin it.
public struct LoopClock: Sendable {
    /// The status bar's clock ("zo 22 nov 09:14").
    public var statusText: @Sendable () -> String
    /// When another terminal's change arrived ("13:20:05").
    public var timeText: @Sendable () -> String
    /// Whole seconds, for the meeting timer.
    public var seconds: @Sendable () -> Int
    /// Today, when it can be told (a new day reloads what is overdue).
    public var today: @Sendable () -> Day?

    public init(statusText: @escaping @Sendable () -> String, timeText: @escaping @Sendable () -> String,
                seconds: @escaping @Sendable () -> Int, today: @escaping @Sendable () -> Day?) {
        self.statusText = statusText; self.timeText = timeText; self.seconds = seconds; self.today = today
    }
}

/// The screens' main loop: terminal events in, the shell's reactions out, the store's work on
/// a worker thread (`StoreWorker`). The loop never waits on the database: a key is answered
/// from what is on screen while a read or a write is under way, and a store that takes long
/// shows "busy" in the status bar until the work completes or fails with its reason.
///
/// Changes made elsewhere are found by polling `changeCounter()`, which moves only for other
/// connections' commits: this terminal's own writes are already on screen, and a commit from
/// elsewhere is never mistaken for one of them, whatever key follows it.
public final class MainLoop {
    private let terminal: any Terminal
    private let store: any WijkteamStore
    private let actor: StaffID
    private let clock: LoopClock
    /// The terminal's own effects (theme, repaint), carried out on this thread.
    private let appEffect: (Effect) -> ShellEvent?
    private let worker = StoreWorker()
    private let watch: ChangeWatch
    private let connection: StoreConnection
    /// Set while the store's server is away (`connection.isOffline`), until a reconnect succeeds.
    private var offline: Offline?
    public private(set) var shell: Shell
    private var runner: EffectRunner
    private var grid: Grid
    private var dirty = true
    /// When the last frame was drawn (uptime nanoseconds).
    private var drawnAt: UInt64 = 0
    private var pollInFlight = false
    /// Reads the rest of the first load (everything the outline leaves out) after the first
    /// frame, on a thread of its own; nil once it has arrived. Meanwhile moving over the board
    /// is answered from the outline (`Shell.answersFromOutline`); any other key waits for it.
    private var rest: StoreWorker?
    /// The cases whose cards were read whole while the board shows the outline.
    private var readWhole: Set<Int> = []
    /// How long store work may take before the status bar says so.
    public var busyAfterMS = 300
    /// How long a frame waits for store work under way before it is drawn without it.
    public var holdFrameMS = 50
    /// How long to wait for input when nothing is under way, and when something is.
    public var idleTimeoutMS = 100
    public var busyTimeoutMS = 10
    /// Called once, on this thread, when the rest of the first load is on screen (the app hands
    /// the memory freed by then back to the system).
    public var afterFirstLoad: (() -> Void)?

    /// `seenChanges`: the store's change counter read before the first data was, so a commit
    /// made during that read is caught by the first poll.
    public init(
        terminal: any Terminal, store: any WijkteamStore, shell: Shell, today: Day, actor: StaffID,
        seenChanges: Int, clock: LoopClock, connection: StoreConnection? = nil,
        writeExport: (@Sendable (String, String) throws -> String)? = nil,
        appEffect: @escaping (Effect) -> ShellEvent? = { _ in nil }
    ) {
        self.terminal = terminal; self.store = store; self.shell = shell; self.actor = actor
        self.clock = clock; self.appEffect = appEffect
        self.connection = connection ?? StoreConnection(store)
        self.runner = EffectRunner(store: store, today: today, actor: actor)
        self.runner.writeExport = writeExport
        self.watch = ChangeWatch(seen: seenChanges)
        self.grid = Grid(size: shell.size)
    }

    /// Puts the first data on screen: `first` (an outline when the board is all it needs), then
    /// the whole cards on screen; everything else is read after that frame, on another thread
    /// (`rest`), so that the first keys need not wait for it. Nothing can be pressed before
    /// there is something to press on.
    /// `rest` reads everything once the outline is on screen (default: the whole snapshot).
    public func start(
        first: () throws -> DistrictSnapshot, rest: (@Sendable () throws -> DistrictSnapshot)? = nil, beginTour: Bool = false
    ) {
        _ = apply(.clock(clock.statusText()))
        var loadEverything = false
        do {
            let snapshot = try first()
            let isOutline = snapshot.isOutline
            _ = apply(.snapshot(snapshot))
            if isOutline {
                loadEverything = true
                _ = apply(try runner.wholeCardsOnScreen(of: shell, unchangedSince: watch.seen))
                readWhole = Set(shell.caseIDsOnScreen ?? [])
            }
        } catch {
            _ = apply(.failed("\(error)"))
        }
        if beginTour { _ = apply(.beginTour(quitsAtEnd: true)) }
        drawIfDirty()
        if loadEverything {
            let worker = StoreWorker(), store = self.store, today = runner.today
            let load = rest ?? { try DistrictSnapshot.load(from: store, today: today) }
            worker.submit {
                do {
                    return [.snapshot(try load())]
                } catch {
                    return [.failed("\(error)")]
                }
            }
            self.rest = worker
        } else {
            firstLoadIsWhole()
        }
    }

    /// Puts the rest of the first load on screen once it has arrived; `waiting` waits for it.
    private func collectRest(waiting: Bool) {
        guard let worker = rest else { return }
        if waiting { while !worker.waitUntilIdle(timeoutMS: 1_000) {} }
        let done = worker.takeFinished()
        guard !done.isEmpty else { return }
        rest = nil
        for job in done { for event in job.events { dirty = apply(event).redraw || dirty } }
        firstLoadIsWhole()
    }

    private func firstLoadIsWhole() {
        afterFirstLoad?()
        afterFirstLoad = nil
    }

    /// While the board shows an outline, the cards a key brought on screen are read whole
    /// before the frame is drawn (none for most moves; a few milliseconds for a new column).
    private func fillCardsOnScreen() {
        guard rest != nil, let ids = shell.caseIDsOnScreen else { return }
        let missing = ids.filter { !readWhole.contains($0) }
        guard !missing.isEmpty else { return }
        do {
            // The counter before and after: unchanged, the cards belong to the outline's moment.
            // Another terminal committed: everything is read now, as a poll does, and it is newer
            // than what the rest is reading.
            var now = try store.changeCounter()
            if now == watch.seen {
                let cards = try store.caseCards(ids: missing)
                let after = try store.changeCounter()
                if after == now {
                    readWhole.formUnion(missing)
                    dirty = apply(.wholeCards(cards)).redraw || dirty
                    return
                }
                now = after
            }
            rest = nil
            let event = try watch.readEverything(from: store, today: runner.today, counter: now, at: clock.timeText())
            dirty = apply(event).redraw || dirty
            firstLoadIsWhole()
        } catch {
            dirty = apply(.failed("\(error)")).redraw || dirty
        }
    }

    /// The themes the theme picker offers (read after the first frame).
    public func listThemes(_ names: [String]) {
        shell.session.themes = names
    }

    /// Runs until the user quits or the terminal goes; the exit code.
    public func run() -> Int32 {
        var lastTick = 0
        while true {
            collectRest(waiting: false)
            collectFinished()
            watchConnection()
            updateBusy()
            // Work that a key set off usually finishes within a few milliseconds: drawing after it
            // shows one consistent frame (a saved tie with its household read again, not
            // "Loading…" for an instant). Longer work does not hold the frame back, and neither
            // does work asked before the last frame (the first frame's: a key pressed at once
            // waited up to 50 ms for it).
            if (worker.pendingMS(askedAfter: drawnAt) ?? holdFrameMS) >= holdFrameMS { drawIfDirty() }
            let event = terminal.nextEvent(timeoutMS: worker.hasPending || rest != nil ? busyTimeoutMS : idleTimeoutMS)
            // The meeting timer counts whole seconds of the wall clock, whatever event comes.
            let now = clock.seconds()
            if now != lastTick {
                lastTick = now
                dirty = apply(.tick(now)).redraw || dirty
            }
            let reaction: Reaction
            switch event {
            case .shutdown(let code):
                // A closed terminal or a signal: a running meeting is paused where it is.
                _ = apply(.closing)
                finish()
                return code
            case .idle:
                if let day = clock.today(), day != runner.today {
                    // Left open overnight: a new day changes what is overdue and how decisions are dated.
                    collectRest(waiting: true)
                    let writeExport = runner.writeExport
                    runner = EffectRunner(store: store, today: day, actor: actor)
                    runner.writeExport = writeExport
                    submitReload()
                }
                // Offline, the reconnect reads everything again; polling would only queue failures.
                // Not before the first load is whole: an older snapshot could follow a newer one.
                if !pollInFlight && offline == nil && rest == nil { submitPoll() }
                reaction = apply(.clock(clock.statusText()))
            case .resize(let size):
                reaction = apply(.resize(size))
                fillCardsOnScreen()
            case .key(let key):
                if rest != nil, !shell.answersFromOutline(key) { collectRest(waiting: true) }
                reaction = apply(.key(key))
                fillCardsOnScreen()
            }
            dirty = dirty || reaction.redraw
            if reaction.quit {
                finish()
                return 0
            }
        }
    }

    // MARK: Events and effects

    private func apply(_ event: ShellEvent) -> Reaction {
        let reaction = shell.handle(event)
        for effect in reaction.effects { dispatch(effect) }
        return reaction
    }

    private func dispatch(_ effect: Effect) {
        switch effect {
        case .setTheme, .repaint:
            if let follow = appEffect(effect) { dirty = apply(follow).redraw || dirty }
            dirty = true
        default:
            let runner = self.runner
            worker.submit { runner.run(effect).map { [$0] } ?? [] }
        }
    }

    /// Looks for other connections' commits; when there are, reads everything again.
    private func submitPoll() {
        pollInFlight = true
        let store = self.store, watch = self.watch, today = runner.today, clock = self.clock
        worker.submit(.poll) {
            guard let now = try? store.changeCounter(), now != watch.seen,
                let event = try? watch.readEverything(from: store, today: today, counter: now, at: clock.timeText())
            else { return [] }
            return [event]
        }
    }

    private func submitReload() {
        let runner = self.runner
        worker.submit { runner.run(.reload).map { [$0] } ?? [] }
    }

    private func collectFinished() {
        for job in worker.takeFinished() {
            if job.tag == .poll { pollInFlight = false }
            if job.tag == .reconnect {
                // Back: the job's events clear the status and bring the fresh snapshot.
                if job.events.isEmpty { offline?.attemptFailed(nowMS: Offline.nowMS) } else { offline = nil }
            }
            for event in job.events { dirty = apply(event).redraw || dirty }
        }
    }

    /// Notices that the server went away (a failed call or the listener's closing, as the store
    /// tells), says so once, and tries to reach it again on the backoff's schedule: on the
    /// worker, so keys keep being answered and an open form keeps what is typed.
    private func watchConnection() {
        if offline == nil, connection.isOffline() {
            offline = Offline(nowMS: Offline.nowMS)
            // "13:20:05" → "13:20": the minute is what a person remembers.
            dirty = apply(.storeOffline(since: String(clock.timeText().prefix(5)))).redraw || dirty
        }
        guard let o = offline, !o.attemptInFlight, Offline.nowMS >= o.nextAttemptMS else { return }
        offline?.attemptInFlight = true
        let connection = self.connection, store = self.store, watch = self.watch, today = runner.today, clock = self.clock
        worker.submit(.reconnect) {
            do {
                try connection.reconnect()
                // Listening again before the read.
                let now = try store.changeCounter()
                return [.storeOffline(since: nil), try watch.readEverything(from: store, today: today, counter: now, at: clock.timeText())]
            } catch {
                return []
            }
        }
    }

    /// The status bar says the store is busy while work has taken longer than `busyAfterMS`.
    private func updateBusy() {
        let busy = worker.oldestPendingMS > busyAfterMS
        if busy != shell.storeBusy { dirty = apply(.storeBusy(busy)).redraw || dirty }
    }

    /// Before leaving: everything asked of the store is done (a pause saved, access-log rows
    /// written), and whatever that leads to, within a limit for a store that does not answer.
    private func finish() {
        let deadline = Date().addingTimeInterval(15)
        while worker.hasPending, Date() < deadline {
            worker.waitUntilIdle(timeoutMS: 1_000)
            collectFinished()
        }
    }

    private func drawIfDirty() {
        guard dirty else { return }
        if grid.width != shell.size.width || grid.height != shell.size.height { grid = Grid(size: shell.size) }
        shell.render(into: &grid)
        terminal.draw(grid)
        drawnAt = DispatchTime.now().uptimeNanoseconds
        dirty = false
    }
}

/// The change counter as last seen by the poll; touched on the worker's thread (and on the
/// loop's thread before the first load is whole, when no poll runs).
final class ChangeWatch: @unchecked Sendable {
    var seen: Int
    init(seen: Int) { self.seen = seen }

    /// Everything read again after another connection's commit, as a change from elsewhere.
    /// `counter` is read before the load: a commit made during it is seen by the next poll.
    func readEverything(from store: any WijkteamStore, today: Day, counter: Int, at time: String) throws -> ShellEvent {
        let fresh = try DistrictSnapshot.load(from: store, today: today)
        seen = counter
        return .outsideChange(fresh, at: time)
    }
}
