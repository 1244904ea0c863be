import Foundation
import Testing

/// `person correct`, `person history`, `erase` and `retention` on the sample district (issue 25),
/// as the team lead and as a generalist who may not.
@Suite struct ErasureCommandTests {
    @Test func aCorrectionIsKeptWithItsReasonAndOnlyTheLeadMakesIt() throws {
        let db = try Binary.freshDatabase()
        let refused = try Binary.run(["person", "correct", "202", "--reason", "r", "--name", "X", "--db", db, "--as", "daan"])
        #expect(refused.status == 1 && refused.err.contains("team lead's or the privacy officer's"))
        let blank = try Binary.run(["person", "correct", "202", "--reason", " ", "--name", "X", "--db", db, "--as", "fatima"])
        #expect(blank.status != 0 && blank.err.contains("--reason"))
        let done = try Binary.run(
            [
                "person", "correct", "202", "--reason", "spelling, request of 12 Nov", "--name", "Ayşe Yılmaz-Kaya", "--db", db, "--as",
                "fatima",
            ])
        #expect(done.status == 0 && done.out.contains("Ayşe Yılmaz-Kaya"), "\(done.err)")
        let history = try Binary.run(["person", "history", "202", "--db", db, "--as", "fatima"])
        #expect(history.out.contains("name: Ayşe Yılmaz → Ayşe Yılmaz-Kaya  (spelling, request of 12 Nov; by fatima)"))
    }

    @Test func eraseSaysWhatIsKeptAndWhyAndExitsOneWhenRefused() throws {
        let db = try Binary.freshDatabase()
        let open = try Binary.run(["erase", "202", "--reason", "request", "--db", db, "--as", "fatima"])
        #expect(open.status == 1)
        #expect(open.out.contains("case #2 — the household has an open case: the team still needs it (AVG art. 17(3)(b))"))
        let dry = try Binary.run(["erase", "2801", "--reason", "request", "--dry-run", "--db", db, "--as", "fatima"])
        #expect(dry.status == 0 && dry.out.contains("dry run, nothing changed") && dry.out.contains("anonymised    household #28"))
        let erased = try Binary.run(["erase", "2801", "--reason", "request", "--db", db, "--as", "fatima"])
        #expect(erased.status == 0 && erased.out.contains("Person #2801 erased"))
        let household = try Binary.run(["household", "28", "--db", db, "--as", "fatima"])
        #expect(!household.out.contains("Jeroen Meijer"))
        let verify = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(verify.status == 0, "\(verify.out)\(verify.err)")
    }

    @Test func retentionListsWithTheSourceAndAGeneralistMayNotChangeIt() throws {
        let db = try Binary.freshDatabase()
        let listed = try Binary.run(["retention", "--db", db, "--as", "fatima"])
        #expect(listed.status == 0 && listed.out.contains("youth file (Jeugdwet): 20 years (Jeugdwet art. 7.3.8"))
        let daan = try Binary.run(["retention", "--set", "youth=1", "--db", db, "--as", "daan"])
        #expect(daan.status == 1)
        let both = try Binary.run(["retention", "--dry-run", "--apply", "--db", db, "--as", "fatima"])
        #expect(both.status != 0)
        let json = try Binary.json(["retention", "--set", "other=1", "--json", "--db", db, "--as", "fatima"]) as? [String: Any]
        let due = try #require(json?["due"] as? [[String: Any]])
        #expect(!due.isEmpty && json?["applied"] as? Bool == false)
        #expect(due.allSatisfy { $0["closed_on"] is String && $0["law"] is String })
    }
}
