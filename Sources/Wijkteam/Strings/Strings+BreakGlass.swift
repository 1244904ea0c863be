extension Strings {
    static let breakGlass: Section = [
        // BreakGlass.swift
        "breakglass.review.confirmed": Phrase(en: "confirmed", nl: "bevestigd"),
        "breakglass.review.questioned": Phrase(en: "questioned", nl: "bevraagd"),
        "breakglass.reason.empty": Phrase(
            en: "give a reason (one line) to read the history of the case",
            nl: "geef een reden (één regel) om de geschiedenis van de casus te lezen"),
        "breakglass.reason.what": Phrase(en: "the reason", nl: "de reden"),
        // BreakGlassStore.swift
        "breakglass.store.no_access": Phrase(
            en: "case #{1} is not yours to read: you are not its regisseur nor on it",
            nl: "casus #{1} is niet de jouwe om te lezen: je bent er geen regisseur van en staat er niet op"),
        "breakglass.store.nothing_withheld": Phrase(
            en: "nothing of case #{1} is withheld from you: no reason needed",
            nl: "van casus #{1} wordt je niets onthouden: geen reden nodig"),
        "breakglass.store.lead_only": Phrase(
            en: "only the team lead or the privacy officer reviews break-the-glass reads",
            nl: "alleen de teamleider of de functionaris gegevensbescherming beoordeelt lezen met een reden"),
        "breakglass.store.missing": Phrase(en: "no break-the-glass read #{1}", nl: "geen lezen met een reden #{1}"),
        "breakglass.store.changed": Phrase(
            en: "break-the-glass read #{1} was reviewed meanwhile: {2} by {3}; nothing changed",
            nl: "lezen met een reden #{1} is intussen beoordeeld: {2} door {3}; er is niets veranderd"),
    ]
}
