extension Strings {
    /// The monitor over months: figure titles, groups, stages, the period (issue 29).
    static let monitor: Section = [
        "monitor.group.flow": Phrase(en: "Inflow and outflow", nl: "Instroom en uitstroom"),
        "monitor.group.lead_times": Phrase(en: "Lead times", nl: "Doorlooptijden"),
        "monitor.group.outcome": Phrase(en: "Outcome (ZRM)", nl: "Resultaat (ZRM)"),
        "monitor.group.proactive": Phrase(en: "Prevention and outreaching", nl: "Preventie en outreachend werken"),
        "monitor.group.load": Phrase(en: "Load", nl: "Belasting"),
        "monitor.group.waiting": Phrase(en: "Waiting for a provision", nl: "Wachten op een voorziening"),
        "monitor.stage.registration_triage": Phrase(en: "registration → triage", nl: "aanmelding → triage"),
        "monitor.stage.registration_keukentafelgesprek": Phrase(
            en: "registration → keukentafelgesprek", nl: "aanmelding → keukentafelgesprek"),
        "monitor.stage.keukentafelgesprek_plan": Phrase(
            en: "keukentafelgesprek → plan agreed", nl: "keukentafelgesprek → plan afgesproken"),
        "monitor.figure.signals_in": Phrase(en: "Signals in", nl: "Signalen binnen"),
        "monitor.figure.vroegsignalering": Phrase(en: "Vroegsignalering", nl: "Vroegsignalering"),
        "monitor.figure.cases_opened": Phrase(en: "Cases opened", nl: "Casussen geopend"),
        "monitor.figure.cases_closed": Phrase(en: "Cases closed", nl: "Casussen afgesloten"),
        "monitor.figure.lead_registration_triage": Phrase(en: "Registration → triage", nl: "Aanmelding → triage"),
        "monitor.figure.lead_registration_keukentafelgesprek": Phrase(
            en: "Registration → keukentafelgesprek", nl: "Aanmelding → keukentafelgesprek"),
        "monitor.figure.lead_keukentafelgesprek_plan": Phrase(
            en: "Keukentafelgesprek → plan", nl: "Keukentafelgesprek → plan"),
        "monitor.figure.zrm_outcome": Phrase(en: "ZRM change of closed cases", nl: "ZRM-verandering afgesloten casussen"),
        "monitor.figure.closed_without_final": Phrase(en: "Closed without final ZRM", nl: "Afgesloten zonder eindmeting"),
        "monitor.figure.contacts_made": Phrase(en: "Proactive contacts made", nl: "Proactieve contacten gelegd"),
        "monitor.figure.households_reached": Phrase(en: "Households reached proactively", nl: "Huishoudens proactief bereikt"),
        "monitor.figure.followups_on_time": Phrase(en: "Follow-ups done on time", nl: "Vervolgafspraken op tijd"),
        "monitor.figure.team_load": Phrase(en: "Team load / capacity", nl: "Teambelasting / capaciteit"),
        "monitor.figure.regisseurs_over_capacity": Phrase(en: "Regisseurs over capacity", nl: "Regisseurs boven capaciteit"),
        "monitor.figure.waiting": Phrase(en: "Waiting for a provision", nl: "Wachtend op een voorziening"),
        "monitor.figure.longest_waits": Phrase(en: "Longest waits", nl: "Langste wachttijden"),
        "monitor.period.order": Phrase(
            en: "the period runs from {1} to {2}: the start is after the end",
            nl: "de periode loopt van {1} tot {2}: het begin ligt na het eind"),
        "monitor.period.too_long": Phrase(en: "a monitor covers at most {1} months", nl: "een monitor beslaat hoogstens {1} maanden"),
    ]
}
