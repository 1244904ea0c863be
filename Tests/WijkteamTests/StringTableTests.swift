import Foundation
import Testing
@testable import Wijkteam

/// Every string on screen comes from `Strings.table`, in English and Dutch. These tests fail
/// when a key used in the sources is missing in either language.
@Suite struct StringTableTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Each `tr("key"` in the sources, with where it is. A `tr(` whose key is not a plain
    /// literal is reported as a problem: the table could not be checked against it.
    static func usedKeys() throws -> (keys: [String: String], problems: [String]) {
        var keys: [String: String] = [:]
        var problems: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        for file in files where !file.path.contains("/Strings/") && file.lastPathComponent != "Language.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // trCount("key", n) uses key.one and key.other.
                var counted = line[...]
                while let r = counted.range(of: "trCount(\"") {
                    counted = counted[r.upperBound...]
                    guard let end = counted.firstIndex(of: "\"") else { break }
                    let key = String(counted[..<end])
                    for form in [1, 2] { keys[Strings.pluralKey(key, form)] = "\(file.lastPathComponent):\(n + 1)" }
                }
                var rest = line[...]
                while let r = rest.range(of: "tr(") {
                    let before = rest[..<r.lowerBound].last
                    rest = rest[r.upperBound...]
                    if let b = before, b.isLetter || b.isNumber || b == "_" || b == "." { continue }
                    let place = "\(file.lastPathComponent):\(n + 1)"
                    guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else {
                        problems.append("\(place): key is not a literal")
                        continue
                    }
                    let key = String(rest[rest.index(after: rest.startIndex)..<end])
                    if key.contains("\\(") { problems.append("\(place): key \(key) is built at run time"); continue }
                    keys[key] = place
                }
            }
        }
        return (keys, problems)
    }

    @Test func everyKeyUsedInTheSourcesIsInTheTableInBothLanguages() throws {
        let (keys, problems) = try Self.usedKeys()
        #expect(problems == [])
        #expect(keys.count > 100, "the scan found \(keys.count) keys; is it reading the sources?")
        var missing: [String] = []
        for (key, place) in keys.sorted(by: { $0.key < $1.key }) {
            for language in Language.allCases where Strings.table[key]?.text(in: language)?.isEmpty ?? true {
                missing.append("\(key) (\(language.rawValue), used at \(place))")
            }
        }
        #expect(missing == [])
    }

    @Test func everyPhraseHasBothLanguagesWithTheSamePlaceholders() {
        var problems: [String] = []
        for (key, phrase) in Strings.table.sorted(by: { $0.key < $1.key }) {
            guard let en = phrase.en, !en.isEmpty else { problems.append("\(key): no English"); continue }
            guard let nl = phrase.nl, !nl.isEmpty else { problems.append("\(key): no Dutch"); continue }
            if Strings.placeholders(in: en) != Strings.placeholders(in: nl) { problems.append("\(key): placeholders differ") }
        }
        #expect(problems == [])
    }

    @Test func noKeyIsInTwoSectionsAndNoneIsUnused() throws {
        var seen: [String: String] = [:]
        var twice: [String] = []
        for s in Strings.sections {
            for key in s.phrases.keys {
                if let other = seen[key] { twice.append("\(key) in \(other) and \(s.name)") }
                seen[key] = s.name
            }
        }
        #expect(twice == [])
        let used = try Self.usedKeys().keys
        #expect(Strings.table.keys.filter { used[$0] == nil }.sorted() == [])
    }

    /// Issue #20, item 15: "1 open cases", "waiting 1 weeks". A count phrase has a `.one` and
    /// an `.other` form in both languages; `trCount` picks one.
    @Test func countsTakeTheOneOrTheOtherForm() {
        func both(_ body: () -> String) -> (en: String, nl: String) {
            (Language.$scoped.withValue(.en, operation: body), Language.$scoped.withValue(.nl, operation: body))
        }
        #expect(both { trCount("cli.count.opencases", 1) } == ("1 open case", "1 open casus"))
        #expect(both { trCount("cli.count.opencases", 2) } == ("2 open cases", "2 open casussen"))
        #expect(both { trCount("cli.count.opencases", 0) } == ("0 open cases", "0 open casussen"))
        #expect(both { trCount("screens.household.provision.waiting", 1) } == ("waiting 1 week", "wachttijd 1 wk"))
        #expect(both { trCount("screens.household.provision.waiting", 6) } == ("waiting 6 weeks", "wachttijd 6 wk"))
        #expect(both { trCount("screens.meeting.staff.cases", 1, "#4") } == ("1 open case: #4", "1 open casus: #4"))
        #expect(both { trCount("cli.count.entries", 21) } == ("21 journal entries", "21 journaalnotities"))
        #expect(both { tr("casework.need.no_contact.one") }.en == "no contact for 1 week")
        // Every count phrase has both forms.
        for key in Strings.table.keys where key.hasSuffix(".other") && Strings.table[String(key.dropLast(6)) + ".one"] != nil {
            #expect(Strings.table[String(key.dropLast(6)) + ".one"]?.nl != nil, "\(key)")
        }
        for key in Strings.table.keys where key.hasPrefix("cli.count.") {
            let base = String(key.prefix(upTo: key.lastIndex(of: ".")!))
            #expect(Strings.table[base + ".one"] != nil && Strings.table[base + ".other"] != nil, "\(base)")
        }
    }

    @Test func aMissingKeyShowsAsItselfAndPlaceholdersFillInAnyOrder() {
        #expect(tr("no.such.key") == "no.such.key")
        #expect(Strings.fill("{2} of {1}", [3, "ten"]) == "ten of 3")
        #expect(Strings.fill("{x} {1} {9}", ["a"]) == "{x} a {9}")
    }

    @Test func theLocaleChoosesDutchOnlyForDutch() {
        #expect(Language.fromLocale(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromLocale(["LANG": "nl_BE.UTF-8"]) == .nl)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_MESSAGES": "nl_NL", "LANG": "en_US"]) == .nl)
        #expect(Language.fromLocale([:]) == .en)
    }
}
