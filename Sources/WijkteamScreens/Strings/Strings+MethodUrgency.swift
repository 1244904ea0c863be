import Wijkteam

extension ScreenStrings {
    /// Triage by deadline and vulnerability, respond-by dates and carer load (issue 26).
    static let urgency: Section = [
        "command.triage.weights.name": Phrase(en: "urgency weights", nl: "urgentiegewichten"),
        "command.triage.weights.help": Phrase(
            en: "Show the team's urgency weights and respond-by days in the detail pane (again: back to the signal)",
            nl: "Toon de urgentiegewichten en reactietermijnen van het team in het detailvenster (nogmaals: terug naar het signaal)"),
        "screens.triage.weights.title": Phrase(en: "Urgency weights", nl: "Urgentiegewichten"),
        "screens.triage.weights.who": Phrase(
            en: "The team lead changes these: wijkteam urgency --set NAME=VALUE (* = changed)",
            nl: "De teamleider wijzigt ze: wijkteam urgency --set NAAM=WAARDE (* = gewijzigd)"),
        "screens.triage.overdue": Phrase(en: "overdue", nl: "te laat"),
        "screens.triage.detail.respond": Phrase(en: "{1} · {2}", nl: "{1} · {2}"),
    ]
}
