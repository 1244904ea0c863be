import Foundation
import Testing

/// Generalists keeping their caseload current (#8): the command-line twins, many writers at
/// once, the audit log's hash chain, and journal + ZRM typed into the real screens in tmux.
@Suite(.serialized) struct CaseWorkEndToEndTests {
    typealias JSON = [String: Any]
    /// Household 29 (Dekker), case 31: Daan's new case, two adults, no ZRM yet.
    static let dekkerHousehold = 29, dekkerCase = 31, frank = 2901

    static func wijkteamBench() -> String {
        URL(fileURLWithPath: Binary.path).deletingLastPathComponent().appendingPathComponent("wijkteam-bench").path
    }

    @Test func threeProcessesWritingAThousandTransactionsEachLoseNothing() throws {
        let db = try Binary.freshDatabase()
        let scratch = Binary.tempDir()
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var all = [Spawn.Output?](repeating: nil, count: 3)
            func set(_ i: Int, _ r: Spawn.Output?) { lock.lock(); all[i] = r; lock.unlock() }
        }
        let results = Results()
        let bench = Self.wijkteamBench()
        // Three separate processes at once, each its own SQLite connection.
        DispatchQueue.concurrentPerform(iterations: 3) { i in
            results.set(
                i, try? Spawn.capture([bench, "stress", "--db", db, "--case", "17", "--count", "1000", "--as", "daan"], scratch: scratch))
        }
        for r in results.all {
            let r = try #require(r)
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("wrote 1000"))
            #expect(!r.err.lowercased().contains("busy"), "\(r.err)")
        }
        let entries = try Binary.json(["journal", "show", "17", "--json", "--db", db, "--as", "fatima"]) as! [JSON]
        #expect(entries.filter { ($0["text"] as! String).hasPrefix("stress ") }.count == 3000)
        // Every write logged exactly once, and the chain survived three writers interleaving.
        let verify = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(verify.status == 0, "\(verify.err)")
        #expect(verify.out.contains("3001 rows"), "\(verify.out)")  // 3000 changes + the journal show itself
    }

    @Test func commandLineTwinsRecordJournalPhaseZRMAndGoals() throws {
        let db = try Binary.freshDatabase()
        let c = String(Self.dekkerCase)
        var r = try Binary.run(["phase", c, "plan", "--db", db, "--as", "daan"])
        #expect(r.status == 1)
        #expect(r.err.contains("Plan needs a keukentafelgesprek in the journal and a complete ZRM measurement"), "\(r.err)")
        r = try Binary.run([
            "journal", "add", c, "--kind", "keukentafelgesprek", "--text", "Met Frank en Marian aan tafel.", "--db", db, "--as", "daan",
        ])
        #expect(r.status == 0, "\(r.err)")
        // Two domains alone are no measurement: the error names what is still open, nothing is written.
        r = try Binary.run(["zrm", String(Self.frank), "financien=2", "sociaal_netwerk=2", "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("still open:") && r.err.contains("Justitie") && !r.err.contains("Financiën"), "\(r.err)")
        r = try Binary.run([
            "zrm", String(Self.frank), "financien=2", "sociaal_netwerk=2", "--not-assessed", "justitie,middelengebruik",
            "--db", db, "--as", "daan",
        ])
        #expect(r.status == 1 && !r.err.contains("Justitie") && r.err.contains("Huisvesting"), "\(r.err)")
        r = try Binary.run([
            "zrm", String(Self.frank), "financien=2", "sociaal_netwerk=2", "--not-assessed", "justitie", "--rest-not-assessed",
            "--db", db, "--as", "daan",
        ])
        #expect(r.status == 0 && r.out.contains("2 domains scored, 11 not assessed"), "\(r.err)")
        r = try Binary.run(["zrm", String(Self.frank), "financien=9", "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("9 is not a ZRM score"), "\(r.err)")
        r = try Binary.run(["phase", c, "plan", "--db", db, "--as", "daan"])
        #expect(r.status == 0 && r.out.contains("now in Plan"), "\(r.err)")
        r = try Binary.run(["phase", c, "uitvoering", "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("at least one plan goal"), "\(r.err)")
        r = try Binary.run([
            "goal", c, "--domain", "financien", "--target", "3", "--person", String(Self.frank), "--text", "Vaste lasten betaald",
            "--db", db, "--as", "daan",
        ])
        #expect(r.status == 0, "\(r.err)")
        #expect(try Binary.run(["phase", c, "uitvoering", "--db", db, "--as", "daan"]).status == 0)
        // A stale version is refused and says what the case is now.
        r = try Binary.run(["close", c, "--reason", "Doelen bereikt", "--version", "1", "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("was changed by someone else") && r.err.contains("phase Uitvoering"), "\(r.err)")
        // Only the baseline: closing asks for a final measurement, or why there is none.
        r = try Binary.run(["close", c, "--reason", "Doelen bereikt", "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("no final ZRM measurement"), "\(r.err)")
        r = try Binary.run(["close", c, "--reason", "Verhuisd", "--no-final-zrm", "Vertrokken zonder adres", "--db", db, "--as", "daan"])
        #expect(r.status == 0, "\(r.err)")

        let household = try Binary.json(["household", String(Self.dekkerHousehold), "--json", "--db", db, "--as", "daan"]) as! JSON
        let journal = household["journal"] as! [JSON]
        #expect(journal.contains { $0["text"] as? String == "Met Frank en Marian aan tafel." && $0["author_id"] as? String == "daan" })
        let trend = household["zrm_trend"] as! [JSON]
        #expect(
            trend.contains { $0["domain"] as? String == "financien" && $0["latest"] as? Int == 2 && $0["person_id"] as? Int == Self.frank })
        let outcome = household["zrm_outcome"] as! [JSON]
        let fin = try #require(outcome.first { $0["domain"] as? String == "financien" && $0["person_id"] as? Int == Self.frank })
        #expect(fin["first_score"] as? Int == 2 && fin["latest"] as? Int == 2 && fin["at_latest"] as? String == "scored", "\(fin)")
        #expect(outcome.contains { $0["domain"] as? String == "justitie" && $0["at_latest"] as? String == "not_assessed" })
        let measurements = household["zrm_measurements"] as! [JSON]
        #expect(
            measurements.count == 1 && (measurements[0]["not_assessed"] as? [String])?.count == 11
                && measurements[0]["recorded_by"] as? String == "daan")
    }

    @Test func auditVerifyNamesTheRowEditedWithSqlite3() throws {
        let db = try Binary.freshDatabase()
        // Daan is not on case 22 (El Idrissi, Zoë's): he may open the household, not read its sensitive entries.
        let household = try Binary.run(["household", "20", "--db", db, "--as", "daan"])
        #expect(household.status == 0)
        #expect(!household.out.contains("40,000 euro"), "a sensitive entry leaked: \(household.out)")
        #expect(household.out.contains("not shared with you"))
        // Karin is outside the team and only on case 22: household 5 is refused, and that is logged too.
        let refused = try Binary.run(["household", "5", "--db", db, "--as", "karin"])
        #expect(refused.status == 1 && refused.err.contains("not shared with you"), "\(refused.err)")
        #expect(
            try Binary.run(["journal", "add", "22", "--kind", "phone", "--text", "Belde de bewindvoerder.", "--db", db, "--as", "karin"])
                .status == 0)

        let rows = try Binary.json(["audit", "--json", "--db", db, "--as", "fatima"]) as! [JSON]
        #expect(
            rows.contains {
                $0["staff_id"] as? String == "daan" && $0["action"] as? String == "read_sensitive" && $0["result"] as? String == "denied"
            })
        #expect(
            rows.contains { $0["staff_id"] as? String == "karin" && $0["household_id"] as? Int == 5 && $0["result"] as? String == "denied" }
        )
        #expect(
            rows.contains {
                $0["staff_id"] as? String == "karin" && $0["action"] as? String == "change" && $0["result"] as? String == "allowed"
            })
        #expect(try Binary.run(["audit", "--db", db, "--as", "daan"]).status == 1, "the log is the team lead's")

        var verify = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(verify.status == 0 && verify.out.contains("intact"), "\(verify.out)\(verify.err)")
        // Someone edits row 2 behind the application's back.
        _ = try Spawn.capture(["sqlite3", db, "UPDATE audit_log SET result = 'allowed' WHERE id = 2"], scratch: Binary.tempDir())
        verify = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(verify.status == 1)
        #expect(verify.err.contains("broken at row 2: row 2 was altered"), "\(verify.err)")
        // Removing a row is named too.
        _ = try Spawn.capture(
            ["sqlite3", db, "UPDATE audit_log SET result = 'denied' WHERE id = 2; DELETE FROM audit_log WHERE id = 3"],
            scratch: Binary.tempDir())
        verify = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(verify.err.contains("row 3 is missing"), "\(verify.err)")
    }

    /// In tmux: a journal entry of two lines and a ZRM measurement typed into the screens;
    /// `household --json` shows both, and the trend changed.
    @Test func journalAndZRMFromTheScreens() throws {
        let db = try Binary.freshDatabase()
        #expect(
            try Binary.run([
                "zrm", String(Self.frank), "financien=2", "--date", "2026-10-01", "--rest-not-assessed", "--db", db, "--as", "daan",
            ]).status == 0)
        let t = try TmuxSession(args: ["--db", db, "--as", "daan"], width: 100, height: 32)
        let board = t.waitFor("My caseload")
        #expect(board.contains("needs you"))
        // Daan's cards, newest case last: Dekker (#31).
        t.send("End")
        t.waitFor("#31 Dekker")
        t.send("Enter")
        t.waitFor("Huishouden Dekker")
        t.send("J")
        t.waitFor("Journal entry · case #31")
        t.send("Right", "Right", "Tab", "Tab", "Tab")
        t.sendLiteral("Aan tafel met Frank en Marian.")
        t.send("Enter")
        t.sendLiteral("Schulden in kaart; Marian wil naar het buurthuis.")
        t.send("C-s")
        t.waitFor("Journal entry added to case #31")
        // The journal is the last section (the learning note comes first): jump to it.
        for _ in 0..<9 { t.send("]") }
        let saved = t.waitFor("Aan tafel met Frank en Marian.")
        #expect(saved.contains("Aan tafel met Frank en Marian."), "\(saved)")
        t.send("z")
        // The form starts with the adult never measured (Marian); switch to Frank on the person row.
        #expect(t.waitFor("ZRM measurement ·").contains("Marian Dekker, 58"))
        t.send("Up", "Up", "Right", "Down", "Down")
        let form = t.waitFor("Frank Dekker, 60")
        #expect(form.contains("last 2 2026-10-01"), "\(form)")
        // On Financiën: 3, then (the cursor moves on) Werk & opleiding 2; Enter refuses the eleven open.
        t.send("3", "2", "Enter")
        let refused = t.waitFor("still open")
        #expect(refused.contains("still open"), "\(refused)")
        // N: the rest not assessed.
        t.send("N", "Enter")
        let after = t.waitFor("ZRM recorded")
        #expect(after.contains("2 domains scored, 11 not assessed"), "\(after)")
        t.send("q", "q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)

        let household = try Binary.json(["household", String(Self.dekkerHousehold), "--json", "--db", db, "--as", "daan"]) as! JSON
        let journal = household["journal"] as! [JSON]
        #expect(
            journal.contains {
                $0["text"] as? String == "Aan tafel met Frank en Marian.\nSchulden in kaart; Marian wil naar het buurthuis."
                    && $0["kind"] as? String == "keukentafelgesprek"
            })
        let trend = household["zrm_trend"] as! [JSON]
        let financien = try #require(trend.first { $0["domain"] as? String == "financien" && $0["person_id"] as? Int == Self.frank })
        #expect(financien["previous"] as? Int == 2)
        #expect(financien["latest"] as? Int == 3)
        #expect(financien["change"] as? Int == 1)
        #expect(trend.contains { $0["domain"] as? String == "werk_opleiding" && $0["latest"] as? Int == 2 })
    }
}
