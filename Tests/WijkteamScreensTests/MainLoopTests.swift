import Foundation
import GRDB
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore

/// The app's main loop in-process: a scripted terminal, a real SQLite store, and other
/// connections that commit or hold the write lock between two key presses.
@Suite struct MainLoopTests {
    static let clock = LoopClock(statusText: { "vr 20 nov 09:00" }, timeText: { "09:00:01" }, seconds: { 0 },
                                 today: { Sample.today })

    /// A loop on `store` as the sample's team lead (an unmapped account on a demo database).
    static func loop(_ store: SQLiteStore, terminal: ScriptedTerminal, before: (MainLoop) -> Void = { _ in }) throws -> MainLoop {
        let identity = try Sample.identity(store)
        let acting = store.acting(as: AuditActor(staffID: identity.staff.id, account: "test", origin: "tests"))
        let shell = Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"), size: terminal.size)
        let seen = try acting.changeCounter()
        let loop = MainLoop(terminal: terminal, store: acting, shell: shell, today: Sample.today, actor: identity.staff.id,
                            seenChanges: seen, clock: clock)
        before(loop)
        loop.start(first: { try DistrictSnapshot.load(from: acting, today: Sample.today, parts: .outline) })
        return loop
    }

    static func shows(_ text: String) -> (Grid) -> Bool { { $0.text().contains(text) } }

    @Test func aCommitFromAnotherTerminalIsShownEvenWhenAKeyFollowsIt() throws {
        let store = try Sample.store()
        let before = try Sample.snapshot(store)
        let unassigned = before.figures.unassigned
        let target = try #require(before.cards.first { $0.case.regisseurID == nil && !$0.case.safety })
        let colleague = try SQLiteStore.open(path: store.path)
            .acting(as: AuditActor(staffID: before.staff[0].id, account: "other", origin: "tests"))
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            steps: [
                .waitFor("first frame", Self.shows(tr("shell.header.unassigned", unassigned))),
                // Committed in the window between two reads of the terminal, and a key follows at
                // once: the key must not swallow the change.
                .run { _ = try? colleague.assign(caseID: target.case.id, to: before.staff[0].id, expectedVersion: nil) },
                .key(.down),
                .waitFor("the other terminal's change", timeoutMS: 3_000, Self.shows(tr("shell.header.unassigned", unassigned - 1))),
                // Said to come from elsewhere: at once, or at the first poll after the first load is whole.
                .waitFor("marked as another terminal's", timeoutMS: 3_000, Self.shows("↻ 09:00:01")),
                .key(.char("q")),
            ])
        let loop = try Self.loop(store, terminal: terminal)
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty)
        #expect(loop.shell.lastOutsideChange == "09:00:01")
    }

    /// The app hands freed memory back once the first load is whole (`afterFirstLoad`): called
    /// once, after the outline was replaced by the whole snapshot, not again on later loads.
    @Test func afterTheFirstLoadIsWholeTheHookRunsOnce() throws {
        final class Calls: @unchecked Sendable { var count = 0, sawOutline = false }
        let store = try Sample.store()
        let calls = Calls()
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            steps: [
                .waitFor("the first load whole", timeoutMS: 3_000) { _ in calls.count == 1 },
                .key(.char("2")), .key(.char("1")), .key(.down),
                .key(.char("q")),
            ])
        let loop = try Self.loop(store, terminal: terminal) { loop in
            loop.afterFirstLoad = { [unowned loop] in
                calls.count += 1
                calls.sawOutline = loop.shell.snapshot?.isOutline ?? true
            }
        }
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty)
        #expect(calls.count == 1 && !calls.sawOutline)
    }

    @Test func ourOwnWriteIsNotTakenForAnotherTerminals() throws {
        let store = try Sample.store()
        let acting = store.acting(as: AuditActor(staffID: try Sample.identity(store).staff.id, account: "test", origin: "tests"))
        let before = try acting.changeCounter()
        let c = try #require(try Sample.snapshot(store).cards.first { $0.case.regisseurID == nil && !$0.case.safety })
        try acting.assign(caseID: c.case.id, to: try store.staff()[0].id, expectedVersion: nil)
        #expect(try acting.changeCounter() == before)
        let other = try SQLiteStore.open(path: store.path)
        try other.assign(caseID: c.case.id, to: nil, expectedVersion: nil)
        #expect(try acting.changeCounter() != before)
    }

    @Test func keysKeepWorkingWhileAnotherProgramHoldsTheWriteLock() throws {
        let store = try Sample.store()
        let snapshot = try Sample.snapshot(store)
        let blocker = try DatabaseQueue(path: store.path)
        let held = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        /// Another program takes the write lock and keeps it until released.
        func holdTheLock() {
            DispatchQueue.global().async {
                try? blocker.inDatabase { db in
                    try db.execute(sql: "BEGIN IMMEDIATE")
                    held.signal()
                    release.wait()
                    try db.execute(sql: "ROLLBACK")
                }
            }
            held.wait()
        }
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), steps: [
            .waitFor("first frame", Self.shows(tr("shell.header.unassigned", snapshot.figures.unassigned))),
            .run(holdTheLock),
            // Opening a household writes its access-log row: that waits for the lock.
            .key(.enter),
            .waitFor("busy in the status bar", Self.shows(tr("shell.status.busy"))),
            // The loop answers keys meanwhile: help opens and closes.
            .key(.char("?")),
            .waitFor("help while busy", timeoutMS: 1_000, Self.shows("Help ·")),
            .key(.escape),
            .run { release.signal() },
            .waitFor("busy gone", timeoutMS: 8_000, { !$0.text().contains(tr("shell.status.busy")) }),
            .key(.char("q")),
            .key(.char("q")),
        ])
        let loop = try Self.loop(store, terminal: terminal)
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty)
        #expect(loop.shell.household.record != nil)
    }
}

/// The terminal's cursor rests on the selected item, so screen readers and magnifiers follow it.
@Suite struct CursorTests {
    @Test func theCursorIsOnTheSelectedCardAndThenOnThePickersItem() throws {
        var d = try Sample.shell(width: 100, height: 30)
        var grid = Grid(width: 100, height: 30)
        d.shell.render(into: &grid)
        let onCard = try #require(grid.cursor)
        let id = try #require(d.shell.board.selectedCard?.case.id)
        #expect(grid.lines()[onCard.y].dropFirst(onCard.x).hasPrefix("#\(id) "))
        d.press(.down)
        d.shell.render(into: &grid)
        #expect(grid.cursor != onCard)
        // The regisseur picker: the cursor moves to its selected line.
        d.press(.char("a"))
        d.shell.render(into: &grid)
        let inPicker = try #require(grid.cursor)
        #expect(grid[inPicker.x, inPicker.y].style.role == .selection)
    }
}
