import Foundation
import Wijkteam

#if canImport(Glibc)
import Glibc
#endif

/// How the bench starts the real binary for a whole-process figure: in a scratch folder of its
/// own, with a fixed language, time zone and day, its output to a file.
enum BenchProcess {
    /// The environment the binary runs in: `scratch` as its home and state and config folders.
    static func environment(scratch: URL, today: Day) -> [String: String] {
        [
            "LANG": "C.UTF-8", "TZ": "Europe/Amsterdam", "WIJKTEAM_TODAY": today.description, "HOME": scratch.path,
            "XDG_STATE_HOME": scratch.path, "XDG_CONFIG_HOME": scratch.path,
        ]
    }

    /// A running process's peak resident memory in bytes (`VmHWM` of /proc/PID/status), nil when
    /// it cannot be read (it has ended). `wait4`'s `ru_maxrss` is not the child's alone: one started
    /// with `posix_spawn` (vfork) carries this process's peak from before its `exec`.
    static func peakMemory(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kb = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return kb * 1024
    }

    /// Starts `binary` with `posix_spawn`, its standard output to `output`, its errors dropped.
    static func spawn(_ binary: String, _ args: [String], env: [String: String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([binary] + args).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        guard rc == 0 else { throw BenchError("cannot start \(binary): \(String(cString: strerror(rc)))") }
        return pid
    }
}
