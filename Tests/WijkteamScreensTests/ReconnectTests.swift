import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore

/// A server that goes away and comes back (issue 25): the pauses between attempts, the status
/// bar, a form that keeps what is typed and refuses to save while the server is away, and the
/// loop that reconnects and reads everything again. The real server's restart is in
/// WijkteamCLITests (PostgresRestartTests).
@Suite struct ReconnectTests {
    @Test func attemptsComeAfterAQuarterSecondThenEveryHalfSecond() {
        var backoff = ReconnectBackoff()
        #expect((0..<5).map { _ in backoff.failed() } == [250, 500, 500, 500, 500])
    }

    @Test func offlineIsInTheStatusBarAndGoesWhenTheServerIsBack() throws {
        var d = try Sample.shell(width: 100, height: 40, as: "daan")
        #expect(!d.render().text().contains("offline"))
        d.send(.storeOffline(since: "09:14"))
        #expect(d.render().lines().last?.contains("offline since 09:14") == true)
        d.send(.storeOffline(since: nil))
        #expect(!d.render().text().contains("offline"))
    }

    @Test func aSaveWhileOfflineIsRefusedAndTheFormKeepsItsTextThroughTheReload() throws {
        var d = try Sample.shell(width: 120, height: 40, as: "daan")
        CaseWorkScreenTests.open(29, in: &d)
        d.press(.char("J"), .tab, .tab, .tab)
        d.type("Belafspraak gemaakt voor dinsdag")
        d.send(.storeOffline(since: "09:14"))
        #expect(d.shell.isDialogOpen)
        // The save goes to the store, which refuses it at once: its connection is lost.
        let reaction = d.shell.handle(.key(.ctrl("s")))
        let save = reaction.effects.compactMap { effect -> (CaseEdit, Int)? in
            if case .saveCaseWork(let edit, let householdID) = effect { return (edit, householdID) }
            return nil
        }.first
        let (edit, _) = try #require(save)
        let lost = StoreOffline(.notSaved, reason: tr("store.offline.closed")).during(commit: false)
        d.send(.caseWorkRefused(edit, message: lost.description, fresh: nil))
        #expect(d.shell.isDialogOpen)
        var text = d.render().text()
        #expect(text.contains("Belafspraak gemaakt voor dinsdag"))
        #expect(text.contains("not saved, still here"), "\(text)")
        #expect(text.contains("offline since 09:14"))
        // Back: the status clears, everything is read again, the form is still there with its text.
        d.send(.storeOffline(since: nil))
        d.send(.outsideChange(try Sample.snapshot(d.store), at: "09:15:02"))
        text = d.render().text()
        #expect(d.shell.isDialogOpen)
        #expect(text.contains("Belafspraak gemaakt voor dinsdag"))
        #expect(!text.contains("offline since"))
        #expect(try d.store.household(id: 29).journal.allSatisfy { !$0.text.contains("Belafspraak") })
    }

    @Test func aLostCommitSaysItsFateIsUnknown() {
        let lost = StoreOffline(.read, reason: "x")
        #expect(lost.during(commit: true).fate == .unknown)
        #expect(lost.during(commit: false).fate == .notSaved)
        #expect(lost.during(commit: true).description != lost.during(commit: false).description)
    }

    /// The loop on a store whose server goes away: the status bar says so, keys keep working,
    /// attempts follow the backoff, and once back a commit made meanwhile is on screen.
    @Test func theLoopReconnectsOnScheduleAndReadsEverythingAgain() throws {
        let store = try Sample.store()
        let before = try Sample.snapshot(store)
        let unassigned = before.figures.unassigned
        let target = try #require(before.cards.first { $0.case.regisseurID == nil && !$0.case.safety })
        let colleague = try SQLiteStore.open(path: store.path)
            .acting(as: AuditActor(staffID: before.staff[0].id, account: "other", origin: "tests"))
        let server = FakeServer()
        let shows = MainLoopTests.shows
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            steps: [
                .waitFor("first frame", shows(tr("shell.header.unassigned", unassigned))),
                .run { server.goAway() },
                .waitFor("offline in the status bar", timeoutMS: 2_000, shows("offline since 09:00")),
                // Keys are answered meanwhile.
                .key(.char("?")),
                .waitFor("help while offline", timeoutMS: 1_000, shows("Help ·")),
                .key(.escape),
                .run { _ = try? colleague.assign(caseID: target.case.id, to: before.staff[0].id, expectedVersion: nil) },
                .waitFor("three attempts", timeoutMS: 3_000, { _ in server.attempts.count >= 3 }),
                .run { server.comeBack() },
                .waitFor(
                    "back, with the change", timeoutMS: 2_000,
                    {
                        $0.text().contains(tr("shell.header.unassigned", unassigned - 1)) && !$0.text().contains("offline since")
                    }),
                .key(.char("q")),
            ])
        let identity = try Sample.identity(store)
        let acting = store.acting(as: AuditActor(staffID: identity.staff.id, account: "test", origin: "tests"))
        let shell = Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"), size: terminal.size)
        let loop = MainLoop(
            terminal: terminal, store: acting, shell: shell, today: Sample.today, actor: identity.staff.id,
            seenChanges: try acting.changeCounter(), clock: MainLoopTests.clock,
            connection: StoreConnection(isOffline: { server.isLost }, reconnect: { try server.reconnect() }))
        loop.start(first: { try DistrictSnapshot.load(from: acting, today: Sample.today) })
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty, "\(terminal.timedOut)")
        // 250 ms after going away, then 500 ms apart (a little later on a busy machine, never sooner).
        let attempts = server.attempts
        let gaps = zip(attempts.dropFirst(), attempts).map { $0 - $1 }
        #expect(attempts.count >= 4)
        #expect(attempts[0] - server.wentAwayAt >= 250, "\(attempts[0] - server.wentAwayAt)")
        #expect(gaps.allSatisfy { $0 >= 500 && $0 < 1_500 }, "\(gaps)")
        #expect(loop.shell.offlineSince == nil)
    }
}

/// A store's connection that is lost when told and reconnects only once the server is back.
final class FakeServer: @unchecked Sendable {
    private let lock = NSLock()
    private var away = false, lost = false
    private(set) var wentAwayAt: UInt64 = 0
    private var tries: [UInt64] = []

    static var nowMS: UInt64 { DispatchTime.now().uptimeNanoseconds / 1_000_000 }

    var attempts: [UInt64] { lock.withLock { tries } }
    var isLost: Bool { lock.withLock { lost } }

    func goAway() {
        lock.withLock {
            away = true; lost = true; wentAwayAt = Self.nowMS
        }
    }

    func comeBack() { lock.withLock { away = false } }

    func reconnect() throws {
        try lock.withLock {
            tries.append(Self.nowMS)
            if away { throw StoreOffline(.read, reason: "connection refused") }
            lost = false
        }
    }
}
