import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Opening is harmless (issue 25, item 6): what is not a wijkteam database is refused before any write.
@Suite struct OpeningTests {
    @Test func anEmptyFileIsRefusedAndLeftAsItWas() throws {
        let dir = Fixtures.tempDir()
        let path = dir.appendingPathComponent("empty.sqlite").path
        try PrivateFiles.createEmpty(path)
        #expect(throws: SQLiteFileError.empty(path)) { try SQLiteStore.open(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["empty.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
    }

    /// Before, SQLite switched it to WAL (bytes 18 and 19 of the header) and it grew.
    @Test func anotherApplicationsDatabaseStaysByteIdenticalWithNoWalBesideIt() throws {
        let dir = Fixtures.tempDir()
        let path = dir.appendingPathComponent("other.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('שלום 🙂')") }
        try other.close()
        chmod(path, 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: SQLiteFileError.foreign(path)) { try SQLiteStore.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["other.sqlite"])
        // Another application's database in WAL mode: not even a -shm is made beside it.
        let wal = dir.appendingPathComponent("wal #1?.sqlite").path
        let walMode = try DatabasePool(path: wal)
        try walMode.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
        try walMode.close()
        chmod(wal, 0o600)
        let walBefore = try Data(contentsOf: URL(fileURLWithPath: wal))
        #expect(throws: SQLiteFileError.foreign(wal)) { try SQLiteStore.open(path: wal) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: wal)) == walBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["other.sqlite", "wal #1?.sqlite"])
        let text = dir.appendingPathComponent("notes.txt").path
        try PrivateFiles.write(Data("\u{1b}[2J hello".utf8), to: text)
        #expect(throws: SQLiteFileError.notSQLite(text)) { try SQLiteStore.open(path: text) }
    }

    /// A path as a shell may write it (`--db "$DIR/w.sqlite"` with DIR=/ gives "//…", a relative
    /// path, a name beginning "file:"): the look reads the same file, with and without a -wal.
    @Test func pathsWrittenOddlyAreTheSameDatabase() throws {
        let store = try Fixtures.sampleStore()
        let path = store.path
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let odd = "file:odd.sqlite", copy = folder + "/copy.sqlite"
        for made in [folder + "/" + odd, copy] {
            try FileManager.default.copyItem(atPath: path, toPath: made)
            chmod(made, 0o600)
        }
        // No -wal beside the copy: "file:" + "//…" once named a host and the look refused the file.
        #expect(!FileManager.default.fileExists(atPath: copy + "-wal"))
        #expect(try SQLiteOpening.inspect("/" + copy, forWriting: false) == Set(Schema.migrator.migrations))
        let cwd = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        FileManager.default.changeCurrentDirectoryPath(folder)
        // The sample is open (a -wal beside it: the look reads the path); the copy is not (the
        // look reads it as an immutable URI).
        for written in ["/" + path, URL(fileURLWithPath: path).lastPathComponent, odd, "./" + odd] {
            #expect(try SQLiteOpening.inspect(written, forWriting: false) == Set(Schema.migrator.migrations), "\(written)")
            let opened = try SQLiteStore.open(path: written)
            #expect(try opened.staff().count == (try store.staff().count), "\(written)")
        }
        // Nothing was made beside them: no "odd.sqlite" from reading "file:odd.sqlite" as a URI.
        #expect(!FileManager.default.fileExists(atPath: folder + "/odd.sqlite"))
    }

    /// Three writers opening at once: one may hold the file for a moment (its first open, a
    /// checkpoint). The look waited for nobody and called the file "not a wijkteam database:
    /// database is locked" (CI, a fresh clone under load).
    @Test func aDatabaseLockedForAMomentIsWaitedForNotRefused() throws {
        let path = try Fixtures.sampleStore().path
        var config = Configuration()
        config.prepareDatabase { try $0.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
        let holder = try DatabaseQueue(path: path, configuration: config)
        try holder.write { try $0.execute(sql: "UPDATE setting SET value = value WHERE 0") }  // takes the exclusive lock
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try? holder.close()
            released.signal()
        }
        let store = try SQLiteStore.open(path: path)
        _ = store
        released.wait()
    }

    @Test func aFolderAReadOnlyFileAndAReadOnlyFolderEachSaySo() throws {
        let dir = Fixtures.tempDir()
        #expect(throws: SQLiteFileError.directory(dir.path)) { try SQLiteStore.open(path: dir.path) }
        let path = try Fixtures.sampleStore().path
        chmod(path, 0o400)
        #expect(throws: SQLiteFileError.readOnlyFile(path)) { try SQLiteStore.open(path: path) }
        // Browsing (the tour) writes nothing, so a read-only file is fine there.
        _ = try SQLiteStore.open(path: path, readOnly: true)
        chmod(path, 0o600)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }
        #expect(throws: SQLiteFileError.readOnlyFolder(path: path, folder: folder)) { try SQLiteStore.open(path: path) }
    }

    /// Only the temporaries of processes that are gone, and only of this file.
    @Test func staleTemporariesOfDeadProcessesAreRemovedOthersKept() throws {
        let dir = Fixtures.tempDir()
        let path = dir.appendingPathComponent("w.sqlite").path
        var dead: pid_t = 999_999
        while kill(dead, 0) == 0 || errno == EPERM { dead -= 1 }
        let names = [
            ".w.sqlite.tmp-\(dead)", ".w.sqlite.tmp-\(dead)-wal", ".w.sqlite.tmp-\(getpid())", ".w.sqlite.tmp-1",
            ".w.sqlite.tmp-notapid", ".x.sqlite.tmp-\(dead)", "w.sqlite",
        ]
        for name in names { try PrivateFiles.createEmpty(dir.appendingPathComponent(name).path) }
        #expect(PrivateFiles.removeStaleTemporaries(of: path) == [".w.sqlite.tmp-\(dead)", ".w.sqlite.tmp-\(dead)-wal"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
                == [".w.sqlite.tmp-1", ".w.sqlite.tmp-\(getpid())", ".w.sqlite.tmp-notapid", ".x.sqlite.tmp-\(dead)", "w.sqlite"].sorted())
    }
}
