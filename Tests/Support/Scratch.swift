import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Scratch folders for tests, all inside one folder per test process that is removed when the
/// process exits. The suites make thousands of them; left in a shared /tmp they slowed every
/// program that reads /tmp (opening a database reads its folder for a killed write's
/// leftovers: 38,000 entries cost each start 25 ms) and filled its disk.
public enum Scratch {
    /// `$TMPDIR/wijkteam-tests-PID`; the folders of test processes no longer alive go first.
    public static let root: URL = {
        let base = FileManager.default.temporaryDirectory
        removeLeftovers(in: base)
        let url = base.appendingPathComponent("wijkteam-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Scratch.root) }
        return url
    }()

    /// A new, empty folder named `name-UUID` inside `root`.
    public static func folder(_ name: String) -> URL {
        let url = root.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Folders of test processes that ended without running their exit handlers (a crash, a kill).
    static func removeLeftovers(in base: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        for name in names where name.hasPrefix("wijkteam-tests-") {
            guard let pid = pid_t(name.dropFirst("wijkteam-tests-".count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? FileManager.default.removeItem(at: base.appendingPathComponent(name)) }
        }
    }
}
