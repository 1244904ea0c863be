import Foundation
import Testing

/// Issue #20, item 15: `--lang nl` gives Dutch output on the command line, `--lang en`
/// English, with counts in the right form; no print in the command line's sources bypasses the
/// string table.
@Suite struct LanguageCommandTests {
    func run(_ args: [String], _ db: String, _ lang: String) throws -> String {
        let r = try Binary.run(args + ["--db", db, "--lang", lang])
        #expect(r.status == 0, "\(args) --lang \(lang): \(r.err)")
        return r.out
    }

    @Test func listingsAreDutchWithLangNlAndEnglishWithLangEn() throws {
        let db = try Binary.freshDatabase()
        let cases: [(args: [String], nl: [String], en: [String])] = [
            (["household", "1"], ["Gezinsleden:", "Casus #1 — Uitvoering", "  Vraag: ", "Laatste contact: ", "dagen geleden", "Journaal (nieuwste eerst):", "— taal nl"],
             ["Members:", "Case #1 — Uitvoering", "  Question: ", "Last contact: ", "days ago", "Journal (latest first):", "— language nl"]),
            (["board"], ["Open casussen ", "niet toegewezen ", "boven capaciteit", "belasting ", "Niet toegewezen — 8 casussen"],
             ["Open cases ", "unassigned ", "over capacity", "load ", "Niet toegewezen — 8 cases"]),
            (["followups"], ["TE LAAT"], ["OVERDUE"]),
            (["triage"], ["signaal #", "waarom: ", "van 5 is aan de beurt"], ["signal #", "why: ", "of 5 next"]),
            (["caseload", "--as", "daan"], ["Caseload van Daan Verhoef: ", " casussen, "], ["Caseload of Daan Verhoef: ", " cases, "]),
            (["network", "1"], ["Netwerk van "], ["Network of "]),
            (["meetings"], ["Nog geen overleggen."], ["No meetings yet."]),
            (["search", "lunch"], ["journaalnotities"], ["journal entries"]),
        ]
        for c in cases {
            let nl = try run(c.args, db, "nl"), en = try run(c.args, db, "en")
            for line in c.nl { #expect(nl.contains(line), "\(c.args) --lang nl lacks \(line):\n\(nl.prefix(600))") }
            for line in c.en { #expect(en.contains(line), "\(c.args) --lang en lacks \(line):\n\(en.prefix(600))") }
        }
    }

    @Test func changesAndMessagesAreDutchWithLangNl() throws {
        let db = try Binary.freshDatabase()
        #expect(try run(["member", "1", "sanne"], db, "nl").contains("sanne zit op casus #1"))
        #expect(try run(["member", "1", "sanne"], db, "en").contains("sanne is on case #1"))
        #expect(try run(["flag", "1", "--preventive", "--due", "2026-12-01"], db, "nl").contains("Casus #1: opvolging preventief op 2026-12-01"))
        #expect(try run(["journal", "add", "1", "--kind", "phone", "--text", "Gebeld"], db, "nl").contains("toegevoegd aan casus #1"))
        #expect(try run(["discuss", "1", "--question", "Wat nu?"], db, "nl").contains("Casus #1 staat ter bespreking: Wat nu?"))
        let wrong = try Binary.run(["journal", "add", "1", "--kind", "brief", "--text", "x", "--db", db, "--lang", "nl"])
        #expect(wrong.status != 0 && wrong.err.contains("wijkteam: fout: --kind 'brief' is niet een van:"), "\(wrong.err)")
        let english = try Binary.run(["journal", "add", "1", "--kind", "brief", "--text", "x", "--db", db, "--lang", "en"])
        #expect(english.err.contains("wijkteam: error: --kind 'brief' is not one of:"), "\(english.err)")
        let limit = try Binary.run(["search", "x", "--limit", "0", "--db", db, "--lang", "nl"])
        #expect(limit.status != 0 && limit.err.contains("--limit moet 1…500 zijn"), "\(limit.err)")
    }

    @Test func countsTakeTheRightFormInBothLanguages() throws {
        let db = try Binary.freshDatabase()
        // A regisseur with exactly one case, and the journal search with exactly one hit.
        let single = try Binary.run(["search", "scootmobiel", "--db", db, "--lang", "en"]).out
        #expect(single.hasPrefix("1 journal entry:"), "\(single)")
        #expect(try Binary.run(["search", "scootmobiel", "--db", db, "--lang", "nl"]).out.hasPrefix("1 journaalnotitie:"))
        let init1 = try Binary.run(["init", "--db", Binary.tempDir().appendingPathComponent("n.sqlite").path, "--lang", "nl"])
        #expect(init1.out.contains("46 huishoudens, 12 medewerkers, 42 open casussen, 20 signalen."), "\(init1.out)")
        for args in [["household", "1"], ["board"], ["caseload", "--as", "daan"]] {
            for lang in ["en", "nl"] {
                let out = try run(args, db, lang)
                for wrong in ["1 open cases", "1 cases", "1 weeks", "1 days", "1 casussen", "1 weken", "1 dagen"] {
                    #expect(!out.contains(" " + wrong), "\(args) --lang \(lang): \(wrong)")
                }
            }
        }
    }

    /// Every `print(`, every line of a text report and every error message in the command
    /// line's sources shows text from the string table: a string literal in it may hold only
    /// punctuation, spaces and symbols (separators such as " · "), never words.
    @Test func noPrintInTheCommandLineBypassesTheStringTable() throws {
        let folder = Binary.repoRoot.appendingPathComponent("Sources/WijkteamCLI")
        var problems: [String] = []
        var calls = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") && name != "Output.swift" {
            let text = Array(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            for call in ["print(", "out.append(", "CLIError(", "ValidationError("] {
                for start in SwiftLiterals.occurrences(of: call, in: text) {
                    calls += 1
                    for literal in SwiftLiterals.literals(inCallOpeningAt: start + call.count - 1, in: text)
                    where literal.contains(where: \.isLetter) && !SwiftLiterals.isOptionName(literal) {
                        let line = text[..<start].filter { $0 == "\n" }.count + 1
                        problems.append("\(name):\(line): \(call) with the literal \"\(literal)\"")
                    }
                }
            }
        }
        #expect(calls > 60, "the scan found \(calls) calls; is it reading the sources?")
        #expect(problems == [])
    }

    @Test func theScanFindsWordsOutsideInterpolations() {
        func words(_ source: String) -> [String] {
            let text = Array(source)
            return SwiftLiterals.literals(inCallOpeningAt: source.distance(from: source.startIndex, to: source.firstIndex(of: "(")!), in: text)
                .filter { $0.contains(where: \.isLetter) }
        }
        #expect(words(#"print("Created \(path): \(summary)")"#) == ["Created : "])
        #expect(words(#"print("\(a) · \(b)\n")"#) == [])
        #expect(words(#"print(tr("cli.x", a ?? "none"))"#) == ["none"])
        #expect(words(##"print("#\(id) \(x.map { " (\($0))" } ?? "")")"##) == [])
        #expect(words(#"print(x ? "yes" : tr("k"))"#) == ["yes"])
    }
}

/// A small reader of Swift string literals, enough for the scan above.
enum SwiftLiterals {
    /// An option's name ("--kind") is the same in every language.
    static func isOptionName(_ literal: String) -> Bool {
        literal.hasPrefix("--") && literal.dropFirst(2).allSatisfy { $0.isLowercase || $0 == "-" }
    }

    /// Where `needle` starts in `text`, when it is not the end of a longer name.
    static func occurrences(of needle: String, in text: [Character]) -> [Int] {
        let n = Array(needle)
        var found: [Int] = []
        var i = 0
        while i + n.count <= text.count {
            if Array(text[i..<(i + n.count)]) == n, i == 0 || !(text[i - 1].isLetter || text[i - 1].isNumber || text[i - 1] == "_" || text[i - 1] == ".") {
                found.append(i)
            }
            i += 1
        }
        return found
    }

    /// The text of the string literals (outside their interpolations, escapes dropped) in the
    /// call whose "(" is at `open`, except the first argument of `tr(`/`trCount(` (a key).
    static func literals(inCallOpeningAt open: Int, in text: [Character]) -> [String] {
        var out: [String] = []
        _ = expression(from: open + 1, in: text, into: &out)
        return out
    }

    /// Reads up to the ")" that closes the parenthesis before `start`; returns the index after it.
    static func expression(from start: Int, in text: [Character], into out: inout [String]) -> Int {
        var i = start
        var depth = 1
        while i < text.count {
            let c = text[i]
            if c == "\"" {
                let isKey = i >= 3 && (String(text[(i - 3)..<i]) == "tr(" || (i >= 8 && String(text[(i - 8)..<i]) == "trCount("))
                var literal = ""
                i = string(from: i, in: text, literal: &literal, into: &out)
                if !isKey { out.append(literal) }
                continue
            }
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth == 0 { return i + 1 } }
            i += 1
        }
        return i
    }

    /// Reads the literal whose opening quote is at `start`; returns the index after it.
    static func string(from start: Int, in text: [Character], literal: inout String, into out: inout [String]) -> Int {
        let multiline = start + 2 < text.count && text[start + 1] == "\"" && text[start + 2] == "\""
        var i = start + (multiline ? 3 : 1)
        while i < text.count {
            let c = text[i]
            if c == "\\" && i + 1 < text.count {
                if text[i + 1] == "(" {
                    i = expression(from: i + 2, in: text, into: &out)
                    continue
                }
                i += 2  // an escape such as \n or \u{1B}: not a word
                if text[i - 1] == "u", i < text.count, text[i] == "{" { while i < text.count && text[i] != "}" { i += 1 }; i += 1 }
                continue
            }
            if multiline {
                if c == "\"" && i + 2 < text.count && text[i + 1] == "\"" && text[i + 2] == "\"" { return i + 3 }
            } else if c == "\"" {
                return i + 1
            }
            literal.append(c)
            i += 1
        }
        return i
    }
}
