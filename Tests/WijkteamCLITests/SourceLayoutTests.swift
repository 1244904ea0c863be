import Foundation
import Testing

/// The repository's layout (issue #21, item 7).
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
}
