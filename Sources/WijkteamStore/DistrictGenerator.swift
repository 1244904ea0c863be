import Wijkteam

/// A plausible, fictional, deterministic district of any size, for benchmarks and load tests:
/// the same seed and size always give the same content.
public struct DistrictGenerator {
    public struct Size: Sendable {
        public var households: Int
        public var openCases: Int
        public var staff: Int
        public var journalPerCase: Int
        public var openSignals: Int
        public init(households: Int = 20_000, openCases: Int = 6_000, staff: Int = 120, journalPerCase: Int = 10, openSignals: Int? = nil) {
            self.households = households; self.openCases = min(openCases, households); self.staff = max(2, staff)
            self.journalPerCase = journalPerCase; self.openSignals = openSignals ?? max(5, households / 40)
        }
        /// Scales the default city (20,000 households, 6,000 open cases, 120 staff) to `households`.
        public static func city(households: Int) -> Size {
            Size(households: households, openCases: households * 3 / 10, staff: max(4, households * 120 / 20_000))
        }
    }

    var rng: SplitMix64
    /// The year of history (issue 29) draws from its own stream: the rest of a seed's city stays as it was.
    var past: SplitMix64
    let size: Size
    let today: Day

    public init(seed: UInt64, size: Size, today: Day) {
        rng = SplitMix64(seed: seed)
        past = SplitMix64(seed: seed ^ 0x5EED_0F_29)
        self.size = size
        self.today = today
    }

    static let firstNames = ["Anna", "Bram", "Chantal", "Daan", "Emma", "Fenna", "Gijs", "Hanna", "Ilse", "Jesse", "Kees", "Lotte",
                             "Milan", "Noor", "Olaf", "Pien", "Ruben", "Sanne", "Thijs", "Vera", "Wout", "Yara", "Zoë", "Ayşe",
                             "Mehmet", "Fatma", "Youssef", "Samira", "Łukasz", "Agnieszka", "Thanh", "Mei", "Abdi", "Hodan",
                             "Senait", "Rosa", "Jurgen", "Noël", "Brontë", "Iris", "Kofi", "Ama", "Dewi", "Rik", "Femke"]
    static let surnames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
                           "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yılmaz",
                           "Çelik", "Şahin", "El Amrani", "Haddou", "Nowak", "Kowalski", "Nguyễn", "Tran", "Wang", "Warsame",
                           "Tesfay", "Martina", "Rosaria", "Mensah", "Boateng", "Kramer", "Hoekstra", "Post", "Kuipers"]
    static let streetParts = ["Kersen", "Molen", "Haven", "Linden", "Beuken", "Eiken", "Wilgen", "Vlinder", "Zwaluw", "Merel",
                              "Klaver", "Tulp", "Roos", "Iris", "Duin", "Polder", "Sluis", "Dijk", "Brug", "Kade"]
    static let streetKinds = ["laan", "straat", "hof", "pad", "plein", "kade", "singel", "weg"]
    static let disciplines: [(String, [LifeDomain])] = [
        ("wijkverpleegkundige", [.lichamelijkeGezondheid, .basaleADL]), ("schuldhulpverlener", [.financien]),
        ("jeugdcoach", [.opvoeding, .huiselijkeRelaties]), ("GGZ-consulent", [.geestelijkeGezondheid, .middelengebruik]),
        ("maatschappelijk werker", [.huiselijkeRelaties, .financien]), ("ouderenadviseur", [.sociaalNetwerk, .instrumenteleADL]),
        ("MEE-consulent", [.maatschappelijkeParticipatie, .werkOpleiding]), ("woonconsulent", [.huisvesting]),
    ]
    static let languages = ["nl", "nl", "nl", "nl", "nl", "nl", "tr", "ar", "pl", "en", "so", "ti", "vi", "zh", "pap"]

    // Journal notes are put together from three parts (about 5,000 variations), so a search
    // over a generated journal finds a realistic share of the entries, not a sixth of them.
    static let journalOpenings = [
        "Home visit:", "Phone call:", "Keukentafelgesprek:", "Talked with the mantelzorger:", "Consulted the huisarts:",
        "Netwerkberaad:", "Met at the buurtcentrum:", "Called the school:", "Joint visit with the wijkverpleging:",
        "Short check-in:", "Consultation with the budgetcoach:", "Outreaching visit, unannounced:", "Video call:",
        "Email from the housing corporation:", "Evaluation meeting:",
    ]
    static let journalTopics = [
        "rent arrears are growing", "the budgetplan is kept for now", "schuldhulp intake is planned", "sleeps badly since the move",
        "the daughter helps with shopping", "neighbours complain about noise", "the son skips school twice a week",
        "the scootmobiel request is pending", "loneliness came up again", "the mantelzorger is exhausted",
        "the bewindvoerder sends the overview", "dagbesteding two mornings a week", "mould in the bedroom, corporation informed",
        "lost the job at the warehouse", "benefit application is complete", "medication is not taken regularly",
        "the volunteer driver stopped", "language course started", "arguments at home have calmed down",
        "wants to try without support", "waiting list for the GGZ team", "energy bill is paid off",
        "the youngest goes to the voorschool", "fell last week, no fracture", "neighbour brings meals now",
    ]
    static let journalNext = [
        "Next visit in two weeks.", "Follow-up call next week.", "Agreed to check again after the holiday.",
        "Will discuss in the casuistiekoverleg.", "Client will call if anything changes.", "Referral sent with consent.",
        "Letter to the corporation drafted together.", "Plan adjusted; goals stay the same.", "No action needed for now.",
        "Asked the network to help with transport.", "Meldcode: no concerns at this point.", "Appointment made at the wijkpunt.",
    ]

    mutating func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
    mutating func int(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(rng.next() % UInt64(r.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(rng.next() % 10_000) < p * 10_000 }

    /// The same seed gives the same district in any language: labels written as data are English.
    public mutating func generate() -> DistrictData {
        Language.$scoped.withValue(.en) { generateInEnglish(batch: nil) { _, _ in } }.data
    }

    /// The parts a district is handed over in by `generate(batch:_:)`.
    public enum Part: Sendable {
        /// The district's name, its staff (every capacity 0) and catalogues.
        case team
        /// A batch of households with everything recorded about them.
        case households
        /// The open signals, and the staff with their capacities (known when every case is made).
        case closing
    }

    /// How much a generated district holds.
    public struct Summary: Sendable, Equatable {
        public var households = 0, openCases = 0, staff = 0, journalEntries = 0, signals = 0
    }

    /// The same district as `generate()`, handed to `write` in parts as it is made (`batch`
    /// households at a time), so that it is never in memory whole.
    public mutating func generate(batch: Int, _ write: (DistrictData, Part) throws -> Void) throws -> Summary {
        try Language.$scoped.withValue(.en) { try generateInEnglish(batch: max(1, batch), write) }.summary
    }

    /// The ids handed out so far, one counter per kind of record.
    struct Counters {
        var personID = 0, caseID = 0, tieID = 0, followID = 0, journalID = 0, goalID = 0, provisionID = 0, signalID = 0
    }

    /// Without a `batch` the whole district is returned and `write` is not called.
    private mutating func generateInEnglish(batch: Int?, _ write: (DistrictData, Part) throws -> Void) rethrows
        -> (data: DistrictData, summary: Summary)
    {
        let wijken = ["Oosterveld", "Westerhaven", "Noorderpolder"]
        let buurten = wijken.flatMap { w in (1...4).map { "\(w) \($0)" } }
        var d = DistrictData(info: DistrictInfo(name: "Wijkteams Lindhoven (generated)", municipality: "Lindhoven",
                                                wijk: wijken.joined(separator: ", "), buurten: buurten, demo: true),
                             referenceDate: today)
        generateStaff(into: &d)
        // Before the households, and without the random stream: the rest of the city stays as it was.
        d.providers = Self.providers(count: Self.providerCount)
        let regisseurs = d.staff.filter { !$0.isAway(on: today) }.map(\.id)
        let perRegisseur = Double(size.openCases) / Double(max(1, regisseurs.count))
        let streets = (0..<max(10, size.households / 60)).map { _ in pick(Self.streetParts) + pick(Self.streetKinds) }
        if batch != nil { try write(d, .team) }

        var ids = Counters()
        let openEvery = Double(size.households) / Double(max(1, size.openCases))
        var openMade = 0
        var loads: [StaffID: Double] = [:]
        for h in 1...max(1, size.households) {
            let members = generateHousehold(h, wijken: wijken, buurten: buurten, streets: streets, into: &d, ids: &ids)
            // Every household has had a case; about three in ten are open.
            let open = openMade < size.openCases && Double(h) >= Double(openMade) * openEvery
            if open { openMade += 1 }
            generateCase(of: h, members: members, open: open, regisseurs: regisseurs, into: &d, ids: &ids, loads: &loads)
            if let batch, h % batch == 0 || h == max(1, size.households) {
                try write(d, .households)
                d = d.teamOnly()
            }
        }
        for _ in 0..<size.openSignals {
            ids.signalID += 1
            d.signals.append(Signal(id: ids.signalID, householdID: int(1...max(1, size.households)), date: today.adding(days: -int(0...30)),
                                    source: pick(SignalSource.allCases), description: "Signaal over dit huishouden",
                                    domains: [pick(LifeDomain.allCases)], safety: chance(0.02)))
        }
        // Capacities around each regisseur's share, so the board shows ok, high and over.
        for i in d.staff.indices {
            let load = loads[d.staff[i].id] ?? 0
            let factor = [0.8, 1.05, 1.2, 1.3, 1.5][Int(rng.next() % 5)]
            d.staff[i].capacity = (max(load, perRegisseur * 0.5) * factor).rounded()
        }
        if batch != nil { try write(d, .closing) }
        let summary = Summary(
            households: max(1, size.households), openCases: openMade, staff: d.staff.count, journalEntries: ids.journalID,
            signals: ids.signalID)
        return (d, summary)
    }

    /// Staff: teams of about twelve, one team lead each.
    private mutating func generateStaff(into d: inout DistrictData) {
        for i in 0..<size.staff {
            let isLead = i % 12 == 0
            let (discipline, expertise) = isLead ? ("teamleider", [LifeDomain.huiselijkeRelaties]) : pick(Self.disciplines)
            let id = "s\(i + 1)"
            let name = "\(pick(Self.firstNames)) \(pick(Self.surnames))"
            let languages = chance(0.3) ? ["nl", pick(Self.languages)] : ["nl"]
            // About one in 25 is on leave: three weeks, one of them gone.
            let away = !isLead && chance(0.04)
            d.staff.append(
                Staff(
                    id: id, name: name, role: isLead ? .teamLead : .generalist, discipline: discipline,
                    expertise: expertise, capacity: 0, languages: languages, account: nil,
                    absences: away
                        ? [StaffAbsence(staffID: id, from: today.adding(days: -7), to: today.adding(days: 14), kind: .leave)] : []))
        }
    }

    /// Household `h` with its members and network; returns the members.
    private mutating func generateHousehold(_ h: Int, wijken: [String], buurten: [String], streets: [String],
                                            into d: inout DistrictData, ids: inout Counters) -> [Person] {
        let surname = pick(Self.surnames)
        let buurt = buurten[h % buurten.count]
        var members: [Person] = []
        let adults = int(1...2)
        for a in 0..<adults {
            ids.personID += 1
            let name = "\(pick(Self.firstNames)) \(surname)"  // drawn before the year, as always
            let year = today.year - int(19...88)
            let role: MemberRole = adults == 2 ? (a == 0 ? .parent : .partner) : .adult
            members.append(
                Person(
                    id: ids.personID, householdID: h, name: name, birthYear: year, role: role,
                    isClient: a == 0, birthDate: birthDate(year, person: ids.personID)))
        }
        for _ in 0..<(chance(0.45) ? int(1...3) : 0) {
            ids.personID += 1
            let name = "\(pick(Self.firstNames)) \(surname)"
            let year = today.year - int(0...17)
            members.append(
                Person(
                    id: ids.personID, householdID: h, name: name, birthYear: year, role: .child,
                    isClient: false, birthDate: birthDate(year, person: ids.personID)))
        }
        let number = int(1...240)
        let address = Address(
            street: streets[h % streets.count], number: String(number), postcode: Self.postcode(street: h % streets.count, number: number),
            buurt: buurt, wijk: wijken[(h % buurten.count) / 4])
        let language = pick(Self.languages)
        d.households.append(Household(id: h, name: "Huishouden \(surname)", address: address, language: language, members: members))
        for _ in 0..<int(3...12) {
            ids.tieID += 1
            let sector = pick(Sector.allCases)
            let carer = sector == .family || sector == .volunteersCarers ? (chance(0.3) ? int(2...30) : nil) : nil
            d.ties.append(NetworkTie(id: ids.tieID, householdID: h, name: "\(pick(Self.firstNames)) \(pick(Self.surnames))",
                                     sector: sector, relation: sector.label.lowercased(), isOrganisation: sector == .professionals,
                                     strength: pick(TieStrength.allCases), support: [pick(SupportKind.allCases)],
                                     carerHoursPerWeek: carer, exhausted: (carer ?? 0) > 24 && chance(0.5),
                                     professionalSecrecy: sector == .professionals, consentToShare: chance(0.6)))
        }
        return members
    }

    /// A street's postcode, one per twenty house numbers ("1000 AA" for numbers 1–20 of the
    /// first street), so the front door has addresses to match. Derived, not drawn: the rest of
    /// a seed's city stays as it was.
    static func postcode(street: Int, number: Int) -> String {
        let letters = Array("ABCDEFGHJKLMNPRTVWXZ")
        return "\(1000 + street % 9000) A\(letters[(number - 1) / 20 % letters.count])"
    }

    /// A full birth date in `year`, derived from the person's id; never after today.
    func birthDate(_ year: Int, person: Int) -> Day? {
        let day = Day(year: year, month: person % 12 + 1, day: person * 7 % 28 + 1)
        return day.map { $0 > today ? Day(year: year, month: 1, day: 1)! : $0 }
    }

    /// The case of household `h` with its journal; an open one also gets follow-ups, perhaps a
    /// plan with ZRM scores and a provision.
    private mutating func generateCase(of h: Int, members: [Person], open: Bool, regisseurs: [StaffID],
                                       into d: inout DistrictData, ids: inout Counters, loads: inout [StaffID: Double]) {
        ids.caseID += 1
        let caseID = ids.caseID
        let phase: Phase = open ? pick([.aanmelding, .triage, .keukentafelgesprek, .plan, .uitvoering, .uitvoering, .uitvoering, .evaluatie]) : .afgesloten
        let unassigned = open && (phase == .aanmelding || phase == .triage) && chance(0.5)
        let regisseur: StaffID? = unassigned ? nil : pick(regisseurs)
        var opened = today.adding(days: -int(open ? 10...400 : 400...1500))
        // About a third of the closed cases closed in the last twelve months.
        let closedOn: Day? = open || !pastChance(0.33) ? nil : today.adding(days: -pastInt(0...364))
        if let closedOn { opened = closedOn.adding(days: -pastInt(14...330)) }
        let c = Case(id: caseID, householdID: h, opened: opened, source: pick(SignalSource.allCases),
                     presentingQuestion: pick(["Hulp bij schulden", "Vraagt een scootmobiel", "Zorgen om opvoeding",
                                               "Huurachterstand", "Eenzaamheid", "Mantelzorger overbelast", "Werk en inkomen"]),
                     questionBehind: chance(0.5) ? pick(["eenzaam", "faalangst", "verslaving", "rouw", "overbelasting"]) : nil,
                     domains: Array(Set((0..<int(1...3)).map { _ in pick(LifeDomain.allCases) })).sorted { $0.rawValue < $1.rawValue },
                     phase: phase, regisseurID: regisseur, complexity: int(1...3), safety: open && chance(0.01),
                     discussion: open && chance(0.01) ? "Graag meedenken over de volgende stap" : nil,
                     closedReason: open ? nil : "doelen bereikt")
        d.cases.append(c)
        // A case closed this year closes for one of the usual reasons.
        if closedOn != nil { d.cases[d.cases.count - 1].closedReason = pastPick(Self.closeReasons) }
        generateHistory(of: d.cases[d.cases.count - 1], closedOn: closedOn, members: members, regisseurs: regisseurs, into: &d, ids: &ids)
        if let r = regisseur, open { loads[r, default: 0] += Caseload.weight(of: c) }
        for j in 0..<size.journalPerCase {
            ids.journalID += 1
            // A closed case's journal ends on its closing day.
            let date = min(closedOn ?? today, opened.adding(days: j * int(3...20)))
            d.journal.append(
                JournalEntry(
                    id: ids.journalID, caseID: caseID, date: date, kind: pick(JournalKind.allCases),
                    authorID: regisseur ?? pick(regisseurs),
                    text: "\(pick(Self.journalOpenings)) \(pick(Self.journalTopics)). \(pick(Self.journalNext))", sensitive: chance(0.05)))
        }
        guard open else { return }
        for _ in 0..<int(0...2) {
            ids.followID += 1
            d.followUps.append(FollowUp(id: ids.followID, caseID: caseID, kind: pick(FollowUpKind.allCases),
                                        due: today.adding(days: int(-30...60)), ownerID: regisseur ?? pick(regisseurs),
                                        note: "Vervolgafspraak"))
        }
        if phase >= .plan {
            ids.goalID += 1
            d.goals.append(PlanGoal(id: ids.goalID, caseID: caseID, domain: c.domains[0], personID: members[0].id,
                                    targetScore: int(3...5), text: "Stabiel op \(c.domains[0].label)"))
            // Each measurement complete: the case's domains scored (financien when it names none),
            // the others marked not assessed.
            let scored = c.domains.filter(\.isZRM).isEmpty ? [LifeDomain.financien] : c.domains.filter(\.isZRM)
            let rest = Set(ZRMMeasurement.unaccounted(scored: scored, notAssessed: []))
            for m in members.filter({ $0.isAdult(on: today) }) {
                for k in 0..<int(1...3) {
                    let date = opened.adding(days: 30 * k + 7)
                    for domain in scored {
                        d.zrm.append(ZRMScore(personID: m.id, domain: domain, date: date, score: min(5, int(1...3) + k)))
                    }
                    d.zrmMeasurements.append(ZRMMeasurementRecord(personID: m.id, date: date, notAssessed: rest))
                }
            }
        }
        if chance(0.1) {
            ids.provisionID += 1
            d.provisions.append(provision(ids.provisionID, caseID: caseID, opened: opened, provider: int(1...40), weeks: int(2...20)))
        }
    }

    /// A tailored provision with a dated life (issue 27), some requested, most on a provider's
    /// list, some started in the last 90 days. The statuses and days come from the id, not the
    /// random stream, so the rest of the city stays as it was.
    func provision(_ id: Int, caseID: Int, opened: Day, provider n: Int, weeks: Int) -> Provision {
        let providerID = (n - 1) % 30 + 1
        var p = Provision(
            id: id, caseID: caseID, kind: .tailored, provider: "Zorgaanbieder \(providerID)", description: "Begeleiding thuis",
            status: .waiting, networkReason: "Het netwerk kan dit niet dragen")
        p.providerID = providerID
        let kind = id % 10
        let requested = min(today, max(opened, today.adding(days: -weeks * 7 - (kind >= 6 ? 60 : 0))))
        p.requestedOn = requested
        switch kind {
        case 0...1:
            p.status = .requested
        case 2...5:
            p.waitingSince = min(today, requested.adding(days: id % 3 * 7))
        default:
            let waiting = min(today, requested.adding(days: id % 3 * 7))
            p.status = .active
            p.waitingSince = waiting
            p.start = max(waiting, today.adding(days: -(id * 37 % 90)))
        }
        return p
    }
}

extension DistrictGenerator {
    /// The city's provider catalogue: ids 1…`providerCount` (generated provisions refer to them).
    public static let providerCount = 30

    /// iWmo and iJw products the generated providers offer (category, code, name, domain, law).
    static let products: [(String, String, String, LifeDomain, ProviderLaw)] = [
        ("01", "01A01", "Hulp bij het huishouden", .instrumenteleADL, .wmo),
        ("02", "02A01", "Individuele begeleiding", .geestelijkeGezondheid, .wmo),
        ("02", "02A05", "Begeleiding bij financiën", .financien, .wmo),
        ("04", "04A02", "Dagbesteding", .tijdsbesteding, .wmo),
        ("45", "45A07", "Jeugdhulp ambulant", .opvoeding, .jeugdwet),
        ("54", "54001", "Jeugd-GGZ", .geestelijkeGezondheid, .jeugdwet),
    ]

    /// Deterministic from the index alone: a third Jeugdwet, a fifth both laws, norms 4 to 12 weeks.
    public static func providers(count: Int) -> [Provider] {
        (1...max(1, count)).map { i in
            let law: ProviderLaw = i % 5 == 0 ? .both : i % 3 == 0 ? .jeugdwet : .wmo
            let offered = products.enumerated().filter { k, p in
                (law == .both || p.4 == law) && (k + i) % 3 != 0
            }.map { ProviderProduct(category: $0.element.0, code: $0.element.1, name: $0.element.2, domain: $0.element.3) }
            return Provider(
                id: i, name: "Zorgaanbieder \(i)", law: law, agbCode: String(98_000_000 + i), contact: "planning \(i) (fictional)",
                normWeeks: 4 + (i % 5) * 2, products: offered)
        }
    }
}
