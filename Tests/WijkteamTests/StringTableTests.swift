import Foundation
import Testing
@testable import Wijkteam

/// The domain's table (`Strings.table`), its `tr` and `trCount`, and the one lookup mechanism
/// (`StringTable`). Which key each module uses, in which table, with the screens' and the
/// command line's tables: `StringTablesTests` in WijkteamCLITests (that target sees them all).
@Suite struct StringTableTests {
    @Test func everyDomainPhraseHasBothLanguagesWithTheSamePlaceholders() {
        var problems: [String] = []
        for (key, phrase) in Strings.table.phrases.sorted(by: { $0.key < $1.key }) {
            guard let en = phrase.en, !en.isEmpty else { problems.append("\(key): no English"); continue }
            guard let nl = phrase.nl, !nl.isEmpty else { problems.append("\(key): no Dutch"); continue }
            if StringTable.placeholders(in: en) != StringTable.placeholders(in: nl) { problems.append("\(key): placeholders differ") }
        }
        #expect(problems == [])
        #expect(Strings.table.count > 300, "the domain's table has \(Strings.table.count) phrases")
    }

    @Test func theDomainCountsTakeTheOneOrTheOtherForm() {
        func both(_ body: () -> String) -> (en: String, nl: String) {
            (Language.$scoped.withValue(.en, operation: body), Language.$scoped.withValue(.nl, operation: body))
        }
        #expect(both { tr("casework.need.no_contact.one") }.en == "no contact for 1 week")
        #expect(StringTable.pluralKey("cli.count.opencases", 1) == "cli.count.opencases.one")
        #expect(StringTable.pluralKey("cli.count.opencases", 0) == "cli.count.opencases.other")
    }

    /// A module's table includes the tables below it; the first table holding a key wins.
    @Test func aTableFindsTheTablesItIncludes() {
        let low = StringTable("low", sections: [("a", ["k": Phrase(en: "low", nl: "laag"), "only": Phrase(en: "{1} below", nl: "{1} onder")])])
        let high = StringTable("high", sections: [("b", ["k": Phrase(en: "high", nl: "hoog")])], including: [low])
        #expect(high.text("k", in: .nl) == "hoog")
        #expect(high.text("only", ["x"], in: .nl) == "x onder")
        #expect(low.text("missing", in: .en) == "missing")
        #expect(high.tables.map(\.name) == ["high", "low"])
        #expect(Language.$scoped.withValue(.en) { high.tr("only", 3) } == "3 below")
    }

    @Test func aMissingKeyShowsAsItselfAndPlaceholdersFillInAnyOrder() {
        #expect(tr("no.such.key") == "no.such.key")
        #expect(StringTable.fill("{2} of {1}", [3, "ten"]) == "ten of 3")
        #expect(StringTable.fill("{x} {1} {9}", ["a"]) == "{x} a {9}")
    }

    @Test func theLocaleChoosesDutchOnlyForDutch() {
        #expect(Language.fromLocale(["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.fromLocale(["LANG": "nl_BE.UTF-8"]) == .nl)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_MESSAGES": "nl_NL", "LANG": "en_US"]) == .nl)
        #expect(Language.fromLocale([:]) == .en)
    }

    /// How a phrase was filled before phrases were split once (`PhraseTemplate`): the text's
    /// UTF-8 scanned for a brace, a byte and a brace on every call. The oracle of the test below.
    static func scanningFill(_ text: String, _ arguments: [any CustomStringConvertible]) -> String {
        let utf8 = text.utf8
        var out = "", start = utf8.startIndex, i = start
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "{"), utf8.index(after: i) != utf8.endIndex {
                let digit = utf8.index(after: i), close = utf8.index(after: digit)
                let n = Int(utf8[digit]) - Int(UInt8(ascii: "0"))
                if n >= 1, n <= arguments.count, close != utf8.endIndex, utf8[close] == UInt8(ascii: "}") {
                    out += text[start..<i] + arguments[n - 1].description
                    i = utf8.index(after: close)
                    start = i
                    continue
                }
            }
            i = utf8.index(after: i)
        }
        return out + text[start...]
    }

    /// A phrase split once (`PhraseTemplate`, the agenda's loops, and every `fill`) fills as the
    /// text scanned on each call did: every phrase of the domain's table in both languages with
    /// no to ten arguments, and texts with odd braces (a brace and any byte after it, a number
    /// above nine, nothing between).
    @Test func aTemplateFillsAsTheScanDid() {
        let odd = [
            "", "{", "}", "{1", "1}", "{1}", "{0}", "{10}", "{:}", "}{1}}", "{{1}}", "{1}{1}{2}", "a{1}b{2}c", "{ 1}", "{1 }", "{é}",
            "👩‍👩‍👧{1}ı İ Ł", "{1}\u{301}", "tab\t{1}\u{1B}[31m", "{9}{8}{7}{6}{5}{4}{3}{2}{1}",
        ]
        var texts = odd
        for phrase in Strings.table.phrases.values { texts += [phrase.en, phrase.nl].compactMap { $0 } }
        let values: [any CustomStringConvertible] = [7, "ten", Day("2026-11-20")!, "{1}", "", "ש", 3.5, "x", "y", "z"]
        var compared = 0
        for text in texts {
            let template = PhraseTemplate(text)
            for count in 0...values.count {
                let arguments = Array(values.prefix(count))
                let filled = Self.scanningFill(text, arguments)
                #expect(template.fill(arguments) == filled, "\(text) with \(count)")
                #expect(StringTable.fill(text, arguments) == filled, "\(text) with \(count)")
                compared += 1
            }
        }
        #expect(compared > 3_000)
        #expect(phrase("agenda.days.many")(4) == tr("agenda.days.many", 4))
        #expect(PhraseTemplate("{:}")(0, 1, 2, 3, 4, 5, 6, 7, 8, 9) == "9")
        // The day counts, kept per language: in each, what `tr` gives.
        for language in Language.allCases {
            Language.$scoped.withValue(language) {
                #expect(Agenda.days(4) == tr("agenda.days.many", 4) && Agenda.days(1) == tr("agenda.days.one"), "\(language)")
            }
        }
        #expect(Language.$scoped.withValue(.nl) { Agenda.days(3) } != Language.$scoped.withValue(.en) { Agenda.days(3) })
    }
}
