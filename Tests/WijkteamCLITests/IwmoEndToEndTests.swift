import Foundation
import Testing
import Wijkteam
import WijkteamStore

/// Issue 27 in the real binary: an iWmo start message imported by a script shows on a
/// household view that is open in another terminal, within a second, without a key press.
@Suite(.serialized) struct IwmoEndToEndTests {
    static func sample(_ name: String) -> String {
        Binary.repoRoot.appendingPathComponent("sample-data/iwmo").appendingPathComponent(name).path
    }

    /// The fresh sample district with the provider the sample messages name.
    func database() throws -> String {
        let db = try Binary.freshDatabase()
        try SQLiteStore.open(path: db).writing { work in
            try work.db.execute("UPDATE provider SET agb_code = NULL WHERE agb_code = '98000001'", [])
            let id = try work.db.insertReturningID(
                "INSERT INTO provider (name, law, agb_code, norm_weeks) VALUES ('Iwmo-test Wmo', 'wmo', '98000001', 6)", [])
            try work.db.execute(
                "INSERT INTO provider_product VALUES (?, '02', '02A01', 'Individuele begeleiding', 'geestelijke_gezondheid')", [id])
        }
        return db
    }

    @Test func anImportedStartShowsOnTheOpenHouseholdWithinASecond() throws {
        let db = try database()
        let allocation = try Binary.run(["import", "iwmo", Self.sample("01-wmo301-toewijzing-de-vries.xml"), "--db", db, "--as", "fatima"])
        #expect(allocation.status == 0, "\(allocation.out)\(allocation.err)")
        // Daan holds case #1 (De Vries): the first card of his caseload.
        let t = try TmuxSession(args: ["--db", db, "--as", "daan"], width: 120, height: 40)
        t.waitFor("My caseload")
        t.send("Enter")
        t.waitFor("Huishouden De Vries")
        for _ in 0..<30 { t.send("j") }
        let waiting = t.waitFor("Iwmo-test Wmo · waiting")
        #expect(waiting.contains("Individuele begeleiding · Iwmo-test Wmo · waiting"), "\(waiting)")
        let start = try Binary.run(["import", "iwmo", Self.sample("02-wmo305-start-de-vries.xml"), "--db", db, "--as", "fatima"])
        #expect(start.status == 0, "\(start.out)\(start.err)")
        let begun = Date()
        let after = t.waitFor(timeout: 3) { $0.contains("Iwmo-test Wmo · active · started 02-11") }
        let seconds = Date().timeIntervalSince(begun)
        #expect(after.contains("Iwmo-test Wmo · active · started 02-11"), "the household did not change: \(after)")
        #expect(seconds < 1.0, "took \(seconds) s")
        t.send("q")
    }

    /// The command's report, its exit code and JSON for scripts; a refused file exits 1.
    @Test func theCommandReportsEachMessageAndExitsNonZeroOnARefusal() throws {
        let db = try database()
        let wrong = Binary.repoRoot.appendingPathComponent("Tests/Fixtures/iwmo/wmo301-end-before-start.xml").path
        let dry = try Binary.run([
            "import", "iwmo", "--dry-run", Self.sample("01-wmo301-toewijzing-de-vries.xml"), "--db", db, "--as", "fatima",
        ])
        #expect(dry.status == 0 && dry.out.contains("would be applied") && dry.out.contains("Nothing written"), "\(dry.out)")
        let r = try Binary.run(["import", "iwmo", Self.sample("01-wmo301-toewijzing-de-vries.xml"), wrong, "--db", db, "--as", "fatima"])
        #expect(r.status == 1)
        #expect(r.out.contains("WMO301 TW-2026-0001: applied (household #1"), "\(r.out)")
        #expect(r.out.contains("refused: \(wrong) message TW-2026-0666 element Client/ToegewezenProducten/ToegewezenProduct/Einddatum"))
        let json = try Binary.run([
            "import", "iwmo", "--json", Self.sample("01-wmo301-toewijzing-de-vries.xml"), "--db", db, "--as", "fatima",
        ])
        let report = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
        let outcomes = report["outcomes"] as! [[String: Any]]
        #expect(outcomes.first?["result"] as? String == "duplicate" && report["files_applied"] as? Int == 1)
        let denied = try Binary.run(["import", "iwmo", Self.sample("02-wmo305-start-de-vries.xml"), "--db", db, "--as", "daan"])
        #expect(denied.status == 1 && denied.err.contains("only the team lead imports"), "\(denied.err)")
    }
}
