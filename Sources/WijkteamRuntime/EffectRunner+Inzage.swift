import Foundation
import Wijkteam
import WijkteamScreens

#if canImport(Glibc)
import Glibc
#endif

/// Inzage from the household view: the store reads and logs it, this writes the Markdown to
/// `~/wijkteam-inzage-<person>-<day>.md` (0600, whole or not at all, never over another file).
extension EffectRunner {
    func runInzage(personID: Int) -> ShellEvent {
        do {
            let report = try store.inzage(personID: personID, today: today)
            let folder = exportFolder ?? ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            let path = try InzageFile.write(report.markdown(), folder: folder, name: "wijkteam-inzage-\(personID)-\(today)")
            return .inzageWritten(personID: personID, path: path)
        } catch {
            return .failed("\(error)")
        }
    }
}

enum InzageFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `text` to `folder/name.md` (or `name-2.md`, … when that exists): into a 0600 file
    /// first, then linked to its name, which fails rather than replace a file made meanwhile.
    static func write(_ text: String, folder: String, name: String) throws -> String {
        let temp = folder + "/.\(name).tmp-\(getpid())"
        unlink(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "\(temp): \(String(cString: strerror(errno)))") }
        defer { unlink(temp) }
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        var done = 0, failure: Int32 = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            done += n
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        close(fd)
        guard failure == 0 else { throw Failure(description: "\(folder): \(String(cString: strerror(failure)))") }
        for attempt in 1...99 {
            let path = folder + "/" + name + (attempt == 1 ? "" : "-\(attempt)") + ".md"
            if link(temp, path) == 0 { return path }
            guard errno == EEXIST else { throw Failure(description: "\(path): \(String(cString: strerror(errno)))") }
        }
        throw Failure(description: "\(folder)/\(name).md: \(String(cString: strerror(EEXIST)))")
    }
}
