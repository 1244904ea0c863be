import Crypto
import Foundation
import GRDB
import Wijkteam

/// A need-to-know refusal: the store commits `event` (result denied) and throws `error`.
package struct AccessDenied: Error {
    package var event: AuditEvent
    package var error: WijkteamError
}

/// Writing and checking the audit log's hash chain, on either engine.
package enum AuditRows {
    static func sha256(_ text: String) -> String { hex(SHA256.hash(data: Data(text.utf8))) }

    /// Bytes as lower-case hex, two digits each (Foundation's `String(format: "%02x")` went through
    /// its formatter, locale and all, 32 times for every access-log row).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func join(_ parts: String...) -> String { parts.filter { !$0.isEmpty }.joined(separator: "; ") }

    /// Appends one row after the current head, inside the caller's transaction (so the log and
    /// the change commit together, and concurrent writers queue on the write lock).
    package static func insert(_ db: some SQLRunner, _ e: AuditEvent, actor: AuditActor) throws {
        if db.auditedOnServer {
            // Who is the server's to say: the session's login, mapped to its staff record there.
            try db.execute(
                "SELECT audit_append(?, ?, ?, ?, ?, ?)",
                [
                    e.householdID, e.caseID, e.action.rawValue, e.detail, e.result.rawValue,
                    actor.origin,
                ])
            return
        }
        let head = try db.fetchOne("SELECT last_id, last_hash FROM audit_head WHERE singleton = 1")
        let previous: String = head?["last_hash"] ?? AuditChain.genesis
        let id = try db.nextID(of: "audit_log")
        var r = AuditRecord(
            id: id, at: StoreClock.timestamp(), account: actor.account, staffID: actor.staffID, householdID: e.householdID,
            caseID: e.caseID, action: e.action, detail: e.detail, result: e.result, origin: actor.origin, previousHash: previous,
            hash: "")
        r.hash = sha256(AuditChain.canonical(r))
        try db.execute("""
            INSERT INTO audit_log (id, at, account, staff_id, household_id, case_id, action, detail, result, origin, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [r.id, r.at, r.account, r.staffID, r.householdID, r.caseID, r.action.rawValue, r.detail, r.result.rawValue,
                  r.origin, r.previousHash, r.hash])
        try db.execute("""
            INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, ?, ?)
            ON CONFLICT(singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash
            """, [r.id, r.hash])
    }

    static func text(_ row: some SQLRow, _ column: String) -> String? {
        switch row[column] as SQLValue {
        case .null: return nil
        case .integer(let i): return String(i)
        case .real(let d): return String(d)
        case .text(let s): return s
        case .blob(let b): return hex(b)
        }
    }

    static func link(_ row: some SQLRow) -> AuditChain.Link {
        let fields = ["id", "at", "account", "staff_id", "household_id", "case_id", "action", "detail", "result", "origin", "prev_hash"]
            .map { text(row, $0) }
        return AuditChain.Link(id: row["id"], previousHash: text(row, "prev_hash") ?? "", hash: text(row, "hash") ?? "",
                               canonical: AuditChain.canonical(fields: fields))
    }

    static func record(_ row: some SQLRow) -> AuditRecord {
        // Read leniently: a row edited by hand must list (verify names it), never crash the listing.
        AuditRecord(id: row["id"], at: text(row, "at") ?? "", account: text(row, "account") ?? "", staffID: text(row, "staff_id"),
                    householdID: text(row, "household_id").flatMap { Int($0) }, caseID: text(row, "case_id").flatMap { Int($0) },
                    action: AuditAction(rawValue: text(row, "action") ?? "") ?? .change, detail: text(row, "detail") ?? "",
                    result: AuditResult(rawValue: text(row, "result") ?? "") ?? .denied, origin: text(row, "origin") ?? "",
                    previousHash: text(row, "prev_hash") ?? "", hash: text(row, "hash") ?? "")
    }

    /// Who reads, as a staff record. Maintenance (no staff) reads as the team lead would.
    /// Recomputes the chain as the database holds it, on either engine: hashed from the stored
    /// text, never from decoded values (see AuditChain.canonical(fields:)).
    /// The seals are checked too (`AuditSealRows.verify`), against the database's own key.
    package static func verify(_ db: some SQLRunner) throws -> AuditChain.Verification {
        try AuditSealRows.verify(db, trustedKey: nil)
    }

    package static func viewer(_ db: some SQLRunner, _ actor: AuditActor) throws -> Staff {
        guard let id = actor.staffID else { return Staff(id: "", name: "maintenance", role: .teamLead, capacity: 0) }
        guard let row = try db.fetchOne("SELECT * FROM staff WHERE id = ?", [id]) else {
            throw WijkteamError.unknownStaff(id)
        }
        return Rows.staff(row)
    }
}
