/// Handing a leaving or long-absent regisseur's caseload over (issue 24): a plan proposes a
/// new regisseur for every open case, the team lead changes single lines, the store applies it
/// as one change with one undo.

/// One case of the plan.
public struct HandoverLine: Hashable, Sendable {
    public var caseID: Int
    public var householdID: Int
    /// The household's name as the store read it with the plan ("" when not read).
    public var householdName: String
    /// The case's weight (`Caseload.weight`), what it adds to whoever takes it.
    public var weight: Double
    /// The proposed (or, after the team lead changed the line, chosen) new regisseur; nil when
    /// nobody can take it.
    public var to: StaffID?
    /// The ranking for this case with the loads the plan's earlier lines leave (best first,
    /// unavailable colleagues last with why), so a changed line can be chosen from it.
    public var ranking: [Suggestion]
    /// The team lead changed this line by hand.
    public var changed: Bool
    /// The case's version the plan was made from: applying refuses the whole plan when the
    /// case changed since (nil: checked only for still being the leaving colleague's).
    public var caseVersion: Int?
    public init(
        caseID: Int, householdID: Int, householdName: String = "", weight: Double, to: StaffID?, ranking: [Suggestion],
        changed: Bool = false, caseVersion: Int? = nil
    ) {
        self.caseID = caseID; self.householdID = householdID; self.householdName = householdName; self.weight = weight
        self.to = to; self.ranking = ranking; self.changed = changed; self.caseVersion = caseVersion
    }

    /// The proposed or chosen receiver's suggestion (its reasons), when there is one.
    public var chosen: Suggestion? { to.flatMap { id in ranking.first { $0.staff.id == id } } }
}

public struct HandoverPlan: Hashable, Sendable {
    /// Whose caseload is handed over.
    public var from: StaffID
    /// Heaviest cases first (the order they were placed in).
    public var lines: [HandoverLine]
    /// Every regisseur's weighted load before the handover, and their capacity: the totals.
    public var loadsBefore: [StaffID: Double]
    public var capacities: [StaffID: Double]
    public init(from: StaffID, lines: [HandoverLine], loadsBefore: [StaffID: Double] = [:], capacities: [StaffID: Double] = [:]) {
        self.from = from; self.lines = lines; self.loadsBefore = loadsBefore; self.capacities = capacities
    }

    /// What one colleague takes on: the load before and after against their capacity.
    public struct ReceiverTotal: Hashable, Sendable {
        public var staffID: StaffID
        public var cases: Int
        public var loadBefore: Double
        public var loadAfter: Double
        public var capacity: Double
        public var isOverCapacity: Bool { loadAfter > capacity + 1e-9 }
    }

    /// Every receiver, in the order they first appear in the lines.
    public var receivers: [ReceiverTotal] {
        var order: [StaffID] = []
        var totals: [StaffID: ReceiverTotal] = [:]
        for line in lines {
            guard let to = line.to else { continue }
            if totals[to] == nil {
                order.append(to)
                let before = loadsBefore[to] ?? 0
                totals[to] = ReceiverTotal(staffID: to, cases: 0, loadBefore: before, loadAfter: before, capacity: capacities[to] ?? 0)
            }
            totals[to]!.cases += 1
            totals[to]!.loadAfter += line.weight
        }
        return order.map { totals[$0]! }
    }

    /// Cases nobody can take (nobody available at all).
    public var unplaced: [HandoverLine] { lines.filter { $0.to == nil } }

    public func line(forCase caseID: Int) -> HandoverLine? { lines.first { $0.caseID == caseID } }

    /// Whether `staff` may take this case: listed in its ranking and available.
    public func canChoose(_ staff: StaffID, forCase caseID: Int) -> Bool {
        line(forCase: caseID)?.ranking.contains { $0.staff.id == staff && $0.isAvailable } ?? false
    }

    /// The plan with `staff` chosen for this case, the line marked changed; unchanged when the
    /// case is not in the plan or `staff` may not take it (`canChoose`). The other lines keep
    /// their proposals: the team lead decides, the totals show the result.
    public func choosing(_ staff: StaffID, forCase caseID: Int) -> HandoverPlan {
        guard canChoose(staff, forCase: caseID), let i = lines.firstIndex(where: { $0.caseID == caseID }) else { return self }
        var plan = self
        if plan.lines[i].to != staff {
            plan.lines[i].to = staff
            plan.lines[i].changed = true
        }
        return plan
    }
}

/// What it takes to undo an applied plan: each case with the version the handover left.
public struct HandoverUndo: Hashable, Sendable, Codable {
    public struct Move: Hashable, Sendable, Codable {
        public var caseID: Int
        public var from: StaffID
        public var to: StaffID
        public var version: Int
        public init(caseID: Int, from: StaffID, to: StaffID, version: Int) {
            self.caseID = caseID; self.from = from; self.to = to; self.version = version
        }
    }
    public var moves: [Move]
    public init(moves: [Move]) { self.moves = moves }
}

/// What a handover plan is computed from, read by the store in one go.
public struct HandoverInput: Sendable {
    public var staff: [Staff]
    /// The open cases of the colleague handing over, each with what its ranking needs.
    public var cases: [Case]
    public var contexts: [Int: SuggestionContext]
    /// Every regisseur's weighted load (as the board counts it).
    public var loads: [StaffID: Double]
    /// The cases' households' names, by household id.
    public var householdNames: [Int: String]
    public init(
        staff: [Staff], cases: [Case], contexts: [Int: SuggestionContext], loads: [StaffID: Double], householdNames: [Int: String] = [:]
    ) {
        self.staff = staff; self.cases = cases; self.contexts = contexts; self.loads = loads; self.householdNames = householdNames
    }
}

public enum HandoverPlanner {
    /// A new regisseur for every open case of `from`, heaviest case first: the best-ranked
    /// available colleague who still has room for it (loads counting the lines before), else the
    /// available one left with the most room; nobody only when nobody is available at all.
    /// Each case is ranked once with the loads before the plan (the reasons that do not depend
    /// on load); per line only the colleagues who received earlier lines get their room renewed.
    public static func plan(_ input: HandoverInput, from: StaffID, today: Day) -> HandoverPlan {
        let candidates = input.staff.filter { $0.id != from }
        let cases = input.cases.filter { $0.regisseurID == from && $0.isOpen }
            .map { (item: $0, weight: Caseload.weight(of: $0)) }
            .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.item.id < $1.item.id }
        var loads = input.loads
        var received: Set<StaffID> = []
        var texts = ReasonTexts()
        var lines: [HandoverLine] = []
        lines.reserveCapacity(cases.count)
        for (c, weight) in cases {
            var ranking = SuggestionRanker.rank(
                case: c, context: input.contexts[c.id] ?? SuggestionContext(), staff: candidates, loads: input.loads, today: today,
                texts: &texts)
            if !received.isEmpty {
                renewRoom(&ranking, loads: loads, weight: weight, only: received, texts: &texts)
            }
            let to = choose(ranking)
            if let to {
                loads[to, default: 0] += weight
                received.insert(to)
            }
            lines.append(
                HandoverLine(
                    caseID: c.id, householdID: c.householdID, householdName: input.householdNames[c.householdID] ?? "", weight: weight,
                    to: to, ranking: ranking, caseVersion: c.version))
        }
        let capacities = Dictionary(input.staff.map { ($0.id, $0.capacity) }, uniquingKeysWith: { a, _ in a })
        return HandoverPlan(from: from, lines: lines, loadsBefore: input.loads, capacities: capacities)
    }

    /// The room reason (a ranking's last) of the colleagues in `only`, with their loads now; then
    /// the ranking's order again.
    static func renewRoom(
        _ ranking: inout [Suggestion], loads: [StaffID: Double], weight: Double, only: Set<StaffID>, texts: inout ReasonTexts
    ) {
        var renewed = false
        for i in ranking.indices where ranking[i].isAvailable && only.contains(ranking[i].staff.id) && !ranking[i].reasons.isEmpty {
            let load = loads[ranking[i].staff.id] ?? 0
            let room = texts.room(load: load, weight: weight, capacity: ranking[i].staff.capacity)
            ranking[i].reasons[ranking[i].reasons.count - 1] = room.reason
            ranking[i].wouldBeOverCapacity = room.over
            ranking[i].load = load
            renewed = true
        }
        if renewed { SuggestionRanker.order(&ranking) }
    }

    /// The best-ranked available colleague with room for the case, else the available one with
    /// the most room left (the first of equals in the ranking), else nobody.
    static func choose(_ ranking: [Suggestion]) -> StaffID? {
        if let fits = ranking.first(where: { $0.isAvailable && !$0.wouldBeOverCapacity }) { return fits.staff.id }
        var best: Suggestion?
        for s in ranking where s.isAvailable {
            if best == nil || s.staff.capacity - s.load > best!.staff.capacity - best!.load { best = s }
        }
        return best?.staff.id
    }
}
