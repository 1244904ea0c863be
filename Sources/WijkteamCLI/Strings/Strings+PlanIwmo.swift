import Wijkteam

extension CLIStrings {
    /// The municipality's iWmo/iJw messages (issue 27).
    static let iwmo: Section = [
        "cli.iwmo.applied": Phrase(
            en: "{1}: applied (household #{2}, provision {3})", nl: "{1}: verwerkt (huishouden #{2}, voorziening {3})"),
        "cli.iwmo.would": Phrase(
            en: "{1}: would be applied (household #{2}, provision {3})", nl: "{1}: zou verwerkt worden (huishouden #{2}, voorziening {3})"),
        "cli.iwmo.duplicate": Phrase(
            en: "{1}: duplicate, imported before: nothing changed", nl: "{1}: dubbel, eerder ingelezen: niets gewijzigd"),
        "cli.iwmo.refused": Phrase(en: "refused: {1}", nl: "geweigerd: {1}"),
        "cli.iwmo.summary": Phrase(
            en: "{1} applied, {2} duplicate, {3} refused; {4} files applied whole, {5} refused whole (nothing of them written).",
            nl: "{1} verwerkt, {2} dubbel, {3} geweigerd; {4} bestanden geheel verwerkt, {5} geheel geweigerd (daarvan niets geschreven)."),
        "cli.iwmo.summary.dry": Phrase(
            en: "Dry run: {1} would be applied, {2} duplicate, {3} refused; {4} files fit, {5} would be refused. Nothing written.",
            nl:
                "Proef: {1} zou verwerkt worden, {2} dubbel, {3} geweigerd; {4} bestanden passen, {5} zouden geweigerd worden. Niets geschreven."
        ),
    ]
}
