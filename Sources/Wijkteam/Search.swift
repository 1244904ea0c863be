/// Text search over the journal: what a query becomes and what a hit shows.
public enum JournalSearch {
    /// At most this many words count; more make a query no person types.
    public static let maxWords = 8

    /// The words of a query: letters and digits, lower-cased; everything else separates words
    /// (so quotes, stars and parentheses in what someone types can never break the search).
    public static func words(of text: String) -> [String] {
        var words: [String] = [], current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        return Array(words.prefix(maxWords))
    }

    /// An SQLite FTS5 expression: every word must occur, each as the start of a word
    /// ("schuld" finds "schuldhulp"). nil when there is nothing to search for.
    public static func ftsExpression(_ text: String) -> String? { ftsExpression(words: words(of: text)) }

    public static func ftsExpression(words: [String]) -> String? {
        words.isEmpty ? nil : words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}

/// One journal entry that matched, with where it belongs: what a result line shows.
public struct JournalHit: Hashable, Sendable, Codable {
    public var entryID: Int
    public var caseID: Int
    public var householdID: Int
    public var householdName: String
    public var date: Day
    public var kind: JournalKind
    public var authorID: StaffID?
    /// The matching part of the text, the matched words between [ and ].
    public var snippet: String
    public init(entryID: Int, caseID: Int, householdID: Int, householdName: String, date: Day, kind: JournalKind,
                authorID: StaffID?, snippet: String) {
        self.entryID = entryID; self.caseID = caseID; self.householdID = householdID; self.householdName = householdName
        self.date = date; self.kind = kind; self.authorID = authorID; self.snippet = snippet
    }
}
