/// Seals on the access log: the privacy officer signs the chain's head with a key kept outside
/// the database, so a log that was rewritten and re-chained, cut back behind a seal or wiped no
/// longer verifies (the chain alone has no secret: anyone who can write the rows can recompute
/// it). The signature itself is the store's (Ed25519); the domain says what is signed and
/// what must hold.
public struct AuditSeal: Hashable, Sendable, Codable {
    public var id: Int
    /// UTC, ISO 8601 to the second.
    public var sealedAt: String
    /// The chain's head when sealed: the seal's own "seal" row.
    public var lastID: Int
    public var lastHash: String
    public var keyID: String
    /// Base64 of the Ed25519 signature over `AuditSeals.message(of:)`.
    public var signature: String
    public var sealedBy: String
    public init(id: Int, sealedAt: String, lastID: Int, lastHash: String, keyID: String, signature: String, sealedBy: String) {
        self.id = id; self.sealedAt = sealedAt; self.lastID = lastID; self.lastHash = lastHash; self.keyID = keyID
        self.signature = signature; self.sealedBy = sealedBy
    }
}

/// A sealing key's public half as the database keeps it.
public struct AuditSealKey: Hashable, Sendable {
    public var keyID: String
    /// Base64 of the raw 32-byte Ed25519 public key.
    public var publicKey: String
    public init(keyID: String, publicKey: String) { self.keyID = keyID; self.publicKey = publicKey }
}

/// What the seal check is given besides the chain.
public struct AuditSealEvidence: Sendable {
    public var seals: [AuditSeal]
    public var keys: [AuditSealKey]
    /// Ids of the rows whose action is `seal` (each is followed by its seal).
    public var sealRows: [Int]
    /// The public key the privacy officer keeps apart (`--public-key`), base64; nil: trust the database's.
    public var trustedKey: String?
    public init(seals: [AuditSeal], keys: [AuditSealKey], sealRows: [Int], trustedKey: String?) {
        self.seals = seals; self.keys = keys; self.sealRows = sealRows; self.trustedKey = trustedKey
    }
}

public enum AuditSeals {
    /// The text a seal signs: the head, when, and with which key.
    public static func message(lastID: Int, lastHash: String, sealedAt: String, keyID: String) -> String {
        "wijkteam-audit-seal\n\(lastID)\n\(lastHash)\n\(sealedAt)\n\(keyID)"
    }

    public static func message(of s: AuditSeal) -> String {
        message(lastID: s.lastID, lastHash: s.lastHash, sealedAt: s.sealedAt, keyID: s.keyID)
    }

    /// The chain check (`AuditChain.verify`), then every seal. `keyID` derives a key's id from its
    /// base64 public key (nil: not a key); `signatureValid(message, signature, publicKey)` checks
    /// one signature. The first problem found is the verdict.
    public static func verify(
        links: [AuditChain.Link], head: (id: Int, hash: String)?, evidence e: AuditSealEvidence, hash: (String) -> String,
        keyID: (String) -> String?, signatureValid: (String, String, String) -> Bool
    ) -> AuditChain.Verification {
        var v = AuditChain.verify(links: links, head: head, hash: hash)
        v.seals = e.seals.count
        if !v.ok { return v }
        if let first = links.first, first.id != 1 {
            return v.breaking(first.id, tr("audit.seal.start", first.id))
        }
        if links.isEmpty, let s = e.seals.last {
            return v.breaking(s.lastID, tr("audit.seal.wiped", s.sealedAt))
        }
        // A "seal" row is written in the seal's own transaction: one without its seal lost it.
        let sealed = Set(e.seals.map(\.lastID))
        if let orphan = e.sealRows.first(where: { !sealed.contains($0) }) {
            return v.breaking(orphan, tr("audit.seal.missing", orphan))
        }
        if let broken = keyProblem(e, keyID: keyID) { return v.breaking(0, broken) }
        let byID = Dictionary(links.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let keys = Dictionary(e.keys.map { ($0.keyID, $0.publicKey) }, uniquingKeysWith: { a, _ in a })
        for s in e.seals.sorted(by: { ($0.lastID, $0.id) < ($1.lastID, $1.id) }) {
            guard let key = e.trustedKey ?? keys[s.keyID], keyID(key) == s.keyID else {
                return v.breaking(s.lastID, tr("audit.seal.unknown_key", s.sealedAt, s.keyID))
            }
            guard signatureValid(message(of: s), s.signature, key) else {
                return v.breaking(s.lastID, tr("audit.seal.signature", s.sealedAt))
            }
            guard let row = byID[s.lastID], row.hash == s.lastHash, let head, head.id >= s.lastID else {
                return v.breaking(s.lastID, tr("audit.seal.row", s.lastID, s.sealedAt))
            }
        }
        v.lastSeal = e.seals.max { ($0.lastID, $0.id) < ($1.lastID, $1.id) }
        return v
    }

    /// The keys themselves: each key's id is its own, and with a trusted key every key in the
    /// database is that key (a replaced key would let a rewritten log be sealed again).
    static func keyProblem(_ e: AuditSealEvidence, keyID: (String) -> String?) -> String? {
        if let trusted = e.trustedKey {
            guard let trustedID = keyID(trusted) else { return tr("audit.seal.trusted_bad") }
            if let other = e.keys.first(where: { $0.publicKey != trusted }) {
                return tr("audit.seal.replaced", other.keyID, trustedID)
            }
            if e.keys.isEmpty || e.seals.isEmpty { return tr("audit.seal.none", trustedID) }
        }
        for k in e.keys where keyID(k.publicKey) != k.keyID {
            return tr("audit.seal.key_id", k.keyID)
        }
        if e.seals.isEmpty, let k = e.keys.first { return tr("audit.seal.none", k.keyID) }
        return nil
    }
}

extension AuditChain.Verification {
    func breaking(_ id: Int, _ reason: String) -> AuditChain.Verification {
        var v = self
        v.broken = (id, reason)
        return v
    }
}

/// The privacy officer's private key at work: its public half (base64) and a signing function
/// (base64 signature of a message). The store makes it from the key file.
public struct AuditSigner: Sendable {
    public var publicKey: String
    public var sign: @Sendable (String) throws -> String
    public init(publicKey: String, sign: @escaping @Sendable (String) throws -> String) {
        self.publicKey = publicKey; self.sign = sign
    }
}
