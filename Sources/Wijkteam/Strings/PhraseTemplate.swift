/// A phrase split at its placeholders once, for a loop that fills the same phrase thousands of
/// times (the agenda's reasons on a city): `StringTable.fill` scans the text again on every call.
/// It is how `fill` fills a phrase: a brace, one byte and a brace (`{1}` … `{9}`; any byte whose
/// value minus "0" is at least 1) are replaced when there is an argument for that number, every
/// other brace stays as it is.
public struct PhraseTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        /// A placeholder's number and its own text, kept when no argument is given for it.
        case placeholder(Int, String)
    }

    let parts: [Part]

    public init(_ text: String) {
        var parts: [Part] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        // The same test as `fill`: an opening brace, one byte, a closing brace.
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "{") {
                let digit = utf8.index(after: i)
                if digit != utf8.endIndex {
                    let close = utf8.index(after: digit)
                    let n = Int(utf8[digit]) - Int(UInt8(ascii: "0"))
                    if n >= 1, close != utf8.endIndex, utf8[close] == UInt8(ascii: "}") {
                        if start != i { parts.append(.text(String(text[start..<i]))) }
                        let end = utf8.index(after: close)
                        parts.append(.placeholder(n, String(text[i..<end])))
                        i = end
                        start = i
                        continue
                    }
                }
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex || parts.isEmpty { parts.append(.text(String(text[start...]))) }
        self.parts = parts
    }

    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String { fill(arguments) }

    public func fill(_ arguments: [any CustomStringConvertible]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .placeholder(let n, let written): out += n <= arguments.count ? arguments[n - 1].description : written
            }
        }
        return out
    }
}

/// The template of `key`'s phrase in the current language, from the domain's table (as the
/// domain's `tr`; the string-table tests allow it in the domain's sources only).
public func phrase(_ key: String) -> PhraseTemplate {
    PhraseTemplate(Strings.table.text(key, in: Language.current))
}
