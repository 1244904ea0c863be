/// What the urgency of a signal depends on besides the signal itself.
public struct TriageContext: Hashable, Sendable, Codable {
    public var householdName: String?
    public var childrenUnder12: Int
    /// ZRM domains whose latest score for some adult is 1 (acuut).
    public var acuteDomains: [LifeDomain]
    /// The most hours a mantelzorger gives per week, and whether one is exhausted.
    public var maxCarerHours: Int
    public var exhaustedCarer: Bool
    /// Other open signals about the same household.
    public var otherSignals: Int
    /// The household's open case, if it has one.
    public var openCaseID: Int?
    /// The open case's version as loaded, so a decision on a case changed meanwhile is refused.
    public var openCaseVersion: Int?
    public var regisseurID: StaffID?
    public var language: String
    /// Network summary: ties, strong ones, stressful or broken ones.
    public var ties = 0
    public var strongTies = 0
    public var strainedTies = 0
    /// Earlier (closed) cases of the household.
    public var closedCases = 0
    public init(householdName: String? = nil, childrenUnder12: Int = 0, acuteDomains: [LifeDomain] = [], maxCarerHours: Int = 0,
                exhaustedCarer: Bool = false, otherSignals: Int = 0, openCaseID: Int? = nil, regisseurID: StaffID? = nil,
                language: String = "nl") {
        self.householdName = householdName; self.childrenUnder12 = childrenUnder12; self.acuteDomains = acuteDomains
        self.maxCarerHours = maxCarerHours; self.exhaustedCarer = exhaustedCarer; self.otherSignals = otherSignals
        self.openCaseID = openCaseID; self.regisseurID = regisseurID; self.language = language
    }
}

/// A signal with its urgency: every point has a reason that is shown on screen.
public struct RankedSignal: Hashable, Sendable {
    public var signal: Signal
    public var context: TriageContext
    public let score: Int
    let today: Day
    /// The reasons are written out only when someone looks (ranking a city's queue needs the numbers only).
    public var reasons: [Suggestion.Reason] { Urgency.reasons(for: signal, context: context, today: today) }
}

/// The explainable urgency of registrations and signals. Safety signals are always above
/// everything else, whatever the rest scores.
public enum Urgency {
    /// The weights, in one place (README "Triage urgency" lists them).
    public enum Weight {
        public static let safety = 50
        public static let childrenUnder12 = 10
        public static let acuteDomain = 15
        public static let carerOverloaded = 10
        public static let perDayWaiting = 1
        public static let waitingMax = 30
        public static let urgentSource = 5
        public static let perOtherSignal = 5
        public static let otherSignalsMax = 15
    }

    /// Sources that usually mean something is already going wrong (eviction, police, health).
    public static let urgentSources: Set<SignalSource> = [.police, .huisarts, .vroegsignalering, .woningcorporatie]

    public static func reasons(for s: Signal, context c: TriageContext, today: Day) -> [Suggestion.Reason] {
        var out: [Suggestion.Reason] = []
        if s.safety { out.append(.init(text: tr("urgency.safety_signal"), points: Weight.safety)) }
        if c.childrenUnder12 > 0 {
            out.append(.init(text: tr("urgency.children_under_12", c.childrenUnder12), points: Weight.childrenUnder12))
        }
        for d in c.acuteDomains.sorted(by: { $0.rawValue < $1.rawValue }) {
            out.append(.init(text: tr("urgency.acute_domain", d.label), points: Weight.acuteDomain))
        }
        if c.exhaustedCarer || c.maxCarerHours > NetworkTie.carerOverloadHours {
            let what = c.exhaustedCarer ? tr("urgency.carer_exhausted") : tr("urgency.carer_hours", NetworkTie.carerOverloadHours, c.maxCarerHours)
            out.append(.init(text: what, points: Weight.carerOverloaded))
        }
        if urgentSources.contains(s.source) {
            out.append(.init(text: tr("urgency.source", s.source.label), points: Weight.urgentSource))
        }
        if c.otherSignals > 0 {
            out.append(.init(text: c.otherSignals == 1 ? tr("urgency.other_signals.one") : tr("urgency.other_signals", c.otherSignals),
                             points: min(Weight.otherSignalsMax, c.otherSignals * Weight.perOtherSignal)))
        }
        let waited = max(0, s.date.days(until: today))
        if waited > 0 {
            out.append(.init(text: waited == 1 ? tr("urgency.waiting.one") : tr("urgency.waiting", waited), points: min(Weight.waitingMax, waited * Weight.perDayWaiting)))
        }
        return out
    }

    /// The same points as `reasons`, without writing them out (a test keeps the two equal).
    public static func score(for s: Signal, context c: TriageContext, today: Day) -> Int {
        var points = 0
        if s.safety { points += Weight.safety }
        if c.childrenUnder12 > 0 { points += Weight.childrenUnder12 }
        points += Weight.acuteDomain * c.acuteDomains.count
        if c.exhaustedCarer || c.maxCarerHours > NetworkTie.carerOverloadHours { points += Weight.carerOverloaded }
        if urgentSources.contains(s.source) { points += Weight.urgentSource }
        if c.otherSignals > 0 { points += min(Weight.otherSignalsMax, c.otherSignals * Weight.perOtherSignal) }
        points += min(Weight.waitingMax, max(0, s.date.days(until: today)) * Weight.perDayWaiting)
        return points
    }

    /// Safety first, then the score, then the longest waiting, then the number: the same queue for everyone.
    public static func rank(_ signals: [Signal], contexts: [Int: TriageContext], today: Day) -> [RankedSignal] {
        let empty = TriageContext()
        let ranked = signals.map { s -> RankedSignal in
            let c = s.householdID.flatMap { contexts[$0] } ?? empty
            return RankedSignal(signal: s, context: c, score: score(for: s, context: c, today: today), today: today)
        }
        let scores = ranked.map(\.score)
        return ranked.indices.sorted { i, j in
            let a = ranked[i].signal, b = ranked[j].signal
            if a.safety != b.safety { return a.safety }
            if scores[i] != scores[j] { return scores[i] > scores[j] }
            if a.date != b.date { return a.date < b.date }
            return a.id < b.id
        }.map { ranked[$0] }
    }
}

/// Where a registration goes after triage.
public enum TriageRoute: String, Vocabulary {
    case lightSupport = "light_support", regie, generalProvision = "general_provision", specialist, safety

    public var label: String {
        switch self {
        case .lightSupport: tr("route.light_support")
        case .regie: tr("route.regie")
        case .generalProvision: tr("route.general_provision")
        case .specialist: tr("route.specialist")
        case .safety: tr("route.safety")
        }
    }

    /// Whether the team keeps a case open (with a regisseur) on this route.
    public var teamKeepsCase: Bool { self != .generalProvision && self != .specialist }
}

/// A follow-up to plan together with a decision (e.g. a home visit within two weeks).
public struct FollowUpPlan: Hashable, Sendable {
    public var kind: FollowUpKind
    public var due: Day
    public var owner: StaffID?
    public var note: String
    public init(kind: FollowUpKind, due: Day, owner: StaffID? = nil, note: String = "") {
        self.kind = kind; self.due = due; self.owner = owner; self.note = note
    }
}

/// The decision for one signal, written in one transaction.
public struct TriageDecision: Hashable, Sendable {
    public var route: TriageRoute
    /// nil keeps the open case's regisseur as it is.
    public var regisseur: StaffID?
    public var followUp: FollowUpPlan?
    public var note: String
    /// The version of the household's open case the decision was made on (nil: not checked).
    public var expectedCaseVersion: Int?
    /// Decided while this meeting runs: the route, the assignment and the follow-up also go into
    /// its minutes, in the same transaction.
    public var meetingID: Int?

    public init(route: TriageRoute, regisseur: StaffID?, followUp: FollowUpPlan? = nil, note: String = "", expectedCaseVersion: Int? = nil,
                meetingID: Int? = nil) {
        self.route = route; self.regisseur = regisseur; self.followUp = followUp; self.note = note
        self.expectedCaseVersion = expectedCaseVersion; self.meetingID = meetingID
    }
}

extension String {
    /// Without leading and trailing whitespace (Foundation-free: the domain does no I/O).
    public var trimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
