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
}
