extension Strings {
    static let erasure: Section = [
        // Retention.swift
        "retention.law.youth": Phrase(en: "youth file (Jeugdwet)", nl: "jeugddossier (Jeugdwet)"),
        "retention.law.wmo": Phrase(en: "Wmo file", nl: "Wmo-dossier"),
        "retention.law.other": Phrase(en: "other (team policy)", nl: "overig (teambeleid)"),
        "retention.source.youth": Phrase(
            en: "Jeugdwet art. 7.3.8: twenty years, counted here from the day the case closed",
            nl: "Jeugdwet art. 7.3.8: twintig jaar, hier gerekend vanaf de dag dat de casus sloot"),
        "retention.source.wmo": Phrase(
            en:
                "Wmo 2015 sets no period; the municipalities' selectielijst (Archiefwet 1995) does: 15 years after the support ended (results 3.1.5, 8.1.1); check your municipality's",
            nl:
                "de Wmo 2015 noemt geen termijn; de selectielijst gemeenten (Archiefwet 1995) wel: 15 jaar na afloop van de ondersteuning (resultaten 3.1.5, 8.1.1); controleer die van uw gemeente"
        ),
        "retention.source.other": Phrase(
            en: "no law sets a period: the team's own policy (AVG art. 5(1)(e): no longer than needed)",
            nl: "geen wet noemt een termijn: het eigen beleid van het team (AVG art. 5 lid 1 sub e: niet langer dan nodig)"),
        // Erasure.swift
        "erasure.action.erase": Phrase(en: "erased", nl: "gewist"),
        "erasure.action.anonymise": Phrase(en: "anonymised", nl: "geanonimiseerd"),
        "erasure.action.keep": Phrase(en: "kept", nl: "bewaard"),
        "erasure.reason.requested": Phrase(
            en: "at the resident's request (AVG art. 17(1))", nl: "op verzoek van de bewoner (AVG art. 17 lid 1)"),
        "erasure.reason.open_case": Phrase(
            en: "the household has an open case: the team still needs it (AVG art. 17(3)(b))",
            nl: "het huishouden heeft een open casus: het team heeft die nog nodig (AVG art. 17 lid 3 sub b)"),
        "erasure.reason.open_signal": Phrase(
            en: "a signal about the household is not decided on yet (AVG art. 17(3)(b))",
            nl: "over een melding over het huishouden is nog niet besloten (AVG art. 17 lid 3 sub b)"),
        "erasure.reason.youth_file": Phrase(
            en: "a youth file within its retention period (Jeugdwet art. 7.3.8; AVG art. 17(3)(b))",
            nl: "een jeugddossier binnen de bewaartermijn (Jeugdwet art. 7.3.8; AVG art. 17 lid 3 sub b)"),
        "erasure.reason.kept_by_case": Phrase(
            en: "a case that must be kept is about them", nl: "een casus die bewaard moet blijven gaat over hen"),
        "erasure.reason.other_members": Phrase(
            en: "the case is also about household members who are not erased",
            nl: "de casus gaat ook over leden van het huishouden die niet gewist zijn"),
        "erasure.reason.figures": Phrase(
            en: "counted in the team's figures; without a name they identify nobody",
            nl: "telt mee in de cijfers van het team; zonder naam zijn ze van niemand te herleiden"),
        "erasure.reason.access_log": Phrase(
            en: "the access log holds ids, never content, and stays whole (NEN 7513)",
            nl: "de toegangslog bevat nummers, nooit inhoud, en blijft heel (NEN 7513)"),
        "erasure.reason.nothing_left": Phrase(
            en: "nobody of the household is left who is not erased", nl: "er is niemand van het huishouden meer die niet gewist is"),
        "erasure.reason.already_erased": Phrase(en: "erased before", nl: "al eerder gewist"),
        // ErasureStore.swift, RetentionStore.swift
        "store.denied.records": Phrase(
            en: "correction, erasure and retention are the team lead's or the privacy officer's",
            nl: "correctie, wissen en bewaartermijnen zijn voor de teamleider of de functionaris gegevensbescherming"),
        "store.correction.erased": Phrase(
            en: "person #{1} was erased: nothing to correct", nl: "persoon #{1} is gewist: er is niets te corrigeren"),
        "store.correction.reason": Phrase(
            en: "a correction needs the reason (--reason)", nl: "een correctie heeft een reden nodig (--reason)"),
        "store.correction.nothing": Phrase(
            en: "nothing to correct: person #{1} already has these values", nl: "niets te corrigeren: persoon #{1} heeft deze waarden al"),
        "store.erasure.reason": Phrase(en: "an erasure needs the reason (--reason)", nl: "wissen heeft een reden nodig (--reason)"),
        "store.retention.years": Phrase(
            en: "{1} years is not a retention period ({2}…{3})", nl: "{1} jaar is geen bewaartermijn ({2}…{3})"),
    ]
}
