import Wijkteam

extension ScreenStrings {
    /// Absence counts everywhere (issue 24, item 3): pickers, board cards, follow-ups, the
    /// household view.
    static let absence: Section = [
        "form.suggestion.unavailable": Phrase(en: "{1} · {2} · not now", nl: "{1} · {2} · nu niet"),
        "form.triage.regisseur.unavailable": Phrase(
            en: "{1} cannot take the case: {2}. Choose someone else.", nl: "{1} kan de casus niet krijgen: {2}. Kies iemand anders."),
        "form.triage.regisseur.keep.away": Phrase(
            en: "{1} and nobody covers the case: choose someone else.", nl: "{1} en niemand neemt de casus waar: kies iemand anders."),
        "shell.assign.unavailable": Phrase(
            en: "{1} cannot take the case: {2}. Choose someone else.", nl: "{1} kan de casus niet krijgen: {2}. Kies iemand anders."),
        "screens.board.card.cover": Phrase(en: "↔ {1}", nl: "↔ {1}"),
        "screens.followups.covered": Phrase(en: "{1} ↔ {2}", nl: "{1} ↔ {2}"),
        "screens.household.case.away": Phrase(en: "{1} is {2}; nobody covers yet", nl: "{1} is {2}; nog geen waarnemer"),
        "screens.household.case.away.covered": Phrase(en: "{1} is {2}, covered by {3}", nl: "{1} is {2}, waargenomen door {3}"),
    ]
}
