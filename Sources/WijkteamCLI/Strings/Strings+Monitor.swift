import Wijkteam

extension CLIStrings {
    /// The monitor over months (issue 29): `wijkteam monitor` as text, Markdown and its errors.
    static let monitor: Section = [
        "cli.monitor.error.formats": Phrase(
            en: "choose one of --json, --csv and --md", nl: "kies één van --json, --csv en --md"),
        "cli.monitor.error.month": Phrase(
            en: "{1} '{2}' is not a month; write YYYY-MM, e.g. 2026-01", nl: "{1} '{2}' is geen maand; schrijf JJJJ-MM, bijv. 2026-01"),
        "cli.monitor.error.future": Phrase(
            en: "--to {1} is after this month ({2}): the monitor counts what happened",
            nl: "--to {1} ligt na deze maand ({2}): de monitor telt wat er gebeurd is"),
        "cli.monitor.error.order": Phrase(
            en: "--from {1} is after --to {2}", nl: "--from {1} ligt na --to {2}"),
        "cli.monitor.error.long": Phrase(
            en: "{1} to {2} is {3} months; a monitor covers at most {4}",
            nl: "{1} tot {2} is {3} maanden; een monitor beslaat hoogstens {4}"),
        "cli.monitor.title": Phrase(
            en: "Monitor {1}, {2} to {3} (counted up to {4})", nl: "Monitor {1}, {2} tot en met {3} (geteld tot {4})"),
        "cli.monitor.legend": Phrase(
            en: "Small numbers identify people: <10 a count of 1–{1} households, n<10 a figure over 1–{1} households, "
                + "x hidden so that a small number cannot be computed from its total; – nothing to compute.",
            nl: "Kleine aantallen herleiden tot personen: <10 een aantal van 1–{1} huishoudens, n<10 een cijfer over 1–{1} "
                + "huishoudens, x verborgen zodat een klein aantal niet uit het totaal volgt; – niets te berekenen."),
        "cli.monitor.md.title": Phrase(en: "Monitor: {1}", nl: "Monitor: {1}"),
        "cli.monitor.md.period": Phrase(
            en: "Period **{1}** to **{2}**, counted up to {3}; one column per month.",
            nl: "Periode **{1}** tot en met **{2}**, geteld tot {3}; één kolom per maand."),
        "cli.monitor.md.legend": Phrase(
            en: "Small numbers identify people: `<10` is a count of 1–{1} households, `n<10` a figure over 1–{1} households, "
                + "`x` a number hidden so that a small one cannot be computed from its total; `–` nothing to compute. "
                + "Case numbers, close reasons and names are not in this report.",
            nl: "Kleine aantallen herleiden tot personen: `<10` is een aantal van 1–{1} huishoudens, `n<10` een cijfer over "
                + "1–{1} huishoudens, `x` een getal dat verborgen is zodat een klein aantal niet uit het totaal volgt; "
                + "`–` niets te berekenen. Casusnummers, redenen van afsluiten en namen staan niet in dit rapport."),
        "cli.monitor.md.figure": Phrase(en: "Figure", nl: "Cijfer"),
        "cli.monitor.md.chart": Phrase(en: "Chart", nl: "Verloop"),
        "cli.monitor.longest": Phrase(
            en: "Longest waits now, in days: {1}", nl: "Langste wachttijden nu, in dagen: {1}"),
        "cli.monitor.longest.none": Phrase(en: "Nobody is waiting for a provision now.", nl: "Er wacht nu niemand op een voorziening."),
        "cli.monitor.measure.registrations": Phrase(en: "of which registrations", nl: "waarvan aanmeldingen"),
        "cli.monitor.measure.reopened": Phrase(en: "reopened", nl: "heropend"),
        "cli.monitor.measure.count": Phrase(en: "cases", nl: "casussen"),
        "cli.monitor.measure.median_days": Phrase(en: "median, days", nl: "mediaan, dagen"),
        "cli.monitor.measure.p90_days": Phrase(en: "90th percentile, days", nl: "90e percentiel, dagen"),
        "cli.monitor.measure.within_norm": Phrase(en: "within the norm", nl: "binnen de norm"),
        "cli.monitor.measure.within_norm_share": Phrase(en: "share within the norm", nl: "aandeel binnen de norm"),
        "cli.monitor.measure.estimated": Phrase(en: "of which on an estimated day", nl: "waarvan op een geschatte datum"),
        "cli.monitor.measure.measured": Phrase(en: "measured", nl: "gemeten"),
        "cli.monitor.measure.improved": Phrase(en: "improved", nl: "beter"),
        "cli.monitor.measure.same": Phrase(en: "same", nl: "gelijk"),
        "cli.monitor.measure.worse": Phrase(en: "worse", nl: "slechter"),
        "cli.monitor.measure.mean_change": Phrase(en: "mean change", nl: "gemiddelde verandering"),
        "cli.monitor.measure.open_households": Phrase(en: "households with an open case", nl: "huishoudens met een open casus"),
        "cli.monitor.measure.share": Phrase(en: "share", nl: "aandeel"),
        "cli.monitor.measure.due": Phrase(en: "due", nl: "gepland"),
        "cli.monitor.measure.on_time": Phrase(en: "done on time", nl: "op tijd gedaan"),
        "cli.monitor.measure.weighted": Phrase(en: "weighted load", nl: "gewogen belasting"),
        "cli.monitor.measure.capacity": Phrase(en: "capacity", nl: "capaciteit"),
        "cli.monitor.measure.ratio": Phrase(en: "load against capacity", nl: "belasting tegen capaciteit"),
        "cli.monitor.measure.provisions": Phrase(en: "provisions", nl: "voorzieningen"),
        "cli.monitor.measure.households": Phrase(en: "households", nl: "huishoudens"),
        "cli.monitor.measure.longest_days": Phrase(en: "longest, days", nl: "langste, dagen"),
    ]
}
