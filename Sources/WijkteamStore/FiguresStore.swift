import Wijkteam

extension StoreWork {
    /// The proactive contacts made on open cases since `since` (`ProactiveContact`), read
    /// set-based in one query: preventive and outreaching follow-ups completed with an outcome
    /// on a day that is known (`follow_up_done_on`), and home visits in the journal of a flagged
    /// case (one with a preventive or outreaching follow-up, done or not), found through the
    /// partial index `journal_home_visit` (a city has a million journal entries; only the
    /// window's home visits are read). Need-to-know applies as to the cards.
    package func proactiveContacts(since: Day) throws -> [ProactiveContact] {
        let proactive = FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let shared = try sharedCases()
        // On the first frame's path: every lookup row by row made this 40 ms on a city. Now the
        // open cases come from their covering index once; `coalesce` and `+` keep SQLite off the
        // indexes that would look rows up one by one (a scan of follow_up is a quarter of that),
        // and the home visits come from their own index (date, case).
        let open = "SELECT id FROM care_case WHERE phase <> 'afgesloten'"
        return try db.fetchMapped(
            """
            SELECT f.case_id AS case_id, f.done_on AS day, 'follow_up' AS kind
            FROM follow_up f
            WHERE coalesce(f.done_on, '') >= ? AND f.done = 1 AND f.kind IN (\(proactive))
              AND f.outcome IS NOT NULL AND trim(f.outcome) <> '' AND +f.case_id IN (\(open))
            UNION ALL
            SELECT j.case_id AS case_id, j.date AS day, 'home_visit' AS kind
            FROM journal_entry j
            WHERE j.kind = '\(JournalKind.homeVisit.rawValue)' AND j.date >= ? AND +j.case_id IN (\(open))
              AND +j.case_id IN (SELECT case_id FROM follow_up WHERE kind IN (\(proactive)))
            """, [since.description, since.description]
        ) { row -> ProactiveContact? in
            guard let day = Day(row["day"] as String), let kind = ProactiveContact.Kind(rawValue: row["kind"]) else { return nil }
            return ProactiveContact(caseID: row["case_id"], day: day, kind: kind)
        }
        .compactMap { $0 }.filter { shared?.contains($0.caseID) ?? true }
    }
}

extension TransactionalStore {
    public func proactiveContacts(since: Day) throws -> [ProactiveContact] { try reading { try $0.proactiveContacts(since: since) } }
}
