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

/// The one table of every string the app shows, in English and Dutch. It is kept in sections
/// (one file each, `Strings+….swift`) so each part of the app keeps its phrases together;
/// `StringTableTests` checks that every key used in the sources is here in both languages, with
/// the same placeholders, and that no key is in two sections.
public enum Strings {
    public typealias Section = [String: Phrase]

    /// The sections, by name.
    public static let sections: [(name: String, phrases: Section)] = [
        ("shell", shell), ("commands", commands), ("domain", domain), ("screens", screens),
        ("forms", forms), ("glossary", glossary), ("tour", tour), ("store", store),
    ]

    /// All sections in one table.
    public static let table: Section = {
        var all: Section = [:]
        for s in sections { all.merge(s.phrases) { first, _ in first } }
        return all
    }()

    static func text(_ key: String, _ arguments: [any CustomStringConvertible], in language: Language) -> String {
        guard let phrase = table[key], let text = phrase.text(in: language) ?? phrase.en else { return key }
        return arguments.isEmpty ? text : fill(text, arguments)
    }

    /// Replaces `{1}` … `{9}` with the arguments; other braces stay.
    static func fill(_ text: String, _ arguments: [any CustomStringConvertible]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let digit = after.first, let n = digit.wholeNumberValue, n >= 1, n <= arguments.count,
               after.dropFirst().first == "}" {
                out += arguments[n - 1].description
                rest = after.dropFirst(2)
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
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
