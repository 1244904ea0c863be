extension Strings {
    static let inzage: Section = [
        // Inzage+Markdown.swift
        "inzage.md.title": Phrase(en: "What {2} holds about {1}", nl: "Wat {2} over {1} vastlegt"),
        "inzage.md.intro": Phrase(
            en: "Made on {1} by {2}, on your request under article 15 of the AVG (GDPR): everything the team holds about you.",
            nl: "Gemaakt op {1} door {2}, op uw verzoek volgens artikel 15 van de AVG: alles wat het team over u vastlegt."),
        "inzage.md.left_out": Phrase(
            en:
                "What belongs to other people is left out (AVG article 15, paragraph 4): another household member's sensitive journal entries (in a safety case, every sensitive entry not about you, and the notes of safety steps still to do), the name of a reporter who gave it in confidence or reported as a private person or about safety, the names of people in your network who did not agree to be named, and contacts with professionals bound by secrecy. Their names are shortened to initials wherever they appear in a text.",
            nl:
                "Wat van andere mensen is, staat er niet in (AVG artikel 15, lid 4): gevoelige journaalregels over een ander lid van het huishouden (bij een veiligheidscasus elke gevoelige regel die niet over u gaat, en de notities van veiligheidsstappen die nog moeten gebeuren), de naam van een melder die die in vertrouwen gaf of als privépersoon of over veiligheid meldde, de namen van mensen in uw netwerk die niet instemden met delen, en contacten met professionals met een beroepsgeheim. Waar hun naam in een tekst staat, staan alleen hun initialen."
        ),
        "inzage.md.none": Phrase(en: "Nothing recorded.", nl: "Niets vastgelegd."),
        "inzage.md.person": Phrase(en: "Your personal data", nl: "Uw persoonsgegevens"),
        "inzage.md.person.name": Phrase(en: "Name: {1}", nl: "Naam: {1}"),
        "inzage.md.person.born": Phrase(en: "Born: {1}", nl: "Geboren: {1}"),
        "inzage.md.person.role": Phrase(en: "In the household: {1}", nl: "In het huishouden: {1}"),
        "inzage.md.person.client": Phrase(en: "You are a client of the team.", nl: "U bent cliënt van het team."),
        "inzage.md.person.not_client": Phrase(
            en: "You are not a client of the team yourself.", nl: "U bent zelf geen cliënt van het team."),
        "inzage.md.person.left": Phrase(en: "Left the household on {1}", nl: "Uit het huishouden vertrokken op {1}"),
        "inzage.md.household": Phrase(en: "Your household", nl: "Uw huishouden"),
        "inzage.md.household.name": Phrase(en: "Name: {1}", nl: "Naam: {1}"),
        "inzage.md.household.address": Phrase(en: "Address: {1}", nl: "Adres: {1}"),
        "inzage.md.household.language": Phrase(en: "Language: {1}", nl: "Taal: {1}"),
        "inzage.md.household.note": Phrase(
            en: "The team's note on the household: {1}", nl: "Notitie van het team over het huishouden: {1}"),
        "inzage.md.member": Phrase(en: "Also in the household: {1} ({2})", nl: "Ook in het huishouden: {1} ({2})"),
        "inzage.md.member.left": Phrase(en: "left on {1}", nl: "vertrokken op {1}"),
        "inzage.md.cases": Phrase(en: "Cases", nl: "Casussen"),
        "inzage.md.case": Phrase(en: "Case #{1}, opened {2}, phase {3}", nl: "Casus #{1}, geopend {2}, fase {3}"),
        "inzage.md.case_ref": Phrase(en: "case #{1}", nl: "casus #{1}"),
        "inzage.md.case.question": Phrase(en: "question: {1}", nl: "vraag: {1}"),
        "inzage.md.case.behind": Phrase(en: "question behind it: {1}", nl: "vraag erachter: {1}"),
        "inzage.md.case.domains": Phrase(en: "life domains: {1}", nl: "leefgebieden: {1}"),
        "inzage.md.case.source": Phrase(en: "came in through: {1}", nl: "binnengekomen via: {1}"),
        "inzage.md.case.regisseur": Phrase(en: "regisseur: {1}", nl: "regisseur: {1}"),
        "inzage.md.case.safety": Phrase(en: "a safety case", nl: "een veiligheidscasus"),
        "inzage.md.case.closed": Phrase(en: "closed on {1}", nl: "afgesloten op {1}"),
        "inzage.md.case.closed_reason": Phrase(en: "why closed: {1}", nl: "reden van afsluiten: {1}"),
        "inzage.md.goals": Phrase(en: "Plan goals", nl: "Doelen in het plan"),
        "inzage.md.goal": Phrase(en: "case #{1} · {2}, aim {3}: {4}", nl: "casus #{1} · {2}, doel {3}: {4}"),
        "inzage.md.goal.household": Phrase(en: "for the whole household", nl: "voor het hele huishouden"),
        "inzage.md.zrm": Phrase(en: "Your ZRM scores", nl: "Uw ZRM-scores"),
        "inzage.md.score": Phrase(en: "{1} · {2}: {3}", nl: "{1} · {2}: {3}"),
        "inzage.md.journal": Phrase(en: "Journal entries about you and your household", nl: "Journaalregels over u en uw huishouden"),
        "inzage.md.journal.sensitive": Phrase(en: "sensitive", nl: "gevoelig"),
        "inzage.md.provisions": Phrase(en: "Provisions", nl: "Voorzieningen"),
        "inzage.md.provision": Phrase(en: "case #{1} · {2} · {3}: {4} ({5})", nl: "casus #{1} · {2} · {3}: {4} ({5})"),
        "inzage.md.provision.start": Phrase(en: "from {1}", nl: "vanaf {1}"),
        "inzage.md.follow_ups": Phrase(en: "Follow-ups", nl: "Vervolgafspraken"),
        "inzage.md.follow_up": Phrase(en: "case #{1} · {2} · {3}: {4}", nl: "casus #{1} · {2} · {3}: {4}"),
        "inzage.md.follow_up.done": Phrase(en: "(done: {1})", nl: "(gedaan: {1})"),
        "inzage.md.follow_up.open": Phrase(en: "(still to do)", nl: "(nog te doen)"),
        "inzage.md.decisions": Phrase(en: "Decisions", nl: "Besluiten"),
        "inzage.md.signals": Phrase(en: "Signals the team received", nl: "Signalen die het team ontving"),
        "inzage.md.signal.reporter": Phrase(en: "reported by {1}", nl: "gemeld door {1}"),
        "inzage.md.signal.reporter_left_out": Phrase(en: "reporter left out", nl: "melder weggelaten"),
        "inzage.md.network": Phrase(en: "Your network as the team recorded it", nl: "Uw netwerk zoals het team het vastlegde"),
        "inzage.md.tie.unnamed": Phrase(en: "(name left out)", nl: "(naam weggelaten)"),
        "inzage.followup.note_left_out": Phrase(
            en: "(note left out: a safety step still to do)", nl: "(notitie weggelaten: een veiligheidsstap die nog moet gebeuren)"),
        "inzage.md.corrections": Phrase(en: "Corrections made", nl: "Gemaakte correcties"),
        "inzage.md.correction": Phrase(
            en: "{1} · {2}: \"{3}\" became \"{4}\" (reason: {5})", nl: "{1} · {2}: \"{3}\" werd \"{4}\" (reden: {5})"),
        "inzage.md.access": Phrase(en: "Who looked at your data, and when", nl: "Wie uw gegevens inzag, en wanneer"),
        "inzage.md.access.refused": Phrase(en: "refused", nl: "geweigerd"),
        "inzage.action.open_household": Phrase(en: "opened the household", nl: "opende het huishouden"),
        "inzage.action.open_network": Phrase(en: "opened the network", nl: "opende het netwerk"),
        "inzage.action.open_journal": Phrase(en: "opened the journal", nl: "opende het journaal"),
        "inzage.action.read_sensitive": Phrase(en: "read sensitive entries", nl: "las gevoelige regels"),
        "inzage.action.change": Phrase(en: "changed something", nl: "wijzigde iets"),
        "inzage.action.export": Phrase(en: "exported", nl: "exporteerde"),
        "inzage.action.search": Phrase(en: "found it in a search", nl: "vond het bij zoeken"),
        "inzage.action.seal": Phrase(en: "sealed the log", nl: "verzegelde de log"),
        // InzageStore.swift
        "inzage.store.denied": Phrase(
            en: "an inzage is made by the team lead or the privacy officer; you are {1}",
            nl: "een inzage maakt de teamleider of de functionaris gegevensbescherming; jij bent {1}"),
        "inzage.store.unknown_person": Phrase(
            en: "no person #{1}", nl: "geen persoon #{1}"),
    ]
}
