import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives the real binary in a private tmux server, as a person at a terminal would.
final class TmuxSession {
    let socket: String
    let dir: URL
    let pidFile: URL

    /// Starts `wijkteam ARGS` in a new tmux session; after it exits, the pane prints its exit code
    /// and the terminal modes (`stty -a`) and stays open so a test can read them.
    init(args: [String], width: Int = 100, height: Int = 30, env: [String: String] = [:]) throws {
        socket = "wijkteam-test-\(UUID().uuidString.prefix(8))"
        dir = Binary.tempDir()
        pidFile = dir.appendingPathComponent("pid")
        var environment = ["WIJKTEAM_TODAY": Binary.today, "TERM": "xterm-256color", "LANG": "C.UTF-8",
                           "XDG_STATE_HOME": dir.path]
        for (k, v) in env { environment[k] = v }
        let exports = environment.map { "export \($0.key)=\(TmuxSession.quote($0.value));" }.joined(separator: " ")
        let run = ([Binary.path] + args).map(TmuxSession.quote).joined(separator: " ")
        // The inner shell records its pid and becomes wijkteam (exec), so the pid is wijkteam's.
        let inner = "echo $$ > \(TmuxSession.quote(pidFile.path)); exec \(run)"
        // `trap : INT`: like an interactive shell, the pane's shell outlives a Ctrl-C meant for wijkteam.
        // NO_COLOR from the test runner's environment would hide colours; a test sets it when it wants it.
        let script = """
            trap : INT; unset NO_COLOR; \(exports) sh -c \(TmuxSession.quote(inner)); code=$?; \
            modes=$(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '); \
            echo "EXIT=$code MODES=$modes"; sleep 600
            """
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", script])
    }

    deinit { kill() }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, scratch: dir)
    }

    func capture(colours: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p"] + (colours ? ["-e"] : []))) ?? ""
    }

    func send(_ keys: String...) { _ = try? tmux(["send-keys"] + keys) }
    func sendLiteral(_ text: String) { _ = try? tmux(["send-keys", "-l", text]) }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Waits (up to `timeout` seconds) until the screen satisfies `condition`; returns the last screen.
    /// A screen that satisfies it is read once more 30 ms later and returned when it stayed the
    /// same: curses may write one frame in several pieces, and a capture between two of them shows
    /// the new frame's top over the old one's bottom (CI caught a dialog's title over the screen
    /// below it twice). While it changes and still satisfies `condition`, it is read again; a state
    /// that satisfied it and is gone the next moment is returned as it was seen.
    @discardableResult
    func waitFor(timeout: Double = 8, _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while Date() < deadline {
            if condition(screen) {
                Thread.sleep(forTimeInterval: 0.03)
                let again = capture()
                if again == screen || !condition(again) { return screen }
                screen = again
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return screen
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 8) -> String { waitFor(timeout: timeout) { $0.contains(text) } }

    var pid: Int32? {
        (try? String(contentsOf: pidFile, encoding: .utf8)).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    func isRunning(_ pid: Int32) -> Bool { Foundation.kill(pid, 0) == 0 }

    /// The pane's "EXIT=… MODES=…" line once the program has ended.
    func exitLine(timeout: Double = 8) -> String? {
        let screen = waitFor(timeout: timeout) { $0.contains("EXIT=") }
        return screen.split(separator: "\n").first { $0.contains("EXIT=") }.map(String.init)
    }

    func kill() { _ = try? tmux(["kill-server"]) }
}

/// Runs a command and waits for it with waitpid. Foundation's Process is not used here: it
/// notices a child's exit through a descriptor the child inherits, and the tmux server that
/// `new-session` leaves behind inherits it too, so waiting would never end.
enum Spawn {
    struct Output { var status: Int32; var out: String; var err: String }

    /// Output goes to files, never pipes: a tmux server started meanwhile by another test
    /// inherits open descriptors, and a pipe it holds would never reach end-of-file.
    static func capture(_ args: [String], environment: [String: String]? = nil, scratch: URL) throws -> Output {
        let base = scratch.appendingPathComponent("spawn-\(UUID().uuidString.prefix(8))").path
        let outPath = base + ".out", errPath = base + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var envp: [UnsafeMutablePointer<CChar>?] = (environment ?? ProcessInfo.processInfo.environment)
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        // A child starts with no signal blocked and every signal at its default, as from a shell.
        // Tests run on threads that block signals, and a child inherits the mask: a tmux server
        // started so never saw SIGTERM, and `kill-server` is the server sending itself SIGTERM, so
        // servers and the wijkteam in their panes outlived their tests (found polling hours later).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, args[0], &actions, &attributes, &argv, &envp)
        guard rc == 0 else { throw CLIError("cannot run \(args[0]): error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
        // Exit code, or 128 + signal like a shell reports it.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(status: code, out: out, err: err)
    }

    static func run(_ args: [String], scratch: URL) throws -> String {
        try capture(args, scratch: scratch).out
    }

    /// Runs a command; throws when it ends with a non-zero status.
    static func check(_ args: [String], scratch: URL) throws {
        let r = try capture(args, scratch: scratch)
        guard r.status == 0 else { throw CLIError("\(args.joined(separator: " ")): status \(r.status): \(r.err)") }
    }
}

struct CLIError: Error { var message: String; init(_ m: String) { message = m } }
