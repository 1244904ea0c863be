import Foundation
import Testing

/// `wijkteam plan` (issue 27): show, --json, --md for the household, and the edits with their
/// clear refusals (an action without an owner or a due day writes nothing).
@Suite struct PlanCommandTests {
    typealias JSON = [String: Any]

    @Test func anActionIsAddedDoneAndShownAndABadOneIsRefusedClearly() throws {
        let db = try Binary.freshDatabase()
        let plan = try Binary.json(["plan", "1", "--json", "--db", db, "--as", "daan"]) as! JSON
        let goal = ((plan["goals"] as! [JSON])[1]["id"] as! Int)
        let before = (plan["actions"] as! [JSON]).count
        let noOwner = try Binary.run([
            "plan", "action", "1", "\(goal)", "Belt de huisarts", "--owner", "member", "--due", "2026-12-01", "--db", db, "--as", "daan",
        ])
        #expect(noOwner.status != 0)
        #expect(noOwner.err.contains("an action for a household member names the member"), "\(noOwner.err)")
        let noDue = try Binary.run([
            "plan", "action", "1", "\(goal)", "Belt de huisarts", "--owner", "regisseur", "--db", db, "--as", "daan",
        ])
        #expect(noDue.err.contains("an action needs a due day unless it is done"), "\(noDue.err)")
        let added = try Binary.run([
            "plan", "action", "1", "\(goal)", "Belt de huisarts", "--owner", "regisseur", "--due", "2026-12-01", "--db", db, "--as", "daan",
        ])
        #expect(added.status == 0, "\(added.err)")
        let after = try Binary.json(["plan", "1", "--json", "--db", db, "--as", "daan"]) as! JSON
        let actions = after["actions"] as! [JSON]
        #expect(actions.count == before + 1)
        let id = try #require(actions.last?["id"] as? Int)
        let done = try Binary.run(["plan", "done", "1", "\(id)", "--db", db, "--as", "daan"])
        #expect(done.out.contains("action #\(id) done on 2026-11-20"), "\(done.err)")
        let text = try Binary.run(["plan", "1", "--db", db, "--as", "daan"])
        #expect(text.out.contains("#\(id) Belt de huisarts · the regisseur of the wijkteam · ✓ 2026-11-20"), "\(text.out)")
        let agreed = try Binary.run(["plan", "agreed", "1", "2026-11-20", "--evaluate", "2026-11-19", "--db", db, "--as", "daan"])
        #expect(agreed.err.contains("must be after the day the plan was agreed"), "\(agreed.err)")
    }

    @Test func theDocumentIsForTheHouseholdInTheirLanguageAndSafe() throws {
        let db = try Binary.freshDatabase()
        _ = try Binary.run(["plan", "worry", "3", "Valt \u{1B}[31mrood\u{1B}[0m op", "--person", "301", "--db", db, "--as", "lukasz"])
        let md = try Binary.run(["plan", "3", "--md", "--db", db, "--as", "lukasz"])
        #expect(md.status == 0, "\(md.err)")
        #expect(md.out.contains("# Ondersteuningsplan van Huishouden Bakker"), "Bakker speaks Dutch: the document is Dutch even in English")
        #expect(md.out.contains("- Oma Els haalt Jayden drie middagen per week van school (Els Bakker)"))
        #expect(!md.out.contains("\u{1B}"))
        #expect(!md.out.contains("blowt dagelijks sinds de scheiding"), "no case text that is not the plan's")
    }
}
