import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Seals on the real database with real Ed25519 keys, attacked as someone with the file would:
/// rows rewritten with SQL and the chain recomputed, the log wiped or cut back, a seal or the
/// key replaced.
@Suite struct AuditSealStoreTests {
    let today = Day("2026-11-20")!
    static let lead = AuditActor(staffID: "fatima", account: "test-fatima", origin: "tests")

    /// A fresh key pair in a folder of its own: the signer and the public key.
    static func key() throws -> (signer: AuditSigner, publicKey: String, path: String) {
        let path = Fixtures.tempDir().appendingPathComponent("keys/audit-seal.key").path
        let made = try AuditSealKeyFile.create(at: path)
        return (try AuditSealKeyFile.signer(at: path), made.publicKey, path)
    }

    /// The sample district with some work logged by Daan, sealed by Fatima.
    func sealedStore() throws -> (store: SQLiteStore, key: (signer: AuditSigner, publicKey: String, path: String)) {
        let base = try Fixtures.sampleStore()
        let daan = base.acting(as: AuditActor(staffID: "daan", account: "test-daan", origin: "tests"))
        for i in 0..<4 {
            _ = try daan.addJournal(caseID: 31, kind: .phone, date: today, text: "belde \(i)", sensitive: false, today: today)
        }
        let key = try Self.key()
        _ = try base.acting(as: Self.lead).sealAudit(with: key.signer)
        _ = try daan.addJournal(caseID: 31, kind: .phone, date: today, text: "na het zegel", sensitive: false, today: today)
        return (base.acting(as: Self.lead), key)
    }

    /// What an attacker with write access does after changing a row: recompute every hash and
    /// the head, from the stored text, exactly as the app does.
    static func rechain(_ store: SQLiteStore) throws {
        try store.pool.write { db in
            var previous = AuditChain.genesis
            for row in try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id") {
                try db.execute(sql: "UPDATE audit_log SET prev_hash = ? WHERE id = ?", arguments: [previous, row["id"] as Int])
                let fresh = try Row.fetchOne(db, sql: "SELECT * FROM audit_log WHERE id = ?", arguments: [row["id"] as Int])!
                let link = AuditRows.link(SQLiteRow(row: fresh))
                previous = AuditRows.sha256(link.canonical)
                try db.execute(sql: "UPDATE audit_log SET hash = ? WHERE id = ?", arguments: [previous, row["id"] as Int])
                try db.execute(sql: "UPDATE audit_head SET last_id = ?, last_hash = ?", arguments: [row["id"] as Int, previous])
            }
        }
    }

    @Test func aSealedLogVerifiesAgainstTheDatabaseAndTheKeyKeptApart() throws {
        let (store, key) = try sealedStore()
        let v = try store.verifyAudit(trustedKey: key.publicKey)
        #expect(v.ok, "\(String(describing: v.broken))")
        #expect(v.seals == 1 && v.lastSeal?.lastID == 5 && v.rows == 6)
        let log = try store.auditLog(householdID: nil)
        #expect(
            log[4].action == .seal && log[4].staffID == "fatima" && log[4].detail == "key " + AuditSealRows.keyID(publicKey: key.publicKey)!
        )
        // A second seal with the same key.
        _ = try store.sealAudit(with: key.signer)
        #expect(try store.verifyAudit(trustedKey: key.publicKey).seals == 2)
    }

    @Test func aRowAlteredAndTheChainRecomputedFails() throws {
        let (store, _) = try sealedStore()
        try store.pool.write { db in try db.execute(sql: "UPDATE audit_log SET detail = 'niets' WHERE id = 2") }
        #expect(try store.verifyAudit().broken?.id == 2, "the chain shows it as long as it is not recomputed")
        try Self.rechain(store)
        #expect(try AuditChain.verify(store.auditLog(householdID: nil), head: nil, hash: AuditRows.sha256).broken?.id == 6, "re-chained")
        let v = try store.verifyAudit()
        #expect(v.broken?.id == 5)
        #expect(v.broken?.reason.hasPrefix("row 5 no longer matches the seal of ") == true, "\(String(describing: v.broken))")
    }

    @Test func aWipedLogFails() throws {
        let (store, _) = try sealedStore()
        try store.pool.write { db in try db.execute(sql: "DELETE FROM audit_log; DELETE FROM audit_head") }
        #expect(try store.verifyAudit().broken?.reason.contains("empty but was sealed") == true)
        // The app goes on writing after the wipe: a log that starts later than row 1.
        _ = try store.household(id: 29, access: .household)
        #expect(try store.verifyAudit().broken?.reason.contains("not row 1") == true)
    }

    @Test func theLastRowsRemovedBehindASealWithTheHeadSetBackFail() throws {
        let (store, _) = try sealedStore()
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM audit_log WHERE id >= 4")
            try db.execute(sql: "UPDATE audit_head SET last_id = 3, last_hash = (SELECT hash FROM audit_log WHERE id = 3)")
            // The seal row is gone with them; only the seal can tell.
        }
        let v = try store.verifyAudit()
        #expect(
            v.broken?.id == 5 && v.broken?.reason.hasPrefix("row 5 no longer matches the seal") == true, "\(String(describing: v.broken))")
    }

    @Test func anEditedSignatureOrARemovedSealFails() throws {
        let (store, key) = try sealedStore()
        let other = try Self.key()
        let forged = try other.signer.sign("wijkteam-audit-seal")
        try store.pool.write { db in try db.execute(sql: "UPDATE audit_seal SET signature = ?", arguments: [forged]) }
        #expect(try store.verifyAudit().broken?.reason.contains("valid signature") == true)
        try store.pool.write { db in try db.execute(sql: "DELETE FROM audit_seal") }
        #expect(try store.verifyAudit().broken?.reason.contains("a seal was removed") == true)
        _ = key
    }

    @Test func aKeyReplacedInTheDatabaseFailsWithThePublicKeyKeptApart() throws {
        let (store, key) = try sealedStore()
        // The attacker rewrites, re-chains, swaps in their own key and seals again with it.
        let theirs = try Self.key()
        try store.pool.write { db in
            try db.execute(sql: "UPDATE audit_log SET detail = 'niets' WHERE id = 2")
            try db.execute(sql: "DELETE FROM audit_seal; DELETE FROM audit_seal_key")
            try db.execute(sql: "UPDATE audit_log SET action = 'change' WHERE action = 'seal'")
        }
        try Self.rechain(store)
        _ = try store.sealAudit(with: theirs.signer)
        #expect(try store.verifyAudit().ok, "the database alone cannot tell")
        let v = try store.verifyAudit(trustedKey: key.publicKey)
        #expect(v.broken?.reason.contains("someone replaced the key") == true, "\(String(describing: v.broken))")
    }

    @Test func sealingWithAnotherKeyOrOverABrokenLogIsRefusedAndWritesNothing() throws {
        let (store, _) = try sealedStore()
        let before = try store.auditLog(householdID: nil).count
        let other = try Self.key()
        #expect(throws: WijkteamError.self) { try store.sealAudit(with: other.signer) }
        try store.pool.write { db in try db.execute(sql: "UPDATE audit_log SET detail = 'niets' WHERE id = 2") }
        let refused = #expect(throws: WijkteamError.self) { try store.sealAudit(with: other.signer) }
        #expect(refused?.description.contains("row 2 was altered") == true, "\(String(describing: refused))")
        #expect(try store.auditLog(householdID: nil).count == before)
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_seal") } == 1)
        #expect(try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_seal_key") } == 1)
    }
}
