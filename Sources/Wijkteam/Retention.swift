// Retention periods (issue 25): how long a closed case is kept before it is anonymised, by the
// law it falls under. The defaults and their sources are in the README ("The data's life under
// the AVG"); the team lead or privacy officer changes them (`setting` rows `retention_*_years`).

/// The law a closed case's file falls under, which sets how long it is kept.
public enum RetentionLaw: String, Vocabulary {
    /// Jeugdwet art. 7.3.8: twenty years (a member was under 18 while the case ran).
    case youth
    /// Wmo 2015: the Act sets no period; the municipality's selectielijst (Archiefwet) does
    /// (the case had a tailored provision, a maatwerkvoorziening).
    case wmo
    /// Neither: the team's own policy.
    case other

    public var label: String {
        switch self {
        case .youth: tr("retention.law.youth")
        case .wmo: tr("retention.law.wmo")
        case .other: tr("retention.law.other")
        }
    }

    /// Where the period comes from, for the listing and the README.
    public var source: String {
        switch self {
        case .youth: tr("retention.source.youth")
        case .wmo: tr("retention.source.wmo")
        case .other: tr("retention.source.other")
        }
    }

    /// The `setting` table's key for this law's period in years.
    public var settingKey: String { "retention_\(rawValue)_years" }
}

/// How many years after a case closed its file is kept, per law.
public struct RetentionPolicy: Hashable, Sendable, Codable {
    public var years: [RetentionLaw: Int]

    /// Jeugdwet 20 years; Wmo and the team's own policy 15 (see `RetentionLaw.source`).
    public static let defaults = RetentionPolicy(years: [.youth: 20, .wmo: 15, .other: 15])
    /// A period outside this is refused: 0 would erase the day a case closes.
    public static let allowedYears = 1...100

    public init(years: [RetentionLaw: Int]) { self.years = years }

    public func years(for law: RetentionLaw) -> Int { years[law] ?? Self.defaults.years[law] ?? 20 }
}

/// What a case's retention needs to know about it (read by the store, decided here).
public struct HeldCase: Hashable, Sendable, Codable {
    public var id: Int
    public var householdID: Int
    public var isOpen: Bool
    public var opened: Day
    /// The day it closed (nil while open).
    public var closedOn: Day?
    /// Back-filled by v14 from the access log or the last contact, not recorded when it closed.
    public var closedOnEstimated: Bool
    public var anonymisedOn: Day?
    /// Birth years of the household's members (also those who left): a minor makes it a youth file.
    public var memberBirthYears: [Int]
    /// A maatwerkvoorziening on the case makes it a Wmo file.
    public var hasTailoredProvision: Bool

    public init(
        id: Int, householdID: Int, isOpen: Bool, opened: Day, closedOn: Day?, closedOnEstimated: Bool = false, anonymisedOn: Day? = nil,
        memberBirthYears: [Int], hasTailoredProvision: Bool
    ) {
        self.id = id; self.householdID = householdID; self.isOpen = isOpen; self.opened = opened; self.closedOn = closedOn
        self.closedOnEstimated = closedOnEstimated; self.anonymisedOn = anonymisedOn
        self.memberBirthYears = memberBirthYears; self.hasTailoredProvision = hasTailoredProvision
    }

    /// A youth file when a member was under 18 at some time while the case ran (by birth year,
    /// so in doubt it is a youth file: the longest period wins); else Wmo with a tailored
    /// provision; else the team's policy.
    public var law: RetentionLaw {
        if memberBirthYears.contains(where: { $0 + 18 > opened.year }) { return .youth }
        return hasTailoredProvision ? .wmo : .other
    }

    /// The first day the file may be anonymised (nil while the case is open).
    public func keptUntil(_ policy: RetentionPolicy) -> Day? {
        closedOn.map { $0.adding(years: policy.years(for: law)) }
    }

    /// Closed, not anonymised yet, and its period over on `today`.
    public func isDue(_ policy: RetentionPolicy, today: Day) -> Bool {
        guard !isOpen, anonymisedOn == nil, let until = keptUntil(policy) else { return false }
        return until <= today
    }
}

/// One case whose retention period is over.
public struct RetentionDue: Hashable, Sendable, Codable {
    public var caseID: Int
    public var householdID: Int
    public var law: RetentionLaw
    public var years: Int
    public var closedOn: Day
    public var closedOnEstimated: Bool
    public var dueSince: Day

    public init(caseID: Int, householdID: Int, law: RetentionLaw, years: Int, closedOn: Day, closedOnEstimated: Bool, dueSince: Day) {
        self.caseID = caseID; self.householdID = householdID; self.law = law; self.years = years; self.closedOn = closedOn
        self.closedOnEstimated = closedOnEstimated; self.dueSince = dueSince
    }
}

/// What a retention run does: the cases anonymised, and the households whose people are erased
/// and which are anonymised because nothing of theirs must be kept any more.
public struct RetentionPlan: Hashable, Sendable, Codable {
    public var due: [RetentionDue]
    public var householdsAnonymised: [Int]

    /// `cases`: every case of the households concerned (or all), as held now. A household in
    /// `openSignals` (a signal not decided on yet) keeps its people and address: the team is at work.
    public init(cases: [HeldCase], policy: RetentionPolicy, today: Day, openSignals: Set<Int> = []) {
        due = cases.filter { $0.isDue(policy, today: today) }.compactMap { c in
            guard let closed = c.closedOn, let until = c.keptUntil(policy) else { return nil }
            return RetentionDue(
                caseID: c.id, householdID: c.householdID, law: c.law, years: policy.years(for: c.law), closedOn: closed,
                closedOnEstimated: c.closedOnEstimated, dueSince: until)
        }.sorted { ($0.dueSince, $0.caseID) < ($1.dueSince, $1.caseID) }
        let dueIDs = Set(due.map(\.caseID))
        let touched = Set(due.map(\.householdID))
        // A household goes when every case of it is anonymised (already, or now).
        householdsAnonymised = touched.subtracting(openSignals).filter { h in
            cases.filter { $0.householdID == h }.allSatisfy { $0.anonymisedOn != nil || dueIDs.contains($0.id) }
        }.sorted()
    }
}

extension Day {
    /// The same day `years` later (29 February becomes 28 February in a common year).
    public func adding(years: Int) -> Day {
        let (y, m, d) = components
        return Day(year: y + years, month: m, day: d) ?? Day(year: y + years, month: m, day: 28) ?? self
    }
}
