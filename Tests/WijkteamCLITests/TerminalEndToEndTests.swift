import Foundation
import Testing
import Wijkteam

/// The real binary in tmux: what a person sees and what happens to their terminal afterwards.
@Suite(.serialized) struct TerminalEndToEndTests {
    func start(_ extra: [String] = [], env: [String: String] = [:], width: Int = 100, height: Int = 30) throws -> (TmuxSession, String) {
        let db = try Binary.freshDatabase()
        let t = try TmuxSession(args: ["--db", db] + extra, width: width, height: height, env: env)
        return (t, db)
    }

    @Test(arguments: [["TERM": "xterm-256color"], ["TERM": "screen"], ["TERM": "xterm-256color", "NO_COLOR": "1"]])
    func shellShowsTheSampleDistrict(env: [String: String]) throws {
        // Nine views and the district's name with the help key need 140 columns; narrower, the name gives way.
        let (t, _) = try start(env: env, width: 144)
        // The status bar is drawn last: wait for it, so a capture taken mid-frame is not judged.
        let screen = t.waitFor { $0.contains("Niet toegewezen") && $0.contains("as team lead") && $0.contains("┘") }
        #expect(screen.contains("1 Board"))
        #expect(screen.contains("Wijkteam Kersenbuurt"))
        #expect(screen.contains("┌") && screen.contains("│") && screen.contains("┘"), "box lines")
        #expect(!screen.contains("lqq") && !screen.contains("qqk"), "ACS fallback instead of box lines")
        #expect(screen.contains("Aydın") || screen.contains("Zoë") || screen.contains("Łukasz"), "diacritics: \(screen)")
        #expect(screen.contains("as team lead"))
        // The clock, in Dutch time (libc and the tz database, not ICU), in the screens' language:
        // English here, "Sun 22 Nov 09:14" (issue #20, item 15: it was Dutch on English screens).
        let statusBar = screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(statusBar.contains(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d:\d\d\s*$/),
                "\(statusBar)")
        if env["NO_COLOR"] != nil {
            #expect(!t.capture(colours: true).contains("38;5;"), "NO_COLOR still shows 256 colours")
        }
        t.send("q")
        let exit = try #require(t.exitLine())
        #expect(exit.contains("EXIT=0"))
        #expect(exit.contains("icanon") && !exit.contains("-icanon") && exit.contains("echo") && !exit.contains("-echo"), "\(exit)")
    }

    @Test func helpResizeAndTooSmall() throws {
        let (t, _) = try start()
        t.waitFor("Niet toegewezen")
        t.send("?")
        let help = t.waitFor("Glossary")
        #expect(help.contains("Help") && help.contains("Next view"))
        t.send("q")
        t.waitFor { !$0.contains("Glossary") }
        t.resize(width: 40, height: 12)
        // The app is in Dutch here ("1 Bord"): wait for the narrow board itself, not a word it never shows.
        let small = t.waitFor { $0.split(separator: "\n").allSatisfy { $0.count <= 40 } && $0.contains("1 Bord") }
        #expect(small.contains("Niet toegewezen") || small.contains("Niet"), "\(small)")
        t.resize(width: 10, height: 4)
        let tiny = t.waitFor("too")
        #expect(tiny.contains("too"), "\(tiny)")
        t.resize(width: 100, height: 30)
        let back = t.waitFor("Wijkteam Kersenbuurt")
        #expect(back.contains("2 Triage"))
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// SEGV and ABRT stand in for a crash: the crash handler restores the terminal, then dies.
    @Test(arguments: [("C-c", 130), ("TERM", 143), ("HUP", 129), ("SEGV", 139), ("ABRT", 134)])
    func signalsRestoreTheTerminal(how: String, code: Int) throws {
        let (t, _) = try start()
        t.waitFor("Niet toegewezen")
        let pid = try #require(t.pid)
        let signals = ["TERM": SIGTERM, "HUP": SIGHUP, "SEGV": SIGSEGV, "ABRT": SIGABRT]
        if how == "C-c" {
            t.send("C-c")
        } else {
            kill(pid, signals[how]!)
        }
        let exit = try #require(t.exitLine())
        #expect(exit.contains("EXIT=\(code)"), "\(exit)")
        #expect(exit.contains("icanon") && !exit.contains("-icanon") && !exit.contains("-echo"), "\(exit)")
        if code == 139 || code == 134 {
            // After a crash the user is told where the details went.
            let screen = t.capture().replacingOccurrences(of: "\n", with: "")   // the long path wraps in the pane
            #expect(screen.contains("what went wrong is in \(t.dir.path)/wijkteam/last-session.log"), "\(screen)")
        }
    }

    /// The terminal disappears: the process ends by itself within 2 seconds.
    @Test func closingThePaneEndsTheProcess() throws {
        let (t, _) = try start()
        t.waitFor("Niet toegewezen")
        let pid = try #require(t.pid)
        #expect(t.isRunning(pid))
        _ = try t.tmux(["kill-pane"])
        let deadline = Date().addingTimeInterval(2)
        while t.isRunning(pid), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!t.isRunning(pid), "still running 2 s after its terminal closed")
    }

    /// A test's session ends with it: `kill-server` (the server sends itself SIGTERM) takes the
    /// server and the program in its pane. Spawned with the test thread's blocked signals, the
    /// server never saw it, and servers with a wijkteam polling inside outlived their runs.
    @Test func killingTheSessionEndsItsServerAndProgram() throws {
        let (t, _) = try start()
        t.waitFor("Niet toegewezen")
        let pid = try #require(t.pid)
        let answers = { (try? Spawn.check(["tmux", "-L", t.socket, "-f", "/dev/null", "has-session"], scratch: t.dir)) != nil }
        #expect(answers())
        t.kill()
        let deadline = Date().addingTimeInterval(3)
        while t.isRunning(pid) || answers(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!t.isRunning(pid), "wijkteam still running after kill-server")
        #expect(!answers(), "the server still answers after kill-server")
    }

    @Test func openingAHouseholdsNetworkAndComingBack() throws {
        let (t, _) = try start()
        t.waitFor("Niet toegewezen")
        t.send("Enter")
        // The household is read on the loop's worker: "Loading…" first, then its content.
        let network = t.waitFor("ties")
        #expect(network.contains("3 Network"))
        #expect(network.contains("ties"))
        t.send("q")
        t.waitFor("Niet toegewezen")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// Issue 4's walk-through: assign the first unassigned case to the first suggestion, then undo.
    @Test func assignFromThePickerAndUndo() throws {
        let (t, db) = try start(width: 120, height: 36)
        t.waitFor("Niet toegewezen")
        typealias JSON = [String: Any]
        func board() throws -> JSON { try Binary.json(["board", "--db", db, "--json"]) as! JSON }
        let before = try board()
        let caseID = try #require((before["unassigned"] as! [JSON]).first?["id"] as? Int)
        t.send("Home")
        t.send("a")
        let picker = t.waitFor("Regisseur for #\(caseID)")
        #expect(picker.contains("score"))
        t.send("Enter")
        let after = t.waitFor("u undoes")
        let line = try #require(after.split(separator: "\n").last { $0.contains("u undoes") })
        #expect(line.contains("Case #\(caseID) →"))
        let json = try board()
        let holder = try #require((json["regisseurs"] as! [JSON]).first { r in
            (r["cases"] as! [JSON]).contains { $0["id"] as? Int == caseID }
        })
        #expect(line.contains(holder["name"] as! String), "screen and board --json disagree: \(line)")
        let oldLoad = (before["regisseurs"] as! [JSON]).first { $0["id"] as? String == holder["id"] as? String }!["load"] as! Double
        #expect(holder["load"] as! Double > oldLoad)
        t.send("u")
        t.waitFor("Undone")
        #expect((try board()["unassigned"] as! [JSON]).contains { $0["id"] as? Int == caseID })
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// Issue 6's walk-through: the top of the triage queue (a safety signal, its Meldcode recorded
    /// with the command-line twin) goes to a regisseur with an outreaching follow-up.
    @Test func triageTheTopItemWithAnOutreachingFollowUp() throws {
        let db = try Binary.freshDatabase()
        typealias JSON = [String: Any]
        let queue = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        let top = try #require(queue.first)
        let signalID = top["signal_id"] as! Int
        #expect(top["safety"] as? Bool == true)
        let r = try Binary.run([
            "meldcode", String(signalID), "--acute", "--report", "yes", "--help-organised", "yes", "--note", "acuut gemeld", "--db", db,
        ])
        #expect(r.status == 0, "\(r.err)")
        let t = try TmuxSession(args: ["--db", db], width: 120, height: 36)
        t.waitFor("Niet toegewezen")
        t.send("2")
        t.waitFor("Triage queue")
        t.send("d")
        #expect(t.waitFor("Route for signal #\(signalID)").contains("Route for signal"))
        t.send("Enter")
        let regisseur = t.waitFor("Regisseur ·")
        #expect(regisseur.contains("Regisseur ·"), "\(regisseur)")
        t.send("Enter")
        let followUp = t.waitFor("Enter chooses · Esc cancels")
        #expect(followUp.contains("Outreaching: home visit"), "\(followUp)")
        t.send("Down")
        t.send("Enter")
        let dueDialog = t.waitFor("Due date of the outreaching follow-up")
        #expect(dueDialog.contains("Due date of the outreaching follow-up"), "\(dueDialog)")
        t.send("Enter")
        // Nothing is saved before the summary is confirmed.
        let confirm = t.waitFor("Save this decision for signal #\(signalID)?")
        #expect(confirm.contains("Route: safety route"), "\(confirm)")
        t.send("y")
        let done = t.waitFor("Signal #\(signalID) → case #")
        #expect(done.contains("Triage queue \(queue.count - 1)"))
        let after = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        #expect(!after.contains { $0["signal_id"] as? Int == signalID })
        let board = try Binary.json(["board", "--db", db, "--json"]) as! JSON
        let holder = (board["regisseurs"] as! [JSON]).first { r in
            (r["cases"] as! [JSON]).contains { $0["household_id"] as? Int == top["household_id"] as? Int && ($0["proactive"] as! [String]).contains("outreaching") }
        }
        #expect(holder != nil, "the case is not in a regisseur's column with an outreaching flag")
        let due = Day(Binary.today)!.adding(days: 14).description
        let followUps = try Binary.json(["followups", "--kind", "outreaching", "--json", "--db", db]) as! [JSON]
        #expect(followUps.contains { $0["due"] as? String == due && $0["owner"] as? String == holder?["id"] as? String })
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// Escape sequences the terminal description does not know are dropped whole, never read as
    /// Esc followed by letters that happen to be commands (here "1" would switch to the board).
    @Test func unknownEscapeSequencesAreIgnored() throws {
        let (t, _) = try start()
        t.waitFor("Niet toegewezen")
        t.send("2")
        t.waitFor("Triage queue")
        t.sendLiteral("\u{1B}[1;5X")
        t.sendLiteral("\u{1B}[1~")          // Home as some terminals send it
        t.sendLiteral("\u{1B}[99;1~")
        t.send("j")
        let screen = t.waitFor { $0.contains("Triage queue") && $0.contains("23 Smit-Doornbos") }
        #expect(screen.contains("Triage queue"), "\(screen)")
        #expect(!screen.contains("Niet toegewezen"))
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }

    /// Another terminal assigns a case; this screen shows it without a key press.
    @Test func changesFromAnotherTerminalAppearWithoutAKeyPress() throws {
        let (t, db) = try start(width: 120, height: 36)
        let before = t.waitFor("Niet toegewezen 8")
        #expect(before.contains("Niet toegewezen 8"))
        typealias JSON = [String: Any]
        let board = try Binary.json(["board", "--db", db, "--json"]) as! JSON
        let caseID = try #require((board["unassigned"] as! [JSON]).first?["id"] as? Int)
        #expect(try Binary.run(["assign", String(caseID), "daan", "--db", db]).status == 0)
        let after = t.waitFor(timeout: 5) { $0.contains("Niet toegewezen 7") && $0.contains("↻") }
        #expect(after.contains("Niet toegewezen 7"), "\(after)")
        #expect(after.contains("↻"), "the status bar does not say an outside change arrived")
        t.send("q")
        #expect(t.exitLine()?.contains("EXIT=0") == true)
    }
}
