import Wijkteam

extension CLIStrings {
    /// The front door on the command line (`signal`, `household find/add/update`, `person`,
    /// `case`) and lists out (`--csv`, `followups --ics`).
    static let frontDoor: Section = [
        // Reading the options
        "cli.frontdoor.missing": Phrase(en: "a new household needs {1}", nl: "een nieuw huishouden heeft {1} nodig"),
        "cli.frontdoor.member.form": Phrase(
            en: "--member '{1}' is not \"Name;YYYY-MM-DD;role\" (with ;client for a client)",
            nl: "--member '{1}' is niet \"Naam;JJJJ-MM-DD;rol\" (met ;client voor een cliënt)"),
        "cli.frontdoor.member.role": Phrase(
            en: "--member '{1}': '{2}' is not a role; use one of {3}", nl: "--member '{1}': '{2}' is geen rol; kies uit {3}"),
        "cli.frontdoor.born": Phrase(
            en: "{1} '{2}' is not a birth date: write it as YYYY-MM-DD (1975-03-14)",
            nl: "{1} '{2}' is geen geboortedatum: schrijf die als JJJJ-MM-DD (1975-03-14)"),
        "cli.frontdoor.yesno": Phrase(en: "{1} '{2}': say yes or no", nl: "{1} '{2}': zeg ja of nee (yes of no)"),
        "cli.frontdoor.duplicate.title": Phrase(
            en: "This may be a household the team already knows; nothing was written:",
            nl: "Dit is misschien een huishouden dat het team al kent; er is niets opgeslagen:"),
        // signal add
        "cli.signal.household": Phrase(
            en: "say whose it is: --household ID for a household the team knows, or --new-household with its address and members",
            nl: "zeg van wie het is: --household ID voor een huishouden dat het team kent, of --new-household met adres en gezinsleden"),
        "cli.signal.household.stray": Phrase(
            en: "{1} describes a new household; with --household ID it would be ignored",
            nl: "{1} beschrijft een nieuw huishouden; naast --household ID zou het genegeerd worden"),
        "cli.signal.harddate": Phrase(
            en: "--hard-date and --hard-date-kind go together", nl: "--hard-date en --hard-date-kind horen bij elkaar"),
        "cli.signal.duplicate.hint": Phrase(
            en: "Register it for one of these with --household ID, or add --confirm-duplicate to create a new household anyway.",
            nl: "Meld het aan voor een van deze met --household ID, of voeg --confirm-duplicate toe om toch een nieuw huishouden te maken."),
        "cli.signal.added": Phrase(en: "Signal #{1} registered for household {2}.", nl: "Signaal #{1} aangemeld voor huishouden {2}."),
        "cli.signal.added.new": Phrase(
            en: "Signal #{1} registered for the new household {2}.", nl: "Signaal #{1} aangemeld voor het nieuwe huishouden {2}."),
        "cli.signal.queue": Phrase(
            en: "It is in the triage queue: place {1} of {2}, score {3} (wijkteam triage).",
            nl: "Het staat in de triagelijst: plaats {1} van {2}, score {3} (wijkteam triage)."),
        "cli.signal.safety": Phrase(
            en: "A safety signal: record the Meldcode steps with 'wijkteam meldcode {1} STEP --note …'.",
            nl: "Een veiligheidssignaal: leg de stappen van de Meldcode vast met 'wijkteam meldcode {1} STAP --note …'."),
        // case open / reopen
        "cli.case.opened": Phrase(
            en: "Case #{1} opened for household #{2}, in {3}; regisseur {4}.",
            nl: "Casus #{1} geopend voor huishouden #{2}, in {3}; regisseur {4}."),
        "cli.case.reopened": Phrase(en: "Case #{1} reopened, in {2} (version {3}).", nl: "Casus #{1} heropend, in {2} (versie {3})."),
        // household find / add / update
        "cli.household.find.none": Phrase(en: "No household matches '{1}'.", nl: "Geen huishouden gevonden voor '{1}'."),
        "cli.household.duplicate.hint": Phrase(
            en: "Use that household (wijkteam household ID), or add --confirm-duplicate to create a new one anyway.",
            nl: "Gebruik dat huishouden (wijkteam household ID), of voeg --confirm-duplicate toe om toch een nieuw te maken."),
        "cli.household.added": Phrase(en: "Household #{1} {2}, {3}, added with {4}:", nl: "Huishouden #{1} {2}, {3}, toegevoegd met {4}:"),
        "cli.count.members.one": Phrase(en: "1 member", nl: "1 gezinslid"),
        "cli.count.members.other": Phrase(en: "{1} members", nl: "{1} gezinsleden"),
        "cli.household.update.nothing": Phrase(
            en:
                "nothing to change: give at least one of --name, --street, --number, --addition, --postcode, --buurt, --language, --left-district",
            nl:
                "niets te wijzigen: geef minstens een van --name, --street, --number, --addition, --postcode, --buurt, --language, --left-district"
        ),
        "cli.household.updated": Phrase(
            en: "Household #{1} {2}, {3}: changed (version {4}).", nl: "Huishouden #{1} {2}, {3}: gewijzigd (versie {4})."),
        "cli.household.left": Phrase(en: "Left the district on {1}.", nl: "Vertrokken uit de wijk op {1}."),
        // person add / update / move-out
        "cli.person.line": Phrase(en: "person #{1} {2}, born {3}, {4}", nl: "persoon #{1} {2}, geboren {3}, {4}"),
        "cli.person.duplicate.hint": Phrase(
            en: "If it is someone else, add --confirm-duplicate; if it is this person, change the household they are in instead.",
            nl: "Is het iemand anders, voeg dan --confirm-duplicate toe; is het deze persoon, wijzig dan het huishouden waar die bij hoort."
        ),
        "cli.person.added": Phrase(en: "Household #{1}: added {2}.", nl: "Huishouden #{1}: {2} toegevoegd."),
        "cli.person.update.nothing": Phrase(
            en: "nothing to change: give at least one of --name, --born, --role, --client",
            nl: "niets te wijzigen: geef minstens een van --name, --born, --role, --client"),
        "cli.person.updated": Phrase(en: "Changed: {1} (version {2}).", nl: "Gewijzigd: {1} (versie {2})."),
        "cli.person.left": Phrase(
            en: "Person #{1} {2}: {3} on {4}; kept in the history of household #{5}, no longer counted.",
            nl: "Persoon #{1} {2}: {3} op {4}; blijft in de geschiedenis van huishouden #{5}, telt niet meer mee."),
        // Lists out
        "cli.error.csv.json": Phrase(en: "choose --csv or --json, not both", nl: "kies --csv of --json, niet beide"),
        "cli.error.ics.format": Phrase(
            en: "--ics is a format of its own: not with --json or --csv", nl: "--ics is een eigen formaat: niet samen met --json of --csv"),
        "cli.error.ics.all": Phrase(
            en: "--ics lists open follow-ups only: leave out --all", nl: "--ics toont alleen open opvolgingen: laat --all weg"),
        "cli.error.ics.names": Phrase(
            en: "--names is for --ics (the other lists show names already)",
            nl: "--names hoort bij --ics (de andere lijsten tonen namen al)"),
        "cli.ics.summary": Phrase(en: "{1}: case #{2}", nl: "{1}: casus #{2}"),
        "cli.ics.summary.names": Phrase(en: "{1}: {2} (case #{3})", nl: "{1}: {2} (casus #{3})"),
        "cli.ics.name": Phrase(en: "Wijkteam follow-ups", nl: "Wijkteam opvolgingen"),
        "cli.ics.name.mine": Phrase(en: "Wijkteam follow-ups of {1}", nl: "Wijkteam opvolgingen van {1}"),
    ]
}
