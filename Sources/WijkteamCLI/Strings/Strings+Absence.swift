import Wijkteam

extension CLIStrings {
    /// Absence counts everywhere (issue 24, item 3): decide, triage and followups.
    static let absence: Section = [
        "cli.decide.regisseur.away": Phrase(
            en: "Case #{1}: {2} and nobody covers the case. Choose a regisseur{3}, or name a cover first (wijkteam staff cover).",
            nl:
                "Casus #{1}: {2} en niemand neemt de casus waar. Kies een regisseur{3}, of wijs eerst een waarnemer aan (wijkteam staff cover)."
        ),
        "cli.decide.regisseur.suggested": Phrase(en: " with --regisseur {1} (suggested)", nl: " met --regisseur {1} (voorgesteld)"),
        "cli.followups.covered": Phrase(en: "↔ {1}", nl: "↔ {1}"),
    ]
}
