import Foundation
import GRDB
import Wijkteam

#if canImport(Glibc)
import Glibc
#endif

/// What a backup (or a file offered for restore) holds, as read from that file itself.
public struct BackupCheck: Sendable {
    /// `PRAGMA integrity_check`'s findings; empty when it said "ok".
    public var integrityProblems: [String]
    public var audit: AuditChain.Verification
    /// Rows per table, in name order (FTS indexes left out: they are rebuilt from the journal).
    public var tables: [(name: String, rows: Int)]

    public var ok: Bool { integrityProblems.isEmpty && audit.ok }

    /// Why the file is refused, or nil when it checks out.
    public var problem: String? {
        if let first = integrityProblems.first { return tr("store.backup.integrity", first) }
        if let broken = audit.broken { return tr("store.backup.chain", broken.id, broken.reason) }
        return nil
    }
}

public enum BackupError: Error, CustomStringConvertible, Equatable, Sendable {
    case targetExists(String)
    case sameFile(String)
    /// The target has a -wal or -shm beside it: a database that may be in use, never written over.
    case targetLooksInUse(String)
    case cannotWrite(folder: String, reason: String)
    case diskFull(folder: String)
    case damaged(path: String, reason: String)

    public var description: String {
        switch self {
        case .targetExists(let p): tr("store.backup.exists", p)
        case .sameFile(let p): tr("store.backup.same_file", p)
        case .targetLooksInUse(let p): tr("store.backup.target_in_use", p)
        case .cannotWrite(let folder, let reason): tr("store.backup.cannot_write", folder, reason)
        case .diskFull(let folder): tr("store.backup.disk_full", folder)
        case .damaged(let p, let reason): tr("store.backup.damaged", p, reason)
        }
    }
}

/// Online backup of a SQLite database and the checks on the copy (issue 25, item 4).
public enum SQLiteBackup {
    /// Reads `path` without changing it: integrity, the audit chain (seals against the file's own
    /// key), rows per table. The file must be a self-contained database (no -wal beside it).
    public static func check(_ path: String) throws -> BackupCheck {
        var config = Configuration()
        config.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        return try queue.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let audit = try AuditRows.verify(db)
            return BackupCheck(integrityProblems: integrity, audit: audit, tables: try rowCounts(db))
        }
    }

    static func rowCounts(_ db: Database) throws -> [(name: String, rows: Int)] {
        let virtual = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")
        let names = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        return try names.filter { name in !virtual.contains { name == $0 || name.hasPrefix($0 + "_") } }.map { name in
            (name, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name.quotedDatabaseIdentifier)") ?? 0)
        }
    }

    /// Copies `source` page by page into a new file beside `temp`'s target, in one read
    /// transaction of the source (a snapshot: writers go on meanwhile), then switches the copy to
    /// a rollback journal so that it is one self-contained file. Removes the copy on failure.
    static func copy(_ source: some DatabaseReader, into temp: String) throws {
        let folder = URL(fileURLWithPath: temp).deletingLastPathComponent().path
        // The owner's write bit as well as the kernel's answer: root may write anywhere, but a
        // folder its owner made read-only is meant to stay as it is.
        var info = stat()
        if stat(folder, &info) == 0, info.st_uid == geteuid(), info.st_mode & S_IWUSR == 0 {
            throw BackupError.cannotWrite(folder: folder, reason: String(cString: strerror(EACCES)))
        }
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, PrivateFiles.fileMode)
        guard fd >= 0 else { throw BackupError.cannotWrite(folder: folder, reason: String(cString: strerror(errno))) }
        fchmod(fd, PrivateFiles.fileMode)
        close(fd)
        do {
            let destination = try DatabaseQueue(path: temp)
            try source.backup(to: destination)
            try destination.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try destination.close()
        } catch {
            for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temp + suffix) }
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL { throw BackupError.diskFull(folder: folder) }
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_IOERR, SQLiteOpening.isFull(folder) {
                throw BackupError.diskFull(folder: folder)
            }
            throw error
        }
    }

    /// Checks the copy; removes it and says why when it does not hold.
    static func verifyCopy(_ temp: String, describedAs shown: String) throws -> BackupCheck {
        let result: BackupCheck
        do {
            result = try check(temp)
        } catch {
            unlink(temp)
            throw error
        }
        guard result.ok else {
            unlink(temp)
            throw BackupError.damaged(path: shown, reason: result.problem ?? "")
        }
        return result
    }

    /// Renames the checked copy into place, 0600 (the rename keeps the temporary's mode).
    static func place(_ temp: String, at target: String) throws {
        chmod(temp, PrivateFiles.fileMode)
        guard rename(temp, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw BackupError.cannotWrite(folder: URL(fileURLWithPath: target).deletingLastPathComponent().path, reason: reason)
        }
    }

    /// Refuses a target that must not be written: a folder, this database itself, an existing
    /// file without `force`, a file with a -wal or -shm beside it (a database that may be open).
    static func checkTarget(_ target: String, source: String, force: Bool) throws {
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        if info.st_mode & S_IFMT == S_IFDIR { throw SQLiteFileError.directory(target) }
        var sourceInfo = stat()
        if stat(source, &sourceInfo) == 0, sourceInfo.st_dev == info.st_dev, sourceInfo.st_ino == info.st_ino {
            throw BackupError.sameFile(target)
        }
        guard force else { throw BackupError.targetExists(target) }
        if FileManager.default.fileExists(atPath: target + "-wal") || FileManager.default.fileExists(atPath: target + "-shm") {
            throw BackupError.targetLooksInUse(target)
        }
    }
}

extension SQLiteStore {
    /// `wijkteam backup --to FILE`: a consistent copy of this (running) database, checked before
    /// it is renamed into place (0600, whole or not at all). The access log row is written first,
    /// in its own transaction: the copy then holds the record of its own making, and an attempt
    /// that fails halfway is still on record (it read every household).
    public func backup(to target: String, force: Bool) throws -> BackupCheck {
        try SQLiteBackup.checkTarget(target, source: path, force: force)
        do {
            try PrivateFiles.makeFolders(for: target)
        } catch {
            throw BackupError.cannotWrite(folder: URL(fileURLWithPath: target).deletingLastPathComponent().path, reason: "\(error)")
        }
        PrivateFiles.removeStaleTemporaries(of: target)
        let temp = PrivateFiles.temporaryPath(for: target)
        for suffix in ["", "-journal"] { unlink(temp + suffix) }
        try writing { work in try AuditRows.insert(work.db, AuditEvent(.export, detail: "backup"), actor: actor) }
        try SQLiteBackup.copy(pool, into: temp)
        let check = try SQLiteBackup.verifyCopy(temp, describedAs: target)
        try SQLiteBackup.place(temp, at: target)
        return check
    }
}
