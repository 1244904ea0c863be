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

    /// The words of a query as they are matched: each word folded (`folded`), so a word of
    /// several tokens (a run of Chinese characters) is a phrase of them: "谢谢" → "谢 谢".
    public static func terms(of text: String) -> [String] {
        words(of: text).map(folded).filter { !$0.isEmpty }
    }

    /// An SQLite FTS5 expression over the folded text: every term must occur, each as the start
    /// of a word ("schuld" finds "schuldhulp"), a term of several tokens as a phrase. nil when
    /// there is nothing to search for.
    public static func ftsExpression(_ text: String) -> String? { ftsExpression(words: terms(of: text)) }

    public static func ftsExpression(words: [String]) -> String? {
        words.isEmpty ? nil : words.map { "\"\($0)\"*" }.joined(separator: " ")
    }

    /// The same for PostgreSQL's `to_tsquery('simple', …)`: "谢 谢" becomes '谢' <-> '谢':*.
    /// Terms hold letters, digits and spaces only (`terms`), nothing of tsquery's syntax.
    public static func tsQuery(words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        return words.map { term in
            let parts = term.split(separator: " ").map { "'\($0)'" }
            return "(" + parts.enumerated().map { $0.offset == parts.count - 1 ? $0.element + ":*" : $0.element }
                .joined(separator: " <-> ") + ")"
        }.joined(separator: " & ")
    }

    // MARK: Folding: what is compared when searching

    /// One word of a text as search sees it: folded, and where it stands in the original text.
    public struct Token: Hashable, Sendable {
        public var folded: String
        public var range: Range<String.Index>
    }

    /// The text as search compares it: its tokens, folded, separated by single spaces. The
    /// journal keeps this copy beside the text (`journal_entry.search_text`), and a query is
    /// folded the same way, so `isil` finds Işıl, `lukasz` Łukasz and `cafe` café:
    /// - lower case; diacritics and combining marks go (é→e, ş→s, ñ→n, Arabic and Hebrew vowel marks);
    /// - letters that are no letter plus a mark become their base: ı/İ→i, ł→l, ø→o, đ/ð→d,
    ///   ß→ss, æ→ae, œ→oe, þ→th;
    /// - every Chinese, Japanese (kana) and Korean character is a token of its own, so a run of
    ///   them is found by any part of it ("谢谢" in "王小明说谢谢").
    public static func folded(_ text: String) -> String {
        foldedASCII(text) ?? tokens(of: text).map(\.folded).joined(separator: " ")
    }

    /// `folded` for a text of ASCII only (nil for any other), byte by byte: letters lowered,
    /// digits kept, every run of anything else one space between words, as the tokens give it.
    /// `generate` folds a million journal entries: through the tokens that was about an eighth of
    /// a profile of making 100,000 households.
    static func foldedASCII(_ text: String) -> String? {
        let made = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // A space only ever stands for at least one byte that is none of a word's: never longer.
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0, between = false
                for byte in bytes {
                    let folded: UInt8
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A: folded = byte
                    case 0x41...0x5A: folded = byte + 0x20
                    default:
                        between = count > 0
                        continue
                    }
                    if between {
                        out[count] = 0x20
                        count += 1
                        between = false
                    }
                    out[count] = folded
                    count += 1
                }
                return count
            }
        }
        return made ?? nil
    }

    public static func tokens(of text: String) -> [Token] {
        var out: [Token] = []
        let scalars = text.unicodeScalars
        var current = "", start: String.Index?, end = scalars.startIndex
        func flush() {
            if let start, !current.isEmpty { out.append(Token(folded: current, range: start..<end)) }
            current = ""
            start = nil
        }
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let next = scalars.index(after: i)
            switch fold(scalars[i]) {
            case .separator:
                flush()
            case .mark:
                if start != nil { end = next }
            case .alone(let s):
                flush()
                out.append(Token(folded: s, range: i..<next))
            case .letters(let s):
                if start == nil { start = i }
                current += s
                end = next
            }
            i = next
        }
        flush()
        return out
    }

    enum Folded { case separator, mark, alone(String), letters(String) }

    static func fold(_ s: Unicode.Scalar) -> Folded {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39, 0x61...0x7A: return .letters(String(Character(s)))
            case 0x41...0x5A: return .letters(String(Character(Unicode.Scalar(v + 0x20)!)))
            default: return .separator
            }
        }
        if isCJK(v) { return .alone(String(Character(s))) }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark:
            return .mark
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter:
            return .letters(latinBase(s) ?? s.properties.lowercaseMapping)
        case .otherLetter, .modifierLetter, .spacingMark, .decimalNumber, .letterNumber, .otherNumber:
            return .letters(String(Character(s)))
        default:
            return .separator
        }
    }

    /// A Latin letter with a diacritic or stroke as its base letter(s), from its Unicode name
    /// ("LATIN SMALL LETTER L WITH STROKE" → "l"); nil for other scripts.
    static func latinBase(_ s: Unicode.Scalar) -> String? {
        guard var name = s.properties.name else { return nil }
        if name.hasPrefix("FULLWIDTH ") { name.removeFirst("FULLWIDTH ".count) }
        var rest: Substring
        if name.hasPrefix("LATIN SMALL ") { rest = name.dropFirst("LATIN SMALL ".count) }
        else if name.hasPrefix("LATIN CAPITAL ") { rest = name.dropFirst("LATIN CAPITAL ".count) }
        else { return nil }
        if rest.hasPrefix("LETTER ") { rest = rest.dropFirst("LETTER ".count) }
        else if rest.hasPrefix("LIGATURE ") { rest = rest.dropFirst("LIGATURE ".count) }
        else { return nil }
        let base = rest.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
        switch base {
        case "DOTLESS": return "i"  // ı (DOTLESS I); DOTLESS J is rare enough to be an i too
        case "SHARP": return "ss"
        case "ETH": return "d"
        case "THORN": return "th"
        default:
            guard (1...2).contains(base.count), base.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
            return base.lowercased()
        }
    }

    /// Han (with its extensions and compatibility forms), hiragana, katakana, bopomofo and hangul.
    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x11FF, 0x3005...0x3007, 0x3040...0x30FF, 0x3100...0x312F, 0x3130...0x318F, 0x31F0...0x31FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFF66...0xFF9F,
             0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    // MARK: What a hit shows

    /// The part of `text` around the first match of the terms, the matched words between [ and ]
    /// in the original spelling (a term matches a token's start, a term of several tokens
    /// those tokens in a row); … where text was left out. Control characters become spaces.
    public static func snippet(of text: String, terms: [String], tokens around: Int = 12) -> String {
        let tokens = tokens(of: text)
        guard !tokens.isEmpty else { return "" }
        var marked: [(first: Int, last: Int)] = []
        for term in terms {
            let parts = term.split(separator: " ").map(String.init)
            guard let lastPart = parts.last, tokens.count >= parts.count else { continue }
            for i in 0...(tokens.count - parts.count) {
                let last = i + parts.count - 1
                guard tokens[last].folded.hasPrefix(lastPart),
                      (0..<(parts.count - 1)).allSatisfy({ tokens[i + $0].folded == parts[$0] }) else { continue }
                marked.append((i, last))
            }
        }
        marked.sort { $0.first < $1.first }
        // A little before the first match, and as much as fits when the text is short.
        let from = max(0, min((marked.first?.first ?? 0) - 2, tokens.count - around))
        let to = min(tokens.count, from + around) - 1
        var out = from > 0 ? "…" : ""
        var at = from > 0 ? tokens[from].range.lowerBound : text.startIndex
        func copy(upTo end: String.Index) {
            guard at < end else { return }
            for s in text.unicodeScalars[at..<end] { out.unicodeScalars.append(s.properties.generalCategory == .control ? " " : s) }
            at = end
        }
        var i = from
        while i <= to {
            if let m = marked.first(where: { $0.first == i }) {
                let last = min(m.last, to)
                copy(upTo: tokens[i].range.lowerBound)
                out += "["
                copy(upTo: tokens[last].range.upperBound)
                out += "]"
                i = last + 1
            } else {
                copy(upTo: tokens[i].range.upperBound)
                i += 1
            }
        }
        if to < tokens.count - 1 { out += "…" } else { copy(upTo: text.endIndex) }
        return out.trimmed
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
