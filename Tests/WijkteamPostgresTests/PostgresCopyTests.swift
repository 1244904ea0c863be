#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore
import WijkteamTestSupport

/// `wijkteam copy`: the sample district and a small city into PostgreSQL, whole or not at all.
@Suite struct PostgresCopyTests {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: repoRoot.appendingPathComponent("sample-data"))
        let path = Scratch.folder("copy").appendingPathComponent("w.sqlite").path
        let store = try SQLiteStore.create(at: path, from: data)
        // Some audit rows, so the chain has links to check: two household opens.
        _ = try store.acting(as: AuditActor(staffID: "fatima", account: "fatima", origin: "tests")).household(id: 1, access: .household)
        _ = try store.acting(as: AuditActor(staffID: "daan", account: "daan", origin: "tests")).household(id: 2, access: .network)
        return store
    }

    @Test func theSampleDistrictArrivesWholeWithAVerifiedAuditChain() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let source = try Self.sample()
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        let report = try PostgresCopy.copy(from: source, to: session)
        #expect(report.countsMatch, "\(report.tables)")
        #expect(Set(report.tables.map(\.table)) == Set(try source.tableColumns().map(\.table)))
        #expect(report.tables.first { $0.table == "household" }.map { $0.postgres > 40 } == true)
        #expect(report.tables.first { $0.table == "journal_entry" }.map { $0.postgres > 100 } == true)
        #expect(report.audit.ok && report.audit.rows >= 2, "\(report.audit)")
        // Values arrive as written: the same cases, texts and days.
        let lite = try source.cases(includeClosed: true).map { "\($0.id)|\($0.presentingQuestion)|\($0.opened)|\($0.regisseurID ?? "-")" }
        let pg = try session.rows("SELECT id, presenting, opened, regisseur_id FROM care_case ORDER BY id").map { row -> String in
            let (id, q, opened, r) = try row.decode((Int, String, String, String?).self)
            return "\(id)|\(q)|\(opened)|\(r ?? "-")"
        }
        #expect(pg == lite)
        // The last contact the trigger keeps came along as copied, and new rows get new ids.
        let next = try session.rows("INSERT INTO journal_entry (case_id, date, kind, text) VALUES (1, '2026-11-21', 'contact', 'x') RETURNING id")
        let maxBefore = try source.rowCount(of: "journal_entry")
        #expect(try next.first!.decode(Int.self) > maxBefore)
    }

    @Test func aSecondCopyIsRefusedAndChangesNothing() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let source = try Self.sample()
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        _ = try PostgresCopy.copy(from: source, to: session)
        let before = try session.rows("SELECT COUNT(*) FROM household").first!.decode(Int.self)
        #expect { try PostgresCopy.copy(from: source, to: session) } throws: { "\($0)".contains("already holds a district") }
        #expect(try session.rows("SELECT COUNT(*) FROM household").first!.decode(Int.self) == before)
    }

    /// A row the server refuses half-way (here: a staff member a test removed from the target's
    /// reach by a check) leaves the target as empty as it was.
    @Test func aCopyThatFailsHalfWayLeavesNothingBehind() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let source = try Self.sample()
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        try PostgresMigrator.migrate(session)
        try session.execute("ALTER TABLE journal_entry ADD CONSTRAINT short_text CHECK (length(text) < 20)")
        #expect(throws: (any Error).self) { try PostgresCopy.copy(from: source, to: session) }
        for table in ["meta", "staff", "household", "care_case", "journal_entry", "audit_log"] {
            #expect(try session.rows("SELECT COUNT(*) FROM \(table)").first!.decode(Int.self) == 0, "\(table)")
        }
    }

    @Test func aTamperedAuditRowOnTheServerIsFound() throws {
        let scratch = try ScratchDatabase()
        defer { scratch.drop() }
        let session = try PostgresSession.connect(scratch.location)
        defer { session.close() }
        _ = try PostgresCopy.copy(from: try Self.sample(), to: session)
        try session.execute("UPDATE audit_log SET detail = 'nothing to see' WHERE id = (SELECT MIN(id) FROM audit_log)")
        let check = try PostgresCopy.verifyAudit(session)
        #expect(!check.ok)
    }
}
#endif
