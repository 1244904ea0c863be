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
    /// What a filled phrase usually needs: its own text and a dozen bytes per placeholder (a
    /// number, a day), so that filling it allocates once instead of growing at each part.
    let usualLength: Int

    public init(_ text: String) {
        var parts: [Part] = []
        var length = 0
        Self.scan(
            text,
            text: {
                parts.append(.text(String($0))); length += $0.utf8.count
            },
            placeholder: {
                parts.append(.placeholder($0, String($1))); length += 12
            })
        self.parts = parts
        usualLength = length
    }

    /// The one reading of a phrase's placeholders, for a template and for `StringTable.fill`
    /// (which appends as it reads and keeps no parts): the text between placeholders, and each
    /// placeholder's number with its own text, in order.
    static func scan(_ text: String, text onText: (Substring) -> Void, placeholder: (Int, Substring) -> Void) {
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == UInt8(ascii: "{") {
                let digit = utf8.index(after: i)
                if digit != utf8.endIndex {
                    let close = utf8.index(after: digit)
                    let n = Int(utf8[digit]) - Int(UInt8(ascii: "0"))
                    if n >= 1, close != utf8.endIndex, utf8[close] == UInt8(ascii: "}") {
                        if start != i { onText(text[start..<i]) }
                        let end = utf8.index(after: close)
                        placeholder(n, text[i..<end])
                        i = end
                        start = i
                        continue
                    }
                }
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { onText(text[start...]) }
    }

    public func callAsFunction(_ arguments: any CustomStringConvertible...) -> String { fill(arguments) }

    public func fill(_ arguments: [any CustomStringConvertible]) -> String {
        var out = ""
        // Up to 15 bytes a string is kept in place: no storage to reserve.
        if usualLength > 15 { out.reserveCapacity(usualLength) }
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
