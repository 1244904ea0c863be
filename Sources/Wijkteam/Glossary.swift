/// Dutch terms of the work, explained for new staff. The help screen and the README's
/// glossary both come from this table (a test keeps the README in step).
public struct GlossaryEntry: Hashable, Sendable {
    public var term: String
    public var explanation: String
}

public enum Glossary {
    public static let entries: [GlossaryEntry] = [
        .init(term: "Sociaal wijkteam", explanation: "The neighbourhood team of generalists that is the front door (toegangspoort) for support at home, with money, family, health and daily life."),
        .init(term: "Regisseur", explanation: "The one generalist who holds the regie of a household's support: keeps the overview, coordinates the professionals, and is the household's contact."),
        .init(term: "Regie", explanation: "Holding the overview and coordination of a household's support (one family, one plan, one regisseur)."),
        .init(term: "1Gezin1Plan", explanation: "Eén gezin, één plan, één regisseur: one household, one support plan, one regisseur, however many professionals are involved."),
        .init(term: "Hulpvraag", explanation: "The question for help as the resident puts it (the presenting question)."),
        .init(term: "Vraag achter de vraag", explanation: "The question behind the question: the elder asking for a mobility scooter may really be lonely."),
        .init(term: "Aanmelding", explanation: "Registration: a household or a signal about it reaches the team (phase 1)."),
        .init(term: "Triage", explanation: "Weighing a registration: how urgent, safety first, which route, who takes it (phase 2)."),
        .init(term: "Keukentafelgesprek", explanation: "The 'kitchen-table conversation': the first in-depth talk at home about the question, eigen kracht and the network (phase 3)."),
        .init(term: "Ondersteuningsplan", explanation: "The household's support plan: goals (with target ZRM scores), who does what, and when it is evaluated."),
        .init(term: "Uitvoering", explanation: "Carrying out the plan (phase 5)."),
        .init(term: "Evaluatie", explanation: "Evaluating the plan against its goals and the ZRM scores (phase 6)."),
        .init(term: "Afgesloten", explanation: "Closed: the case is finished, with a reason (phase 7)."),
        .init(term: "Niet toegewezen", explanation: "Unassigned: a case that has no regisseur yet."),
        .init(term: "Bespreken", explanation: "Put up for discussion: a generalist asks the team a question about a case in the next meeting."),
        .init(term: "Eigen kracht", explanation: "What residents can do themselves; asked about first, before any provision."),
        .init(term: "Sociaal netwerk", explanation: "Family, friends, neighbours and volunteers around a household; asked second, before provisions."),
        .init(term: "Mantelzorger", explanation: "Informal carer: a family member, friend or neighbour who cares for someone unpaid. Their hours and exhaustion are tracked so they do not break down."),
        .init(term: "Voorliggend veld", explanation: "General provisions open to everyone without an assessment: community centre, meal service, volunteer help, debt café. Used before tailored provisions."),
        .init(term: "Maatwerkvoorziening", explanation: "A tailored provision (under the Wmo or Jeugdwet) bought from a provider, after assessment; providers often have waiting lists."),
        .init(term: "Wmo", explanation: "Wet maatschappelijke ondersteuning: the law under which municipalities support adults to live at home and take part in society."),
        .init(term: "Jeugdwet", explanation: "The Youth Act: the municipality's duty for youth care and parenting support."),
        .init(term: "Vroegsignalering", explanation: "Early signalling: landlords, energy and water companies and insurers report payment arrears so the team can reach out before debts grow."),
        .init(term: "Preventief", explanation: "Preventive follow-up: a planned check so a situation does not get worse (e.g. a check-in with a lonely elder in six weeks)."),
        .init(term: "Outreachend", explanation: "Outreaching work: the team approaches a resident proactively, usually at home, instead of waiting for a question (e.g. a home visit after a payment-arrears signal)."),
        .init(term: "Meldcode", explanation: "The mandatory five-step protocol for signs of domestic violence or child abuse: map signals; consult a colleague and/or Veilig Thuis; talk with the client; weigh with the afwegingskader; decide: organise help or report."),
        .init(term: "Afwegingskader", explanation: "The assessment framework of the Meldcode's fourth step: is there (a suspicion of) acute or structural unsafety, and can the team organise sufficient help?"),
        .init(term: "Veilig Thuis", explanation: "The regional advice and reporting centre for domestic violence and child abuse."),
        .init(term: "ZRM", explanation: "Zelfredzaamheid-Matrix: scores an adult's self-reliance on 13 domains from 1 acute, 2 niet zelfredzaam, 3 beperkt, 4 voldoende to 5 volledig zelfredzaam. Progress is the change between measurements."),
        .init(term: "NEN 7513", explanation: "The Dutch standard for logging access to client data: who, on whose behalf, which client, what action, the result, when and from where. Wijkteam keeps such a log, hash-chained so that tampering shows (wijkteam audit --verify)."),
        .init(term: "Need-to-know", explanation: "Only those who need data about a client for their work see it: sensitive journal entries and safety signals are for the case's regisseur, the team lead and colleagues added to the case."),
        .init(term: "Zelfredzaamheid", explanation: "Self-reliance: being able to manage daily life on one's own or with one's own network."),
        .init(term: "Ecogram", explanation: "A map of the household's network: the household in the middle, ties around it by sector, drawn by strength and kind of support."),
        .init(term: "Beroepsgeheim", explanation: "Professional secrecy: professionals such as the huisarts and GGZ may not share information without consent; volunteers and family have no such duty."),
        .init(term: "Huisarts", explanation: "General practitioner (family doctor); a frequent source of registrations."),
        .init(term: "Woningcorporatie", explanation: "Housing corporation (social landlord); reports rent arrears and nuisance."),
        .init(term: "Wijkverpleegkundige", explanation: "District nurse, often a generalist in the team."),
        .init(term: "Schuldhulpverlening", explanation: "Debt counselling by the municipality or its provider."),
        .init(term: "GGZ", explanation: "Geestelijke gezondheidszorg: mental health care."),
        .init(term: "Wijkagent", explanation: "The neighbourhood police officer."),
        .init(term: "Casuïstiekoverleg", explanation: "The team's case meeting: safety first, new registrations, cases put up for discussion, stuck cases and capacity, each with a timebox; it ends with a besluitenlijst."),
        .init(term: "Besluitenlijst", explanation: "The list of decisions and actions (with owner and due date) that comes out of a case meeting: the minutes."),
        .init(term: "Buurt / wijk", explanation: "Neighbourhood / district: a wijk holds several buurten."),
    ]

    /// Case-insensitive search in terms and explanations, terms first.
    public static func search(_ query: String) -> [GlossaryEntry] {
        let q = query.lowercased()
        guard !q.isEmpty else { return entries }
        let inTerm = entries.filter { $0.term.lowercased().contains(q) }
        let inText = entries.filter { !$0.term.lowercased().contains(q) && $0.explanation.lowercased().contains(q) }
        return inTerm + inText
    }
}

