import Foundation
import Testing

@testable import WijkteamStore

/// `wijkteam inzage PERSON --out FILE` run as the real binary on the sample district: the file
/// whole and 0600, Markdown and JSON, refusals that write nothing, the export in the access log.
@Suite struct InzageCommandTests {
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func markIsGivenDemisInzageAsAPrivateMarkdownFile() throws {
        let db = try Binary.freshDatabase()
        let out = Binary.tempDir().appendingPathComponent("inzage-701.md").path
        let r = try Binary.run(["inzage", "701", "--out", out, "--db", db, "--as", "mark"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("written to \(out)"))
        #expect(try Self.mode(out) == 0o600)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# What Wijkteam Kersenbuurt holds about Demi Visser\n"))
        #expect(text.contains("## Who looked at your data, and when"))
        #expect(text.contains("Mark Oosterhof (privacy officer) · exported"))
        #expect(!text.contains("Wilma") && !text.contains("Kevin was fined"))
        // Nothing of the report went to the terminal.
        #expect(!r.out.contains("Demi") && !r.err.contains("Demi"))
        let log = try Binary.json(["audit", "--json", "--household", "7", "--db", db, "--as", "mark"]) as! [[String: Any]]
        #expect(log.last?["detail"] as? String == "inzage person #701" && log.last?["action"] as? String == "export")
        #expect(try Binary.run(["audit", "--verify", "--db", db, "--as", "mark"]).status == 0)
    }

    @Test func theJSONHasStableSnakeCaseKeys() throws {
        let db = try Binary.freshDatabase()
        let out = Binary.tempDir().appendingPathComponent("inzage.json").path
        let r = try Binary.run(["inzage", "701", "--out", out, "--format", "json", "--db", db, "--as", "fatima"])
        #expect(r.status == 0, "\(r.err)")
        #expect(try Self.mode(out) == 0o600)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as! [String: Any]
        #expect(
            Set(json.keys) == [
                "team", "person", "household", "cases", "goals", "plans", "zrm", "journal", "provisions", "follow_ups", "decisions",
                "signals",
                "network", "corrections", "access_log", "made_on", "made_by",
            ])
        let person = json["person"] as? [String: Any]
        #expect(person?["id"] as? Int == 701 && person?["birth_date"] as? String == "1996-03-28")
        let signals = json["signals"] as? [[String: Any]] ?? []
        #expect(signals.contains { $0["source"] as? String == "neighbour" && $0["reporter_left_out"] as? Bool == true })
        let access = json["access_log"] as? [[String: Any]] ?? []
        #expect(access.last?["staff"] as? String == "Fatima El Amrani" && access.last?["role"] as? String == "team_lead")
    }

    @Test func refusalsWriteNothing() throws {
        let db = try Binary.freshDatabase()
        let dir = Binary.tempDir()
        let out = dir.appendingPathComponent("x.md").path
        // A generalist: refused, told why, nothing written, the refusal logged.
        var r = try Binary.run(["inzage", "701", "--out", out, "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("team lead or the privacy officer") && !FileManager.default.fileExists(atPath: out))
        let log = try Binary.json(["audit", "--json", "--household", "7", "--db", db, "--as", "mark"]) as! [[String: Any]]
        #expect(log.last?["result"] as? String == "denied" && log.last?["staff_id"] as? String == "daan")
        // An unknown person, a bad format, a folder, a path that cannot be written.
        r = try Binary.run(["inzage", "999999", "--out", out, "--db", db, "--as", "mark"])
        #expect(r.status == 1 && r.err.contains("no person #999999") && r.err.contains("household ID --json"))
        r = try Binary.run(["inzage", "701", "--out", out, "--format", "pdf", "--db", db, "--as", "mark"])
        #expect(r.status != 0 && r.err.contains("md or json"))
        r = try Binary.run(["inzage", "701", "--out", dir.path, "--db", db, "--as", "mark"])
        #expect(r.status == 1 && r.err.contains("exists"))
        r = try Binary.run(["inzage", "701", "--out", dir.path, "--force", "--db", db, "--as", "mark"])
        #expect(r.status == 1 && r.err.contains("folder"))
        r = try Binary.run(["inzage", "701", "--out", "/proc/wijkteam/x.md", "--db", db, "--as", "mark"])
        #expect(r.status == 1 && r.err.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func anExistingFileIsKeptUnlessForced() throws {
        let db = try Binary.freshDatabase()
        let out = Binary.tempDir().appendingPathComponent("inzage.md").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: out))
        var r = try Binary.run(["inzage", "701", "--out", out, "--db", db, "--as", "mark"])
        #expect(r.status == 1 && r.err.contains("--force"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "keep me\n")
        r = try Binary.run(["inzage", "701", "--out", out, "--force", "--db", db, "--as", "mark"])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# What"))
        #expect(try Self.mode(out) == 0o600)
    }
}
