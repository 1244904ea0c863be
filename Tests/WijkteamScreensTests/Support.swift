import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore
import WijkteamTestSupport

enum Sample {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let today = Day("2026-11-20")!

    /// The sample district as written (its reference day is `today`), in a fresh database.
    static func store() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: repoRoot.appendingPathComponent("sample-data"))
        let dir = Scratch.folder("screens")
        return try SQLiteStore.create(at: dir.appendingPathComponent("w.sqlite").path, from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    static func snapshot(_ store: SQLiteStore) throws -> DistrictSnapshot { try DistrictSnapshot.load(from: store, today: today) }

    static func identity(_ store: SQLiteStore) throws -> Identity {
        try Identity.resolve(requested: nil, account: "nobody-here", staff: try store.staff(), demo: true)
    }

    /// A shell on the sample district as staff member `staff`: the store reads and writes as
    /// them (need-to-know, audit log), as the app does.
    static func shell(width: Int, height: Int, as staff: StaffID) throws -> ShellDriver {
        let base = try store()
        let store = base.acting(as: AuditActor(staffID: staff, account: "test", origin: "tests"))
        let identity = try Identity.resolve(requested: staff, account: "test", staff: try store.staff(), demo: true)
        var driver = ShellDriver(store: store, shell: Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"),
                                                          size: Size(width: width, height: height)))
        driver.send(.clock("vr 20 nov 09:00"))
        driver.send(.snapshot(try snapshot(store)))
        return driver
    }

    /// A shell on the sample district with every effect carried out against the store.
    static func shell(width: Int, height: Int) throws -> ShellDriver {
        let store = try store()
        var driver = ShellDriver(store: store, shell: Shell(session: SessionInfo(identity: try identity(store), databaseName: "sample.sqlite",
                                                                              themes: ["default", "mono"]),
                                                          size: Size(width: width, height: height)))
        driver.send(.clock("vr 20 nov 09:00"))
        driver.send(.snapshot(try snapshot(store)))
        return driver
    }
}

/// Feeds events to a shell and performs its effects, as the app's loop does.
struct ShellDriver {
    let store: SQLiteStore
    var shell: Shell
    var effects: [Effect] = []

    @discardableResult
    mutating func send(_ event: ShellEvent) -> Reaction {
        var runner = EffectRunner(store: store, today: Sample.today, actor: shell.session.identity.staff.id)
        // An inzage goes into a folder of the test's own, never the home folder.
        runner.writeExport = ShellDriver.exports(into: Self.exportFolder)
        var seen: [Effect] = []
        let reaction = runner.drive(&shell, event) { seen.append($0); return nil }
        effects += reaction.effects + seen
        return reaction
    }

    /// Exports written as the app writes them, into `folder`.
    /// Where an export made without a folder of the test's own goes: inside the test process's scratch.
    static let exportFolder = Scratch.folder("exports").path

    static func exports(into folder: String) -> @Sendable (String, String) throws -> String {
        { text, name in try PrivateFiles.writeNew(Data(text.utf8), folder: folder, name: name, ext: "md") }
    }

    mutating func press(_ keys: Key...) {
        for k in keys { send(.key(k)) }
    }

    mutating func type(_ text: String) {
        for c in text { send(.key(.char(c))) }
    }

    /// Moves the board's selection to a card of household `id`, with the keys a person uses
    /// (column by column, card by card), so a test opens its household or network from there.
    mutating func selectCard(ofHousehold id: Int) {
        for _ in 0..<15 {
            press(.home)
            for _ in 0..<30 {
                if shell.board.selectedCard?.case.householdID == id { return }
                press(.down)
            }
            press(.right)
        }
    }

    func render() -> Grid {
        var grid = Grid(size: shell.size)
        shell.render(into: &grid)
        return grid
    }
}

/// Compares a grid with a stored snapshot (text, then a line of roles per row).
/// `UPDATE_SNAPSHOTS=1 swift test` writes the files; look at them before committing.
func expectSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = Sample.repoRoot.appendingPathComponent("Tests/WijkteamScreensTests/Snapshots/\(name).txt")
    let actual = "# text \(grid.width)x\(grid.height)\n" + grid.lines().joined(separator: "\n") + "\n# roles\n"
        + grid.roleLines().joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
        try! actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; record it with UPDATE_SNAPSHOTS=1 and look at it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDiff = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }
        Issue.record("""
            snapshot \(name) differs at line \(firstDiff.map { $0.offset + 1 } ?? min(e.count, a.count)):
            expected: \(firstDiff.map { String($0.element.0) } ?? "")
            actual:   \(firstDiff.map { String($0.element.1) } ?? "")
            """, sourceLocation: sourceLocation)
    }
}
