import Wijkteam

extension StoreWork {
    /// The proactive contacts made on open cases since `since` (`ProactiveContact`): preventive
    /// and outreaching follow-ups completed with an outcome on a day that is known, and home visits
    /// in the journal of a flagged case (one with a preventive or outreaching follow-up, done or
    /// not), found through the partial index `journal_home_visit` (a city has a million journal
    /// entries; only the window's home visits are read). Need-to-know applies as to the cards.
    ///
    /// On the first frame's path. One query did it all in SQL: it probed an `IN` list of open and
    /// of flagged cases twice for each home visit of the window (8,200 in six months on a city) and
    /// scanned the follow-ups twice (15 ms). Now the follow-ups are scanned once, for the contacts
    /// and the flagged cases together, and rows are kept or left here against sets. What counts is
    /// still said in SQL (`trim` as the engine has it), in the order the one query gave.
    package func proactiveContacts(since: Day) throws -> [ProactiveContact] {
        let proactive = FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let shared = try sharedCases()
        let open = Set(try db.fetchMapped("SELECT id FROM care_case WHERE phase <> 'afgesloten'", []) { $0[0] as Int })
        var flagged = Set<Int>()
        var contacts: [ProactiveContact] = []
        let followUps = try db.fetchMapped(
            """
            SELECT case_id, CASE WHEN done = 1 AND done_on >= ? AND outcome IS NOT NULL AND trim(outcome) <> '' THEN done_on END
            FROM follow_up WHERE kind IN (\(proactive))
            """, [since.description]
        ) { ($0[0] as Int?, $0[1] as String?) }
        for case (let caseID?, let doneOn) in followUps {
            flagged.insert(caseID)
            if let doneOn, open.contains(caseID), let day = Day(doneOn) {
                contacts.append(ProactiveContact(caseID: caseID, day: day, kind: .followUp))
            }
        }
        let visits = try db.fetchMapped(
            "SELECT case_id, date FROM journal_entry WHERE kind = '\(JournalKind.homeVisit.rawValue)' AND date >= ?", [since.description]
        ) { ($0[0] as Int?, $0[1] as String) }
        for case (let caseID?, let date) in visits where open.contains(caseID) && flagged.contains(caseID) {
            if let day = Day(date) { contacts.append(ProactiveContact(caseID: caseID, day: day, kind: .homeVisit)) }
        }
        return contacts.filter { shared?.contains($0.caseID) ?? true }
    }
}

extension TransactionalStore {
    public func proactiveContacts(since: Day) throws -> [ProactiveContact] { try reading { try $0.proactiveContacts(since: since) } }
}
