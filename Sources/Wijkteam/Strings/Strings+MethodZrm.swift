extension Strings {
    /// ZRM measurements and their outcome (issue 26).
    static let zrm: Section = [
        "invalid.zrm.both": Phrase(
            en: "{1} is both scored and marked not assessed: choose one",
            nl: "{1} is zowel gescoord als gemarkeerd als niet beoordeeld: kies één"),
        "invalid.zrm.unaccounted": Phrase(
            en: "a ZRM measurement covers all 13 domains, each scored 1–5 or marked not assessed; still open: {1}",
            nl: "een ZRM-meting beslaat alle 13 domeinen, elk gescoord 1–5 of gemarkeerd als niet beoordeeld; nog open: {1}"),
        "casework.close.no_final_zrm": Phrase(
            en:
                "case #{1} has no final ZRM measurement (a complete measurement of an adult after the baseline): record one, or say why there is none",
            nl:
                "casus #{1} heeft geen eindmeting ZRM (een volledige meting van een volwassene na de nulmeting): leg er een vast, of zeg waarom die er niet is"
        ),
        "casework.close.no_zrm_at_all": Phrase(
            en:
                "case #{1} has no complete ZRM measurement, so no final one: record a baseline and a final measurement, or say why there is none",
            nl:
                "casus #{1} heeft geen volledige ZRM-meting, dus ook geen eindmeting: leg een nulmeting en een eindmeting vast, of zeg waarom die er niet is"
        ),
        "glossary.nulmeting": Phrase(
            en:
                "Baseline: the first complete ZRM measurement of a case (all 13 domains scored or marked not assessed); the plan steers on it, and a case moves to the plan phase only with one.",
            nl:
                "De eerste volledige ZRM-meting van een casus (alle 13 domeinen gescoord of gemarkeerd als niet beoordeeld); het plan stuurt erop, en een casus gaat pas met een nulmeting naar de planfase."
        ),
        "glossary.eindmeting": Phrase(
            en:
                "Final measurement: a complete ZRM measurement after the baseline; closing a case asks for one, or for a reason why there is none. The change between the two is the outcome.",
            nl:
                "Een volledige ZRM-meting na de nulmeting; bij het afsluiten van een casus wordt erom gevraagd, of om de reden waarom die er niet is. Het verschil tussen de twee is het resultaat."
        ),
    ]
}
