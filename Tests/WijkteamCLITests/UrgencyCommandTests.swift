import Foundation
import Testing

/// `wijkteam triage` with respond-by dates and `wijkteam urgency` (issue 26).
@Suite struct UrgencyCommandTests {
    typealias JSON = [String: Any]

    @Test func triageJSONAndCSVCarryRespondByOverdueRiskClassAndHardDate() throws {
        let db = try Binary.freshDatabase()
        let rows = try Binary.json(["triage", "--json", "--db", db]) as! [JSON]
        #expect(rows.allSatisfy { $0["respond_by"] is String && $0["overdue"] is Bool && $0["risk_class"] is String })
        let eviction = try #require(rows.first { $0["household_id"] as? Int == 10 })
        #expect(eviction["hard_date"] as? String == "2026-12-01" && eviction["hard_date_kind"] as? String == "eviction")
        #expect(eviction["risk_class"] as? String == "deadline" && eviction["respond_by"] as? String == "2026-11-27")
        let reasons = try #require(eviction["reasons"] as? [JSON])
        #expect(reasons.contains { $0["text"] as? String == "eviction on Tue 1 Dec: in 11 days" && $0["points"] as? Int == 21 })
        let csv = try Binary.run(["triage", "--csv", "--db", db])
        #expect(csv.status == 0)
        let header = try #require(csv.out.split(separator: "\n").first.map(String.init))
        for column in ["respond_by", "overdue", "risk_class", "hard_date", "hard_date_kind"] {
            #expect(header.contains(column), "\(column)")
        }
        let text = try Binary.run(["triage", "--db", db])
        #expect(text.out.contains("respond by Fri 27 Nov (deadline)"), "\(text.out)")
    }

    @Test func urgencyShowsTheTableToAllAndOnlyTheLeadChangesIt() throws {
        let db = try Binary.freshDatabase()
        let table = try Binary.json(["urgency", "--json", "--db", db, "--as", "daan"]) as! [JSON]
        #expect(table.count == 19)
        #expect(table.first { $0["name"] as? String == "deadline-max" }?["value"] as? Int == 45)
        let daan = try Binary.run(["urgency", "--set", "deadline-max=60", "--db", db, "--as", "daan"])
        #expect(daan.status == 1)
        let bad = try Binary.run(["urgency", "--set", "no-ties=5", "--set", "deadline-max=-4", "--db", db, "--as", "fatima"])
        #expect(bad.status != 0 && bad.err.contains("deadline-max = -4"), "\(bad.err)")
        let unknown = try Binary.run(["urgency", "--set", "charm=5", "--db", db, "--as", "fatima"])
        #expect(unknown.status != 0)
        let after = try Binary.json(["urgency", "--json", "--db", db]) as! [JSON]
        #expect(after.allSatisfy { $0["is_default"] as? Bool == true }, "nothing half-written")
        let changed = try Binary.json(["urgency", "--set", "deadline-max=60", "--json", "--db", db, "--as", "fatima"]) as! [JSON]
        #expect(changed.first { $0["name"] as? String == "deadline-max" }?["value"] as? Int == 60)
        let text = try Binary.run(["urgency", "--db", db])
        #expect(text.out.contains("deadline-max") && text.out.contains("60 points") && text.out.contains("*"), "\(text.out)")
        // The triage queue uses the team's weights.
        let rows = try Binary.json(["triage", "--json", "--db", db]) as! [JSON]
        let eviction = try #require(rows.first { $0["household_id"] as? Int == 10 })
        #expect((eviction["reasons"] as? [JSON])?.contains { $0["points"] as? Int == 60 * 10 / 21 } == true)
    }
}
