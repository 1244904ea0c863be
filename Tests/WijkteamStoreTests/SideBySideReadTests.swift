import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The first frame's two reads run on two cores; they must still be one moment of the database.
@Suite struct SideBySideReadTests {
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func next() -> Int { lock.lock(); defer { lock.unlock() }; count += 1; return count }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }

    @Test func withoutACommitMeanwhileBothReadsAreUsedAsTheyAre() throws {
        let store = try Fixtures.sampleStore()
        let calls = Calls()
        let (cards, followUps) = try store.readSideBySide({ _ = calls.next(); return try store.caseCards(openFollowUps: []) },
                                                          { try store.followUps(includeDone: false) })
        #expect(calls.value == 1)
        var attached = cards
        CaseCard.attach(followUps, to: &attached)
        #expect(attached == (try store.caseCards()))
    }

    @Test func aCommitDuringTheReadsMakesThemReadAgainAsOne() throws {
        let store = try Fixtures.sampleStore()
        let other = try SQLiteStore.open(path: store.path)
        let before = try #require(try store.cases(includeClosed: false).first { $0.id == 17 })
        let calls = Calls()
        let (a, b) = try store.readSideBySide({ () -> Int in
            // Another terminal commits while the two reads are under way (the first time only).
            if calls.next() == 1 { _ = try other.setDiscussion(caseID: 17, question: "Meedenken?", expectedVersion: nil) }
            return try store.cases(includeClosed: false).first { $0.id == 17 }!.version
        }, { try store.cases(includeClosed: false).first { $0.id == 17 }!.version })
        #expect(calls.value == 2)
        #expect(a == b && a == before.version + 1)
    }
}
