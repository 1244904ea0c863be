import Foundation
import TOMLKit

/// How one role looks: colours and attributes for colour terminals, and attributes alone
/// (`mono`) for terminals without colour (or `NO_COLOR`).
public struct ThemeStyle: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var attributes: Attributes
    public var mono: Attributes

    public init(fg: Color = .default, bg: Color = .default, attributes: Attributes = [],
                mono: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
        self.mono = mono
    }
}

/// A cell style made concrete for one terminal: what the backend hands to curses.
public struct ResolvedStyle: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var attributes: Attributes

    public init(fg: Color, bg: Color, attributes: Attributes) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }
}

/// A problem in a theme file, naming the file, the line and the key:
/// `themes/bad.toml:7: styles."load.over".fg: unknown colour "purplish"`.
public struct ThemeError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var key: String?
    public var message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let key { s += ": \(key)" }
        return s + ": " + message
    }
}

extension Role {
    /// Attributes for a role when the theme's [mono] section does not mention it: enough to
    /// tell selection, flags and load levels apart without colour.
    public var defaultMono: Attributes {
        switch self {
        case .normal, .border, .tab, .loadOK, .tieNormal, .success: []
        case .title, .key, .header, .unassigned, .warning, .error, .loadHigh, .tieStrong,
             .flagPreventive, .flagOutreaching, .flagDiscussion:
            [.bold]
        case .muted, .tieWeak, .tieBroken: [.dim]
        case .status, .selection: [.reverse]
        case .statusAccent, .tabActive: [.reverse, .bold]
        case .loadOver, .overdue, .flagSafety: [.bold, .underline]
        case .tieStressful, .input: [.underline]
        }
    }
}

/// A colour theme: a style per role. Loaded from TOML (see `themes/default.toml`); roles the
/// file leaves out come from the built-in default.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var description: String
    /// A style for every role.
    public var styles: [Role: ThemeStyle]

    public init(name: String, description: String, styles: [Role: ThemeStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    public func style(for role: Role) -> ThemeStyle {
        styles[role] ?? Theme.builtinDefault.styles[role] ?? ThemeStyle(mono: role.defaultMono)
    }

    /// What a cell style looks like on a terminal with `colors` colours (0 or 1: monochrome,
    /// attributes only). The style's own attributes are added to the role's.
    public func resolve(_ style: Style, colors: Int) -> ResolvedStyle {
        let s = self.style(for: style.role)
        if colors < 8 {
            return ResolvedStyle(fg: .default, bg: .default, attributes: s.mono.union(style.attributes))
        }
        return ResolvedStyle(fg: s.fg.reduced(toColors: colors), bg: s.bg.reduced(toColors: colors),
                             attributes: s.attributes.union(style.attributes))
    }

    /// The built-in copy of `themes/default.toml`, so the app always has a theme.
    public static let builtinDefault: Theme = {
        let neutral = Dictionary(uniqueKeysWithValues: Role.allCases.map {
            ($0, ThemeStyle(mono: $0.defaultMono))
        })
        if let theme = try? ThemeParser(text: builtinDefaultSource, file: "(built-in default)",
                                        fallback: neutral).parse() {
            return theme
        }
        return Theme(name: "default", description: "Built-in", styles: neutral)
    }()

    /// Reads and parses a theme file. Errors are `ThemeError`s naming the file as given by
    /// `url` (relative paths stay relative).
    public static func load(contentsOf url: URL) throws -> Theme {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw ThemeError(file: file, line: nil, key: nil,
                             message: missing ? "no such file" : "cannot read the file")
        }
        // The installed default.toml, unedited, is the built-in copy, already parsed: each parse
        // is about 1.5 ms on the first frame's path (a test holds the two parses equal). Compared
        // byte for byte: String's == would take a canonically equivalent edit for the original.
        if data.elementsEqual(builtinDefaultSource.utf8) { return builtinDefault }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ThemeError(file: file, line: nil, key: nil, message: "not UTF-8 text")
        }
        return try parse(text, file: file)
    }

    /// Parses theme TOML; `file` names the source in errors.
    public static func parse(_ text: String, file: String) throws -> Theme {
        try ThemeParser(text: text, file: file, fallback: builtinDefault.styles).parse()
    }
}

// MARK: - Parsing

struct ThemeParser {
    let text: String
    let file: String
    let fallback: [Role: ThemeStyle]
    let index: TOMLLineIndex

    init(text: String, file: String, fallback: [Role: ThemeStyle]) {
        self.text = text
        self.file = file
        self.fallback = fallback
        self.index = TOMLLineIndex(text)
    }

    static let topLevelKeys = ["name", "description", "palette", "styles", "mono"]
    static let styleFields = ["fg", "bg", "modifiers"]
    static let modifierNames: [String: Attributes] = [
        "bold": .bold, "reverse": .reverse, "reversed": .reverse, "underline": .underline,
        "underlined": .underline, "dim": .dim,
    ]

    func error(_ path: [String], _ message: String) -> ThemeError {
        ThemeError(file: file, line: index.line(of: path), key: TOMLLineIndex.format(path),
                   message: message)
    }

    func parse() throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            let line = e.source.begin.line
            let key = index.entryPath(atLine: line).map(TOMLLineIndex.format)
            var detail = e.description
            let prefix = "Error while parsing "
            if detail.hasPrefix(prefix) {
                detail = "in " + detail.dropFirst(prefix.count)
            } else {
                detail = ": " + detail
            }
            throw ThemeError(file: file, line: line > 0 ? line : nil, key: key,
                             message: "TOML syntax error " + detail)
        }

        // Keys in source order (the table's own order is alphabetical) so that the first
        // mistake in the file is the one reported.
        for key in index.sorted(table.keys, under: []) where !ThemeParser.topLevelKeys.contains(key) {
            throw error([key], "unknown key \"\(key)\" (expected one of: \(ThemeParser.topLevelKeys.joined(separator: ", ")))")
        }

        var name = (file as NSString).lastPathComponent
        if name.hasSuffix(".toml") { name = String(name.dropLast(5)) }
        if let v = table["name"] {
            guard let s = v.string else { throw error(["name"], "expected a string") }
            name = s
        }
        var description = ""
        if let v = table["description"] {
            guard let s = v.string else { throw error(["description"], "expected a string") }
            description = s
        }

        // Palette.
        var palette: [String: Color] = [:]
        if let v = table["palette"] {
            guard let t = v.table else { throw error(["palette"], "expected a table") }
            for key in index.sorted(t.keys, under: ["palette"]) {
                guard let value = t[key] else { continue }
                palette[key.lowercased()] = try color(value, path: ["palette", key], palette: [:])
            }
        }

        // Styles.
        var colourStyles: [Role: (fg: Color, bg: Color, attributes: Attributes)] = [:]
        if let v = table["styles"] {
            guard let t = v.table else { throw error(["styles"], "expected a table") }
            try collectStyles(t, prefix: [], palette: palette, into: &colourStyles)
        }

        // Mono.
        var mono: [Role: Attributes] = [:]
        if let v = table["mono"] {
            guard let t = v.table else { throw error(["mono"], "expected a table") }
            try collectMono(t, prefix: [], into: &mono)
        }

        var styles: [Role: ThemeStyle] = [:]
        for role in Role.allCases {
            var s = fallback[role] ?? ThemeStyle()
            if let c = colourStyles[role] {
                s.fg = c.fg
                s.bg = c.bg
                s.attributes = c.attributes
            }
            s.mono = mono[role] ?? role.defaultMono
            styles[role] = s
        }
        return Theme(name: name, description: description, styles: styles)
    }

    func role(_ name: String, path: [String]) throws -> Role {
        if let r = Role(rawValue: name) { return r }
        var message = "unknown role \"\(name)\""
        if let guess = ThemeParser.closest(to: name, in: Role.allCases.map(\.rawValue)) {
            message += " (did you mean \"\(guess)\"?)"
        }
        throw error(path, message)
    }

    /// Walks [styles]; dotted keys written without quotes (`load.over = ...`) arrive as nested
    /// tables and are joined back into role names.
    func collectStyles(_ t: TOMLTable, keys: [String]? = nil, prefix: [String],
                       palette: [String: Color],
                       into out: inout [Role: (fg: Color, bg: Color, attributes: Attributes)]) throws {
        for key in index.sorted(keys ?? t.keys, under: ["styles"] + prefix) {
            guard let value = t[key] else { continue }
            let roleName = (prefix + [key]).joined(separator: ".")
            let path = ["styles", roleName]
            if let s = value.string {
                let r = try role(roleName, path: path)
                let fg = try color(s, path: path, palette: palette)
                out[r] = (fg, .default, [])
                continue
            }
            guard let st = value.table else {
                throw error(path, "expected a colour name or a table like { fg = \"red\", modifiers = [\"bold\"] }")
            }
            let fields = st.keys
            let nested = fields.filter { !ThemeParser.styleFields.contains($0) }
            let isNamespace = !nested.isEmpty
                && nested.allSatisfy { st[$0]?.table != nil || st[$0]?.string != nil }
                && (Role(rawValue: roleName) == nil
                    || nested.contains { Role(rawValue: roleName + "." + $0) != nil })
            if isNamespace {
                // A namespace such as `load` in `load.over = ...` (possibly also a role itself).
                if fields.contains(where: { ThemeParser.styleFields.contains($0) }) {
                    let r = try role(roleName, path: path)
                    out[r] = try styleFields(st, only: ThemeParser.styleFields, path: path, palette: palette)
                }
                try collectStyles(st, keys: nested, prefix: prefix + [key], palette: palette, into: &out)
                continue
            }
            let r = try role(roleName, path: path)
            out[r] = try styleFields(st, path: path, palette: palette)
        }
    }

    func styleFields(_ st: TOMLTable, only: [String]? = nil, path: [String], palette: [String: Color]) throws
        -> (fg: Color, bg: Color, attributes: Attributes) {
        var fg = Color.default
        var bg = Color.default
        var attributes: Attributes = []
        for field in index.sorted(st.keys.filter { only?.contains($0) ?? true }, under: path) {
            guard let value = st[field] else { continue }
            switch field {
            case "fg": fg = try color(value, path: path + ["fg"], palette: palette)
            case "bg": bg = try color(value, path: path + ["bg"], palette: palette)
            case "modifiers": attributes = try modifiers(value, path: path + ["modifiers"])
            default:
                throw error(path + [field], "unknown field \"\(field)\" (expected fg, bg, modifiers)")
            }
        }
        return (fg, bg, attributes)
    }

    func collectMono(_ t: TOMLTable, prefix: [String], into out: inout [Role: Attributes]) throws {
        for key in index.sorted(t.keys, under: ["mono"] + prefix) {
            guard let value = t[key] else { continue }
            let roleName = (prefix + [key]).joined(separator: ".")
            let path = ["mono", roleName]
            if let sub = value.table {
                // `tab.active = [...]` without quotes.
                try collectMono(sub, prefix: prefix + [key], into: &out)
                continue
            }
            let r = try role(roleName, path: path)
            out[r] = try modifiers(value, path: path)
        }
    }

    func modifiers(_ value: TOMLValueConvertible, path: [String]) throws -> Attributes {
        var names: [String] = []
        if let s = value.string {
            names = [s]
        } else if let a = value.array {
            for element in a {
                guard let s = element.string else {
                    throw error(path, "expected modifier names such as [\"bold\", \"underline\"]")
                }
                names.append(s)
            }
        } else {
            throw error(path, "expected a list of modifiers such as [\"bold\", \"underline\"]")
        }
        var result: Attributes = []
        for n in names {
            guard let a = ThemeParser.modifierNames[n.lowercased()] else {
                throw error(path, "unknown modifier \"\(n)\" (expected bold, reverse, underline, dim)")
            }
            result.insert(a)
        }
        return result
    }

    func color(_ value: TOMLValueConvertible, path: [String], palette: [String: Color]) throws -> Color {
        if let i = value.int {
            guard (0...255).contains(i) else {
                throw error(path, "colour \(i) out of range (0-255)")
            }
            return .indexed(i)
        }
        guard let s = value.string else {
            throw error(path, "expected a colour: a name, a number 0-255 or \"#rrggbb\"")
        }
        return try color(s, path: path, palette: palette)
    }

    func color(_ s: String, path: [String], palette: [String: Color]) throws -> Color {
        if let c = palette[s.lowercased()] { return c }
        if let c = Color(name: s) { return c }
        if let i = Int(s.trimmingSpaces()) {
            throw error(path, "colour \(i) out of range (0-255)")
        }
        var message = "unknown colour \"\(s)\""
        let known = Array(palette.keys) + Color.basicNames + Color.basicNames.map { "bright-" + $0 }
        if let guess = ThemeParser.closest(to: s.lowercased(), in: known) {
            message += " (did you mean \"\(guess)\"?)"
        }
        throw error(path, message)
    }

    /// The candidate within edit distance 2 of `word`, if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for c in candidates {
            let d = editDistance(word, c)
            if d <= 2, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
