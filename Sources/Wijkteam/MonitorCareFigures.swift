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
    /// Its `case_history` rows, oldest first (by day, then as recorded). A monitor report
    /// without the lead times keeps only the regisseur rows here, the phases in `phaseRows`
    /// alone (`setHistory(regisseurRows:phaseRows:)`). Setting it makes `phaseRows` again from
    /// it: on such a case, set both with that function.
    public var history: [CaseHistoryEvent] { didSet { phaseRows = Self.phaseRows(of: history) } }
    /// The phase rows of its history with the phase parsed once (nil: a value no phase has):
    /// `phase(at:)` is asked for every case at every month's end.
    public private(set) var phaseRows: [PhaseRow]

    /// A phase row: the day and the phase the case entered.
    public struct PhaseRow: Hashable, Sendable {
        public var on: Day
        public var phase: Phase?
        public init(on: Day, phase: Phase?) { self.on = on; self.phase = phase }
    }

    public init(
        caseID: Int, householdID: Int, opened: Day, closedOn: Day? = nil, phase: Phase, regisseurID: StaffID? = nil,
        complexity: Int = 2, history: [CaseHistoryEvent] = []
    ) {
        self.caseID = caseID; self.householdID = householdID; self.opened = opened; self.closedOn = closedOn
        self.phase = phase; self.regisseurID = regisseurID; self.complexity = complexity; self.history = history
        phaseRows = Self.phaseRows(of: history)
    }

    /// The same with `history`'s phase rows already parsed (a store reading tens of thousands of
    /// rows knows each phase from its column): they must be `history`'s phase rows, in order, or,
    /// when `history` holds only the regisseur rows, the case's phase rows.
    public init(
        caseID: Int, householdID: Int, opened: Day, closedOn: Day?, phase: Phase, regisseurID: StaffID?, complexity: Int,
        history: [CaseHistoryEvent], phaseRows: [PhaseRow]
    ) {
        self.caseID = caseID; self.householdID = householdID; self.opened = opened; self.closedOn = closedOn
        self.phase = phase; self.regisseurID = regisseurID; self.complexity = complexity; self.history = history
        self.phaseRows = phaseRows
    }

    /// Its history, for a store filling in cases it made before their history was read, which
    /// counted the phase rows as it read them: the list of them is made at its size (tens of
    /// thousands of cases; setting `history` alone would let it grow).
    public mutating func setHistory(_ history: [CaseHistoryEvent], phaseRowCount: Int) {
        replaceRows(history: history, phaseRows: Self.phaseRows(of: history, count: phaseRowCount))
    }

    /// Its regisseur rows (`regisseurRows`, oldest first) as its history and its phase rows
    /// (oldest first) apart: what the load, the open households and the flow ask, for a store
    /// reading tens of thousands of cases whose figures never take the phase rows as events.
    public mutating func setHistory(regisseurRows: [CaseHistoryEvent], phaseRows: [PhaseRow]) {
        replaceRows(history: regisseurRows, phaseRows: phaseRows)
    }

    /// Both lists set at once (setting `history` alone would make `phaseRows` again from it).
    private mutating func replaceRows(history: [CaseHistoryEvent], phaseRows: [PhaseRow]) {
        self = MonitorCaseFacts(
            caseID: caseID, householdID: householdID, opened: opened, closedOn: closedOn, phase: phase, regisseurID: regisseurID,
            complexity: complexity, history: history, phaseRows: phaseRows)
    }

    static func phaseRows(of history: [CaseHistoryEvent], count: Int = 0) -> [PhaseRow] {
        var rows: [PhaseRow] = []
        rows.reserveCapacity(count)
        for e in history where e.kind == .phase { rows.append(PhaseRow(on: e.on, phase: e.phase)) }
        return rows
    }

    /// The phase the case was in at the end of `day`; nil before it was opened. The last phase
    /// row on or before the day tells it (the phase now when none does); a closing day
    /// (`closed_on`) later than that row closes it even when the history missed the closing.
    public func phase(at day: Day) -> Phase? {
        guard opened <= day else { return nil }
        return phase(after: phaseRows.last { $0.on <= day }, at: day)
    }

    /// The phase at the end of `day` (on or after the opening), given the last phase row on or
    /// before it: that row's phase (the phase now when none), unless a later closing day closed it.
    private func phase(after last: PhaseRow?, at day: Day) -> Phase {
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

    /// `phase(at:)` and `regisseur(at:)` for each of `ends` (ascending days), in one walk over
    /// the history: the load and the open households ask every case at every month's end, and
    /// a search from the end per day was most of their time. `body` gets each end's position.
    public func walk(_ ends: [Day], _ body: (_ position: Int, _ phase: Phase?, _ regisseur: StaffID?) -> Void) {
        var nextPhase = 0, nextRow = 0
        var lastRegisseur: StaffID?? = nil
        for (position, end) in ends.enumerated() {
            while nextPhase < phaseRows.count, phaseRows[nextPhase].on <= end { nextPhase += 1 }
            while nextRow < history.count, history[nextRow].on <= end {
                if history[nextRow].kind == .regisseur { lastRegisseur = .some(history[nextRow].value) }
                nextRow += 1
            }
            let regisseur = lastRegisseur ?? regisseurID
            guard opened <= end else {
                body(position, nil, regisseur)
                continue
            }
            body(position, phase(after: nextPhase > 0 ? phaseRows[nextPhase - 1] : nil, at: end), regisseur)
        }
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
        month: Month, end: Day, cases: MonitorCaseSet, contacts: [ProactiveContact], followUps: [MonitorFollowUp]
    ) -> MonitorProactive {
        proactive(months: [(month, end)], cases: cases, contacts: contacts, followUps: followUps)[0]
    }

    /// The same for each of `months` (ascending, each counted up to its end), in one pass over
    /// the contacts and the follow-ups.
    public static func proactive(
        months: [(month: Month, end: Day)], cases: MonitorCaseSet, contacts: [ProactiveContact], followUps: [MonitorFollowUp]
    ) -> [MonitorProactive] {
        var figures = [MonitorProactive](repeating: MonitorProactive(), count: months.count)
        var reached = DistinctIDs(slots: months.count, maxID: cases.maxHouseholdID)
        // Labelled as the parameter is: an array of unlabelled pairs is converted (cast element
        // by element) on every call.
        let spans: [(first: Day, last: Day)] = months.map { ($0.month.first, $0.end) }
        for contact in contacts {
            guard let m = position(of: contact.day, in: spans), let household = cases.household(of: contact.caseID, openDuring: contact.day)
            else { continue }
            figures[m].contactsMade += 1
            reached.insert(household, in: m)
        }
        let open = openHouseholds(at: months.map(\.end), cases: cases)
        for m in months.indices {
            figures[m].householdsReached = reached.count(in: m)
            figures[m].openHouseholds = open[m]
        }
        for f in followUps {
            guard let m = position(of: f.due, in: spans), cases.household(of: f.caseID, openDuring: f.due) != nil else { continue }
            figures[m].followUpsDue += 1
            if f.onTime { figures[m].followUpsOnTime += 1 }
        }
        return figures
    }

    /// Which of `spans` (ascending, not overlapping) holds `day`.
    static func position(of day: Day, in spans: [(first: Day, last: Day)]) -> Int? {
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].last < day { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].first <= day ? low : nil
    }

    /// Households with a case open at the end of `day`.
    public static func openHouseholds(at day: Day, cases: MonitorCaseSet) -> Int {
        openHouseholds(at: [day], cases: cases)[0]
    }

    /// The same for each of `days` (ascending), in one walk per case.
    public static func openHouseholds(at days: [Day], cases: MonitorCaseSet) -> [Int] {
        var open = DistinctIDs(slots: days.count, maxID: cases.maxHouseholdID)
        // By position: `for c in cases.all` copied every case (its history arrays retained and released).
        for i in cases.all.indices {
            let household = cases.all[i].householdID
            cases.all[i].walk(days) { m, phase, _ in if let phase, phase != .afgesloten { open.insert(household, in: m) } }
        }
        return days.indices.map { open.count(in: $0) }
    }

    /// The weighted load at the end of `end`: every case open then, weighted by the phase it
    /// had then, per regisseur it had then (cases without one count for the team only);
    /// the capacity of everyone who could hold cases then (a regisseur role, not left), each
    /// as it held then (`Staff.capacity(on:changes:)`); and who was over capacity
    /// (`Caseload.level` over, as on the board), sorted.
    public static func load(end: Day, cases: MonitorCaseSet, staff: [Staff], changes: [StaffChange])
        -> (load: MonitorLoad, over: [StaffID])
    {
        load(ends: [end], cases: cases, staff: staff, changes: changes)[0]
    }

    /// The same at each of `ends` (ascending), in one walk per case.
    public static func load(ends: [Day], cases: MonitorCaseSet, staff: [Staff], changes: [StaffChange])
        -> [(load: MonitorLoad, over: [StaffID])]
    {
        var figures = [MonitorLoad](repeating: MonitorLoad(), count: ends.count)
        // Each regisseur by a number of their own: a sum per month and regisseur in an array,
        // not a dictionary keyed by their id hashed at every case and month's end.
        var regisseurs: [StaffID] = []
        var number: [StaffID: Int] = [:]
        var per = [[Double]](repeating: [], count: ends.count)
        for i in cases.all.indices {
            let complexity = Caseload.complexityFactor(cases.all[i].complexity)
            var last: (id: StaffID, number: Int)?
            cases.all[i].walk(ends) { m, phase, regisseur in
                guard let phase, phase != .afgesloten else { return }
                let w = Caseload.phaseFactor(phase) * complexity
                figures[m].weighted += w
                guard let regisseur else { return }
                if last?.id != regisseur {
                    let n = number[regisseur] ?? regisseurs.count
                    if n == regisseurs.count {
                        number[regisseur] = n
                        regisseurs.append(regisseur)
                    }
                    last = (regisseur, n)
                }
                let n = last!.number
                if per[m].count <= n { per[m] += [Double](repeating: 0, count: n + 1 - per[m].count) }
                per[m][n] += w
            }
        }
        let byID = Dictionary(staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ends.enumerated().map { m, end in
            figures[m].capacity = staff.filter { $0.role.canBeRegisseur && !$0.hasLeft(on: end) }
                .reduce(0) { $0 + $1.capacity(on: end, changes: changes) }
            // A regisseur without a case then sums to 0 here, which is never over capacity.
            let over = per[m].indices.filter { n in
                Caseload.level(load: per[m][n], capacity: byID[regisseurs[n]]?.capacity(on: end, changes: changes) ?? 0) == .over
            }.map { regisseurs[$0] }.sorted()
            figures[m].overCapacity = over.count
            return (figures[m], over)
        }
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
    public static func waiting(end: Day, cases: MonitorCaseSet, steps: [MonitorProvisionStep]) -> MonitorWaiting {
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
