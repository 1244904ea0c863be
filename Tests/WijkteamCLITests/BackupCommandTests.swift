import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `wijkteam backup` and `restore` (issue 25, item 4) as a person or cron runs them.
@Suite(.serialized) struct BackupCommandTests {
    static func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    /// The cron line's command: a rotating file, replaced with --force, checked each time.
    @Test func theCronLinesCommandWritesACheckedPrivateCopyAndReplacesLastWeeks() throws {
        let db = try Binary.freshDatabase()
        let target = Binary.tempDir().appendingPathComponent("backups/wijkteam-Fri.sqlite").path
        let first = try Binary.run(["backup", "--db", db, "--to", target, "--force"])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("audit_log"))
        #expect(first.out.contains("integrity check: ok; audit chain: verified"))
        #expect(first.out.contains("backup written to \(target)"))
        #expect(Self.mode(target) == 0o600)
        let again = try Binary.run(["backup", "--db", db, "--to", target])
        #expect(again.status == 1)
        #expect(again.err.contains("already exists; nothing was written (use --force to replace it)"))
        let replaced = try Binary.run(["backup", "--db", db, "--to", target, "--force"])
        #expect(replaced.status == 0, "\(replaced.err)")
        // The second backup's copy holds both backups' rows in its access log: it is the newer one.
        let log = try Spawn.capture(
            ["sqlite3", target, "SELECT count(*) FROM audit_log WHERE detail = 'backup'"], scratch: Binary.tempDir())
        #expect(log.out == "2\n", "\(log.err)")
    }

    /// The app open in a terminal (tmux) holds the database: restore refuses and changes nothing;
    /// once the app has quit, the same command restores and keeps the old database beside.
    @Test func aDatabaseOpenInAnotherTerminalIsNeverRestoredOver() throws {
        let db = try Binary.freshDatabase()
        let backup = Binary.tempDir().appendingPathComponent("b.sqlite").path
        #expect(try Binary.run(["backup", "--db", db, "--to", backup]).status == 0)
        let app = try TmuxSession(args: ["--db", db])
        defer { app.kill() }
        app.waitFor(URL(fileURLWithPath: db).lastPathComponent)
        let refused = try Binary.run(["restore", "--from", backup, "--db", db, "--force"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("is open in another terminal or program; nothing was changed"), "\(refused.err)")
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.contains("before-restore") })
        app.send("q")
        #expect(app.exitLine()?.contains("EXIT=0") == true)
        let restored = try Binary.run(["restore", "--from", backup, "--db", db, "--force"])
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.contains("the database that was there is kept as \(db).before-restore-"))
        #expect(try Binary.run(["board", "--db", db]).status == 0)
    }

    @Test func restoreRefusesAFileThatIsNotABackup() throws {
        let dir = Binary.tempDir()
        let text = dir.appendingPathComponent("notes.txt").path
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: text))
        let target = dir.appendingPathComponent("w.sqlite").path
        let r = try Binary.run(["restore", "--from", text, "--db", target])
        #expect(r.status == 1)
        #expect(r.err.contains("is not a SQLite database (some other kind of file)"), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    /// Pointing --db at something that is no wijkteam database leaves it byte for byte as it was,
    /// with no -wal or -shm beside it, and says what it is.
    @Test func openingAnEmptyFileOrAnotherApplicationsDatabaseChangesNothing() throws {
        let dir = Binary.tempDir()
        let empty = dir.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: empty, contents: Data(), attributes: [.posixPermissions: 0o600])
        let r = try Binary.run(["--db", empty, "board"])
        #expect(r.status == 1)
        #expect(r.err.contains("is an empty file, not a wijkteam database"), "\(r.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)

        let other = dir.appendingPathComponent("other.sqlite").path
        let made = try Spawn.capture(["sqlite3", other, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');"], scratch: dir)
        #expect(made.status == 0)
        chmod(other, 0o600)
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        let o = try Binary.run(["--db", other, "board"])
        #expect(o.status == 1)
        #expect(o.err.contains("is another application's SQLite database (no wijkteam tables); it was left as it is"), "\(o.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["empty.sqlite", "other.sqlite"])
    }

    @Test func aFolderAndAReadOnlyFileEachGetTheirOwnMessage() throws {
        let dir = Binary.tempDir()
        let folder = try Binary.run(["--db", dir.path, "board"])
        #expect(folder.err.contains("is a folder, not a database file"), "\(folder.err)")
        let db = try Binary.freshDatabase()
        chmod(db, 0o400)
        let readOnly = try Binary.run(["--db", db, "board"])
        #expect(readOnly.status == 1)
        #expect(readOnly.err.contains("is read-only: wijkteam writes every read to the access log"), "\(readOnly.err)")
    }

    /// `generate` killed (SIGKILL) while it writes its hidden temporary file: the next run on the
    /// same name removes it.
    @Test func aKilledGenerateLeavesNoHiddenTemporaryAfterTheNextRun() throws {
        let dir = Binary.tempDir()
        let db = dir.appendingPathComponent("city.sqlite").path
        let child = Process()
        child.executableURL = URL(fileURLWithPath: Binary.path)
        child.arguments = ["generate", "--db", db, "--households", "20000"]
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        func temporaries() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasPrefix(".city.sqlite.tmp-") }
        }
        let deadline = Date().addingTimeInterval(120)
        while temporaries().isEmpty, child.isRunning, Date() < deadline { usleep(20_000) }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(!temporaries().isEmpty)  // caught mid-write
        let again = try Binary.run(["generate", "--db", db, "--households", "20"])
        #expect(again.status == 0, "\(again.err)")
        #expect(temporaries() == [])
    }
}
