/// Privacy mode for free text: replaces every name the store knows by its initials.
///
/// Built from a list of names (a household's members, its ties that are people, the reporter
/// of a signal, the household's own name), it finds them in any text people typed:
/// - in every script: Arabic and Hebrew with or without vowel marks, Chinese, Latin;
/// - in every casing, with the Turkish dotted and dotless i folded together (`IŞIL`, `ışıl`,
///   `isil` are all Işıl) and diacritics and Polish/Scandinavian letters folded (`lukasz` is
///   Łukasz, `Zoe\u{308}` is Zoë);
/// - with possessives and inflections: `Demi's`, `Demi’s`, `Łukasz'`, Dutch `Kims`, Arabic
///   `و` + name;
/// - whole words only in scripts that separate words ("Dijk" goes, "Dijkstra" stays; "li"
///   does not touch "Politie"), anywhere in a run of Chinese, Japanese, Korean or Thai text,
///   which has no spaces (`王小明说谢谢` → `王.说谢谢`).
/// A whole name becomes its initials ("Demi de Boer" → "D.d.B."), a part on its own its
/// initial ("Demi" → "D."). Particles (van, de, al, …) and words such as "Huishouden" or
/// "Oma" are not hidden on their own: they are not names, and Dutch text is full of them.
///
/// `firstNamesOnly` names (staff, in the minutes) keep their first name; the rest of the
/// name is hidden the same way ("Ann Algemeen" → "Ann A.").
public struct Redactor: Sendable {
    /// Name parts, folded. A part becomes its initial as written where it is found.
    private var parts: Set<String> = []
    /// Name parts in scripts without spaces, longest first, with their replacement.
    private var runs: [Run] = []
    private struct Run: Sendable {
        var chars: [Character]
        var mark: String
        var length: Int { chars.count }
    }

    public init(names: [String], firstNamesOnly: [String] = []) {
        for name in firstNamesOnly {
            let words = Redactor.words(of: name).filter(Redactor.isNamePart)
            // The first name stays (unless a client has it too: clients come next).
            for w in words.dropFirst() { add(w) }
        }
        for name in names {
            let words = Redactor.words(of: name)
            var named = words.filter(Redactor.isNamePart)
            // A name made only of particles ("De") is still a name.
            if named.isEmpty { named = words.filter { Redactor.isRun($0) || $0.count >= 2 } }
            for w in named { add(w) }
        }
        runs.sort { $0.length > $1.length }
    }

    /// No names: the text stays as it is.
    public static let none = Redactor(names: [])
    public var isEmpty: Bool { parts.isEmpty && runs.isEmpty }

    private mutating func add(_ word: String) {
        if Redactor.isRun(word) {
            let chars = Array(word)
            if !runs.contains(where: { $0.chars == chars }) { runs.append(Run(chars: chars, mark: Redactor.initial(word))) }
            // A Chinese name is family name + given name; the given name alone is a name too.
            if chars.count >= 3, chars.count <= 4 {
                let given = Array(chars.dropFirst())
                if !runs.contains(where: { $0.chars == given }) { runs.append(Run(chars: given, mark: Redactor.initial(String(given)))) }
            }
            return
        }
        let key = Redactor.fold(word)
        guard !key.isEmpty else { return }
        parts.insert(key)
    }

    // MARK: Redacting

    public func callAsFunction(_ text: String) -> String { redact(text) }

    public func redact(_ text: String) -> String {
        guard !isEmpty, !text.isEmpty else { return text }
        let pieces = Redactor.split(text)
        // 1. Which words are names (and what replaces them).
        var marks: [Int: String] = [:]
        for i in pieces.indices where pieces[i].isWord {
            if let m = mark(for: pieces[i].text) { marks[i] = m }
        }
        // 2. Runs of name words separated by spaces (with particles between them) become one
        //    set of initials: "Demi de Boer" → "D.d.B.", "Jan Dijk" → "J.D.".
        var out = ""
        var i = 0
        while i < pieces.count {
            guard let first = marks[i] else {
                out += pieces[i].isWord ? redactRuns(pieces[i].text) : pieces[i].text
                i += 1
                continue
            }
            var joined = first
            var j = i + 1
            while j + 1 < pieces.count, !pieces[j].isWord, pieces[j].text.allSatisfy({ $0 == " " || $0 == "-" }) {
                if let next = marks[j + 1] {
                    joined += pieces[j].text.contains("-") ? "-" + next : next
                    j += 2
                } else if Redactor.isParticle(pieces[j + 1].text), j + 3 < pieces.count,
                          !pieces[j + 2].isWord, pieces[j + 2].text.allSatisfy({ $0 == " " }), marks[j + 3] != nil {
                    joined += Redactor.initial(pieces[j + 1].text)
                    j += 2
                } else {
                    break
                }
            }
            out += joined
            i = j
        }
        return out
    }

    /// The replacement for one word, when it is a name (possibly inflected).
    private func mark(for word: String) -> String? {
        if Redactor.isRunWord(word) { return nil }
        let key = Redactor.fold(word)
        if parts.contains(key) { return Redactor.initial(word) }
        // Dutch possessive without apostrophe: "Kims", "Ayşes" (names of three letters or more).
        if key.count >= 4, key.hasSuffix("s"), parts.contains(String(key.dropLast())) { return Redactor.initial(word) + "s" }
        // Arabic and Hebrew write "and", "to", "in", "the", … on the name: و ف ب ل, ו ה ב ל מ ש + name.
        if let f = key.first, "وفبلוהבלמש".contains(f), key.count >= 4, parts.contains(String(key.dropFirst())) {
            return String(word.first!) + Redactor.initial(String(word.dropFirst()))
        }
        return nil
    }

    /// Names inside a word of a script without spaces.
    private func redactRuns(_ word: String) -> String {
        guard !runs.isEmpty, word.contains(where: Redactor.isRunCharacter) else { return word }
        // One pass, the longest name first at each place: a replacement is never replaced again.
        let chars = Array(word)
        var out = "", i = 0
        scan: while i < chars.count {
            for r in runs where r.length <= chars.count - i && chars[i] == r.chars[0] && Array(chars[i..<(i + r.length)]) == r.chars {
                out += r.mark
                i += r.length
                continue scan
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    // MARK: Words

    struct Piece { var text: String; var isWord: Bool }

    /// Words (letters, marks and digits) and what lies between them.
    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = "", inWord = false
        for ch in text {
            let w = isWordCharacter(ch)
            if w != inWord, !current.isEmpty {
                pieces.append(Piece(text: current, isWord: inWord))
                current = ""
            }
            inWord = w
            current.append(ch)
        }
        if !current.isEmpty { pieces.append(Piece(text: current, isWord: inWord)) }
        return pieces
    }

    static func words(of name: String) -> [String] { split(name).filter(\.isWord).map(\.text) }

    static func isWordCharacter(_ ch: Character) -> Bool {
        ch.isLetter || ch.isNumber || ch.unicodeScalars.first.map { isMark($0) } == true
    }

    /// Parts that are names on their own: not a particle, not a word such as "Huishouden",
    /// not a single Latin letter.
    static func isNamePart(_ word: String) -> Bool {
        if isRun(word) { return true }
        return fold(word).count >= 2 && !isParticle(word) && !notNames.contains(word.lowercased())
    }

    /// Compared as written (lower-cased, diacritics kept): "Lê" and "Đỗ" are Vietnamese family
    /// names, not the particles "le" and "do".
    static func isParticle(_ word: String) -> Bool { particles.contains(word.lowercased()) }

    static let particles: Set<String> = [
        "van", "de", "der", "den", "het", "t", "ter", "ten", "te", "op", "in", "la", "le", "du", "da", "di", "del",
        "von", "vom", "zu", "el", "al", "bin", "ibn", "bint", "y", "e", "do", "dos", "das",
    ]
    /// Words in names that are no names ("Huishouden de Boer", "Oma Ria"); a name made of
    /// nothing else is still hidden whole.
    static let notNames: Set<String> = [
        "huishouden", "familie", "gezin", "oma", "opa", "ome", "tante", "oom", "juf", "meester", "mevrouw", "meneer",
        "dhr", "mw", "mevr", "buurman", "buurvrouw", "mama", "papa",
    ]

    // MARK: Scripts without spaces

    static func isRunCharacter(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(v)        // Hiragana, Katakana
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0x20000...0x3FFFF).contains(v)      // Han
            || (0xAC00...0xD7AF).contains(v)        // Hangul
            || (0x0E00...0x0E7F).contains(v)        // Thai
    }
    static func isRun(_ word: String) -> Bool { word.contains(where: isRunCharacter) }
    static func isRunWord(_ word: String) -> Bool { isRun(word) }

    // MARK: Folding

    /// The first letter and a dot: "Ayşe" → "A.", "مُحَمَّد" → "مُ.", "王小明" → "王.".
    static func initial(_ word: String) -> String { word.first.map { String($0) + "." } ?? "" }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: s.value == 0x0640 // Arabic tatweel
        }
    }

    /// A word as it is compared: lower case with the Turkish i's as one letter, without
    /// diacritics or vowel marks, Ł/Ø/ß and friends spelled out.
    static func fold(_ word: String) -> String {
        var out = ""
        for s in word.unicodeScalars {
            if isMark(s) { continue }
            switch s.value {
            case 0x0130, 0x0131, 0x0049: out += "i"  // İ ı I
            case 0x0622, 0x0623, 0x0625, 0x0671: out += "ا"  // alef with hamza/madda
            case 0x00C0...0x00FF: out += latin1[Int(s.value - 0x00C0)]
            case 0x0100...0x017F: out += extendedA[Int(s.value - 0x0100)]
            case 0x0218, 0x0219: out += "s"
            case 0x021A, 0x021B: out += "t"
            default:
                if s.properties.isUppercase || s.properties.changesWhenLowercased {
                    out += s.properties.lowercaseMapping
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }

    /// U+00C0…U+00FF without their marks (× and ÷ stay).
    private static let latin1: [String] = {
        let upper = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
                     "d", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "th", "ss"]
        let lower = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
                     "d", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "th", "y"]
        return upper + lower
    }()

    /// U+0100…U+017F (Latin Extended-A: Polish, Turkish, Czech, …) without their marks.
    private static let extendedA: [String] = {
        let runs: [(String, Int)] = [
            ("a", 6), ("c", 8), ("d", 4), ("e", 10), ("g", 8), ("h", 4), ("i", 10), ("ij", 2), ("j", 2), ("k", 3),
            ("l", 10), ("n", 9), ("o", 6), ("oe", 2), ("r", 6), ("s", 8), ("t", 6), ("u", 12), ("w", 2), ("y", 3),
            ("z", 6), ("s", 1),
        ]
        return runs.flatMap { Array(repeating: $0.0, count: $0.1) }
    }()
}

public extension Redactor {
    /// Everything privacy mode hides about one household: its name, its members, the ties that
    /// are people (organisations stay: "Huisartsenpraktijk De Linde" is no client), including
    /// whoever reported a signal about it, when the team recorded them as a tie.
    init(record r: HouseholdRecord, also extra: [String] = []) {
        self.init(names: Redactor.names(of: r) + extra)
    }

    /// The names `init(record:)` hides.
    static func names(of r: HouseholdRecord) -> [String] {
        [r.household.name] + r.household.members.map(\.name) + r.ties.filter { !$0.isOrganisation }.map(\.name)
    }
}
