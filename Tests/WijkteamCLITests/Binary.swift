import Foundation
import WijkteamTestSupport

/// Runs the built `wijkteam` binary as a person or a script would.
enum Binary {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle (SwiftPM builds it because this target depends on it).
    static let path: String = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["WIJKTEAM_BIN"] { candidates.append(URL(fileURLWithPath: env)) }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("wijkteam"))
        }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("wijkteam"))
        candidates.append(repoRoot.appendingPathComponent(".build/debug/wijkteam"))
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }?.path ?? candidates.last!.path
    }()

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static func tempDir() -> URL {
        Scratch.folder("cli")
    }

    /// Pinned to the sample district's reference day so dates in the output are stable.
    static let today = "2026-11-20"

    @discardableResult
    static func run(_ args: [String], env: [String: String] = [:]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["WIJKTEAM_TODAY"] = today
        environment["WIJKTEAM_SAMPLE_DATA"] = repoRoot.appendingPathComponent("sample-data").path
        environment.removeValue(forKey: "WIJKTEAM_DB")
        // English unless a test asks for Dutch, whatever the locale of whoever runs the tests.
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "LC_MESSAGES")
        for (k, v) in env { environment[k] = v }
        // posix_spawn and waitpid rather than Foundation's Process: see Spawn.
        let r = try Spawn.capture([path] + args, environment: environment, scratch: tempDir())
        return Result(status: r.status, out: r.out, err: r.err)
    }

    static func json(_ args: [String], env: [String: String] = [:]) throws -> Any {
        let r = try run(args, env: env)
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return try JSONSerialization.jsonObject(with: Data(r.out.utf8))
    }

    /// A fresh copy of the sample district in a temporary database.
    static func freshDatabase() throws -> String {
        let db = tempDir().appendingPathComponent("w.sqlite").path
        let r = try run(["init", "--db", db])
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return db
    }
}

struct CLIFailure: Error, CustomStringConvertible {
    var result: Binary.Result
    var description: String { "exit \(result.status): \(result.err)\(result.out)" }
}
