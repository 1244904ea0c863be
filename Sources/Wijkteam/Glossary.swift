/// Dutch terms of the work, explained for new staff. The help screen and the README's
/// glossary both come from this table (a test keeps the README in step). Terms stay Dutch;
/// explanations are in the current language (`Strings.glossary`).
public struct GlossaryEntry: Hashable, Sendable {
    public var term: String
    public var explanation: String
    /// The lower-case words or phrases by which the term shows on screen, in English or Dutch
    /// ("outreachend", "outreaching"); `Glossary.onScreen` looks for these.
    public var words: [String]

    /// `words` defaults to the term itself, lower-cased.
    public init(term: String, explanation: String, words: [String]? = nil) {
        self.term = term
        self.explanation = explanation
        self.words = (words ?? [term]).map { $0.lowercased() }
    }
}

public enum Glossary {
    /// Every entry, explained in the current language (computed: the language can change per scope).
    public static var entries: [GlossaryEntry] {
        [
            .init(term: "Sociaal wijkteam", explanation: tr("glossary.sociaal_wijkteam"), words: ["sociaal wijkteam", "wijkteam"]),
            .init(term: "Regisseur", explanation: tr("glossary.regisseur"), words: ["regisseur", "regisseurs"]),
            .init(term: "Regie", explanation: tr("glossary.regie")),
            .init(term: "1Gezin1Plan", explanation: tr("glossary.1gezin1plan"), words: ["1gezin1plan", "één plan", "one plan"]),
            .init(term: "Huishouden", explanation: tr("glossary.huishouden"), words: ["huishouden", "huishoudens"]),
            .init(term: "Hulpvraag", explanation: tr("glossary.hulpvraag"), words: ["hulpvraag", "presenting question"]),
            .init(term: "Vraag achter de vraag", explanation: tr("glossary.vraag_achter_de_vraag"), words: ["vraag achter de vraag", "behind it"]),
            .init(term: "Aanmelding", explanation: tr("glossary.aanmelding"), words: ["aanmelding", "aanmeldingen", "registration", "registrations"]),
            .init(term: "Triage", explanation: tr("glossary.triage")),
            .init(term: "Keukentafelgesprek", explanation: tr("glossary.keukentafelgesprek"), words: ["keukentafelgesprek", "keukentafelgesprekken"]),
            .init(term: "Ondersteuningsplan", explanation: tr("glossary.ondersteuningsplan"),
                  words: ["ondersteuningsplan", "support plan", "plan goal", "plan goals", "plandoel", "plandoelen"]),
            .init(term: "Uitvoering", explanation: tr("glossary.uitvoering")),
            .init(term: "Evaluatie", explanation: tr("glossary.evaluatie"), words: ["evaluatie", "evaluation"]),
            .init(term: "Afgesloten", explanation: tr("glossary.afgesloten")),
            .init(
                term: "Niet toegewezen", explanation: tr("glossary.niet_toegewezen"),
                words: ["niet toegewezen", "unassigned", "not assigned"]),
            .init(
                term: "Waarneming", explanation: tr("glossary.waarneming"),
                words: ["waarneming", "waarnemer", "cover", "covers", "covered by"]),
            .init(term: "Overdracht", explanation: tr("glossary.overdracht"), words: ["overdracht", "handover", "hand over"]),
            .init(term: "Bespreken", explanation: tr("glossary.bespreken"), words: ["bespreken", "put up for discussion", "for discussion"]),
            .init(term: "Eigen kracht", explanation: tr("glossary.eigen_kracht")),
            .init(term: "Sociaal netwerk", explanation: tr("glossary.sociaal_netwerk"), words: ["sociaal netwerk", "netwerk", "network"]),
            .init(term: "Mantelzorger", explanation: tr("glossary.mantelzorger"), words: ["mantelzorger", "mantelzorgers", "mantelzorg", "carer", "carers"]),
            .init(term: "Voorliggend veld", explanation: tr("glossary.voorliggend_veld"),
                  words: ["voorliggend veld", "algemene voorziening", "algemene voorzieningen", "general provision"]),
            .init(term: "Maatwerkvoorziening", explanation: tr("glossary.maatwerkvoorziening"),
                  words: ["maatwerkvoorziening", "maatwerkvoorzieningen", "maatwerk", "tailored provision"]),
            .init(term: "Dagbesteding", explanation: tr("glossary.dagbesteding")),
            .init(term: "Wmo", explanation: tr("glossary.wmo")),
            .init(term: "Jeugdwet", explanation: tr("glossary.jeugdwet"), words: ["jeugdwet", "jeugdhulp"]),
            .init(
                term: "Wachttijd", explanation: tr("glossary.wachttijd"),
                words: ["wachttijd", "wachttijden", "waiting time", "waiting times"]),
            .init(term: "Wachttijdnorm", explanation: tr("glossary.wachttijdnorm"), words: ["wachttijdnorm", "norm"]),
            .init(term: "iWmo / iJw", explanation: tr("glossary.iwmo_ijw"), words: ["iwmo", "ijw"]),
            .init(
                term: "Toewijzing", explanation: tr("glossary.toewijzing"),
                words: ["toewijzing", "toewijzingen", "allocation", "allocated"]),
            .init(term: "AGB-code", explanation: tr("glossary.agb_code"), words: ["agb-code", "agb code", "agb"]),
            .init(term: "Vroegsignalering", explanation: tr("glossary.vroegsignalering"), words: ["vroegsignalering", "early signalling"]),
            .init(term: "Preventief", explanation: tr("glossary.preventief"), words: ["preventief", "preventieve", "preventive"]),
            .init(term: "Outreachend", explanation: tr("glossary.outreachend"), words: ["outreachend", "outreachende", "outreaching"]),
            .init(
                term: "Proactief bereikt", explanation: tr("glossary.proactief_bereikt"),
                words: ["proactief bereikt", "reached proactively"]),
            .init(term: "Huisbezoek", explanation: tr("glossary.huisbezoek"), words: ["huisbezoek", "huisbezoeken", "home visit", "home visits"]),
            .init(term: "Meldcode", explanation: tr("glossary.meldcode")),
            .init(term: "Afwegingskader", explanation: tr("glossary.afwegingskader")),
            .init(term: "Veilig Thuis", explanation: tr("glossary.veilig_thuis")),
            .init(term: "Kindcheck", explanation: tr("glossary.kindcheck")),
            .init(term: "Harde datum", explanation: tr("glossary.harde_datum"), words: ["harde datum", "hard date"]),
            .init(term: "Reageren vóór", explanation: tr("glossary.reageren_voor"), words: ["reageren vóór", "respond by"]),
            .init(term: "ZRM", explanation: tr("glossary.zrm"), words: ["zrm", "zelfredzaamheid-matrix"]),
            .init(term: "Nulmeting", explanation: tr("glossary.nulmeting"), words: ["nulmeting", "baseline"]),
            .init(term: "Eindmeting", explanation: tr("glossary.eindmeting"), words: ["eindmeting", "final measurement"]),
            // The ZRM domains, named as LifeDomain.label names them (Sociaal netwerk is above).
            .init(term: "Financiën", explanation: tr("glossary.financien")),
            .init(term: "Werk & opleiding", explanation: tr("glossary.werk_opleiding")),
            .init(term: "Tijdsbesteding", explanation: tr("glossary.tijdsbesteding")),
            .init(term: "Huisvesting", explanation: tr("glossary.huisvesting")),
            .init(term: "Huiselijke relaties", explanation: tr("glossary.huiselijke_relaties")),
            .init(term: "Geestelijke gezondheid", explanation: tr("glossary.geestelijke_gezondheid")),
            .init(term: "Lichamelijke gezondheid", explanation: tr("glossary.lichamelijke_gezondheid")),
            .init(term: "Middelengebruik", explanation: tr("glossary.middelengebruik")),
            .init(term: "Basale ADL", explanation: tr("glossary.basale_adl")),
            .init(term: "Instrumentele ADL", explanation: tr("glossary.instrumentele_adl"), words: ["instrumentele adl", "iadl"]),
            .init(term: "Maatschappelijke participatie", explanation: tr("glossary.maatschappelijke_participatie")),
            .init(term: "Justitie", explanation: tr("glossary.justitie")),
            .init(term: "Opvoeding", explanation: tr("glossary.opvoeding"), words: ["opvoeding", "parenting"]),
            .init(term: "NEN 7513", explanation: tr("glossary.nen7513")),
            .init(term: "Need-to-know", explanation: tr("glossary.need_to_know")),
            .init(term: "Zelfredzaamheid", explanation: tr("glossary.zelfredzaamheid"), words: ["zelfredzaamheid", "zelfredzaam", "self-reliance"]),
            .init(term: "Ecogram", explanation: tr("glossary.ecogram")),
            .init(term: "Beroepsgeheim", explanation: tr("glossary.beroepsgeheim"), words: ["beroepsgeheim", "professional secrecy"]),
            .init(term: "Huisarts", explanation: tr("glossary.huisarts")),
            .init(term: "Woningcorporatie", explanation: tr("glossary.woningcorporatie"), words: ["woningcorporatie", "housing corporation"]),
            .init(term: "Wijkverpleegkundige", explanation: tr("glossary.wijkverpleegkundige"), words: ["wijkverpleegkundige", "wijkverpleging", "district nurse"]),
            .init(term: "Thuiszorg", explanation: tr("glossary.thuiszorg")),
            .init(term: "Schuldhulpverlening", explanation: tr("glossary.schuldhulpverlening"),
                  words: ["schuldhulpverlening", "schuldhulpverlener", "schuldhulp", "debt counselling"]),
            .init(term: "Beschermingsbewind", explanation: tr("glossary.beschermingsbewind"),
                  words: ["beschermingsbewind", "bewindvoerder", "bewindvoering", "bewind"]),
            .init(term: "Toeslagen", explanation: tr("glossary.toeslagen"), words: ["toeslagen", "toeslag", "huurtoeslag", "zorgtoeslag", "kinderopvangtoeslag"]),
            .init(term: "GGZ", explanation: tr("glossary.ggz")),
            .init(term: "POH-GGZ", explanation: tr("glossary.poh_ggz")),
            .init(term: "MEE-consulent", explanation: tr("glossary.mee_consulent")),
            .init(term: "Wijkagent", explanation: tr("glossary.wijkagent")),
            .init(term: "Leerplichtambtenaar", explanation: tr("glossary.leerplichtambtenaar"), words: ["leerplichtambtenaar", "leerplicht"]),
            .init(term: "Casuïstiekoverleg", explanation: tr("glossary.casuistiekoverleg"), words: ["casuïstiekoverleg", "case meeting"]),
            .init(term: "Besluitenlijst", explanation: tr("glossary.besluitenlijst")),
            .init(term: "Buurt / wijk", explanation: tr("glossary.buurt_wijk"), words: ["buurt", "buurten", "wijk", "wijken"]),
        ]
    }

    /// Case-insensitive search in terms, then in the words a term shows by, then in the
    /// explanations (current language).
    public static func search(_ query: String) -> [GlossaryEntry] {
        let all = entries
        let q = query.lowercased()
        guard !q.isEmpty else { return all }
        let inTerm = all.filter { $0.term.lowercased().contains(q) }
        let inWords = all.filter { e in !inTerm.contains(e) && e.words.contains { $0.contains(q) } }
        let inText = all.filter { !inTerm.contains($0) && !inWords.contains($0) && $0.explanation.lowercased().contains(q) }
        return inTerm + inWords + inText
    }

    /// The entries whose words appear in `text` (a screen's visible text), in order of first
    /// appearance. Case-insensitive, whole words only ("zrm" does not match inside "zrmx"),
    /// diacritics as written. Where one match lies inside a longer one ("ggz" in "poh-ggz"),
    /// the longer one wins.
    public static func onScreen(_ text: String) -> [GlossaryEntry] {
        let all = entries
        let chars = Array(text.lowercased())
        func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber }

        // Where each word of the text starts, by word: every pattern starts with a word.
        var starts: [String: [Int]] = [:]
        var i = 0
        while i < chars.count {
            guard isWordChar(chars[i]) else { i += 1; continue }
            var j = i
            while j < chars.count, isWordChar(chars[j]) { j += 1 }
            starts[String(chars[i..<j]), default: []].append(i)
            i = j
        }

        var matches: [(entry: Int, start: Int, end: Int)] = []
        for (n, entry) in all.enumerated() {
            for word in entry.words {
                let pattern = Array(word)
                guard let positions = starts[String(pattern.prefix(while: isWordChar))] else { continue }
                for s in positions {
                    let e = s + pattern.count
                    guard e <= chars.count, chars[s..<e].elementsEqual(pattern),
                          e == chars.count || !isWordChar(chars[e]) else { continue }
                    matches.append((n, s, e))
                }
            }
        }

        // Longest matches first; a match overlapping one already kept is dropped.
        var kept: [(entry: Int, start: Int, end: Int)] = []
        let longestFirst = matches.sorted { a, b in
            (a.end - a.start, b.start, b.entry) > (b.end - b.start, a.start, a.entry)
        }
        for m in longestFirst
        where !kept.contains(where: { $0.start < m.end && m.start < $0.end }) {
            kept.append(m)
        }
        var firstAt: [Int: Int] = [:]
        for m in kept { firstAt[m.entry] = min(firstAt[m.entry] ?? Int.max, m.start) }
        return firstAt.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { all[$0.key] }
    }
}

