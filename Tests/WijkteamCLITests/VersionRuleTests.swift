import Foundation
import Testing

/// Every write on the command line can be made safe with `--version`, and an option that would
/// be ignored is an error (issue #20, item 6); date options take what people type (item 20).
@Suite struct VersionRuleTests {
    typealias JSON = [String: Any]

    func board(_ db: String) throws -> JSON { try Binary.json(["board", "--db", db, "--json"]) as! JSON }

    /// The first unassigned case and its version, as a script reads them.
    func unassigned(_ db: String) throws -> (id: Int, version: Int) {
        let card = try #require((try board(db)["unassigned"] as! [JSON]).first)
        return (card["id"] as! Int, card["version"] as! Int)
    }

    func regisseur(of caseID: Int, _ db: String) throws -> String? {
        for r in try board(db)["regisseurs"] as! [JSON] where (r["cases"] as! [JSON]).contains(where: { $0["id"] as? Int == caseID }) {
            return r["id"] as? String
        }
        return nil
    }

    @Test func assignWithTheVersionSeenIsRefusedWhenAColleagueAssignedMeanwhile() throws {
        let db = try Binary.freshDatabase()
        let (id, version) = try unassigned(db)
        // A colleague assigns first.
        #expect(try Binary.run(["assign", String(id), "noel", "--db", db]).status == 0)
        let r = try Binary.run(["assign", String(id), "emre", "--version", String(version), "--db", db])
        #expect(r.status == 1)
        #expect(r.err.contains("changed by someone else") && r.err.contains("noel"), "\(r.err)")
        #expect(try regisseur(of: id, db) == "noel")
        // With the version as it is now it goes through.
        let ok = try Binary.run(["assign", String(id), "emre", "--version", String(version + 1), "--db", db])
        #expect(ok.status == 0, "\(ok.err)")
        #expect(try regisseur(of: id, db) == "emre")
    }

    @Test func changingAGoalNeedsItsVersionAndAVersionNeedsAGoal() throws {
        let db = try Binary.freshDatabase()
        let caseID = try #require(((try board(db))["regisseurs"] as! [JSON]).flatMap { $0["cases"] as! [JSON] }.first?["id"] as? Int)
        let added = try Binary.run(["goal", String(caseID), "--domain", "financien", "--target", "3", "--text", "Rekeningen op tijd", "--db", db])
        #expect(added.status == 0, "\(added.err)")
        let goalID = try #require(added.out.split(separator: "#").dropFirst().first.flatMap { Int($0.prefix { $0.isNumber }) })
        let change = ["goal", String(caseID), "--domain", "financien", "--target", "4", "--text", "Zelf de post openen", "--id", String(goalID)]

        let blind = try Binary.run(change + ["--db", db])
        #expect(blind.status == 64, "\(blind.err)")
        #expect(blind.err.contains("--version"))
        let lonely = try Binary.run(["goal", String(caseID), "--domain", "financien", "--target", "4", "--text", "x", "--version", "1", "--db", db])
        #expect(lonely.status == 64)
        #expect(lonely.err.contains("--version goes with --id"), "\(lonely.err)")

        #expect(try Binary.run(change + ["--version", "1", "--db", db]).status == 0)
        // A second script that read version 1 too is refused, not silently applied.
        let stale = try Binary.run(change + ["--version", "1", "--db", db])
        #expect(stale.status == 1)
        #expect(stale.err.contains("changed by someone else"), "\(stale.err)")
    }

    @Test func decideAndDiscussTakeTheVersionSeen() throws {
        let db = try Binary.freshDatabase()
        let signals = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        let signal = try #require(signals.first { $0["safety"] as? Bool == false && $0["household_id"] is Int })
        let id = String(signal["signal_id"] as! Int), version = signal["version"] as! Int
        let stale = try Binary.run(["decide", id, "--route", "light_support", "--version", String(version + 1), "--db", db])
        #expect(stale.status == 1)
        #expect(stale.err.contains("changed by someone else"), "\(stale.err)")
        #expect(try Binary.run(["decide", id, "--route", "light_support", "--version", String(version), "--db", db]).status == 0)

        let (caseID, caseVersion) = try unassigned(db)
        #expect(try Binary.run(["assign", String(caseID), "noel", "--db", db]).status == 0)
        let discuss = try Binary.run(["discuss", String(caseID), "--question", "Wie pakt dit op?", "--version", String(caseVersion), "--db", db])
        #expect(discuss.status == 1)
        #expect(discuss.err.contains("changed by someone else"), "\(discuss.err)")
    }

    /// An option that would change nothing is refused, with the reason, and nothing is written.
    @Test func anOptionThatWouldBeIgnoredIsAnError() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.run(["board", "--db", db, "--json"]).out
        let signals = try Binary.json(["triage", "--db", db, "--json"]) as! [JSON]
        let signal = try #require(signals.first { $0["safety"] as? Bool == false && $0["household_id"] is Int })
        let cases: [([String], String)] = [
            (["decide", String(signal["signal_id"] as! Int), "--route", "general_provision", "--regisseur", "noel"], "--regisseur would be ignored"),
            (["network", "1", "--json", "--width", "60"], "--width"),
            (["audit", "--verify", "--household", "1"], "--household"),
            (["audit", "--verify", "--json"], "--json"),
        ]
        for (args, message) in cases {
            let r = try Binary.run(args + ["--db", db])
            #expect(r.status == 64, "\(args): \(r.err)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
        }
        #expect(try Binary.run(["board", "--db", db, "--json"]).out == before)
    }

    /// `--due` and `--date` read dates as people type them; today is pinned to Friday 2026-11-20.
    @Test func dateOptionsTakeWhatPeopleType() throws {
        let db = try Binary.freshDatabase()
        let caseID = try #require(((try board(db))["regisseurs"] as! [JSON]).flatMap { $0["cases"] as! [JSON] }.first?["id"] as? Int)
        let flag = try Binary.run(["flag", String(caseID), "--outreaching", "--due", "+2w", "--db", db])
        #expect(flag.status == 0, "\(flag.err)")
        #expect(flag.out.contains("2026-12-04"), "\(flag.out)")
        let friday = try Binary.run(["flag", String(caseID), "--preventive", "--due", "vr", "--db", db])
        #expect(friday.out.contains("2026-11-27"), "\(friday.out)")
        let journal = try Binary.run(["journal", "add", String(caseID), "--kind", "phone", "--text", "Gebeld", "--date", "gisteren", "--db", db])
        #expect(journal.status == 0, "\(journal.err)")
        #expect(journal.out.contains("2026-11-19"), "\(journal.out)")
        let bad = try Binary.run(["flag", String(caseID), "--preventive", "--due", "soon", "--db", db])
        #expect(bad.status != 0)
        #expect(bad.err.contains("is not a date") && bad.err.contains("+2w"), "\(bad.err)")
    }
}
