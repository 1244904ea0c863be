import Foundation

/// A form field holding one value out of a fixed list (a life domain, a journal kind, a sector):
/// `←`/`→` step through the choices as before, and typing narrows them: letters match the start
/// of a choice or of one of its words first, then any part of it, with case and diacritics
/// folded ("fin" → Financiën, "netw" → Sociaal netwerk). The first match is taken at once, so
/// Enter or Tab (the form's keys) accept it; `←`/`→` then step through the matches only, and
/// Backspace takes a letter back. A letter that would match nothing is refused (`noMatch`).
public struct ChoiceField: Sendable, Hashable {
    public var choices: [String]
    /// Index into `choices` of the value.
    public var selected: Int
    /// What was typed since the field was entered.
    public private(set) var query = ""
    /// The last letter typed matched nothing and was not taken.
    public private(set) var noMatch = false

    public init(choices: [String], selected: Int = 0) {
        self.choices = choices
        self.selected = choices.isEmpty ? 0 : clamp(selected, 0, choices.count - 1)
    }

    public var value: String { choices.indices.contains(selected) ? choices[selected] : "" }

    /// How well `choice` matches `query`: 0 the choice starts with it, 1 a word starts with it,
    /// 2 it occurs inside; nil not at all. Case and diacritics are folded.
    public static func rank(_ choice: String, query: String) -> Int? {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty else { return 0 }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        guard let r = choice.range(of: q, options: options) else { return nil }
        if r.lowerBound == choice.startIndex { return 0 }
        // A word starts with it somewhere (not only at the first occurrence).
        var search = choice.startIndex..<choice.endIndex
        while let hit = choice.range(of: q, options: options, range: search) {
            let before = choice[choice.index(before: hit.lowerBound)]
            if !before.isLetter && !before.isNumber { return 1 }
            search = choice.index(after: hit.lowerBound)..<choice.endIndex
        }
        return 2
    }

    /// Indices of the choices matching what was typed, best first (all of them, in order, when
    /// nothing was typed).
    public var matches: [Int] {
        guard !query.isEmpty else { return Array(choices.indices) }
        return choices.indices.compactMap { i in ChoiceField.rank(choices[i], query: query).map { (i, $0) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    /// Handles a key; false for the keys that are the form's (Enter, Tab, ↑, ↓, Esc …).
    public mutating func apply(_ key: Key) -> Bool {
        noMatch = false
        switch key {
        case .left, .right:
            let m = matches
            guard !m.isEmpty else { return true }
            let at = m.firstIndex(of: selected) ?? 0
            selected = m[(at + (key == .left ? m.count - 1 : 1)) % m.count]
            return true
        case .char(" ") where query.isEmpty:
            // Space steps on, as it always did, until something is typed.
            return apply(.right)
        case .char(let c):
            guard TextWidth.width(of: c) > 0 else { return false }
            let before = query
            query.append(c)
            guard let first = matches.first else {
                query = before
                noMatch = true
                return true
            }
            if matches.first != selected { selected = first }
            return true
        case .backspace:
            guard !query.isEmpty else { return true }
            query.removeLast()
            if !query.isEmpty, let first = matches.first, !matches.contains(selected) { selected = first }
            return true
        default:
            return false
        }
    }

    /// Leaves the field: the value stays, the typing is cleared.
    public mutating func accept() {
        query = ""
        noMatch = false
    }

    /// The value, and while focused what was typed with how many choices match
    /// ("Financiën   fin · 1 of 1 · ←/→"); `hint` is shown while nothing is typed.
    public func render(into grid: inout Grid, area: Rect, focused: Bool, hint: String = "←/→") {
        guard !area.isEmpty else { return }
        guard focused else {
            grid.put(value, x: area.x, y: area.y, style: .normal, maxWidth: area.width)
            return
        }
        var segments: [(String, Style)] = [(value, Style(.normal, [.bold]))]
        if query.isEmpty {
            segments.append(("  " + hint, Style(.muted)))
        } else {
            let m = matches
            let at = (m.firstIndex(of: selected) ?? 0) + 1
            segments.append(("  ", .normal))
            segments.append((query, Style(.input)))
            segments.append(("  \(at)/\(m.count)" + (m.count > 1 ? " ←/→" : ""), Style(.muted)))
        }
        if noMatch { segments.append(("  ✗", Style(.warning, [.bold]))) }
        grid.put(segments: segments, x: area.x, y: area.y, maxWidth: area.width)
    }
}
