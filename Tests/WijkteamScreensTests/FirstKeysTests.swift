import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore

/// Issue 28: a key pressed at the first frame does not wait for the rest of the load. Moving
/// over the board is answered from the outline (the cards it brings on screen read whole
/// first); any other key waits for the whole snapshot. The rest's read is held here until the
/// test lets it go, so "before the rest has arrived" is certain, not a race.
@Suite struct FirstKeysTests {
    static let clock = LoopClock(
        statusText: { "vr 20 nov 09:00" }, timeText: { "09:00:01" }, seconds: { 0 },
        today: { Sample.today })
    static let size = Size(width: 80, height: 24)

    /// The case ids that moving right `steps` times brings on screen, on the whole snapshot.
    static func idsBroughtOnScreen(by steps: Int, whole: DistrictSnapshot, identity: Identity) -> Set<Int> {
        var shell = Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"), size: size)
        _ = shell.handle(.snapshot(whole))
        let first = Set(shell.caseIDsOnScreen ?? [])
        var seen = first
        for _ in 0..<steps {
            _ = shell.handle(.key(.right))
            seen.formUnion(shell.caseIDsOnScreen ?? [])
        }
        return seen.subtracting(first)
    }

    @Test func movingIsAnsweredBeforeTheRestAndAnyOtherKeyWaitsForIt() throws {
        let store = try Sample.store()
        let identity = try Sample.identity(store)
        let acting = store.acting(as: AuditActor(staffID: identity.staff.id, account: "test", origin: "tests"))
        let whole = try Sample.snapshot(store)
        let brought = Self.idsBroughtOnScreen(by: 6, whole: whole, identity: identity)
        try #require(!brought.isEmpty, "the sample's board must be wider than 80 columns for this test")

        let release = DispatchSemaphore(value: 0)
        let restReads = LockedCount()
        var whileHeld: (outline: Bool, namesOnScreen: [Int: String])?
        var afterTriageKey: (outline: Bool, allNamed: Bool)?
        var loop: MainLoop?
        let terminal = ScriptedTerminal(
            size: Self.size,
            steps: [
                .key(.right), .key(.right), .key(.right), .key(.right), .key(.right), .key(.right),
                .run {
                    guard let shell = loop?.shell, let snapshot = shell.snapshot else { return }
                    let onScreen = Set(shell.caseIDsOnScreen ?? [])
                    let names = snapshot.cards.filter { onScreen.contains($0.case.id) }.map { ($0.case.id, $0.householdName) }
                    whileHeld = (snapshot.isOutline, Dictionary(names, uniquingKeysWith: { a, _ in a }))
                    // The next key needs the whole snapshot: let the rest's read go a little later.
                    DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { release.signal() }
                },
                .key(.char("3")),
                .run {
                    guard let snapshot = loop?.shell.snapshot else { return }
                    afterTriageKey = (snapshot.isOutline, snapshot.cards.allSatisfy { !$0.householdName.isEmpty })
                },
                .key(.char("q")),
            ])
        let shell = Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"), size: Self.size)
        let made = MainLoop(
            terminal: terminal, store: acting, shell: shell, today: Sample.today, actor: identity.staff.id,
            seenChanges: try acting.changeCounter(), clock: Self.clock)
        loop = made
        made.start(
            first: { try DistrictSnapshot.load(from: acting, today: Sample.today, parts: .outline) },
            rest: {
                restReads.add()
                release.wait()
                return try DistrictSnapshot.load(from: acting, today: Sample.today)
            })
        #expect(made.run() == 0)

        // Six moves answered while the rest was still held: the board was the outline's, and
        // every card on screen had been read whole (an outline card has no name).
        let held = try #require(whileHeld)
        #expect(held.outline)
        #expect(!held.namesOnScreen.isEmpty)
        #expect(held.namesOnScreen.values.allSatisfy { !$0.isEmpty }, "\(held.namesOnScreen)")
        #expect(Set(held.namesOnScreen.keys).isSubset(of: Set(whole.cards.map(\.case.id))))
        #expect(!Set(held.namesOnScreen.keys).isDisjoint(with: brought))
        // The view switch waited for the rest, and then had all of it.
        let after = try #require(afterTriageKey)
        #expect(!after.outline)
        #expect(after.allNamed)
        #expect(restReads.value == 1)
        #expect(terminal.keysRead.count == 8)
    }
}

/// A counter the rest's thread bumps and the test reads.
final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
