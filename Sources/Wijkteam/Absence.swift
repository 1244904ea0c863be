/// Absence counts everywhere (issue 24, item 3): what the board, the follow-ups, triage and the
/// agenda ask about a case whose regisseur is away, and who covers it.
extension Team {
    /// The cover of `caseID` that holds on `today` while `regisseur` is away, if one is named.
    public static func activeCover(caseID: Int, regisseur: StaffID?, covers: [CaseCover], today: Day) -> CaseCover? {
        guard let regisseur else { return nil }
        return covers.first { $0.caseID == caseID && $0.absence.staffID == regisseur && $0.isActive(on: today) }
    }

    /// Why the case's regisseur cannot act on it today while nobody covers it ("Samira Haddouchi
    /// is on leave until 12 Jan"), or nil: present, covered, or no regisseur at all.
    public static func uncoveredAbsence(of c: Case, staff: [Staff], covers: [CaseCover], today: Day) -> String? {
        guard let id = c.regisseurID, let s = staff.first(where: { $0.id == id }) else { return nil }
        guard s.isAway(on: today) || s.hasLeft(on: today) else { return nil }
        if activeCover(caseID: c.id, regisseur: id, covers: covers, today: today) != nil { return nil }
        return s.unavailability(today: today, until: today).map { tr("team.regisseur.unavailable", s.name, $0) }
    }
}
