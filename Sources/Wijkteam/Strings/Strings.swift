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
        ("validation", validation), ("editing", editing), ("cli", cli),
    ]

    /// All sections in one table.
    public static let table: Section = {
        var all: Section = [:]
        for s in sections { all.merge(s.phrases) { first, _ in first } }
        return all
    }()

    /// The key of the form for `count`: `key.one` for exactly one, `key.other` for any other
    /// number (`trCount`). A count phrase has both keys, in both languages.
    public static func pluralKey(_ key: String, _ count: Int) -> String {
        key + (count == 1 ? ".one" : ".other")
    }

    /// A phrase without placeholders: no argument array to build.
    static func text(_ key: String, in language: Language) -> String {
        guard let phrase = table[key], let text = phrase.text(in: language) ?? phrase.en else { return key }
        return text
    }

    static func text(_ key: String, _ arguments: [any CustomStringConvertible], in language: Language) -> String {
        let text = text(key, in: language)
        return arguments.isEmpty ? text : fill(text, arguments)
    }

    /// Replaces `{1}` … `{9}` with the arguments; other braces stay. It works on the UTF-8 bytes
    /// (a brace and a digit are ASCII), because the agenda fills thousands of reasons per build.
    static func fill(_ text: String, _ arguments: [any CustomStringConvertible]) -> String {
        let utf8 = text.utf8
        var out = ""
        out.reserveCapacity(utf8.count + 12 * arguments.count)
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "{") {
                let digit = utf8.index(after: i)
                if digit != utf8.endIndex {
                    let close = utf8.index(after: digit)
                    let n = Int(utf8[digit]) - Int(UInt8(ascii: "0"))
                    if n >= 1, n <= arguments.count, close != utf8.endIndex, utf8[close] == UInt8(ascii: "}") {
                        out += text[start..<i]
                        out += arguments[n - 1].description
                        i = utf8.index(after: close)
                        start = i
                        continue
                    }
                }
            }
            i = utf8.index(after: i)
        }
        out += text[start...]
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
