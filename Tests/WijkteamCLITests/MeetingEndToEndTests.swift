import Foundation
import Testing

/// Issue 7 in the real binary: a meeting driven in tmux while another terminal writes.
@Suite(.serialized) struct MeetingEndToEndTests {
    typealias JSON = [String: Any]

    func agenda(_ db: String) throws -> [JSON] { try Binary.json(["agenda", "--db", db, "--json"]) as! [JSON] }

    /// Pane 1 runs the meeting; "pane 2" (another process) assigns a case; pane 1's agenda
    /// changes within a second, without a key press.
    @Test func theMeetingSeesAnotherTerminalsAssignment() throws {
        let db = try Binary.freshDatabase()
        let items = try agenda(db)
        // A case that is on the agenda only because nobody holds it.
        let target = try #require(items.first { $0["section"] as? String == "capacity" && $0["case_id"] != nil && ($0["reasons"] as! [String]).count == 1 })
        let caseID = target["case_id"] as! Int
        let t = try TmuxSession(args: ["--db", db], width: 120, height: 36, env: [:])
        t.waitFor("Niet toegewezen")
        t.send("4")
        t.send("s")
        let running = t.waitFor("0/\(items.count) discussed")
        #expect(running.contains("meeting #1 running"), "\(running)")
        #expect(running.contains("privacy"))
        #expect(try Binary.run(["assign", String(caseID), "daan", "--db", db]).status == 0)
        let start = Date()
        let after = t.waitFor(timeout: 3) { $0.contains("0/\(items.count - 1) discussed") && $0.contains("↻") }
        let seconds = Date().timeIntervalSince(start)
        #expect(after.contains("0/\(items.count - 1) discussed"), "the agenda did not change: \(after)")
        #expect(after.contains("unassigned 7"))
        #expect(after.contains("↻"))
        #expect(seconds < 1.0, "took \(seconds) s")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// Agenda → assign → decision → follow-up → next → end, then the minutes.
    @Test func aScriptedMeetingProducesItsMinutes() throws {
        let db = try Binary.freshDatabase()
        let items = try agenda(db)
        // The first case item (the safety case of household 7).
        let index = try #require(items.firstIndex { $0["case_id"] != nil })
        let caseID = items[index]["case_id"] as! Int
        let householdID = items[index]["household_id"] as! Int
        let household = try Binary.json(["household", String(householdID), "--db", db, "--json"]) as! JSON
        let members = ((household["household"] as! JSON)["members"] as! [JSON]).map { $0["name"] as! String }
        let client = try #require(members.first)

        let t = try TmuxSession(args: ["--db", db], width: 120, height: 36, env: [:])
        t.waitFor("Niet toegewezen")
        t.send("4")
        t.send("s")
        t.waitFor("meeting #1 running")
        for _ in 0..<index { t.send("j") }
        t.waitFor("Item · ⏱")
        #expect(t.waitFor("#\(caseID) ").contains("#\(caseID) "))
        // Assign on the spot: the top suggestion.
        t.send("a")
        t.waitFor("Regisseur for #\(caseID)")
        t.send("Enter")
        t.waitFor("Case #\(caseID) →")
        // A decision with an action owner and due date.
        t.send("d")
        t.waitFor("Decision · case #\(caseID)")
        t.sendLiteral("Talk with \(client) alone before Friday")
        t.send("Enter")
        t.waitFor("Who acts on it?")
        t.sendLiteral("daan")
        t.send("Enter")
        t.waitFor("Action due by")
        t.send("Enter")
        t.waitFor("Recorded: Talk with")
        // A follow-up: outreaching, with the default owner and due date.
        t.send("F")
        t.waitFor("Follow-up for case #\(caseID)")
        t.send("Down")
        t.send("Enter")
        t.waitFor("Owner of the outreaching")
        t.send("Enter")
        t.waitFor("Due date of the outreaching")
        t.send("Enter")
        t.waitFor("Reason for the outreaching")
        t.sendLiteral("home visit after the talk")
        t.send("Enter")
        t.waitFor("outreaching follow-up due")
        // Next item, then end.
        t.send("x")
        t.waitFor("1/")
        t.send("E")
        t.waitFor("End meeting #1")
        t.send("y")
        let ended = t.waitFor("Meeting #1 ended")
        #expect(ended.contains("wijkteam minutes --meeting 1"))
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)

        let minutes = try Binary.run(["minutes", "--db", db])
        #expect(minutes.status == 0)
        let md = minutes.out
        let due = "2026-12-04" // today (2026-11-20) + 14 days
        #expect(md.contains("# Besluitenlijst — case meeting 2026-11-20"))
        let decision = try #require(md.split(separator: "\n").first { $0.contains("Talk with") }, "\(md)")
        #expect(decision.contains("| Daan |"))
        #expect(decision.contains("| \(due) |"))
        #expect(decision.contains("#\(caseID) "))
        #expect(md.contains("## Assignments made (1)"))
        #expect(md.contains("- #\(caseID) "))
        #expect(md.contains("outreaching, owner"))
        #expect(md.contains("home visit after the talk"))
        #expect(md.contains("## Items discussed (1)"))
        // Privacy is the default for the export: no client's full name, no staff's full name.
        let staff = (try Binary.json(["board", "--db", db, "--json"]) as! JSON)["regisseurs"] as! [JSON]
        for name in members + [(household["household"] as! JSON)["name"] as! String] + staff.map({ $0["name"] as! String }) {
            #expect(!md.contains(name), "\(name) in the minutes")
        }
        for part in client.split(separator: " ") where part.count > 2 { #expect(!md.contains(part), "\(part) in the minutes") }
        // With --names and to a file.
        let out = Binary.tempDir().appendingPathComponent("minutes.md").path
        #expect(try Binary.run(["minutes", "--db", db, "--meeting", "1", "--names", "--out", out]).status == 0)
        let named = try String(contentsOfFile: out, encoding: .utf8)
        #expect(named.contains("Talk with \(client) alone"))
        #expect(named.contains("Daan Verhoef"))
        let meetings = try Binary.json(["meetings", "--db", db, "--json"]) as! [JSON]
        #expect(meetings.first?["status"] as? String == "ended")
        #expect(meetings.first?["minutes"] as? Int == 3)
    }

    @Test func quitAndReopenResumesAtTheSameItem() throws {
        let db = try Binary.freshDatabase()
        let t = try TmuxSession(args: ["--db", db], width: 100, height: 30, env: [:])
        t.waitFor("Niet toegewezen")
        t.send("4")
        t.send("s")
        t.waitFor("meeting #1 running")
        t.send("j"); t.send("j"); t.send("j")
        t.waitFor("Item · ⏱")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
        let meetings = try Binary.json(["meetings", "--db", db, "--json"]) as! [JSON]
        #expect(meetings.first?["status"] as? String == "paused")

        let again = try TmuxSession(args: ["--db", db], width: 100, height: 30, env: [:])
        let screen = again.waitFor("paused at the item where you left it")
        #expect(screen.contains("meeting #1 paused"))
        // The fourth agenda item (after the safety signal, the safety case and one registration) is selected.
        let items = try agenda(db)
        let expected = items[3]
        let subject = (expected["signal_id"] as? Int).map { "Signal #\($0)" } ?? "#\(expected["case_id"] as! Int)"
        // The item panel's first line, under its title (the trend lines above it vary with the height).
        let lines = screen.split(separator: "\n")
        let title = try #require(lines.firstIndex { $0.contains("Item · ⏱") })
        let itemPanel = lines[min(title + 1, lines.count - 1)]
        #expect(itemPanel.contains(subject), "\(itemPanel)")
        again.send("s")
        #expect(again.waitFor("Meeting #1 resumed").contains("Meeting #1 resumed"))
        again.send("q")
        #expect(again.exitLine()?.contains("EXIT=0") == true)
    }
}

/// Issue 5's walk-through in the real binary.
@Suite(.serialized) struct NetworkEndToEndTests {
    @Test func addANeighbourFromTheNetworkScreen() throws {
        let db = try Binary.freshDatabase()
        let t = try TmuxSession(args: ["--db", db], width: 100, height: 30, env: [:])
        t.waitFor("Niet toegewezen")
        t.send("Enter") // the first card's household
        let household = t.waitFor("J journal · z ZRM")
        #expect(household.contains("J journal · z ZRM"))
        t.send("n")
        t.waitFor("ties  ·")
        t.send("a")
        t.waitFor("Add a tie")
        t.sendLiteral("Buurman Joop")
        t.send("Down")
        t.sendLiteral("helps with shopping")
        t.send("Down"); t.send("Down"); t.send("Right"); t.send("Down")
        t.sendLiteral("p")
        t.send("Enter")
        t.waitFor("Added Buurman Joop")
        // The household is read again on the loop's worker: the tie is drawn a moment later.
        let drawn = t.waitFor("Buurman Joop P")
        let row = try #require(drawn.split(separator: "\n").first { $0.contains("Buurman Joop P") })
        #expect(row.contains("Buurman Joop P"))
        #expect(row.contains("┄┄┄"), "not drawn as a weak tie: \(row)")
        t.send("q"); t.send("q"); t.send("q") // network → household → board → quit
        #expect(t.exitLine()?.contains("EXIT=0") == true)
        // The household id from the first unassigned card (the one Enter opened).
        let board = try Binary.json(["board", "--db", db, "--json"]) as! [String: Any]
        let first = try #require((board["unassigned"] as! [[String: Any]]).first)
        let id = try #require(first["household_id"] as? Int)
        let json = try Binary.json(["network", String(id), "--db", db, "--json"]) as! [String: Any]
        let tie = try #require((json["ties"] as! [[String: Any]]).first { $0["name"] as? String == "Buurman Joop" })
        #expect(tie["strength"] as? String == "weak")
        #expect(tie["support"] as? [String] == ["P"])
        #expect(tie["sector"] as? String == "friends_neighbours")
    }
}
