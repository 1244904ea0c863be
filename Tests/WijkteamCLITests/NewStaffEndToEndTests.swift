import Foundation
import Testing

/// Sanne's first week, with the real binary in tmux: the tour changes nothing, a read-only
/// session says why a write key does nothing, and the screens speak Dutch with --lang nl.
@Suite(.serialized) struct NewStaffEndToEndTests {
    /// The database file and its write-ahead companions, byte for byte.
    func files(_ db: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for suffix in ["", "-wal", "-shm"] {
            if let d = FileManager.default.contents(atPath: db + suffix) { out[suffix] = d }
        }
        return out
    }

    @Test func theTourStepsThroughEveryStopAndLeavesTheDatabaseByteIdentical() throws {
        let db = try Binary.freshDatabase()
        let before = try #require(FileManager.default.contents(atPath: db))
        let t = try TmuxSession(args: ["tour", "--db", db], width: 100, height: 30)
        var screen = t.waitFor { $0.contains("Tour 1/8") && $0.contains("┘") }
        #expect(screen.contains("The caseload board") && screen.contains("één gezin, één plan, één regisseur"), "\(screen)")
        let stops = [
            (2, "One household"), (3, "Its network"), (4, "Triage"), (5, "Follow-ups"), (6, "The case meeting"), (7, "The team"),
            (8, "Words of the work"),
        ]
        for (n, title) in stops {
            t.send("Right")
            screen = t.waitFor { $0.contains("Tour \(n)/8") && $0.contains(title) }
            #expect(screen.contains("Tour \(n)/8 · \(title)"), "stop \(n): \(screen)")
        }
        // The last stop: the glossary of the household on screen, then a write key, then the end.
        t.send("i")
        screen = t.waitFor("Glossary")
        #expect(screen.contains("• Regisseur") || screen.contains("• "), "\(screen)")
        t.send("Escape")
        t.waitFor { !$0.contains("Glossary ") }
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
        #expect(FileManager.default.contents(atPath: db) == before, "the tour changed the database file")
        let audit = try Binary.run(["audit", "--verify", "--db", db])
        #expect(audit.status == 0, "\(audit.err)")
    }

    @Test func theTourRefusesATeamsOwnDatabase() throws {
        let dir = Binary.tempDir()
        let folder = dir.appendingPathComponent("district")
        try FileManager.default.copyItem(at: Binary.repoRoot.appendingPathComponent("sample-data"), to: folder)
        let yaml = folder.appendingPathComponent("district.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "demo: true", with: "demo: false")
        try text.write(to: yaml, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("team.sqlite").path
        #expect(try Binary.run(["init", "--db", db, "--from", folder.path]).status == 0)
        let t = try TmuxSession(args: ["tour", "--db", db], width: 100, height: 30)
        let screen = t.waitFor("demo database")
        #expect(screen.contains("the tour runs on a demo database"), "\(screen)")
        #expect(t.exitLine()?.contains("EXIT=1") == true)
    }

    @Test func aReadOnlySessionSaysWhyAssignDoesNothing() throws {
        let db = try Binary.freshDatabase()
        let board = try Binary.run(["board", "--json", "--db", db])
        let t = try TmuxSession(args: ["--db", db, "--read-only"], width: 100, height: 30)
        let first = t.waitFor { $0.contains("Niet toegewezen") && $0.contains("read-only") }
        #expect(first.contains("read-only"), "\(first)")
        t.send("a")
        let screen = t.waitFor("Read-only session")
        #expect(screen.contains("Read-only session (--read-only): nothing can be changed"), "\(screen)")
        #expect(!screen.contains("Assign case"), "a picker opened: \(screen)")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
        #expect(try Binary.run(["board", "--json", "--db", db]).out == board.out)
    }

    @Test func withLangNlTheScreensAreDutch() throws {
        let db = try Binary.freshDatabase()
        let t = try TmuxSession(args: ["--db", db, "--lang", "nl"], width: 100, height: 30)
        let screen = t.waitFor { $0.contains("Niet toegewezen") && $0.contains("┘") && $0.contains("als teamleider") }
        #expect(screen.contains("1 Bord"), "\(screen)")
        #expect(!screen.contains("1 Board"), "\(screen)")
        // The clock in Dutch words: "zo 22 nov 09:14".
        let statusBar = screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(statusBar.contains(/(ma|di|wo|do|vr|za|zo) \d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) \d\d:\d\d\s*$/),
                "\(statusBar)")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    @Test func aSubcommandThatWritesFailsInAReadOnlySessionButReadsAreStillLogged() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.run(["board", "--json", "--db", db]).out
        let r = try Binary.run(["assign", "8", "daan", "--read-only", "--db", db])
        #expect(r.status == 1, "\(r.err)")
        #expect(r.err.contains("read-only session (--read-only, or new staff): nothing was written"), "\(r.err)")
        #expect(try Binary.run(["board", "--json", "--db", db]).out == before)
        // New staff are read-only without the option.
        let sanne = try Binary.run(["assign", "8", "daan", "--as", "sanne", "--db", db])
        #expect(sanne.status == 1 && sanne.err.contains("nothing was written"), "\(sanne.err)")
        #expect(try Binary.run(["board", "--json", "--db", db]).out == before)
        // Reading a household is logged as ever (the access log is the one thing written).
        let log = { try Binary.run(["audit", "--json", "--db", db]).out.components(separatedBy: "\"household_id\" : 1,").count }
        let logged = try log()
        #expect(try Binary.run(["household", "1", "--read-only", "--db", db]).status == 0)
        #expect(try log() == logged + 1)
        #expect(try Binary.run(["audit", "--verify", "--db", db]).status == 0)
    }

    @Test func anUnknownLanguageIsAClearError() throws {
        let r = try Binary.run(["board", "--lang", "fr"])
        #expect(r.status != 0)
        #expect(r.err.contains("--lang 'fr' is not a language wijkteam speaks: use nl or en"), "\(r.err)")
    }
}
