import Wijkteam

extension CLIStrings {
    /// The plan: question, strengths, worries, goals with actions (issue 27).
    static let plan: Section = [
        "cli.plan.error.format": Phrase(en: "choose --json or --md, not both", nl: "kies --json of --md, niet allebei"),
        "cli.plan.error.version": Phrase(
            en: "a change (--id) names the version you saw (--version)", nl: "een wijziging (--id) noemt de versie die u zag (--version)"),
        "cli.plan.error.tie": Phrase(
            en: "'{1}' is not one tie of this household; its ties: {2}",
            nl: "'{1}' is niet één netwerkcontact van dit huishouden; het netwerk: {2}"),
        "cli.plan.saved": Phrase(en: "plan of case {1} saved (version {2})", nl: "plan van casus {1} opgeslagen (versie {2})"),
        "cli.plan.agreed": Phrase(
            en: "plan of case {1} agreed on {2}, evaluation {3} (version {4})",
            nl: "plan van casus {1} afgesproken op {2}, evaluatie {3} (versie {4})"),
        "cli.plan.point.saved": Phrase(en: "{1} #{2} saved (version {3})", nl: "{1} #{2} opgeslagen (versie {3})"),
        "cli.plan.point.removed": Phrase(en: "#{1} removed from the plan of case {2}", nl: "#{1} uit het plan van casus {2} gehaald"),
        "cli.plan.action.saved": Phrase(
            en: "action #{1} under goal #{2} saved (version {3})", nl: "actie #{1} bij doel #{2} opgeslagen (versie {3})"),
        "cli.plan.action.done": Phrase(en: "action #{1} done on {2}", nl: "actie #{1} gedaan op {2}"),
        "cli.plan.action.removed": Phrase(
            en: "action #{1} removed from the plan of case {2}", nl: "actie #{1} uit het plan van casus {2} gehaald"),
        "cli.plan.title": Phrase(en: "Plan of case {1} · {2} (version {3})", nl: "Plan van casus {1} · {2} (versie {3})"),
        "cli.plan.question": Phrase(en: "Question: {1}", nl: "Hulpvraag: {1}"),
        "cli.plan.dates": Phrase(en: "Agreed: {1} · evaluation: {2}", nl: "Afgesproken: {1} · evaluatie: {2}"),
        "cli.plan.strengths": Phrase(en: "Strengths", nl: "Krachten"),
        "cli.plan.worries": Phrase(en: "Worries", nl: "Zorgen"),
        "cli.plan.goals": Phrase(en: "Goals and actions", nl: "Doelen en acties"),
        "cli.plan.route": Phrase(en: "route: {1}", nl: "route: {1}"),
        "cli.plan.overdue": Phrase(en: "overdue", nl: "te laat"),
    ]
}
