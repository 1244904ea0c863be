import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Backup of a running database and restore (issue 25, item 4), at the store.
@Suite struct BackupStoreTests {
    static let lead = AuditActor(staffID: "fatima", account: "test-fatima", origin: "tests")
    static let today = Day("2026-11-20")!

    /// Three writers, each on its own connection pool (as three terminals), add journal entries
    /// while the backup runs. Everything acknowledged before the backup started is in the copy;
    /// nothing whose write began after the backup returned is; the counts printed are the copy's.
    @Test func aBackupWhileThreeWritersWriteIsOneMomentAndChecksOut() throws {
        let source = try Fixtures.sampleStore().acting(as: Self.lead)
        let caseID = try #require(try source.cases(includeClosed: false).first?.id)
        let log = WriterLog()
        let stop = WriterLog.Flag()
        let writers = (0..<3).map { w in
            Background {
                let mine = try SQLiteStore.open(path: source.path).acting(as: Self.lead)
                var n = 0
                while !stop.isSet || n < 40 {
                    let text = "w\(w)-\(n)"
                    log.started(text)
                    try mine.addJournal(caseID: caseID, kind: .phone, date: Self.today, text: text, sensitive: false, today: Self.today)
                    log.acknowledged(text)
                    n += 1
                }
            }
        }
        while log.acknowledgedCount < 30 { usleep(1000) }
        let target = Fixtures.tempDir().appendingPathComponent("backup.sqlite").path
        let ackedBefore = log.acknowledgedSnapshot
        let check = try source.backup(to: target, force: false)
        let startedBefore = log.startedSnapshot
        stop.set()
        for writer in writers { try writer.wait() }

        #expect(check.ok)
        let copy = try DatabaseQueue(path: target)
        let texts = Set(try copy.read { try String.fetchAll($0, sql: "SELECT text FROM journal_entry WHERE text GLOB 'w[0-9]-*'") })
        #expect(ackedBefore.isSubset(of: texts))
        #expect(texts.isSubset(of: startedBefore))
        let copied = try copy.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM journal_entry") }
        #expect(check.tables.first { $0.name == "journal_entry" }?.rows == copied)
        // At least one write after the copy, whatever the writers' timing.
        _ = try source.addJournal(caseID: caseID, kind: .phone, date: Self.today, text: "later", sensitive: false, today: Self.today)
        let live = try source.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM journal_entry") } ?? 0
        #expect(live > copied ?? 0)  // the writers went on after the copy: its count is not the live one
        #expect(try SQLiteBackup.check(target).audit.ok)
        // The copy's log ends with the row of its own making, ids only.
        let last = try copy.read { try Row.fetchOne($0, sql: "SELECT action, detail FROM audit_log WHERE detail = 'backup'") }
        #expect(last?["action"] == "export")
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(!FileManager.default.fileExists(atPath: target + "-wal"))
    }

    @Test func anExistingTargetIsRefusedWithoutForceAndTheSourceNeverCopiedOntoItself() throws {
        let source = try Fixtures.sampleStore()
        let target = Fixtures.tempDir().appendingPathComponent("b.sqlite").path
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
        #expect(throws: BackupError.targetExists(target)) { try source.backup(to: target, force: false) }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(throws: BackupError.sameFile(source.path)) { try source.backup(to: source.path, force: true) }
        _ = try source.backup(to: target, force: true)
        #expect(try SQLiteBackup.check(target).ok)
    }

    @Test func aReadOnlyFolderIsRefusedWithItsOwnMessageAndLeavesNothing() throws {
        let source = try Fixtures.sampleStore()
        let folder = Fixtures.tempDir().appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o500)
        defer { chmod(folder.path, 0o700) }
        #expect {
            try source.backup(to: folder.appendingPathComponent("b.sqlite").path, force: false)
        } throws: { ($0 as? BackupError).map { if case .cannotWrite = $0 { true } else { false } } ?? false }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    /// A backup whose audit log was edited afterwards is refused, and so is one with a broken page.
    @Test func aDamagedBackupIsRefusedBeforeTheTargetIsTouched() throws {
        let source = try Fixtures.sampleStore()
        let dir = Fixtures.tempDir()
        let backup = dir.appendingPathComponent("b.sqlite").path
        _ = try source.backup(to: backup, force: false)
        let edited = try DatabaseQueue(path: backup)
        try edited.write { try $0.execute(sql: "UPDATE audit_log SET detail = 'nothing to see' WHERE id = 1") }
        try edited.close()
        let target = dir.appendingPathComponent("restored.sqlite").path
        #expect {
            try SQLiteRestore.restore(from: backup, to: target, force: false, stamp: "x")
        } throws: { ($0 as? BackupError).map { if case .damaged = $0 { true } else { false } } ?? false }
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["b.sqlite"])
    }

    @Test func aRestoreKeepsTheOldDatabaseBesideAndTheRestoredOneOpens() throws {
        let source = try Fixtures.sampleStore().acting(as: Self.lead)
        let dir = Fixtures.tempDir()
        let backup = dir.appendingPathComponent("b.sqlite").path
        _ = try source.backup(to: backup, force: false)
        let after = try source.addJournal(
            caseID: 8, kind: .phone, date: Self.today, text: "after the backup", sensitive: false, today: Self.today)
        let target = dir.appendingPathComponent("w.sqlite").path
        try FileManager.default.copyItem(atPath: source.path, toPath: target)
        #expect(throws: RestoreError.targetExists(target)) {
            try SQLiteRestore.restore(from: backup, to: target, force: false, stamp: "x")
        }
        let result = try SQLiteRestore.restore(from: backup, to: target, force: true, stamp: "20261120-120000")
        #expect(result.keptAs == target + ".before-restore-20261120-120000")
        let restored = try SQLiteStore.open(path: target)
        #expect(
            try restored.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM journal_entry WHERE id = ?", arguments: [after.id]) } == 0)
        #expect(try restored.verifyAudit().ok)
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    /// The database open in this very process (SQLite's POSIX locks) is seen as open, and the
    /// check does not drop those locks: the open store still writes afterwards.
    @Test func aDatabaseOpenHereIsNeverRestoredOver() throws {
        let open = try Fixtures.sampleStore().acting(as: Self.lead)
        let backup = Fixtures.tempDir().appendingPathComponent("b.sqlite").path
        _ = try open.backup(to: backup, force: false)
        #expect(throws: RestoreError.inUse(open.path)) {
            try SQLiteRestore.restore(from: backup, to: open.path, force: true, stamp: "x")
        }
        // Asked again: were SQLite's locks dropped by the first look, this one would find none.
        #expect(throws: RestoreError.inUse(open.path)) {
            try SQLiteRestore.restore(from: backup, to: open.path, force: true, stamp: "x")
        }
        _ = try open.addJournal(caseID: 8, kind: .phone, date: Self.today, text: "still here", sensitive: false, today: Self.today)
        #expect(try open.verifyAudit().ok)
        #expect(!FileManager.default.fileExists(atPath: open.path + ".before-restore-x"))
    }

    @Test func aForeignOrNewerBackupIsRefused() throws {
        let dir = Fixtures.tempDir()
        let foreign = dir.appendingPathComponent("other.sqlite").path
        let queue = try DatabaseQueue(path: foreign)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')") }
        try queue.close()
        let target = dir.appendingPathComponent("w.sqlite").path
        #expect(throws: SQLiteFileError.foreign(foreign)) { try SQLiteRestore.restore(from: foreign, to: target, force: false, stamp: "x") }
        let newer = dir.appendingPathComponent("newer.sqlite").path
        _ = try Fixtures.sampleStore().backup(to: newer, force: false)
        let edit = try DatabaseQueue(path: newer)
        try edit.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
        try edit.close()
        #expect(throws: StoreError.newerSchema(path: newer, unknown: ["v99-future"])) {
            try SQLiteRestore.restore(from: newer, to: target, force: false, stamp: "x")
        }
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}

/// What the writer threads started and had acknowledged, read by the test thread.
final class WriterLog: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var started: Set<String> = []
    private var acknowledged: Set<String> = []

    func started(_ text: String) { lock.withLock { _ = started.insert(text) } }
    func acknowledged(_ text: String) { lock.withLock { _ = acknowledged.insert(text) } }
    var startedSnapshot: Set<String> { lock.withLock { started } }
    var acknowledgedSnapshot: Set<String> { lock.withLock { acknowledged } }
    var acknowledgedCount: Int { lock.withLock { acknowledged.count } }

    final class Flag: @unchecked Sendable {
        // Guarded by `lock`.
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
