/// The route to support (issue 27): for each need, in order, what was asked of eigen kracht (what
/// the household does itself), the network (which ties, with their consent) and the voorliggend
/// veld (which general provision), before a maatwerkvoorziening may be requested.
public enum RouteRungKind: String, Vocabulary, Comparable {
    case eigenKracht = "eigen_kracht", network, voorliggendVeld = "voorliggend_veld"
    public var label: String {
        switch self {
        case .eigenKracht: tr("route.rung.eigen_kracht")
        case .network: tr("route.rung.network")
        case .voorliggendVeld: tr("route.rung.voorliggend_veld")
        }
    }
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One rung's answer for one goal.
public struct RouteRung: Hashable, Sendable, Codable {
    public var goalID: Int
    public var caseID: Int
    public var rung: RouteRungKind
    /// This rung carries the need (then no tailored provision is needed for it).
    public var carries: Bool
    /// What was asked, and why it can or cannot carry this.
    public var answer: String
    /// The network ties asked (network rung).
    public var tieIDs: [Int]
    /// The general provision asked (voorliggend veld rung).
    public var generalProvisionID: Int?
    public var recordedBy: StaffID?
    public var recordedOn: Day
    public var version: Int
    public init(
        goalID: Int, caseID: Int, rung: RouteRungKind, carries: Bool, answer: String, tieIDs: [Int] = [],
        generalProvisionID: Int? = nil, recordedBy: StaffID? = nil, recordedOn: Day, version: Int = 1
    ) {
        self.goalID = goalID; self.caseID = caseID; self.rung = rung; self.carries = carries; self.answer = answer
        self.tieIDs = tieIDs; self.generalProvisionID = generalProvisionID; self.recordedBy = recordedBy
        self.recordedOn = recordedOn; self.version = version
    }
}

/// The three rungs of one goal as recorded so far.
public struct RouteLadder: Hashable, Sendable, Codable {
    public var goalID: Int
    public var rungs: [RouteRungKind: RouteRung]
    public init(goalID: Int, rungs: [RouteRungKind: RouteRung] = [:]) {
        self.goalID = goalID; self.rungs = rungs
    }
    /// The rungs without an answer yet, in the route's order.
    public var unanswered: [RouteRungKind] { RouteRungKind.allCases.filter { rungs[$0] == nil } }
    /// The first rung that carries the need, if any.
    public var carriedBy: RouteRungKind? { RouteRungKind.allCases.first { rungs[$0]?.carries == true } }
    /// A tailored provision may be requested only when every rung has said why it cannot carry this.
    public var allowsTailored: Bool { unanswered.isEmpty && carriedBy == nil }
}
