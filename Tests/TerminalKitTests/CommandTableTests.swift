import Testing
@testable import TerminalKit

@Suite("Command table")
struct CommandTableTests {
    static let table = CommandTable([
        Command(id: "app.quit", name: "quit", keys: [.char("q")], help: "Back, or quit on the board",
                scopes: ["global"], category: "General"),
        Command(id: "app.help", name: "help", keys: [.char("?")], help: "Show all keys",
                scopes: ["global"], category: "General"),
        Command(id: "app.palette", name: "palette", keys: [.char(":"), .char(" ")], help: "Run a command by name",
                scopes: ["global"], category: "General"),
        Command(id: "board.assign", name: "assign", keys: [.char("a")], help: "Assign the case to a regisseur",
                scopes: ["board"], category: "Cases"),
        Command(id: "board.flag", name: "flag outreaching", keys: [.char("o")], help: "Flag for outreaching follow-up",
                scopes: ["board", "triage"], category: "Cases"),
        Command(id: "board.reassign", name: "reassign", keys: [.char("r")], help: "Give the case to someone else",
                scopes: ["board"], category: "Cases"),
        Command(id: "board.down", name: "down", keys: [.char("j"), .down], help: "Next card",
                scopes: ["board"], category: "Navigation"),
        Command(id: "triage.route", name: "route", keys: [.enter], help: "Choose a route",
                scopes: ["triage"], category: "Triage"),
        Command(id: "triage.quit", name: "close triage", keys: [.char("q")], help: "Leave triage",
                scopes: ["triage"], category: "Navigation"),
    ])

    @Test func dispatchPrefersTheScope() {
        let t = Self.table
        #expect(t.command(for: .char("a"), in: "board")?.id == "board.assign")
        #expect(t.command(for: .char("q"), in: "board")?.id == "app.quit")
        #expect(t.command(for: .char("q"), in: "triage")?.id == "triage.quit")
        #expect(t.command(for: .down, in: "board")?.id == "board.down")
        #expect(t.command(for: .char("j"), in: "board")?.id == "board.down")
        #expect(t.command(for: .char(" "), in: "network")?.id == "app.palette")
        #expect(t.command(for: .char("o"), in: "triage")?.id == "board.flag")
    }

    @Test func unboundKeysGiveNil() {
        let t = Self.table
        #expect(t.command(for: .char("a"), in: "triage") == nil)
        #expect(t.command(for: .char("z"), in: "board") == nil)
        #expect(CommandTable<String>([]).command(for: .enter, in: "board") == nil)
    }

    @Test func commandsInScope() {
        let ids = Self.table.commands(in: "board").map(\.id)
        #expect(ids == ["app.quit", "app.help", "app.palette", "board.assign", "board.flag",
                        "board.reassign", "board.down"])
        #expect(Self.table.commands(in: "meeting").map(\.id) == ["app.quit", "app.help", "app.palette"])
    }

    @Test func completionPrefixFirstThenSubstring() {
        let t = Self.table
        #expect(t.complete("as", in: "board").map(\.name) == ["assign", "reassign"])
        #expect(t.complete("AS", in: "board").map(\.name) == ["assign", "reassign"])
        #expect(t.complete("r", in: "board").map(\.name) == ["reassign", "flag outreaching"])
        #expect(t.complete("out", in: "board").map(\.name) == ["flag outreaching"])
        #expect(t.complete("route", in: "board").isEmpty)
        #expect(t.complete("", in: "meeting").map(\.name) == ["quit", "help", "palette"])
        #expect(t.complete("zzz", in: "board").isEmpty)
    }

    @Test func conflicts() {
        #expect(Self.table.conflicts() == [
            "key q is bound to \"app.quit\" and \"triage.quit\" in scope \"triage\"",
        ])
        let clean = CommandTable(Array(Self.table.commands.dropLast()))
        #expect(clean.conflicts().isEmpty)
        var twice = clean.commands
        twice.append(Command(id: "board.archive", name: "archive", keys: [.char("a")], help: "Archive",
                             scopes: ["board"], category: "Cases"))
        twice.append(Command(id: "app.exit", name: "exit", keys: [.ctrl("Q"), .char("?")], help: "",
                             scopes: ["global"], category: "General"))
        let found = CommandTable(twice).conflicts()
        #expect(found.contains("key a is bound to \"board.assign\" and \"board.archive\" in scope \"board\""))
        #expect(found.contains("key ? is bound to \"app.help\" and \"app.exit\" in scope \"global\""))
        #expect(found.count == 2)
    }

    @Test func markdownKeyList() {
        let md = Self.table.markdownKeyList(scopeTitles: [("global", "Everywhere"), ("triage", "Triage")])
        #expect(md == """
        ### Everywhere

        | Keys | Command | What it does |
        |---|---|---|
        | `q` | quit | Back, or quit on the board |
        | `?` | help | Show all keys |
        | `:` / `Space` | palette | Run a command by name |

        ### Triage

        | Keys | Command | What it does |
        |---|---|---|
        | `o` | flag outreaching | Flag for outreaching follow-up |
        | `Enter` | route | Choose a route |
        | `q` | close triage | Leave triage |

        """)
    }

    @Test func markdownEscapesPipesAndBackticks() {
        let t = CommandTable([
            Command(id: "x", name: "pipe", keys: [.char("|"), .char("`")], help: "a | b", scopes: ["s"], category: "c"),
            Command(id: "y", name: "palette only", keys: [], help: "no key", scopes: ["s"], category: "c"),
        ])
        let md = t.markdownKeyList(scopeTitles: [("s", "S")], headingLevel: 2)
        #expect(md.contains("## S\n"))
        #expect(md.contains("| `\\|` / `` ` `` | pipe | a \\| b |"))
        #expect(md.contains("| — | palette only | no key |"))
    }
}
