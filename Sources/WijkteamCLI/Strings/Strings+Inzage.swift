import Wijkteam

extension CLIStrings {
    static let inzage: Section = [
        // InzageCommand.swift
        "cli.inzage.error.format": Phrase(en: "--format is md or json, not '{1}'", nl: "--format is md of json, niet '{1}'"),
        "cli.inzage.error.exists": Phrase(
            en: "{1} exists; --force replaces it (nothing was written)", nl: "{1} bestaat al; --force vervangt het (er is niets geschreven)"
        ),
        "cli.inzage.error.folder": Phrase(en: "it is a folder", nl: "het is een map"),
        "cli.inzage.hint.ids": Phrase(
            en: "'wijkteam household ID --json' shows the members' ids", nl: "'wijkteam household ID --json' toont de ids van de leden"),
        "cli.inzage.written": Phrase(
            en: "wijkteam: inzage of person #{2} written to {1} (readable by you only; the export is in the access log)",
            nl: "wijkteam: inzage van persoon #{2} geschreven naar {1} (alleen voor jou leesbaar; de export staat in de toegangslog)"),
    ]
}
