import Foundation
import WijkteamPostgres
import Wijkteam
import WijkteamStore

/// Where things are on this machine: the default database, the sample district, today.
enum AppEnvironment {
    /// One environment variable, nil when unset. `ProcessInfo.environment` copies every variable
    /// into a new dictionary at each call; a one-shot command asked it half a dozen times.
    static func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// The variables that choose the language (`Language.fromLocale`), those that are set.
    static var localeVariables: [String: String] {
        var found: [String: String] = [:]
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] { found[name] = variable(name) }
        return found
    }

    /// `$XDG_DATA_HOME/wijkteam/wijkteam.sqlite`, else `~/.local/share/wijkteam/wijkteam.sqlite`.
    static func defaultDatabasePath() -> String {
        let base: String
        if let xdg = variable("XDG_DATA_HOME"), xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (variable("HOME") ?? NSHomeDirectory()) + "/.local/share"
        }
        return base + "/wijkteam/wijkteam.sqlite"
    }

    /// `--db`, else `$WIJKTEAM_DB`, else the default path (which is created from the sample district on first use).
    /// Where the data is: a SQLite file (`isDefault`: the user's own, made on first use) or a
    /// PostgreSQL database.
    enum DatabaseChoice {
        case file(path: String, isDefault: Bool)
        case postgres(PostgresLocation)
    }

    /// `--db`, else `$WIJKTEAM_DB`, else the user's data directory. A PostgreSQL URL is never
    /// taken for a file name (init would make folders called "postgres:").
    static func databaseChoice(option: String?) throws -> DatabaseChoice {
        let chosen = (option?.isEmpty == false ? option : nil) ?? variable("WIJKTEAM_DB").flatMap { $0.isEmpty ? nil : $0 }
        guard let chosen else { return .file(path: defaultDatabasePath(), isDefault: true) }
        return PostgresLocation.isPostgresURL(chosen) ? .postgres(try PostgresLocation(url: chosen)) : .file(path: chosen, isDefault: false)
    }

    /// The SQLite file a command writes (generate); a PostgreSQL database is refused with what to do.
    static func databasePath(option: String?) throws -> (path: String, isDefault: Bool) {
        switch try databaseChoice(option: option) {
        case .file(let path, let isDefault): return (path, isDefault)
        case .postgres(let location):
            #if PostgreSQL
            throw CLIError(tr("cli.error.postgres.file", location))
            #else
            throw CLIError(builtWithoutPostgres(location))
            #endif
        }
    }

    static func builtWithoutPostgres(_ location: PostgresLocation) -> String {
        tr("cli.error.postgres.missing", location)
    }

    /// The sample district: `$WIJKTEAM_SAMPLE_DATA`, else a `sample-data/` beside or above the executable,
    /// else the one in the source tree this binary was built from.
    static func sampleDataFolder() -> URL? {
        let fm = FileManager.default
        func ok(_ url: URL) -> Bool { fm.fileExists(atPath: url.appendingPathComponent("district.yaml").path) }
        if let env = variable("WIJKTEAM_SAMPLE_DATA"), !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        if let found = findUpwards("sample-data", marker: "district.yaml") { return found }
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data")
        return ok(source) ? source : nil
    }

    /// The theme files: `$WIJKTEAM_THEMES`, else a `themes/` beside or above the executable,
    /// else the one in the source tree this binary was built from.
    static func themesFolder() -> URL {
        if let env = variable("WIJKTEAM_THEMES"), !env.isEmpty { return URL(fileURLWithPath: env) }
        return findUpwards("themes", marker: "default.toml")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("themes")
    }

    /// `name/` or `share/wijkteam/name/` (where script/install puts it) beside the executable or
    /// in one of the folders above it, holding `marker`.
    static func findUpwards(_ name: String, marker: String) -> URL? {
        var dir = executableURL.deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in [dir.appendingPathComponent(name), dir.appendingPathComponent("share/wijkteam/\(name)")]
            where FileManager.default.fileExists(atPath: candidate.appendingPathComponent(marker).path) {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// The running binary's own file. Not argv[0] alone: a shell that found `wijkteam` on PATH
    /// passes just "wijkteam", which would be looked up from the working folder.
    static var executableURL: URL {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    }

    /// Standard error while the screens are up: `$XDG_STATE_HOME/wijkteam/last-session.log`.
    static func sessionLogPath() -> String? {
        let base =
            variable("XDG_STATE_HOME").flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((variable("HOME") ?? NSHomeDirectory()) + "/.local/state")
        let path = base + "/wijkteam/last-session.log"
        // What went to standard error may name clients: the log is 0600 (an older 0644 one too) in a 0700 folder.
        guard (try? PrivateFiles.makeFolders(for: path)) != nil else { return nil }
        if FileManager.default.fileExists(atPath: path) { chmod(path, PrivateFiles.fileMode) }
        return path
    }

    /// Today in the local time zone; `$WIJKTEAM_TODAY` (YYYY-MM-DD) pins it for tests and demos.
    static func today() throws -> Day {
        if let pinned = pinnedToday {
            guard let day = Day(pinned) else { throw CLIError(tr("cli.error.today", pinned)) }
            return day
        }
        return Clock.today()
    }

    /// `$WIJKTEAM_TODAY` when set: for demo databases only (see `CommonOptions.context`).
    static var pinnedToday: String? {
        variable("WIJKTEAM_TODAY").flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Where the audit log says an action came from: the terminal and the host ("pts/3@wijkpc"),
    /// or "script" when standard input is not a terminal.
    static var origin: String {
        let terminal = ttyname(STDIN_FILENO).map { String(cString: $0).replacingOccurrences(of: "/dev/", with: "") } ?? "script"
        return "\(terminal)@\(ProcessInfo.processInfo.hostName)"
    }

    /// The account the process runs as (from the password database, not from $USER, which anyone can set).
    static var osAccount: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return NSUserName()
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension AppEnvironment {
    /// The terminal's width when standard output is one (for text that fits it), else nil.
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) != 0 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
