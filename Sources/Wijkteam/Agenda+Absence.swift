/// The agenda's "cases of absent regisseurs" (issue 24): an open case whose regisseur is away
/// now, or will be within `absenceHorizonDays`, and that has a follow-up or an evaluation due
/// while they are away. The item says the absence, each due item, and who covers (or that
/// nobody does yet), so the team can name a cover or move the work.
extension Agenda {
    /// How far ahead an absence that has not started yet puts its cases on the agenda.
    public static let absenceHorizonDays = Team.horizonDays

    /// The absence of each regisseur that holds today or starts within the horizon.
    static func absencesAhead(_ staff: [Staff], today: Day) -> [StaffID: StaffAbsence] {
        let horizon = today.adding(days: absenceHorizonDays)
        var out: [StaffID: StaffAbsence] = [:]
        for s in staff where s.role.canBeRegisseur && !s.hasLeft(on: today) {
            if let a = s.currentOrNextAbsence(after: today), a.from <= horizon { out[s.id] = a }
        }
        return out
    }

    static func addAbsentRegisseurReasons(_ input: AgendaInput, facts: CardFacts, to reasons: inout CaseReasons) {
        let absences = absencesAhead(input.staff, today: input.today)
        guard !absences.isEmpty else { return }
        // Whose regisseur is away, by their place in the staff list: not a card read and a name
        // hashed for each follow-up. The regisseur and case of a card are the ones `facts` noted.
        let awayAt = input.staff.map { absences[$0.id] != nil }
        var due: [Int: [FollowUp]] = [:]
        // Fields read in place: `for f in followUps` copied each follow-up (its note, owner and
        // outcome retained and released).
        let followUps = input.followUps
        for k in followUps.indices where !followUps[k].done {
            guard let i = facts.index[followUps[k].caseID], facts.regisseurAt[i] >= 0, awayAt[Int(facts.regisseurAt[i])],
                let r = facts.regisseurID[i], let a = absences[r],
                a.covers(followUps[k].due)
            else { continue }
            due[i, default: []].append(followUps[k])
        }
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // By case, in their order: every cover was looked through for each case with work due
        // while its regisseur is away (issue 28).
        let coversOfCase = Dictionary(grouping: input.covers, by: \.caseID)
        for (i, list) in due.sorted(by: { $0.key < $1.key }) {
            guard let r = facts.regisseurID[i], let a = absences[r] else { continue }
            reasons.add(i, .absentRegisseurs, tr("agenda.reason.regisseur_away", names[r] ?? r, a.describe(today: input.today)))
            for f in list.sorted(by: { ($0.due, $0.id) < ($1.due, $1.id) }) {
                reasons.add(i, .absentRegisseurs, tr("agenda.reason.due_while_away", f.kind.label, f.due))
            }
            let cover = coversOfCase[facts.caseID[i]]?.first { $0.absence.staffID == r && $0.absence.id == a.id }
            reasons.add(
                i, .absentRegisseurs,
                cover.map { tr("agenda.reason.covered_by", names[$0.coverID] ?? $0.coverID) } ?? tr("agenda.reason.no_cover"))
        }
    }
}
