import Wijkteam

extension ScreenStrings {
    /// The plan: question, strengths, worries, goals with actions (issue 27).
    static let plan: Section = [
        "planScreen.title": Phrase(en: "Plan · case {1} · {2}", nl: "Plan · casus {1} · {2}"),
        "planScreen.question": Phrase(en: "Question:", nl: "Hulpvraag:"),
        "planScreen.question.none": Phrase(
            en: "(not asked yet: in the household's own words)", nl: "(nog niet gevraagd: in de eigen woorden van het huishouden)"),
        "planScreen.not_agreed": Phrase(en: "Not agreed with the household yet", nl: "Nog niet met het huishouden afgesproken"),
        "planScreen.agreed": Phrase(en: "Agreed {1}", nl: "Afgesproken {1}"),
        "planScreen.evaluate": Phrase(en: "evaluation {1}", nl: "evaluatie {1}"),
        "planScreen.evaluate.due": Phrase(en: "evaluation due {1}", nl: "evaluatie toe {1}"),
        "planScreen.strengths": Phrase(en: "Strengths", nl: "Krachten"),
        "planScreen.worries": Phrase(en: "Worries", nl: "Zorgen"),
        "planScreen.goals": Phrase(en: "Goals and actions", nl: "Doelen en acties"),
        "planScreen.none": Phrase(en: "none yet", nl: "nog geen"),
        "planScreen.household": Phrase(en: "household", nl: "huishouden"),
        "planScreen.actions.none": Phrase(en: "no actions yet", nl: "nog geen acties"),
        "planScreen.action.done": Phrase(en: "done {1}", nl: "gedaan {1}"),
        "planScreen.action.overdue": Phrase(en: "overdue since {1}", nl: "te laat sinds {1}"),
        "planScreen.action.due": Phrase(en: "by {1}", nl: "uiterlijk {1}"),
        "planScreen.route": Phrase(en: "route:", nl: "route:"),
        "planScreen.route.tailored": Phrase(en: "(maatwerk may be requested)", nl: "(maatwerk mag worden aangevraagd)"),
        "planScreen.rung.eigen_kracht": Phrase(en: "eigen kracht", nl: "eigen kracht"),
        "planScreen.rung.network": Phrase(en: "network", nl: "netwerk"),
        "planScreen.rung.voorliggend_veld": Phrase(en: "voorliggend veld", nl: "voorliggend veld"),
    ]
}
