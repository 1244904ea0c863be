import Foundation
import Testing
import Wijkteam
import WijkteamStore

/// Issue #23, part 3: a SQLite database is one person's. What the app creates is 0600 in folders
/// it creates 0700; a database another account can read or change is refused before anything is
/// written; WIJKTEAM_TODAY only moves the date of a demo database. Tests run as root, which the
/// kernel never refuses: the app checks mode bits and owner itself, and so do these tests.
@Suite struct PrivateFileTests {
    static func mode(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }

    static func octal(_ path: String) -> String { String(mode(path), radix: 8) }

    /// Every file in `dir` (recursively) with its mode, for a message.
    static func modes(under dir: String) -> [String: String] {
        let all = FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []
        return Dictionary(uniqueKeysWithValues: all.map { ($0, octal(dir + "/" + $0)) })
    }

    @Test func initMakesThePrivateFileAndFoldersAndTheWALAndSHMTakeItsMode() throws {
        let top = Binary.tempDir().path
        let db = top + "/team/data/w.sqlite"
        let topMode = Self.mode(top)
        let r = try Binary.run(["init", "--db", db])
        #expect(r.status == 0, "\(r.err)")
        #expect(try Binary.run(["board", "--db", db]).status == 0)
        // The last connection to close folds the WAL into the file and removes it: a command
        // leaves none behind (the next one would have read it whole to rebuild its index).
        #expect(!FileManager.default.fileExists(atPath: db + "-wal") && !FileManager.default.fileExists(atPath: db + "-shm"))
        let held = try SQLiteStore.open(path: db)  // while it is open, -wal and -shm are there
        defer { withExtendedLifetime(held) {} }
        for file in [db, db + "-wal", db + "-shm"] {
            #expect(FileManager.default.fileExists(atPath: file), "\(file)")
            #expect(Self.mode(file) == 0o600, "\(file): \(Self.octal(file))")
        }
        for folder in [top + "/team", top + "/team/data"] { #expect(Self.mode(folder) == 0o700, "\(folder): \(Self.octal(folder))") }
        // A folder that was there already is not ours to change.
        #expect(Self.mode(top) == topMode)
    }

    @Test func initForceOverAWorldReadableFileLeavesItPrivate() throws {
        let db = Binary.tempDir().appendingPathComponent("w.sqlite").path
        _ = FileManager.default.createFile(atPath: db, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        #expect(Self.mode(db) == 0o644)
        let r = try Binary.run(["init", "--db", db, "--force"])
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.mode(db) == 0o600, Comment(rawValue: Self.octal(db)))
    }

    @Test func generateAndTheDefaultDatabaseAreCreatedPrivate() throws {
        let dir = Binary.tempDir().path
        let generated = dir + "/gen/city.sqlite"
        let g = try Binary.run(["generate", "--db", generated, "--households", "30", "--staff", "3"])
        #expect(g.status == 0, "\(g.err)")
        #expect(Self.mode(generated) == 0o600, Comment(rawValue: Self.octal(generated)))
        #expect(Self.mode(dir + "/gen") == 0o700)

        // The default database made on first use, under a data folder that does not exist yet.
        let home = dir + "/home"
        let first = try Binary.run(["board"], env: ["HOME": home, "XDG_DATA_HOME": ""])
        #expect(first.status == 0, "\(first.err)")
        let made = home + "/.local/share/wijkteam/wijkteam.sqlite"
        #expect(Self.mode(made) == 0o600, "\(Self.modes(under: home))")
        for folder in ["", "/.local", "/.local/share", "/.local/share/wijkteam"] {
            #expect(Self.mode(home + folder) == 0o700, "\(home + folder): \(Self.octal(home + folder))")
        }
        for file in [made + "-wal", made + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(Self.mode(file) == 0o600, "\(file): \(Self.octal(file))")
        }
    }

    @Test func minutesOutIsPrivateAlsoWhenItReplacesAReadableFile() throws {
        let db = try Binary.freshDatabase()
        let store = try SQLiteStore.open(path: db)
        _ = try store.startMeeting(chair: "fatima", on: Day(Binary.today)!)
        let dir = Binary.tempDir().path
        let out = dir + "/minutes/week 47.md"
        let r = try Binary.run(["minutes", "--db", db, "--out", out])
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.mode(out) == 0o600, Comment(rawValue: Self.octal(out)))
        #expect(Self.mode(dir + "/minutes") == 0o700)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("#"))

        let existing = dir + "/old.md"
        _ = FileManager.default.createFile(atPath: existing, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        #expect(try Binary.run(["minutes", "--db", db, "--out", existing]).status == 0)
        #expect(Self.mode(existing) == 0o600, Comment(rawValue: Self.octal(existing)))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) != "old")
        // No temporary file is left beside it.
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == ["minutes", "old.md"])
    }

    /// A dump of the database and its files' sizes: "nothing written" means both stay the same.
    static func snapshot(_ db: String) throws -> [String] {
        let dump = try Spawn.capture(["sqlite3", db, ".dump"], scratch: Binary.tempDir()).out
        let sizes = ["", "-wal", "-shm"].map { s in
            "\(s): " + ((try? FileManager.default.attributesOfItem(atPath: db + s)[.size]).map { "\($0)" } ?? "none")
        }
        return [dump] + sizes
    }

    @Test(arguments: [0o640, 0o606, 0o660, 0o604])
    func aDatabaseOthersCanReadOrWriteIsRefusedWithWhatToDo(mode: Int) throws {
        let db = try Binary.freshDatabase()
        #expect(try Binary.run(["board", "--db", db]).status == 0)
        #expect(chmod(db, mode_t(mode)) == 0)
        // Snapshot under 0600 (sqlite3 honours no such rule, but it is a reader too), then share.
        let before = try Self.snapshot(db)
        for args in [["board"], ["assign", "1", "daan"], ["journal", "show", "3", "--as", "daan"]] {
            let r = try Binary.run(args + ["--db", db])
            #expect(r.status == 1, "\(args): \(r.out)")
            #expect(r.err.contains("other accounts can read or change \(db)"), "\(r.err)")
            #expect(r.err.contains("chmod 600 \(db)"), "\(r.err)")
            #expect(r.err.contains("PostgreSQL"), "\(r.err)")
            #expect(r.out.isEmpty)
        }
        #expect(Self.mode(db) == mode, "refusing changed nothing, not even the mode")
        #expect(try Self.snapshot(db) == before)
        // The message's own advice works.
        #expect(chmod(db, 0o600) == 0)
        #expect(try Binary.run(["board", "--db", db]).status == 0)
    }

    @Test func aSharedWALOrSHMIsRefusedToo() throws {
        let db = try Binary.freshDatabase()
        let held = try SQLiteStore.open(path: db)  // another terminal has it open: -wal and -shm stay
        defer { withExtendedLifetime(held) {} }
        #expect(try Binary.run(["board", "--db", db]).status == 0)
        #expect(FileManager.default.fileExists(atPath: db + "-wal") && FileManager.default.fileExists(atPath: db + "-shm"))
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: db + suffix) {
            #expect(chmod(db + suffix, 0o644) == 0)
            let r = try Binary.run(["board", "--db", db])
            #expect(r.status == 1)
            #expect(r.err.contains("\(db)\(suffix) (mode 644)"), "\(r.err)")
            #expect(chmod(db + suffix, 0o600) == 0)
        }
        #expect(try Binary.run(["board", "--db", db]).status == 0)
    }

    @Test func aDatabaseOfAnotherAccountIsRefusedEvenWhenPrivateToIt() throws {
        let db = try Binary.freshDatabase()
        #expect(try Binary.run(["board", "--db", db]).status == 0)
        guard let nobody = getpwnam("nobody")?.pointee.pw_uid else { Issue.record("no account 'nobody' on this machine"); return }
        #expect(getuid() != nobody)
        for file in [db, db + "-wal", db + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(chown(file, nobody, gid_t(bitPattern: -1)) == 0, "\(file)")
        }
        let r = try Binary.run(["board", "--db", db])
        #expect(r.status == 1)
        #expect(r.err.contains("\(db) belongs to another account (nobody)"), "\(r.err)")
        // Demo or not: the sample district is a demo, and it is refused all the same.
        #expect(r.out.isEmpty)
    }

    /// A copy of the sample district marked as a team's real district, whose team lead is the
    /// account running the tests (a real database has no --as).
    static func realDistrict() throws -> String {
        let folder = Binary.tempDir().appendingPathComponent("real")
        try FileManager.default.copyItem(at: Binary.repoRoot.appendingPathComponent("sample-data"), to: folder)
        let yaml = folder.appendingPathComponent("district.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        #expect(text.contains("demo: true"))
        try text.replacingOccurrences(of: "demo: true", with: "demo: false").write(to: yaml, atomically: true, encoding: .utf8)
        let staff = folder.appendingPathComponent("staff.yaml")
        let account = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        let people = try String(contentsOf: staff, encoding: .utf8)
        #expect(people.contains("account: fatima\n"))
        let mapped = people.replacingOccurrences(of: "account: fatima\n", with: "account: \(account)\n")
        try mapped.write(to: staff, atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test func wijkteamTodayIsRefusedOnARealDatabase() throws {
        let db = Binary.tempDir().appendingPathComponent("real.sqlite").path
        let made = try Binary.run(["init", "--db", db, "--from", try Self.realDistrict()], env: ["WIJKTEAM_TODAY": ""])
        #expect(made.status == 0, "\(made.err)")
        #expect(Self.mode(db) == 0o600)
        let before = try Self.snapshot(db)
        let tries = [
            ["board"], ["journal", "add", "1", "--kind", "phone", "--text", "Back-dated call"],
            ["flag", "1", "--preventive", "--due", "+2w"],
        ]
        for args in tries {
            let r = try Binary.run(args + ["--db", db], env: ["WIJKTEAM_TODAY": "2020-01-01"])
            #expect(r.status == 1, "\(args): \(r.out)")
            #expect(r.err.contains("WIJKTEAM_TODAY moves the date on demo databases only"), "\(args): \(r.err)")
            #expect(r.err.contains(db))
        }
        #expect(try Self.snapshot(db) == before)
        // Without it the real database works, on the real date; a demo database keeps its pinned day.
        let board = try Binary.run(["board", "--db", db], env: ["WIJKTEAM_TODAY": ""])
        #expect(board.status == 0, "\(board.err)")
        #expect(!board.out.contains("2020-01-01"))
        let demo = try Binary.run(["board", "--db", try Binary.freshDatabase()], env: ["WIJKTEAM_TODAY": "2026-11-23"])
        #expect(demo.status == 0, "\(demo.err)")
        #expect(demo.out.contains("2026-11-23"))
    }
}
