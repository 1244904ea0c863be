/// Handing a leaving or long-absent regisseur's caseload over (issue 24): a plan proposes a
/// new regisseur for every open case, the team lead changes single lines, the store applies it
/// as one change with one undo.

/// One case of the plan.
public struct HandoverLine: Hashable, Sendable {
    public var caseID: Int
    public var householdID: Int
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
    public init(caseID: Int, householdID: Int, weight: Double, to: StaffID?, ranking: [Suggestion], changed: Bool = false) {
        self.caseID = caseID; self.householdID = householdID; self.weight = weight; self.to = to
        self.ranking = ranking; self.changed = changed
    }
}

public struct HandoverPlan: Hashable, Sendable {
    /// Whose caseload is handed over.
    public var from: StaffID
    public var lines: [HandoverLine]
    public init(from: StaffID, lines: [HandoverLine]) { self.from = from; self.lines = lines }
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
    public init(staff: [Staff], cases: [Case], contexts: [Int: SuggestionContext], loads: [StaffID: Double]) {
        self.staff = staff; self.cases = cases; self.contexts = contexts; self.loads = loads
    }
}
