import Wijkteam

extension CLIStrings {
    /// Triage by deadline and vulnerability, respond-by dates and carer load (issue 26).
    static let urgency: Section = [
        "cli.urgency.row": Phrase(en: "{1}  {2} {3}  {4}", nl: "{1}  {2} {3}  {4}"),
        "cli.urgency.changed": Phrase(en: "* changed by the team (not the default)", nl: "* door het team gewijzigd (niet de standaard)"),
        "cli.urgency.set": Phrase(
            en: "--set {1}: expected NAME=VALUE with NAME one of {2}", nl: "--set {1}: verwacht NAAM=WAARDE, NAAM een van {2}"),
        "cli.triage.respond": Phrase(en: "{1} ({2})", nl: "{1} ({2})"),
    ]
}
