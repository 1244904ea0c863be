extension Strings {
    /// The monitor's prevention, load and waiting figures: definitions and store messages (issue 29, part 3).
    static let monitorCare: Section = [
        "monitor.define.contacts_made": Phrase(
            en: "Preventive and outreaching contacts made in the month (done, with an outcome), not planned.",
            nl: "Preventieve en outreachende contacten gelegd in de maand (gedaan, met een uitkomst), niet gepland."),
        "monitor.define.households_reached": Phrase(
            en: "Households with a proactive contact in the month, against the households with an open case.",
            nl: "Huishoudens met een proactief contact in de maand, tegen de huishoudens met een open casus."),
        "monitor.define.followups_on_time": Phrase(
            en: "Preventive and outreaching follow-ups due in the month and done on or before their day.",
            nl: "Preventieve en outreachende vervolgafspraken met hun datum in de maand, gedaan op of voor die dag."),
        "monitor.define.team_load": Phrase(
            en: "The weighted load of the cases open at the month's end against the team's capacity then.",
            nl: "De gewogen belasting van de casussen die aan het eind van de maand open waren, tegen de capaciteit van het team toen."),
        "monitor.define.regisseurs_over_capacity": Phrase(
            en: "Regisseurs whose weighted load was over their capacity at the month's end.",
            nl: "Regisseurs van wie de gewogen belasting aan het eind van de maand boven hun capaciteit lag."),
        "monitor.define.waiting": Phrase(
            en: "Provisions requested or waiting and not started at the month's end, from the provisions' dated steps.",
            nl: "Voorzieningen aangevraagd of op de wachtlijst en nog niet gestart aan het eind van de maand, uit de gedateerde stappen."),
        "monitor.define.longest_waits": Phrase(
            en: "The longest current waits for a provision, in days since the request or the waiting list.",
            nl: "De langste huidige wachttijden voor een voorziening, in dagen sinds de aanvraag of de wachtlijst."),
    ]
}
