import Wijkteam

extension ScreenStrings {
    /// The monitor over months (issue 29): its view, its keys, and the meeting's trend line.
    static let monitor: Section = [
        "command.scope.monitor": Phrase(en: "Monitor", nl: "Monitor"),
        "command.tab.monitor.name": Phrase(en: "monitor", nl: "monitor"),
        "command.tab.monitor.help": Phrase(
            en: "Show the team's figures per month: inflow, lead times, outcome, outreaching, load, waiting",
            nl: "Toon de cijfers van het team per maand: instroom, doorlooptijden, resultaat, outreachend werk, belasting, wachten"),
        "command.category.monitor": Phrase(en: "Monitor", nl: "Monitor"),
        "command.monitor.earlier.name": Phrase(en: "month earlier", nl: "maand eerder"),
        "command.monitor.earlier.help": Phrase(
            en: "Move the period one month back", nl: "Schuif de periode een maand terug"),
        "command.monitor.later.name": Phrase(en: "month later", nl: "maand later"),
        "command.monitor.later.help": Phrase(
            en: "Move the period one month forward (up to this month)", nl: "Schuif de periode een maand vooruit (tot deze maand)"),
        "command.monitor.now.name": Phrase(en: "up to this month", nl: "tot deze maand"),
        "command.monitor.now.help": Phrase(
            en: "Let the period end with this month again", nl: "Laat de periode weer eindigen met deze maand"),
        "command.monitor.length.name": Phrase(en: "period length", nl: "lengte periode"),
        "command.monitor.length.help": Phrase(
            en: "Show 3, 6, 12 or 24 months (the next length)", nl: "Toon 3, 6, 12 of 24 maanden (de volgende lengte)"),
        "command.monitor.explain.name": Phrase(en: "explain figure", nl: "cijfer uitleggen"),
        "command.monitor.explain.help": Phrase(
            en: "Show or hide how the selected figure is computed and from which facts",
            nl: "Toon of verberg hoe het gekozen cijfer berekend wordt en uit welke gegevens"),
        "command.monitor.explain.close.name": Phrase(en: "close explanation", nl: "uitleg sluiten"),
        "command.monitor.explain.close.help": Phrase(
            en: "Close the explanation of the figure", nl: "Sluit de uitleg van het cijfer"),
        "screens.monitor.title": Phrase(en: "Monitor {1} – {2}", nl: "Monitor {1} – {2}"),
        "screens.monitor.period": Phrase(en: "Monitor {1} – {2} ({3} months)", nl: "Monitor {1} – {2} ({3} maanden)"),
        "screens.monitor.no_later": Phrase(
            en: "The period already ends with this month", nl: "De periode eindigt al met deze maand"),
        "screens.monitor.header.period": Phrase(en: "{1} – {2} · {3} months", nl: "{1} – {2} · {3} maanden"),
        "screens.monitor.header.keys": Phrase(
            en: "←/→ month · n now · m length · Enter explain", nl: "←/→ maand · n nu · m lengte · Enter uitleg"),
        "screens.monitor.loading": Phrase(en: "Reading the figures for {1} – {2}…", nl: "De cijfers voor {1} – {2} worden gelezen…"),
        "screens.monitor.failed": Phrase(en: "The figures could not be read: {1}", nl: "De cijfers konden niet gelezen worden: {1}"),
        "screens.monitor.more.above": Phrase(en: "↑ {1} more", nl: "↑ nog {1}"),
        "screens.monitor.total": Phrase(en: "total {1}", nl: "totaal {1}"),
        "screens.monitor.median": Phrase(en: "median {1}", nl: "mediaan {1}"),
        "screens.monitor.max": Phrase(en: "max {1}", nl: "max {1}"),
        "screens.monitor.of": Phrase(en: "{1} of {2}", nl: "{1} van {2}"),
        "screens.monitor.days": Phrase(en: "{1} d", nl: "{1} d"),
        "screens.monitor.lead.latest": Phrase(en: "{1} · p90 {2}", nl: "{1} · p90 {2}"),
        "screens.monitor.lead.period": Phrase(en: "n {1}", nl: "n {1}"),
        "screens.monitor.lead.period.norm": Phrase(en: "n {1} · {2} ≤{3} d", nl: "n {1} · {2} ≤{3} d"),
        "screens.monitor.lead.estimated": Phrase(
            en: "{1} of {2} rest on an estimated day", nl: "{1} van {2} rusten op een geschatte dag"),
        "screens.monitor.outcome.counts": Phrase(en: "↑{1} ={2} ↓{3}", nl: "↑{1} ={2} ↓{3}"),
        "screens.monitor.outcome.domain": Phrase(
            en: "improved {1} · same {2} · worse {3} · mean {4}", nl: "beter {1} · gelijk {2} · slechter {3} · gemiddeld {4}"),
        "screens.monitor.people.one": Phrase(en: "{1} person", nl: "{1} persoon"),
        "screens.monitor.people.other": Phrase(en: "{1} people", nl: "{1} personen"),
        "screens.monitor.regisseurs.months": Phrase(en: "{1} mo", nl: "{1} mnd"),
        "screens.monitor.regisseurs.none": Phrase(
            en: "No one over capacity in this period", nl: "Niemand boven capaciteit in deze periode"),
        "screens.monitor.waiting.latest": Phrase(en: "{1} · {2} hh", nl: "{1} · {2} hh"),
        "screens.monitor.waits.none": Phrase(en: "No one waiting for a provision", nl: "Niemand wacht op een voorziening"),
        "screens.monitor.waits.since": Phrase(en: "since {1}", nl: "sinds {1}"),
        "screens.monitor.signals.detail": Phrase(
            en: "{1} at the front door · by source: {2}", nl: "{1} via de voordeur · per bron: {2}"),
        "screens.monitor.opened.reopened": Phrase(en: "reopened: {1}", nl: "heropend: {1}"),
        "screens.monitor.closed.reasons": Phrase(en: "by reason: {1}", nl: "per reden: {1}"),
        "screens.monitor.reason.none": Phrase(en: "(no reason)", nl: "(geen reden)"),
        "screens.monitor.explain.title": Phrase(en: "How “{1}” is computed", nl: "Hoe „{1}” berekend wordt"),
        "screens.monitor.explain.keys": Phrase(en: "Enter or Esc closes", nl: "Enter of Esc sluit"),
        "screens.meeting.trend.inflow": Phrase(
            en: "Inflow this month {1} (last month {2}) {3}", nl: "Instroom deze maand {1} (vorige maand {2}) {3}"),
        "screens.meeting.trend.outreach": Phrase(
            en: "Outreaching done {1} (last month {2}) {3}", nl: "Outreachend gedaan {1} (vorige maand {2}) {3}"),
        "screens.meeting.trend.load": Phrase(
            en: "Load {1}/{2} (last month {3}/{4}) {5}", nl: "Belasting {1}/{2} (vorige maand {3}/{4}) {5}"),
        "screens.meeting.trend.loading": Phrase(
            en: "Reading this month against the last…", nl: "Deze maand tegen de vorige wordt gelezen…"),
        "screens.meeting.trend.failed": Phrase(
            en: "The trend could not be read: {1}", nl: "De trend kon niet gelezen worden: {1}"),
    ]
}
