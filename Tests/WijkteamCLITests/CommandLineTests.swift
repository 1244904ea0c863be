import Foundation
import Testing

@Suite struct CommandLineTests {
    typealias JSON = [String: Any]

    func board(_ db: String) throws -> JSON { try Binary.json(["board", "--db", db, "--json"]) as! JSON }

    func column(of caseID: Int, in board: JSON) -> String? {
        if (board["unassigned"] as! [JSON]).contains(where: { $0["id"] as? Int == caseID }) { return "unassigned" }
        for r in board["regisseurs"] as! [JSON] where (r["cases"] as! [JSON]).contains(where: { $0["id"] as? Int == caseID }) {
            return r["id"] as? String
        }
        return nil
    }

    /// `--version` alone is answered before the argument parser; with other options the parser
    /// answers it. Both say the same, and nothing else is printed.
    @Test func theVersionIsTheSameWithOrWithoutTheParser() throws {
        let alone = try Binary.run(["--version"])
        let parsed = try Binary.run(["--lang", "en", "--version"])
        #expect(alone.status == 0 && parsed.status == 0)
        #expect(alone.out == "0.1.0\n" && alone.err.isEmpty)
        #expect(alone.out == parsed.out)
    }

    @Test func initThenBoardShowsEveryStaffMemberAndTheUnassigned() throws {
        let db = try Binary.freshDatabase()
        let b = try board(db)
        let regisseurs = b["regisseurs"] as! [JSON]
        #expect(regisseurs.count >= 8)
        for r in regisseurs {
            #expect(r["load"] is Double && r["capacity"] is Double)
            #expect(["ok", "high", "over"].contains(r["level"] as? String))
        }
        let unassigned = b["unassigned"] as! [JSON]
        #expect(!unassigned.isEmpty)
        let figures = b["figures"] as! JSON
        #expect(figures["unassigned"] as? Int == unassigned.count)
        #expect(b["today"] as? String == Binary.today)
    }

    @Test func assignMovesTheCardOnTheBoard() throws {
        let db = try Binary.freshDatabase()
        let before = try board(db)
        let caseID = try #require((before["unassigned"] as! [JSON]).first?["id"] as? Int)
        let target = try #require((before["regisseurs"] as! [JSON]).first { $0["level"] as? String == "ok" })
        let targetID = target["id"] as! String
        let r = try Binary.run(["assign", String(caseID), targetID, "--db", db])
        #expect(r.status == 0, "\(r.err)")
        let after = try board(db)
        #expect(column(of: caseID, in: after) == targetID)
        let newLoad = (after["regisseurs"] as! [JSON]).first { $0["id"] as? String == targetID }!["load"] as! Double
        #expect(newLoad > target["load"] as! Double)
        #expect(try Binary.run(["assign", String(caseID), "none", "--db", db]).status == 0)
        #expect(column(of: caseID, in: try board(db)) == "unassigned")
    }

    @Test func flagOutreachingShowsInFollowUps() throws {
        let db = try Binary.freshDatabase()
        let caseID = try #require(((try board(db))["regisseurs"] as! [JSON]).flatMap { $0["cases"] as! [JSON] }.first?["id"] as? Int)
        let r = try Binary.run(["flag", String(caseID), "--outreaching", "--due", "2026-12-04", "--note", "Huisbezoek na huurachterstand", "--db", db])
        #expect(r.status == 0, "\(r.err)")
        let list = try Binary.json(["followups", "--db", db, "--kind", "outreaching", "--json"]) as! [JSON]
        let mine = list.filter { $0["case_id"] as? Int == caseID && $0["due"] as? String == "2026-12-04" }
        #expect(mine.count == 1)
        #expect(mine.first?["note"] as? String == "Huisbezoek na huurachterstand")
        let all = try Binary.json(["followups", "--db", db, "--json"]) as! [JSON]
        let dues = all.compactMap { $0["due"] as? String }
        #expect(dues == dues.sorted()) // by due date, overdue first
        let overdue = try Binary.json(["followups", "--db", db, "--overdue", "--json"]) as! [JSON]
        #expect(overdue.allSatisfy { $0["overdue"] as? Bool == true })
    }

    @Test func householdAndNetworkPrintTheSameData() throws {
        let db = try Binary.freshDatabase()
        let h = try Binary.json(["household", "1", "--db", db, "--json"]) as! JSON
        let members = (h["household"] as! JSON)["members"] as! [JSON]
        #expect(!members.isEmpty)
        let n = try Binary.json(["network", "1", "--db", db, "--json"]) as! JSON
        #expect((n["ties"] as! [JSON]).count == (h["ties"] as! [JSON]).count)
        let text = try Binary.run(["network", "1", "--db", db])
        #expect(text.status == 0)
        #expect(text.out.contains((members[0]["name"] as! String)))
    }

    /// Errors: a clear message on stderr, a non-zero exit, and the database untouched.
    @Test func badInputIsRefusedClearlyAndWritesNothing() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.run(["board", "--db", db, "--json"]).out
        let cases: [([String], String)] = [
            (["assign", "999999", "daan", "--db", db], "no case #999999"),
            (["assign", "1", "nobody", "--db", db], "no staff member 'nobody'"),
            (["flag", "1", "--preventive", "--due", "2026-13-40", "--db", db], "is not a date"),
            (["flag", "1", "--due", "2026-12-01", "--db", db], "--preventive"),
            (["household", "424242", "--db", db], "no household 424242"),
            (["board", "--db", "/nonexistent/dir/w.sqlite"], "no database at /nonexistent/dir/w.sqlite"),
            (["followups", "--kind", "sometimes", "--db", db], "not one of"),
            (["board", "--as", "nobody", "--db", db], "no staff member 'nobody'"),
        ]
        for (args, message) in cases {
            let r = try Binary.run(args)
            #expect(r.status != 0, "\(args)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(!r.err.contains("Fatal error"), "\(args)")
        }
        #expect(try Binary.run(["board", "--db", db, "--json"]).out == before)
    }

    /// A PostgreSQL URL is never taken for a file name: this build says how to get PostgreSQL,
    /// and init makes no "postgres:" folder where it runs.
    @Test func aPostgreSQLURLIsRefusedWithWhatToDo() throws {
        let here = FileManager.default.currentDirectoryPath
        let db = try Binary.freshDatabase()
        for args in [["board", "--db", "postgres://anna:secret@db.example/wijkteam"], ["init", "--db", "postgres://anna@db.example/wijkteam"],
                     ["copy", "--from", db, "--to", "postgres://anna:secret@db.example/wijkteam"]] {
            let r = try Binary.run(args)
            #expect(r.status != 0, "\(args)")
            #expect(r.err.contains("postgres://anna@db.example:5432/wijkteam is a PostgreSQL database"), "\(args): \(r.err)")
            #expect(r.err.contains("swift build --traits PostgreSQL"), "\(args): \(r.err)")
            #expect(!r.err.contains("secret"), "the password stays out of messages")
        }
        let viaEnvironment = try Binary.run(["board"], env: ["WIJKTEAM_DB": "postgres://anna@db.example/wijkteam"])
        #expect(viaEnvironment.status != 0 && viaEnvironment.err.contains("built without PostgreSQL"))
        #expect(!FileManager.default.fileExists(atPath: here + "/postgres:"))
        let notAURL = try Binary.run(["copy", "--from", db, "--to", "/tmp/other.sqlite"])
        #expect(notAURL.status != 0 && notAURL.err.contains("is not a PostgreSQL URL"))
    }

    @Test func initRefusesToOverwriteAndReportsABrokenDistrict() throws {
        let db = try Binary.freshDatabase()
        let again = try Binary.run(["init", "--db", db])
        #expect(again.status != 0 && again.err.contains("--force"))
        let broken = Binary.tempDir().appendingPathComponent("district")
        try FileManager.default.copyItem(at: Binary.repoRoot.appendingPathComponent("sample-data"), to: broken)
        let staff = broken.appendingPathComponent("staff.yaml")
        let text = try String(contentsOf: staff, encoding: .utf8)
        try text.replacingOccurrences(of: "role: generalist", with: "role: generalistt").write(to: staff, atomically: true, encoding: .utf8)
        let before = try Binary.run(["board", "--db", db, "--json"]).out
        let r = try Binary.run(["init", "--db", db, "--from", broken.path, "--force"])
        #expect(r.status != 0)
        #expect(r.err.contains("staff.yaml:"), "\(r.err)")
        #expect(r.err.contains("unknown value 'generalistt'"), "\(r.err)")
        #expect(try Binary.run(["board", "--db", db, "--json"]).out == before)
    }

    @Test func defaultDatabaseIsCreatedFromTheSampleOnFirstUse() throws {
        let home = Binary.tempDir()
        let r = try Binary.run(["board", "--json"], env: ["XDG_DATA_HOME": home.path])
        #expect(r.status == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("wijkteam/wijkteam.sqlite").path))
        #expect(r.err.contains("created"))
        let second = try Binary.run(["board", "--json"], env: ["XDG_DATA_HOME": home.path])
        #expect(second.out == r.out && !second.err.contains("created"))
    }
}

/// The README's generated blocks match what the binary generates from the same tables.
@Suite struct ReadmeTests {
    func block(_ marker: String) throws -> String {
        let readme = try String(contentsOf: Binary.repoRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- \(marker):start"))
        let end = try #require(readme.range(of: "<!-- \(marker):end -->"))
        return readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [("glossary", ["glossary", "--markdown"]), ("keys", ["keys", "--markdown"])])
    func readmeBlockMatchesTheTable(marker: String, command: [String]) throws {
        let generated = try Binary.run(command).out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try block(marker) == generated, "regenerate the README block with: wijkteam \(command.joined(separator: " "))")
    }
}

@Suite struct GenerateCommandTests {
    @Test func sameSeedSameDatabaseContent() throws {
        let dir = Binary.tempDir()
        var dumps: [String] = []
        for name in ["a", "b"] {
            let db = dir.appendingPathComponent("\(name).sqlite").path
            let r = try Binary.run(["generate", "--households", "150", "--seed", "9", "--db", db])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("150 households"))
            // Every table, the full-text index included, as SQL text.
            dumps.append(try Spawn.capture(["sqlite3", db, ".dump"], scratch: dir).out)
        }
        #expect(dumps[0] == dumps[1])
        #expect(dumps[0].contains("INSERT INTO journal_entry") && dumps[0].contains("INSERT INTO zrm_score"))
        let other = dir.appendingPathComponent("other.sqlite").path
        #expect(try Binary.run(["generate", "--households", "150", "--seed", "10", "--db", other]).status == 0)
        #expect(try Spawn.capture(["sqlite3", other, ".dump"], scratch: dir).out != dumps[0])
        let bad = try Binary.run(["generate", "--households", "0", "--db", dir.appendingPathComponent("c.sqlite").path])
        #expect(bad.status != 0 && bad.err.contains("--households"))
    }

    /// Every number is bounded: no overflow trap (9223372036854775807 households), no endless
    /// run (2147483648 staff), a clear message naming the option and its range, no file.
    @Test(arguments: [
        (["--households", "9223372036854775807"], "--households must be from 1 to 200000, not 9223372036854775807"),
        (["--households", "200001"], "--households must be from 1 to 200000, not 200001"),
        (["--households", "10", "--staff", "2147483648"], "--staff must be from 2 to 10000, not 2147483648"),
        (["--households", "10", "--staff", "1"], "--staff must be from 2 to 10000, not 1"),
        (["--households", "10", "--open-cases=-1"], "--open-cases must be from 0 to 10, not -1"),
        (["--households", "10", "--journal-per-case", "9223372036854775807"], "--journal-per-case must be from 0 to 100, not 9223372036854775807"),
    ])
    func everyNumberIsBounded(options: [String], message: String) throws {
        let db = Binary.tempDir().appendingPathComponent("g.sqlite").path
        let r = try Binary.run(["generate"] + options + ["--db", db])
        #expect(r.status == 64, "\(r.err)")
        #expect(r.err.contains(message), "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}

/// `flag`: a new follow-up is due from today up to five years ahead, and has an owner.
@Suite struct FlagBoundsTests {
    @Test func dueDatesInThePastOrFarAheadAreRefused() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.run(["followups", "--all", "--json", "--db", db]).out
        let board = try Binary.json(["board", "--db", db, "--json"]) as! [String: Any]
        let assigned = try #require(((board["regisseurs"] as! [[String: Any]]).flatMap { $0["cases"] as! [[String: Any]] }).first?["id"] as? Int)
        // Year 0 is no date at all (a malformed command line, 64); the others are dates out of bounds.
        for (due, status, message) in [("2026-11-19", Int32(1), "the due date 2026-11-19 is in the past"),
                                       ("0000-01-01", Int32(64), "--due '0000-01-01' is not a date"),
                                       ("9999-12-31", Int32(1), "the due date 9999-12-31 is more than 5 years ahead (at the latest 2031-11-20)"),
                                       ("2031-11-21", Int32(1), "more than 5 years ahead")] {
            let r = try Binary.run(["flag", String(assigned), "--preventive", "--due", due, "--db", db])
            #expect(r.status == status && r.err.contains(message), "\(due): \(r.err)")
        }
        #expect(try Binary.run(["followups", "--all", "--json", "--db", db]).out == before)
        #expect(try Binary.run(["flag", String(assigned), "--preventive", "--due", "2031-11-20", "--db", db]).status == 0)
        #expect(try Binary.run(["flag", String(assigned), "--preventive", "--due", Binary.today, "--db", db]).status == 0)
    }

    @Test func aCaseWithoutRegisseurNeedsANamedOwner() throws {
        let db = try Binary.freshDatabase()
        let board = try Binary.json(["board", "--db", db, "--json"]) as! [String: Any]
        let unassigned = try #require((board["unassigned"] as! [[String: Any]]).first?["id"] as? Int)
        let r = try Binary.run(["flag", String(unassigned), "--outreaching", "--due", "2026-12-01", "--db", db])
        #expect(r.status == 1, "\(r.out)")
        #expect(r.err.contains("case #\(unassigned) has no regisseur, so the follow-up needs a named owner"), "\(r.err)")
        #expect(!r.out.contains("owner none"))
        let named = try Binary.run(["flag", String(unassigned), "--outreaching", "--due", "2026-12-01", "--owner", "daan", "--db", db])
        #expect(named.status == 0 && named.out.contains("owner daan"), "\(named.err)")
    }

    @Test func networkWidthIsBounded() throws {
        let db = try Binary.freshDatabase()
        for width in ["0", "-5", "9223372036854775807"] {
            let r = try Binary.run(["network", "1", "--width=\(width)", "--db", db])
            #expect(r.status == 64 && r.err.contains("--width must be from 20 to 1000"), "\(width): \(r.err)")
        }
    }
}
