import ArgumentParser
import CursesTerminal
import Foundation
import TerminalKit
import TOMLKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

/// Runs the screens: terminal events in, shell reactions out. All I/O (database, clock, theme
/// files) happens here, between frames; the screens only compute.
enum Interactive {
    /// `readOnly` turns every write off (a write key says why); `tour` starts the guided tour,
    /// and ending it quits.
    static func run(context ctx: AppContext, themeOption: String?, readOnly: ReadOnlyReason? = nil, tour: Bool = false) throws -> Int32 {
        // Live updates: another terminal's commit changes data_version; reload then, without a key
        // press. Read before the first load, so a commit during it is caught too.
        var seenChanges = (try? ctx.store.changeCounter()) ?? 0
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
        var grid = Grid(size: terminal.size)

        var today = ctx.today
        var runner = EffectRunner(store: ctx.store, today: today, actor: ctx.identity.staff.id)
        // Access-log rows of what was just shown (a search) are written after the frame is drawn.
        var logs: [Effect] = []
        func apply(_ event: ShellEvent) -> Reaction {
            runner.drive(&shell, event, logsAfterDraw: true, logs: &logs) { effect in
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
        }

        if let warning { _ = shell.handle(.failed(warning.description)) }
        _ = apply(.clock(Clock.now()))
        var loadEverything = false
        var listedThemes = false
        do {
            let first = try firstLoad.wait()
            let isOutline = first.isOutline
            _ = apply(.snapshot(first))  // its last use: the shell's copy is the only one
            if isOutline {
                loadEverything = true
                _ = apply(try runner.wholeCardsOnScreen(of: shell, unchangedSince: seenChanges))
            }
        } catch {
            _ = shell.handle(.failed("\(error)"))
        }
        if tour { _ = apply(.beginTour(quitsAtEnd: true)) }
        var dirty = true
        var lastTick = 0
        while true {
            if dirty {
                if grid.width != shell.size.width || grid.height != shell.size.height { grid = Grid(size: shell.size) }
                shell.render(into: &grid)
                terminal.draw(grid)
                dirty = false
            }
            if !logs.isEmpty { dirty = runner.writeLogs(&logs, into: &shell) || dirty }
            if !listedThemes {
                // Only the theme picker lists them: reading every theme file waits for the first frame.
                listedThemes = true
                shell.session.themes = ThemeCatalog.list(in: themesDir).filter { $0.error == nil }.map(\.name)
            }
            if loadEverything {
                loadEverything = false
                do {
                    dirty = apply(.snapshot(try DistrictSnapshot.load(from: ctx.store, today: today))).redraw || dirty
                } catch {
                    dirty = shell.handle(.failed("\(error)")).redraw || dirty
                }
                continue
            }
            let reaction: Reaction
            let event = terminal.nextEvent()
            // The meeting timer counts whole seconds of the wall clock, whatever event comes.
            let now = Int(Date().timeIntervalSince1970)
            if now != lastTick {
                lastTick = now
                let ticked = apply(.tick(now))
                dirty = ticked.redraw || dirty
                // A periodic save of the meeting is ours, not another terminal's change.
                if !ticked.effects.isEmpty { seenChanges = (try? ctx.store.changeCounter()) ?? seenChanges }
            }
            switch event {
            case .shutdown(let code):
                // A closed terminal or a signal: a running meeting is paused where it is.
                _ = apply(.closing)
                runner.writeLogs(&logs, into: &shell)
                return code
            case .idle where (try? ctx.store.changeCounter()).map({ $0 != seenChanges }) ?? false:
                seenChanges = (try? ctx.store.changeCounter()) ?? seenChanges
                if let fresh = try? DistrictSnapshot.load(from: ctx.store, today: today) {
                    reaction = apply(.outsideChange(fresh, at: Clock.time()))
                } else {
                    reaction = .none
                }
            case .idle:
                // Left open overnight: a new day changes what is overdue and what decisions are dated.
                if let now = try? AppEnvironment.today(), now != today {
                    today = now
                    runner = EffectRunner(store: ctx.store, today: today, actor: ctx.identity.staff.id)
                    if let fresh = try? DistrictSnapshot.load(from: ctx.store, today: today) { _ = apply(.snapshot(fresh)) }
                }
                reaction = apply(.clock(Clock.now()))
            case .resize(let size):
                reaction = apply(.resize(size))
            case .key(let key):
                reaction = apply(.key(key))
                // Our own writes bump data_version too; they are already on screen.
                seenChanges = (try? ctx.store.changeCounter()) ?? seenChanges
            }
            if reaction.quit {
                runner.writeLogs(&logs, into: &shell)
                return 0
            }
            if !reaction.effects.isEmpty { seenChanges = (try? ctx.store.changeCounter()) ?? seenChanges }
            dirty = dirty || reaction.redraw
        }
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
