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
    /// Vulnerability: the household's only current member is 75 or older.
    public var livesAloneAged75 = false
    /// Vulnerability: a known household with no network tie at all (not: a signal without a household).
    public var noNetworkTies = false
    /// Vulnerability: children under 4 in the household.
    public var childrenUnder4 = 0
    /// A mantelzorger gives more than 8 hours a week for more than 3 months (SCP: long and intensive).
    public var carerLongAndIntensive = false
    /// A mantelzorger feels the care as heavy (burden 4 or 5) or is marked exhausted.
    public var carerHeavy = false
    public init(householdName: String? = nil, childrenUnder12: Int = 0, acuteDomains: [LifeDomain] = [], maxCarerHours: Int = 0,
                exhaustedCarer: Bool = false, otherSignals: Int = 0, openCaseID: Int? = nil, regisseurID: StaffID? = nil,
                language: String = "nl") {
        self.householdName = householdName; self.childrenUnder12 = childrenUnder12; self.acuteDomains = acuteDomains
        self.maxCarerHours = maxCarerHours; self.exhaustedCarer = exhaustedCarer; self.otherSignals = otherSignals
        self.openCaseID = openCaseID; self.regisseurID = regisseurID; self.language = language
    }

    /// One of the vulnerability factors holds (respond-by: the vulnerable class).
    public var isVulnerable: Bool { livesAloneAged75 || noNetworkTies || childrenUnder4 > 0 || carerHeavy }
}

/// A signal with its urgency: every point has a reason that is shown on screen.
public struct RankedSignal: Hashable, Sendable {
    public var signal: Signal
    public var context: TriageContext
    public let score: Int
    /// The day the team should have responded by, and the rule that set it.
    public let respondBy: Day
    public let riskClass: RiskClass
    let today: Day
    let weights: UrgencyWeights
    /// The respond-by day has passed.
    public var overdue: Bool { respondBy < today }
    /// Overdue, or a hard date already closer than the team's lead time (`respond-deadline-lead-days`):
    /// these come first in the queue (after safety), by score among themselves.
    public var pressing: Bool {
        overdue || signal.intake?.hardDate.map { $0.adding(days: -weights[.respondDeadlineLeadDays]) < today } ?? false
    }
    /// The reasons are written out only when someone looks (ranking a city's queue needs the numbers only).
    public var reasons: [Suggestion.Reason] { Urgency.reasons(for: signal, context: context, today: today, weights: weights) }
}

/// The explainable urgency of registrations and signals. Safety signals are always above
/// everything else, whatever the rest scores; then the overdue ones (respond-by passed).
/// The weights are the team's (`UrgencyWeights`, README "Triage urgency").
public enum Urgency {
    /// Sources that usually mean something is already going wrong (eviction, police, health).
    public static let urgentSources: Set<SignalSource> = [.police, .huisarts, .vroegsignalering, .woningcorporatie]

    public static func reasons(for s: Signal, context c: TriageContext, today: Day, weights w: UrgencyWeights = .defaults)
        -> [Suggestion.Reason]
    {
        var out: [Suggestion.Reason] = []
        // A factor the team weighs at 0 is not a reason.
        func add(_ text: @autoclosure () -> String, _ points: Int) { if points != 0 { out.append(.init(text: text(), points: points)) } }
        if s.safety { add(tr("urgency.safety_signal"), w.safety) }
        if let hard = s.intake?.hardDate {
            let left = today.days(until: hard)
            add(deadlineText(hard, kind: s.intake?.hardDateKind, daysLeft: left), w.deadlinePoints(daysLeft: left))
        }
        if c.childrenUnder12 > 0 { add(tr("urgency.children_under_12", c.childrenUnder12), w.childrenUnder12) }
        for d in c.acuteDomains.sorted(by: { $0.rawValue < $1.rawValue }) { add(tr("urgency.acute_domain", d.label), w.acuteDomain) }
        if c.livesAloneAged75 { add(tr("urgency.alone_75"), w.aloneAged75) }
        if c.noNetworkTies { add(tr("urgency.no_ties"), w.noTies) }
        if c.childrenUnder4 > 0 { add(tr("urgency.child_under_4", c.childrenUnder4), w.childUnder4) }
        if c.carerHeavy { add(c.exhaustedCarer ? tr("urgency.carer_exhausted") : tr("urgency.carer_heavy"), w.carerHeavy) }
        if c.carerLongAndIntensive {
            add(tr("urgency.carer_long", CarerLoad.intensiveHoursPerWeek, CarerLoad.longMonths), w.carerLongAndIntensive)
        }
        if urgentSources.contains(s.source) { add(tr("urgency.source", s.source.label), w.urgentSource) }
        if c.otherSignals > 0 {
            add(
                c.otherSignals == 1 ? tr("urgency.other_signals.one") : tr("urgency.other_signals", c.otherSignals),
                min(w.otherSignalsMax, c.otherSignals * w.perOtherSignal))
        }
        let waited = max(0, s.date.days(until: today))
        if waited > 0 {
            add(waited == 1 ? tr("urgency.waiting.one") : tr("urgency.waiting", waited), min(w.waitingMax, waited * w.perDayWaiting))
        }
        return out
    }

    /// "eviction on Tue 1 Dec: passed 3 days ago", "energy cut-off on Sun 6 Dec: in 2 days".
    static func deadlineText(_ hard: Day, kind: HardDateKind?, daysLeft: Int) -> String {
        let what = kind?.label ?? tr("urgency.deadline.date")
        let when =
            daysLeft < 0
            ? (daysLeft == -1 ? tr("urgency.deadline.passed.one") : tr("urgency.deadline.passed", -daysLeft))
            : daysLeft == 0
                ? tr("urgency.deadline.today")
                : daysLeft == 1 ? tr("urgency.deadline.tomorrow") : tr("urgency.deadline.in", daysLeft)
        return tr("urgency.deadline", what, hard.weekdayDayMonth, when)
    }

    /// The same points as `reasons`, without writing them out (a test keeps the two equal).
    public static func score(for s: Signal, context c: TriageContext, today: Day, weights w: UrgencyWeights = .defaults) -> Int {
        var points = 0
        if s.safety { points += w.safety }
        if let hard = s.intake?.hardDate { points += w.deadlinePoints(daysLeft: today.days(until: hard)) }
        if c.childrenUnder12 > 0 { points += w.childrenUnder12 }
        points += w.acuteDomain * c.acuteDomains.count
        if c.livesAloneAged75 { points += w.aloneAged75 }
        if c.noNetworkTies { points += w.noTies }
        if c.childrenUnder4 > 0 { points += w.childUnder4 }
        if c.carerHeavy { points += w.carerHeavy }
        if c.carerLongAndIntensive { points += w.carerLongAndIntensive }
        if urgentSources.contains(s.source) { points += w.urgentSource }
        if c.otherSignals > 0 { points += min(w.otherSignalsMax, c.otherSignals * w.perOtherSignal) }
        points += min(w.waitingMax, max(0, s.date.days(until: today)) * w.perDayWaiting)
        return points
    }

    /// Safety first, then the pressing ones (respond-by passed, or a hard date within the lead
    /// time: an eviction tomorrow is not overdue yet but cannot wait behind them), then the
    /// score, then the longest waiting, then the number: the same queue for everyone.
    public static func rank(_ signals: [Signal], contexts: [Int: TriageContext], today: Day, weights: UrgencyWeights = .defaults)
        -> [RankedSignal]
    {
        let empty = TriageContext()
        let ranked = signals.map { s -> RankedSignal in
            let c = s.householdID.flatMap { contexts[$0] } ?? empty
            let by = respondBy(for: s, context: c, weights: weights)
            return RankedSignal(
                signal: s, context: c, score: score(for: s, context: c, today: today, weights: weights),
                respondBy: by.day, riskClass: by.riskClass, today: today, weights: weights)
        }
        let scores = ranked.map(\.score), pressing = ranked.map(\.pressing)
        return ranked.indices.sorted { i, j in
            let a = ranked[i].signal, b = ranked[j].signal
            if a.safety != b.safety { return a.safety }
            if pressing[i] != pressing[j] { return pressing[i] }
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
