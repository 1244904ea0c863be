import Wijkteam

extension ScreenStrings {
    /// ZRM measurements and their outcome (issue 26).
    static let zrm: Section = [
        "form.zrm.was": Phrase(en: "last {1}", nl: "vorige {1}"),
        "form.zrm.not_assessed": Phrase(en: "not assessed", nl: "niet beoordeeld"),
        "form.zrm.answer.range": Phrase(
            en: "a ZRM score is 1 acuut, 2, 3, 4 or 5 volledig zelfredzaam; n marks the domain not assessed",
            nl: "een ZRM-score is 1 acuut, 2, 3, 4 of 5 volledig zelfredzaam; n markeert het domein als niet beoordeeld"),
        "form.zrm.hint.open": Phrase(en: "{1} of 13 open", nl: "{1} van 13 open"),
        "form.zrm.hint.complete": Phrase(en: "13 of 13 given", nl: "13 van 13 ingevuld"),
        "form.zrm.hint.keys": Phrase(
            en: "1–5 · n not assessed · N the rest · ←/→ adjust",
            nl: "1–5 · n niet beoordeeld · N de rest · ←/→ aanpassen"),
        "screens.household.zrm.since": Phrase(en: "· first→latest since {1}", nl: "· eerste→laatste sinds {1}"),
        "screens.household.zrm.step": Phrase(en: "step {1}", nl: "stap {1}"),
        "screens.household.zrm.not_assessed": Phrase(en: "not assessed: {1}", nl: "niet beoordeeld: {1}"),
        "screens.household.zrm.legend": Phrase(
            en: "↷ carried forward by the rule before v15 (Dec 2026), not measured: left out of first→latest and the step · – not assessed",
            nl:
                "↷ doorgeschreven door de regel van vóór v15 (dec 2026), niet gemeten: telt niet mee in eerste→laatste en de stap · – niet beoordeeld"
        ),
        "shell.closeCase.noFinalZRM.title": Phrase(
            en: "Close case #{1} without a final ZRM measurement (Esc, then z records one): why does it close without one?",
            nl: "Casus #{1} sluiten zonder eindmeting ZRM (Esc, dan z legt er een vast): waarom sluit hij zonder?"),
    ]
}
