import GRDB
import Wijkteam

/// How an engine finds a search's terms in the journal (`j`): SQLite's FTS5 table, PostgreSQL's
/// `to_tsvector` index, or LIKE where neither is there. The rest of the search is shared. Every
/// engine matches the folded copy of the text (`j.search_text`, see `JournalSearch.folded`)
/// against the folded terms; what a hit shows is cut from the original text, in Swift, the
/// same on every engine (`JournalSearch.snippet`).
public struct JournalMatch {
    /// The FROM clause; it names the journal entry `j`.
    package var from: String
    package var fromArguments: [(any SQLArgument)?] = []
    package var condition: String
    package var conditionArguments: [(any SQLArgument)?] = []

    package init(from: String, fromArguments: [(any SQLArgument)?] = [], condition: String,
                 conditionArguments: [(any SQLArgument)?] = []) {
        self.from = from; self.fromArguments = fromArguments; self.condition = condition
        self.conditionArguments = conditionArguments
    }

    /// Every term somewhere in the folded text, on any engine (no index).
    package static func like(words: [String]) -> JournalMatch {
        JournalMatch(from: "journal_entry j", condition: words.map { _ in "j.search_text LIKE ? ESCAPE '\\'" }.joined(separator: " AND "),
                     conditionArguments: words.map { "%" + likeEscaped($0) + "%" })
    }

    /// SQLite's FTS5: every entry with the terms read, then sorted by date. Costs in proportion
    /// to the hits (60-100 ms for a word in 66,000 entries at 100,000 households).
    package static func fromHits(_ expression: String) -> JournalMatch {
        JournalMatch(
            from: "journal_fts JOIN journal_entry j ON j.id = journal_fts.rowid", condition: "journal_fts MATCH ?",
            conditionArguments: [expression])
    }

    /// SQLite's FTS5 with the entries walked newest first (`journal_date`, v19, in the order the
    /// search sorts in: date, then id), each checked against the set of hits, until the limit is
    /// reached. Costs in proportion to the entries walked: few when the terms are common, the
    /// whole journal when they are rare, hence `manyHits`.
    package static func newestFirst(_ expression: String) -> JournalMatch {
        JournalMatch(
            from: "journal_entry j INDEXED BY journal_date",
            condition: "j.id IN (SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?)", conditionArguments: [expression])
    }

    /// From how many hits the walk newest first is taken: spread over the journal, the newest
    /// `limit` of them are then within its newest fortieth.
    package static func manyHits(limit: Int) -> Int { max(1, min(limit, 100_000)) * 40 }

    static func likeEscaped(_ word: String) -> String {
        word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}

/// Access given to oneself (`access_grant`) opens older sensitive entries only with a standing
/// reason (`break_glass`); as `Access.sensitiveAccess`, for the entry `j` of the case `c`.
enum SelfGrantSQL {
    static let closed = """
        SELECT 1 FROM access_grant g WHERE g.case_id = c.id AND g.staff_id = ? AND j.id <= g.after_entry
          AND NOT EXISTS (SELECT 1 FROM break_glass b WHERE b.case_id = c.id AND b.staff_id = g.staff_id
                          AND (b.review IS NULL OR b.review = 'confirmed'))
        """
}

extension StoreWork {
    /// Journal entries with every word, newest date first. Need-to-know is part of the query,
    /// so the limit counts only what the actor may read: staff outside the team search only
    /// households shared with them, and a sensitive entry is found only by those who may read
    /// it (Access.canReadSensitive), since even a hit would tell what it says. The search is
    /// logged by its number of words and hits, never its text (usually a client's name).
    /// `match` is asked once the reader is known: whether they are in the team (and may read
    /// every household's entries) decides how SQLite looks (`SQLiteStore.journalMatch`).
    package func searchJournal(words: [String], limit: Int, match makeMatch: (_ viewerIsInTeam: Bool) throws -> JournalMatch) throws
        -> [JournalHit]
    {
        let viewer = try AuditRows.viewer(db, actor)
        let wordCount = "journal search (\(words.count) word\(words.count == 1 ? "" : "s"))"
        if db.auditedOnServer {
            // A team's server searches itself: it logs each household a hit is in, then answers.
            guard let query = JournalSearch.tsQuery(words: words) else { return [] }
            return try db.fetchMapped("SELECT * FROM search_journal(?, ?, ?)", [query, limit, actor.origin]) { r in
                JournalHit(
                    entryID: r["id"], caseID: r["case_id"], householdID: r["household_id"], householdName: r["household_name"],
                    date: Rows.day(r, "date"), kind: Rows.vocab(r, "kind", JournalKind.other), authorID: r["author_id"],
                    snippet: JournalSearch.snippet(of: r["text"], terms: words))
            }
        }
        let today = StoreClock.today()
        let match = try makeMatch(viewer.role.isInTeam)
        let arguments = match.fromArguments + match.conditionArguments
            + [viewer.role == .teamLead, viewer.id, viewer.id, viewer.id, viewer.id, today.description, today.description, viewer.id]
            + [viewer.role.isInTeam, viewer.id, limit]
        let hits = try db.fetchMapped(Self.journalSearchSQL(match), arguments) { r in
            JournalHit(entryID: r["id"], caseID: r["case_id"], householdID: r["household_id"], householdName: r["household_name"],
                       date: Rows.day(r, "date"), kind: Rows.vocab(r, "kind", JournalKind.other), authorID: r["author_id"],
                       snippet: JournalSearch.snippet(of: r["text"], terms: words))
        }
        if !db.auditedOnServer {
            try AuditRows.insert(
                db, AuditEvent(.search, detail: wordCount + ": \(hits.count) entr\(hits.count == 1 ? "y" : "ies") shown"), actor: actor)
        }
        return hits
    }

    /// The search's query; its arguments: the match's, then the viewer's (see above).
    package static func journalSearchSQL(_ match: JournalMatch) -> String {
        """
        SELECT j.id, j.case_id, j.date, j.kind, j.author_id, c.household_id, h.name AS household_name, j.text
        FROM \(match.from)
        JOIN care_case c ON c.id = j.case_id JOIN household h ON h.id = c.household_id
        WHERE \(match.condition)
          AND (j.sensitive = 0 OR ? = 1 OR j.author_id = ?
               OR ((c.regisseur_id = ? OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.staff_id = ?)
                    OR \(CoverRows.activeCondition(caseColumn: "c.id", staffColumn: "?")))
                   AND NOT EXISTS (\(SelfGrantSQL.closed))))
          AND (? = 1 OR EXISTS (SELECT 1 FROM case_member m JOIN care_case mc ON mc.id = m.case_id
                                WHERE mc.household_id = c.household_id AND m.staff_id = ?))
        ORDER BY j.date DESC, j.id DESC LIMIT ?
        """
    }
}
