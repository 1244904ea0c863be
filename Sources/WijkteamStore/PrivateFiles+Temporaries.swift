import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file written whole or not at all is built in a hidden temporary beside it,
/// `.NAME.tmp-PID` (with SQLite's `-wal`, `-shm` or `-journal` beside that). A process killed
/// mid-write cannot remove its own: the next one that writes or opens NAME does, once that PID
/// is no longer alive.
extension PrivateFiles {
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
    }

    /// Removes the temporaries of `path` left by processes that are gone; returns their names.
    /// A PID reused since by an unrelated process keeps its file until a later run: never one
    /// that a living writer may still be using.
    @discardableResult
    public static func removeStaleTemporaries(of path: String) -> [String] {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).tmp-"
        var removed: [String] = []
        for name in names(in: folder, startingWith: prefix) {
            guard let pid = ownerPID(String(name.dropFirst(prefix.count))), !isAlive(pid) else { continue }
            if unlink(folder + "/" + name) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    /// The names in `folder` that start with `prefix`, compared as bytes while the folder is
    /// read: every open runs this, and a crowded folder (a shared /tmp holds tens of thousands of
    /// entries) cost 25 ms when every name became a String first.
    static func names(in folder: String, startingWith prefix: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        let wanted = Array(prefix.utf8)
        var found: [String] = []
        while let entry = readdir(dir) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                guard raw.count > wanted.count, memcmp(raw.baseAddress!, wanted, wanted.count) == 0 else { return }
                found.append(String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self)))
            }
        }
        return found
    }

    /// "1234", "1234-wal", "1234-shm", "1234-journal": the PID; anything else is not ours.
    static func ownerPID(_ rest: String) -> pid_t? {
        var digits = Substring(rest)
        for suffix in ["-wal", "-shm", "-journal"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
            break
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    static func isAlive(_ pid: pid_t) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }
}
