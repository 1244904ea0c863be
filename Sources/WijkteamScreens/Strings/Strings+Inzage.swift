import Wijkteam

extension ScreenStrings {
    /// Inzage from the household view (Shell+Inzage.swift).
    static let inzage: Section = [
        // AppCommands+Household.swift
        "command.household.inzage.name": Phrase(en: "inzage (AVG)", nl: "inzage (AVG)"),
        "command.household.inzage.help": Phrase(
            en: "Export everything held about a member (AVG art. 15) to a file in your home folder (team lead, privacy officer)",
            nl: "Alles wat over een gezinslid is vastgelegd exporteren (AVG art. 15) naar een bestand in je thuismap (teamleider, FG)"),
        // Shell+Inzage.swift
        "shell.inzage.refused": Phrase(
            en: "An inzage is made by the team lead or the privacy officer; you are {1}",
            nl: "Een inzage maakt de teamleider of de functionaris gegevensbescherming; jij bent {1}"),
        "shell.inzage.writing": Phrase(en: "Writing the inzage of person #{1}…", nl: "Inzage van persoon #{1} wordt geschreven…"),
        "shell.inzage.written": Phrase(
            en: "Inzage of person #{1} written to {2} (only you can read it; logged)",
            nl: "Inzage van persoon #{1} geschreven naar {2} (alleen jij kunt het lezen; gelogd)"),
        "form.inzage.choose": Phrase(en: "Inzage for which member?", nl: "Inzage voor welk gezinslid?"),
        // WijkteamRuntime/EffectRunner+Inzage.swift
        "shell.inzage.noWriter": Phrase(
            en: "This session writes no exports: use wijkteam inzage PERSON --out FILE",
            nl: "Deze sessie schrijft geen exports: gebruik wijkteam inzage PERSOON --out BESTAND"),
    ]
}
