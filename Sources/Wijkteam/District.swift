/// What a district (one team's database) is called and how it was made.
public struct DistrictInfo: Hashable, Sendable, Codable {
    public var name: String
    public var municipality: String
    public var wijk: String
    public var buurten: [String]
    /// A demo database (such as the sample district) allows `--as STAFF`.
    public var demo: Bool
    public init(name: String, municipality: String, wijk: String, buurten: [String], demo: Bool) {
        self.name = name; self.municipality = municipality; self.wijk = wijk; self.buurten = buurten; self.demo = demo
    }
}

/// Everything about one household, as the household and network screens need it.
public struct HouseholdRecord: Hashable, Sendable, Codable {
    public var household: Household
    public var ties: [NetworkTie]
    public var cases: [Case]
    public var followUps: [FollowUp]
    public var zrm: [ZRMScore]
    public var goals: [PlanGoal]
    public var provisions: [Provision]
    public var journal: [JournalEntry]
    public var signals: [Signal]
    /// Staff explicitly added to each case (need-to-know: they may read its sensitive entries).
    public var caseMembers: [Int: [StaffID]]
    /// Access staff gave themselves, as the store read it; emptied by `Access.redact`.
    public var selfGrants = SelfGrants()
    /// After `Access.redact`: the open cases whose history the reader may open with a reason.
    public var glassCases: [Int] = []
    /// The ZRM measurements as wholes (which domains were not assessed; legacy ones).
    public var zrmMeasurements: [ZRMMeasurementRecord] = []
    enum CodingKeys: String, CodingKey {
        case household, ties, cases, followUps, zrm, goals, provisions, journal, signals, caseMembers, glassCases
    }
    public init(household: Household, ties: [NetworkTie] = [], cases: [Case] = [], followUps: [FollowUp] = [],
                zrm: [ZRMScore] = [], goals: [PlanGoal] = [], provisions: [Provision] = [],
                journal: [JournalEntry] = [], signals: [Signal] = [], caseMembers: [Int: [StaffID]] = [:]) {
        self.household = household; self.ties = ties; self.cases = cases; self.followUps = followUps
        self.zrm = zrm; self.goals = goals; self.provisions = provisions; self.journal = journal; self.signals = signals
        self.caseMembers = caseMembers
    }

    /// The open case the household screen works on (the newest open one).
    public var openCase: Case? { cases.last(where: \.isOpen) }

    /// Last contact per case: the latest journal entry.
    public func lastContact(of caseID: Int) -> Day? {
        journal.filter { $0.caseID == caseID }.map(\.date).max()
    }
}

/// A case as the board shows it: the case plus what the card needs from elsewhere.
///
/// A value with its fields in one shared box, copied on write: a city's board copies thousands
/// of cards into its columns on a filter key, and a copy is then one reference, not a dozen
/// strings and arrays retained one by one.
public struct CaseCard: Hashable, Sendable, Codable {
    @usableFromInline struct Fields: Hashable, Sendable, Codable {
        @usableFromInline var `case`: Case
        @usableFromInline var householdName: String
        @usableFromInline var buurt: String
        @usableFromInline var street: String
        @usableFromInline var lastContact: Day?
        @usableFromInline var nextFollowUp: FollowUp?
        @usableFromInline var proactiveKinds: [FollowUpKind]
    }
    // Immutable, so a field is read in place (`_read`, no copy); a change makes a new box.
    @usableFromInline final class Box: Sendable {
        @usableFromInline let fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }
    // Inlinable accessors: the board reads card fields tens of thousands of times per key, from another module.
    @usableFromInline var box: Box
    @usableFromInline var fields: Fields {
        get { box.fields }
        set { box = Box(newValue) }
    }

    @inlinable public var `case`: Case { _read { yield box.fields.case } set { fields.case = newValue } }
    @inlinable public var householdName: String { _read { yield box.fields.householdName } set { fields.householdName = newValue } }
    @inlinable public var buurt: String { _read { yield box.fields.buurt } set { fields.buurt = newValue } }
    @inlinable public var street: String { _read { yield box.fields.street } set { fields.street = newValue } }
    @inlinable public var lastContact: Day? { _read { yield box.fields.lastContact } set { fields.lastContact = newValue } }
    /// The earliest open follow-up.
    @inlinable public var nextFollowUp: FollowUp? { _read { yield box.fields.nextFollowUp } set { fields.nextFollowUp = newValue } }
    /// Open preventive/outreaching follow-up kinds on this case.
    @inlinable public var proactiveKinds: [FollowUpKind] { _read { yield box.fields.proactiveKinds } set { fields.proactiveKinds = newValue } }

    // What the board and the agenda read of every card, a field at a time from the box. Read
    // as `cards[i].case.isOpen`, the optimiser copied the whole case first (each of its strings
    // retained, then released): up to two copies per card shown, for each letter typed (30,000
    // cards at 100,000 households, issue 28).
    @inlinable public var caseID: Int { box.fields.case.id }
    @inlinable public var isOpen: Bool { box.fields.case.phase.isOpen }
    @inlinable public var phase: Phase { box.fields.case.phase }
    @inlinable public var regisseurID: StaffID? { box.fields.case.regisseurID }
    @inlinable public var safety: Bool { box.fields.case.safety }
    @inlinable public var householdID: Int { box.fields.case.householdID }
    @inlinable public var opened: Day { box.fields.case.opened }
    @inlinable public var discussion: String? { box.fields.case.discussion }
    /// The case's weight in its regisseur's load (`Caseload.weight(of:)`).
    public var weight: Double { Caseload.weight(phase: box.fields.case.phase, complexity: box.fields.case.complexity) }

    public init(case c: Case, householdName: String, buurt: String, street: String, lastContact: Day?,
                nextFollowUp: FollowUp?, proactiveKinds: [FollowUpKind]) {
        box = Box(
            Fields(
                case: c, householdName: householdName, buurt: buurt, street: street, lastContact: lastContact,
                nextFollowUp: nextFollowUp, proactiveKinds: proactiveKinds))
    }

    public static func == (a: CaseCard, b: CaseCard) -> Bool { a.box === b.box || a.box.fields == b.box.fields }
    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
    public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

    public func daysSinceContact(on today: Day) -> Int? { lastContact.map { $0.days(until: today) } }

    /// Puts each case's next open follow-up and its preventive/outreaching flags on its card
    /// (bare cards, as the store reads them: a card without any keeps none).
    /// `followUps`: the open ones, in due order (the first one per case is the next).
    public static func attach(_ followUps: [FollowUp], to cards: inout [CaseCard]) {
        // Positions and bits, not copies: a city's follow-ups copied into a dictionary, and a set
        // per case, were 1.8 MB of the screens' peak memory while the first load ran.
        let kinds = FollowUpKind.allCases.sorted { $0.rawValue < $1.rawValue }
        var next: [Int: Int] = [:], proactive: [Int: UInt64] = [:]  // a bit per kind (four now)
        next.reserveCapacity(cards.count)
        for (position, f) in followUps.enumerated() where !f.done {
            if next[f.caseID] == nil { next[f.caseID] = position }
            if f.kind.isProactive, let bit = kinds.firstIndex(of: f.kind) { proactive[f.caseID, default: 0] |= 1 << bit }
        }
        for i in cards.indices {
            let id = cards[i].case.id
            let position = next[id], bits = proactive[id]
            // Only where there is something to put, both in one new box (a change makes one:
            // field by field, a card with both was boxed twice).
            guard position != nil || bits != nil else { continue }
            var fields = cards[i].fields
            if let position { fields.nextFollowUp = followUps[position] }
            if let bits { fields.proactiveKinds = kinds.indices.filter { bits & (1 << $0) != 0 }.map { kinds[$0] } }
            cards[i].fields = fields
        }
    }
}

/// Initials for privacy mode (clients only; staff names stay readable on a projected screen):
/// "Ayşe Yılmaz" → "A.Y.", "Huishouden van Dijk" → "H.v.D."
public enum Privacy {
    public static func initials(_ name: String) -> String {
        name.split(separator: " ").compactMap { word in
            word.first.map { String($0) + "." }
        }.joined()
    }
    public static func caseLabel(_ id: Int) -> String { "#\(id)" }
}
