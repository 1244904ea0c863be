import Testing
@testable import Wijkteam

/// The seal rules with a stand-in hash and signature (the real Ed25519 is the store's, tested
/// in AuditSealStoreTests): what a rewritten, cut back or wiped log looks like once sealed.
@Suite struct AuditSealTests {
    /// FNV-1a, hex: deterministic, and enough to tell texts apart here.
    static func hash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }
    static func keyID(_ key: String) -> String? { key.hasPrefix("pk-") ? "id-" + key : nil }
    static func sign(_ message: String, _ key: String) -> String { "sig:" + key + ":" + hash(message) }
    static func valid(_ message: String, _ signature: String, _ key: String) -> Bool { signature == sign(message, key) }

    /// A chain of `count` rows from `first`, each row's text `text(id)`.
    static func chain(_ ids: ClosedRange<Int>, text: (Int) -> String = { "row \($0)" }) -> [AuditChain.Link] {
        var links: [AuditChain.Link] = []
        for id in ids {
            let previous = links.last?.hash ?? AuditChain.genesis
            let canonical = "\(id)|\(text(id))|\(previous)"
            links.append(AuditChain.Link(id: id, previousHash: previous, hash: hash(canonical), canonical: canonical))
        }
        return links
    }

    static func seal(_ id: Int, over links: [AuditChain.Link], at: String, key: String = "pk-officer") -> AuditSeal {
        let row = links.first { $0.id == id }!
        var s = AuditSeal(id: 1, sealedAt: at, lastID: id, lastHash: row.hash, keyID: keyID(key)!, signature: "", sealedBy: "fatima")
        s.signature = sign(AuditSeals.message(of: s), key)
        return s
    }

    static func verify(
        _ links: [AuditChain.Link], head: (id: Int, hash: String)?, seals: [AuditSeal], sealRows: [Int]? = nil,
        keys: [AuditSealKey] = [AuditSealKey(keyID: "id-pk-officer", publicKey: "pk-officer")],
        trusted: String? = nil
    ) -> AuditChain.Verification {
        let e = AuditSealEvidence(seals: seals, keys: keys, sealRows: sealRows ?? seals.map(\.lastID), trustedKey: trusted)
        return AuditSeals.verify(links: links, head: head, evidence: e, hash: hash, keyID: keyID, signatureValid: valid)
    }

    static func head(_ links: [AuditChain.Link]) -> (id: Int, hash: String)? { links.last.map { ($0.id, $0.hash) } }

    let links = Self.chain(1...10)
    var sealed: AuditSeal { Self.seal(8, over: links, at: "2026-12-03T02:00:00Z") }

    @Test func aSealedLogVerifiesAndSaysItsLastSeal() {
        let v = Self.verify(links, head: Self.head(links), seals: [sealed])
        #expect(v.ok, "\(String(describing: v.broken))")
        #expect(v.seals == 1 && v.lastSeal?.lastID == 8 && v.rows == 10)
        #expect(AuditSeals.message(of: sealed) == "wijkteam-audit-seal\n8\n\(links[7].hash)\n2026-12-03T02:00:00Z\nid-pk-officer")
    }

    @Test func aRowAlteredAndTheWholeChainRecomputedFailsOnceSealed() {
        let rewritten = Self.chain(1...10) { $0 == 5 ? "row 5, made harmless" : "row \($0)" }
        #expect(AuditChain.verify(links: rewritten, head: Self.head(rewritten), hash: Self.hash).ok, "the chain alone cannot tell")
        let v = Self.verify(rewritten, head: Self.head(rewritten), seals: [sealed])
        #expect(v.broken?.id == 8)
        #expect(v.broken?.reason == "row 8 no longer matches the seal of 2026-12-03T02:00:00Z")
        #expect(Self.verify(rewritten, head: Self.head(rewritten), seals: [], keys: []).ok, "never sealed: nothing to hold it to")
    }

    @Test func aWipedLogWithSealsFails() {
        let v = Self.verify([], head: nil, seals: [sealed])
        #expect(v.broken?.reason.contains("empty but was sealed on 2026-12-03T02:00:00Z") == true, "\(String(describing: v.broken))")
        #expect(Self.verify([], head: nil, seals: [], keys: []).ok, "a log never written and never sealed is fine")
    }

    @Test func rowsRemovedBehindASealWithTheHeadSetBackFail() {
        let cut = Array(links.prefix(6))
        #expect(AuditChain.verify(links: cut, head: Self.head(cut), hash: Self.hash).ok, "the chain alone cannot tell")
        let v = Self.verify(cut, head: Self.head(cut), seals: [sealed])
        #expect(v.broken?.id == 8 && v.broken?.reason == "row 8 no longer matches the seal of 2026-12-03T02:00:00Z")
    }

    @Test func aLogRewrittenFromGenesisAfterItsFirstRowsWereDeletedFails() {
        let restarted = Self.chain(4...10)
        let v = Self.verify(restarted, head: Self.head(restarted), seals: [])
        #expect(v.broken?.id == 4 && v.broken?.reason.contains("starts at row 4, not row 1") == true)
    }

    @Test func anEditedSignatureOrSealFails() {
        var s = sealed
        s.signature = "sig:pk-officer:0"
        #expect(Self.verify(links, head: Self.head(links), seals: [s]).broken?.reason.contains("not carry a valid signature") == true)
        // Moving a seal to a rewritten head: the signature no longer covers it.
        s = sealed
        s.lastID = 10; s.lastHash = links[9].hash
        #expect(Self.verify(links, head: Self.head(links), seals: [s], sealRows: [10]).broken?.reason.contains("valid signature") == true)
    }

    @Test func aReplacedKeyFailsAgainstTheKeyKeptApart() {
        // An attacker with their own key re-seals a rewritten log and swaps the key row.
        let rewritten = Self.chain(1...10) { $0 == 5 ? "row 5, made harmless" : "row \($0)" }
        let forged = Self.seal(8, over: rewritten, at: "2026-12-03T02:00:00Z", key: "pk-attacker")
        let swapped = [AuditSealKey(keyID: "id-pk-attacker", publicKey: "pk-attacker")]
        #expect(Self.verify(rewritten, head: Self.head(rewritten), seals: [forged], keys: swapped).ok, "the database alone cannot tell")
        let v = Self.verify(rewritten, head: Self.head(rewritten), seals: [forged], keys: swapped, trusted: "pk-officer")
        #expect(
            v.broken?.reason
                == "the sealing key id-pk-attacker in the database is not the given key id-pk-officer: someone replaced the key")
        #expect(Self.verify(links, head: Self.head(links), seals: [sealed], trusted: "pk-officer").ok)
        // A key row whose id is not its key's.
        let mislabelled = [AuditSealKey(keyID: "id-pk-officer", publicKey: "pk-attacker")]
        #expect(Self.verify(links, head: Self.head(links), seals: [sealed], keys: mislabelled).broken?.reason.contains("replaced") == true)
    }

    @Test func removedSealsShow() {
        // The "seal" row stays in the chain when its seal is deleted.
        #expect(Self.verify(links, head: Self.head(links), seals: [], sealRows: [8]).broken?.id == 8)
        // All seals gone but the key: the key is registered with the first seal.
        let v = Self.verify(links, head: Self.head(links), seals: [], sealRows: [])
        #expect(v.broken?.reason.contains("no seals: the seals were removed") == true)
        // Everything gone, but the officer has the public key.
        #expect(Self.verify([], head: nil, seals: [], keys: [], trusted: "pk-officer").broken?.reason.contains("no seals") == true)
    }
}
