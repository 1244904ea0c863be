import Foundation
import Testing

@Suite struct MeetingCommandTests {
    typealias JSON = [String: Any]

    @Test func theAgendaFollowsTheSettingsAndTheDiscussionFlag() throws {
        let db = try Binary.freshDatabase()
        func agenda() throws -> [JSON] { try Binary.json(["agenda", "--db", db, "--json"]) as! [JSON] }
        let before = try agenda()
        #expect(before.first?["section"] as? String == "safety")
        let stuck = before.filter { $0["section"] as? String == "stuck" }.count
        // A team lead lowers the threshold: more cases count as stuck.
        #expect(try Binary.run(["settings", "stuck-weeks", "1", "--db", db]).status == 0)
        #expect(try agenda().filter { $0["section"] as? String == "stuck" }.count > stuck)
        // A generalist may not; a bad value is refused with the range.
        let refused = try Binary.run(["settings", "stuck-weeks", "2", "--db", db, "--as", "daan"])
        #expect(refused.status == 1)
        #expect(refused.err.contains("only the team lead"))
        let bad = try Binary.run(["settings", "stuck-weeks", "99", "--db", db])
        #expect(bad.status == 1)
        #expect(bad.err.contains("from 1 to 52"))
        #expect((try Binary.json(["settings", "--db", db, "--json"]) as! JSON)["stuck-weeks"] as? Int == 1)

        // Any user puts a case up for discussion.
        let board = try Binary.json(["board", "--db", db, "--json"]) as! JSON
        let mine = ((board["regisseurs"] as! [JSON]).first { $0["id"] as? String == "emre" }!["cases"] as! [JSON])
        let caseID = try #require(mine.first?["id"] as? Int)
        #expect(try Binary.run(["discuss", String(caseID), "--question", "Stop or go on?", "--db", db, "--as", "emre"]).status == 0)
        let item = try #require(try agenda().first { $0["case_id"] as? Int == caseID })
        #expect(item["section"] as? String == "discussion")
        #expect(item["question"] as? String == "Stop or go on?")
        #expect(try Binary.run(["discuss", String(caseID), "--clear", "--db", db]).status == 0)
        #expect(try agenda().first { $0["case_id"] as? Int == caseID }?["section"] as? String != "discussion")
    }

    @Test func badRequestsGetClearErrors() throws {
        let db = try Binary.freshDatabase()
        let none = try Binary.run(["minutes", "--db", db])
        #expect(none.status == 1)
        #expect(none.err.contains("no meetings yet"))
        let missing = try Binary.run(["minutes", "--meeting", "7", "--db", db])
        #expect(missing.err.contains("no meeting #7"))
        let both = try Binary.run(["discuss", "3", "--db", db])
        #expect(both.status == 64)
        #expect(both.err.contains("--question TEXT or --clear"))
        let unknown = try Binary.run(["discuss", "999", "--question", "x", "--db", db])
        #expect(unknown.err.contains("no case #999"))
        let setting = try Binary.run(["settings", "stuck", "3", "--db", db])
        #expect(setting.err.contains("no setting 'stuck'"))
        #expect((try Binary.json(["meetings", "--db", db, "--json"]) as! [Any]).isEmpty)
    }

    @Test func privacyInTheAgendaReplacesNamesInQuestions() throws {
        let db = try Binary.freshDatabase()
        let items = try Binary.json(["agenda", "--db", db, "--json", "--privacy"]) as! [JSON]
        let discussed = items.filter { $0["question"] != nil }
        #expect(!discussed.isEmpty)
        for item in discussed {
            let household = try Binary.json(["household", String(item["household_id"] as! Int), "--db", db, "--json"]) as! JSON
            let h = household["household"] as! JSON
            let names = [h["name"] as! String] + (h["members"] as! [JSON]).map { $0["name"] as! String }
            let text = (item["question"] as! String) + (item["household"] as! String)
            for name in names { #expect(!text.contains(name), "\(name) in \(text)") }
        }
    }
}
