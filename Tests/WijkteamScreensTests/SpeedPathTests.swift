import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
@testable import WijkteamScreens
import WijkteamStore

/// The shortcuts taken for speed on a whole city must give the same answers as the plain way.
@Suite struct SpeedPathTests {
    /// The first frame reads outlines and no triage part (no open signals either); with every
    /// card made whole it holds the whole snapshot's cards, figures and staff (the triage part
    /// follows in the full load).
    @Test func anOutlineSnapshotFilledInHoldsTheWholeSnapshotsCards() throws {
        let store = try Sample.store()
        var part = try DistrictSnapshot.load(from: store, today: Sample.today, parts: .outline)
        let whole = try Sample.snapshot(store)
        #expect(part.isOutline && !whole.isOutline)
        #expect(part.cards != whole.cards && part.cards.map(\.case.id) == whole.cards.map(\.case.id))
        #expect(part.figures == whole.figures && part.staff == whole.staff && part.info == whole.info)
        #expect(part.followUps.map(\.id) == whole.followUps.map(\.id))
        // The open signals are the triage part's: the board shows none.
        #expect(part.signals.isEmpty && !whole.signals.isEmpty)
        #expect(part.triageContexts.isEmpty && !whole.triageContexts.isEmpty)
        part.fillIn(try store.caseCards())
        #expect(part.cards == whole.cards)
    }

    /// Triage's first visit, after the outline and then the whole load, starts on the top of the
    /// real ranking. (When the outline carried the signals without their context, the view kept
    /// the first of that ranking selected through the whole load; on these two districts both
    /// rankings begin with the same signal, so this pins the start rather than the difference.)
    @Test func triageStartsOnTheTopOfTheWholeRankingAfterTheOutline() throws {
        for store in [try Sample.store(), try FirstFrameTests.city()] {
            let identity = try Identity.resolve(requested: nil, account: "test", staff: try store.staff(), demo: true)
            var shell = Shell(session: SessionInfo(identity: identity, databaseName: "w.sqlite"), size: Size(width: 160, height: 48))
            _ = shell.handle(.snapshot(try DistrictSnapshot.load(from: store, today: Sample.today, parts: .outline)))
            let whole = try DistrictSnapshot.load(from: store, today: Sample.today)
            _ = shell.handle(.snapshot(whole))
            let ranked = Urgency.rank(whole.signals, contexts: whole.triageContexts, today: whole.today, weights: whole.urgencyWeights)
            #expect(!ranked.isEmpty)
            #expect(shell.triage.selected?.signal.id == ranked.first?.signal.id)
        }
    }

    /// The board's text filter on the cards' prepared text finds what the plain filter finds.
    @Test func theTextFilterWithItsPreparedTextFindsTheSameCards() throws {
        let snapshot = try Sample.snapshot(try Sample.store())
        let prepared = CardSearchText(snapshot.cards)
        for text in ["van", "VAN dijk", "#17", "17", "şahin", "Ş", "schuld", "straat 1", "zzz", "ij", "  "] {
            let filter = BoardFilter(text: text)
            let plain = snapshot.cards.filter { filter.matches($0, today: Sample.today) }.map(\.case.id)
            let fast = snapshot.cards.indices.filter(filter.matcher(cards: snapshot.cards, today: Sample.today, search: prepared))
                .map { snapshot.cards[$0].case.id }
            #expect(plain == fast, "\(text)")
        }
        // It does find things (the comparison above is not between two empty lists).
        #expect(snapshot.cards.indices.contains(where: BoardFilter(text: "van").matcher(cards: snapshot.cards, today: Sample.today, search: prepared)))
    }

    /// Typing letter by letter narrows what is shown, Esc reuses the unfiltered columns, and an
    /// assignment in between is seen: each step gives the columns a board built afresh gives.
    @Test func theBoardReusesWhatItBuiltAndGivesTheSameColumnsAsAFreshOne() throws {
        let store = try Sample.store()
        var snapshot = try Sample.snapshot(store)
        func fresh(_ f: BoardFilter, _ g: BoardGrouping = .regisseur) -> [[Int]] {
            var b = BoardScreen()
            b.setGrouping(snapshot: nil, g)
            b.setFilter(snapshot: nil, f)
            b.update(snapshot)
            return b.columns.map { $0.cards.map(\.case.id) }
        }
        var board = BoardScreen()
        board.update(snapshot)
        let all = board.columns.map { $0.cards.map(\.case.id) }
        #expect(all == fresh(BoardFilter()))
        for grouping in BoardGrouping.allCases {
            board.setGrouping(snapshot: snapshot, grouping)
            for text in ["v", "va", "van", "van ", "van d", "va", "", "e", "e z"] {
                board.setFilter(snapshot: snapshot, BoardFilter(text: text))
                #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(BoardFilter(text: text), grouping), "\(grouping) '\(text)'")
            }
            board.setFilter(snapshot: snapshot, BoardFilter(text: "e", phase: .uitvoering))
            #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(BoardFilter(text: "e", phase: .uitvoering), grouping))
            board.setFilter(snapshot: snapshot, BoardFilter(text: "e"))
            #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(BoardFilter(text: "e"), grouping))
        }
        board.setGrouping(snapshot: snapshot, .regisseur)
        board.setFilter(snapshot: snapshot, BoardFilter())
        // An assignment (as the shell applies it), then a filter and back: the case is in its new column.
        let moved = try #require(snapshot.cards.firstIndex { $0.case.regisseurID == nil })
        var updated = snapshot.cards[moved].case
        updated.regisseurID = "daan"
        snapshot.cards[moved].case = updated
        board.apply(updated, in: snapshot)
        #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(BoardFilter()))
        board.setFilter(snapshot: snapshot, BoardFilter(text: "e"))
        #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(BoardFilter(text: "e")))
        // Filtered to the moved case alone: it is in Daan's column (the cards' columns, worked out
        // once per snapshot, were worked out again after the assignment).
        let alone = BoardFilter(text: "#\(updated.id)")
        board.setFilter(snapshot: snapshot, alone)
        #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(alone))
        #expect(board.columns.first { $0.staff?.id == "daan" }?.cards.map(\.case.id) == [updated.id])
        board.setFilter(snapshot: snapshot, BoardFilter())
        #expect(board.columns.map { $0.cards.map(\.case.id) } == fresh(BoardFilter()))
        #expect(board.columns.first { $0.staff?.id == "daan" }?.cards.contains { $0.case.id == updated.id } == true)
        // Daan's load counts the new case, after a filter and back (the cached loads were dropped).
        let daanLoad = try #require(board.columns.first { $0.staff?.id == "daan" }?.load)
        #expect(abs(daanLoad - BoardBuilder.loads(snapshot.cards)["daan"]!) < 0.001)
    }

    /// The app draws a search's frame first and writes its access-log row right after, before
    /// the next key: the row is written exactly once, and only when asked.
    @Test func aSearchIsLoggedAfterItsFrameIsDrawn() throws {
        var d = try Sample.shell(width: 100, height: 30)
        let runner = EffectRunner(store: d.store, today: Sample.today, actor: d.shell.session.identity.staff.id)
        let before = try d.store.auditLog(householdID: nil).count
        var logs: [Effect] = []
        for key in [Key.char("/"), .char("v"), .char("a"), .char("n"), .escape] {
            _ = runner.drive(&d.shell, .key(key), logsAfterDraw: true, logs: &logs)
        }
        #expect(logs.count == 1)
        #expect(try d.store.auditLog(householdID: nil).count == before)
        #expect(!runner.writeLogs(&logs, into: &d.shell))
        #expect(logs.isEmpty)
        let after = try d.store.auditLog(householdID: nil)
        #expect(after.count == before + 1)
        #expect(after.last?.action == .search)
    }
}
