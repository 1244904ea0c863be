import Foundation
import Testing

/// Issue #20, item 10: text from the data or from arguments never sends a control sequence to
/// the terminal of whoever runs a command; it is shown (`^[`, `\u{9B}`) instead. `--json`
/// stays exact.
@Suite struct OutputSafetyTests {
    typealias JSON = [String: Any]

    /// What a terminal would act on: ESC, BEL, the one-byte CSI, a right-to-left override.
    static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{0D}"]

    static func sendsNoControls(_ text: String) -> Bool {
        !text.unicodeScalars.contains { forbidden.contains($0) }
    }

    /// The sample district with escape sequences in names, a tie, staff and signals (as data
    /// from another client or an older version would be, written straight into the file), and
    /// in a journal entry, a question for the meeting and a follow-up note typed on the
    /// command line.
    static func hostileDatabase() throws -> String {
        let db = try Binary.freshDatabase()
        let sql = """
            UPDATE household SET name = 'Huishouden ' || char(27) || '[2JDe Vries' WHERE id = 1;
            UPDATE person SET name = 'Johanna ' || char(27) || ']0;pwned' || char(7) || ' de Vries' WHERE household_id = 1;
            UPDATE network_tie SET name = name || char(155) || '31m' || char(8238) WHERE household_id = 1;
            UPDATE staff SET name = name || char(27) || '[5m' WHERE id = 'daan';
            UPDATE signal SET description = description || char(27) || '[2J' || char(13) || 'overwritten';
            """
        let r = try Spawn.capture(["/usr/bin/env", "sqlite3", db, sql], environment: ProcessInfo.processInfo.environment, scratch: Binary.tempDir())
        guard r.status == 0 else { throw CLIFailure(result: Binary.Result(status: r.status, out: r.out, err: r.err)) }
        for args in [["journal", "add", "1", "--kind", "phone", "--text", "Schulden\tmet tab \u{1B}[2J\u{1B}[31mrood\u{202E}"],
                     ["discuss", "1", "--question", "Wat nu?\u{1B}[2J"],
                     ["flag", "1", "--preventive", "--due", "2026-12-01", "--note", "bellen\u{1B}[2J"]] {
            let w = try Binary.run(args + ["--db", db])
            guard w.status == 0 else { throw CLIFailure(result: w) }
        }
        return db
    }

    @Test func noCommandSendsAControlSequenceFromTheData() throws {
        let db = try Self.hostileDatabase()
        let commands: [[String]] = [
            ["household", "1"], ["journal", "show", "1"], ["agenda"], ["agenda", "--privacy"], ["search", "Schulden"],
            ["board"], ["caseload", "--as", "daan"], ["followups"], ["triage"], ["network", "1"], ["network", "1", "--width", "60"],
            ["meetings"], ["audit"], ["audit", "--household", "1"], ["settings"],
        ]
        for args in commands {
            let r = try Binary.run(args + ["--db", db])
            #expect(r.status == 0, "\(args): \(r.err)")
            #expect(Self.sendsNoControls(r.out), "\(args) sent a control character: \(r.out.debugDescription.prefix(400))")
            #expect(Self.sendsNoControls(r.err), "\(args) sent a control character on stderr")
        }
        // Shown, not dropped: a reader can see that something odd is in the note.
        let household = try Binary.run(["household", "1", "--db", db])
        #expect(household.out.contains("Huishouden ^[[2JDe Vries"), "\(household.out)")
        #expect(household.out.contains("^[]0;pwned^G"))
        #expect(household.out.contains("\\u{202E}"))
        let journal = try Binary.run(["journal", "show", "1", "--db", db])
        // The tab goes to the next tab stop of the printed line ("  " + 8 letters: 6 spaces).
        #expect(journal.out.contains("  Schulden      met tab ^[[2J^[[31mrood\\u{202E}"), "\(journal.out)")
    }

    @Test func jsonStaysExact() throws {
        let db = try Self.hostileDatabase()
        let h = try Binary.json(["household", "1", "--db", db, "--json"]) as! JSON
        #expect((h["household"] as! JSON)["name"] as? String == "Huishouden \u{1B}[2JDe Vries")
        let journal = try Binary.json(["journal", "show", "1", "--db", db, "--json"]) as! [JSON]
        #expect(journal.contains { $0["text"] as? String == "Schulden\tmet tab \u{1B}[2J\u{1B}[31mrood\u{202E}" })
        let n = try Binary.json(["network", "1", "--db", db, "--json"]) as! JSON
        #expect((n["ties"] as! [JSON]).allSatisfy { ($0["name"] as! String).hasSuffix("\u{9B}31m\u{202E}") })
        for args in [["household", "1"], ["journal", "show", "1"], ["network", "1"], ["agenda"], ["triage"], ["board"]] {
            let raw = try Binary.run(args + ["--db", db, "--json"])
            #expect(Self.sendsNoControls(raw.out), "\(args) --json sent a control character")
        }
    }

    @Test func errorMessagesShowTheArgumentTheyEcho() throws {
        let db = try Binary.freshDatabase()
        let kind = try Binary.run(["journal", "add", "1", "--kind", "\u{1B}[2Jphone", "--text", "x", "--db", db])
        #expect(kind.status != 0)
        #expect(kind.err.contains("^[[2Jphone"), "\(kind.err)")
        #expect(Self.sendsNoControls(kind.err + kind.out))
        // Messages of the argument parser itself.
        for args in [["household", "\u{1B}[2J"], ["board", "--\u{1B}[2J"], ["followups", "--kind", "\u{9B}31m"], ["decide", "1", "--route", "\u{202E}x"]] {
            let r = try Binary.run(args + ["--db", db])
            #expect(r.status != 0, "\(args)")
            #expect(Self.sendsNoControls(r.err + r.out), "\(args): \(r.err.debugDescription)")
        }
    }
}
