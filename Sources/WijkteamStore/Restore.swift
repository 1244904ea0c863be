import Foundation
import GRDB
import Wijkteam

#if canImport(Glibc)
import Glibc
#endif

public enum RestoreError: Error, CustomStringConvertible, Equatable, Sendable {
    case targetExists(String)
    case inUse(String)

    public var description: String {
        switch self {
        case .targetExists(let p): tr("store.restore.exists", p)
        case .inUse(let p): tr("store.restore.in_use", p)
        }
    }
}

/// Whether any process has a SQLite database open, asked the way SQLite itself keeps track:
/// every connection to a WAL database holds a shared lock on the "dead-man switch" byte of its
/// -shm file (offset 128, `UNIX_SHM_DMS` in SQLite's os_unix.c) for as long as it is open. A
/// write lock on that byte is granted only when nobody holds it; while we hold it, a new
/// connection cannot start (SQLite needs at least a shared lock there to open the -shm).
/// The lock is an open-file-description lock (`F_OFD_SETLK`): it belongs to our descriptor, so
/// it conflicts with SQLite's POSIX locks in every process, this one's included, and no other
/// descriptor's close() in this process can drop it. Wijkteam databases are always in WAL mode.
public final class DatabaseExclusion {
    private let fd: Int32
    private let shm: String

    /// Takes the lock or throws `RestoreError.inUse`. Creates the -shm (0600, empty) when it
    /// is missing; `release(removing:)` removes it again.
    public init(database path: String) throws {
        shm = path + "-shm"
        fd = open(shm, O_RDWR | O_CREAT | O_CLOEXEC, PrivateFiles.fileMode)
        guard fd >= 0 else {
            throw BackupError.cannotWrite(
                folder: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                reason: String(cString: strerror(errno)))
        }
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = 128
        lock.l_len = 1
        guard fcntl(fd, DatabaseExclusion.setLockOFD, &lock) == 0 else {
            // Left open on purpose: if this process has the database open, closing any descriptor
            // of the -shm would drop SQLite's own locks on it. One descriptor per refusal.
            throw RestoreError.inUse(path)
        }
    }

    /// F_OFD_SETLK from <fcntl.h> (Linux 3.15+), not exported to Swift.
    static let setLockOFD: Int32 = 37

    /// Lets go; the -shm goes too when `removing` (nobody else has it open: we held the lock).
    public func release(removing: Bool) {
        if removing { unlink(shm) }
        close(fd)
    }
}

public enum SQLiteRestore {
    public struct Result: Sendable {
        public var check: BackupCheck
        /// Where the database that was at the target is now, if there was one.
        public var keptAs: String?
    }

    /// `wijkteam restore --from BACKUP --db PATH`: refuses a damaged or foreign backup before
    /// anything at PATH is touched, then an existing PATH without `force`, then a PATH that any
    /// process has open. Writes the new database beside PATH, checks it, and renames it into
    /// place; an existing PATH is kept as `PATH.before-restore-STAMP` (with its -wal, which may
    /// hold its newest transactions).
    public static func restore(from backup: String, to path: String, force: Bool, stamp: String) throws -> Result {
        try SQLiteOpening.inspect(backup, forWriting: false)
        let offered = try SQLiteBackup.check(backup)
        guard offered.ok else { throw BackupError.damaged(path: backup, reason: offered.problem ?? "") }
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFDIR { throw SQLiteFileError.directory(path) }
        if exists, !force { throw RestoreError.targetExists(path) }
        try PrivateFiles.makeFolders(for: path)
        let exclusion = try DatabaseExclusion(database: path)
        defer { exclusion.release(removing: true) }
        PrivateFiles.removeStaleTemporaries(of: path)
        let temp = PrivateFiles.temporaryPath(for: path)
        for suffix in ["", "-journal"] { unlink(temp + suffix) }
        var config = Configuration()
        config.readonly = true
        let source = try DatabaseQueue(path: backup, configuration: config)
        defer { try? source.close() }
        try SQLiteBackup.copy(source, into: temp)
        let check = try SQLiteBackup.verifyCopy(temp, describedAs: path)
        var keptAs: String?
        if exists {
            let kept = "\(path).before-restore-\(stamp)"
            guard rename(path, kept) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temp)
                throw BackupError.cannotWrite(folder: URL(fileURLWithPath: path).deletingLastPathComponent().path, reason: reason)
            }
            if FileManager.default.fileExists(atPath: path + "-wal") { rename(path + "-wal", kept + "-wal") }
            for file in [kept, kept + "-wal"] { chmod(file, PrivateFiles.fileMode) }
            keptAs = kept
        }
        // A -wal left at PATH would be replayed onto the restored database.
        unlink(path + "-wal")
        try SQLiteBackup.place(temp, at: path)
        return Result(check: check, keptAs: keptAs)
    }
}

extension SQLiteRestore {
    /// The restored database's own access log says it was restored, and by whom (after
    /// `restore` has let go of the database: it opens it as any terminal would).
    public static func recordRestore(at path: String, actor: AuditActor) throws {
        let store = try SQLiteStore.open(path: path).acting(as: actor)
        try store.writing { work in try AuditRows.insert(work.db, AuditEvent(.change, detail: "restore"), actor: actor) }
    }
}
