import Wijkteam

extension CLIStrings {
    /// The route to support: eigen kracht, network, voorliggend veld; general provisions (issue 27).
    static let route: Section = [
        "cli.route.bad_rung": Phrase(en: "rung '{1}' is not one of: {2}", nl: "stap '{1}' is niet een van: {2}"),
        "cli.route.carries_or_cannot": Phrase(en: "say either --carries or --cannot", nl: "geef --carries of --cannot"),
        "cli.route.no_goal": Phrase(en: "goal #{1} is not a goal of case #{2}", nl: "doel #{1} is geen doel van casus #{2}"),
        "cli.route.no_tie": Phrase(
            en: "no tie named '{1}' in this household's network (there are: {2})",
            nl: "geen netwerklid '{1}' in het netwerk van dit huishouden (er zijn: {2})"),
        "cli.route.no_provision": Phrase(
            en: "no general provision '{1}' (see 'wijkteam general-provisions list')",
            nl: "geen algemene voorziening '{1}' (zie 'wijkteam general-provisions list')"),
        "cli.route.saved.carries": Phrase(
            en: "goal #{1}: {2} carries this need (version {3})", nl: "doel #{1}: {2} draagt deze vraag (versie {3})"),
        "cli.route.saved.cannot": Phrase(
            en: "goal #{1}: {2} cannot carry this need (version {3})", nl: "doel #{1}: {2} kan deze vraag niet dragen (versie {3})"),
        "cli.route.no_maatwerk": Phrase(en: "no maatwerk yet: {1}", nl: "nog geen maatwerk: {1}"),
        "cli.route.maatwerk_possible": Phrase(
            en: "the route is walked: a maatwerkvoorziening may be requested for this goal",
            nl: "de route is gelopen: voor dit doel mag een maatwerkvoorziening aangevraagd worden"),
        "cli.general_provision.inactive": Phrase(en: "no longer offered", nl: "niet meer aangeboden"),
        "cli.general_provision.none": Phrase(en: "no general provisions", nl: "geen algemene voorzieningen"),
        "cli.general_provision.added": Phrase(en: "general provision #{1} added: {2}", nl: "algemene voorziening #{1} toegevoegd: {2}"),
        "cli.general_provision.changed": Phrase(
            en: "general provision #{1} changed: {2} (version {3})", nl: "algemene voorziening #{1} gewijzigd: {2} (versie {3})"),
        "cli.general_provision.deactivated": Phrase(
            en: "general provision #{1} no longer offered: {2}", nl: "algemene voorziening #{1} wordt niet meer aangeboden: {2}"),
    ]
}
