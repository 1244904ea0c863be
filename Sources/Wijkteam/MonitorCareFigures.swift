/// The monitor's prevention and outreaching, load and waiting figures (issue 29), computed from
/// the facts the store reads: each case's dated history, the contacts made, the follow-ups due,
/// the staff's capacity as it held, the provisions' dated steps. Pure: no I/O. Need-to-know is
/// the caller's: it passes only the cases the reader may see (a contact, follow-up or provision
/// of a case not given is not counted).

/// One case as these figures need it: when it was open, in which phase, with which regisseur.
public struct MonitorCaseFacts: Hashable, Sendable {
    public var caseID: Int
    public var householdID: Int
    public var opened: Day
    /// The day it was last closed (`closed_on`), kept when it is reopened.
    public var closedOn: Day?
    /// The case as it is now: the fallback where the history tells nothing.
    public var phase: Phase
    public var regisseurID: StaffID?
    public var complexity: Int
    /// Its `case_history` rows, oldest first (by day, then as recorded).
    public var history: [CaseHistoryEvent] { didSet { phaseRows = Self.phaseRows(of: history) } }
    /// The phase rows of `history` with the phase parsed once (nil: a value no phase has):
    /// `phase(at:)` is asked for every case at every month's end.
    public private(set) var phaseRows: [PhaseRow]

    /// A phase row: the day and the phase the case entered.
    public struct PhaseRow: Hashable, Sendable {
        public var on: Day
        public var phase: Phase?
    }

    public init(
        caseID: Int, householdID: Int, opened: Day, closedOn: Day? = nil, phase: Phase, regisseurID: StaffID? = nil,
        complexity: Int = 2, history: [CaseHistoryEvent] = []
    ) {
        self.caseID = caseID; self.householdID = householdID; self.opened = opened; self.closedOn = closedOn
        self.phase = phase; self.regisseurID = regisseurID; self.complexity = complexity; self.history = history
        phaseRows = Self.phaseRows(of: history)
    }

    static func phaseRows(of history: [CaseHistoryEvent]) -> [PhaseRow] {
        history.compactMap { $0.kind == .phase ? PhaseRow(on: $0.on, phase: $0.phase) : nil }
    }

    /// The phase the case was in at the end of `day`; nil before it was opened. The last phase
    /// row on or before the day tells it (the phase now when none does); a closing day
    /// (`closed_on`) later than that row closes it even when the history missed the closing.
    public func phase(at day: Day) -> Phase? {
        guard opened <= day else { return nil }
        let last = phaseRows.last { $0.on <= day }
        if let closedOn, closedOn <= day, (last?.on ?? opened) < closedOn { return .afgesloten }
        return last?.phase ?? phase
    }

    /// Open at the end of `day`.
    public func isOpen(at day: Day) -> Bool { phase(at: day).map { $0 != .afgesloten } ?? false }

    /// Open at some moment of `day`: at its end, or at the end of the day before (a contact on
    /// the day a case is closed still counts; one on a day it was not open does not).
    public func isOpen(during day: Day) -> Bool { isOpen(at: day) || isOpen(at: day.adding(days: -1)) }

    /// The regisseur at the end of `day`: the last regisseur row on or before it, else the
    /// regisseur now.
    public func regisseur(at day: Day) -> StaffID? {
        guard let last = history.last(where: { $0.kind == .regisseur && $0.on <= day }) else { return regisseurID }
        return last.value
    }

    /// Its weight on the board at the end of `day` (`Caseload.weight(of:)`: the phase it had
    /// then times its complexity); 0 when it was not open.
    public func weight(at day: Day) -> Double {
        guard let phase = phase(at: day) else { return 0 }
        return Caseload.phaseFactor(phase) * Caseload.complexityFactor(complexity)
    }
}

/// A preventive or outreaching follow-up with its due day and, when done, the day it was done.
public struct MonitorFollowUp: Hashable, Sendable {
    public var caseID: Int
    public var due: Day
    /// Nil when not done, or done before the day was kept (schema v15).
    public var doneOn: Day?
    public init(caseID: Int, due: Day, doneOn: Day?) {
        self.caseID = caseID; self.due = due; self.doneOn = doneOn
    }
    /// Done on or before its day.
    public var onTime: Bool { doneOn.map { $0 <= due } ?? false }
}

/// One dated step of a provision (`provision_step`).
public struct MonitorProvisionStep: Hashable, Sendable {
    public var provisionID: Int
    public var caseID: Int
    public var status: ProvisionStatus
    public var on: Day
    public init(provisionID: Int, caseID: Int, status: ProvisionStatus, on: Day) {
        self.provisionID = provisionID; self.caseID = caseID; self.status = status; self.on = on
    }
}

public enum MonitorCare {
    /// How many of the longest current waits the report lists.
    public static let longestWaitsShown = 10

    /// Prevention and outreaching in `month`, counted up to `end` (its last day, or today):
    /// contacts made on a day the case was open; the households they reached; the households
    /// with a case open at `end`; the follow-ups due by `end` on a day their case was open, and
    /// of those the ones done on or before their day.
    public static func proactive(
        month: Month, end: Day, cases: [Int: MonitorCaseFacts], contacts: [ProactiveContact], followUps: [MonitorFollowUp]
    ) -> MonitorProactive {
        var figure = MonitorProactive()
        var reached = Set<Int>()
        for contact in contacts where month.first <= contact.day && contact.day <= end {
            guard let c = cases[contact.caseID], c.isOpen(during: contact.day) else { continue }
            figure.contactsMade += 1
            reached.insert(c.householdID)
        }
        figure.householdsReached = reached.count
        figure.openHouseholds = openHouseholds(at: end, cases: cases)
        for f in followUps where month.first <= f.due && f.due <= end {
            guard let c = cases[f.caseID], c.isOpen(during: f.due) else { continue }
            figure.followUpsDue += 1
            if f.onTime { figure.followUpsOnTime += 1 }
        }
        return figure
    }

    /// Households with a case open at the end of `day`.
    public static func openHouseholds(at day: Day, cases: [Int: MonitorCaseFacts]) -> Int {
        Set(cases.values.filter { $0.isOpen(at: day) }.map(\.householdID)).count
    }

    /// The weighted load at the end of `end`: every case open then, weighted by the phase it
    /// had then, per regisseur it had then (cases without one count for the team only);
    /// the capacity of everyone who could hold cases then (a regisseur role, not left), each
    /// as it held then (`Staff.capacity(on:changes:)`); and who was over capacity
    /// (`Caseload.level` over, as on the board), sorted.
    public static func load(end: Day, cases: [Int: MonitorCaseFacts], staff: [Staff], changes: [StaffChange])
        -> (load: MonitorLoad, over: [StaffID])
    {
        var figure = MonitorLoad()
        var per: [StaffID: Double] = [:]
        for c in cases.values where c.isOpen(at: end) {
            let w = c.weight(at: end)
            figure.weighted += w
            if let r = c.regisseur(at: end) { per[r, default: 0] += w }
        }
        let byID = Dictionary(staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        figure.capacity = staff.filter { $0.role.canBeRegisseur && !$0.hasLeft(on: end) }
            .reduce(0) { $0 + $1.capacity(on: end, changes: changes) }
        let over = per.filter { id, load in
            Caseload.level(load: load, capacity: byID[id]?.capacity(on: end, changes: changes) ?? 0) == .over
        }.keys.sorted()
        figure.overCapacity = over.count
        return (figure, over)
    }

    /// Per regisseur, the months they were over capacity (only those with any), by name.
    public static func regisseurs(over: [Month: [StaffID]], staff: [Staff]) -> [RegisseurMonths] {
        var months: [StaffID: [Month]] = [:]
        for (month, ids) in over { for id in ids { months[id, default: []].append(month) } }
        let names = Dictionary(staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return months.map { RegisseurMonths(staffID: $0.key, name: names[$0.key] ?? $0.key, overCapacity: $0.value.sorted()) }
            .sorted { ($0.name, $0.staffID) < ($1.name, $1.staffID) }
    }

    /// The provisions waiting at the end of `end`, from their dated steps: the last step on or
    /// before the day is requested or waiting, and its case was open then. Each waits from its
    /// waiting step (on the list, or allocated) else its request, to `end`.
    public static func waiting(end: Day, cases: [Int: MonitorCaseFacts], steps: [MonitorProvisionStep]) -> MonitorWaiting {
        var last: [Int: MonitorProvisionStep] = [:]
        var requested: [Int: Day] = [:], listed: [Int: Day] = [:]
        for s in steps where s.on <= end {
            if let l = last[s.provisionID], l.on > s.on { continue }
            last[s.provisionID] = s
            if s.status == .requested, requested[s.provisionID] == nil { requested[s.provisionID] = s.on }
            if s.status == .waiting { listed[s.provisionID] = s.on }
        }
        var days: [Int] = []
        var households = Set<Int>()
        for (id, step) in last where step.status.isWaiting {
            guard let c = cases[step.caseID], c.isOpen(at: end), let from = listed[id] ?? requested[id] else { continue }
            days.append(max(0, from.days(until: end)))
            households.insert(c.householdID)
        }
        var figure = MonitorWaiting()
        figure.waiting = days.count
        figure.households = households.count
        figure.medianDays = median(days)
        figure.longestDays = days.max()
        return figure
    }

    /// The longest waits first (then the longest waiting since, then by provision), at most `limit`.
    public static func longest(_ waits: [MonitorWait], limit: Int = longestWaitsShown) -> [MonitorWait] {
        Array(waits.sorted { ($1.days, $0.since, $0.provisionID) < ($0.days, $1.since, $1.provisionID) }.prefix(limit))
    }

    /// The middle value (the lower of the two middle ones for an even count: whole days).
    public static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[(values.count - 1) / 2]
    }
}
