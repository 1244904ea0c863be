/// One phrase in both languages.
public struct Phrase: Sendable, Equatable {
    public var en: String?
    public var nl: String?

    public init(en: String? = nil, nl: String? = nil) {
        self.en = en
        self.nl = nl
    }

    public func text(in language: Language) -> String? {
        switch language {
        case .en: en
        case .nl: nl
        }
    }
}

/// A table of phrases in English and Dutch, the one lookup mechanism of every module. A module
/// keeps its wording in sections (a file each, `Strings+….swift` in its `Strings/` folder) and
/// builds its table from them and the table of the module below it: the domain's table
/// (`Strings.table`) holds the domain's words; the screens' table holds the screens' wording and
/// includes the domain's; the command line's includes the screens'. Each module has its own
/// module-internal `tr`/`trCount` that look up in its table (a module's own function shadows
/// the domain's public one), so a key is found only in a module that sees its wording.
/// The string table tests check that every key a module uses is in the table that module sees,
/// in both languages, with the same placeholders, that no key is in two sections of all the
/// tables, and that no phrase is unused.
public struct StringTable: Sendable {
    public typealias Section = [String: Phrase]

    /// What the table is of ("domain", "screens", "cli").
    public let name: String
    /// This table's own sections, by name.
    public let sections: [(name: String, phrases: Section)]
    /// The tables this one includes: their phrases are found through this one.
    public let included: [StringTable]
    /// Its own sections and the tables it includes, in one dictionary.
    public let phrases: Section

    public init(_ name: String, sections: [(name: String, phrases: Section)], including included: [StringTable] = []) {
        self.name = name
        self.sections = sections
        self.included = included
        var all: Section = [:]
        for s in sections { all.merge(s.phrases) { first, _ in first } }
        for t in included { all.merge(t.phrases) { first, _ in first } }
        phrases = all
    }

    public subscript(key: String) -> Phrase? { phrases[key] }
    public var keys: Section.Keys { phrases.keys }
    public var count: Int { phrases.count }

    /// This table and every table it includes, each once, this one first.
    public var tables: [StringTable] {
        var out: [StringTable] = [self]
        for t in included { for u in t.tables where !out.contains(where: { $0.name == u.name }) { out.append(u) } }
        return out
    }

    /// A phrase without placeholders: no argument array to build. A key missing from the table
    /// shows as the key itself (the string table tests fail on that).
    public func text(_ key: String, in language: Language) -> String {
        guard let phrase = phrases[key], let text = phrase.text(in: language) ?? phrase.en else { return key }
        return text
    }

    /// The phrase for `key` with `{1}`, `{2}`, … replaced by `arguments`.
    public func text(_ key: String, _ arguments: [any CustomStringConvertible], in language: Language) -> String {
        let text = text(key, in: language)
        return arguments.isEmpty ? text : Self.fill(text, arguments)
    }

    /// The phrase for a count: `key.one` when `count` is 1, else `key.other`, with `{1}` the
    /// count and `{2}`, … the further `arguments`.
    public func text(_ key: String, count: Int, _ arguments: [any CustomStringConvertible], in language: Language) -> String {
        text(Self.pluralKey(key, count), [count] + arguments, in: language)
    }

    /// `tr` on this table, in the current language.
    public func tr(_ key: String, _ arguments: any CustomStringConvertible...) -> String {
        text(key, arguments, in: Language.current)
    }

    /// `trCount` on this table, in the current language.
    public func trCount(_ key: String, _ count: Int, _ arguments: any CustomStringConvertible...) -> String {
        text(key, count: count, arguments, in: Language.current)
    }

    /// The key of the form for `count`: `key.one` for exactly one, `key.other` for any other
    /// number (`trCount`). A count phrase has both keys, in both languages.
    public static func pluralKey(_ key: String, _ count: Int) -> String {
        key + (count == 1 ? ".one" : ".other")
    }

    /// Replaces `{1}` … `{9}` with the arguments; other braces stay (`PhraseTemplate` says how
    /// exactly; both read a phrase with its `scan`). Appends as it reads: no parts are kept. A loop
    /// that fills one phrase thousands of times keeps its template instead.
    public static func fill(_ text: String, _ arguments: [any CustomStringConvertible]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 12 * arguments.count)
        PhraseTemplate.scan(
            text, text: { out += $0 },
            placeholder: { n, written in out += n <= arguments.count ? arguments[n - 1].description : String(written) })
        return out
    }

    /// The placeholders a text uses, e.g. [1, 2] for "{1} of {2}".
    public static func placeholders(in text: String) -> Set<Int> {
        var found: Set<Int> = []
        let chars = Array(text)
        for i in chars.indices.dropLast(2) where chars[i] == "{" && chars[i + 2] == "}" {
            if let n = chars[i + 1].wholeNumberValue { found.insert(n) }
        }
        return found
    }
}
