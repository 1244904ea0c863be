import Foundation
import Testing

/// The repository's layout and the command line's type names (issue #21, item 7).
@Suite struct SourceLayoutTests {
    /// Every entry of every folder in the repository (hidden ones too, but not `.git` and the
    /// build folders), as paths relative to the root.
    static func entries() throws -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let url = folder.isEmpty ? Binary.repoRoot : Binary.repoRoot.appendingPathComponent(folder)
            for name in try fm.contentsOfDirectory(atPath: url.path) where !(folder.isEmpty && Self.skipped(name)) {
                let path = folder.isEmpty ? name : folder + "/" + name
                found.append(path)
                var isFolder: ObjCBool = false
                if fm.fileExists(atPath: Binary.repoRoot.appendingPathComponent(path).path, isDirectory: &isFolder), isFolder.boolValue {
                    folders.append(path)
                }
            }
        }
        return found
    }

    static func skipped(_ rootEntry: String) -> Bool {
        rootEntry == ".git" || rootEntry.hasPrefix(".build") || rootEntry == ".swiftpm"
    }

    /// The paths among `paths` that another one equals but for case (`Sources/Wijkteam` and
    /// `Sources/wijkteam`): one folder on a case-insensitive file system (macOS, Windows), so a
    /// checkout there loses files.
    static func caseCollisions(_ paths: [String]) -> [[String]] {
        Dictionary(grouping: paths, by: { $0.lowercased() }).values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test func noTwoPathsInTheRepositoryDifferOnlyByCase() throws {
        let paths = try Self.entries()
        #expect(paths.contains("Sources/Wijkteam") && paths.contains("Tests/WijkteamCLITests"),
                "the walk found \(paths.count) entries; is it reading the repository?")
        #expect(Self.caseCollisions(paths) == [])
    }

    @Test func theCaseCheckFindsACollisionAnywhereInTheTree() {
        #expect(Self.caseCollisions(["Sources/Wijkteam", "Sources/wijkteam", "Sources/Wijkteam/A.swift"])
                == [["Sources/Wijkteam", "Sources/wijkteam"]])
        #expect(Self.caseCollisions(["Tests/X/Snapshots/board.txt", "Tests/X/Snapshots/Board.txt", "Tests/X/b.swift"])
                == [["Tests/X/Snapshots/Board.txt", "Tests/X/Snapshots/board.txt"]])
        #expect(Self.caseCollisions(["Sources/WijkteamCLI", "Sources/Wijkteam", "Tests/WijkteamTests"]) == [])
    }

    /// The command line's types follow one rule: every `ParsableCommand` is named `…Command`
    /// (nested ones too, as `JournalCommand.AddCommand`) and names the command users type
    /// itself (`commandName:`), so renaming a type never renames a command.
    @Test func everyCommandTypeIsNamedCommandAndStatesItsCommandName() throws {
        let folder = Binary.repoRoot.appendingPathComponent("Sources/WijkteamCLI")
        var types: [String] = []
        var problems: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard code.hasPrefix("struct "), code.contains(": ParsableCommand") || code.contains(": AsyncParsableCommand") else { continue }
                let type = String(code.dropFirst("struct ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                types.append(type)
                if !type.hasSuffix("Command") { problems.append("\(name):\(index + 1): \(type) does not end in Command") }
                // The configuration follows the declaration; it names the command.
                let configuration = lines[(index + 1)...].prefix { !$0.contains("@OptionGroup") && !$0.contains("func ") }
                    .drop { !$0.contains("static let configuration") }.prefix(4).joined(separator: "\n")
                if !configuration.contains("commandName:") { problems.append("\(name):\(index + 1): \(type) has no commandName:") }
            }
        }
        #expect(types.count >= 30, "the scan found \(types.count) command types; is it reading the sources?")
        #expect(problems == [])
    }

    // MARK: Sizes (issue #21, item 3)

    static let maximumFileLines = 500
    static let maximumFunctionLines = 80

    /// Functions allowed over `maximumFunctionLines`, as "path:name" with the reason. Only
    /// declarative tables: splitting them would scatter one list over several functions.
    static let longFunctionsAllowed: [String: String] = [
        "Sources/WijkteamScreens/AppCommands.swift:build": "the command table: one entry per command, keys, help and palette",
    ]

    /// A function, initialiser or subscript found in a source: its name, first line (1-based) and
    /// length in lines from its declaration to its closing brace.
    struct Function: Equatable, CustomStringConvertible {
        var name: String
        var line: Int
        var length: Int
        var description: String { "\(name) at line \(line): \(length) lines" }
    }

    /// The name a line declares if it starts a `func`, `init` or `subscript` (after attributes and
    /// modifiers), else nil.
    static func declaredName(_ line: String) -> String? {
        let modifiers: Set<String> = ["public", "private", "fileprivate", "internal", "package", "open", "static", "class",
                                      "mutating", "nonmutating", "override", "final", "convenience", "required", "nonisolated"]
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let word = words.first {
            if word.hasPrefix("@") {
                // An attribute, perhaps with arguments (`@available(macOS 14, *)`): skip to its end.
                var depth = 0
                while let w = words.first {
                    depth += w.filter { $0 == "(" }.count - w.filter { $0 == ")" }.count
                    words = words.dropFirst()
                    if depth <= 0 { break }
                }
            } else if modifiers.contains(String(word.prefix { $0 != "(" })) {
                words = words.dropFirst()  // `private(set)` and the like count as modifiers too
            } else {
                break
            }
        }
        guard let keyword = words.first else { return nil }
        if keyword == "func", words.count > 1 {
            let name = words[words.index(after: words.startIndex)].prefix { $0 != "(" && $0 != "<" }
            return name.isEmpty ? nil : String(name)
        }
        for start in ["init", "subscript"] where keyword.hasPrefix(start) {
            let rest = keyword.dropFirst(start.count).drop { $0 == "?" || $0 == "!" }
            if rest.isEmpty || rest.first == "(" || rest.first == "<" { return start }
        }
        return nil
    }

    /// Every function in `source` with a body, measured by matching braces from its declaration
    /// line. A declaration that meets the next declaration, or the end of its type, before any `{`
    /// has no body (a protocol requirement) and is no function.
    static func functions(in source: String) -> [Function] {
        let lines = source.components(separatedBy: "\n")
        var found: [Function] = []
        for (start, line) in lines.enumerated() {
            guard let name = declaredName(line) else { continue }
            var depth = 0
            var opened = false
            var end = start
            scan: while end < lines.count {
                if end > start, !opened, declaredName(lines[end]) != nil { break }
                for character in lines[end] {
                    if character == "{" { depth += 1; opened = true } else if character == "}" { depth -= 1 }
                }
                if opened ? depth <= 0 : depth < 0 { break scan }  // closed, or left the enclosing type
                end += 1
            }
            if opened { found.append(Function(name: name, line: start + 1, length: end - start + 1)) }
        }
        return found
    }

    /// The Swift files under Sources, as paths relative to the root, with their contents.
    static func sources() throws -> [(path: String, text: String)] {
        try entries().filter { $0.hasPrefix("Sources/") && $0.hasSuffix(".swift") }.sorted().map {
            ($0, try String(contentsOf: Binary.repoRoot.appendingPathComponent($0), encoding: .utf8))
        }
    }

    @Test func noSourceFileIsOver500Lines() throws {
        let sources = try Self.sources()
        #expect(sources.count >= 50, "found \(sources.count) sources; is it reading the repository?")
        // Lines as `wc -l` counts them: newlines.
        let long = sources.map { ($0.path, $0.text.filter { $0 == "\n" }.count) }.filter { $0.1 > Self.maximumFileLines }
        #expect(long.map { "\($0.0): \($0.1) lines" } == [])
    }

    @Test func noFunctionIsOver80LinesButTheDeclarativeTables() throws {
        var long: [String] = []
        var allowedSeen: Set<String> = []
        var count = 0
        for (path, text) in try Self.sources() {
            for function in Self.functions(in: text) {
                count += 1
                guard function.length > Self.maximumFunctionLines else { continue }
                let key = "\(path):\(function.name)"
                if Self.longFunctionsAllowed[key] != nil { allowedSeen.insert(key); continue }
                long.append("\(path): \(function)")
            }
        }
        #expect(count >= 500, "measured \(count) functions; is it reading the sources?")
        #expect(long == [])
        // An allowance for a table that is gone or has become short must go too.
        #expect(allowedSeen == Set(Self.longFunctionsAllowed.keys))
    }

    @Test func theFunctionMeasureMatchesBracesAndSkipsRequirements() {
        let source = """
        protocol P {
            func required() -> Int
            init(x: Int)
        }
        struct S {
            @discardableResult public static func f<T>(_ t: T) -> T {
                if true { print("{}") }
                return t
            }
            init?(y: Int) { nil }
            private(set) var v = 0
            subscript(i: Int) -> Int {
                get { i }
            }
            @MainActor mutating func g()
                throws
            {
            }
        }
        """
        #expect(Self.functions(in: source) == [
            Function(name: "f", line: 6, length: 4),
            Function(name: "init", line: 10, length: 1),
            Function(name: "subscript", line: 12, length: 3),
            Function(name: "g", line: 15, length: 4),
        ])
        #expect(Self.declaredName("    func required() -> Int") == "required")
        #expect(Self.declaredName("    let initial = 3") == nil)
        #expect(Self.declaredName("    // func commented") == nil)
        #expect(Self.declaredName("    initialise()") == nil)
    }
}
