import Wijkteam

extension CLIStrings {
    /// What `wijkteam audit` says about seals and the sealing key (AuditCommand.swift).
    static let audit: Section = [
        "cli.error.audit.modes": Phrase(
            en: "choose one of --verify, --seal and --new-key", nl: "kies één van --verify, --seal en --new-key"),
        "cli.error.audit.key": Phrase(
            en: "--key names the private sealing key: use it with --seal or --new-key",
            nl: "--key noemt de private zegelsleutel: gebruik het met --seal of --new-key"),
        "cli.error.audit.publickey": Phrase(
            en: "--public-key is checked by --verify: use it with --verify",
            nl: "--public-key wordt gecontroleerd door --verify: gebruik het met --verify"),
        "cli.audit.sealed": Phrase(
            en: "Audit log sealed at row {1} ({2}) with key {3}.", nl: "Toegangslog verzegeld bij rij {1} ({2}) met sleutel {3}."),
        "cli.audit.newkey": Phrase(
            en: """
                Sealing key written to {1} (private: 0600, keep it in your home, never in the database).
                Public key: {2}
                Key id:     {3}
                The public half is also in {4}: put it in the set-up notes, keep it on paper, and check with
                wijkteam audit --verify --public-key {4}
                """,
            nl: """
                Zegelsleutel geschreven naar {1} (privé: 0600, houd hem in je thuismap, nooit in de database).
                Publieke sleutel: {2}
                Sleutel-id:       {3}
                De publieke helft staat ook in {4}: zet hem in de installatienotities, bewaar hem op papier, en controleer met
                wijkteam audit --verify --public-key {4}
                """),
        "cli.audit.broken.seal": Phrase(en: "wijkteam: audit log broken: {1}", nl: "wijkteam: toegangslog gebroken: {1}"),
        "cli.audit.intact.sealed": Phrase(
            en: "Audit log intact: {1}, hash chain and {2} verified (the last of {3}, at row {4})",
            nl: "Toegangslog intact: {1}, hashketen en {2} gecontroleerd (de laatste van {3}, bij rij {4})"),
        "cli.count.seals.one": Phrase(en: "1 seal", nl: "1 zegel"),
        "cli.count.seals.other": Phrase(en: "{1} seals", nl: "{1} zegels"),
    ]
}
