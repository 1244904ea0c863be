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
    /// scanned the follow-ups twice (15 ms). Now the proactive follow-ups are read once, for the
    /// contacts and the flagged cases together, from their covering index (v18), and rows are kept
    /// or left here against bits per case. What counts is still said in SQL (`trim` as the engine
    /// has it), in the order the one query gave.
    ///
    /// The rows come through `each` (SQLite steps them with its C API, as the board's outlines:
    /// 30,000 rows made into GRDB `Row`s were about half of this read's 10–16 ms on a city), each
    /// as a case and a day, and are looked at one by one: the follow-ups' and the visits' rows
    /// (24,000 on a city) were gathered in arrays first, whose growing, copying and fresh pages
    /// were about a third of the read on the first frame's path.
    package func proactiveContacts<R: OutlineFields>(since: Day, _ each: (String, (R) -> Void) throws -> Void) throws
        -> [ProactiveContact]
    {
        let shared = try sharedCases()
        var openIDs: [Int] = []
        try each("SELECT id AS case_id, NULL AS day FROM care_case WHERE phase <> 'afgesloten'") { openIDs.append(ProactiveRow($0).caseID) }
        // Bits, not sets: hashing 20,000 case ids into sets was half of this read. Slot 0 holds
        // the open cases, slot 1 those of them with a preventive or outreaching follow-up.
        let open = 0, flagged = 1
        var cases = DistinctIDs(slots: 2, maxID: openIDs.max() ?? -1, count: openIDs.count)
        for id in openIDs { cases.insert(id, in: open) }
        var contacts: [ProactiveContact] = []
        try each(ProactiveSQL.followUps(since: since)) { r in
            let row = ProactiveRow(r)
            guard cases.contains(row.caseID, in: open) else { return }
            cases.insert(row.caseID, in: flagged)
            if let day = row.day { contacts.append(ProactiveContact(caseID: row.caseID, day: day, kind: .followUp)) }
        }
        // A day's description is digits and dashes only: safe to write into the SQL.
        let visits =
            "SELECT case_id, date AS day FROM journal_entry WHERE kind = '\(JournalKind.homeVisit.rawValue)'"
            + " AND date >= '\(since)'"
        try each(visits) { r in
            let row = ProactiveRow(r)
            if cases.contains(row.caseID, in: flagged), let day = row.day {
                contacts.append(ProactiveContact(caseID: row.caseID, day: day, kind: .homeVisit))
            }
        }
        guard let shared else { return contacts }
        return contacts.filter { shared.contains($0.caseID) }
    }

    /// The same from the runner's rows, for an engine without a faster way.
    package func proactiveContactsFromRows(since: Day) throws -> [ProactiveContact] {
        try proactiveContacts(since: since) { sql, body in try eachRow(sql, names: ProactiveRow.columns, body) }
    }
}

/// The proactive follow-ups' read, with its day where one counts as a contact made since `since`.
/// Its condition is that of v18's partial index `follow_up_proactive`: SQLite uses the index only
/// when a query says the same, word for word (the kinds in this order). The migration's text is
/// written out, as it never changes; tests check it against `FollowUpKind.isProactive` and that
/// the read is from the index. (A day is written into the SQL: its description is digits and dashes.)
enum ProactiveSQL {
    static let isProactive = "kind IN ('preventive', 'outreaching')"
    static func followUps(since: Day) -> String {
        """
        SELECT case_id, CASE WHEN done = 1 AND done_on >= '\(since)' AND outcome IS NOT NULL AND trim(outcome) <> '' THEN done_on END AS day
        FROM follow_up WHERE \(isProactive)
        """
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
