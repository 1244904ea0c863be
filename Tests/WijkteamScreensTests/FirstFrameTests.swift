import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
@testable import WijkteamScreens
import WijkteamStore
import WijkteamTestSupport

/// The first frame is drawn from outlines plus the whole cards it shows, as the app does it
/// (`Interactive`): it must be the frame the whole snapshot gives, cell for cell and role for role.
@Suite struct FirstFrameTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 160, height: 48), Size(width: 250, height: 70)]

    /// A generated city (600 open cases, 74 of them unassigned) beside the sample district.
    static func city() throws -> SQLiteStore {
        var g = DistrictGenerator(seed: 5, size: .city(households: 2_000), today: Sample.today)
        let dir = Scratch.folder("first")
        return try SQLiteStore.create(at: dir.appendingPathComponent("city.sqlite").path, from: g.generate())
    }

    /// The first frame the app's way: the outline, the cards on screen read whole, drawn.
    static func firstFrame(_ store: some WijkteamStore, as identity: Identity, size: Size) throws -> (Grid, outlineOnly: Grid) {
        let seen = try store.changeCounter()
        let outline = try DistrictSnapshot.load(from: store, today: Sample.today, parts: .outline)
        #expect(outline.isOutline)
        // The board shows no signal: the outline reads none (they come with their context, after
        // the first frame), on districts that have them.
        let waiting = try store.openSignals()
        #expect(outline.signals.isEmpty && !waiting.isEmpty)
        var shell = Shell(session: SessionInfo(identity: identity, databaseName: "w.sqlite"), size: size)
        _ = shell.handle(.clock("vr 20 nov 09:00"))
        _ = shell.handle(.snapshot(outline))
        var outlineOnly = Grid(size: size)
        shell.render(into: &outlineOnly)
        let whole = try EffectRunner(store: store, today: Sample.today, actor: identity.staff.id).wholeCardsOnScreen(of: shell, unchangedSince: seen)
        guard case .wholeCards(let cards) = whole else {
            Issue.record("nobody wrote, yet the whole snapshot was read")
            return (outlineOnly, outlineOnly)
        }
        #expect(!cards.isEmpty)
        _ = shell.handle(whole)
        var grid = Grid(size: size)
        shell.render(into: &grid)
        return (grid, outlineOnly)
    }

    static func fullFrame(_ store: some WijkteamStore, as identity: Identity, size: Size) throws -> Grid {
        var shell = Shell(session: SessionInfo(identity: identity, databaseName: "w.sqlite"), size: size)
        _ = shell.handle(.clock("vr 20 nov 09:00"))
        _ = shell.handle(.snapshot(try DistrictSnapshot.load(from: store, today: Sample.today)))
        var grid = Grid(size: size)
        shell.render(into: &grid)
        return grid
    }

    /// The team lead (everyone's board), a generalist (starts on her own caseload, filtered),
    /// new staff (read-only), on the sample district and on a city, at four sizes.
    @Test func theFirstFrameFromOutlinesIsTheFrameOfTheWholeSnapshot() throws {
        for base in [try Sample.store(), try Self.city()] {
            let staff = try base.staff()
            var people = [StaffRole.teamLead, .generalist, .newStaff].compactMap { role in staff.first { $0.role == role } }
            // A generalist with cases of her own, so that she starts filtered on them.
            let cards = try base.caseCards()
            if let busy = staff.first(where: { s in s.role == .generalist && cards.contains { $0.case.regisseurID == s.id } }) { people.append(busy) }
            #expect(people.count >= 3)
            for person in people {
                let store = base.acting(as: AuditActor(staffID: person.id, account: "test", origin: "tests"))
                let identity = try Identity.resolve(requested: person.id, account: "test", staff: staff, demo: true)
                for size in Self.sizes {
                    let (first, outlineOnly) = try Self.firstFrame(store, as: identity, size: size)
                    let full = try Self.fullFrame(store, as: identity, size: size)
                    #expect(first == full, "\(person.id) at \(size.width)×\(size.height):\n\(first.debugDump())\n---\n\(full.debugDump())")
                    // The outlines alone would not do: the names on the cards come with the whole cards.
                    #expect(outlineOnly != full, "\(person.id) at \(size.width)×\(size.height)")
                }
            }
        }
    }

    /// A commit between the outline and the whole cards: the cards could sit in another column
    /// now, so the whole snapshot is read instead.
    @Test func aCommitInBetweenReadsEverythingInstead() throws {
        let store = try Sample.store()
        let identity = try Sample.identity(store)
        let seen = try store.changeCounter()
        let outline = try DistrictSnapshot.load(from: store, today: Sample.today, parts: .outline)
        var shell = Shell(session: SessionInfo(identity: identity, databaseName: "w.sqlite"), size: Size(width: 100, height: 30))
        _ = shell.handle(.snapshot(outline))
        let card = try #require(shell.board.selectedCard)
        // Another terminal (another connection) assigns the selected case.
        let other = try SQLiteStore.open(path: store.path)
        try other.assign(caseID: card.case.id, to: "daan", expectedVersion: nil, meetingID: nil)
        let event = try EffectRunner(store: store, today: Sample.today, actor: identity.staff.id).wholeCardsOnScreen(of: shell, unchangedSince: seen)
        guard case .snapshot(let everything) = event else {
            Issue.record("expected the whole snapshot, got \(event)")
            return
        }
        #expect(!everything.isOutline)
        #expect(everything.cards.first { $0.case.id == card.case.id }?.case.regisseurID == "daan")
    }

    /// Over a dialog, help or another view the shell names no cards: the app reads everything.
    @Test func onlyTheBoardNamesTheCardsOnScreen() throws {
        var driver = try Sample.shell(width: 100, height: 30)
        let ids = try #require(driver.shell.caseIDsOnScreen)
        #expect(ids.contains(try #require(driver.shell.board.selectedCard).case.id))
        // Each named card is drawn: its "#id" is on the screen.
        let text = driver.render().text()
        for id in ids { #expect(text.contains("#\(id) "), "#\(id)") }
        driver.press(.char("?"))
        #expect(driver.shell.caseIDsOnScreen == nil)
        driver.press(.escape, .char("2"))
        #expect(driver.shell.caseIDsOnScreen == nil)
    }

    /// Whole cards put in place leave the board as a board built from the whole snapshot.
    @Test func wholeCardsLeaveTheColumnsOfAWholeBoard() throws {
        let store = try Self.city()
        let whole = try DistrictSnapshot.load(from: store, today: Sample.today)
        var board = BoardScreen()
        board.resize(Size(width: 160, height: 45))
        board.update(try DistrictSnapshot.load(from: store, today: Sample.today, parts: .outline))
        board.fillIn(whole.cards)
        var fresh = BoardScreen()
        fresh.resize(Size(width: 160, height: 45))
        fresh.update(whole)
        #expect(board.columns == fresh.columns)
        #expect(board.columns.count > 5)
    }
}
