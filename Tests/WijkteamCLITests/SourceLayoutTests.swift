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
}
