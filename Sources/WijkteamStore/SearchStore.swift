import GRDB
import Wijkteam

extension SQLiteStore {
    /// Journal search through SQLite FTS5 (`journal_fts`, kept in step by triggers), newest date first.
    /// Need-to-know is part of the query, so the limit counts only what the actor may read:
    /// staff outside the team search only households shared with them, and a sensitive entry
    /// is found only by those who may read it (Access.canReadSensitive) — otherwise even a
    /// hit would tell what it says. The search is logged by its number of words and hits,
    /// never its text (usually a client's name).
    public func searchJournal(_ text: String, limit: Int = 50) throws -> [JournalHit] {
        let words = JournalSearch.words(of: text)
        guard let expression = JournalSearch.ftsExpression(words: words) else {
            throw WijkteamError.invalid(tr("store.search.nothing"))
        }
        return try write { db in
            let viewer = try AuditRows.viewer(db, actor)
            let fts = try Self.hasJournalIndex(db)
            var arguments: StatementArguments = fts ? [expression] : StatementArguments(words.map { "%" + Self.likeEscaped($0) + "%" })
            arguments += [viewer.role == .teamLead, viewer.id, viewer.id, viewer.id, viewer.role.isInTeam, viewer.id, limit]
            let match = fts ? "journal_fts MATCH ?" : words.map { _ in "j.text LIKE ? ESCAPE '\\'" }.joined(separator: " AND ")
            let hits = try Row.fetchMapped(db, sql: """
                SELECT j.id, j.case_id, j.date, j.kind, j.author_id, c.household_id, h.name AS household_name,
                       \(fts ? "snippet(journal_fts, 0, '[', ']', '…', 12)" : "substr(j.text, 1, 80)") AS snippet
                FROM \(fts ? "journal_fts JOIN journal_entry j ON j.id = journal_fts.rowid" : "journal_entry j")
                JOIN care_case c ON c.id = j.case_id JOIN household h ON h.id = c.household_id
                WHERE \(match)
                  AND (j.sensitive = 0 OR ? OR c.regisseur_id = ? OR j.author_id = ?
                       OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.staff_id = ?))
                  AND (? OR EXISTS (SELECT 1 FROM case_member m JOIN care_case mc ON mc.id = m.case_id
                                    WHERE mc.household_id = c.household_id AND m.staff_id = ?))
                ORDER BY j.date DESC, j.id DESC LIMIT ?
                """, arguments: arguments) { r in
                JournalHit(entryID: r["id"], caseID: r["case_id"], householdID: r["household_id"], householdName: r["household_name"],
                           date: Rows.day(r, "date"), kind: Rows.vocab(r, "kind", JournalKind.other), authorID: r["author_id"],
                           snippet: r["snippet"])
            }
            try AuditRows.insert(db, AuditEvent(.search, detail: "journal search (\(words.count) word\(words.count == 1 ? "" : "s")): "
                                                + "\(hits.count) entr\(hits.count == 1 ? "y" : "ies") shown"), actor: actor)
            return hits
        }
    }

    /// Whether this database has the full-text index (created when its SQLite had FTS5).
    static func hasJournalIndex(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'journal_fts')") ?? false
    }

    static func likeEscaped(_ word: String) -> String {
        word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
