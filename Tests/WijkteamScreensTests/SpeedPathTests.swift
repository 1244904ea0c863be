import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// The shortcuts taken for speed on a whole city must give the same answers as the plain way.
@Suite struct SpeedPathTests {
    /// The first frame reads only the board's part; completing it gives exactly the full snapshot.
    @Test func theBoardPartCompletedIsTheWholeSnapshot() throws {
        let store = try Sample.store()
        var part = try DistrictSnapshot.load(from: store, today: Sample.today, parts: .board)
        let whole = try Sample.snapshot(store)
        #expect(!part.isComplete && whole.isComplete)
        #expect(part.cards == whole.cards && part.followUps == whole.followUps && part.staff == whole.staff)
        #expect(part.triageContexts.isEmpty && !whole.triageContexts.isEmpty)
        try part.complete(from: store)
        #expect(part == whole)
    }

    /// The board's text filter on the cards' prepared text finds what the plain filter finds.
    @Test func theTextFilterWithItsPreparedTextFindsTheSameCards() throws {
        let snapshot = try Sample.snapshot(try Sample.store())
        let prepared = CardSearchText(snapshot.cards)
        for text in ["van", "VAN dijk", "#17", "17", "şahin", "Ş", "schuld", "straat 1", "zzz", "ij", "  "] {
            let filter = BoardFilter(text: text)
            let plain = snapshot.cards.filter { filter.matches($0, today: Sample.today) }.map(\.case.id)
            let fast = snapshot.cards.filter(filter.matcher(today: Sample.today, search: prepared)).map(\.case.id)
            #expect(plain == fast, "\(text)")
        }
        // It does find things (the comparison above is not between two empty lists).
        #expect(snapshot.cards.contains(where: BoardFilter(text: "van").matcher(today: Sample.today, search: prepared)))
    }
}
