import Wijkteam

extension CLIStrings {
    /// What `wijkteam import` prints (ImportCommand.swift).
    static let imports: Section = [
        "cli.import.nothing": Phrase(en: "Nothing was imported.", nl: "Er is niets ingelezen."),
        "cli.import.written.signals.one": Phrase(en: "1 signal written.", nl: "1 signaal geschreven."),
        "cli.import.written.signals.other": Phrase(en: "{1} signals written.", nl: "{1} signalen geschreven."),
        "cli.import.written.cases.one": Phrase(en: "1 case written.", nl: "1 casus geschreven."),
        "cli.import.written.cases.other": Phrase(en: "{1} cases written.", nl: "{1} casussen geschreven."),
        "cli.import.would.signals.one": Phrase(
            en: "Dry run: 1 signal would be written; nothing was.", nl: "Proefrun: 1 signaal zou geschreven worden; er is niets geschreven."
        ),
        "cli.import.would.signals.other": Phrase(
            en: "Dry run: {1} signals would be written; nothing was.",
            nl: "Proefrun: {1} signalen zouden geschreven worden; er is niets geschreven."),
        "cli.import.would.cases.one": Phrase(
            en: "Dry run: 1 case would be written; nothing was.", nl: "Proefrun: 1 casus zou geschreven worden; er is niets geschreven."),
        "cli.import.would.cases.other": Phrase(
            en: "Dry run: {1} cases would be written; nothing was.",
            nl: "Proefrun: {1} casussen zouden geschreven worden; er is niets geschreven."),
        "cli.import.refused.ambiguous.one": Phrase(
            en: "wijkteam: 1 row matches more than one household: find out which it is (or import with --skip-ambiguous to leave it out).",
            nl:
                "wijkteam: 1 rij past bij meer dan één huishouden: zoek uit welk het is (of lees in met --skip-ambiguous om hem over te slaan)."
        ),
        "cli.import.refused.ambiguous.other": Phrase(
            en:
                "wijkteam: {1} rows match more than one household: find out which each is (or import with --skip-ambiguous to leave them out).",
            nl:
                "wijkteam: {1} rijen passen bij meer dan één huishouden: zoek uit welk het is (of lees in met --skip-ambiguous om ze over te slaan)."
        ),
        "cli.import.refused.ambiguous_caseload.one": Phrase(
            en:
                "wijkteam: 1 row matches more than one household: make it match one (a postcode, house number and addition, or a member's birth date).",
            nl:
                "wijkteam: 1 rij past bij meer dan één huishouden: laat hem bij één passen (postcode, huisnummer en toevoeging, of de geboortedatum van een lid)."
        ),
        "cli.import.refused.ambiguous_caseload.other": Phrase(
            en:
                "wijkteam: {1} rows match more than one household: make each match one (a postcode, house number and addition, or a member's birth date).",
            nl:
                "wijkteam: {1} rijen passen bij meer dan één huishouden: laat elk bij één passen (postcode, huisnummer en toevoeging, of de geboortedatum van een lid)."
        ),
        "cli.import.refused.conflicts.one": Phrase(
            en: "wijkteam: 1 row is for a household that has an open case: close that case first, or leave the row out.",
            nl: "wijkteam: 1 rij hoort bij een huishouden met een open casus: sluit die casus eerst, of laat de rij weg."),
        "cli.import.refused.conflicts.other": Phrase(
            en: "wijkteam: {1} rows are for households that have an open case: close those cases first, or leave the rows out.",
            nl: "wijkteam: {1} rijen horen bij huishoudens met een open casus: sluit die casussen eerst, of laat de rijen weg."),
    ]
}
