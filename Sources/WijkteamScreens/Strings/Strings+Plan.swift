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
        "command.scope.plan": Phrase(en: "Plan", nl: "Plan"),
        "command.category.plan": Phrase(en: "The plan", nl: "Het plan"),
        "command.plan.open.name": Phrase(en: "Plan", nl: "Plan"),
        "command.plan.open.help": Phrase(
            en: "The case's plan: question, strengths, worries, goals with actions and route",
            nl: "Het plan van de casus: hulpvraag, krachten, zorgen, doelen met acties en route"),
        "command.plan.question.name": Phrase(en: "Question", nl: "Hulpvraag"),
        "command.plan.question.help": Phrase(
            en: "The household's question, in their own words",
            nl: "De hulpvraag, in de eigen woorden van het huishouden"),
        "command.plan.dates.name": Phrase(en: "Agreed and evaluation", nl: "Afgesproken en evaluatie"),
        "command.plan.dates.help": Phrase(
            en: "The day the plan was agreed and its evaluation day",
            nl: "De dag van afspraak en de evaluatiedag van het plan"),
        "command.plan.strength.name": Phrase(en: "Add strength", nl: "Kracht toevoegen"),
        "command.plan.strength.help": Phrase(en: "What goes well, or who helps", nl: "Wat goed gaat, of wie helpt"),
        "command.plan.worry.name": Phrase(en: "Add worry", nl: "Zorg toevoegen"),
        "command.plan.worry.help": Phrase(en: "What worries", nl: "Wat zorgen baart"),
        "command.plan.point.edit.name": Phrase(en: "Change point", nl: "Punt wijzigen"),
        "command.plan.point.edit.help": Phrase(en: "Change a strength or worry", nl: "Een kracht of zorg wijzigen"),
        "command.plan.point.remove.name": Phrase(en: "Remove point", nl: "Punt verwijderen"),
        "command.plan.point.remove.help": Phrase(en: "Remove a strength or worry", nl: "Een kracht of zorg verwijderen"),
        "command.plan.action.add.name": Phrase(en: "New action", nl: "Nieuwe actie"),
        "command.plan.action.add.help": Phrase(
            en: "Add an action to a goal: what, who (member, network, professional, regisseur), by when",
            nl: "Een actie bij een doel: wat, wie (gezinslid, netwerk, professional, regisseur), wanneer"
        ),
        "shell.plan.noGoals": Phrase(
            en: "The plan has no goals yet: add one with G in the household view",
            nl: "Het plan heeft nog geen doelen: voeg er een toe met G in het huishouden"
        ),
        "shell.plan.saved.action": Phrase(en: "Action added: {1}", nl: "Actie toegevoegd: {1}"),
        "planForm.action.goal": Phrase(en: "New action: for which goal?", nl: "Nieuwe actie: bij welk doel?"),
        "planForm.action.text": Phrase(en: "What will be done?", nl: "Wat gaat er gebeuren?"),
        "planForm.action.text.placeholder": Phrase(
            en: "e.g. calls the bank about the arrears",
            nl: "bijv. belt de bank over de achterstand"
        ),
        "planForm.action.text.empty": Phrase(en: "Say what will be done", nl: "Zeg wat er gaat gebeuren"),
        "planForm.action.owner": Phrase(en: "Who carries it out?", nl: "Wie voert het uit?"),
        "planForm.action.member": Phrase(en: "Which household member?", nl: "Welk gezinslid?"),
        "planForm.action.tie": Phrase(en: "Who in the network?", nl: "Wie uit het netwerk?"),
        "planForm.action.noTies": Phrase(
            en: "The household has no network ties: choose another owner",
            nl: "Het huishouden heeft geen netwerk: kies een ander"
        ),
        "planForm.action.professional": Phrase(
            en: "Which professional (name and organisation)?",
            nl: "Welke professional (naam en organisatie)?"
        ),
        "planForm.action.professional.placeholder": Phrase(
            en: "e.g. huisarts (praktijk De Linde)",
            nl: "bijv. huisarts (praktijk De Linde)"
        ),
        "planForm.action.professional.empty": Phrase(en: "Name the professional", nl: "Noem de professional"),
        "planForm.action.due": Phrase(en: "By when: {1}", nl: "Wanneer: {1}"),
        "command.plan.action.done.name": Phrase(en: "Action done", nl: "Actie gedaan"),
        "command.plan.action.done.help": Phrase(en: "Mark an open action done today", nl: "Een open actie vandaag als gedaan markeren"),
        "shell.header.planKeys": Phrase(
            en: "Esc back · a question · d dates · s strength · w worry · e change · x remove · c action done · ↑↓ scroll",
            nl: "Esc terug · a hulpvraag · d data · s kracht · w zorg · e wijzigen · x verwijderen · c actie gedaan · ↑↓ scrollen"),
        "shell.header.planKeys.readOnly": Phrase(en: "Esc back · ↑↓ scroll", nl: "Esc terug · ↑↓ scrollen"),
        "shell.plan.noCase": Phrase(en: "This household has no case, so no plan", nl: "Dit huishouden heeft geen casus, dus geen plan"),
        "shell.plan.loading": Phrase(en: "The plan is still being read", nl: "Het plan wordt nog gelezen"),
        "shell.plan.noPoints": Phrase(en: "No strengths or worries yet", nl: "Nog geen krachten of zorgen"),
        "shell.plan.noOpenActions": Phrase(en: "No open actions", nl: "Geen open acties"),
        "planForm.question.placeholder": Phrase(en: "in the household's own words", nl: "in de eigen woorden van het huishouden"),
        "planForm.choose.point.edit": Phrase(en: "Which point to change?", nl: "Welk punt wijzigen?"),
        "planForm.choose.point.remove": Phrase(en: "Which point to remove?", nl: "Welk punt verwijderen?"),
        "planForm.choose.action": Phrase(en: "Which action is done (today)?", nl: "Welke actie is gedaan (vandaag)?"),
        "planForm.title.question": Phrase(en: "Question · case {1}", nl: "Hulpvraag · casus {1}"),
        "planForm.title.dates": Phrase(en: "Agreed and evaluation · case {1}", nl: "Afgesproken en evaluatie · casus {1}"),
        "planForm.title.add": Phrase(en: "Add {1}", nl: "{1} toevoegen"),
        "planForm.title.change": Phrase(en: "Change {1}", nl: "{1} wijzigen"),
        "planForm.agreed": Phrase(en: "Agreed", nl: "Afgesproken"),
        "planForm.evaluate": Phrase(en: "Evaluation", nl: "Evaluatie"),
        "planForm.dates.hint": Phrase(
            en: "Tab next field · Enter saves · Esc cancels",
            nl: "Tab volgend veld · Enter bewaart · Esc annuleert"),
        "shell.plan.saved.question": Phrase(en: "The question of case {1} saved", nl: "Hulpvraag van casus {1} bewaard"),
        "shell.plan.saved.dates": Phrase(
            en: "Agreed and evaluation days of case {1} saved",
            nl: "Afspraak- en evaluatiedag van casus {1} bewaard"),
        "shell.plan.saved.point": Phrase(en: "{1} saved", nl: "{1} bewaard"),
        "shell.plan.saved.removed": Phrase(en: "{1} removed", nl: "{1} verwijderd"),
        "shell.plan.saved.done": Phrase(en: "Action done: {1}", nl: "Actie gedaan: {1}"),
        "planScreen.rung.voorliggend_veld": Phrase(en: "voorliggend veld", nl: "voorliggend veld"),
    ]
}
