extension Strings {
    /// The monitor's inflow, lead-time and outcome figures: definitions and store messages (issue 29, part 2).
    static let monitorFlow: Section = [
        "monitor.define.signals_in": Phrase(
            en: "Signals received in the month (by their day), per source.",
            nl: "Signalen die in de maand binnenkwamen (op hun datum), per bron."),
        "monitor.define.vroegsignalering": Phrase(
            en: "Signals from vroegsignalering (arrears reported by housing, energy, water, insurers), counted apart.",
            nl:
                "Signalen uit vroegsignalering (betalingsachterstanden van woningcorporatie, energie, water, zorgverzekeraar), apart geteld."
        ),
        "monitor.define.cases_opened": Phrase(
            en: "Cases opened in the month (their opening day).", nl: "Casussen geopend in de maand (hun openingsdatum)."),
        "monitor.define.cases_closed": Phrase(
            en: "Cases closed in the month (the day they were closed), per close reason.",
            nl: "Casussen afgesloten in de maand (de dag van afsluiten), per reden."),
        "monitor.define.lead_registration_triage": Phrase(
            en: "Days from the signal's day to the triage decision, for decisions in the month: median and 90th percentile.",
            nl: "Dagen van de datum van het signaal tot het triagebesluit, voor besluiten in de maand: mediaan en 90e percentiel."),
        "monitor.define.lead_registration_keukentafelgesprek": Phrase(
            en: "Days from registration to the keukentafelgesprek phase, against the Wmo's six weeks.",
            nl: "Dagen van aanmelding tot de fase keukentafelgesprek, tegen de zes weken van de Wmo."),
        "monitor.define.lead_keukentafelgesprek_plan": Phrase(
            en: "Days from the keukentafelgesprek phase to the plan agreed with the household.",
            nl: "Dagen van de fase keukentafelgesprek tot het met het huishouden afgesproken plan."),
        "monitor.define.zrm_outcome": Phrase(
            en:
                "For cases closed in the month: per life domain, the first against the last ZRM score (improved, same, worse, mean change).",
            nl:
                "Voor casussen afgesloten in de maand: per leefgebied de eerste tegen de laatste ZRM-score (beter, gelijk, slechter, gemiddelde verandering)."
        ),
        "monitor.define.closed_without_final": Phrase(
            en: "Cases closed in the month with fewer than two ZRM measurements.",
            nl: "Casussen afgesloten in de maand met minder dan twee ZRM-metingen."),
    ]
}
