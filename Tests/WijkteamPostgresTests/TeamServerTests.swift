#if PostgreSQL
import Foundation
import PostgresNIO
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore
import WijkteamTestSupport

/// Issue 23: need-to-know and the access log held by the server, tried as a colleague with
/// psql would: connected with their own login, in plain SQL.
@Suite(.serialized) struct TeamServerTests {
    /// A scratch database with the sample district set up as the README says
    /// (`wijkteam server init`), and a way to connect as any colleague.
    struct Team {
        let scratch: ScratchDatabase
        let names: TeamGuard.Names

        init() throws {
            scratch = try ScratchDatabase()
            names = try TeamGuard.Names(team: "t_" + String(scratch.location.database.suffix(10)))
            let admin = try PostgresSession.connect(scratch.location)
            defer { admin.close() }
            let report = try TeamServer.initialize(admin, names: names) { try PostgresCopyTests.sample() }
            #expect(report.loaded?.countsMatch == true)
            #expect(report.colleagues.map(\.login).contains("daan"))
        }

        func location(_ login: String) -> PostgresLocation {
            var l = scratch.location
            l.user = login
            return l
        }

        func psql(_ login: String) throws -> PostgresSession { try PostgresSession.connect(location(login)) }

        /// One statement's rows on a session of its own, closed after.
        func once<T>(_ login: String, _ body: (PostgresSession) throws -> T) throws -> T {
            let s = try psql(login)
            defer { s.close() }
            return try body(s)
        }

        func drop() {
            scratch.drop()
            guard let admin = try? PostgresSession.connect(scratch.server) else { return }
            for role in [names.staff, names.owner] {
                try? admin.execute("REASSIGN OWNED BY \(role) TO CURRENT_USER; DROP OWNED BY \(role); DROP ROLE IF EXISTS \(role)")
            }
            admin.close()
        }
    }

    static func count(_ s: PostgresSession, _ sql: String) throws -> Int { try s.rows(sql).first?.decode(Int.self) ?? -1 }

    static func refused(_ s: PostgresSession, _ sql: String) -> String? {
        do {
            _ = try s.rows(sql)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aGeneralistWithPsqlReadsNoSensitiveTextAndCannotTouchTheLog() throws {
        let team = try Team()
        defer { team.drop() }
        let daan = try team.psql("daan")
        defer { daan.close() }
        // The entries are there (date, kind, author), their text is not: not by the view, not by the table.
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM journal_entry WHERE sensitive = 1") == 17)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM journal_entry WHERE sensitive = 1 AND text <> ''") == 0)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM journal_entry WHERE search_text LIKE '%drink%'") == 0)
        #expect(Self.refused(daan, "SELECT text FROM \(team.names.data).journal_entry")?.contains("permission denied") == true)
        // Safety signals, their reporters and Meldcode notes, a safety case's question.
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM signal WHERE safety = 1 AND (description <> '' OR reporter_name <> '')") == 0)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM care_case WHERE safety = 1 AND presenting <> ''") == 0)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM care_case WHERE safety = 1") > 0)
        // The access log: not changed, not removed, not emptied; the chain cannot be set back.
        for sql in [
            "DELETE FROM audit_log", "UPDATE audit_log SET detail = 'x'", "TRUNCATE audit_log",
            "UPDATE audit_head SET last_id = 0", "DELETE FROM audit_head",
            "INSERT INTO audit_log (at, account, action, result, origin, prev_hash, hash) VALUES ('x', 'fatima', 'change', 'allowed', 'x', 'x', 'x')",
            "SELECT nextval('\(team.names.data).audit_log_id_seq')",
        ] {
            #expect(Self.refused(daan, sql)?.contains("permission denied") == true, "\(sql)")
        }
        // Becoming the team lead or the demo, or turning a flag off to read what it protects.
        #expect(Self.refused(daan, "UPDATE staff SET role = 'team_lead' WHERE id = 'daan'")?.contains("permission denied") == true)
        #expect(Self.refused(daan, "UPDATE meta SET value = '1' WHERE key = 'demo'")?.contains("permission denied") == true)
        #expect(Self.refused(daan, "UPDATE journal_entry SET sensitive = 0 WHERE sensitive = 1")?.contains("permission denied") == true)
        #expect(Self.refused(daan, "UPDATE care_case SET safety = 0 WHERE safety = 1")?.contains("permission denied") == true)
        #expect(Self.refused(daan, "UPDATE signal SET safety = 0 WHERE safety = 1")?.contains("permission denied") == true)
        #expect(
            Self.refused(daan, "UPDATE journal_entry SET author_id = 'daan' WHERE sensitive = 1")?.contains("permission denied") == true)
        #expect(Self.refused(daan, "SET ROLE \(team.names.owner)")?.contains("permission denied") == true)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM journal_entry WHERE sensitive = 1 AND text <> ''") == 0)
        // The log as the server appends it: who is the session's login, whatever the client says.
        try daan.execute("SELECT audit_append(3, 3, 'open_household', 'by hand', 'allowed', 'psql')")
        let row = try #require(
            try team.once("fatima") { try $0.rows("SELECT account, staff_id FROM audit_log ORDER BY id DESC LIMIT 1").first })
        #expect(try row.decode((String, String).self) == ("daan", "daan"))
        #expect(try team.once("fatima") { try PostgresCopy.verifyAudit($0) }.ok)
    }

    @Test func readingAHouseholdsHistoryLeavesAnAccessLogRowFirst() throws {
        let team = try Team()
        defer { team.drop() }
        let fatima = try team.psql("fatima")
        defer { fatima.close() }
        let texts = "SELECT COUNT(*) FROM journal_entry j JOIN care_case c ON c.id = j.case_id WHERE c.household_id = 3 AND j.text <> ''"
        // The team lead may read everything, but not without it being logged.
        #expect(try Self.count(fatima, texts) == 0)
        let before = try Self.count(fatima, "SELECT COUNT(*) FROM audit_log")
        try fatima.execute("SELECT audit_append(3, NULL, 'open_household', '', 'allowed', 'psql')")
        #expect(try Self.count(fatima, texts) > 3)
        #expect(try Self.count(fatima, "SELECT COUNT(*) FROM audit_log") == before + 1)
        // Another household stays closed; another session starts closed.
        #expect(
            try Self.count(
                fatima,
                "SELECT COUNT(*) FROM journal_entry j JOIN care_case c ON c.id = j.case_id WHERE c.household_id <> 3 AND j.text <> ''") == 0
        )
        let second = try team.psql("fatima")
        defer { second.close() }
        #expect(try Self.count(second, texts) == 0)

        // The app does the same: opening the household logs it, then shows the history.
        let (store, staff) = try PostgresStore.openAsColleague(team.location("fatima"), origin: "test")
        #expect(staff.id == "fatima" && store.isGuarded)
        let record = try store.household(id: 3, access: .household)
        #expect(record.journal.filter { $0.sensitive && !$0.text.isEmpty }.count >= 3)
        let last = try #require(try store.auditLog(householdID: 3).last)
        #expect(last.action == .openHousehold && last.account == "fatima" && last.staffID == "fatima")
        #expect(try store.verifyAudit().ok)
    }

    @Test func theOutsideColleagueSeesOnlySharedHouseholdsAlsoInMinutesAndNewStaffChangeNothing() throws {
        let team = try Team()
        defer { team.drop() }
        let karin = try team.psql("karin")
        defer { karin.close() }
        let shared = try Self.count(karin, "SELECT COUNT(*) FROM household")
        #expect(shared >= 1 && shared < 46)
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM person WHERE household_id NOT IN (SELECT id FROM household)") == 0)
        #expect(try Self.count(karin, "SELECT COUNT(DISTINCT household_id) FROM care_case") == shared)
        for table in ["meeting_minute", "decision", "meeting_item"] {
            #expect(
                try Self.count(
                    karin,
                    """
                    SELECT COUNT(*) FROM \(table) t WHERE t.case_id IS NOT NULL
                    AND t.case_id NOT IN (SELECT id FROM care_case)
                    """) == 0, "\(table)")
        }
        #expect(try Self.count(karin, "SELECT COUNT(*) FROM decision WHERE case_id IS NULL") == 0)
        // Adding herself to a case of a household she cannot see is refused.
        let hidden = try #require(
            try team.once("fatima") {
                try $0.rows(
                    "SELECT MIN(id) FROM care_case WHERE household_id <> ALL(ARRAY(SELECT household_id FROM case_member m JOIN care_case c ON c.id = m.case_id WHERE m.staff_id = 'karin'))"
                ).first?.decode(Int.self)
            })
        #expect(
            Self.refused(karin, "INSERT INTO case_member (case_id, staff_id, added_on) VALUES (\(hidden), 'karin', '2026-12-01')") != nil)
        // New staff read, and change nothing even with psql.
        let sanne = try team.psql("sanne")
        defer { sanne.close() }
        #expect(try Self.count(sanne, "SELECT COUNT(*) FROM household") == 46)
        #expect(Self.refused(sanne, "UPDATE household SET name = 'x' WHERE id = 1") == nil)
        #expect(try team.once("fatima") { try Self.count($0, "SELECT COUNT(*) FROM household WHERE name = 'x'") } == 0)
        #expect(
            Self.refused(sanne, "INSERT INTO journal_entry (case_id, date, kind, text) VALUES (3, '2026-12-01', 'phone', 'x')")?.contains(
                "permission denied") == true)
    }

    /// Seals on the team's server: the team lead seals through the app, nobody else can add a
    /// seal or a key, and the chain with its seals verifies (also against the key kept apart).
    @Test func theTeamLeadSealsTheServersLogAndNobodyElseCan() throws {
        let team = try Team()
        defer { team.drop() }
        let folder = Scratch.folder("seal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let keyFile = folder.appendingPathComponent("audit-seal.key").path
        _ = try AuditSealKeyFile.create(at: keyFile)
        let (lead, _) = try PostgresStore.openAsColleague(team.location("fatima"), origin: "test")
        _ = try lead.household(id: 3, access: .household)
        let seal = try lead.sealAudit(with: try AuditSealKeyFile.signer(at: keyFile))
        let verified = try lead.verifyAudit(trustedKey: try AuditSealKeyFile.publicKey(at: keyFile + ".pub"))
        #expect(verified.ok, "\(String(describing: verified.broken))")
        let daan = try team.psql("daan")
        defer { daan.close() }
        #expect(
            Self.refused(
                daan,
                "INSERT INTO audit_seal (sealed_at, last_id, last_hash, key_id, signature, sealed_by) VALUES ('x', \(seal.lastID), 'x', '\(seal.keyID)', 'x', 'daan')"
            ) != nil)
        #expect(Self.refused(daan, "INSERT INTO audit_seal_key VALUES ('k', 'k', 'x', 'daan')") != nil)
        #expect(Self.refused(daan, "DELETE FROM audit_seal")?.contains("permission denied") == true)
        #expect(try Self.count(daan, "SELECT COUNT(*) FROM audit_seal") == 1)
    }

    @Test func theAppRefusesAServerWithoutThePoliciesAndALoginThatIsNoColleague() throws {
        let team = try Team()
        defer { team.drop() }
        // The administrator's own login finds no team's policies on its path.
        #expect { try PostgresStore.openAsColleague(team.scratch.location, origin: "test") } throws: {
            "\($0)".contains("server init")
        }
        // A plain schema (as `wijkteam init --db postgres://…` makes it) is refused too.
        let plain = try ScratchDatabase()
        defer { plain.drop() }
        let session = try PostgresSession.connect(plain.location)
        defer { session.close() }
        _ = try PostgresCopy.copy(from: try PostgresCopyTests.sample(), to: session)
        #expect { try PostgresStore.openAsColleague(plain.location, origin: "test") } throws: { "\($0)".contains("server init") }
    }
}
#endif
