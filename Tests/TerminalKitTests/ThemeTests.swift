import Foundation
import Testing
@testable import TerminalKit
import WijkteamTestSupport

/// The repository's themes/ folder.
let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

@Suite("Shipped themes")
struct ShippedThemeTests {
    static let names = ["default", "light", "high-contrast", "mono"]

    @Test(arguments: ShippedThemeTests.names)
    func parsesAndStylesEveryRole(_ name: String) throws {
        let url = themesDirectory.appendingPathComponent(name + ".toml")
        let theme = try Theme.load(contentsOf: url)
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        // Every role is written out in [styles] and [mono] (not left to the fallback).
        let index = TOMLLineIndex(try String(contentsOf: url, encoding: .utf8))
        for role in Role.allCases {
            #expect(index.exactLine(of: ["styles", role.rawValue]) != nil, "\(name): styles.\(role.rawValue)")
            #expect(index.exactLine(of: ["mono", role.rawValue]) != nil, "\(name): mono.\(role.rawValue)")
        }
    }

    @Test(arguments: ShippedThemeTests.names)
    func monoKeepsMeaningsDistinguishable(_ name: String) throws {
        let theme = try Theme.load(contentsOf: themesDirectory.appendingPathComponent(name + ".toml"))
        let mono = { (role: Role) in theme.style(for: role).mono }
        #expect(mono(.normal).isEmpty)
        #expect(mono(.selection).contains(.reverse))
        #expect(Set([mono(.loadOK), mono(.loadHigh), mono(.loadOver)]).count == 3)
        for flag in [Role.flagSafety, .flagPreventive, .flagOutreaching, .flagDiscussion] {
            #expect(mono(flag) != mono(.normal))
            #expect(mono(flag) != mono(.selection))
        }
        #expect(mono(.flagSafety) != mono(.flagPreventive))
        #expect(mono(.tieStressful) != mono(.tieNormal))
        #expect(mono(.tabActive) != mono(.tab))
    }

    @Test func monoThemeHasNoColours() throws {
        let theme = try Theme.load(contentsOf: themesDirectory.appendingPathComponent("mono.toml"))
        for role in Role.allCases {
            let s = theme.style(for: role)
            #expect(s.fg == .default && s.bg == .default, "\(role)")
            #expect(s.attributes == s.mono, "\(role)")
        }
    }

    @Test func highContrastIsBoldWhereItMatters() throws {
        let theme = try Theme.load(contentsOf: themesDirectory.appendingPathComponent("high-contrast.toml"))
        for role in [Role.title, .selection, .status, .loadOver, .flagSafety, .overdue, .error] {
            #expect(theme.style(for: role).attributes.contains(.bold), "\(role)")
        }
    }

    @Test func builtinDefaultIsTheShippedDefault() throws {
        let file = try String(contentsOf: themesDirectory.appendingPathComponent("default.toml"), encoding: .utf8)
        #expect(Theme.builtinDefaultSource == file)
        let loaded = try Theme.load(contentsOf: themesDirectory.appendingPathComponent("default.toml"))
        #expect(Theme.builtinDefault == loaded)
        // An unedited default.toml is not parsed again (`load` returns the built-in copy): the
        // two parses must agree.
        #expect(try Theme.parse(Theme.builtinDefaultSource, file: "default.toml") == Theme.builtinDefault)
        let d = Theme.builtinDefault
        #expect(d.name == "default")
        #expect(d.description == "Dark background")
        #expect(d.style(for: .title) == ThemeStyle(fg: .basic(6), attributes: [.bold], mono: [.bold]))
        #expect(d.style(for: .selection).fg == .basic(0))
        #expect(d.style(for: .selection).bg == .basic(6))
        #expect(d.style(for: .selection).mono == [.reverse])
        #expect(d.style(for: .loadHigh).fg == .indexed(214))      // palette "amber"
        #expect(d.style(for: .loadOver) == ThemeStyle(fg: .basic(1), attributes: [.bold], mono: [.bold, .underline]))
        #expect(d.style(for: .tieStressful).attributes == [.underline])
    }

    @Test func anEditedDefaultIsReadAsEdited() throws {
        let folder = Scratch.folder("theme-edit")
        let edited = Theme.builtinDefaultSource.replacingOccurrences(
            of: #""title" = { fg = "cyan", modifiers = ["bold"] }"#, with: #""title" = { fg = "red", modifiers = ["bold"] }"#)
        #expect(edited != Theme.builtinDefaultSource)
        try edited.write(to: folder.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        let (theme, warning) = ThemeCatalog.resolve(name: "default", in: folder)
        #expect(warning == nil)
        #expect(theme.style(for: .title).fg == .basic(1))
        #expect(theme.style(for: .selection) == Theme.builtinDefault.style(for: .selection))
    }

    @Test func listAndResolve() throws {
        let list = ThemeCatalog.list(in: themesDirectory)
        #expect(list.map(\.name) == ["default", "high-contrast", "light", "mono"])
        #expect(list.allSatisfy { $0.error == nil })
        #expect(list.first?.description == "Dark background")
        let (light, warning) = ThemeCatalog.resolve(name: "light", in: themesDirectory)
        #expect(warning == nil)
        #expect(light.name == "light")
        let (fallback, missing) = ThemeCatalog.resolve(name: "purple", in: themesDirectory)
        #expect(fallback == Theme.builtinDefault)
        #expect(missing?.message.hasPrefix("no such theme \"purple\" (available: default, high-contrast, light, mono)") == true)
        #expect(ThemeCatalog.list(in: URL(fileURLWithPath: "/nonexistent/themes")).isEmpty)
        let (d, none) = ThemeCatalog.resolve(name: "default", in: URL(fileURLWithPath: "/nonexistent/themes"))
        #expect(d == Theme.builtinDefault && none == nil)
    }
}

@Suite("Theme parsing")
struct ThemeParsingTests {
    @Test func specExample() throws {
        let theme = try Theme.parse("""
        # themes/default.toml
        name = "example"
        description = "Dark background"
        [palette]
        amber = 214
        [styles]
        "title" = { fg = "cyan", modifiers = ["bold"] }
        "selection" = { fg = "black", bg = "cyan" }
        "load.over" = { fg = "red", modifiers = ["bold"] }
        "load.high" = { fg = "amber" }
        "tie.stressful" = { fg = "red", modifiers = ["underline"] }
        [mono]
        "selection" = ["reverse"]
        "load.over" = ["bold", "underline"]
        """, file: "themes/example.toml")
        #expect(theme.name == "example")
        #expect(theme.style(for: .title) == ThemeStyle(fg: .basic(6), attributes: [.bold], mono: [.bold]))
        #expect(theme.style(for: .loadHigh).fg == .indexed(214))
        #expect(theme.style(for: .loadOver).mono == [.bold, .underline])
        // Roles the file leaves out come from the built-in default...
        #expect(theme.style(for: .flagSafety).fg == Theme.builtinDefault.style(for: .flagSafety).fg)
        #expect(theme.style(for: .flagSafety).bg == Theme.builtinDefault.style(for: .flagSafety).bg)
        // ...and roles missing from [mono] get sensible attributes.
        #expect(theme.style(for: .title).mono == [.bold])
        #expect(theme.style(for: .tieBroken).mono == [.dim])
        #expect(theme.style(for: .error).mono.contains(.bold))
        #expect(theme.style(for: .flagOutreaching).mono.contains(.bold))
    }

    @Test func shorthandsAndDottedKeys() throws {
        let theme = try Theme.parse("""
        [styles]
        title = "bright-yellow"
        load.over = { fg = 196, bg = "#000000", modifiers = "bold" }
        tab.active = { fg = "grey", modifiers = ["reversed", "underlined"] }
        [styles."flag.safety"]
        fg = "white"
        bg = "red"
        [mono]
        tie.broken = ["dim", "underline"]
        """, file: "x.toml")
        #expect(theme.name == "x")
        #expect(theme.style(for: .title).fg == .bright(11))
        #expect(theme.style(for: .loadOver) == ThemeStyle(fg: .indexed(196), bg: .indexed(16), attributes: [.bold],
                                                          mono: [.bold, .underline]))
        #expect(theme.style(for: .tabActive).attributes == [.reverse, .underline])
        #expect(theme.style(for: .tabActive).fg == .bright(8))
        #expect(theme.style(for: .flagSafety).bg == .basic(1))
        #expect(theme.style(for: .tieBroken).mono == [.dim, .underline])
    }

    @Test func emptyThemeIsTheDefault() throws {
        let theme = try Theme.parse("", file: "themes/empty.toml")
        #expect(theme.name == "empty")
        #expect(theme.styles == Theme.builtinDefault.styles)
    }

    func error(_ text: String, file: String = "themes/bad.toml") -> ThemeError? {
        do {
            _ = try Theme.parse(text, file: file)
            return nil
        } catch let e as ThemeError {
            return e
        } catch {
            Issue.record("not a ThemeError: \(error)")
            return nil
        }
    }

    @Test func unknownColourNamesFileLineAndKey() {
        let e = error("""
        name = "bad"
        description = "A theme with a typo"

        [styles]
        "title" = { fg = "cyan", modifiers = ["bold"] }
        "selection" = { fg = "black", bg = "cyan" }
        "load.over" = { fg = "purplish", modifiers = ["bold"] }
        """)
        #expect(e?.description == #"themes/bad.toml:7: styles."load.over".fg: unknown colour "purplish""#)
        #expect(e == ThemeError(file: "themes/bad.toml", line: 7, key: #"styles."load.over".fg"#,
                                message: #"unknown colour "purplish""#))
    }

    @Test func unknownRole() {
        let e = error("""
        [styles]
        "title" = { fg = "cyan" }
        "load.overr" = { fg = "red" }
        """)
        #expect(e?.line == 3)
        #expect(e?.key == #"styles."load.overr""#)
        #expect(e?.message == #"unknown role "load.overr" (did you mean "load.over"?)"#)
        let m = error("""
        [mono]
        "selection" = ["reverse"]
        "sparkle" = ["bold"]
        """)
        #expect(m?.description == #"themes/bad.toml:3: mono.sparkle: unknown role "sparkle""#)
    }

    @Test func unknownModifier() {
        let e = error("""
        [styles]

        title = { fg = "cyan", modifiers = ["bold", "italic"] }
        """)
        #expect(e?.description == #"themes/bad.toml:3: styles.title.modifiers: unknown modifier "italic" (expected bold, reverse, underline, dim)"#)
        let m = error("""
        [mono]
        "selection" = ["blink"]
        """)
        #expect(m?.line == 2)
        #expect(m?.key == "mono.selection")
    }

    @Test func outOfRangeNumbers() {
        let e = error("""
        [styles]
        "title" = { fg = 300 }
        """)
        #expect(e?.description == "themes/bad.toml:2: styles.title.fg: colour 300 out of range (0-255)")
        let p = error("""
        [palette]
        ok = 12
        amber = -1
        """)
        #expect(p?.description == "themes/bad.toml:3: palette.amber: colour -1 out of range (0-255)")
        let s = error("""
        [styles]
        "muted" = { bg = "256" }
        """)
        #expect(s?.description == "themes/bad.toml:2: styles.muted.bg: colour 256 out of range (0-255)")
    }

    @Test func fieldOnItsOwnLine() {
        let e = error("""
        [styles."load.over"]
        modifiers = ["bold"]
        fg = "purplish"
        """)
        #expect(e?.description == #"themes/bad.toml:3: styles."load.over".fg: unknown colour "purplish""#)
    }

    @Test func unknownKeysAndFields() {
        let top = error("""
        name = "x"
        colour = "red"
        """)
        #expect(top?.line == 2)
        #expect(top?.key == "colour")
        #expect(top?.message.hasPrefix("unknown key \"colour\"") == true)
        let field = error("""
        [styles]
        "title" = { fg = "cyan", italic = true }
        """)
        #expect(field?.description == #"themes/bad.toml:2: styles.title.italic: unknown field "italic" (expected fg, bg, modifiers)"#)
        let type = error("""
        name = 3
        """)
        #expect(type?.description == "themes/bad.toml:1: name: expected a string")
        let palette = error("""
        [palette]
        amber = 214
        [styles]
        "title" = { fg = "ambr" }
        """)
        #expect(palette?.message == #"unknown colour "ambr" (did you mean "amber"?)"#)
        #expect(palette?.line == 4)
        let nested = error("""
        [styles]
        "title" = "cyan"
        loadx = { over = { fg = "red" } }
        """)
        #expect(nested?.description == #"themes/bad.toml:3: styles."loadx.over": unknown role "loadx.over" (did you mean "load.over"?)"#)
    }

    @Test func tomlSyntaxError() {
        let e = error("""
        name = "broken"
        [styles]
        "title" = { fg = "cyan"
        "muted" = { fg = 245 }
        """)
        #expect(e?.file == "themes/bad.toml")
        #expect(e?.line == 3)
        #expect(e?.key == "styles.title")
        #expect(e?.message.hasPrefix("TOML syntax error in inline table: ") == true)
        let unterminated = error("name = \"broken\n")
        #expect(unterminated?.line == 1)
        #expect(unterminated?.key == "name")
        let header = error("[styles\n")
        #expect(header?.line == 1)
        #expect(header?.description.hasPrefix("themes/bad.toml:1: TOML syntax error in table header: ") == true)
    }

    @Test func loadNamesTheFile() throws {
        let dir = Scratch.folder("themes")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "name = \"ok\"\ndescription = \"Fine\"\n".write(to: dir.appendingPathComponent("ok.toml"), atomically: true, encoding: .utf8)
        try "[styles]\n\"title\" = { fg = \"purplish\" }\n".write(to: dir.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0xFE, 0x00]).write(to: dir.appendingPathComponent("binary.toml"))

        let list = ThemeCatalog.list(in: dir)
        #expect(list.map(\.name) == ["bad", "binary", "ok"])
        #expect(list[0].error?.line == 2)
        #expect(list[0].error?.file.hasSuffix("bad.toml") == true)
        #expect(list[1].error?.message == "not UTF-8 text")
        #expect(list[2].description == "Fine" && list[2].error == nil)

        let (theme, warning) = ThemeCatalog.resolve(name: "bad", in: dir)
        #expect(theme == Theme.builtinDefault)
        #expect(warning?.description.hasSuffix(#"bad.toml:2: styles.title.fg: unknown colour "purplish""#) == true)
        let (byPath, w2) = ThemeCatalog.resolve(name: dir.appendingPathComponent("ok.toml").path, in: themesDirectory)
        #expect(byPath.name == "ok" && w2 == nil)

        #expect(throws: ThemeError.self) { try Theme.load(contentsOf: dir.appendingPathComponent("none.toml")) }
        do {
            _ = try Theme.load(contentsOf: URL(fileURLWithPath: "themes/none.toml"))
        } catch let e as ThemeError {
            #expect(e.description == "themes/none.toml: no such file")
        }
    }
}

@Suite("Colours")
struct ColorTests {
    @Test func names() {
        #expect(Color(name: "red") == .basic(1))
        #expect(Color(name: "White") == .basic(7))
        #expect(Color(name: "bright-red") == .bright(9))
        #expect(Color(name: "light-blue") == .bright(12))
        #expect(Color(name: "grey") == .bright(8))
        #expect(Color(name: "default") == .default)
        #expect(Color(name: "214") == .indexed(214))
        #expect(Color(name: "256") == nil)
        #expect(Color(name: "#ffaf00") == .indexed(214))
        #expect(Color(name: "#000000") == .indexed(16))
        #expect(Color(name: "purplish") == nil)
        #expect(Color.bright(1).index == 9)
        #expect(Color.default.index == -1)
        #expect(Color.bright(9).description == "bright-red")
    }

    @Test func reductionTo8Colours() {
        #expect(Color.indexed(214).reduced(toColors: 8) == .basic(3))    // amber → yellow
        #expect(Color.indexed(196).reduced(toColors: 8) == .basic(1))    // red
        #expect(Color.indexed(46).reduced(toColors: 8) == .basic(2))     // green
        #expect(Color.indexed(21).reduced(toColors: 8) == .basic(4))     // blue
        #expect(Color.indexed(51).reduced(toColors: 8) == .basic(6))     // cyan
        #expect(Color.indexed(201).reduced(toColors: 8) == .basic(5))    // magenta
        #expect(Color.indexed(231).reduced(toColors: 8) == .basic(7))    // white
        #expect(Color.indexed(16).reduced(toColors: 8) == .basic(0))     // black
        #expect(Color.indexed(250).reduced(toColors: 8) == .basic(7))    // light grey
        #expect(Color.indexed(234).reduced(toColors: 8) == .basic(0))    // dark grey
        #expect(Color.indexed(3).reduced(toColors: 8) == .basic(3))
        #expect(Color.indexed(9).reduced(toColors: 8) == .basic(1))
        #expect(Color.bright(9).reduced(toColors: 8) == .basic(1))       // bright folds to basic
        #expect(Color.bright(15).reduced(toColors: 8) == .basic(7))
        #expect(Color.basic(4).reduced(toColors: 8) == .basic(4))
        #expect(Color.default.reduced(toColors: 8) == .default)
    }

    @Test func reductionOtherDepths() {
        #expect(Color.indexed(214).reduced(toColors: 256) == .indexed(214))
        #expect(Color.bright(9).reduced(toColors: 256) == .bright(9))
        #expect(Color.indexed(244).reduced(toColors: 16) == .bright(8))
        #expect(Color.indexed(196).reduced(toColors: 16) == .bright(9))
        #expect(Color.indexed(12).reduced(toColors: 16) == .bright(12))
        #expect(Color.indexed(214).reduced(toColors: 0) == .default)
        #expect(Color.basic(1).reduced(toColors: 2) == .default)
    }

    @Test func resolvedStyles() {
        let theme = Theme.builtinDefault
        let over = Style(.loadOver)
        #expect(theme.resolve(over, colors: 256) == ResolvedStyle(fg: .basic(1), bg: .default, attributes: [.bold]))
        #expect(theme.resolve(over, colors: 0) == ResolvedStyle(fg: .default, bg: .default, attributes: [.bold, .underline]))
        #expect(theme.resolve(Style(.loadHigh, .reverse), colors: 8)
                == ResolvedStyle(fg: .basic(3), bg: .default, attributes: [.reverse]))
        #expect(theme.resolve(Style(.muted, .reverse), colors: 1).attributes == [.dim, .reverse])
    }
}
