import Wijkteam

extension ScreenStrings {
    static let breakGlass: Section = [
        // Shell+BreakGlass.swift, Forms.swift
        "shell.breakGlass.nothing": Phrase(
            en: "Nothing here is withheld until you give a reason", nl: "Hier wordt niets onthouden tot je een reden geeft"),
        "shell.breakGlass.placeholder": Phrase(
            en: "why you need the history now (one line)", nl: "waarom je de geschiedenis nu nodig hebt (één regel)"),
        "shell.breakGlass.title": Phrase(
            en: "Read case #{1}'s history: why? (logged, reviewed)", nl: "Geschiedenis casus #{1} lezen: waarom? (gelogd)"),
        // EffectRunner.swift
        "form.saved.breakGlass": Phrase(
            en: "Read with a reason (#{1}): the history of case #{2} is open; the team lead reviews it",
            nl: "Gelezen met een reden (#{1}): de geschiedenis van casus #{2} is open; de teamleider beoordeelt het"),
        // AppCommands.swift
        "command.case.read_with_reason.name": Phrase(en: "read with a reason", nl: "lezen met een reden"),
        "command.case.read_with_reason.help": Phrase(
            en: "Break the glass: read the history of a case you gave yourself access to, for a reason (logged, reviewed by the team lead)",
            nl:
                "Het glas breken: de geschiedenis lezen van een casus waar je jezelf toegang toe gaf, met een reden (gelogd, de teamleider beoordeelt het)"
        ),
        // HouseholdScreen+Content.swift
        "screens.household.journal.withheld.self": Phrase(
            en: "{1} — sensitive, from before you gave yourself access: R reads it with a reason",
            nl: "{1} — gevoelig, van voor je jezelf toegang gaf: R leest het met een reden"),
        "screens.household.breakGlass.hint": Phrase(
            en: "You gave yourself access: the history before it opens with a reason (R, logged)",
            nl: "Je gaf jezelf toegang: de geschiedenis daarvoor opent met een reden (R, gelogd)"),
    ]
}
