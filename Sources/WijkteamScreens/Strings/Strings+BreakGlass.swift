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
        // BreakGlassScreen.swift, AppCommands+Household.swift
        "command.scope.breakglass": Phrase(en: "Reasons", nl: "Redenen"),
        "command.tab.breakglass.name": Phrase(en: "reasons", nl: "redenen"),
        "command.tab.breakglass.help": Phrase(
            en: "Histories read with a reason (break the glass): the team lead confirms or questions them",
            nl: "Geschiedenissen gelezen met een reden (het glas breken): de teamleider bevestigt of bevraagt ze"),
        "command.category.breakglass": Phrase(en: "Reads with a reason", nl: "Lezen met een reden"),
        "command.breakglass.confirm.name": Phrase(en: "confirm the read", nl: "lezen bevestigen"),
        "command.breakglass.confirm.help": Phrase(
            en: "Team lead: the reason holds; the read stays open to its reader (logged)",
            nl: "Teamleider: de reden klopt; de geschiedenis blijft open voor wie las (gelogd)"),
        "command.breakglass.question.name": Phrase(en: "question the read", nl: "lezen bevragen"),
        "command.breakglass.question.help": Phrase(
            en: "Team lead: ask about the reason; the reader needs a new reason to read again (logged)",
            nl: "Teamleider: vraag naar de reden; wie las heeft een nieuwe reden nodig om weer te lezen (gelogd)"),
        "screens.breakglass.title": Phrase(en: "Reads with a reason {1}", nl: "Gelezen met een reden {1}"),
        "screens.breakglass.open": Phrase(en: "to review", nl: "te beoordelen"),
        "screens.breakglass.review.by": Phrase(en: "{1} by {2}", nl: "{1} door {2}"),
        "screens.breakglass.reason.hidden": Phrase(en: "(reason hidden: privacy mode)", nl: "(reden verborgen: privacymodus)"),
        "screens.breakglass.lead_only": Phrase(
            en: "The team lead reviews the reads with a reason here. Yours are in the access log.",
            nl: "Hier beoordeelt de teamleider het lezen met een reden. Het jouwe staat in de toegangslog."),
        "screens.breakglass.lead_only.short": Phrase(
            en: "Only the team lead confirms or questions a read with a reason",
            nl: "Alleen de teamleider bevestigt of bevraagt lezen met een reden"),
        "screens.breakglass.none": Phrase(en: "Nobody read a history with a reason.", nl: "Niemand las een geschiedenis met een reden."),
        "screens.breakglass.already": Phrase(en: "Read #{1} is {2} already", nl: "Lezen #{1} is al {2}"),
        "screens.breakglass.header.open": Phrase(en: "{1} to review", nl: "{1} te beoordelen"),
        "screens.breakglass.header.keys": Phrase(
            en: "c confirm · x question · Enter household", nl: "c bevestigen · x bevragen · Enter huishouden"),
        // Shell+BreakGlass.swift
        "shell.breakGlass.reviewed": Phrase(
            en: "Read #{1} {2} ({3}, case #{4}); in the access log", nl: "Lezen #{1} {2} ({3}, casus #{4}); in de toegangslog"),
    ]
}
