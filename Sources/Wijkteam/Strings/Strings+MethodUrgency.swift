extension Strings {
    /// Triage by deadline and vulnerability, respond-by dates and carer load (issue 26).
    static let urgency: Section = [
        "urgency.deadline": Phrase(en: "{1} on {2}: {3}", nl: "{1} op {2}: {3}"),
        "urgency.deadline.date": Phrase(en: "hard date", nl: "harde datum"),
        "urgency.deadline.passed.one": Phrase(en: "passed 1 day ago", nl: "1 dag geleden verstreken"),
        "urgency.deadline.passed": Phrase(en: "passed {1} days ago", nl: "{1} dagen geleden verstreken"),
        "urgency.deadline.today": Phrase(en: "today", nl: "vandaag"),
        "urgency.deadline.tomorrow": Phrase(en: "tomorrow", nl: "morgen"),
        "urgency.deadline.in": Phrase(en: "in {1} days", nl: "over {1} dagen"),
        "urgency.alone_75": Phrase(en: "75 or older, living alone", nl: "75 of ouder, alleenwonend"),
        "urgency.no_ties": Phrase(en: "no network ties known", nl: "geen netwerk bekend"),
        "urgency.child_under_4": Phrase(en: "child under 4 in household ({1})", nl: "kind onder 4 in het huishouden ({1})"),
        "urgency.carer_heavy": Phrase(en: "mantelzorger feels the care as heavy", nl: "mantelzorger ervaart de zorg als zwaar"),
        "urgency.carer_long": Phrase(
            en: "mantelzorg long and intensive (over {1} h/week for over {2} months)",
            nl: "mantelzorg langdurig en intensief (meer dan {1} u/week, langer dan {2} maanden)"),
        "urgency.class.safety": Phrase(en: "safety", nl: "veiligheid"),
        "urgency.class.deadline": Phrase(en: "deadline", nl: "harde datum"),
        "urgency.class.vulnerable": Phrase(en: "vulnerable", nl: "kwetsbaar"),
        "urgency.class.other": Phrase(en: "other", nl: "overig"),
        "urgency.unit.points": Phrase(en: "points", nl: "punten"),
        "urgency.unit.days": Phrase(en: "days", nl: "dagen"),
        "urgency.weight.out_of_range": Phrase(
            en: "{1} = {2} is not accepted: between {3} and {4}", nl: "{1} = {2} kan niet: tussen {3} en {4}"),
        "urgency.weight.safety": Phrase(en: "a safety signal (always first in the queue)", nl: "een veiligheidssignaal (altijd bovenaan)"),
        "urgency.weight.children_under_12": Phrase(en: "children under 12 in the household", nl: "kinderen onder 12 in het huishouden"),
        "urgency.weight.acute_domain": Phrase(en: "per ZRM domain at 1 (acute)", nl: "per ZRM-domein op 1 (acuut)"),
        "urgency.weight.urgent_source": Phrase(
            en: "source police, huisarts, vroegsignalering or woningcorporatie",
            nl: "bron politie, huisarts, vroegsignalering of woningcorporatie"),
        "urgency.weight.other_signal": Phrase(
            en: "per other open signal about the household", nl: "per ander open signaal over het huishouden"),
        "urgency.weight.other_signals_max": Phrase(en: "at most, for other signals", nl: "hoogstens, voor andere signalen"),
        "urgency.weight.waiting_per_day": Phrase(en: "per day waiting", nl: "per dag wachten"),
        "urgency.weight.waiting_max": Phrase(en: "at most, for waiting", nl: "hoogstens, voor wachten"),
        "urgency.weight.deadline_max": Phrase(
            en: "hard date (eviction, cut-off, court) today or passed; linear from 0 at the horizon",
            nl: "harde datum (ontruiming, afsluiting, zitting) vandaag of verstreken; lineair vanaf 0 op de horizon"),
        "urgency.weight.deadline_horizon": Phrase(
            en: "a hard date further away adds no points", nl: "een harde datum verder weg telt niet"),
        "urgency.weight.alone_75": Phrase(
            en: "the only member of the household is 75 or older", nl: "het enige lid van het huishouden is 75 of ouder"),
        "urgency.weight.no_ties": Phrase(en: "no network ties known at all", nl: "helemaal geen netwerk bekend"),
        "urgency.weight.child_under_4": Phrase(en: "a child under 4 in the household", nl: "een kind onder 4 in het huishouden"),
        "urgency.weight.carer_heavy": Phrase(
            en: "a mantelzorger feels the care as heavy (4 or 5 of 5) or is exhausted",
            nl: "een mantelzorger ervaart de zorg als zwaar (4 of 5 van 5) of is uitgeput"),
        "urgency.weight.carer_long": Phrase(
            en: "mantelzorg over 8 h/week for over 3 months (SCP: long and intensive)",
            nl: "mantelzorg meer dan 8 u/week, langer dan 3 maanden (SCP: langdurig en intensief)"),
        "urgency.weight.respond_safety": Phrase(
            en: "safety: respond within this many working days", nl: "veiligheid: reageren binnen zoveel werkdagen"),
        "urgency.weight.respond_deadline": Phrase(
            en: "hard date: respond this many days before it (at the latest the next day)",
            nl: "harde datum: reageren zoveel dagen ervoor (uiterlijk de volgende dag)"),
        "urgency.weight.respond_vulnerable": Phrase(
            en: "vulnerable: respond within this many working days", nl: "kwetsbaar: reageren binnen zoveel werkdagen"),
        "urgency.weight.respond_other": Phrase(
            en: "other signals: respond within this many working days", nl: "overige signalen: reageren binnen zoveel werkdagen"),
        "store.loader.hard_date": Phrase(
            en: "hard_date and hard_date_kind go together (kind: eviction, cut_off, court, other)",
            nl: "hard_date en hard_date_kind horen bij elkaar (soort: eviction, cut_off, court, other)"),
        "urgency.respond_by": Phrase(en: "respond by {1}", nl: "reageren uiterlijk {1}"),
        "urgency.overdue_since": Phrase(en: "overdue since {1}", nl: "te laat sinds {1}"),
        "glossary.harde_datum": Phrase(
            en:
                "Hard date: a date that cannot move — an eviction (ontruiming), an energy cut-off (afsluiting), a court date (zitting). Triage counts down to it and sets the respond-by day before it.",
            nl:
                "Een datum die niet verschuift — een ontruiming, een afsluiting van energie, een zitting. De triage telt ernaartoe af en legt de reactiedatum ervoor."
        ),
        "glossary.reageren_voor": Phrase(
            en:
                "Respond by: the day the team answers a signal by, from its risk class (safety: next working day; a hard date: 3 days before it; vulnerable: 3 working days; other: 10). Past it the signal is overdue and comes first.",
            nl:
                "De dag waarop het team uiterlijk op een signaal reageert, volgens de risicoklasse (veiligheid: volgende werkdag; harde datum: 3 dagen ervoor; kwetsbaar: 3 werkdagen; overig: 10). Daarna is het signaal te laat en komt het vooraan."
        ),
    ]
}
