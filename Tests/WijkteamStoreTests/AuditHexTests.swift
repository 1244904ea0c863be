import Crypto
import Foundation
import Testing

@testable import WijkteamStore

/// The access log's hashes are written as hex by hand: the same text Foundation's
/// `String(format: "%02x")` gave, so every chain already stored still verifies.
@Suite struct AuditHexTests {
    @Test func theHashOfAKnownTextIsTheStandardsOwn() {
        // FIPS 180-2, appendix B.1.
        #expect(AuditRows.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(AuditRows.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func everyByteIsWrittenAsFoundationWroteIt() {
        let every = (0...255).map { UInt8($0) }
        #expect(AuditRows.hex(every) == every.map { String(format: "%02x", $0) }.joined())
        #expect(AuditRows.hex([UInt8]()) == "")
        let digest = SHA256.hash(data: Data("Łukasz Wiśniewski · 😀".utf8))
        #expect(AuditRows.hex(digest) == digest.map { String(format: "%02x", $0) }.joined())
        #expect(AuditSealRows.keyID(raw: Data(every)) == String(AuditRows.hex(SHA256.hash(data: Data(every))).prefix(16)))
    }
}
