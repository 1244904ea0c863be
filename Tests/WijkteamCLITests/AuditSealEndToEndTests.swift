import Foundation
import Testing

/// `wijkteam audit --new-key / --seal / --verify` as the privacy officer and an attacker with
/// sqlite3 would use them.
@Suite(.serialized) struct AuditSealEndToEndTests {
    static func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as! NSNumber).intValue
    }

    static func sql(_ db: String, _ statement: String) throws {
        let r = try Spawn.capture(["sqlite3", db, statement], scratch: Binary.tempDir())
        #expect(r.status == 0, "\(r.err)")
    }

    static func count(_ db: String, _ table: String) throws -> String {
        try Spawn.capture(["sqlite3", db, "SELECT count(*) FROM \(table)"], scratch: Binary.tempDir()).out.trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    @Test func newKeyWritesAPrivate0600FileInA0700FolderAndNeverOverwrites() throws {
        let config = Binary.tempDir().appendingPathComponent("cfg")
        let r = try Binary.run(["audit", "--new-key"], env: ["XDG_CONFIG_HOME": config.path])
        #expect(r.status == 0, "\(r.err)")
        let path = config.appendingPathComponent("wijkteam/audit-seal.key").path
        #expect(r.out.contains(path) && r.out.contains("Key id:"), "\(r.out)")
        #expect(try Self.mode(path) == 0o600)
        #expect(try Self.mode(config.appendingPathComponent("wijkteam").path) == 0o700)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        let again = try Binary.run(["audit", "--new-key", "--key", path])
        #expect(again.status == 1 && again.err.contains("already exists: not overwritten"), "\(again.err)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test func sealThenVerifyAndTheAttacksOnIt() throws {
        let db = try Binary.freshDatabase()
        let key = Binary.tempDir().appendingPathComponent("k/audit-seal.key").path
        #expect(try Binary.run(["audit", "--new-key", "--key", key]).status == 0)
        #expect(try Binary.run(["household", "29", "--db", db, "--as", "daan"]).status == 0)
        var r = try Binary.run(["audit", "--seal", "--key", key, "--db", db, "--as", "daan"])
        #expect(r.status == 1 && r.err.contains("team lead"), "\(r.err)")
        r = try Binary.run(["audit", "--seal", "--key", key, "--db", db, "--as", "fatima"])
        #expect(r.status == 0 && r.out.contains("Audit log sealed at row 2"), "\(r.out)\(r.err)")
        r = try Binary.run(["audit", "--verify", "--public-key", key + ".pub", "--db", db, "--as", "fatima"])
        #expect(r.status == 0 && r.out.contains("hash chain and 1 seal verified"), "\(r.out)\(r.err)")

        // An attacker changes row 1 and recomputes its hash and the head (the chain has no secret).
        try Self.sql(db, "UPDATE audit_log SET detail = 'niets' WHERE id = 1")
        let listed = try Binary.json(["audit", "--json", "--db", db, "--as", "fatima"]) as! [[String: Any]]
        #expect(listed.count == 2)
        r = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("row 1 was altered"), "\(r.err)")
        // The seal refuses to cover it.
        r = try Binary.run(["audit", "--seal", "--key", key, "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("does not verify"), "\(r.err)")
        #expect(try Self.count(db, "audit_seal") == "1")
    }

    @Test func truncatedOrWipedBehindASealFails() throws {
        let db = try Binary.freshDatabase()
        let key = Binary.tempDir().appendingPathComponent("audit-seal.key").path
        #expect(try Binary.run(["audit", "--new-key", "--key", key]).status == 0)
        for h in ["29", "3"] { #expect(try Binary.run(["household", h, "--db", db, "--as", "fatima"]).status == 0) }
        #expect(try Binary.run(["audit", "--seal", "--key", key, "--db", db, "--as", "fatima"]).status == 0)
        try Self.sql(
            db,
            "DELETE FROM audit_log WHERE id >= 2; UPDATE audit_head SET last_id = 1, last_hash = (SELECT hash FROM audit_log WHERE id = 1)")
        var r = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("no longer matches the seal of"), "\(r.err)")
        try Self.sql(db, "DELETE FROM audit_log; DELETE FROM audit_head")
        r = try Binary.run(["audit", "--verify", "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("the log is empty but was sealed"), "\(r.err)")
    }

    @Test func sealWithAMissingMalformedOrOtherKeyIsRefusedAndWritesNothing() throws {
        let db = try Binary.freshDatabase()
        let folder = Binary.tempDir()
        let key = folder.appendingPathComponent("audit-seal.key").path, other = folder.appendingPathComponent("other.key").path
        #expect(try Binary.run(["audit", "--new-key", "--key", key]).status == 0)
        #expect(try Binary.run(["audit", "--new-key", "--key", other]).status == 0)
        #expect(try Binary.run(["audit", "--seal", "--key", key, "--db", db, "--as", "fatima"]).status == 0)
        let rows = try Self.count(db, "audit_log")

        var r = try Binary.run(["audit", "--seal", "--key", folder.appendingPathComponent("nope.key").path, "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("no sealing key there"), "\(r.err)")
        let malformed = folder.appendingPathComponent("bad.key").path
        FileManager.default.createFile(
            atPath: malformed, contents: Data("# mine\nprivate: 🗝️ geen sleutel\n".utf8), attributes: [.posixPermissions: 0o600])
        r = try Binary.run(["audit", "--seal", "--key", malformed, "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("bad.key:2: not an Ed25519 sealing key"), "\(r.err)")
        r = try Binary.run(["audit", "--seal", "--key", key + ".pub", "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("this is a public key"), "\(r.err)")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: other)
        r = try Binary.run(["audit", "--seal", "--key", other, "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("readable by others (mode 644)"), "\(r.err)")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: other)
        r = try Binary.run(["audit", "--seal", "--key", other, "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("is not this database's sealing key"), "\(r.err)")

        #expect(try Self.count(db, "audit_log") == rows)
        #expect(try Self.count(db, "audit_seal") == "1")
        #expect(try Self.count(db, "audit_seal_key") == "1")
        // The key replaced in the database: caught with the public key kept apart.
        let theirs = try String(contentsOfFile: other + ".pub", encoding: .utf8).split(separator: "\n").last!.dropFirst("public: ".count)
        try Self.sql(db, "UPDATE audit_seal_key SET public_key = '\(theirs)'")
        r = try Binary.run(["audit", "--verify", "--public-key", key + ".pub", "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("someone replaced the key"), "\(r.err)")
        r = try Binary.run(["audit", "--verify", "--public-key", key, "--db", db, "--as", "fatima"])
        #expect(r.status == 1 && r.err.contains("this is a private key"), "\(r.err)")
    }
}
