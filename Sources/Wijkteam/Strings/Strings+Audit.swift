extension Strings {
    /// The access log's seals (AuditSeal.swift, AuditSealStore.swift).
    static let audit: Section = [
        "audit.seal.start": Phrase(
            en: "the log starts at row {1}, not row 1: the rows before it were removed",
            nl: "de log begint bij rij {1}, niet bij rij 1: de rijen ervoor zijn verwijderd"),
        "audit.seal.wiped": Phrase(
            en: "the log is empty but was sealed on {1}: its rows were removed",
            nl: "de log is leeg maar werd verzegeld op {1}: de rijen zijn verwijderd"),
        "audit.seal.unknown_key": Phrase(
            en: "the seal of {1} names key {2}, which is not the sealing key",
            nl: "het zegel van {1} noemt sleutel {2}, die niet de zegelsleutel is"),
        "audit.seal.signature": Phrase(
            en: "the seal of {1} does not carry a valid signature: the seal was altered",
            nl: "het zegel van {1} heeft geen geldige handtekening: het zegel is gewijzigd"),
        "audit.seal.row": Phrase(en: "row {1} no longer matches the seal of {2}", nl: "rij {1} klopt niet meer met het zegel van {2}"),
        "audit.seal.missing": Phrase(
            en: "row {1} records a seal that is no longer there: a seal was removed",
            nl: "rij {1} legt een zegel vast dat er niet meer is: een zegel is verwijderd"),
        "audit.seal.key_id": Phrase(
            en: "the sealing key {1} in the database is not the key its id names: the key was replaced",
            nl: "de zegelsleutel {1} in de database is niet de sleutel die zijn id noemt: de sleutel is vervangen"),
        "audit.seal.trusted_bad": Phrase(
            en: "the given public key is not an Ed25519 key", nl: "de opgegeven publieke sleutel is geen Ed25519-sleutel"),
        "audit.seal.replaced": Phrase(
            en: "the sealing key {1} in the database is not the given key {2}: someone replaced the key",
            nl: "de zegelsleutel {1} in de database is niet de opgegeven sleutel {2}: iemand heeft de sleutel vervangen"),
        "audit.seal.none": Phrase(
            en: "sealing key {1} is known but the log has no seals: the seals were removed",
            nl: "zegelsleutel {1} is bekend maar de log heeft geen zegels: de zegels zijn verwijderd"),
        // The store's refusals to seal, and the key file
        "store.seal.broken": Phrase(
            en: "the log is not sealed: it does not verify ({1}); nothing was written",
            nl: "de log is niet verzegeld: hij klopt niet ({1}); er is niets geschreven"),
        "store.seal.key_bad": Phrase(
            en: "the log is not sealed: the key is not a working Ed25519 sealing key",
            nl: "de log is niet verzegeld: de sleutel is geen werkende Ed25519-zegelsleutel"),
        "store.seal.other_key": Phrase(
            en: "the log is not sealed: key {1} is not this database's sealing key ({2}); use the key file that sealed it before",
            nl:
                "de log is niet verzegeld: sleutel {1} is niet de zegelsleutel van deze database ({2}); gebruik het sleutelbestand waarmee eerder is verzegeld"
        ),
        "store.sealkey.exists": Phrase(
            en: "{1} already exists: not overwritten (a sealing key in use must not be lost); give another --key",
            nl: "{1} bestaat al: niet overschreven (een zegelsleutel in gebruik mag niet verloren gaan); geef een andere --key"),
        "store.sealkey.missing": Phrase(
            en: "{1}: no sealing key there (make one with: wijkteam audit --new-key)",
            nl: "{1}: daar staat geen zegelsleutel (maak er een met: wijkteam audit --new-key)"),
        "store.sealkey.unreadable": Phrase(en: "{1}: cannot be read: {2}", nl: "{1}: kan niet gelezen worden: {2}"),
        "store.sealkey.open": Phrase(
            en: "{1}: the private sealing key is readable by others (mode {2}): chmod 600 it",
            nl: "{1}: de private zegelsleutel is leesbaar voor anderen (modus {2}): chmod 600"),
        "store.sealkey.owner": Phrase(
            en: "{1}: the sealing key belongs to another account", nl: "{1}: de zegelsleutel is van een ander account"),
        "store.sealkey.malformed": Phrase(en: "{1}: {2}", nl: "{1}: {2}"),
        "store.sealkey.not_key": Phrase(en: "not an Ed25519 sealing key", nl: "geen Ed25519-zegelsleutel"),
        "store.sealkey.public": Phrase(
            en: "this is a public key; sealing needs the private key file",
            nl: "dit is een publieke sleutel; verzegelen vraagt het private sleutelbestand"),
        "store.sealkey.private": Phrase(
            en: "this is a private key; give the public half (the .pub file)",
            nl: "dit is een private sleutel; geef de publieke helft (het .pub-bestand)"),
        "store.sealkey.not_file": Phrase(en: "not a file", nl: "geen bestand"),
        "store.sealkey.empty": Phrase(en: "the file holds no key", nl: "het bestand bevat geen sleutel"),
        "store.sealkey.write": Phrase(en: "{1}: cannot be written: {2}", nl: "{1}: kan niet geschreven worden: {2}"),
    ]
}
