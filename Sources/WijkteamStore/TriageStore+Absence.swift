import Wijkteam

extension StoreWork {
    /// Nobody away or gone gets a case by a triage decision, and a case whose regisseur is away
    /// with nobody covering is not left with them (issue 24): the decision must name someone.
    func checkTriageRegisseur(_ d: TriageDecision, householdID: Int, today: Day) throws {
        guard d.route.teamKeepsCase else { return }
        let staff = try SharedReads.staff(db)
        if let r = d.regisseur {
            if let s = staff.first(where: { $0.id == r }), let why = s.unavailability(today: today, until: d.followUp?.due) {
                throw WijkteamError.invalid(tr("store.triage.regisseur_unavailable", s.name, why))
            }
            return
        }
        guard
            let existing = try db.fetchOne(
                "SELECT * FROM care_case WHERE household_id = ? AND phase <> 'afgesloten' ORDER BY id DESC LIMIT 1", [householdID]
            ).map(Rows.case)
        else { return }
        if let why = Team.uncoveredAbsence(of: existing, staff: staff, covers: try SharedReads.covers(db), today: today) {
            throw WijkteamError.invalid(tr("store.triage.regisseur_away", existing.id, why))
        }
    }
}
