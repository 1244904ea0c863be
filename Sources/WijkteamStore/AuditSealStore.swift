import Crypto
import Foundation
import Wijkteam

/// The access log's seals on either engine, and their Ed25519 (swift-crypto). What must hold is
/// the domain's (`AuditSeals`); here the rows are read and written and the signatures made and checked.
package enum AuditSealRows {
    /// First 16 hex characters of the SHA-256 of the raw public key.
    static func keyID(raw: Data) -> String {
        String(AuditRows.hex(SHA256.hash(data: raw)).prefix(16))
    }

    /// The id of a base64 public key; nil when it is not an Ed25519 public key.
    package static func keyID(publicKey: String) -> String? {
        guard let raw = Data(base64Encoded: publicKey), (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            return nil
        }
        return keyID(raw: raw)
    }

    static func signatureValid(_ message: String, _ signature: String, _ publicKey: String) -> Bool {
        guard let raw = Data(base64Encoded: publicKey), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw),
            let bytes = Data(base64Encoded: signature)
        else { return false }
        return key.isValidSignature(bytes, for: Data(message.utf8))
    }

    static func seal(_ row: some SQLRow) -> AuditSeal {
        AuditSeal(
            id: row["id"], sealedAt: AuditRows.text(row, "sealed_at") ?? "", lastID: row["last_id"],
            lastHash: AuditRows.text(row, "last_hash") ?? "", keyID: AuditRows.text(row, "key_id") ?? "",
            signature: AuditRows.text(row, "signature") ?? "", sealedBy: AuditRows.text(row, "sealed_by") ?? "")
    }

    static func evidence(_ db: some SQLRunner, trustedKey: String?) throws -> AuditSealEvidence {
        let seals = try db.fetchAll("SELECT * FROM audit_seal ORDER BY id", []).map(seal)
        let keys = try db.fetchAll("SELECT key_id, public_key FROM audit_seal_key ORDER BY key_id", []).map {
            AuditSealKey(keyID: AuditRows.text($0, "key_id") ?? "", publicKey: AuditRows.text($0, "public_key") ?? "")
        }
        let sealRows: [Int] = try db.fetchColumn("SELECT id FROM audit_log WHERE action = 'seal' ORDER BY id", [], "id")
        return AuditSealEvidence(seals: seals, keys: keys, sealRows: sealRows, trustedKey: trustedKey)
    }

    /// The chain as the database holds it (see `AuditRows.verify`), then every seal.
    package static func verify(_ db: some SQLRunner, trustedKey: String?) throws -> AuditChain.Verification {
        let links = try db.fetchAll("SELECT * FROM audit_log ORDER BY id", []).map(AuditRows.link)
        let head = try db.fetchOne("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")
            .map { (id: $0["last_id"] as Int, hash: $0["last_hash"] as String) }
        return AuditSeals.verify(
            links: links, head: head, evidence: try evidence(db, trustedKey: trustedKey), hash: AuditRows.sha256,
            keyID: { keyID(publicKey: $0) }, signatureValid: signatureValid)
    }

    /// Inside the caller's write transaction: refuses a log that does not verify and a key that
    /// is not the database's sealing key; registers the first key; appends the "seal" row and
    /// signs the new head.
    package static func seal(_ db: some SQLRunner, _ signer: AuditSigner, actor: AuditActor) throws -> AuditSeal {
        if let broken = try verify(db, trustedKey: nil).broken {
            throw WijkteamError.invalid(tr("store.seal.broken", broken.reason))
        }
        guard let keyID = keyID(publicKey: signer.publicKey) else { throw WijkteamError.invalid(tr("store.seal.key_bad")) }
        let now = StoreClock.timestamp()
        let by = actor.staffID ?? actor.account
        let keys = try evidence(db, trustedKey: nil).keys
        if keys.isEmpty {
            try db.execute(
                "INSERT INTO audit_seal_key (key_id, public_key, added_on, added_by) VALUES (?, ?, ?, ?)",
                [keyID, signer.publicKey, now, by])
        } else if !keys.contains(AuditSealKey(keyID: keyID, publicKey: signer.publicKey)) {
            throw WijkteamError.invalid(tr("store.seal.other_key", keyID, keys.map(\.keyID).joined(separator: ", ")))
        }
        try AuditRows.insert(db, AuditEvent(.seal, detail: "key \(keyID)"), actor: actor)
        guard let head = try db.fetchOne("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1") else {
            preconditionFailure("the seal row was written without a head")
        }
        var s = AuditSeal(
            id: 0, sealedAt: now, lastID: head["last_id"], lastHash: head["last_hash"], keyID: keyID, signature: "", sealedBy: by)
        s.signature = try signer.sign(AuditSeals.message(of: s))
        // A signer whose public half is not its own would seal what nobody can verify.
        guard signatureValid(AuditSeals.message(of: s), s.signature, signer.publicKey) else {
            throw WijkteamError.invalid(tr("store.seal.key_bad"))
        }
        s.id = try db.insertReturningID(
            """
            INSERT INTO audit_seal (sealed_at, last_id, last_hash, key_id, signature, sealed_by) VALUES (?, ?, ?, ?, ?, ?)
            """, [s.sealedAt, s.lastID, s.lastHash, s.keyID, s.signature, s.sealedBy])
        return s
    }
}
