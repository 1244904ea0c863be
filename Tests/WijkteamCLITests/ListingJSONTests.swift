import Foundation
import Testing

/// Issue #20, item 19: every listing takes `--json`, also themes, glossary and keys.
@Suite struct ListingJSONTests {
    typealias JSON = [String: Any]

    @Test func themesListsEachThemeAsJSON() throws {
        let themes = try Binary.json(["themes", "--json"]) as! [JSON]
        let names = themes.compactMap { $0["name"] as? String }
        for name in ["default", "light", "high-contrast", "mono"] { #expect(names.contains(name)) }
        #expect(themes.allSatisfy { !($0["description"] as? String ?? "").isEmpty && $0["error"] == nil })
    }

    @Test func glossaryListsTermsAsJSONInTheChosenLanguage() throws {
        let en = try Binary.json(["glossary", "--json", "--lang", "en"]) as! [JSON]
        #expect(en.count > 20)
        let regie = try #require(en.first { ($0["term"] as? String)?.hasPrefix("Regisseur") == true })
        #expect((regie["explanation"] as? String)?.isEmpty == false)
        let nl = try Binary.json(["glossary", "--json", "--lang", "nl"]) as! [JSON]
        #expect(nl.count == en.count)
        #expect(nl.map { $0["explanation"] as? String } != en.map { $0["explanation"] as? String })
        let one = try Binary.json(["glossary", "meldcode", "--json"]) as! [JSON]
        #expect(!one.isEmpty && one.count < en.count)
        #expect((try Binary.json(["glossary", "zzzzqq", "--json"]) as! [JSON]).isEmpty)
    }

    @Test func keysListsEveryCommandAsJSON() throws {
        let keys = try Binary.json(["keys", "--json"]) as! [JSON]
        #expect(keys.count > 40)
        let assign = try #require(keys.first { $0["id"] as? String == "assign" })
        #expect(assign["keys"] as? [String] == ["a"])
        #expect((assign["scopes"] as? [String])?.contains("board") == true)
        #expect(assign["writes"] as? Bool == true)
        #expect(keys.allSatisfy { !($0["help"] as? String ?? "").isEmpty && !($0["keys"] as? [String] ?? []).isEmpty })
        let dutch = try Binary.json(["keys", "--json", "--lang", "nl"]) as! [JSON]
        #expect(dutch.first { $0["id"] as? String == "assign" }?["name"] as? String == "toewijzen")
        let both = try Binary.run(["keys", "--json", "--markdown"])
        #expect(both.status != 0 && both.err.contains("--markdown or --json"))
    }
}
