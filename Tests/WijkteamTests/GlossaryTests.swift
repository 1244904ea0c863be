import Testing
@testable import Wijkteam

/// The glossary: Dutch terms explained in the current language, the terms the issue asks
/// for, and finding the terms that appear on a screen.
@Suite struct GlossaryTests {
    func entry(_ term: String, in language: Language) -> GlossaryEntry? {
        Language.$scoped.withValue(language) { Glossary.entries.first { $0.term == term } }
    }

    @Test func explanationsAreInDutchWhenDutchIsCurrent() throws {
        let english = Language.$scoped.withValue(.en) { Glossary.entries }
        let dutch = Language.$scoped.withValue(.nl) { Glossary.entries }
        #expect(english.map(\.term) == dutch.map(\.term)) // terms stay Dutch in both
        for (en, nl) in zip(english, dutch) {
            #expect(!nl.explanation.isEmpty && !nl.explanation.hasPrefix("glossary."), "\(nl.term) has no Dutch")
            #expect(nl.explanation != en.explanation, "\(nl.term) is not translated")
        }
        let carer = try #require(entry("Mantelzorger", in: .nl))
        #expect(carer.explanation.contains("onbetaald"))
        #expect(!carer.explanation.contains("Informal carer"))
        let carerEN = try #require(entry("Mantelzorger", in: .en))
        #expect(carerEN.explanation.hasPrefix("Informal carer: a family member"))
        let finance = try #require(entry("Financiën", in: .nl))
        #expect(finance.explanation.hasPrefix("ZRM-domein: inkomen, uitgaven en schulden."))
    }

    @Test func everyTermTheIssueAsksForIsThere() {
        let terms = Set(Glossary.entries.map(\.term))
        let asked = ["Regisseur", "Keukentafelgesprek", "Ondersteuningsplan", "Maatwerkvoorziening", "Voorliggend veld",
                     "Mantelzorger", "Eigen kracht", "Vroegsignalering", "Outreachend", "Meldcode", "Veilig Thuis", "ZRM",
                     "1Gezin1Plan", "Beroepsgeheim"]
        #expect(asked.filter { !terms.contains($0) } == [])
        #expect(terms.count == Glossary.entries.count, "a term is in the glossary twice")
    }

    @Test func everyZRMDomainHasAnEntryWithALowAndAHighScore() throws {
        #expect(LifeDomain.zrmDomains.count == 13)
        for language in Language.allCases {
            let entries = Language.$scoped.withValue(language) { Glossary.entries }
            for domain in LifeDomain.zrmDomains {
                let e = try #require(entries.first { $0.term == domain.label }, "no entry for \(domain.label)")
                // Sociaal netwerk is also the network around a household, explained as such.
                guard domain != .sociaalNetwerk else { continue }
                let (low, high) = language == .nl ? ("Een 1", "een 5") : ("A 1", "a 5")
                #expect(e.explanation.contains("ZRM") && e.explanation.contains(low) && e.explanation.contains(high),
                        "\(domain.label) (\(language.rawValue)) does not say what a low and a high score are")
            }
        }
        #expect(Glossary.entries.contains { $0.term == LifeDomain.opvoeding.label })
    }

    @Test func onScreenFindsTermsInOrderOfAppearance() {
        let line = "#12 Outreaching after vroegsignalering signal · general (voorliggend veld) · ZRM Financiën 2 · Regisseur: Daan"
        #expect(Glossary.onScreen(line).map(\.term)
                == ["Outreachend", "Vroegsignalering", "Voorliggend veld", "ZRM", "Financiën", "Regisseur"])
        // Case does not matter; the same term twice is listed once.
        #expect(Glossary.onScreen("MELDCODE step 2 · meldcode (s records a step)").map(\.term) == ["Meldcode"])
        #expect(Glossary.onScreen("Mantelzorg: up to 20 h/week · carers").map(\.term) == ["Mantelzorger"])
    }

    @Test func onScreenMatchesWholeWordsOnlyAndDiacriticsAsWritten() {
        #expect(Glossary.onScreen("gezrm zrmx wijkteamleider prehuisarts meldcodes").isEmpty)
        #expect(Glossary.onScreen("Financien").isEmpty)
        #expect(Glossary.onScreen("Financiën").map(\.term) == ["Financiën"])
        // A hyphen ends a word: the GGZ of a GGZ-consulent is GGZ ...
        #expect(Glossary.onScreen("Łukasz · GGZ-consulent").map(\.term) == ["GGZ"])
        // ... but inside a longer term that matches, the longer one wins.
        #expect(Glossary.onScreen("POH-GGZ of the huisarts").map(\.term) == ["POH-GGZ", "Huisarts"])
        #expect(Glossary.onScreen("ZRM (Zelfredzaamheid-Matrix)").map(\.term) == ["ZRM"])
        #expect(Glossary.onScreen("").isEmpty)
    }

    @Test func wordsDefaultToTheTermAndBelongToOneEntry() throws {
        #expect(try #require(entry("Regie", in: .en)).words == ["regie"])
        #expect(try #require(entry("Meldcode", in: .en)).words == ["meldcode"])
        #expect(try #require(entry("Outreachend", in: .en)).words.contains("outreaching"))
        var owner: [String: String] = [:]
        for e in Glossary.entries {
            for w in e.words {
                #expect(w == w.lowercased() && !w.isEmpty)
                #expect(owner[w] == nil, "'\(w)' belongs to \(owner[w] ?? "") and \(e.term)")
                owner[w] = e.term
            }
        }
    }

    @Test func searchRanksTermMatchesFirst() {
        let zrm = Glossary.search("zrm").map(\.term)
        #expect(zrm.first == "ZRM")
        #expect(zrm.contains("Financiën") && zrm.contains("Ondersteuningsplan")) // from their explanations
        // A match in the words (how it shows on screen) comes before one in an explanation.
        let outreaching = Glossary.search("Outreaching").map(\.term)
        #expect(outreaching.first == "Outreachend")
        #expect(outreaching.contains("Huisbezoek"))
        #expect(Glossary.search("").count == Glossary.entries.count)
        // Explanations are searched in the current language.
        let dutch = Language.$scoped.withValue(.nl) { Glossary.search("sinds wanneer").map(\.term) }
        #expect(dutch == ["Mantelzorger"])
        #expect(Glossary.search("sinds wanneer").isEmpty)
    }
}
