import Foundation
import Testing

/// What script/install generates from the binary and puts beside it (issue 28): completion
/// scripts that name every subcommand, a command line that holds every command the sources
/// define, and an installed binary that finds its themes and sample district in
/// PREFIX/share/wijkteam. script/check-install checks the real install; these need no release
/// build, so a forgotten subcommand fails `swift test` too.
@Suite struct InstallTests {
    /// Every command below `wijkteam` as its path (["staff", "list"]), from the binary's own
    /// dump of its definitions (what generate-manual makes the man pages from). ArgumentParser's
    /// own `help` is left out.
    static func commandPaths() throws -> [[String]] {
        let r = try Binary.run(["--experimental-dump-help"])
        guard r.status == 0 else { throw CLIFailure(result: r) }
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let root = try #require(dump["command"] as? [String: Any])
        var paths: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            for sub in command["subcommands"] as? [[String: Any]] ?? [] {
                guard let name = sub["commandName"] as? String, !(path.isEmpty && name == "help") else { continue }
                paths.append(path + [name])
                walk(sub, path + [name])
            }
        }
        walk(root, [])
        return paths
    }

    /// A command type written but not put in any `subcommands:` list is on no command line, in no
    /// man page and in no completion script: every `commandName:` in the sources is in the tree.
    @Test func everyCommandTheSourcesDefineIsOnTheCommandLine() throws {
        let folder = Binary.repoRoot.appendingPathComponent("Sources/WijkteamCLI")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var defined: [String] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            defined += text.matches(of: /commandName: *"([^"]+)"/).map { String($0.output.1) }
        }
        #expect(defined.count > 50, "no commandName found in \(folder.path)")
        var onCommandLine = try Self.commandPaths().map { $0.last! } + ["wijkteam"]
        var notOnIt: [String] = []
        for name in defined {
            if let i = onCommandLine.firstIndex(of: name) { onCommandLine.remove(at: i) } else { notOnIt.append(name) }
        }
        #expect(notOnIt.isEmpty, "defined in Sources/WijkteamCLI but not a subcommand of anything: \(notOnIt)")
        #expect(onCommandLine.isEmpty, "on the command line without a commandName in Sources/WijkteamCLI: \(onCommandLine)")
    }

    /// Each shell's script offers every command at every level: bash and zsh have a function per
    /// command (`_wijkteam_staff_list`), fish offers each name after its parent's path.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptNamesEverySubcommand(shell: String) throws {
        let paths = try Self.commandPaths()
        #expect(paths.filter { $0.count == 1 }.count > 40)
        let r = try Binary.run(["--generate-completion-script", shell])
        #expect(r.status == 0, "\(r.err)")
        let lines = Set(r.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = (paths + [["help"]]).filter { path in
            switch shell {
            case "fish":
                let parent = (["wijkteam"] + path.dropLast()).joined(separator: " ")
                let offer = "for_positional \"\(parent)\" -eq 1' -fa '\(path.last!)'"
                return !r.out.contains(offer)
            default:
                return !lines.contains("_wijkteam_\(path.joined(separator: "_"))() {")
            }
        }
        #expect(missing.isEmpty, "the \(shell) completion script lacks \(missing.map { $0.joined(separator: " ") })")
    }

    /// Installed as script/install lays it out and started from PATH (so argv[0] is only
    /// "wijkteam"), the binary reads the themes and the sample district in PREFIX/share/wijkteam,
    /// not those of the source tree it was built from.
    @Test func anInstalledBinaryFindsItsThemesAndSampleDataBesideIt() throws {
        let fm = FileManager.default
        let scratch = Binary.tempDir()
        defer { try? fm.removeItem(at: scratch) }
        let prefix = scratch.appendingPathComponent("prefix")
        let share = prefix.appendingPathComponent("share/wijkteam")
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createDirectory(at: share, withIntermediateDirectories: true)
        // Copied by cp, not in this process: a child another test forks meanwhile would inherit the
        // open copy and exec would then fail with "Text file busy".
        let copied = try Spawn.capture(
            ["/bin/cp", Binary.path, prefix.appendingPathComponent("bin/wijkteam").path], environment: [:], scratch: scratch)
        #expect(copied.status == 0, "\(copied.err)")
        try fm.copyItem(at: Binary.repoRoot.appendingPathComponent("themes"), to: share.appendingPathComponent("themes"))
        try fm.copyItem(
            at: share.appendingPathComponent("themes/mono.toml"), to: share.appendingPathComponent("themes/only-installed.toml"))
        let sample = share.appendingPathComponent("sample-data")
        try fm.copyItem(at: Binary.repoRoot.appendingPathComponent("sample-data"), to: sample)
        let district = sample.appendingPathComponent("district.yaml")
        try String(contentsOf: district, encoding: .utf8)
            .replacingOccurrences(of: "name: Wijkteam Kersenbuurt", with: "name: Wijkteam Geinstalleerd")
            .write(to: district, atomically: true, encoding: .utf8)
        let home = scratch.appendingPathComponent("home")
        try fm.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = [
            "PATH": prefix.appendingPathComponent("bin").path + ":/usr/bin:/bin", "HOME": home.path,
            "LANG": "C.UTF-8", "WIJKTEAM_TODAY": Binary.today,
        ]
        func installed(_ args: String) throws -> Spawn.Output {
            try Spawn.capture(["/bin/sh", "-c", "cd \"$HOME\" && exec wijkteam \(args)"], environment: environment, scratch: scratch)
        }
        let themes = try installed("themes")
        #expect(themes.status == 0, "\(themes.err)")
        #expect(themes.out.contains("only-installed"), "\(themes.out)")
        let board = try installed("board")
        #expect(board.status == 0, "\(board.err)")
        #expect(board.out.contains("Wijkteam Geinstalleerd"), "\(board.out)")
    }
}
