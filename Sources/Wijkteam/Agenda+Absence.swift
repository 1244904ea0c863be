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

    static func addAbsentRegisseurReasons(_ input: AgendaInput, indexOfCase: [Int: Int], to reasons: inout [[CaseReason]]) {
        let absences = absencesAhead(input.staff, today: input.today)
        guard !absences.isEmpty else { return }
        var due: [Int: [FollowUp]] = [:]
        for f in input.followUps where !f.done {
            guard let i = indexOfCase[f.caseID], let r = input.cards[i].case.regisseurID, let a = absences[r], a.covers(f.due) else {
                continue
            }
            due[i, default: []].append(f)
        }
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // By case, in their order: every cover was looked through for each case with work due
        // while its regisseur is away (issue 28).
        let coversOfCase = Dictionary(grouping: input.covers, by: \.caseID)
        for (i, list) in due.sorted(by: { $0.key < $1.key }) {
            let c = input.cards[i].case
            guard let r = c.regisseurID, let a = absences[r] else { continue }
            reasons[i].append((.absentRegisseurs, tr("agenda.reason.regisseur_away", names[r] ?? r, a.describe(today: input.today))))
            for f in list.sorted(by: { ($0.due, $0.id) < ($1.due, $1.id) }) {
                reasons[i].append((.absentRegisseurs, tr("agenda.reason.due_while_away", f.kind.label, f.due)))
            }
            let cover = coversOfCase[c.id]?.first { $0.absence.staffID == r && $0.absence.id == a.id }
            reasons[i].append(
                (
                    .absentRegisseurs,
                    cover.map { tr("agenda.reason.covered_by", names[$0.coverID] ?? $0.coverID) } ?? tr("agenda.reason.no_cover")
                ))
        }
    }
}
