import Foundation
import Testing

/// `wijkteam provision CASE` and `wijkteam provision status` (issue 27): the life on the
/// command line, backwards refused with a clear message and nothing written.
@Suite struct ProvisionCommandTests {
    @Test func aProvisionMovesOnAndNeverBack() throws {
        let db = try Binary.freshDatabase()
        // Case 10's day care waits (sample: Wang), requested and on the list on the sample's days.
        var r = try Binary.run(["provision", "10", "--db", db, "--as", "fatima"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("#10 Dagbesteding De Wiekslag") && r.out.contains("· waiting · waiting "), "\(r.out)")
        #expect(r.out.contains("2026-09-28 requested\n  2026-10-26 waiting"), "\(r.out)")
        r = try Binary.run(["provision", "status", "10", "active", "--on", "2026-11-16", "--version", "1", "--db", db, "--as", "fatima"])
        #expect(r.status == 0 && r.out.contains("provision #10 is now active (since 2026-11-16), version 2"), "\(r.err)\(r.out)")
        r = try Binary.run(["provision", "status", "10", "waiting", "--db", db, "--as", "fatima"])
        #expect(r.status != 0 && r.err.contains("provision #10 is active: it cannot go back to waiting"), "\(r.err)")
        r = try Binary.run(["provision", "status", "10", "ended", "--db", db, "--as", "fatima", "--lang", "nl"])
        #expect(r.status != 0 && r.err.contains("bij beëindigd hoort een reden"), "\(r.err)")
        r = try Binary.run(["provision", "status", "10", "ended", "--reason", "x", "--version", "1", "--db", db, "--as", "fatima"])
        #expect(r.status != 0 && r.err.contains("it is now active (since 2026-11-16)"), "\(r.err)")
        r = try Binary.run(["provision", "status", "10", "paused", "--db", db, "--as", "fatima"])
        #expect(r.status != 0 && r.err.contains("'paused' is not one of"), "\(r.err)")
        let json = try #require(try Binary.json(["provision", "10", "--json", "--db", db, "--as", "fatima"]) as? [[String: Any]])
        let p = try #require(json.first { $0["id"] as? Int == 10 })
        #expect(p["status"] as? String == "active" && p["start"] as? String == "2026-11-16" && p["version"] as? Int == 2)
        let steps = try #require(p["steps"] as? [[String: Any]])
        #expect(steps.map { $0["status"] as? String } == ["requested", "waiting", "active"])
        #expect(steps.last?["recorded_by"] as? String == "fatima" && steps.last?["source"] as? String == "app")
    }
}
