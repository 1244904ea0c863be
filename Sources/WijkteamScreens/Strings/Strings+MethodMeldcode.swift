import Wijkteam

extension ScreenStrings {
    /// The Meldcode since 2019 and the Kindcheck (MeldcodeForm.swift, the triage detail, the household view).
    static let meldcode: Section = [
        "form.meldcode.acute": Phrase(en: "  Acute danger: straight to step 5", nl: "  Acuut gevaar: meteen naar stap 5"),
        "form.meldcode.acute.detail": Phrase(
            en: "Acute danger: contact Veilig Thuis at once; the report is required",
            nl: "Acuut gevaar: meteen contact met Veilig Thuis; melden is verplicht"),
        "form.meldcode.end": Phrase(
            en: "  Record step {1} and end the Meldcode there", nl: "  Stap {1} vastleggen en de Meldcode daar beëindigen"),
        "form.meldcode.end.title": Phrase(en: "The Meldcode ends after step {1}: why?", nl: "De Meldcode eindigt na stap {1}: waarom?"),
        "form.meldcode.end.placeholder": Phrase(en: "why the Meldcode ends here", nl: "waarom de Meldcode hier eindigt"),
        "form.meldcode.end.note": Phrase(en: "Step {1}, then the end: {2}", nl: "Stap {1}, daarna het einde: {2}"),
        "form.meldcode.consulted.title": Phrase(en: "Step 2: whom was consulted?", nl: "Stap 2: wie is geraadpleegd?"),
        "form.meldcode.consulted.hint": Phrase(
            en: "Space marks · Enter goes on · Esc closes", nl: "Spatie kiest · Enter verder · Esc sluiten"),
        "form.meldcode.afweging.1": Phrase(
            en: "1. Is there a suspicion of domestic violence or child abuse?",
            nl: "1. Is er een vermoeden van huiselijk geweld of kindermishandeling?"),
        "form.meldcode.afweging.2": Phrase(
            en: "2. Is there acute or structural unsafety?", nl: "2. Is er sprake van acute of structurele onveiligheid?"),
        "form.meldcode.afweging.3": Phrase(
            en: "3. Can the team provide or organise adequate help?", nl: "3. Kan het team passende hulp bieden of organiseren?"),
        "form.meldcode.afweging.4": Phrase(en: "4. Does the client accept that help?", nl: "4. Aanvaardt de cliënt die hulp?"),
        "form.meldcode.afweging.5": Phrase(en: "5. Will the help lead to lasting safety?", nl: "5. Leidt de hulp tot duurzame veiligheid?"),
        "form.meldcode.decide.report": Phrase(en: "Report to Veilig Thuis?", nl: "Melden bij Veilig Thuis?"),
        "form.meldcode.decide.help": Phrase(en: "Is help provided or organised?", nl: "Wordt hulp geboden of georganiseerd?"),
        "form.meldcode.yes": Phrase(en: "yes", nl: "ja"),
        "form.meldcode.no": Phrase(en: "no", nl: "nee"),
        "form.meldcode.forced": Phrase(en: "required: {1}", nl: "verplicht: {1}"),
        "screens.household.kindcheck": Phrase(
            en: "Kindcheck due: {1} child(ren) under 18 in the household; are they safe? (wijkteam kindcheck {2} --worry yes|no --note …)",
            nl:
                "Kindcheck nodig: {1} kind(eren) onder 18 in het huishouden; zijn zij veilig? (wijkteam kindcheck {2} --worry yes|no --note …)"
        ),
        "form.meldcode.questions.keys": Phrase(en: "y yes · n no · Esc closes", nl: "j ja · n nee · Esc sluiten"),
    ]
}
