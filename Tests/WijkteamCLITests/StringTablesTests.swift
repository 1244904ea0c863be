import Foundation
import Testing
import Wijkteam
@testable import WijkteamCLI

/// Every string the app shows comes from a string table, in English and Dutch: the domain's
/// (`Strings.table`), the screens' (`ScreenStrings.table`, the domain's included) and the
/// command line's (`CLIStrings.table`, the screens' included). Each module's `tr` looks in the
/// table of its own module, so these tests check each module's keys against that table. They
/// live here because this target sees the command line's table, and through it the others.
@Suite struct StringTablesTests {
    static let sources = Binary.repoRoot.appendingPathComponent("Sources")

    static let cli = CLIStrings.table
    static let screens = CLIStrings.table.tables.first { $0.name == "screens" }!
    static let domain = Strings.table

    /// The table a module's `tr` looks in, by the module's folder under Sources; nil for a
    /// module with no `tr` of its own and no import of the domain (TerminalKit, curses).
    static func table(ofModule folder: String) -> StringTable? {
        switch folder {
        // The domain's `tr` (public): the domain and every module that imports only it.
        case "Wijkteam", "WijkteamStore", "WijkteamPostgres", "WijkteamBench": domain
        // WijkteamRuntime has its own `tr` on the screens' table.
        case "WijkteamScreens", "WijkteamRuntime": screens
        // The executable.
        case "WijkteamCLI": cli
        default: nil
        }
    }

    /// Each `tr("key"` and `phrase("key"` in the sources, by module (folder under Sources), with where it is. A
    /// `tr(` whose key is not a plain literal is reported as a problem: the table could not be
    /// checked against it. The `Strings/` folders and Language.swift define `tr`; they are not read.
    static func usedKeys() throws -> (keys: [String: [String: String]], problems: [String]) {
        var keys: [String: [String: String]] = [:]
        var problems: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        for file in files where !file.path.contains("/Strings/") && file.lastPathComponent != "Language.swift" {
            let module = file.path.dropFirst(sources.path.count + 1).split(separator: "/").first.map(String.init) ?? ""
            let text = try String(contentsOf: file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let place = "\(module)/\(file.lastPathComponent):\(n + 1)"
                // trCount("key", n) uses key.one and key.other.
                var counted = line[...]
                while let r = counted.range(of: "trCount(\"") {
                    counted = counted[r.upperBound...]
                    guard let end = counted.firstIndex(of: "\"") else { break }
                    let key = String(counted[..<end])
                    for form in [1, 2] { keys[module, default: [:]][StringTable.pluralKey(key, form)] = place }
                }
                // phrase("key") is the same phrase, split at its placeholders once.
                for lookup in ["tr(", "phrase("] {
                    var rest = line[...]
                    while let r = rest.range(of: lookup) {
                        let before = rest[..<r.lowerBound].last
                        rest = rest[r.upperBound...]
                        if let b = before, b.isLetter || b.isNumber || b == "_" || b == "." { continue }
                        guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else {
                            problems.append("\(place): key is not a literal")
                            continue
                        }
                        let key = String(rest[rest.index(after: rest.startIndex)..<end])
                        if key.contains("\\(") { problems.append("\(place): key \(key) is built at run time"); continue }
                        // `phrase` reads the domain's table: above the domain it would miss the module's own.
                        if lookup == "phrase(", module != "Wijkteam" { problems.append("\(place): phrase outside the domain") }
                        keys[module, default: [:]][key] = place
                    }
                }
            }
        }
        return (keys, problems)
    }

    @Test func everyKeyAModuleUsesIsInTheTableItSeesInBothLanguages() throws {
        let (keys, problems) = try Self.usedKeys()
        #expect(problems == [])
        #expect(keys.values.map(\.count).reduce(0, +) > 100, "the scan found \(keys.count) keys; is it reading the sources?")
        for module in ["Wijkteam", "WijkteamStore", "WijkteamScreens"] {
            #expect(keys[module, default: [:]].count > 20, "the scan found \(keys[module, default: [:]].count) keys in \(module)")
        }
        #expect(keys.keys.contains { Self.table(ofModule: $0)?.name == "cli" }, "no keys found in the command line's sources")
        var missing: [String] = []
        for (module, used) in keys.sorted(by: { $0.key < $1.key }) {
            guard let table = Self.table(ofModule: module) else {
                missing.append("\(module) uses tr but has no table (\(used.values.sorted().first ?? ""))")
                continue
            }
            for (key, place) in used.sorted(by: { $0.key < $1.key }) {
                for language in Language.allCases where table[key]?.text(in: language)?.isEmpty ?? true {
                    missing.append("\(key) (\(language.rawValue), not in the \(table.name) table, used at \(place))")
                }
            }
        }
        #expect(missing == [])
    }

    @Test func everyPhraseHasBothLanguagesWithTheSamePlaceholders() {
        var problems: [String] = []
        for (key, phrase) in Self.cli.phrases.sorted(by: { $0.key < $1.key }) {
            guard let en = phrase.en, !en.isEmpty else { problems.append("\(key): no English"); continue }
            guard let nl = phrase.nl, !nl.isEmpty else { problems.append("\(key): no Dutch"); continue }
            if StringTable.placeholders(in: en) != StringTable.placeholders(in: nl) { problems.append("\(key): placeholders differ") }
        }
        #expect(problems == [])
        // The command line's table sees every phrase of every table.
        #expect(Self.cli.count == Self.cli.tables.flatMap(\.sections).map(\.phrases.count).reduce(0, +))
        #expect(Self.cli.tables.map(\.name) == ["cli", "screens", "domain"])
    }

    @Test func noKeyIsInTwoSectionsAndNoneIsUnused() throws {
        var seen: [String: String] = [:]
        var twice: [String] = []
        for table in Self.cli.tables {
            for s in table.sections {
                for key in s.phrases.keys {
                    if let other = seen[key] { twice.append("\(key) in \(other) and \(table.name)/\(s.name)") }
                    seen[key] = "\(table.name)/\(s.name)"
                }
            }
        }
        #expect(twice == [])
        let used = try Self.usedKeys().keys.values.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        #expect(Self.cli.keys.filter { !used.contains($0) }.sorted() == [])
    }

    /// Issue #21, item 4: wording where it belongs. A phrase is in the table of a module that
    /// uses it: no screen or command-line wording in the domain's table, no command-line wording
    /// in the screens'. (A key used by the domain and by the screens stays in the domain's.)
    @Test func eachPhraseIsInTheTableOfAModuleThatUsesIt() throws {
        let used = try Self.usedKeys().keys
        var misplaced: [String] = []
        for table in Self.cli.tables {
            for s in table.sections {
                for key in s.phrases.keys.sorted() {
                    let users = used.filter { $0.value[key] != nil }.map(\.key)
                    if !users.isEmpty, !users.contains(where: { Self.table(ofModule: $0)?.name == table.name }) {
                        misplaced.append("\(key) in \(table.name)/\(s.name), used only in \(users.sorted())")
                    }
                }
            }
        }
        #expect(misplaced == [])
        // The domain's table is the domain's sections, nothing of the screens or the command line.
        #expect(
            Self.domain.sections.map(\.name) == [
                "domain", "glossary", "store", "validation", "frontDoor", "import", "audit", "breakGlass", "team", "teamStore",
                "handover", "absence", "erasure", "backup", "inzage", "meldcode", "zrm", "urgency", "figures", "carer",
                "plan", "route", "provisions", "providers", "iwmo", "monitor", "monitorFlow", "monitorCare", "history",
            ])
        #expect(Self.domain.tables.count == 1)
    }

    /// A module above the domain looks in its own table only through a `tr` and a `trCount` of
    /// its own with the domain's very signatures: a call whose best match is only the domain's
    /// (a lone `tr("key")` against a variadic `tr` alone) would find the domain's table and show
    /// the key.
    @Test func eachModuleAboveTheDomainHasAllThreeLookupsOfItsOwn() throws {
        let signatures = [
            "func tr(_ key: String) -> String {",
            "func tr(_ key: String, _ arguments: any CustomStringConvertible...) -> String {",
            "func trCount(_ key: String, _ count: Int, _ arguments: any CustomStringConvertible...) -> String {",
        ]
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { Self.table(ofModule: $0).map { $0.name != "domain" } ?? false }
        #expect(Set(modules.compactMap { Self.table(ofModule: $0)?.name }) == ["screens", "cli"])
        for module in modules {
            let folder = Self.sources.appendingPathComponent(module).appendingPathComponent("Strings")
            let text = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
                .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined()
            for s in signatures { #expect(text.contains("\n" + s), "\(module)/Strings has no \(s)") }
        }
        // The command line's own `tr` finds its phrases and the screens' and the domain's.
        Language.$scoped.withValue(.en) {
            #expect(WijkteamCLI.tr("glossaryScreen.noMatch", "x") == "No term matches 'x'")
            #expect(WijkteamCLI.tr("cli.count.opencases.one") == "1 open case")
            #expect(WijkteamCLI.trCount("cli.count.opencases", 3) == "3 open cases")
            #expect(WijkteamCLI.tr("casework.need.no_contact.one") == "no contact for 1 week")
        }
    }

    /// Issue #20, item 15: "1 open cases", "waiting 1 weeks". A count phrase has a `.one` and
    /// an `.other` form in both languages; `trCount` picks one.
    @Test func countsTakeTheOneOrTheOtherForm() {
        func both(_ body: () -> String) -> (en: String, nl: String) {
            (Language.$scoped.withValue(.en, operation: body), Language.$scoped.withValue(.nl, operation: body))
        }
        let cli = Self.cli, screens = Self.screens
        #expect(both { cli.trCount("cli.count.opencases", 1) } == ("1 open case", "1 open casus"))
        #expect(both { cli.trCount("cli.count.opencases", 2) } == ("2 open cases", "2 open casussen"))
        #expect(both { cli.trCount("cli.count.opencases", 0) } == ("0 open cases", "0 open casussen"))
        #expect(both { screens.trCount("screens.household.provision.waiting", 1) } == ("waiting 1 week", "wachttijd 1 wk"))
        #expect(both { screens.trCount("screens.household.provision.waiting", 6) } == ("waiting 6 weeks", "wachttijd 6 wk"))
        #expect(both { screens.trCount("screens.meeting.staff.cases", 1, "#4") } == ("1 open case: #4", "1 open casus: #4"))
        #expect(both { cli.trCount("cli.count.entries", 21) } == ("21 journal entries", "21 journaalnotities"))
        // The command line's `tr` finds the screens' and the domain's phrases; the domain's not theirs.
        #expect(both { cli.tr("glossaryScreen.noMatch", "x") }.en == "No term matches 'x'")
        #expect(both { cli.tr("casework.need.no_contact.one") }.en == "no contact for 1 week")
        #expect(both { Strings.table.tr("screens.household.provision.waiting.one") }.en == "screens.household.provision.waiting.one")
        // Every count phrase has both forms.
        let table = Self.cli
        for key in table.keys where key.hasSuffix(".other") && table[String(key.dropLast(6)) + ".one"] != nil {
            #expect(table[String(key.dropLast(6)) + ".one"]?.nl != nil, "\(key)")
        }
        for key in table.keys where key.hasPrefix("cli.count.") {
            let base = String(key.prefix(upTo: key.lastIndex(of: ".")!))
            #expect(table[base + ".one"] != nil && table[base + ".other"] != nil, "\(base)")
        }
    }
}
