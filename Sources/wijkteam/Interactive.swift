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
    static func run(context ctx: AppContext, themeOption: String?) throws -> Int32 {
        let themesDir = AppEnvironment.themesFolder()
        let themeName = themeOption ?? UserConfig.load().theme ?? "default"
        let (theme, warning) = ThemeCatalog.resolve(name: themeName, in: themesDir)
        let themeNames = ThemeCatalog.list(in: themesDir).filter { $0.error == nil }.map(\.name)

        let terminal = try CursesSession(theme: theme)
        defer { terminal.end() }
        let session = SessionInfo(identity: ctx.identity, databaseName: URL(fileURLWithPath: ctx.store.path).lastPathComponent,
                                  themes: themeNames, themeName: warning == nil ? theme.name : "default")
        var shell = Shell(session: session, size: terminal.size)
        var grid = Grid(size: terminal.size)

        func apply(_ event: ShellEvent) -> Reaction {
            var reaction = shell.handle(event)
            var effects = reaction.effects
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                let follow: ShellEvent
                switch effect {
                case .reload:
                    follow = (try? .snapshot(ctx.snapshot())) ?? .failed("could not reload the database")
                case .loadHousehold(let id):
                    do { follow = .household(try ctx.store.household(id: id)) } catch { follow = .failed("\(error)") }
                case .loadSuggestions(let caseID):
                    do {
                        follow = .suggestions(caseID: caseID, context: try ctx.store.suggestionContext(caseID: caseID))
                    } catch { follow = .failed("\(error)") }
                case .assign(let request):
                    do {
                        let updated = try ctx.store.assign(caseID: request.caseID, to: request.to, expectedVersion: request.expectedVersion)
                        follow = .assigned(updated, request)
                    } catch {
                        follow = .assignFailed("\(error)", request)
                    }
                case .setTheme(let name):
                    let (t, w) = ThemeCatalog.resolve(name: name, in: themesDir)
                    terminal.setTheme(t)
                    if let w { follow = .failed(w.description) } else { continue }
                case .repaint:
                    terminal.repaintAll()
                    continue
                }
                let r = shell.handle(follow)
                reaction.redraw = reaction.redraw || r.redraw
                effects += r.effects
            }
            return reaction
        }

        if let warning { _ = shell.handle(.failed(warning.description)) }
        _ = apply(.clock(Clock.now()))
        do {
            _ = apply(.snapshot(try ctx.snapshot()))
        } catch {
            _ = shell.handle(.failed("\(error)"))
        }
        var dirty = true
        while true {
            if dirty {
                if grid.width != shell.size.width || grid.height != shell.size.height { grid = Grid(size: shell.size) }
                shell.render(into: &grid)
                terminal.draw(grid)
                dirty = false
            }
            let reaction: Reaction
            switch terminal.nextEvent() {
            case .shutdown(let code):
                return code
            case .idle:
                reaction = apply(.clock(Clock.now()))
            case .resize(let size):
                reaction = apply(.resize(size))
            case .key(let key):
                reaction = apply(.key(key))
            }
            if reaction.quit { return 0 }
            dirty = dirty || reaction.redraw
        }
    }
}

extension AppContext {
    func snapshot() throws -> DistrictSnapshot { try DistrictSnapshot.load(from: store, today: today) }
}

enum Clock {
    static func now() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "nl_NL")
        f.dateFormat = "EEE d MMM HH:mm"
        return f.string(from: Date())
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
            FileHandle.standardError.write(Data("wijkteam: warning: \(path): \(error); ignoring the config\n".utf8))
            return UserConfig()
        }
    }
}
