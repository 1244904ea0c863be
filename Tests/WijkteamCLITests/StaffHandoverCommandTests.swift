import Foundation
import Testing

/// `wijkteam staff handover`: the plan as text and JSON, lines changed with --to, applied as the
/// team lead, and clear refusals.
@Suite struct StaffHandoverCommandTests {
    typealias JSON = [String: Any]

    func regisseurs(_ db: String) throws -> [Int: String] {
        let board = try Binary.json(["board", "--db", db, "--json"]) as! JSON
        var out: [Int: String] = [:]
        for column in board["regisseurs"] as! [JSON] {
            for c in column["cases"] as! [JSON] { out[c["id"] as! Int] = column["id"] as? String }
        }
        return out
    }

    @Test func thePlanAsTextAndJSONThenAppliedWithOneLineChanged() throws {
        let db = try Binary.freshDatabase()
        let plan = try Binary.json(["staff", "handover", "zoe", "--db", db, "--json"]) as! JSON
        #expect(plan["from"] as? String == "zoe")
        let lines = plan["lines"] as! [JSON]
        let zoes = try regisseurs(db).filter { $0.value == "zoe" }.keys.sorted()
        #expect(lines.compactMap { $0["case_id"] as? Int }.sorted() == zoes)
        #expect(lines.allSatisfy { ($0["to"] as? String).map { $0 != "zoe" && $0 != "samira" } ?? false })
        #expect(lines.allSatisfy { !($0["reasons"] as! [String]).isEmpty && !($0["household"] as! String).isEmpty })
        let receivers = plan["receivers"] as! [JSON]
        #expect(receivers.reduce(0) { $0 + ($1["cases"] as! Int) } == lines.count)

        let text = try Binary.run(["staff", "handover", "zoe", "--plan", "--db", db])
        #expect(text.status == 0)
        #expect(text.out.contains("Handover of Zoë Brouwer (zoe)"))
        for line in lines { #expect(text.out.contains("#\(line["case_id"] as! Int) · ")) }
        #expect(text.out.contains("Who takes what:"))

        // Change the first line to another available colleague than proposed.
        let first = lines[0]
        let caseID = first["case_id"] as! Int
        let proposed = first["to"] as? String
        let other: String = try #require(["daan", "emre", "lukasz", "ingrid"].first { $0 != proposed })
        let changed = try Binary.json(["staff", "handover", "zoe", "--db", db, "--json", "--to", "\(caseID)=\(other)"]) as! JSON
        let changedLine = (changed["lines"] as! [JSON]).first { $0["case_id"] as? Int == caseID }!
        #expect(changedLine["to"] as? String == other && changedLine["changed"] as? Bool == true)

        // A generalist may look but not apply; nothing moves.
        let refused = try Binary.run(["staff", "handover", "zoe", "--apply", "--db", db, "--as", "daan"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("only the team lead"))
        #expect(try regisseurs(db).filter { $0.value == "zoe" }.keys.sorted() == zoes)

        let applied = try Binary.run(["staff", "handover", "zoe", "--apply", "--db", db, "--to", "\(caseID)=\(other)"])
        #expect(applied.status == 0, "\(applied.err)")
        #expect(applied.out.contains("Handed over from Zoë Brouwer"))
        #expect(applied.out.contains("keeps no undo"))
        let after = try regisseurs(db)
        #expect(after[caseID] == other)
        #expect(zoes.allSatisfy { after[$0] != nil && after[$0] != "zoe" })
        let none = try Binary.run(["staff", "handover", "zoe", "--db", db])
        #expect(none.out.contains("no open cases"))
    }

    @Test func badRequestsGetClearErrorsAndChangeNothing() throws {
        let db = try Binary.freshDatabase()
        let both = try Binary.run(["staff", "handover", "zoe", "--plan", "--apply", "--db", db])
        #expect(both.status == 64)
        #expect(both.err.contains("choose one of --plan and --apply"))
        let badTo = try Binary.run(["staff", "handover", "zoe", "--to", "twelve", "--db", db])
        #expect(badTo.status == 64)
        #expect(badTo.err.contains("CASE=STAFF"))
        let notHers = try Binary.run(["staff", "handover", "zoe", "--to", "99999=daan", "--db", db])
        #expect(notHers.status == 1)
        #expect(notHers.err.contains("not an open case of zoe"))
        let plan = try Binary.json(["staff", "handover", "zoe", "--db", db, "--json"]) as! JSON
        let caseID = ((plan["lines"] as! [JSON])[0])["case_id"] as! Int
        let away = try Binary.run(["staff", "handover", "zoe", "--apply", "--to", "\(caseID)=samira", "--db", db])
        #expect(away.status == 1)
        #expect(away.err.contains("samira cannot take case #\(caseID)"))
        let unknown = try Binary.run(["staff", "handover", "nobody-here", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("nobody-here"))
        #expect(try regisseurs(db).values.filter { $0 == "zoe" }.count == (plan["lines"] as! [JSON]).count)
    }
}
