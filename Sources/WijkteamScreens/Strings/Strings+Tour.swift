import Wijkteam

extension ScreenStrings {
    /// The guided tour, read-only sessions and the glossary screen.
    static let tour: Section = [
        // Tour.swift
        "tour.panel.title": Phrase(en: "Tour {1}/{2} · {3}", nl: "Rondleiding {1}/{2} · {3}"),
        "tour.keys": Phrase(en: "→ / Space next · ← back · i words on this screen · ? help · q end the tour",
                            nl: "→ / spatie verder · ← terug · i woorden op dit scherm · ? hulp · q rondleiding stoppen"),
        "tour.keys.last": Phrase(en: "← back · i words on this screen · ? help · q end the tour",
                                 nl: "← terug · i woorden op dit scherm · ? hulp · q rondleiding stoppen"),
        "tour.board.title": Phrase(en: "The caseload board", nl: "Het caseloadbord"),
        "tour.board.text": Phrase(
            en: "Every open case of the team, one column per regisseur, with their load against their capacity. Each household has one regisseur: één gezin, één plan, één regisseur. However many professionals help, the family has one contact and one plan. On a card: ⚠ safety (Meldcode), P preventive and O outreaching follow-ups, days since the last contact.",
            nl: "Alle open casussen van het team, één kolom per regisseur, met de caseload tegenover de capaciteit. Elk huishouden heeft één regisseur: één gezin, één plan, één regisseur. Hoeveel professionals er ook helpen, het gezin heeft één aanspreekpunt en één plan. Op een kaart: ⚠ veiligheid (Meldcode), P preventieve en O outreachende opvolging, dagen sinds het laatste contact."),
        "tour.household.title": Phrase(en: "One household", nl: "Eén huishouden"),
        "tour.household.text": Phrase(
            en: "Members, the case and its phase, ZRM scores over time, plan goals, provisions, follow-ups and the journal. ZRM is the outcome: the team measures self-reliance on 13 domains, from 1 acute to 5 fully self-reliant, and each plan goal names a target score. The learning note at the top tells new staff why this situation is typical and what the team decided.",
            nl: "Gezinsleden, de casus en de fase, ZRM-scores door de tijd, plandoelen, voorzieningen, opvolging en het journaal. De ZRM is de uitkomstmaat: het team meet zelfredzaamheid op 13 domeinen, van 1 acuut tot 5 volledig zelfredzaam, en elk plandoel noemt een doelscore. De leernotitie bovenaan vertelt nieuwe collega's waarom deze situatie typisch is en wat het team besloot."),
        "tour.network.title": Phrase(en: "Its network (ecogram)", nl: "Het netwerk (ecogram)"),
        "tour.network.text": Phrase(
            en: "The route to support, per plan goal: eigen kracht (what the household does itself) → the network (which ties "
                + "were asked; only ties that consented to sharing can be named) → voorliggend veld (a general provision of the "
                + "district, offered by life domain) → only then maatwerk. W walks a goal's route; P refuses a maatwerkvoorziening "
                + "until every rung said why it cannot carry this. Here: ties by sector and strength; P practical, G company, "
                + "A advice, E emotional support; a mantelzorger's hours with an overload warning; beroepsgeheim and consent.",
            nl: "De route naar ondersteuning, per plandoel: eigen kracht (wat het huishouden zelf doet) → het netwerk (wie er "
                + "gevraagd is; alleen wie toestemming gaf om te delen kan genoemd worden) → voorliggend veld (een algemene "
                + "voorziening in de wijk, per leefgebied) → pas dan maatwerk. Met W loop je de route van een doel; P weigert een "
                + "maatwerkvoorziening tot elke stap zei waarom die dit niet kan dragen. Hier: banden per sector en sterkte; "
                + "P praktisch, G gezelschap, A advies, E emotionele steun; de uren van een mantelzorger met een waarschuwing "
                + "bij overbelasting; beroepsgeheim en toestemming."),
        "tour.triage.text": Phrase(
            en: "New registrations and signals, ranked by an urgency of which every point has a reason. Safety signals are always on "
                + "top and go through the five Meldcode steps, consulting or reporting to Veilig Thuis. Vroegsignalering of payment "
                + "arrears leads to outreaching work: the team rings the bell before debts grow. Each decision picks a route and a "
                + "regisseur. n registers a new one: its household found or added, never twice.",
            nl: "Nieuwe aanmeldingen en signalen, op urgentie gerangschikt, elk punt met een reden. Veiligheidssignalen staan altijd "
                + "bovenaan en volgen de vijf stappen van de Meldcode, met overleg met of een melding bij Veilig Thuis. "
                + "Vroegsignalering van betaalachterstanden leidt tot outreachend werk: het team belt aan voordat schulden groeien. "
                + "Elk besluit kiest een route en een regisseur. Met n registreer je een nieuwe: huishouden gevonden of toegevoegd, "
                + "nooit dubbel."),
        "tour.followups.text": Phrase(
            en: "Preventive and outreaching work is planned, not hoped for: a check-in with a lonely elder in six weeks (preventive), a home visit after a payment-arrears signal (outreaching), an evaluation of the plan. Overdue ones come first, with their owner, so nothing quietly slips.",
            nl: "Preventief en outreachend werk wordt gepland, niet gehoopt: over zes weken langs bij een eenzame oudere (preventief), een huisbezoek na een signaal van betalingsachterstand (outreachend), een evaluatie van het plan. Wat over tijd is staat bovenaan, met de eigenaar, zodat niets stilletjes blijft liggen."),
        "tour.meeting.title": Phrase(en: "The case meeting", nl: "Het casuïstiekoverleg"),
        "tour.meeting.text": Phrase(
            en: "The weekly casuïstiekoverleg, built from the data: safety first, then new registrations, cases put up for discussion, stuck cases and overloaded regisseurs. The team lead steps through the items with a timer and records decisions and actions; the besluitenlijst goes to the team's shared folder with initials only.",
            nl: "Het wekelijkse casuïstiekoverleg, opgebouwd uit de gegevens: eerst veiligheid, dan nieuwe aanmeldingen, ingebrachte casussen, vastgelopen casussen en overbelaste regisseurs. De teamleider loopt de punten af met een timer en legt besluiten en acties vast; de besluitenlijst gaat met alleen initialen naar de gedeelde map van het team."),
        "tour.glossary.title": Phrase(en: "Words of the work", nl: "Woorden uit het vak"),
        "tour.glossary.text": Phrase(
            en: "The Dutch words of the work stay Dutch on every screen. Press i anywhere: the glossary opens with the words on that screen first, and typing searches all of them. Everything in the tour is read-only: a key that would change something says so instead.",
            nl: "Woorden uit het vak blijven op elk scherm Nederlands. Druk overal op i: de woordenlijst opent met de woorden van dat scherm bovenaan, en typen doorzoekt ze allemaal. In de rondleiding kun je niets wijzigen: een toets die iets zou veranderen, zegt dat."),
        // Shell.swift: the tour's keys
        "tour.atEnd": Phrase(en: "This is the last stop · q ends the tour", nl: "Dit is de laatste stop · q stopt de rondleiding"),
        "tour.atStart": Phrase(en: "This is the first stop", nl: "Dit is de eerste stop"),
        "tour.ended": Phrase(en: "Tour ended · t starts it again", nl: "Rondleiding gestopt · t start hem opnieuw"),
        "tour.keysHint": Phrase(en: "In the tour: → next · ← back · i words · ? help · q end",
                                nl: "In de rondleiding: → verder · ← terug · i woorden · ? hulp · q stoppen"),
        "shell.header.householdKeys.readOnly": Phrase(en: "]/[ sections · n network · i words on this screen · read-only",
                                                      nl: "]/[ delen · n netwerk · i woorden op dit scherm · alleen-lezen"),
        "status.readOnly": Phrase(en: "read-only", nl: "alleen-lezen"),
        "status.tour": Phrase(en: "tour · read-only", nl: "rondleiding · alleen-lezen"),
        // ReadOnly.swift
        "readonly.option": Phrase(en: "Read-only session (--read-only): nothing can be changed",
                                  nl: "Alleen-lezen (--read-only): er kan niets worden gewijzigd"),
        "readonly.newStaff": Phrase(en: "Read-only for new staff: browse and learn; a colleague makes changes",
                                    nl: "Alleen-lezen voor nieuwe collega's: kijk en leer; een collega voert wijzigingen door"),
        "readonly.tour": Phrase(en: "The tour only shows: nothing can be changed from it",
                                nl: "De rondleiding laat alleen zien: er kan niets worden gewijzigd"),
        // GlossaryScreen.swift
        "glossaryScreen.title": Phrase(en: "Glossary", nl: "Woordenlijst"),
        "glossaryScreen.search": Phrase(en: "type to search terms and explanations", nl: "typ om begrippen en uitleg te zoeken"),
        "glossaryScreen.noMatch": Phrase(en: "No term matches '{1}'", nl: "Geen begrip gevonden voor '{1}'"),
        "glossaryScreen.onThisScreen": Phrase(en: "• on the screen you came from", nl: "• op het scherm waar je vandaan kwam"),
        "glossaryScreen.footer": Phrase(en: "↑/↓ term · type to search · Esc clears, then closes",
                                        nl: "↑/↓ begrip · typ om te zoeken · Esc wist, daarna sluiten"),
    ]
}
