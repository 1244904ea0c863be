// One command table drives key dispatch, the help screen, the command palette and the README
// key list (as in tig).

/// Where a command applies: a screen, a view laid over screens (help), or everywhere. A typed
/// value, so the app declares its scopes once (`extension CommandScope { static let board = … }`)
/// and a misspelt scope does not compile.
public struct CommandScope: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
    /// Commands that apply on every screen.
    public static let global = CommandScope("global")
}

/// A command the user can give by key or by name in the palette. `ID` is the app's own type of
/// command id (an enum), so a handler switches over ids the compiler checks.
public struct Command<ID: Hashable & Sendable>: Sendable, Hashable {
    /// Stable identifier, e.g. `.assign`.
    public var id: ID
    /// Name shown and typed in the palette, e.g. "assign".
    public var name: String
    public var keys: [Key]
    /// One line of help.
    public var help: String
    /// Where the command applies, e.g. [.board]; `.global` means everywhere.
    public var scopes: [CommandScope]
    /// Heading for the help screen: "Navigation", "Cases", ...
    public var category: String
    /// Whether the command changes stored data: in a read-only session it is refused with the reason.
    public var writes: Bool

    public init(id: ID, name: String, keys: [Key], help: String, scopes: [CommandScope],
                category: String, writes: Bool = false) {
        self.id = id
        self.name = name
        self.keys = keys
        self.help = help
        self.scopes = scopes
        self.category = category
        self.writes = writes
    }

    /// The keys as shown in help: "j / ↓".
    public var keysDisplay: String {
        keys.map(\.displayName).joined(separator: " / ")
    }

    public var isGlobal: Bool { scopes.contains(CommandScope.global) }
}

/// The application's commands, in the order help lists them.
public struct CommandTable<ID: Hashable & Sendable>: Sendable {
    public typealias Entry = Command<ID>

    public var commands: [Entry]

    /// Accepts any table; bind a key twice in one scope and `conflicts()` reports it.
    public init(_ commands: [Entry]) {
        self.commands = commands
    }

    /// The command bound to `key` in `scope`: a command of that scope first, then a global one.
    public func command(for key: Key, in scope: CommandScope) -> Entry? {
        if let c = commands.first(where: { $0.scopes.contains(scope) && $0.keys.contains(key) }) {
            return c
        }
        return commands.first {
            $0.scopes.contains(CommandScope.global) && $0.keys.contains(key)
        }
    }

    /// The command with this id.
    public func command(id: ID) -> Entry? {
        commands.first { $0.id == id }
    }

    /// Commands of `scope` and global ones, in table order.
    public func commands(in scope: CommandScope) -> [Entry] {
        commands.filter { $0.scopes.contains(scope) || $0.scopes.contains(CommandScope.global) }
    }

    /// Palette completion among `commands(in: scope)`: names that start with `prefix`
    /// (case-insensitive) first, then names that contain it elsewhere; each group in table
    /// order. An empty prefix gives every command of the scope.
    public func complete(_ prefix: String, in scope: CommandScope) -> [Entry] {
        let available = commands(in: scope)
        let needle = prefix.trimmingSpaces().lowercased()
        guard !needle.isEmpty else { return available }
        var starts: [Entry] = []
        var contains: [Entry] = []
        for c in available {
            let name = c.name.lowercased()
            if name.hasPrefix(needle) {
                starts.append(c)
            } else if name.contains(needle) {
                contains.append(c)
            }
        }
        return starts + contains
    }

    /// Every scope named in the table, in order of first appearance ("global" first if used).
    public var scopes: [CommandScope] {
        var seen: [CommandScope] = []
        if commands.contains(where: \.isGlobal) { seen.append(CommandScope.global) }
        for c in commands {
            for s in c.scopes where !seen.contains(s) {
                seen.append(s)
            }
        }
        return seen
    }

    /// Human-readable descriptions of a key bound to two commands in one scope, including a
    /// screen command that shadows a global one. Empty when the table is clean.
    public func conflicts() -> [String] {
        var result: [String] = []
        let global = CommandScope.global
        // Global against global.
        result += conflicts(among: commands.filter(\.isGlobal), scope: global, requireLocal: false)
        // Each screen scope against itself and against global.
        for scope in scopes where scope != global {
            let relevant = commands.filter { $0.scopes.contains(scope) || $0.isGlobal }
            result += conflicts(among: relevant, scope: scope, requireLocal: true)
        }
        return result
    }

    private func conflicts(among list: [Entry], scope: CommandScope, requireLocal: Bool) -> [String] {
        var result: [String] = []
        var seenKeys: [Key] = []
        for c in list {
            for key in c.keys where !seenKeys.contains(key) {
                seenKeys.append(key)
                let bound = list.filter { $0.keys.contains(key) }
                guard bound.count > 1 else { continue }
                if requireLocal && bound.allSatisfy(\.isGlobal) { continue }
                let names = bound.map { "\"\($0.id)\"" }
                let list = names.dropLast().joined(separator: ", ") + " and " + names.last!
                result.append("key \(key.displayName) is bound to \(list) in scope \"\(scope)\"")
            }
        }
        return result
    }

    /// A Markdown section per scope (`### title`), each a table
    /// `| Keys | Command | What it does |` with the keys in backticks joined by " / ".
    /// Lists the commands whose scopes include that scope (global ones appear only under
    /// "global" if you ask for it).
    public func markdownKeyList(scopeTitles: [(scope: CommandScope, title: String)],
                                headingLevel: Int = 3) -> String {
        let hashes = String(repeating: "#", count: max(1, min(6, headingLevel)))
        var sections: [String] = []
        for (scope, title) in scopeTitles {
            let list = commands.filter { $0.scopes.contains(scope) }
            var lines = ["\(hashes) \(title)", "", "| Keys | Command | What it does |", "|---|---|---|"]
            for c in list {
                let keys = c.keys.isEmpty
                    ? "—"
                    : c.keys.map { CommandTable.markdownCode($0.displayName) }.joined(separator: " / ")
                lines.append("| \(keys) | \(CommandTable.markdownCell(c.name)) | \(CommandTable.markdownCell(c.help)) |")
            }
            sections.append(lines.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + (sections.isEmpty ? "" : "\n")
    }

    /// Text made safe for a Markdown table cell.
    static func markdownCell(_ s: String) -> String {
        s.replacingAll("|", with: "\\|")
    }

    /// A code span for a key name (handles backticks and pipes).
    static func markdownCode(_ s: String) -> String {
        let escaped = s.replacingAll("|", with: "\\|")
        if s.contains("`") { return "`` \(escaped) ``" }
        return "`\(escaped)`"
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}
