/// The weights of triage urgency and the respond-by days, in one table the team lead sees and
/// changes (team settings `urgency.<name>`). Team policy, not law: the defaults are the team's
/// starting point and every one is shown with what it means.
public struct UrgencyWeights: Hashable, Sendable, Codable {
    /// One weight or day count, as `wijkteam urgency --set NAME=VALUE` names it.
    public enum Name: String, CaseIterable, Sendable, Codable {
        case safety
        case childrenUnder12 = "children-under-12"
        case acuteDomain = "acute-domain"
        case urgentSource = "urgent-source"
        case perOtherSignal = "other-signal"
        case otherSignalsMax = "other-signals-max"
        case perDayWaiting = "waiting-per-day"
        case waitingMax = "waiting-max"
        case deadlineMax = "deadline-max"
        case deadlineHorizonDays = "deadline-horizon-days"
        case aloneAged75 = "alone-75"
        case noTies = "no-ties"
        case childUnder4 = "child-under-4"
        case carerHeavy = "carer-heavy"
        case carerLongAndIntensive = "carer-long-intensive"
        case respondSafetyDays = "respond-safety-days"
        case respondDeadlineLeadDays = "respond-deadline-lead-days"
        case respondVulnerableDays = "respond-vulnerable-days"
        case respondOtherDays = "respond-other-days"

        /// The setting's key in the `setting` table.
        public var settingKey: String { "urgency.\(rawValue)" }

        public var defaultValue: Int {
            switch self {
            case .safety: 50
            case .childrenUnder12: 10
            case .acuteDomain: 15
            case .urgentSource: 5
            case .perOtherSignal: 5
            case .otherSignalsMax: 15
            case .perDayWaiting: 1
            case .waitingMax: 30
            case .deadlineMax: 45
            case .deadlineHorizonDays: 21
            case .aloneAged75: 15
            case .noTies: 10
            case .childUnder4: 10
            case .carerHeavy: 10
            case .carerLongAndIntensive: 5
            case .respondSafetyDays: 1
            case .respondDeadlineLeadDays: 3
            case .respondVulnerableDays: 3
            case .respondOtherDays: 10
            }
        }

        /// What the team may set: never negative, never absurd (a weight above 200 points or a
        /// day count beyond a quarter would make the table meaningless).
        public var range: ClosedRange<Int> {
            switch self {
            case .safety: 0...200
            case .perDayWaiting: 0...10
            case .deadlineHorizonDays: 1...90
            case .respondSafetyDays: 0...10
            case .respondDeadlineLeadDays: 0...30
            case .respondVulnerableDays: 1...30
            case .respondOtherDays: 1...60
            default: 0...100
            }
        }

        /// Points (a factor's weight) or days (a horizon or a respond-by period).
        public var isDays: Bool {
            switch self {
            case .deadlineHorizonDays, .respondSafetyDays, .respondDeadlineLeadDays, .respondVulnerableDays, .respondOtherDays: true
            default: false
            }
        }

        /// What it means, one line (the weights table on screen and `wijkteam urgency`).
        public var meaning: String {
            switch self {
            case .safety: tr("urgency.weight.safety")
            case .childrenUnder12: tr("urgency.weight.children_under_12")
            case .acuteDomain: tr("urgency.weight.acute_domain")
            case .urgentSource: tr("urgency.weight.urgent_source")
            case .perOtherSignal: tr("urgency.weight.other_signal")
            case .otherSignalsMax: tr("urgency.weight.other_signals_max")
            case .perDayWaiting: tr("urgency.weight.waiting_per_day")
            case .waitingMax: tr("urgency.weight.waiting_max")
            case .deadlineMax: tr("urgency.weight.deadline_max")
            case .deadlineHorizonDays: tr("urgency.weight.deadline_horizon")
            case .aloneAged75: tr("urgency.weight.alone_75")
            case .noTies: tr("urgency.weight.no_ties")
            case .childUnder4: tr("urgency.weight.child_under_4")
            case .carerHeavy: tr("urgency.weight.carer_heavy")
            case .carerLongAndIntensive: tr("urgency.weight.carer_long")
            case .respondSafetyDays: tr("urgency.weight.respond_safety")
            case .respondDeadlineLeadDays: tr("urgency.weight.respond_deadline")
            case .respondVulnerableDays: tr("urgency.weight.respond_vulnerable")
            case .respondOtherDays: tr("urgency.weight.respond_other")
            }
        }
    }

    /// One row of the weights table.
    public struct Row: Hashable, Sendable, Codable {
        public var name: String
        public var value: Int
        public var unit: String
        public var meaning: String
        public var isDefault: Bool
    }

    private var values: [Name: Int] = [:]

    public init() {}

    public static let defaults = UrgencyWeights()

    public subscript(name: Name) -> Int {
        get { values[name] ?? name.defaultValue }
        set { values[name] = newValue }
    }

    /// Refuses a value outside its range (negative, absurd), with both bounds in the message.
    public static func validate(_ name: Name, _ value: Int) throws {
        guard name.range.contains(value) else {
            throw WijkteamError.invalid(
                tr("urgency.weight.out_of_range", name.rawValue, value, name.range.lowerBound, name.range.upperBound))
        }
    }

    /// The table in its order, for display.
    public var rows: [Row] {
        Name.allCases.map { n in
            Row(
                name: n.rawValue, value: self[n], unit: n.isDays ? tr("urgency.unit.days") : tr("urgency.unit.points"), meaning: n.meaning,
                isDefault: self[n] == n.defaultValue)
        }
    }

    // Fast access for ranking a city's queue (no dictionary look-up per signal needed by callers).
    var safety: Int { self[.safety] }
    var childrenUnder12: Int { self[.childrenUnder12] }
    var acuteDomain: Int { self[.acuteDomain] }
    var urgentSource: Int { self[.urgentSource] }
    var perOtherSignal: Int { self[.perOtherSignal] }
    var otherSignalsMax: Int { self[.otherSignalsMax] }
    var perDayWaiting: Int { self[.perDayWaiting] }
    var waitingMax: Int { self[.waitingMax] }
    var aloneAged75: Int { self[.aloneAged75] }
    var noTies: Int { self[.noTies] }
    var childUnder4: Int { self[.childUnder4] }
    var carerHeavy: Int { self[.carerHeavy] }
    var carerLongAndIntensive: Int { self[.carerLongAndIntensive] }

    /// The deadline factor: 0 at or beyond the horizon, growing linearly to `deadline-max` on the
    /// day itself, and `deadline-max` once it has passed. `daysLeft` counts from today.
    public func deadlinePoints(daysLeft: Int) -> Int {
        let horizon = self[.deadlineHorizonDays], top = self[.deadlineMax]
        if daysLeft <= 0 { return top }
        if daysLeft >= horizon { return 0 }
        return top * (horizon - daysLeft) / horizon
    }
}

/// Which respond-by rule set a signal's date (the earliest that applies).
public enum RiskClass: String, Vocabulary {
    case safety, deadline, vulnerable, other

    public var label: String {
        switch self {
        case .safety: tr("urgency.class.safety")
        case .deadline: tr("urgency.class.deadline")
        case .vulnerable: tr("urgency.class.vulnerable")
        case .other: tr("urgency.class.other")
        }
    }
}

extension Day {
    /// Monday to Friday (public holidays are not known to the app: the team adjusts by hand).
    public var isWorkingDay: Bool { weekday < 5 }

    /// The day `n` working days after this one (0: this day, or the next working day if it is a weekend).
    public func adding(workingDays n: Int) -> Day {
        var d = self
        while !d.isWorkingDay { d = d.adding(days: 1) }
        var left = n
        while left > 0 {
            d = d.adding(days: 1)
            if d.isWorkingDay { left -= 1 }
        }
        return d
    }
}

extension Urgency {
    /// The respond-by date and its class. Each rule that applies gives a day: safety →
    /// `respond-safety-days` working days after the signal came in; a hard date within the
    /// deadline horizon (or passed) → `respond-deadline-lead-days` before it, but not before the
    /// day after the signal; vulnerable → `respond-vulnerable-days` working days; any signal →
    /// `respond-other-days` working days. The day is the earliest of them; the class is the first
    /// that applies, in that order (an eviction stays a deadline even when the general period
    /// ends sooner).
    public static func respondBy(for s: Signal, context c: TriageContext, weights w: UrgencyWeights = .defaults) -> (
        day: Day, riskClass: RiskClass
    ) {
        var day = s.date.adding(workingDays: w[.respondOtherDays])
        var riskClass = RiskClass.other
        if c.isVulnerable {
            day = min(day, s.date.adding(workingDays: w[.respondVulnerableDays])); riskClass = .vulnerable
        }
        if let hard = s.intake?.hardDate, s.date.days(until: hard) < w[.deadlineHorizonDays] {
            day = min(day, max(s.date.adding(days: 1), hard.adding(days: -w[.respondDeadlineLeadDays]))); riskClass = .deadline
        }
        if s.safety { day = min(day, s.date.adding(workingDays: w[.respondSafetyDays])); riskClass = .safety }
        return (day, riskClass)
    }
}

extension Urgency {
    /// "respond by Fri 4 Dec", or once that day has passed "overdue since Sat 5 Dec".
    public static func respondByText(_ by: Day, today: Day) -> String {
        by < today ? tr("urgency.overdue_since", by.adding(days: 1).weekdayDayMonth) : tr("urgency.respond_by", by.weekdayDayMonth)
    }
}

extension RankedSignal {
    public var respondByText: String { Urgency.respondByText(respondBy, today: today) }
}

extension Day {
    /// The same day of the month `n` months earlier (the month's last day where it has fewer).
    public func subtracting(months n: Int) -> Day {
        let c = components
        let index = c.year * 12 + (c.month - 1) - n
        let (y, m) = (index / 12, index % 12 + 1)
        var d = c.day
        while d > 28, Day(year: y, month: m, day: d) == nil { d -= 1 }
        return Day(year: y, month: m, day: d) ?? self
    }
}
