/// Value types of the district. Every record people edit carries a `version` for
/// compare-and-swap saves (the second of two concurrent saves is refused).

public typealias StaffID = String

public struct Staff: Hashable, Sendable, Codable, Identifiable {
    public var id: StaffID
    public var name: String
    public var role: StaffRole
    public var discipline: String
    public var expertise: [LifeDomain]
    /// Capacity in weighted case points (see `Caseload`).
    public var capacity: Double
    public var languages: [String]
    /// The OS account that identifies this person (need-to-know identity).
    public var account: String?
    /// Days off and away, now and planned (`StaffAbsence`), oldest first.
    public var absences: [StaffAbsence]
    /// The weekdays a part-timer works (0 = Monday); empty is full time.
    public var workDays: [Int]
    /// The day this colleague left (or leaves) the team: the record and its history stay.
    public var leftOn: Day?
    public var version: Int

    public init(
        id: StaffID, name: String, role: StaffRole, discipline: String = "", expertise: [LifeDomain] = [],
        capacity: Double, languages: [String] = ["nl"], account: String? = nil,
        absences: [StaffAbsence] = [], workDays: [Int] = [], leftOn: Day? = nil, version: Int = 1
    ) {
        self.id = id; self.name = name; self.role = role; self.discipline = discipline
        self.expertise = expertise; self.capacity = capacity; self.languages = languages
        self.account = account; self.absences = absences; self.workDays = workDays; self.leftOn = leftOn
        self.version = version
    }
}

public struct Address: Hashable, Sendable, Codable {
    public var street: String
    public var number: String
    /// The house number's addition ("A", "bis", "2-hoog"); empty when there is none.
    public var addition: String
    /// "1234 AB" (see `Postcode`), or empty when the district file did not give one.
    public var postcode: String
    public var buurt: String
    public var wijk: String
    public init(street: String, number: String, addition: String = "", postcode: String = "", buurt: String, wijk: String) {
        self.street = street; self.number = number; self.addition = addition; self.postcode = postcode
        self.buurt = buurt; self.wijk = wijk
    }
    /// The house number as it is written: 15A, 12-2 hoog.
    public var houseNumber: String { Address.houseNumber(number, addition) }
    public var line: String { street.isEmpty ? "\(postcode) \(houseNumber)" : "\(street) \(houseNumber)" }

    public static func houseNumber(_ number: String, _ addition: String) -> String {
        if addition.isEmpty { return number }
        return addition.count == 1 && addition.first!.isLetter ? number + addition : "\(number)-\(addition)"
    }
}

public struct Person: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var householdID: Int
    public var name: String
    public var birthYear: Int
    public var role: MemberRole
    public var isClient: Bool
    /// The full birth date where it is known (older district files give the year only).
    public var birthDate: Day?
    /// The day the person moved out or died: kept in the household's history, no longer counted.
    public var leftOn: Day?
    public var leftReason: LeavingReason?
    public var version: Int
    public init(
        id: Int, householdID: Int, name: String, birthYear: Int, role: MemberRole, isClient: Bool,
        birthDate: Day? = nil, leftOn: Day? = nil, leftReason: LeavingReason? = nil, version: Int = 1
    ) {
        self.id = id; self.householdID = householdID; self.name = name
        self.birthYear = birthDate?.year ?? birthYear; self.role = role; self.isClient = isClient
        self.birthDate = birthDate; self.leftOn = leftOn; self.leftReason = leftReason; self.version = version
    }
    /// Still part of the household (not moved out, not died).
    public var isCurrent: Bool { leftOn == nil }
    public func age(on day: Day) -> Int {
        guard let birthDate else { return day.year - birthYear }
        let (b, d) = (birthDate.components, day.components)
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day) ? 1 : 0)
    }
    /// ZRM is scored for adults.
    public func isAdult(on day: Day) -> Bool { age(on: day) >= 18 }
}

public struct Household: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var name: String
    public var address: Address
    public var language: String
    /// A short explanation for new staff browsing the sample district.
    public var learningNote: String?
    /// Every member, also those who moved out or died (`Person.isCurrent`).
    public var members: [Person]
    /// The day the household moved out of the district, if it did.
    public var leftDistrictOn: Day?
    public var version: Int
    public init(
        id: Int, name: String, address: Address, language: String = "nl",
        learningNote: String? = nil, members: [Person] = [], leftDistrictOn: Day? = nil, version: Int = 1
    ) {
        self.id = id; self.name = name; self.address = address; self.language = language
        self.learningNote = learningNote; self.members = members; self.leftDistrictOn = leftDistrictOn; self.version = version
    }
    public var currentMembers: [Person] { members.filter(\.isCurrent) }
}

public struct NetworkTie: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var householdID: Int
    public var name: String
    public var sector: Sector
    public var relation: String
    public var isOrganisation: Bool
    public var strength: TieStrength
    public var support: [SupportKind]
    public var carerHoursPerWeek: Int?
    public var exhausted: Bool
    /// Since when this mantelzorger gives the care (long: over `CarerLoad.longMonths` months).
    public var carerSince: Day?
    /// How heavy the carer feels it, in their own words on `CarerLoad.burdenScale` (1 not at all … 5 overburdened).
    public var carerBurden: Int?
    public var professionalSecrecy: Bool
    public var consentToShare: Bool
    public var version: Int

    public init(
        id: Int, householdID: Int, name: String, sector: Sector, relation: String,
        isOrganisation: Bool = false, strength: TieStrength, support: [SupportKind] = [],
        carerHoursPerWeek: Int? = nil, exhausted: Bool = false,
        professionalSecrecy: Bool = false, consentToShare: Bool = false, version: Int = 1,
        carerSince: Day? = nil, carerBurden: Int? = nil
    ) {
        self.id = id; self.householdID = householdID; self.name = name; self.sector = sector
        self.relation = relation; self.isOrganisation = isOrganisation; self.strength = strength
        self.support = support.sorted(); self.carerHoursPerWeek = carerHoursPerWeek
        self.exhausted = exhausted; self.professionalSecrecy = professionalSecrecy
        self.consentToShare = consentToShare; self.version = version
        self.carerSince = carerSince; self.carerBurden = carerBurden
    }

    /// How heavy this tie's care is: long and intensive (SCP) and as felt.
    public var carerLoad: CarerLoad { CarerLoad(self) }

    /// A tie needs a name; carer hours fit in a week; the felt burden is on its scale; with
    /// `today`, the care began on or before it.
    public func validate(today: Day? = nil) throws {
        guard !name.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.tie.name")) }
        try Validation.name(name)
        try Validation.text(relation, what: tr("validation.what.text"), max: Validation.nameLength)
        if let h = carerHoursPerWeek, !(0...168).contains(h) {
            throw WijkteamError.invalid(tr("invalid.tie.carer_hours", h))
        }
        try carerLoad.validate(today: today)
    }
}

public struct Case: Hashable, Sendable, Codable, Identifiable {
    // Stored in this order, the one-byte fields last: 136 bytes, not 160 (every card on a
    // board holds one: 30,000 at 100,000 households).
    public var id: Int
    public var householdID: Int
    public var opened: Day
    /// The hulpvraag as the resident put it.
    public var presentingQuestion: String
    /// The vraag achter de vraag, once found.
    public var questionBehind: String?
    public var domains: [LifeDomain]
    public var regisseurID: StaffID?
    /// 1 low · 2 medium · 3 high; weighs the case in the caseload.
    public var complexity: Int
    /// A question a generalist put up for the team meeting (*bespreken*).
    public var discussion: String?
    public var closedReason: String?
    public var version: Int
    public var source: SignalSource
    public var phase: Phase
    public var safety: Bool
    /// A safety case the reader may not read (need-to-know): the questions are empty.
    public var withheld: Bool = false

    public init(id: Int, householdID: Int, opened: Day, source: SignalSource, presentingQuestion: String,
                questionBehind: String? = nil, domains: [LifeDomain], phase: Phase, regisseurID: StaffID? = nil,
                complexity: Int = 2, safety: Bool = false, discussion: String? = nil,
                closedReason: String? = nil, version: Int = 1) {
        self.id = id; self.householdID = householdID; self.opened = opened; self.source = source
        self.presentingQuestion = presentingQuestion; self.questionBehind = questionBehind
        self.domains = domains; self.phase = phase; self.regisseurID = regisseurID
        self.complexity = complexity; self.safety = safety; self.discussion = discussion
        self.closedReason = closedReason; self.version = version
    }

    public var isOpen: Bool { phase.isOpen }
}

public struct FollowUp: Hashable, Sendable, Codable, Identifiable {
    // Stored in this order, the one-byte fields last: 88 bytes, not 104 (a city's open ones are
    // all held, and the next one on each card).
    public var id: Int
    public var caseID: Int
    public var due: Day
    public var ownerID: StaffID?
    public var note: String
    public var outcome: String?
    public var version: Int
    public var kind: FollowUpKind
    public var done: Bool
    /// On a safety case the reader may not read (need-to-know): note and outcome say so instead.
    public var withheld: Bool = false
    public init(id: Int, caseID: Int, kind: FollowUpKind, due: Day, ownerID: StaffID?, note: String = "",
                done: Bool = false, outcome: String? = nil, version: Int = 1) {
        self.id = id; self.caseID = caseID; self.kind = kind; self.due = due; self.ownerID = ownerID
        self.note = note; self.done = done; self.outcome = outcome; self.version = version
    }
}

/// One ZRM score: one adult, one domain, one date, 1 acute … 5 volledig zelfredzaam.
public struct ZRMScore: Hashable, Sendable, Codable {
    public var personID: Int
    public var domain: LifeDomain
    public var date: Day
    public var score: Int
    /// Copied from the latest score by the rule before v15, not measured on this date.
    public var carriedForward = false
    public init(personID: Int, domain: LifeDomain, date: Day, score: Int, carriedForward: Bool = false) {
        self.personID = personID; self.domain = domain; self.date = date; self.score = score; self.carriedForward = carriedForward
    }
    public static let range = 1...5
    public static func label(_ score: Int) -> String {
        switch score {
        case 1: tr("zrm.score.1")
        case 2: tr("zrm.score.2")
        case 3: tr("zrm.score.3")
        case 4: tr("zrm.score.4")
        case 5: tr("zrm.score.5")
        default: "?"
        }
    }
}

public struct PlanGoal: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var domain: LifeDomain
    public var personID: Int?
    public var targetScore: Int
    public var text: String
    public var version: Int
    public init(id: Int, caseID: Int, domain: LifeDomain, personID: Int?, targetScore: Int, text: String, version: Int = 1) {
        self.id = id; self.caseID = caseID; self.domain = domain; self.personID = personID
        self.targetScore = targetScore; self.text = text; self.version = version
    }
}

public struct Provision: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var kind: ProvisionKind
    public var provider: String
    public var description: String
    public var status: ProvisionStatus
    public var waitingWeeks: Int?
    public var start: Day?
    /// For a tailored provision: why the network (eigen kracht) cannot do it.
    public var networkReason: String?
    public var version: Int
    // Schema v16 (issue 27): a provision's life, each step dated; waiting is computed from these.
    /// The plan goal it serves, if the plan says.
    public var goalID: Int?
    /// The provider in the team's catalogue, if it is one (`provider` keeps the name either way).
    public var providerID: Int?
    /// iWmo/iJw product category (2 digits) and product code (5 characters), when known.
    public var productCategory: String?
    public var productCode: String?
    /// The municipality's toewijzingnummer (iWmo/iJw 301), once allocated.
    public var allocationNumber: String?
    public var requestedOn: Day?
    /// On the provider's waiting list since (or allocated by the municipality on).
    public var waitingSince: Day?
    public var endedOn: Day?
    /// Why it ended, was refused or was withdrawn.
    public var endReason: String?
    public init(id: Int, caseID: Int, kind: ProvisionKind, provider: String, description: String,
                status: ProvisionStatus, waitingWeeks: Int? = nil, start: Day? = nil,
                networkReason: String? = nil, version: Int = 1) {
        self.id = id; self.caseID = caseID; self.kind = kind; self.provider = provider
        self.description = description; self.status = status; self.waitingWeeks = waitingWeeks
        self.start = start; self.networkReason = networkReason; self.version = version
    }

    /// Eigen kracht first: a tailored provision (maatwerk) records why the household and its
    /// network cannot do this themselves.
    public func validate() throws {
        guard !description.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.provision.description")) }
        guard !provider.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.provision.provider")) }
        try Validation.name(provider)
        try Validation.text(description, what: tr("validation.what.text"))
        try Validation.text(networkReason ?? "", what: tr("validation.what.text"))
        if let w = waitingWeeks { try Validation.waitingWeeks(w) }
        if kind == .tailored, (networkReason ?? "").trimmed.isEmpty {
            throw WijkteamError.invalid(tr("invalid.provision.network_reason"))
        }
    }
}

public struct JournalEntry: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var date: Day
    public var kind: JournalKind
    public var authorID: StaffID?
    public var text: String
    public var sensitive: Bool
    /// The reader may know the entry exists but not read it (need-to-know): `text` is empty.
    public var withheld: Bool
    /// Why it is withheld (nil when it is not).
    public var withheldBecause: WithheldBecause?
    public init(id: Int, caseID: Int, date: Day, kind: JournalKind, authorID: StaffID?, text: String, sensitive: Bool = false,
                withheld: Bool = false) {
        self.id = id; self.caseID = caseID; self.date = date; self.kind = kind
        self.authorID = authorID; self.text = text; self.sensitive = sensitive; self.withheld = withheld
    }

    /// An entry needs text, and it records contact that happened: not in the future, not before the case.
    public func validate(today: Day, caseOpened: Day?) throws {
        guard !text.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.journal.text")) }
        guard date <= today else { throw WijkteamError.invalid(tr("invalid.journal.future", date, today)) }
        if let caseOpened, date < caseOpened {
            throw WijkteamError.invalid(tr("invalid.journal.before_case", date, caseOpened))
        }
        guard text.count <= JournalEntry.maxLength else {
            throw WijkteamError.invalid(tr("invalid.journal.too_long", JournalEntry.maxLength, text.count))
        }
        try Validation.text(text, what: tr("validation.what.text"), max: JournalEntry.maxLength)
    }
    public static let maxLength = 4000
}

/// A registration or signal waiting for triage.
public struct Signal: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var householdID: Int?
    public var date: Day
    public var source: SignalSource
    public var description: String
    public var domains: [LifeDomain]
    public var safety: Bool
    public var version: Int
    /// A safety signal the reader may not read (need-to-know): `description` is empty.
    public var withheld: Bool
    /// What the front door recorded beyond the question (nil for signals from a district file).
    public var intake: Intake?
    public init(
        id: Int, householdID: Int?, date: Day, source: SignalSource, description: String,
        domains: [LifeDomain], safety: Bool = false, version: Int = 1, withheld: Bool = false, intake: Intake? = nil
    ) {
        self.id = id; self.householdID = householdID; self.date = date; self.source = source
        self.description = description; self.domains = domains; self.safety = safety; self.version = version
        self.withheld = withheld; self.intake = intake
    }
}

/// A decision recorded for a case, in or outside a meeting (besluitenlijst).
public struct Decision: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int?
    public var date: Day
    public var text: String
    public var ownerID: StaffID?
    public var due: Day?
    public init(id: Int, caseID: Int?, date: Day, text: String, ownerID: StaffID?, due: Day?) {
        self.id = id; self.caseID = caseID; self.date = date; self.text = text; self.ownerID = ownerID; self.due = due
    }
}
