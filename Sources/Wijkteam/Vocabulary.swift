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
        case .financien: tr("lifedomain.financien")
        case .werkOpleiding: tr("lifedomain.werk_opleiding")
        case .tijdsbesteding: tr("lifedomain.tijdsbesteding")
        case .huisvesting: tr("lifedomain.huisvesting")
        case .huiselijkeRelaties: tr("lifedomain.huiselijke_relaties")
        case .geestelijkeGezondheid: tr("lifedomain.geestelijke_gezondheid")
        case .lichamelijkeGezondheid: tr("lifedomain.lichamelijke_gezondheid")
        case .middelengebruik: tr("lifedomain.middelengebruik")
        case .basaleADL: tr("lifedomain.basale_adl")
        case .instrumenteleADL: tr("lifedomain.instrumentele_adl")
        case .sociaalNetwerk: tr("lifedomain.sociaal_netwerk")
        case .maatschappelijkeParticipatie: tr("lifedomain.maatschappelijke_participatie")
        case .justitie: tr("lifedomain.justitie")
        case .opvoeding: tr("lifedomain.opvoeding")
        }
    }

    /// Short form for cards on narrow columns.
    public var short: String {
        switch self {
        case .financien: tr("lifedomain.short.financien")
        case .werkOpleiding: tr("lifedomain.short.werk_opleiding")
        case .tijdsbesteding: tr("lifedomain.short.tijdsbesteding")
        case .huisvesting: tr("lifedomain.short.huisvesting")
        case .huiselijkeRelaties: tr("lifedomain.short.huiselijke_relaties")
        case .geestelijkeGezondheid: tr("lifedomain.short.geestelijke_gezondheid")
        case .lichamelijkeGezondheid: tr("lifedomain.short.lichamelijke_gezondheid")
        case .middelengebruik: tr("lifedomain.short.middelengebruik")
        case .basaleADL: tr("lifedomain.short.basale_adl")
        case .instrumenteleADL: tr("lifedomain.short.instrumentele_adl")
        case .sociaalNetwerk: tr("lifedomain.short.sociaal_netwerk")
        case .maatschappelijkeParticipatie: tr("lifedomain.short.maatschappelijke_participatie")
        case .justitie: tr("lifedomain.short.justitie")
        case .opvoeding: tr("lifedomain.short.opvoeding")
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
        case .aanmelding: tr("phase.aanmelding")
        case .triage: tr("phase.triage")
        case .keukentafelgesprek: tr("phase.keukentafelgesprek")
        case .plan: tr("phase.plan")
        case .uitvoering: tr("phase.uitvoering")
        case .evaluatie: tr("phase.evaluatie")
        case .afgesloten: tr("phase.afgesloten")
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
    /// The municipality's privacy officer (*functionaris gegevensbescherming*, FG): not in the
    /// team and sees no case on the screens, but answers a resident's AVG requests (inzage,
    /// correction, erasure), runs the retention check and reviews the access log.
    case privacyOfficer = "privacy_officer"
    public var label: String {
        switch self {
        case .teamLead: tr("staffrole.team_lead")
        case .generalist: tr("staffrole.generalist")
        case .specialist: tr("staffrole.specialist")
        case .newStaff: tr("staffrole.new_staff")
        case .outsideTeam: tr("staffrole.outside_team")
        case .privacyOfficer: tr("staffrole.privacy_officer")
        }
    }
    public var isInTeam: Bool { self != .outsideTeam && self != .privacyOfficer }
    /// Who answers the AVG duties (inzage, correction, erasure, retention, the log's seals and
    /// reviews): the team lead and the privacy officer.
    public var keepsRecords: Bool { self == .teamLead || self == .privacyOfficer }
    /// Who can hold the regie of a case.
    public var canBeRegisseur: Bool { self == .generalist || self == .teamLead || self == .specialist }
}

/// Where a tie sits around the household on the ecogram.
public enum Sector: String, Vocabulary {
    case family, friendsNeighbours = "friends_neighbours", volunteersCarers = "volunteers_carers"
    case professionals, schoolWork = "school_work"
    public var label: String {
        switch self {
        case .family: tr("sector.family")
        case .friendsNeighbours: tr("sector.friends_neighbours")
        case .volunteersCarers: tr("sector.volunteers_carers")
        case .professionals: tr("sector.professionals")
        case .schoolWork: tr("sector.school_work")
        }
    }
}

public enum TieStrength: String, Vocabulary {
    case strong, normal, weak, stressful, broken
    public var label: String {
        switch self {
        case .strong: tr("tie.strength.strong")
        case .normal: tr("tie.strength.normal")
        case .weak: tr("tie.strength.weak")
        case .stressful: tr("tie.strength.stressful")
        case .broken: tr("tie.strength.broken")
        }
    }
}

/// P practical · G company (gezelschap) · A advice · E emotional.
public enum SupportKind: String, Vocabulary, Comparable {
    case practical = "P", company = "G", advice = "A", emotional = "E"
    public var label: String {
        switch self {
        case .practical: tr("support.practical")
        case .company: tr("support.company")
        case .advice: tr("support.advice")
        case .emotional: tr("support.emotional")
        }
    }
    public static func < (a: SupportKind, b: SupportKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum MemberRole: String, Vocabulary {
    case parent, partner, child, grandparent, adult, other
    public var label: String {
        switch self {
        case .parent: tr("member.parent")
        case .partner: tr("member.partner")
        case .child: tr("member.child")
        case .grandparent: tr("member.grandparent")
        case .adult: tr("member.adult")
        case .other: tr("member.other")
        }
    }
}

/// Where a registration or signal came from.
public enum SignalSource: String, Vocabulary {
    case selfReferral = "self", huisarts, school, woningcorporatie, vroegsignalering, police
    case neighbour, ownObservation = "own_observation", other
    public var label: String {
        switch self {
        case .selfReferral: tr("source.self")
        case .huisarts: tr("source.huisarts")
        case .school: tr("source.school")
        case .woningcorporatie: tr("source.woningcorporatie")
        case .vroegsignalering: tr("source.vroegsignalering")
        case .police: tr("source.police")
        case .neighbour: tr("source.neighbour")
        case .ownObservation: tr("source.own_observation")
        case .other: tr("source.other")
        }
    }
}

public enum FollowUpKind: String, Vocabulary {
    case preventive, outreaching, checkIn = "check_in", evaluation
    public var label: String {
        switch self {
        case .preventive: tr("followup.kind.preventive")
        case .outreaching: tr("followup.kind.outreaching")
        case .checkIn: tr("followup.kind.check_in")
        case .evaluation: tr("followup.kind.evaluation")
        }
    }
    /// The kinds the team figure for prevention and outreaching work counts.
    public var isProactive: Bool { self == .preventive || self == .outreaching }
}

public enum JournalKind: String, Vocabulary {
    case homeVisit = "home_visit", phone, keukentafelgesprek, consultation, other
    public var label: String {
        switch self {
        case .homeVisit: tr("journal.kind.home_visit")
        case .phone: tr("journal.kind.phone")
        case .keukentafelgesprek: tr("journal.kind.keukentafelgesprek")
        case .consultation: tr("journal.kind.consultation")
        case .other: tr("journal.kind.other")
        }
    }
}

public enum ProvisionKind: String, Vocabulary {
    case general, tailored
    public var label: String {
        switch self {
        case .general: tr("provision.kind.general")
        case .tailored: tr("provision.kind.tailored")
        }
    }
}

public enum ProvisionStatus: String, Vocabulary {
    case requested, waiting, active, ended, refused, withdrawn
    public var label: String {
        switch self {
        case .requested: tr("provision.status.requested")
        case .waiting: tr("provision.status.waiting")
        case .active: tr("provision.status.active")
        case .ended: tr("provision.status.ended")
        case .refused: tr("provision.status.refused")
        case .withdrawn: tr("provision.status.withdrawn")
        }
    }
}

extension Vocabulary {
    /// Decodes a key with a message that lists what is accepted.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: tr("vocabulary.unknown_value", text, Self.keys)))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
