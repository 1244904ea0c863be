import Foundation
import GRDB
import GRDBSQLite
import Wijkteam

#if canImport(Glibc)
import Glibc
#endif

/// Why a file cannot be opened as a wijkteam database, found before anything is written to it.
public enum SQLiteFileError: Error, CustomStringConvertible, Equatable, Sendable {
    case directory(String)
    case empty(String)
    case notSQLite(String)
    case foreign(String)
    /// The file (or its folder, where SQLite puts the -wal and -shm) cannot be written.
    case readOnlyFile(String)
    case readOnlyFolder(path: String, folder: String)
    case diskFull(String)

    public var description: String {
        switch self {
        case .directory(let p): tr("store.open.directory", p)
        case .empty(let p): tr("store.open.empty", p)
        case .notSQLite(let p): tr("store.open.not_sqlite", p)
        case .foreign(let p): tr("store.open.foreign", p)
        case .readOnlyFile(let p): tr("store.open.read_only", p)
        case .readOnlyFolder(let p, let folder): tr("store.open.read_only_folder", p, folder)
        case .diskFull(let p): tr("store.open.disk_full", p)
        }
    }
}

/// Looks at a file before wijkteam opens it for real: opening a database switches it to WAL and
/// may migrate it, so anything that is not a wijkteam database must be refused before that, read
/// only. The look goes through SQLite itself (a read-only connection), never a plain open() and
/// close(): closing any descriptor of a file drops every POSIX lock this process holds on it,
/// SQLite's included.
enum SQLiteOpening {
    /// Throws when `path` is no wijkteam database this binary can open; changes nothing.
    /// Returns the migrations the file has applied.
    @discardableResult
    static func inspect(_ path: String, forWriting: Bool) throws -> Set<String> {
        let info = try checkKind(path)
        if forWriting { try checkWritable(path, info) }
        let applied: Set<String>
        do {
            applied = try peekMigrations(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw SQLiteFileError.notSQLite(path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw WijkteamError.invalid(tr("store.busy", 10))
        } catch let error as DatabaseError {
            throw StoreError.notADatabase(path: path, reason: error.message ?? "\(error)")
        }
        let unknown = applied.subtracting(Schema.migrator.migrations)
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
        return applied
    }

    /// The migrations the file has applied (GRDB's `grdb_migrations`, none when it has no such
    /// table); `foreign` when it has no `meta` table. A plain read-only SQLite connection, not a
    /// GRDB queue: its set-up (functions, collations, a dispatch queue) was most of the look's
    /// cost, paid at every start. Another terminal's lock is waited for as the store waits.
    private static func peekMigrations(_ path: String) throws -> Set<String> {
        var handle: OpaquePointer?
        defer { sqlite3_close_v2(handle) }
        func failure(_ code: Int32) -> DatabaseError {
            DatabaseError(resultCode: ResultCode(rawValue: code), message: handle.map { String(cString: sqlite3_errmsg($0)) })
        }
        // A URI only where peekLocation made one: a plain path that starts with "file:" stays a path.
        let location = peekLocation(path)
        let uri = location != path ? SQLITE_OPEN_URI : 0
        let opened = sqlite3_open_v2(location, &handle, SQLITE_OPEN_READONLY | uri | SQLITE_OPEN_NOMUTEX, nil)
        guard opened == SQLITE_OK, let db = handle else { throw failure(opened) }
        sqlite3_busy_timeout(db, 10_000)
        func column(_ sql: String) throws -> [String] {
            var statement: OpaquePointer?
            defer { sqlite3_finalize(statement) }
            let prepared = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
            guard prepared == SQLITE_OK else { throw failure(prepared) }
            var values: [String] = []
            while true {
                let stepped = sqlite3_step(statement)
                if stepped == SQLITE_DONE { return values }
                guard stepped == SQLITE_ROW else { throw failure(stepped) }
                values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
            }
        }
        // Table names as GRDB's tableExists compares them: without regard to case.
        let tables = Set(try column("SELECT lower(name) FROM sqlite_master WHERE type = 'table'"))
        guard tables.contains("meta") else { throw SQLiteFileError.foreign(path) }
        return tables.contains("grdb_migrations") ? Set(try column("SELECT identifier FROM grdb_migrations")) : []
    }

    /// `path` as GRDB must be given it to read it as a file name: GRDB opens with URIs allowed,
    /// and a name beginning "file:" would be read as a URI naming another file.
    static func plainLocation(_ path: String) -> String {
        path.hasPrefix("file:") ? "./" + path : path
    }

    /// With no -wal beside it, the file is the whole database and nobody has it open in WAL mode:
    /// it is read as immutable (no locks, no -shm made beside it; a read-only connection to a WAL
    /// database would make one). With a -wal, the WAL must be read too, so the plain path.
    static func peekLocation(_ path: String) -> String {
        guard !FileManager.default.fileExists(atPath: path + "-wal"), sqlite3_compileoption_used("USE_URI") != 0 else { return path }
        var escaped = ""
        for c in path.unicodeScalars {
            switch c {
            case "%": escaped += "%25"
            case "?": escaped += "%3F"
            case "#": escaped += "%23"
            default: escaped.unicodeScalars.append(c)
            }
        }
        // "file:" + "//tmp/x" would name a host "tmp": an absolute path gets an empty authority.
        return "file:" + (escaped.hasPrefix("/") ? "//" : "") + escaped + "?immutable=1"
    }

    /// A folder or an empty file, said as such (before the mode check: a folder is 0755).
    @discardableResult
    static func checkKind(_ path: String) throws -> stat {
        var info = stat()
        guard stat(path, &info) == 0 else { throw StoreError.missingDatabase(path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw SQLiteFileError.directory(path) }
        if info.st_size == 0 { throw SQLiteFileError.empty(path) }
        return info
    }

    /// The owner's write bit, not access(2): root may write anything, but a file its owner made
    /// read-only is meant to stay as it is. A read-only file system shows in statvfs.
    private static func checkWritable(_ path: String, _ info: stat) throws {
        var fs = statvfs()
        let readOnlyFS = statvfs(path, &fs) == 0 && fs.f_flag & UInt(ST_RDONLY) != 0
        if readOnlyFS || !writable(info) || access(path, W_OK) != 0 { throw SQLiteFileError.readOnlyFile(path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var folderInfo = stat()
        if stat(folder, &folderInfo) == 0, !writable(folderInfo) || access(folder, W_OK) != 0 {
            throw SQLiteFileError.readOnlyFolder(path: path, folder: folder)
        }
    }

    private static func writable(_ info: stat) -> Bool {
        info.st_uid != geteuid() || info.st_mode & S_IWUSR != 0
    }

    /// An SQLite error while opening, in words: a full disk is not a broken database.
    static func openingError(_ error: DatabaseError, path: String) -> any Error {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        switch error.resultCode {
        case .SQLITE_FULL: return SQLiteFileError.diskFull(path)
        // Growing the -shm on a full disk is an I/O error to SQLite, not SQLITE_FULL.
        case .SQLITE_IOERR where isFull(folder): return SQLiteFileError.diskFull(path)
        case .SQLITE_READONLY: return SQLiteFileError.readOnlyFile(path)
        case .SQLITE_NOTADB: return SQLiteFileError.notSQLite(path)
        default: return StoreError.notADatabase(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// Less than a megabyte free for this account on the file system holding `folder`.
    static func isFull(_ folder: String) -> Bool {
        var fs = statvfs()
        return statvfs(folder, &fs) == 0 && UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 1_000_000
    }
}
