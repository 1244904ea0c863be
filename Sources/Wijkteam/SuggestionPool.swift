/// The team as the suggestion for a case sees it, worked out once for many cases in a row:
/// `wijkteam triage` asks for the best colleague of every open signal (500 on a city, 2,500 at
/// 100,000 households), each against every regisseur. Per colleague it keeps what does not
/// depend on the case (away today, the day they leave, load, expertise as bits, the place of
/// their name in the ranking's order), so a case costs a few integer steps per colleague
/// instead of three look-ups by id, a scan of their absences and string comparisons.
/// `best(case:context:)` answers as `SuggestionRanker.rank`'s first available colleague does.
public struct SuggestionPool: Sendable {
    /// Colleagues who can hold the regie and are neither gone nor away today.
    private let staff: [Staff]
    private let loads: [Double]
    private let expertise: [UInt64]
    /// Each colleague's place in the order of (name, id): the ranking's last tie-breaker.
    private let nameOrder: [Int]
    private let index: [StaffID: Int]
    private let today: Day

    public init(staff all: [Staff], loads: [StaffID: Double], today: Day) {
        // Away today or gone: `unavailability` is not nil whatever the case's follow-up.
        let staff = all.filter { $0.role.canBeRegisseur && !$0.hasLeft(on: today) && !$0.isAway(on: today) }
        self.staff = staff
        self.loads = staff.map { loads[$0.id] ?? 0 }
        expertise = staff.map { $0.expertise.reduce(UInt64(0)) { $0 | Self.bit($1) } }
        var order = [Int](repeating: 0, count: staff.count)
        let byName = staff.indices.sorted { (staff[$0].name, staff[$0].id) < (staff[$1].name, staff[$1].id) }
        for (place, i) in byName.enumerated() { order[i] = place }
        nameOrder = order
        index = Dictionary(staff.indices.map { (staff[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        self.today = today
    }

    /// The first available colleague of `SuggestionRanker.rank`, with its reasons; nil when
    /// nobody is available.
    public func best(case c: Case, context: SuggestionContext) -> Suggestion? {
        let weight = Caseload.weight(of: c)
        let horizon = context.nextFollowUp ?? today.adding(days: Team.horizonDays)
        let domains = c.domains.map(Self.bit)
        // The household's own points per colleague: the few who know it or work in its street.
        var known = [Int](repeating: 0, count: staff.count)
        for id in context.knownBy.keys { if let i = index[id] { known[i] += SuggestionRanker.Weight.knowsHousehold } }
        for (id, n) in context.neighbours where n > 0 {
            if let i = index[id] {
                known[i] += min(SuggestionRanker.Weight.neighbourMax, n * SuggestionRanker.Weight.neighbourPerCase)
            }
        }
        let language = context.language != "nl" ? context.language : nil
        var best: (index: Int, score: Int)?
        for i in staff.indices {
            let s = staff[i]
            // Leaving before the case's next follow-up (or the horizon): not suggested.
            if let left = s.leftOn, left <= horizon { continue }
            if s.id == c.regisseurID { continue }
            var points = known[i]
            for bit in domains where expertise[i] & bit != 0 { points += SuggestionRanker.Weight.expertisePerDomain }
            if let language, s.languages.contains(language) { points += SuggestionRanker.Weight.language }
            points += SuggestionRanker.roomPoints(load: loads[i], weight: weight, capacity: s.capacity).points
            // The ranking's order (`SuggestionRanker.ranksBefore`): higher score, lower load, name and id.
            if let b = best, points < b.score || points == b.score && !ranksBefore(i, b.index) { continue }
            best = (i, points)
        }
        guard let i = best?.index else { return nil }
        return SuggestionRanker.suggestion(of: staff[i], for: c, weight: weight, context: context, load: loads[i])
    }

    /// Between two colleagues with the same score: the lower load, then the name and id.
    private func ranksBefore(_ i: Int, _ j: Int) -> Bool {
        loads[i] < loads[j] || loads[i] == loads[j] && nameOrder[i] < nameOrder[j]
    }

    private static let bits = Dictionary(uniqueKeysWithValues: LifeDomain.allCases.enumerated().map { ($1, UInt64(1) << UInt64($0)) })
    private static func bit(_ domain: LifeDomain) -> UInt64 { bits[domain]! }
}
