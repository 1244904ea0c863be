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

    public static func weight(of c: Case) -> Double { phaseFactor(c.phase) * complexityFactor(c.complexity) }

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

    /// Worked out on every load and assignment: one pass over the cases, nothing copied
    /// (`cards.lazy.map(\.case)` is enough), one over the contacts made (a few per case).
    @inlinable
    public init(cases: some Sequence<Case>, followUps: [FollowUp], staff: [Staff], today: Day, contacts: [ProactiveContact] = []) {
        let open = cases.lazy.filter(\.isOpen)
        var count = 0, unassigned = 0
        var householdOfCase: [Int: Int] = [:]
        var householdOpened: [Int: Day] = [:]
        householdOfCase.reserveCapacity(cases.underestimatedCount)
        for c in open {
            count += 1
            if c.regisseurID == nil { unassigned += 1 }
            if householdOfCase[c.id] == nil { householdOfCase[c.id] = c.householdID }
            if householdOpened[c.householdID].map({ c.opened < $0 }) ?? true { householdOpened[c.householdID] = c.opened }
        }
        openCases = count
        self.unassigned = unassigned
        let loads = Caseload.loads(in: open)
        overCapacity = staff.filter { Caseload.level(load: loads[$0.id] ?? 0, capacity: $0.capacity) == .over }.count
        openHouseholds = Set(householdOfCase.values).count
        let active = followUps.filter { !$0.done && $0.kind.isProactive }
        proactiveHouseholds = Set(active.compactMap { householdOfCase[$0.caseID] }).count
        overdueProactive = active.filter { $0.due < today && householdOfCase[$0.caseID] != nil }.count
        (reachedHouseholds, months) = Self.reached(contacts, householdOfCase: householdOfCase, opened: householdOpened, today: today)
    }
}
