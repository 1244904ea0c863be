import Wijkteam

extension CLIStrings {
    /// Provisions with a life: requested, waiting, started, ended (issue 27).
    static let provisions: Section = [
        "cli.provision.status.argument": Phrase(en: "status", nl: "status"),
        "cli.provision.none": Phrase(en: "case {1} has no provisions", nl: "casus {1} heeft geen voorzieningen"),
        "cli.provision.changed": Phrase(
            en: "provision #{1} is now {2} (since {3}), version {4}", nl: "voorziening #{1} is nu {2} (sinds {3}), versie {4}"),
    ]
}
