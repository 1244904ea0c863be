/// The fixed vocabularies of the field. Raw values are the keys used in district files,
/// the database and `--json` output; `label` is what people read.

public protocol Vocabulary: RawRepresentable, CaseIterable, Hashable, Sendable, Codable where RawValue == String {
    var label: String { get }
}

extension Vocabulary {
    /// The accepted keys, for error messages ("expected one of …").
    public static var keys: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Life domains: the 13 domains of the Zelfredzaamheid-Matrix (ZRM) plus parenting,
/// which cases name but the ZRM for adults does not score.
public enum LifeDomain: String, Vocabulary {
    case financien, werkOpleiding = "werk_opleiding", tijdsbesteding, huisvesting
    case huiselijkeRelaties = "huiselijke_relaties", geestelijkeGezondheid = "geestelijke_gezondheid"
    case lichamelijkeGezondheid = "lichamelijke_gezondheid", middelengebruik
    case basaleADL = "basale_adl", instrumenteleADL = "instrumentele_adl"
    case sociaalNetwerk = "sociaal_netwerk", maatschappelijkeParticipatie = "maatschappelijke_participatie"
    case justitie, opvoeding

    public var label: String {
        switch self {
        case .financien: "Financiën"
        case .werkOpleiding: "Werk & opleiding"
        case .tijdsbesteding: "Tijdsbesteding"
        case .huisvesting: "Huisvesting"
        case .huiselijkeRelaties: "Huiselijke relaties"
        case .geestelijkeGezondheid: "Geestelijke gezondheid"
        case .lichamelijkeGezondheid: "Lichamelijke gezondheid"
        case .middelengebruik: "Middelengebruik"
        case .basaleADL: "Basale ADL"
        case .instrumenteleADL: "Instrumentele ADL"
        case .sociaalNetwerk: "Sociaal netwerk"
        case .maatschappelijkeParticipatie: "Maatschappelijke participatie"
        case .justitie: "Justitie"
        case .opvoeding: "Opvoeding"
        }
    }

    /// Short form for cards on narrow columns.
    public var short: String {
        switch self {
        case .financien: "Fin"
        case .werkOpleiding: "Werk"
        case .tijdsbesteding: "Tijd"
        case .huisvesting: "Huis"
        case .huiselijkeRelaties: "Rel"
        case .geestelijkeGezondheid: "GGZ"
        case .lichamelijkeGezondheid: "Gez"
        case .middelengebruik: "Midd"
        case .basaleADL: "ADL"
        case .instrumenteleADL: "IADL"
        case .sociaalNetwerk: "Netw"
        case .maatschappelijkeParticipatie: "Part"
        case .justitie: "Just"
        case .opvoeding: "Opv"
        }
    }

    /// The 13 domains an adult is scored on in the ZRM.
    public static let zrmDomains: [LifeDomain] = allCases.filter { $0 != .opvoeding }
    public var isZRM: Bool { self != .opvoeding }
}

/// aanmelding → triage → keukentafelgesprek → plan → uitvoering → evaluatie → afgesloten
public enum Phase: String, Vocabulary, Comparable {
    case aanmelding, triage, keukentafelgesprek, plan, uitvoering, evaluatie, afgesloten

    public var label: String {
        switch self {
        case .aanmelding: "Aanmelding"
        case .triage: "Triage"
        case .keukentafelgesprek: "Keukentafelgesprek"
        case .plan: "Plan"
        case .uitvoering: "Uitvoering"
        case .evaluatie: "Evaluatie"
        case .afgesloten: "Afgesloten"
        }
    }

    public var isOpen: Bool { self != .afgesloten }
    public var next: Phase? {
        let all = Phase.allCases
        let i = all.firstIndex(of: self)!
        return i + 1 < all.count ? all[i + 1] : nil
    }
    public static func < (a: Phase, b: Phase) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum StaffRole: String, Vocabulary {
    case teamLead = "team_lead", generalist, specialist, newStaff = "new_staff"
    /// A partner with an account who is not in the team (a municipal consultant, a school's
    /// social worker): sees only the households of cases they were explicitly added to.
    case outsideTeam = "outside_team"
    public var label: String {
        switch self {
        case .teamLead: "Team lead"
        case .generalist: "Generalist"
        case .specialist: "Specialist"
        case .newStaff: "New staff"
        case .outsideTeam: "Outside the team"
        }
    }
    public var isInTeam: Bool { self != .outsideTeam }
    /// Who can hold the regie of a case.
    public var canBeRegisseur: Bool { self == .generalist || self == .teamLead || self == .specialist }
}

/// Where a tie sits around the household on the ecogram.
public enum Sector: String, Vocabulary {
    case family, friendsNeighbours = "friends_neighbours", volunteersCarers = "volunteers_carers"
    case professionals, schoolWork = "school_work"
    public var label: String {
        switch self {
        case .family: "Family"
        case .friendsNeighbours: "Friends & neighbours"
        case .volunteersCarers: "Volunteers & mantelzorgers"
        case .professionals: "Professionals & providers"
        case .schoolWork: "School & work"
        }
    }
}

public enum TieStrength: String, Vocabulary {
    case strong, normal, weak, stressful, broken
    public var label: String { rawValue }
}

/// P practical · G company (gezelschap) · A advice · E emotional.
public enum SupportKind: String, Vocabulary, Comparable {
    case practical = "P", company = "G", advice = "A", emotional = "E"
    public var label: String {
        switch self {
        case .practical: "practical"
        case .company: "company"
        case .advice: "advice"
        case .emotional: "emotional"
        }
    }
    public static func < (a: SupportKind, b: SupportKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum MemberRole: String, Vocabulary {
    case parent, partner, child, grandparent, adult, other
    public var label: String { rawValue }
}

/// Where a registration or signal came from.
public enum SignalSource: String, Vocabulary {
    case selfReferral = "self", huisarts, school, woningcorporatie, vroegsignalering, police
    case neighbour, ownObservation = "own_observation", other
    public var label: String {
        switch self {
        case .selfReferral: "self"
        case .huisarts: "huisarts"
        case .school: "school"
        case .woningcorporatie: "woningcorporatie"
        case .vroegsignalering: "vroegsignalering"
        case .police: "police"
        case .neighbour: "neighbour"
        case .ownObservation: "own observation"
        case .other: "other"
        }
    }
}

public enum FollowUpKind: String, Vocabulary {
    case preventive, outreaching, checkIn = "check_in", evaluation
    public var label: String {
        switch self {
        case .preventive: "preventive"
        case .outreaching: "outreaching"
        case .checkIn: "check-in"
        case .evaluation: "evaluation"
        }
    }
    /// The kinds the team figure for prevention and outreaching work counts.
    public var isProactive: Bool { self == .preventive || self == .outreaching }
}

public enum JournalKind: String, Vocabulary {
    case homeVisit = "home_visit", phone, keukentafelgesprek, consultation, other
    public var label: String {
        switch self {
        case .homeVisit: "home visit"
        case .phone: "phone"
        case .keukentafelgesprek: "keukentafelgesprek"
        case .consultation: "consultation"
        case .other: "other"
        }
    }
}

public enum ProvisionKind: String, Vocabulary {
    case general, tailored
    public var label: String { self == .general ? "general (voorliggend veld)" : "tailored (maatwerk)" }
}

public enum ProvisionStatus: String, Vocabulary {
    case requested, waiting, active, ended
    public var label: String { rawValue }
}

extension Vocabulary {
    /// Decodes a key with a message that lists what is accepted.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "unknown value '\(text)' (expected one of: \(Self.keys))"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
