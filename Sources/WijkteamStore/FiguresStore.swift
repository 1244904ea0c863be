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
    ///
    /// The rows come through `step` (SQLite steps them with its C API, as the board's outlines:
    /// 30,000 rows made into GRDB `Row`s were about half of this read's 10–16 ms on a city), each
    /// as a case and a day.
    package func proactiveContacts<R: OutlineFields>(since: Day, _ step: (String, (R) -> ProactiveRow) throws -> [ProactiveRow]) throws
        -> [ProactiveContact]
    {
        let proactive = FollowUpKind.allCases.filter(\.isProactive).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        // A day's description is digits and dashes only: safe to write into the SQL.
        let since = "'\(since.description)'"
        let shared = try sharedCases()
        let openCases = "SELECT id AS case_id, NULL AS day FROM care_case WHERE phase <> 'afgesloten'"
        let open = Set(try step(openCases, ProactiveRow.init).map(\.caseID))
        var flagged = Set<Int>()
        var contacts: [ProactiveContact] = []
        let followUps = try step(
            """
            SELECT case_id, CASE WHEN done = 1 AND done_on >= \(since) AND outcome IS NOT NULL AND trim(outcome) <> '' THEN done_on END AS day
            FROM follow_up WHERE kind IN (\(proactive))
            """, ProactiveRow.init)
        for row in followUps {
            flagged.insert(row.caseID)
            if let day = row.day, open.contains(row.caseID) {
                contacts.append(ProactiveContact(caseID: row.caseID, day: day, kind: .followUp))
            }
        }
        let visits = try step(
            "SELECT case_id, date AS day FROM journal_entry WHERE kind = '\(JournalKind.homeVisit.rawValue)' AND date >= \(since)",
            ProactiveRow.init)
        for row in visits where open.contains(row.caseID) && flagged.contains(row.caseID) {
            if let day = row.day { contacts.append(ProactiveContact(caseID: row.caseID, day: day, kind: .homeVisit)) }
        }
        return contacts.filter { shared?.contains($0.caseID) ?? true }
    }

    /// The same from the runner's rows, for an engine without a faster way.
    package func proactiveContactsFromRows(since: Day) throws -> [ProactiveContact] {
        try proactiveContacts(since: since) { sql, make in
            try db.fetchMapped(sql, []) { make(NamedOutlineRow(row: $0, names: ProactiveRow.columns)) }
        }
    }
}

/// A row of the proactive contacts' reads: a case and, where the row has one, a day.
package struct ProactiveRow {
    static let columns = ["case_id", "day"]
    let caseID: Int
    let day: Day?
    init(_ r: some OutlineFields) {
        caseID = r.int(0)
        day = r.day(1)
    }
}

extension TransactionalStore {
    public func proactiveContacts(since: Day) throws -> [ProactiveContact] {
        try reading { try $0.proactiveContactsFromRows(since: since) }
    }
}
