extension Strings {
    /// The monitor's inflow, lead-time and outcome figures: definitions and store messages (issue 29, part 2).
    static let monitorFlow: Section = [
        "monitor.define.signals_in": Phrase(
            en:
                "Signals received in the month (by the day received), per source; of them, the registrations the front door made. A signal not triaged yet counts only for those who see every case.",
            nl:
                "Signalen die in de maand binnenkwamen (op de dag van binnenkomst), per bron; daarvan de aanmeldingen die de voordeur registreerde. Een signaal zonder triage telt alleen voor wie alle casussen ziet."
        ),
        "monitor.define.vroegsignalering": Phrase(
            en: "Signals from vroegsignalering (arrears reported by housing, energy, water, insurers), counted apart.",
            nl:
                "Signalen uit vroegsignalering (betalingsachterstanden van woningcorporatie, energie, water, zorgverzekeraar), apart geteld."
        ),
        "monitor.define.cases_opened": Phrase(
            en: "Cases opened in the month (their opening day).", nl: "Casussen geopend in de maand (hun openingsdatum)."),
        "monitor.define.cases_closed": Phrase(
            en:
                "Closings in the month (the history's day of closing, else the case's closing day), per close reason; reopened: closed cases that entered a phase again in the month.",
            nl:
                "Afsluitingen in de maand (de dag van afsluiten in de geschiedenis, anders de afsluitdatum van de casus), per reden; heropend: afgesloten casussen die in de maand weer een fase ingingen."
        ),
        "monitor.define.lead_registration_triage": Phrase(
            en:
                "Days from the signal's day to its triage decision, for decisions in the month: median and 90th percentile (nearest rank).",
            nl:
                "Dagen van de datum van het signaal tot het triagebesluit, voor besluiten in de maand: mediaan en 90e percentiel (dichtstbijzijnde rang)."
        ),
        "monitor.define.lead_registration_keukentafelgesprek": Phrase(
            en:
                "Days from the earliest signal of the case's stay (else its opening or reopening) to its first keukentafelgesprek, in the month of the conversation; the share within the Wmo's six weeks (42 days).",
            nl:
                "Dagen van het eerste signaal van het verblijf van de casus (anders de opening of heropening) tot het eerste keukentafelgesprek, in de maand van het gesprek; het deel binnen de zes weken van de Wmo (42 dagen)."
        ),
        "monitor.define.lead_keukentafelgesprek_plan": Phrase(
            en:
                "Days from the first keukentafelgesprek of the stay to the plan agreed with the household, in the month it was agreed. Days resting on an estimated history row are counted apart.",
            nl:
                "Dagen van het eerste keukentafelgesprek van het verblijf tot het met het huishouden afgesproken plan, in de maand van afspreken. Dagen die op een geschatte datum rusten worden apart geteld."
        ),
        "monitor.define.zrm_outcome": Phrase(
            en:
                "For cases closed in the month: per life domain, each member's last against first measured ZRM score within the case's life (a member who moved out: while a member), the case's change the members' mean (improved, same, worse, mean change).",
            nl:
                "Voor casussen afgesloten in de maand: per leefgebied de laatste tegen de eerste gemeten ZRM-score van elk lid binnen de looptijd van de casus (een vertrokken lid: zolang lid), de verandering van de casus het gemiddelde van de leden (beter, gelijk, slechter, gemiddelde verandering)."
        ),
        "monitor.define.closed_without_final": Phrase(
            en: "Cases closed in the month in which no member was measured on two different days (no final ZRM measurement).",
            nl: "Casussen afgesloten in de maand waarin geen lid op twee verschillende dagen is gemeten (geen ZRM-eindmeting)."),
    ]
}
