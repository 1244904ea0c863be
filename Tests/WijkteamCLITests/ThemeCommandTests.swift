import Foundation
import Testing

@Suite(.serialized) struct ThemeCommandTests {
    func themesDir(withBroken: Bool) throws -> URL {
        let dir = Binary.tempDir().appendingPathComponent("themes")
        try FileManager.default.copyItem(at: Binary.repoRoot.appendingPathComponent("themes"), to: dir)
        if withBroken {
            try """
                name = "broken"
                description = "a typo"
                [styles]
                "title" = { fg = "cyan" }
                "load.over" = { fg = "purplish" }
                """.write(to: dir.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func themesListsEveryThemeAndNamesABrokenOneWithFileLineAndKey() throws {
        let ok = try Binary.run(["themes"], env: ["WIJKTEAM_THEMES": try themesDir(withBroken: false).path])
        #expect(ok.status == 0)
        for name in ["default", "light", "high-contrast", "mono"] { #expect(ok.out.contains(name)) }
        let bad = try Binary.run(["themes"], env: ["WIJKTEAM_THEMES": try themesDir(withBroken: true).path])
        #expect(bad.status != 0)
        let line = try #require(bad.out.split(separator: "\n").first { $0.hasPrefix("broken") })
        #expect(line.contains("broken.toml:5"), "\(line)")
        #expect(line.contains("load.over") && line.contains("purplish"), "\(line)")
    }

    /// A broken theme is reported in the status bar and the app runs on the default theme.
    @Test func aBrokenThemeFallsBackToDefault() throws {
        let dir = try themesDir(withBroken: true)
        let db = try Binary.freshDatabase()
        let t = try TmuxSession(args: ["--db", db, "--theme", dir.appendingPathComponent("broken.toml").path], width: 160, height: 30)
        let screen = t.waitFor("purplish")
        #expect(screen.contains("Niet toegewezen"))
        #expect(screen.contains("broken.toml:5"), "\(screen)")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// The mono theme and the config file choose attributes only: no colour escapes on screen.
    @Test func monoByOptionAndByConfig() throws {
        let db = try Binary.freshDatabase()
        let byDefault = try TmuxSession(args: ["--db", db])
        byDefault.waitFor("Niet toegewezen")
        #expect(byDefault.capture(colours: true).contains("38;5;"))
        byDefault.send("q")
        let byOption = try TmuxSession(args: ["--db", db, "--theme", "mono"])
        byOption.waitFor("Niet toegewezen")
        let mono = byOption.capture(colours: true)
        let colourCodes = ["38;5;"] + (0...7).map { "\u{1B}[3\($0)m" }
        #expect(!colourCodes.contains { mono.contains($0) }, "mono still shows colours")
        byOption.send("q")
        let config = Binary.tempDir()
        try FileManager.default.createDirectory(at: config.appendingPathComponent("wijkteam"), withIntermediateDirectories: true)
        try "theme = \"mono\"\n".write(to: config.appendingPathComponent("wijkteam/config.toml"), atomically: true, encoding: .utf8)
        let byConfig = try TmuxSession(args: ["--db", db], env: ["XDG_CONFIG_HOME": config.path])
        byConfig.waitFor("Niet toegewezen")
        #expect(!byConfig.capture(colours: true).contains("38;5;"))
        byConfig.send("q")
    }
}
