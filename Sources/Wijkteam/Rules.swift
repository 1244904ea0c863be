/// The rules the team lives by, as pure functions over value types.

/// Caseload: open cases weighted by phase and complexity, against capacity.
public enum Caseload {
    /// A case in intake or evaluation asks less than one in active support.
    public static func phaseFactor(_ phase: Phase) -> Double {
        switch phase {
        case .aanmelding, .triage: 0.5
        case .keukentafelgesprek, .plan, .uitvoering: 1.0
        case .evaluatie: 0.75
        case .afgesloten: 0
        }
    }

    public static func complexityFactor(_ complexity: Int) -> Double {
        switch complexity {
        case ...1: 0.75
        case 2: 1.0
        default: 1.5
        }
    }

    public static func weight(of c: Case) -> Double { weight(phase: c.phase, complexity: c.complexity) }
    public static func weight(phase: Phase, complexity: Int) -> Double { phaseFactor(phase) * complexityFactor(complexity) }

    public static func load(of staff: StaffID, in cases: some Sequence<Case>) -> Double {
        loads(in: cases)[staff] ?? 0
    }

    /// Everyone's load in one pass (120 staff times 6,000 cases was 5 ms of every reload).
    /// Inlinable, so a caller's sequence is specialised rather than walked through witnesses.
    @inlinable
    public static func loads(in cases: some Sequence<Case>) -> [StaffID: Double] {
        var loads: [StaffID: Double] = [:]
        for c in cases { if let id = c.regisseurID { loads[id, default: 0] += weight(of: c) } }
        return loads
    }

    public enum Level: String, Sendable, Codable { case ok, high, over }

    /// ok below 85 % of capacity, high up to 100 %, over above it.
    public static func level(load: Double, capacity: Double) -> Level {
        if capacity <= 0 { return load > 0 ? .over : .ok }
        let ratio = load / capacity
        if ratio > 1.0 + 1e-9 { return .over }
        if ratio >= 0.85 { return .high }
        return .ok
    }
}

/// Follow-ups that are due, overdue or coming up on a given day.
public enum FollowUpStatus: Hashable, Sendable {
    case done
    case overdue(days: Int)
    case dueToday
    case upcoming(days: Int)

    public init(_ f: FollowUp, on today: Day) {
        if f.done { self = .done; return }
        let d = today.days(until: f.due)
        self = d < 0 ? .overdue(days: -d) : d == 0 ? .dueToday : .upcoming(days: d)
    }

    public var isOverdue: Bool { if case .overdue = self { true } else { false } }
    /// Overdue, or due today.
    public var needsAttention: Bool {
        switch self {
        case .overdue, .dueToday: true
        default: false
        }
    }
}

public enum FollowUps {
    /// Open follow-ups whose due date is on or before `today + withinDays`, overdue first, then by date.
    public static func due(_ followUps: [FollowUp], on today: Day, withinDays: Int = 0) -> [FollowUp] {
        let limit = today.adding(days: withinDays)
        return followUps.filter { !$0.done && $0.due <= limit }.sorted(by: dueOrder)
    }

    public static func overdue(_ followUps: [FollowUp], on today: Day) -> [FollowUp] {
        followUps.filter { !$0.done && $0.due < today }.sorted(by: dueOrder)
    }

    /// Open ones first by due date, then done ones; ties by id so the order is stable.
    public static func dueOrder(_ a: FollowUp, _ b: FollowUp) -> Bool {
        if a.done != b.done { return !a.done }
        if a.due != b.due { return a.due < b.due }
        return a.id < b.id
    }
}

/// The team figures shown in headers and on the command line.
public struct TeamFigures: Hashable, Sendable, Codable {
    public var openCases: Int
    public var unassigned: Int
    public var overCapacity: Int
    /// Households with at least one open case.
    public var openHouseholds: Int
    /// Of those, households with an open (not done) preventive or outreaching follow-up: work
    /// *planned*. Completing the follow-up takes the household out of this figure.
    public var proactiveHouseholds: Int
    public var overdueProactive: Int
    /// Of the open households, those reached proactively in the last 4 weeks
    /// (`reachedWindowDays`): work *done* (`ProactiveContact`). Planning never raises it.
    public var reachedHouseholds: Int = 0
    /// The done-figure per calendar month, this month first, then the months before
    /// (`monthsShown` in all).
    public var months: [MonthFigure] = []

    /// Share of open households with an active preventive or outreaching follow-up, 0…1.
    public var proactiveShare: Double { openHouseholds == 0 ? 0 : Double(proactiveHouseholds) / Double(openHouseholds) }
    public var proactivePercent: Int { Int((proactiveShare * 100).rounded()) }

    /// Worked out on every load and assignment, from the open cases' columns (`OpenCases`).
    @inlinable
    public init(cases: some Sequence<Case>, followUps: [FollowUp], staff: [Staff], today: Day, contacts: [ProactiveContact] = []) {
        var open = OpenCases()
        for c in cases where c.isOpen { open.add(c) }
        self.init(open, followUps: followUps, staff: staff, today: today, contacts: contacts)
    }

    /// The same from the board's cards, read in place: on the first frame's path, where copying
    /// each of a city's 6,000 cases out of its card (retaining its texts) and hashing case and
    /// household ids into dictionaries and sets was most of the figures' 3 ms.
    public init(cards: [CaseCard], followUps: [FollowUp], staff: [Staff], today: Day, contacts: [ProactiveContact] = []) {
        var open = OpenCases(capacity: cards.count)
        for i in cards.indices where cards[i].isOpen { open.add(cards[i].case) }
        self.init(open, followUps: followUps, staff: staff, today: today, contacts: contacts)
    }

    /// Cases and households are found by id through tables and bits (`IDPositions`,
    /// `DistinctIDs`), not hashed: a case id given twice counts as given first, as before.
    @usableFromInline
    init(_ open: OpenCases, followUps: [FollowUp], staff: [Staff], today: Day, contacts: [ProactiveContact]) {
        openCases = open.ids.count
        unassigned = open.unassigned
        overCapacity = staff.filter { Caseload.level(load: open.loads[$0.id] ?? 0, capacity: $0.capacity) == .over }.count
        // Each case id's first position; each household's earliest opening day (of every open case).
        var position = IDPositions(ids: open.ids)
        for i in open.ids.indices where position[open.ids[i]] == nil { position[open.ids[i]] = i }
        let households = HouseholdOpenings(open)
        var counted = DistinctIDs(slots: FigureSlots.count, maxID: households.maxID, count: households.earliest.count)
        for i in open.ids.indices where position[open.ids[i]] == i { counted.insert(open.households[i], in: FigureSlots.open) }
        openHouseholds = counted.count(in: FigureSlots.open)
        var overdue = 0
        for i in followUps.indices where !followUps[i].done && followUps[i].kind.isProactive {
            guard let p = position[followUps[i].caseID] else { continue }
            counted.insert(open.households[p], in: FigureSlots.planned)
            if followUps[i].due < today { overdue += 1 }
        }
        proactiveHouseholds = counted.count(in: FigureSlots.planned)
        overdueProactive = overdue
        (reachedHouseholds, months) = Self.reached(
            contacts, household: { position[$0].map { open.households[$0] } }, households: households, counted: &counted, today: today)
    }
}

/// The open cases' columns the team figures are made from, in the order given, with the load of
/// each regisseur and the number without one.
@usableFromInline
struct OpenCases {
    @usableFromInline var ids: [Int] = []
    @usableFromInline var households: [Int] = []
    @usableFromInline var opened: [Day] = []
    @usableFromInline var unassigned = 0
    @usableFromInline var loads: [StaffID: Double] = [:]

    @usableFromInline
    init(capacity: Int = 0) {
        ids.reserveCapacity(capacity)
        households.reserveCapacity(capacity)
        opened.reserveCapacity(capacity)
    }

    @inlinable
    mutating func add(_ c: Case) {
        ids.append(c.id)
        households.append(c.householdID)
        opened.append(c.opened)
        if let id = c.regisseurID { loads[id, default: 0] += Caseload.weight(of: c) } else { unassigned += 1 }
    }
}

/// Each household with an open case, once, with the day its first open case was opened.
struct HouseholdOpenings {
    var earliest: [Day] = []
    var maxID = -1

    init(_ open: OpenCases) {
        var slot = IDPositions(ids: open.households)
        for (i, household) in open.households.enumerated() {
            maxID = max(maxID, household)
            if let s = slot[household] {
                if open.opened[i] < earliest[s] { earliest[s] = open.opened[i] }
            } else {
                slot[household] = earliest.count
                earliest.append(open.opened[i])
            }
        }
    }
}

/// The slots of the households counted for the figures: open, planned, reached in the window,
/// then reached in each month shown.
enum FigureSlots {
    static let open = 0, planned = 1, window = 2
    static let count = 3 + TeamFigures.monthsShown
    static func month(_ m: Int) -> Int { 3 + m }
}
