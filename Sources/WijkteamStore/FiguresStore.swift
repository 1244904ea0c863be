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
    /// scanned the follow-ups twice (15 ms). Now the open cases are read once, and rows are kept
    /// or left here against bits per case. What counts is still said in SQL (`trim` as the engine
    /// has it). `byContactIndex` (SQLite, which has v20's index): the flagged cases are every
    /// proactive follow-up's case (still all of v18's covering index, reading only the case), and
    /// the contacts a range of v20's by day from `since` on (every proactive follow-up read whole
    /// with its condition worked out per row was 19 ms of the first frame at 100,000 households).
    /// Without it (PostgreSQL), one read of the proactive follow-ups gives both. The contacts come
    /// in no promised order: no figure depends on it.
    ///
    /// The rows come through `each` (SQLite steps them with its C API, as the board's outlines:
    /// 30,000 rows made into GRDB `Row`s were about half of this read's 10–16 ms on a city), each
    /// as a case and a day, and are looked at one by one: the follow-ups' and the visits' rows
    /// (24,000 on a city) were gathered in arrays first, whose growing, copying and fresh pages
    /// were about a third of the read on the first frame's path.
    package func proactiveContacts<R: OutlineFields>(since: Day, byContactIndex: Bool, _ each: (String, (R) -> Void) throws -> Void) throws
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
        // Each row flags its case and, with a day, is a contact: the flagged cases' read has no
        // days, and every contact's case is among them (flagging it again changes nothing).
        let followUpReads =
            byContactIndex ? [ProactiveSQL.flaggedCases, ProactiveSQL.contacts(since: since)] : [ProactiveSQL.followUps(since: since)]
        for sql in followUpReads {
            try each(sql) { r in
                let row = ProactiveRow(r)
                guard cases.contains(row.caseID, in: open) else { return }
                cases.insert(row.caseID, in: flagged)
                if let day = row.day { contacts.append(ProactiveContact(caseID: row.caseID, day: day, kind: .followUp)) }
            }
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
        try proactiveContacts(since: since, byContactIndex: false) { sql, body in try eachRow(sql, names: ProactiveRow.columns, body) }
    }
}

/// The proactive follow-ups' reads. Their conditions are those of the partial indexes v18
/// (`follow_up_proactive`) and v20 (`follow_up_proactive_contact`) make: SQLite uses an index only
/// when a query says the same, word for word (the kinds in this order). The migrations' text is
/// written out, as it never changes; tests check it against these and `FollowUpKind.isProactive`,
/// and that the reads are from the indexes. (A day is written into the SQL: its description is
/// digits and dashes.)
enum ProactiveSQL {
    static let isProactive = "kind IN ('preventive', 'outreaching')"
    /// A proactive follow-up that counts as a contact made, on the day it was done.
    static let isContact = "done = 1 AND outcome IS NOT NULL AND trim(outcome) <> ''"
    /// Every proactive follow-up's case: the flagged cases.
    static let flaggedCases = "SELECT case_id, NULL AS day FROM follow_up WHERE \(isProactive)"
    /// The contacts made from `since` on: a range of v20's index by day (in no promised order).
    static func contacts(since: Day) -> String {
        "SELECT case_id, done_on AS day FROM follow_up WHERE \(isProactive) AND \(isContact) AND done_on >= '\(since)'"
    }
    /// Both in one read, for an engine without v20's index: every proactive follow-up's case, with
    /// its day where it counts as a contact made since `since`.
    static func followUps(since: Day) -> String {
        """
        SELECT case_id, CASE WHEN \(isContact) AND done_on >= '\(since)' THEN done_on END AS day
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
