import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Wijkteam

/// Files that hold client data belong to one account: created 0600, in folders created 0700.
/// Folders that already exist (/tmp, a home) are left as they are.
public enum PrivateFiles {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    /// Creates the missing folders above `path`, each 0700 (whatever the umask).
    public static func makeFolders(for path: String) throws {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var missing: [String] = []
        var dir = parent
        while !dir.isEmpty, dir != "/", !FileManager.default.fileExists(atPath: dir) {
            missing.append(dir)
            dir = URL(fileURLWithPath: dir).deletingLastPathComponent().path
        }
        for folder in missing.reversed() {
            // Another process may make the same folder meanwhile: that is fine, it is not ours to change.
            if mkdir(folder, folderMode) == 0 {
                chmod(folder, folderMode)
            } else if errno != EEXIST {
                throw WijkteamError.invalid(tr("store.error.create", folder, String(cString: strerror(errno))))
            }
        }
    }

    /// Creates an empty file that only this account can read and write; refuses one that exists.
    /// SQLite gives a database's -wal and -shm the main file's mode, so they are private too.
    public static func createEmpty(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw WijkteamError.invalid(tr("store.error.create", path, String(cString: strerror(errno)))) }
        defer { close(fd) }
        fchmod(fd, fileMode)  // the umask may have taken bits off 0600, never added any
    }

    /// Writes `data` whole or not at all: into a 0600 file beside `path`, then renamed over it,
    /// so the file is private from its first byte and a replaced 0644 file becomes 0600.
    public static func write(_ data: Data, to path: String) throws {
        let temp = try writeTemporary(data, beside: path)
        guard rename(temp, path) == 0 else {
            let failure = errno
            unlink(temp)
            throw WijkteamError.invalid(String(cString: strerror(failure)))
        }
    }

    /// Writes `data` whole or not at all to `folder/name.ext`, or `name-2.ext`, … when that
    /// exists: never over another file, not even one made meanwhile (a link fails on a name
    /// taken). Returns the path written.
    public static func writeNew(_ data: Data, folder: String, name: String, ext: String) throws -> String {
        let first = folder + "/" + name + "." + ext
        let temp = try writeTemporary(data, beside: first)
        defer { unlink(temp) }
        for attempt in 1...99 {
            let path = attempt == 1 ? first : folder + "/" + name + "-\(attempt)." + ext
            if link(temp, path) == 0 { return path }
            guard errno == EEXIST else { throw WijkteamError.invalid("\(path): \(String(cString: strerror(errno)))") }
        }
        throw WijkteamError.invalid("\(first): \(String(cString: strerror(EEXIST)))")
    }

    /// `data` in a 0600 temporary beside `path`, synced; the caller renames or links it.
    private static func writeTemporary(_ data: Data, beside path: String) throws -> String {
        try makeFolders(for: path)
        removeStaleTemporaries(of: path)
        let temp = temporaryPath(for: path)
        unlink(temp)
        try createEmpty(temp)
        let fd = open(temp, O_WRONLY | O_CLOEXEC)
        var failure = fd < 0 ? errno : 0
        if fd >= 0 {
            failure = data.withUnsafeBytes { bytes -> Int32 in
                var done = 0
                while done < bytes.count {
                    let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
                    if n < 0 { if errno == EINTR { continue } else { return errno } }
                    done += n
                }
                return fsync(fd) == 0 ? 0 : errno
            }
            close(fd)
        }
        guard failure == 0 else {
            unlink(temp)
            throw WijkteamError.invalid(String(cString: strerror(failure)))
        }
        return temp
    }

    /// Why another account could read or change this SQLite database (the file, or an existing
    /// -wal or -shm), or nil when it is private to the account running wijkteam. Mode bits and
    /// owner are checked here, not left to the kernel: root is never refused by it.
    public static func sharedReason(database path: String) -> String? {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0 else { continue }
            if info.st_uid != geteuid() {
                let owner = getpwuid(info.st_uid).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "\(info.st_uid)"
                return tr("store.error.shared.owner", file, owner)
            }
            if info.st_mode & 0o077 != 0 {
                return tr("store.error.shared.mode", file, String(info.st_mode & 0o777, radix: 8))
            }
        }
        return nil
    }
}

extension PrivateFiles {
    /// A path as a shell word, quoted when it needs it, for a command people copy.
    public static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+@".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
