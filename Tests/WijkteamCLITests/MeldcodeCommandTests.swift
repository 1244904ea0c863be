import Foundation
import Testing

/// `wijkteam meldcode` and `wijkteam kindcheck` end to end (issue 26).
@Suite struct MeldcodeCommandTests {
    typealias JSON = [String: Any]

    /// The sample's police signal about household 7 carries steps 1 and 2 (as the journal says).
    func police(_ db: String) throws -> JSON {
        let queue = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        return try #require(queue.first { ($0["meldcode_steps_done"] as? [Int]) == [1, 2] })
    }

    @Test func stepsGoInOrderWithTheirAnswersAndTheDecisionFollows() throws {
        let db = try Binary.freshDatabase()
        let item = try police(db)
        let id = String(item["signal_id"] as! Int)
        #expect(item["meldcode_next"] as? Int == 3 && item["meldcode_concluded"] as? Bool == false)
        // Step 4 before 3 is refused; step 4 names the answers it lacks.
        let early = try Binary.run([
            "meldcode", id, "4", "--note", "x", "--violence", "yes", "--unsafety", "yes", "--help-possible", "yes",
            "--accepts", "no", "--lasting", "no", "--db", db,
        ])
        #expect(early.status != 0 && early.err.contains("step 4 needs step 3 first"), "\(early.err)")
        #expect(try Binary.run(["meldcode", id, "3", "--note", "Demi alone at her mother's", "--db", db]).status == 0)
        let missing = try Binary.run(["meldcode", id, "4", "--note", "x", "--violence", "yes", "--db", db])
        #expect(missing.err.contains("step 4 needs --unsafety, --help-possible, --accepts, --lasting"), "\(missing.err)")
        let four = try Binary.run([
            "meldcode", id, "4", "--note", "weighed with Veilig Thuis", "--violence", "yes", "--unsafety", "yes",
            "--help-possible", "yes", "--accepts", "yes", "--lasting", "no", "--db", db,
        ])
        #expect(four.status == 0, "\(four.err)")
        // Structural unsafety: "no report" is refused with the reason.
        let noReport = try Binary.run(["meldcode", id, "5", "--note", "x", "--report", "no", "--help-organised", "yes", "--db", db])
        #expect(noReport.status != 0 && noReport.err.contains("a report to Veilig Thuis is required"), "\(noReport.err)")
        let five = try Binary.run([
            "meldcode", id, "5", "--note", "reported; help continues", "--report", "yes", "--help-organised", "yes",
            "--db", db,
        ])
        #expect(
            five.status == 0 && five.out.contains("Meldcode concluded: reported to Veilig Thuis; help provided or organised"), "\(five)")
        let shown = try Binary.run(["meldcode", id, "--db", db])
        #expect(shown.out.contains("consulted: Veilig Thuis (advice)") && shown.out.contains("unsafety yes"), "\(shown.out)")
        let after = try #require(
            (try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]).first { $0["signal_id"] as? Int == Int(id) })
        #expect(after["meldcode_concluded"] as? Bool == true && (after["meldcode_next"] == nil || after["meldcode_next"] is NSNull))
        #expect(try Binary.run(["decide", id, "--route", "safety", "--regisseur", "fatima", "--db", db]).status == 0)
    }

    @Test func acuteDangerAndAnEnding() throws {
        let db = try Binary.freshDatabase()
        let added = try Binary.run([
            "signal", "add", "--source", "school", "--household", "7", "--question", "Luuk said his father hit him",
            "--safety", "--db", db,
        ])
        #expect(added.status == 0, "\(added.err)")
        let queue = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        let fresh = try #require(queue.first { $0["safety"] as? Bool == true && ($0["meldcode_steps_done"] as? [Int]) == [] })
        let id = String(fresh["signal_id"] as! Int)
        let acuteNo = try Binary.run(["meldcode", id, "--acute", "--report", "no", "--help-organised", "no", "--note", "x", "--db", db])
        #expect(acuteNo.status != 0 && acuteNo.err.contains("acute danger"), "\(acuteNo.err)")
        let acute = try Binary.run([
            "meldcode", id, "--acute", "--report", "yes", "--help-organised", "no", "--note", "knife mentioned", "--db", db,
        ])
        #expect(acute.status == 0 && acute.out.contains("Meldcode acute: reported to Veilig Thuis"), "\(acute)")

        let db2 = try Binary.freshDatabase()
        let item = try police(db2)
        let id2 = String(item["signal_id"] as! Int)
        let end = try Binary.run([
            "meldcode", id2, "3", "--end", "unfounded", "--note", "the noise was a film; mother and children well", "--db", db2,
        ])
        #expect(end.status == 0 && end.out.contains("ended after step 3: worry unfounded"), "\(end)")
        let more = try Binary.run([
            "meldcode", id2, "4", "--note", "x", "--violence", "no", "--unsafety", "no", "--help-possible", "yes",
            "--accepts", "yes", "--lasting", "yes", "--db", db2,
        ])
        #expect(more.status != 0 && more.err.contains("nothing can follow"), "\(more.err)")
        #expect(try Binary.run(["decide", id2, "--route", "regie", "--regisseur", "daan", "--db", db2]).status == 0)
    }

    @Test func aKindcheckWithAWorryRegistersASafetySignal() throws {
        let db = try Binary.freshDatabase()
        let agenda = try Binary.run(["agenda", "--db", db])
        // One sample case needs it (Hendriks, case 6: a mother with depression, two children); the others have theirs.
        #expect(agenda.out.components(separatedBy: "Kindcheck due").count == 2, "\(agenda.out.prefix(3000))")
        let before = (try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]).count
        let missing = try Binary.run(["kindcheck", "6", "--worry", "yes", "--db", db])
        #expect(missing.status != 0 && missing.err.contains("--note"))
        let r = try Binary.run([
            "kindcheck", "6", "--worry", "yes", "--note", "The children tiptoe around their mother; the eldest cooks most days", "--db", db,
        ])
        #expect(r.status == 0 && r.out.contains("safety signal #"), "\(r)")
        let after = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        #expect(
            after.count == before + 1 && after.contains { $0["safety"] as? Bool == true && ($0["source"] as? String) == "own_observation" })
        #expect(try Binary.run(["kindcheck", "6", "--db", db]).out.contains("worry about the children's safety"))
    }
}
