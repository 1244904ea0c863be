import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// A command that runs once (`SQLiteStore.open(oneShot:)`) reads on the writer's connection: no
/// reader is opened, a read sees every commit before it, cannot write, and a read asked for
/// inside a write still goes to a reader (the writer's queue is not re-entered).
@Suite struct OneShotStoreTests {
    /// A sample database on disk, created and closed.
    func sampleFile() throws -> String {
        let path = Fixtures.tempDir().appendingPathComponent("one-shot.sqlite").path
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        _ = try SQLiteStore.create(at: path, from: data)
        return path
    }

    /// How many of this process's open files are the database file itself (one per connection).
    func connections(to path: String) throws -> Int {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter {
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\($0)")) == target
        }.count
    }

    @Test func aOneShotStoreReadsWithoutOpeningAReader() throws {
        let path = try sampleFile()
        let oneShot = try SQLiteStore.open(path: path, oneShot: true)
        let staff = try oneShot.staff(), info = try oneShot.districtInfo()
        #expect(!staff.isEmpty && info.demo)
        #expect(try connections(to: path) == 1)
        // The screens' store opens a reader beside its writer, and reads the same.
        let screens = try SQLiteStore.open(path: path)
        #expect(try screens.staff() == staff)
        #expect(try connections(to: path) == 3)
    }

    @Test func aReadSeesWhatAnotherConnectionCommittedBeforeIt() throws {
        let path = try sampleFile()
        let oneShot = try SQLiteStore.open(path: path, oneShot: true)
        let other = try SQLiteStore.open(path: path)
        let before = try oneShot.agendaSettings()
        var changed = before
        changed.stuckAfterWeeks += 7
        try other.saveAgendaSettings(changed)
        #expect(try oneShot.agendaSettings() == changed)
    }

    @Test func aReadOnTheWriterCannotWrite() throws {
        let path = try sampleFile()
        let oneShot = try SQLiteStore.open(path: path, oneShot: true)
        let names = try oneShot.staff().map(\.name)
        #expect(throws: DatabaseError.self) {
            try oneShot.reading { work in try work.db.execute("UPDATE staff SET name = 'changed'", []) }
        }
        #expect(try oneShot.staff().map(\.name) == names)
        // Writing still works after the refused read (query_only is set for the read alone).
        var settings = try oneShot.agendaSettings()
        settings.stuckAfterWeeks += 1
        try oneShot.saveAgendaSettings(settings)
        #expect(try oneShot.agendaSettings() == settings)
    }

    @Test func aReadInsideAWriteGoesToAReader() throws {
        let path = try sampleFile()
        let oneShot = try SQLiteStore.open(path: path, oneShot: true)
        let before = try oneShot.agendaSettings()
        var changed = before
        changed.stuckAfterWeeks += 3
        let seenInside = try oneShot.writing { work in
            try work.saveAgendaSettings(changed)
            // A reader's snapshot: the write in progress is not in it.
            return try oneShot.agendaSettings()
        }
        #expect(seenInside == before)
        #expect(try oneShot.agendaSettings() == changed)
    }
}
