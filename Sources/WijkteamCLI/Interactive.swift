import ArgumentParser
import CursesTerminal
import Foundation
import TerminalKit
import TOMLKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore

/// Runs the screens: terminal events in, shell reactions out. All I/O (database, clock, theme
/// files) happens here, between frames; the screens only compute.
enum Interactive {
    /// An inzage made in the app goes to the home folder, in a new private file.
    static let homeExport: @Sendable (String, String) throws -> String = { text, name in
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return try PrivateFiles.writeNew(Data(text.utf8), folder: home, name: name, ext: "md")
    }

    /// `readOnly` turns every write off (a write key says why); `tour` starts the guided tour,
    /// and ending it quits.
    static func run(context ctx: AppContext, themeOption: String?, readOnly: ReadOnlyReason? = nil, tour: Bool = false) throws -> Int32 {
        // Live updates: another connection's commit moves the change counter; reload then,
        // without a key press. Read before the first load, so a commit during it is caught too.
        let seenChanges = (try? ctx.store.changeCounter()) ?? 0
        // The first frame waits only for what the board shows: every open case as an outline,
        // read on another core while this one sets up the terminal and the themes, and then the
        // cards on screen whole. Everything else follows right after the frame is drawn, before
        // any key is handled (keys typed meanwhile wait in the terminal).
        let firstLoad = Background { [store = ctx.store, today = ctx.today] in
            // A paused meeting reopens on its agenda, which lists every case: that needs it all.
            // (If this user's meeting starts in between, the shell opens it, names no cards on a
            // board, and all of it is read before the first frame all the same.)
            let parts: DistrictSnapshot.Parts = try store.openMeeting() == nil ? .outline : .all
            return try DistrictSnapshot.load(from: store, today: today, parts: parts)
        }
        let themesDir = AppEnvironment.themesFolder()
        let themeName = themeOption ?? UserConfig.load().theme ?? "default"
        let (theme, warning) = ThemeCatalog.resolve(name: themeName, in: themesDir)

        let terminal = try CursesSession(theme: theme, errorLog: AppEnvironment.sessionLogPath())
        defer { terminal.end() }
        let session = SessionInfo(identity: ctx.identity, databaseName: ctx.databaseName,
                                  themes: [], themeName: warning == nil ? theme.name : "default")
        var shell = Shell(session: session, size: terminal.size, readOnly: readOnly)
        if let warning { _ = shell.handle(.failed(warning.description)) }
        let clock = LoopClock(
            statusText: { Clock.now() }, timeText: { Clock.time() },
            seconds: { Int(Date().timeIntervalSince1970) }, today: { try? AppEnvironment.today() })
        let loop = MainLoop(
            terminal: terminal, store: ctx.store, shell: shell, today: ctx.today, actor: ctx.identity.staff.id,
            seenChanges: seenChanges, clock: clock, writeExport: Self.homeExport
        ) { effect in
            switch effect {
            case .setTheme(let name):
                let (t, w) = ThemeCatalog.resolve(name: name, in: themesDir)
                terminal.setTheme(t)
                return w.map { .failed($0.description) }
            case .repaint:
                terminal.repaintAll()
                return nil
            default:
                return nil
            }
        }
        loop.afterFirstLoad = Memory.releaseFreed
        loop.start(first: { try firstLoad.wait() }, beginTour: tour)
        // Only the theme picker lists them: reading every theme file waits for the first frame.
        loop.listThemes(ThemeCatalog.list(in: themesDir).filter { $0.error == nil }.map(\.name))
        return loop.run()
    }
}

/// `$XDG_CONFIG_HOME/wijkteam/config.toml` (else `~/.config/wijkteam/config.toml`), e.g. `theme = "high-contrast"`.
struct UserConfig {
    var theme: String?

    static var path: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/wijkteam/config.toml"
    }

    static func load() -> UserConfig {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return UserConfig() }
        do {
            let table = try TOMLTable(string: text)
            return UserConfig(theme: table["theme"]?.string)
        } catch {
            Output.error(tr("cli.warning.config", path, "\(error)"))
            return UserConfig()
        }
    }
}
