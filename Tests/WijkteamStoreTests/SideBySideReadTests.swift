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

    /// The descriptors this process holds on `path` (each SQLite connection opens the file once).
    static func descriptors(on path: String) -> Int {
        let fds = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return fds.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)")) == path }.count
    }

    /// A one-shot command reads and writes on the pool's writer and one reader, without the
    /// watcher's connection: the first side-by-side read opens it (and a second reader), once.
    @Test func theWatchersConnectionOpensAtTheFirstSideBySideRead() throws {
        let path = try Fixtures.sampleStore().path
        #expect(Self.descriptors(on: path) == 0)
        let store = try SQLiteStore.open(path: path)
        _ = try store.staff()
        _ = try store.setDiscussion(caseID: 17, question: "Meedenken?", expectedVersion: nil)
        #expect(Self.descriptors(on: path) == 2 && !store.watcher.isOpen)
        _ = try store.readSideBySide({ try store.staff() }, { try store.openSignals() })
        #expect(store.watcher.isOpen)
        // The two reads may or may not have overlapped (a second reader): three or four.
        let after = Self.descriptors(on: path)
        #expect(after == 3 || after == 4)
        _ = try store.readSideBySide({ try store.staff() }, { try store.openSignals() })
        #expect(Self.descriptors(on: path) <= 4)
    }

    /// The screens open the watcher's connection and a second reader beside finding who acts
    /// (`openSecondReader`): the first load's side-by-side read then opens none on its path.
    @Test func theScreensOpenTheWatcherAndASecondReaderBeforeTheFirstLoad() throws {
        let path = try Fixtures.sampleStore().path
        let store = try SQLiteStore.open(path: path)
        #expect(Self.descriptors(on: path) == 1 && !store.watcher.isOpen)
        store.openSecondReader()
        let deadline = Date().addingTimeInterval(10)
        while !store.watcher.isOpen, Date() < deadline { usleep(1_000) }  // opened after the reader
        // The writer, the reader opened in the background and the watcher.
        #expect(store.watcher.isOpen)
        #expect(Self.descriptors(on: path) == 3)
        _ = try store.readSideBySide({ try store.staff() }, { try store.openSignals() })
        #expect(Self.descriptors(on: path) <= 4)
    }
}
