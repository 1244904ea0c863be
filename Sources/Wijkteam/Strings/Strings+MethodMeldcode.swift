extension Strings {
    /// The Meldcode since 2019 and the Kindcheck (Meldcode.swift, Kindcheck.swift, MeldcodeStore.swift).
    static let meldcode: Section = [
        "meldcode.step.1": Phrase(en: "1 Map the signals", nl: "1 Signalen in kaart brengen"),
        "meldcode.step.2": Phrase(en: "2 Consult a colleague / Veilig Thuis", nl: "2 Collega / Veilig Thuis raadplegen"),
        "meldcode.step.3": Phrase(en: "3 Talk with the client", nl: "3 Gesprek met de cliënt"),
        "meldcode.step.4": Phrase(en: "4 Weigh with the afwegingskader", nl: "4 Wegen met het afwegingskader"),
        "meldcode.step.5": Phrase(en: "5 Decide: report? help?", nl: "5 Beslissen: melden? hulp?"),
        "meldcode.consultee.colleague": Phrase(en: "a colleague", nl: "een collega"),
        "meldcode.consultee.veilig_thuis": Phrase(en: "Veilig Thuis (advice)", nl: "Veilig Thuis (advies)"),
        "meldcode.consultee.expert": Phrase(en: "an expert (aandachtsfunctionaris)", nl: "een deskundige (aandachtsfunctionaris)"),
        "meldcode.ending.unfounded": Phrase(en: "worry unfounded", nl: "zorg ongegrond"),
        "meldcode.ending.handed_over": Phrase(en: "handed to another professional", nl: "overgedragen aan een andere professional"),
        "meldcode.note_needed": Phrase(
            en: "a Meldcode step needs a note: what was seen, who was consulted, what was decided",
            nl: "een Meldcode-stap vraagt een notitie: wat is gezien, wie is geraadpleegd, wat is besloten"),
        "meldcode.not_concluded": Phrase(
            en: "the Meldcode is not concluded: record step {1}, end it with a reason, or take step 5 at once on acute danger",
            nl: "de Meldcode is niet afgerond: leg stap {1} vast, beëindig hem met een reden, of zet bij acuut gevaar meteen stap 5"),
        "meldcode.report_required.acute": Phrase(en: "acute danger", nl: "acuut gevaar"),
        "meldcode.report_required.unsafety": Phrase(
            en: "step 4 found acute or structural unsafety", nl: "stap 4 stelde acute of structurele onveiligheid vast"),
        "meldcode.step_twice": Phrase(en: "step {1} was already recorded by {2} on {3}", nl: "stap {1} is al vastgelegd door {2} op {3}"),
        "meldcode.after_end": Phrase(
            en: "the Meldcode ended after step {1} ({2}); nothing can follow",
            nl: "de Meldcode is beëindigd na stap {1} ({2}); er volgt niets meer"),
        "meldcode.acute_is_step_5": Phrase(
            en: "the acute path goes straight to step 5 (report to Veilig Thuis)",
            nl: "het acute pad gaat meteen naar stap 5 (melden bij Veilig Thuis)"),
        "meldcode.order": Phrase(
            en: "step {1} needs step {2} first (on acute danger, take step 5 at once with --acute)",
            nl: "stap {1} vraagt eerst stap {2} (bij acuut gevaar meteen stap 5 met --acute)"),
        "meldcode.consulted_only_step_2": Phrase(
            en: "whom was consulted belongs to step 2, not step {1}", nl: "wie is geraadpleegd hoort bij stap 2, niet bij stap {1}"),
        "meldcode.afweging_only_step_4": Phrase(
            en: "the afwegingskader's answers belong to step 4, not step {1}",
            nl: "de antwoorden van het afwegingskader horen bij stap 4, niet bij stap {1}"),
        "meldcode.decisions_only_step_5": Phrase(
            en: "the report and help decisions belong to step 5, not step {1}",
            nl: "de besluiten over melden en hulp horen bij stap 5, niet bij stap {1}"),
        "meldcode.end_not_step_5": Phrase(
            en: "step {1} concludes the Meldcode itself; an ending with a reason is for steps 1–4",
            nl: "stap {1} rondt de Meldcode zelf af; beëindigen met een reden kan na stap 1–4"),
        "meldcode.consulted_needed": Phrase(
            en: "step 2 records whom was consulted: at least one of {1}", nl: "stap 2 legt vast wie is geraadpleegd: minstens één van {1}"),
        "meldcode.afweging_needed": Phrase(
            en: "step 4 needs all five answers of the afwegingskader (violence, unsafety, help possible, accepts, lasting safety)",
            nl:
                "stap 4 vraagt alle vijf antwoorden van het afwegingskader (geweld, onveiligheid, hulp mogelijk, aanvaardt, duurzame veiligheid)"
        ),
        "meldcode.report_needed": Phrase(
            en: "step 5 needs the decision whether to report to Veilig Thuis (yes or no)",
            nl: "stap 5 vraagt het besluit of er gemeld wordt bij Veilig Thuis (ja of nee)"),
        "meldcode.help_needed": Phrase(
            en: "step 5 needs the decision whether help is provided or organised (yes or no)",
            nl: "stap 5 vraagt het besluit of er hulp geboden of georganiseerd wordt (ja of nee)"),
        "meldcode.report_forced": Phrase(
            en: "a report to Veilig Thuis is required: {1}", nl: "een melding bij Veilig Thuis is verplicht: {1}"),
        "meldcode.progress.next": Phrase(en: "Meldcode: step {1} of 5 next", nl: "Meldcode: stap {1} van 5 is aan de beurt"),
        "meldcode.progress.ended": Phrase(en: "Meldcode ended after step {1}: {2}", nl: "Meldcode beëindigd na stap {1}: {2}"),
        "meldcode.progress.acute": Phrase(en: "Meldcode acute: {1}", nl: "Meldcode acuut: {1}"),
        "meldcode.progress.concluded": Phrase(en: "Meldcode concluded: {1}", nl: "Meldcode afgerond: {1}"),
        "meldcode.progress.concluded_withheld": Phrase(en: "Meldcode concluded", nl: "Meldcode afgerond"),
        "meldcode.progress.legacy": Phrase(
            en: "Meldcode concluded (step 5 recorded before 2026-12 as free text)",
            nl: "Meldcode afgerond (stap 5 vóór 2026-12 vastgelegd als vrije tekst)"),
        "meldcode.decision.reported": Phrase(en: "reported to Veilig Thuis", nl: "gemeld bij Veilig Thuis"),
        "meldcode.decision.not_reported": Phrase(en: "no report to Veilig Thuis", nl: "geen melding bij Veilig Thuis"),
        "meldcode.decision.help": Phrase(en: "help provided or organised", nl: "hulp geboden of georganiseerd"),
        "meldcode.decision.no_help": Phrase(en: "no help organised", nl: "geen hulp georganiseerd"),
        "meldcode.legacy": Phrase(en: "recorded before 2026-12 as free text", nl: "vóór 2026-12 vastgelegd als vrije tekst"),
        "meldcode.answers.consulted": Phrase(en: "consulted: {1}", nl: "geraadpleegd: {1}"),
        "meldcode.answers.afweging": Phrase(
            en: "violence {1}, unsafety {2}, help possible {3}, accepts {4}, lasting safety {5}",
            nl: "geweld {1}, onveiligheid {2}, hulp mogelijk {3}, aanvaardt {4}, duurzame veiligheid {5}"),
        "meldcode.answers.acute": Phrase(en: "acute danger: straight to step 5", nl: "acuut gevaar: meteen naar stap 5"),
        "meldcode.answers.ended": Phrase(en: "ends here: {1}", nl: "eindigt hier: {1}"),
        "meldcode.yes": Phrase(en: "yes", nl: "ja"),
        "meldcode.no": Phrase(en: "no", nl: "nee"),
        "agenda.reason.kindcheck_due": Phrase(
            en: "Kindcheck due: adult client with {1} child(ren) under 18 in the household",
            nl: "Kindcheck nodig: volwassen cliënt met {1} kind(eren) onder 18 in het huishouden"),
        "glossary.meldcode": Phrase(
            en:
                "The Meldcode huiselijk geweld en kindermishandeling (2019 revision): five steps for signs of domestic violence or child abuse — map the signals; consult a colleague and, if needed, Veilig Thuis; talk with the client; weigh with the afwegingskader; decide on two separate questions: is a report to Veilig Thuis necessary, and is providing or organising help possible. Acute danger goes to step 5 at once; the Meldcode may end after any step when the worry is unfounded.",
            nl:
                "De Meldcode huiselijk geweld en kindermishandeling (herzien in 2019): vijf stappen bij signalen van huiselijk geweld of kindermishandeling — signalen in kaart brengen; een collega en zo nodig Veilig Thuis raadplegen; gesprek met de cliënt; wegen met het afwegingskader; beslissen over twee aparte vragen: is melden bij Veilig Thuis noodzakelijk, en is hulp bieden of organiseren mogelijk. Bij acuut gevaar meteen stap 5; de Meldcode kan na elke stap eindigen als de zorg ongegrond blijkt."
        ),
        "glossary.afwegingskader": Phrase(
            en:
                "The five questions of the Meldcode's step 4 (2019): a suspicion of violence? acute or structural unsafety (then a report is always required)? can the team provide or organise adequate help? does the client accept it? will it lead to lasting safety?",
            nl:
                "De vijf vragen van stap 4 van de Meldcode (2019): een vermoeden van geweld? acute of structurele onveiligheid (dan altijd melden)? kan het team passende hulp bieden of organiseren? aanvaardt de cliënt die? leidt die tot duurzame veiligheid?"
        ),
        "glossary.kindcheck": Phrase(
            en:
                "Part of the Meldcode: a professional working with an adult client checks whether there are children in their care and whether they are safe (for example with addiction, debts or a psychiatric crisis). A worry starts the Meldcode for the children.",
            nl:
                "Onderdeel van de Meldcode: wie met een volwassen cliënt werkt, gaat na of er kinderen zijn voor wie die zorgt en of zij veilig zijn (bijvoorbeeld bij verslaving, schulden of een psychiatrische crisis). Een zorg start de Meldcode voor de kinderen."
        ),
        "kindcheck.note_needed": Phrase(
            en: "a Kindcheck needs a note: which children, what was checked, with whom",
            nl: "een Kindcheck vraagt een notitie: welke kinderen, wat is nagegaan, met wie"),
        "store.kindcheck.done": Phrase(
            en: "case #{1} already has its Kindcheck, recorded by {2} on {3}",
            nl: "casus #{1} heeft al een Kindcheck, vastgelegd door {2} op {3}"),
        "meldcode.no_end_after_unsafety": Phrase(
            en: "step 4 found acute or structural unsafety: the Meldcode does not end here, step 5 reports to Veilig Thuis",
            nl: "stap 4 stelde acute of structurele onveiligheid vast: de Meldcode stopt hier niet, stap 5 meldt bij Veilig Thuis"),
        "meldcode.not_unfounded_after_suspicion": Phrase(
            en:
                "step 4 answered that there is a suspicion of violence: the worry is not unfounded (end it as handed over, or go on to step 5)",
            nl:
                "stap 4 gaf aan dat er een vermoeden van geweld is: de zorg is niet ongegrond (stop als overgedragen, of ga door naar stap 5)"
        ),
    ]
}
