// The real `wijkteam` binary on a pseudo-terminal, as a terminal emulator runs it: time from
// process start to the first complete frame, the bytes one key makes curses write, and the
// process's peak memory (from wait4's rusage, so it is the app's, not the bench's).
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class PtyApp {
    let master: Int32
    let pid: pid_t
    let started: UInt64
    /// Everything the app wrote, in order.
    private(set) var output: [UInt8] = []

    /// Starts `binary args` on a new pty of `width`×`height` with a clean environment.
    init(binary: String, args: [String], width: Int, height: Int, env: [String: String]) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError("openpty failed: errno \(errno)") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        let argv = ([binary] + args).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        started = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        close(slave)
        guard rc == 0 else { close(master); throw BenchError("cannot start \(binary): \(String(cString: strerror(rc)))") }
        self.master = master
        self.pid = pid
    }

    deinit { close(master) }

    /// Reads what arrives within `timeoutMs` (returns early when `until` holds); the bytes read.
    @discardableResult
    func read(timeoutMs: Int, until: (([UInt8]) -> Bool)? = nil) -> Int {
        let before = output.count
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeoutMs) * 1_000_000
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { break }
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, Int32(max(1, (deadline - now) / 1_000_000))) > 0 else { break }
            let n = Glibc.read(master, &buffer, buffer.count)
            guard n > 0 else { break }
            output.append(contentsOf: buffer[0..<n])
            if let until, until(output) { break }
        }
        return output.count - before
    }

    /// Reads until nothing arrives for `quietMs`: the bytes one key made the app write.
    func readUntilQuiet(quietMs: Int, limitMs: Int = 2000) -> Int {
        var total = 0
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(limitMs) * 1_000_000
        while DispatchTime.now().uptimeNanoseconds < deadline {
            let n = read(timeoutMs: quietMs)
            total += n
            if n == 0 { break }
        }
        return total
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// The running app's peak resident memory in bytes (`VmHWM` of /proc/PID/status), nil when
    /// it cannot be read. `wait4`'s `ru_maxrss` is not the app's alone: a child started with
    /// `posix_spawn` (vfork) carries the benchmark's own peak from before its `exec` (142 MB
    /// when this process had just generated the city), so the session's figure comes from here.
    func peakMemory() -> Int? { BenchProcess.peakMemory(of: pid) }

    /// Waits for the process to end (up to 5 s, then kills it); its peak resident memory in bytes.
    func finish() -> Int {
        var status: Int32 = 0
        var usage = rusage()
        let deadline = Date().addingTimeInterval(5)
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Date() > deadline { kill(pid, SIGKILL); _ = wait4(pid, &status, 0, &usage); break }
            _ = read(timeoutMs: 20)  // keep draining so the app never blocks writing
        }
        return Int(usage.ru_maxrss) * 1024
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Where `wijkteam` is: next to this benchmark binary.
func appBinary() -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("wijkteam").path
}

/// Peak resident memory of this process so far, in bytes.
func ownPeakMemory() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss) * 1024
}
