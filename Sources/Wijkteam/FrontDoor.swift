/// The front door (*toegangspoort*): what comes in after `wijkteam init` — registrations and
/// signals, new households and people, cases opened at the desk — and how a new household is
/// told apart from one the team already knows.

/// A Dutch postcode: four digits (the first not 0) and two letters (not SA, SD or SS), written
/// "1234 AB". Typed any way ("1234ab", " 1234  Ab ").
public struct Postcode: Hashable, Sendable, CustomStringConvertible {
    public let digits: String
    public let letters: String

    public init?(_ text: String) {
        let compact = text.filter { !$0.isWhitespace }.uppercased()
        guard compact.count == 6, compact.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        let digits = String(compact.prefix(4)), letters = String(compact.suffix(2))
        guard digits.allSatisfy(\.isNumber), digits.first != "0", letters.allSatisfy({ ("A"..."Z").contains($0) }),
            !["SA", "SD", "SS"].contains(letters)
        else { return nil }
        self.digits = digits
        self.letters = letters
    }

    public var description: String { "\(digits) \(letters)" }
    /// "1234AB": how a search matches it whichever way it was typed.
    public var compact: String { digits + letters }

    /// The postcode as stored: canonical, or empty for empty input; otherwise refused.
    public static func validated(_ text: String) throws -> String {
        if text.trimmed.isEmpty { return "" }
        guard let postcode = Postcode(text) else { throw WijkteamError.invalid(tr("validation.postcode", text)) }
        return postcode.description
    }
}

/// Why a member is no longer counted in the household.
public enum LeavingReason: String, Vocabulary {
    case movedOut = "moved_out", died
    public var label: String {
        switch self {
        case .movedOut: tr("leaving.moved_out")
        case .died: tr("leaving.died")
        }
    }
}

/// The vroegsignalering partner that reports payment arrears.
public enum ArrearsPartner: String, Vocabulary {
    case rent, energy, water, healthInsurer = "health_insurer", other
    public var label: String {
        switch self {
        case .rent: tr("partner.rent")
        case .energy: tr("partner.energy")
        case .water: tr("partner.water")
        case .healthInsurer: tr("partner.health_insurer")
        case .other: tr("partner.other")
        }
    }
}

/// What a hard date in a registration is: the day something happens that cannot be moved.
public enum HardDateKind: String, Vocabulary {
    case eviction, cutOff = "cut_off", court, other
    public var label: String {
        switch self {
        case .eviction: tr("harddate.eviction")
        case .cutOff: tr("harddate.cut_off")
        case .court: tr("harddate.court")
        case .other: tr("harddate.other")
        }
    }
}

/// What the front door records about a registration beyond its question.
public struct Intake: Hashable, Sendable, Codable {
    /// Vroegsignalering: which partner reported the arrears.
    public var partner: ArrearsPartner?
    public var reporterName: String?
    public var reporterOrganisation: String?
    public var reporterPhone: String?
    public var hardDate: Day?
    public var hardDateKind: HardDateKind?
    /// A resident's own registration: may the team contact them (nil: not asked).
    public var consentToContact: Bool?
    /// The partner's reference of an imported row: unique per partner, so a file imported twice adds nothing.
    public var reference: String?
    public var monthsInArrears: Int?
    /// Euro cents.
    public var amountInArrears: Int?
    public var registeredBy: StaffID?
    public var registeredOn: Day?

    public init(
        partner: ArrearsPartner? = nil, reporterName: String? = nil, reporterOrganisation: String? = nil,
        reporterPhone: String? = nil, hardDate: Day? = nil, hardDateKind: HardDateKind? = nil, consentToContact: Bool? = nil,
        reference: String? = nil, monthsInArrears: Int? = nil, amountInArrears: Int? = nil,
        registeredBy: StaffID? = nil, registeredOn: Day? = nil
    ) {
        self.partner = partner; self.reporterName = reporterName; self.reporterOrganisation = reporterOrganisation
        self.reporterPhone = reporterPhone; self.hardDate = hardDate; self.hardDateKind = hardDateKind
        self.consentToContact = consentToContact; self.reference = reference; self.monthsInArrears = monthsInArrears
        self.amountInArrears = amountInArrears; self.registeredBy = registeredBy; self.registeredOn = registeredOn
    }

    public func validate(source: SignalSource, received: Day) throws {
        if source == .vroegsignalering, partner == nil { throw WijkteamError.invalid(tr("validation.intake.partner")) }
        if source != .vroegsignalering, partner != nil { throw WijkteamError.invalid(tr("validation.intake.partner_only")) }
        // Literal keys, so the string table tests can check them.
        if let name = reporterName, !name.trimmed.isEmpty { try Validation.name(name, what: tr("validation.what.reporter")) }
        if let org = reporterOrganisation, !org.trimmed.isEmpty { try Validation.name(org, what: tr("validation.what.organisation")) }
        if let phone = reporterPhone, !phone.trimmed.isEmpty {
            guard phone.count <= 30, phone.allSatisfy({ $0.isNumber || " +-()".contains($0) }) else {
                throw WijkteamError.invalid(tr("validation.phone", phone))
            }
        }
        if hardDateKind != nil, hardDate == nil { throw WijkteamError.invalid(tr("validation.intake.hard_date_kind")) }
        if let months = monthsInArrears, !(0...240).contains(months) {
            throw WijkteamError.invalid(tr("validation.arrears.months", months))
        }
        if let cents = amountInArrears, !(0...100_000_000).contains(cents) {
            throw WijkteamError.invalid(tr("validation.arrears.amount", cents / 100))
        }
        if let reference { try Validation.name(reference, what: tr("validation.what.reference")) }
    }
}

/// A person as the front door records them.
public struct NewPerson: Hashable, Sendable, Codable {
    public var name: String
    public var birthDate: Day
    public var role: MemberRole
    public var isClient: Bool
    public init(name: String, birthDate: Day, role: MemberRole, isClient: Bool) {
        self.name = name; self.birthDate = birthDate; self.role = role; self.isClient = isClient
    }
    public func validate(today: Day) throws {
        try Validation.name(name)
        try Validation.birthYear(birthDate.year, today: today)
        guard birthDate <= today else { throw WijkteamError.invalid(tr("validation.birth_date.future", birthDate)) }
    }
}

/// A household the team does not know yet.
public struct NewHousehold: Hashable, Sendable, Codable {
    /// Empty: "Huishouden" and the first member's last name.
    public var name: String
    public var street: String
    public var number: String
    public var addition: String
    public var postcode: String
    public var buurt: String
    public var language: String
    public var members: [NewPerson]
    public init(
        name: String = "", street: String, number: String, addition: String = "", postcode: String, buurt: String,
        language: String = "nl", members: [NewPerson]
    ) {
        self.name = name; self.street = street; self.number = number; self.addition = addition; self.postcode = postcode
        self.buurt = buurt; self.language = language; self.members = members
    }

    /// The name it gets: the one given, else from its first member ("Huishouden Yılmaz", in
    /// Dutch whatever the screen's language: it is stored, as the district files name households).
    public var displayName: String {
        if !name.trimmed.isEmpty { return name.trimmed }
        let last = members.first.map { $0.name.split(separator: " ").last.map(String.init) ?? $0.name } ?? ""
        return last.isEmpty ? "Huishouden" : "Huishouden \(last)"
    }

    /// `buurten`: the district's; a household imported without one has an empty buurt.
    public func validate(buurten: [String], today: Day, buurtRequired: Bool = true) throws {
        if !name.trimmed.isEmpty { try Validation.name(name) }
        if !street.isEmpty || buurtRequired { try Validation.name(street, what: tr("validation.what.street")) }
        try Validation.houseNumber(number, addition)
        _ = try Postcode.validated(postcode)
        if buurtRequired || !buurt.isEmpty { try Validation.buurt(buurt, of: buurten) }
        try Validation.language(language)
        guard !members.isEmpty else { throw WijkteamError.invalid(tr("validation.household.no_members")) }
        for m in members { try m.validate(today: today) }
    }
}

/// A registration's household: one the team knows, or a new one. Creating a household that looks
/// like a known one needs `confirmedDuplicate` (and is logged as such).
public enum HouseholdChoice: Hashable, Sendable {
    case existing(Int)
    case new(NewHousehold, confirmedDuplicate: Bool)
}

/// A registration or signal as the front door takes it in.
public struct Registration: Hashable, Sendable {
    public var source: SignalSource
    public var received: Day
    public var household: HouseholdChoice
    /// The question or worry, in the reporter's words.
    public var question: String
    public var domains: [LifeDomain]
    public var safety: Bool
    public var intake: Intake
    public init(
        source: SignalSource, received: Day, household: HouseholdChoice, question: String, domains: [LifeDomain] = [],
        safety: Bool = false, intake: Intake = Intake()
    ) {
        self.source = source; self.received = received; self.household = household; self.question = question
        self.domains = domains; self.safety = safety; self.intake = intake
    }

    public func validate(today: Day) throws {
        try Validation.text(question, what: tr("validation.what.question"), required: true)
        try Validation.happened(received, what: tr("validation.what.received"), today: today)
        try intake.validate(source: source, received: received)
    }
}

/// A case opened at the desk, straight from a resident's question.
public struct NewCase: Hashable, Sendable {
    public var householdID: Int
    public var source: SignalSource
    public var question: String
    public var domains: [LifeDomain]
    public var regisseurID: StaffID?
    public init(
        householdID: Int, source: SignalSource = .selfReferral, question: String, domains: [LifeDomain] = [],
        regisseurID: StaffID? = nil
    ) {
        self.householdID = householdID; self.source = source; self.question = question; self.domains = domains
        self.regisseurID = regisseurID
    }
}
