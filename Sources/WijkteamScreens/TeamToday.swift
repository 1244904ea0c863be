import Wijkteam

/// Who is away today and who covers whose case (issue 24), read from the snapshot for a view
/// that shows a case line: the household view says "Samira Haddouchi is on leave until 12 Jan,
/// covered by Daan Verhoef" under it.
struct TeamToday: Sendable {
    /// Why each colleague who is away or gone today is (`Staff.unavailability`).
    var away: [StaffID: String] = [:]
    /// The cover that holds today, by case.
    var covers: [Int: CaseCover] = [:]

    init() {}

    init(_ s: DistrictSnapshot) {
        for member in s.staff {
            if let why = member.unavailability(today: s.today, until: s.today), member.isAway(on: s.today) || member.hasLeft(on: s.today) {
                away[member.id] = why
            }
        }
        for c in s.covers where c.isActive(on: s.today) { covers[c.caseID] = c }
        kindcheckDue = s.kindcheckDue
        for w in s.provisionWaits.values.joined() { if let n = w.normWeeks { provisionNorms[w.provisionID] = n } }
    }

    /// The provider's norm in weeks of each waiting provision (issue 27).
    var provisionNorms: [Int: Int] = [:]

    /// Open cases that need a Kindcheck, with their number of children (issue 26).
    var kindcheckDue: [Int: Int] = [:]

    /// The line under a case whose regisseur is away: with the cover, or that nobody covers yet.
    func regisseurNote(_ c: Case, names: [StaffID: String]) -> String? {
        guard let r = c.regisseurID, let why = away[r] else { return nil }
        let name = names[r] ?? r
        guard let cover = covers[c.id], cover.absence.staffID == r else { return tr("screens.household.case.away", name, why) }
        return tr("screens.household.case.away.covered", name, why, names[cover.coverID] ?? cover.coverID)
    }
}
