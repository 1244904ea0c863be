// Finds where keys are in TOML source text, so that errors found after parsing (an unknown
// colour, a misspelt role) can name the line.

struct TOMLLineIndex: Sendable {
    struct Entry: Sendable {
        var line: Int
        var path: [String]
        var joined: String
        var isHeader: Bool
    }

    private(set) var entries: [Entry] = []

    init(_ text: String) {
        var header: [String] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            while let f = line.first, f == " " || f == "\t" { line.removeFirst() }
            if line.last == "\r" { line.removeLast() }
            if line.isEmpty || line.first == "#" { continue }
            if line.hasPrefix("[") {
                let isArray = line.hasPrefix("[[")
                let inside = line.dropFirst(isArray ? 2 : 1)
                guard let close = TOMLLineIndex.firstUnquoted("]", in: inside),
                      let path = TOMLLineIndex.splitKey(inside[inside.startIndex..<close]) else { continue }
                header = path
                entries.append(Entry(line: lineNumber, path: path, joined: path.joined(separator: "."),
                                     isHeader: true))
                continue
            }
            guard let eq = TOMLLineIndex.firstUnquoted("=", in: line),
                  let key = TOMLLineIndex.splitKey(line[line.startIndex..<eq]) else { continue }
            let path = header + key
            entries.append(Entry(line: lineNumber, path: path, joined: path.joined(separator: "."),
                                 isHeader: false))
        }
    }

    /// The line defining `path` (components may themselves contain dots, as role names do);
    /// when the exact key is not on a line of its own (a field of an inline table), the line
    /// of the closest enclosing key.
    func line(of path: [String]) -> Int? {
        // Work on the dotted form so that `"load.over"`, `load.over` and `load = { over = ... }`
        // are all found; strip one dotted segment at a time.
        var q = path.joined(separator: ".")
        while !q.isEmpty {
            if let e = entries.first(where: { $0.joined == q }) { return e.line }
            guard let dot = q.lastIndex(of: ".") else { break }
            q = String(q[q.startIndex..<dot])
        }
        return nil
    }

    func exactLine(of path: [String]) -> Int? {
        let q = path.joined(separator: ".")
        return entries.first { $0.joined == q }?.line
    }

    /// The key path defined on `line`, if that line holds a key or a table header.
    func entryPath(atLine line: Int) -> [String]? {
        entries.first { $0.line == line }?.path
    }

    /// `keys` (children of `parent`) in the order they appear in the source.
    func sorted(_ keys: [String], under parent: [String]) -> [String] {
        keys.map { ($0, exactLine(of: parent + [$0]) ?? Int.max) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .map(\.0)
    }

    /// `styles."load.over".fg`: components joined with dots, quoted unless bare.
    static func format(_ path: [String]) -> String {
        path.map { c in
            let bare = !c.isEmpty && c.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                    || $0 == "_" || $0 == "-"
            }
            if bare { return c }
            var escaped = ""
            for ch in c {
                if ch == "\"" || ch == "\\" { escaped.append("\\") }
                escaped.append(ch)
            }
            return "\"" + escaped + "\""
        }.joined(separator: ".")
    }

    /// Index of the first `target` outside quotes.
    static func firstUnquoted(_ target: Character, in s: Substring) -> Substring.Index? {
        var quote: Character?
        var escaped = false
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if escaped {
                    escaped = false
                } else if c == "\\" && q == "\"" {
                    escaped = true
                } else if c == q {
                    quote = nil
                }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == target {
                return i
            } else if c == "#" {
                return nil
            }
            i = s.index(after: i)
        }
        return nil
    }

    /// Splits a TOML key (`a."b.c".d`) into its components; nil if it is not a key.
    static func splitKey(_ s: Substring) -> [String]? {
        var parts: [String] = []
        var i = s.startIndex
        func skipSpace() {
            while i < s.endIndex, s[i] == " " || s[i] == "\t" { i = s.index(after: i) }
        }
        while true {
            skipSpace()
            guard i < s.endIndex else { return nil }
            var part = ""
            let c = s[i]
            if c == "\"" || c == "'" {
                i = s.index(after: i)
                var closed = false
                while i < s.endIndex {
                    let d = s[i]
                    if d == c {
                        closed = true
                        i = s.index(after: i)
                        break
                    }
                    if d == "\\" && c == "\"" {
                        i = s.index(after: i)
                        guard i < s.endIndex else { return nil }
                        let e = s[i]
                        switch e {
                        case "n": part.append("\n")
                        case "t": part.append("\t")
                        default: part.append(e)
                        }
                    } else {
                        part.append(d)
                    }
                    i = s.index(after: i)
                }
                guard closed else { return nil }
            } else {
                while i < s.endIndex {
                    let d = s[i]
                    let ok = d.isLetter || d.isNumber || d == "_" || d == "-"
                    guard ok else { break }
                    part.append(d)
                    i = s.index(after: i)
                }
                if part.isEmpty { return nil }
            }
            parts.append(part)
            skipSpace()
            if i == s.endIndex { return parts }
            guard s[i] == "." else { return nil }
            i = s.index(after: i)
        }
    }
}
