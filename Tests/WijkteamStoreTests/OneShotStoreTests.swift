import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// A command that runs once (`SQLiteStore.open(oneShot:)`) reads on the writer's connection: no
/// reader is opened, a read sees every commit before it, cannot write, and a read asked for
/// inside a write still goes to a reader (the writer's queue is not re-entered).
@Suite struct OneShotStoreTests {
    /// A sample database on disk, created and closed, then opened for one command.
    func oneShotSample() throws -> (path: String, store: SQLiteStore) {
        let path = Fixtures.tempDir().appendingPathComponent("one-shot.sqlite").path
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        _ = try SQLiteStore.create(at: path, from: data)
        return (path, try SQLiteStore.open(path: path, oneShot: true))
    }

    /// The store's agenda settings with `stuckAfterWeeks` moved by `weeks`: a change to look for.
    func moved(_ store: SQLiteStore, by weeks: Int) throws -> AgendaSettings {
        var settings = try store.agendaSettings()
        settings.stuckAfterWeeks += weeks
        return settings
    }

    /// How many of this process's open files are the database file itself (one per connection).
    func connections(to path: String) throws -> Int {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)")) == target
        }.count
    }

    @Test func aOneShotStoreReadsWithoutOpeningAReader() throws {
        let (path, oneShot) = try oneShotSample()
        let staff = try oneShot.staff(), info = try oneShot.districtInfo()
        #expect(!staff.isEmpty && info.demo)
        #expect(try connections(to: path) == 1)
        // The screens' store opens a reader beside its writer, and reads the same.
        let screens = try SQLiteStore.open(path: path)
        #expect(try screens.staff() == staff)
        // Its writer and its reader beside the one-shot writer (the reader reuses the handle of
        // the look before opening, which SQLite keeps while this process holds locks on the file).
        #expect(try connections(to: path) == 3)
    }

    @Test func aReadSeesWhatAnotherConnectionCommittedBeforeIt() throws {
        let (path, oneShot) = try oneShotSample()
        let other = try SQLiteStore.open(path: path)
        let changed = try moved(oneShot, by: 7)
        try other.saveAgendaSettings(changed)
        #expect(try oneShot.agendaSettings() == changed)
    }

    @Test func aReadOnTheWriterCannotWrite() throws {
        let oneShot = try oneShotSample().store
        let names = try oneShot.staff().map(\.name)
        #expect(throws: DatabaseError.self) {
            try oneShot.reading { work in try work.db.execute("UPDATE staff SET name = 'changed'", []) }
        }
        #expect(try oneShot.staff().map(\.name) == names)
        // Writing still works after the refused read (query_only is set for the read alone).
        let settings = try moved(oneShot, by: 1)
        try oneShot.saveAgendaSettings(settings)
        #expect(try oneShot.agendaSettings() == settings)
    }

    @Test func aReadInsideAWriteGoesToAReader() throws {
        let oneShot = try oneShotSample().store
        let before = try oneShot.agendaSettings(), changed = try moved(oneShot, by: 3)
        let seenInside = try oneShot.writing { work in
            try work.saveAgendaSettings(changed)
            // A reader's snapshot: the write in progress is not in it.
            return try oneShot.agendaSettings()
        }
        #expect(seenInside == before)
        #expect(try oneShot.agendaSettings() == changed)
    }

    /// The monitor reads two halves at once: on a one-shot store each still gets a reader of its
    /// own (both waiting for the writer, the half holding it would wait for the other for ever).
    @Test(.timeLimit(.minutes(1))) func theMonitorsTwoHalvesReadOnReaders() throws {
        let (path, oneShot) = try oneShotSample()
        let (from, to, today) = (Month("2025-12")!, Month("2026-11")!, Day("2026-11-20")!)
        let report = try oneShot.monitor(from: from, to: to, today: today, groups: .all)
        #expect(report == (try SQLiteStore.open(path: path).monitor(from: from, to: to, today: today, groups: .all)))
    }
}
