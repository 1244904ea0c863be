import Wijkteam

extension CLIStrings {
    static let breakGlass: Section = [
        // BreakGlassCommands.swift
        "cli.breakglass.withheld": Phrase(
            en: "(sensitive entry from before you gave yourself access: break the glass to read, with journal show {1} --reason TEXT)",
            nl: "(gevoelige notitie van voor je jezelf toegang gaf: lees met een reden, met journal show {1} --reason TEKST)"),
        "cli.breakglass.error.one": Phrase(
            en: "choose one of --review, --confirm, --question and --verify", nl: "kies één van --review, --confirm, --question en --verify"
        ),
        "cli.breakglass.error.household": Phrase(
            en: "--household narrows the access log, not the break-the-glass reads",
            nl: "--household beperkt de toegangslog, niet het lezen met een reden"),
        "cli.breakglass.reviewed": Phrase(
            en: "Break-the-glass read #{1} {2} ({3}, case #{4})", nl: "Lezen met een reden #{1} {2} ({3}, casus #{4})"),
        "cli.breakglass.review.by": Phrase(en: "{1} by {2}", nl: "{1} door {2}"),
        "cli.breakglass.review.open": Phrase(en: "to review", nl: "te beoordelen"),
        "cli.breakglass.none": Phrase(en: "No break-the-glass reads.", nl: "Niemand las met een reden."),
        "cli.breakglass.opened": Phrase(
            en: "Read with a reason: break-the-glass #{1} on case #{2}, logged and listed for the team lead.",
            nl: "Gelezen met een reden: #{1} op casus #{2}, gelogd en voorgelegd aan de teamleider."),
    ]
}
