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
    /// The rows come through `step` (SQLite steps them with its C API, as the board's outlines:
    /// 30,000 rows made into GRDB `Row`s were about half of this read's 10–16 ms on a city), each
    /// as a case and a day.
    package func proactiveContacts<R: OutlineFields>(since: Day, _ step: (String, (R) -> ProactiveRow) throws -> [ProactiveRow]) throws
        -> [ProactiveContact]
    {
        let shared = try sharedCases()
        let openCases = "SELECT id AS case_id, NULL AS day FROM care_case WHERE phase <> 'afgesloten'"
        let openIDs = try step(openCases, ProactiveRow.init).map(\.caseID)
        // Bits, not sets: hashing 20,000 case ids into sets was half of this read. Slot 0 holds
        // the open cases, slot 1 those of them with a preventive or outreaching follow-up.
        let open = 0, flagged = 1
        var cases = DistinctIDs(slots: 2, maxID: openIDs.max() ?? -1, count: openIDs.count)
        for id in openIDs { cases.insert(id, in: open) }
        var contacts: [ProactiveContact] = []
        let followUps = try step(ProactiveSQL.followUps(since: since), ProactiveRow.init)
        for row in followUps where cases.contains(row.caseID, in: open) {
            cases.insert(row.caseID, in: flagged)
            if let day = row.day { contacts.append(ProactiveContact(caseID: row.caseID, day: day, kind: .followUp)) }
        }
        // A day's description is digits and dashes only: safe to write into the SQL.
        let visits = try step(
            "SELECT case_id, date AS day FROM journal_entry WHERE kind = '\(JournalKind.homeVisit.rawValue)' AND date >= '\(since)'",
            ProactiveRow.init)
        for row in visits where cases.contains(row.caseID, in: flagged) {
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
