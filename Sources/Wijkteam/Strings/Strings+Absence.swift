extension Strings {
    /// Absence counts everywhere (issue 24, item 3): Absence.swift, Agenda+Absence.swift and the
    /// store's refusals of an absent regisseur.
    static let absence: Section = [
        "team.regisseur.unavailable": Phrase(en: "{1} is {2}", nl: "{1} is {2}"),
        "agenda.section.absent_regisseurs": Phrase(en: "Cases of absent regisseurs", nl: "Casussen van afwezige regisseurs"),
        "agenda.reason.regisseur_away": Phrase(en: "regisseur {1} is {2}", nl: "regisseur {1} is {2}"),
        "agenda.reason.due_while_away": Phrase(en: "{1} due {2}, while away", nl: "{1} gepland op {2}, tijdens de afwezigheid"),
        "agenda.reason.covered_by": Phrase(en: "covered by {1}", nl: "waargenomen door {1}"),
        "agenda.reason.no_cover": Phrase(en: "nobody covers yet", nl: "nog geen waarnemer"),
        "store.triage.regisseur_unavailable": Phrase(
            en: "{1} cannot take the case: {2}; choose someone else", nl: "{1} kan de casus niet krijgen: {2}; kies iemand anders"),
        "store.triage.regisseur_away": Phrase(
            en: "Case #{1}: {2} and nobody covers the case; choose a regisseur",
            nl: "Casus #{1}: {2} en niemand neemt de casus waar; kies een regisseur"),
    ]
}
