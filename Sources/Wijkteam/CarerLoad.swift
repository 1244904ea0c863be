/// How heavy a mantelzorger's care is: long and intensive by the SCP's measure (more than 8
/// hours a week for more than 3 months), and heavy as the carer feels it (their own answer on a
/// short scale, or the team's "exhausted" mark). Hours alone do not make overload.
public struct CarerLoad: Hashable, Sendable {
    /// The SCP's threshold for intensive care, hours a week (more than this).
    public static let intensiveHoursPerWeek = 8
    /// The SCP's threshold for long care, months (more than this).
    public static let longMonths = 3
    /// The burden scale: 1 not at all, 2 a little, 3 quite, 4 heavily, 5 overburdened.
    public static let burdenScale = 1...5
    /// From this answer on the care is felt as heavy.
    public static let heavyBurden = 4

    public var hoursPerWeek: Int?
    public var since: Day?
    public var burden: Int?
    public var exhausted: Bool

    public init(hoursPerWeek: Int?, since: Day?, burden: Int?, exhausted: Bool) {
        self.hoursPerWeek = hoursPerWeek; self.since = since; self.burden = burden; self.exhausted = exhausted
    }

    public init(_ tie: NetworkTie) {
        self.init(hoursPerWeek: tie.carerHoursPerWeek, since: tie.carerSince, burden: tie.carerBurden, exhausted: tie.exhausted)
    }

    /// Intensive: more than `intensiveHoursPerWeek` hours a week (8 is not, 9 is).
    public var isIntensive: Bool { (hoursPerWeek ?? 0) > CarerLoad.intensiveHoursPerWeek }

    /// The day `longMonths` months before `today` (the month's last day when it is shorter):
    /// care that began before it has lasted more than `longMonths` months.
    public static func longSinceBefore(_ today: Day) -> Day {
        let c = today.components
        let index = c.year * 12 + (c.month - 1) - longMonths
        let year = index / 12, month = index % 12 + 1
        return Day(year: year, month: month, day: min(c.day, Day.daysIn(month: month, year: year)))
            ?? today.adding(days: -31 * longMonths)
    }

    /// Long: begun more than `longMonths` months before `today` (exactly three months is not
    /// yet long, a day more is); nil when the start is not known.
    public func isLong(on today: Day) -> Bool? {
        guard let since else { return nil }
        return since < CarerLoad.longSinceBefore(today)
    }

    /// The SCP's long and intensive care: more than 8 hours a week for more than 3 months.
    /// Intensive care of unknown duration is not counted as long: `signs` says it is unknown.
    public func isLongAndIntensive(on today: Day) -> Bool { isIntensive && isLong(on: today) == true }

    /// Felt as heavy: the carer's own answer of 4 or 5, or marked exhausted, whatever the hours.
    public var isHeavy: Bool { exhausted || (burden ?? 0) >= CarerLoad.heavyBurden }

    /// Long and intensive or heavy: the carer needs the team's attention.
    public func needsAttention(on today: Day) -> Bool { isHeavy || isLongAndIntensive(on: today) }

    /// What may be said about the load, most telling first.
    public enum Sign: Hashable, Sendable {
        /// More than 8 h a week for more than 3 months.
        case longAndIntensive
        /// More than 8 h a week, since when unknown.
        case intensiveDurationUnknown
        /// More than 8 h a week, for 3 months or less so far.
        case intensiveNotYetLong
        /// The carer's own answer, 4 or 5.
        case feelsHeavy(Int)
        /// Marked exhausted by the team.
        case exhausted

        /// A few words for a list or a map.
        public var label: String {
            switch self {
            case .longAndIntensive: tr("carer.sign.long_intensive")
            case .intensiveDurationUnknown: tr("carer.sign.intensive_unknown")
            case .intensiveNotYetLong: tr("carer.sign.intensive_short")
            case .feelsHeavy: tr("carer.sign.heavy")
            case .exhausted: tr("carer.sign.exhausted")
            }
        }

        /// Heavy as felt (the carer's answer or exhausted), as against the hours and months.
        public var isFelt: Bool {
            switch self {
            case .feelsHeavy, .exhausted: true
            default: false
            }
        }
    }

    /// The signs that hold on `today`: the hours' and months' sign (if intensive), then the felt ones.
    public func signs(on today: Day) -> [Sign] {
        var out: [Sign] = []
        if isIntensive {
            switch isLong(on: today) {
            case .some(true): out.append(.longAndIntensive)
            case .some(false): out.append(.intensiveNotYetLong)
            case .none: out.append(.intensiveDurationUnknown)
            }
        }
        if let b = burden, b >= CarerLoad.heavyBurden { out.append(.feelsHeavy(b)) }
        if exhausted { out.append(.exhausted) }
        return out
    }

    /// Each sign with its reason, for a card or a triage explanation: "long and intensive: 10 h a
    /// week since 2024-09-01 (SCP: more than 8 h a week for more than 3 months)".
    public func reasons(on today: Day) -> [String] {
        signs(on: today).map { sign in
            switch sign {
            case .longAndIntensive:
                let (hours, start) = (hoursPerWeek ?? 0, since?.description ?? "—")
                return tr("carer.reason.long_intensive", hours, start, CarerLoad.intensiveHoursPerWeek, CarerLoad.longMonths)
            case .intensiveDurationUnknown:
                return tr("carer.reason.intensive_unknown", hoursPerWeek ?? 0, CarerLoad.longMonths)
            case .intensiveNotYetLong:
                return tr("carer.reason.intensive_short", hoursPerWeek ?? 0, since?.description ?? "—", CarerLoad.longMonths)
            case .feelsHeavy(let b): return tr("carer.reason.heavy", b, CarerLoad.burdenScale.upperBound)
            case .exhausted: return tr("carer.reason.exhausted")
            }
        }
    }

    /// The carer's own answer, number and words: "4 heavy".
    public static func burdenLabel(_ burden: Int) -> String {
        burdenWords(burden).map { "\(burden) \($0)" } ?? "\(burden)"
    }

    /// The words for an answer on the scale ("heavy" for 4); nil off the scale.
    public static func burdenWords(_ burden: Int) -> String? {
        switch burden {
        case 1: tr("carer.burden.1")
        case 2: tr("carer.burden.2")
        case 3: tr("carer.burden.3")
        case 4: tr("carer.burden.4")
        case 5: tr("carer.burden.5")
        default: nil
        }
    }

    /// The felt burden is on the scale; the care began on or before `today` (when `today` is given).
    public func validate(today: Day? = nil) throws {
        try CarerLoad.validate(burden: burden)
        if let today { try CarerLoad.validate(since: since, today: today) }
    }

    /// The felt burden, when given, is on `burdenScale` (1–5).
    public static func validate(burden: Int?) throws {
        if let b = burden, !burdenScale.contains(b) {
            throw WijkteamError.invalid(tr("invalid.carer.burden", b, burdenScale.lowerBound, burdenScale.upperBound))
        }
    }

    /// The care began on or before `today`.
    public static func validate(since: Day?, today: Day) throws {
        if let since, since > today { throw WijkteamError.invalid(tr("invalid.carer.since_future", since, today)) }
    }
}
