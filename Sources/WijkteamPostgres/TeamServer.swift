#if PostgreSQL
import Foundation
import PostgresNIO
import Wijkteam
import WijkteamStore

/// `wijkteam server init`: a team's database on a PostgreSQL server, with need-to-know enforced
/// by the server (`TeamGuard`). Run by the server's administrator; running it again brings the
/// schema and the policies up to date and adds login roles for new colleagues.
public enum TeamServer {
    public struct Report: Sendable {
        public var names: TeamGuard.Names
        public var database: String
        public var loaded: PostgresCopy.Report?
        /// Staff with an OS account, and what became of their login role.
        public var colleagues: [Colleague]
        public var hbaLines: [String] {
            [
                "local    \(database)  +\(names.staff)  peer map=wijkteam",
                "hostssl  \(database)  +\(names.staff)  0.0.0.0/0  scram-sha-256",
            ]
        }
        public var identLines: [String] { colleagues.filter { $0.leftOn == nil }.map { "wijkteam  \($0.login)  \($0.login)" } }
    }

    public struct Colleague: Sendable, Equatable {
        public var staff: String
        public var login: String
        /// The login role was made now.
        public var created: Bool
        /// Left the team on this day: their role no longer logs in.
        public var leftOn: String?
    }

    /// `load` gives the district to load when the team's schema holds none yet.
    public static func initialize(_ admin: PostgresSession, names n: TeamGuard.Names, load: () throws -> SQLiteStore) throws -> Report {
        try admin.execute(
            """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(n.owner)') THEN CREATE ROLE \(n.owner) NOLOGIN; END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(n.staff)') THEN CREATE ROLE \(n.staff) NOLOGIN; END IF;
            END $$;
            """)
        // The owner's functions tell one session from another by its pid and start time, which
        // the server shows only to itself and to readers of every session's statistics.
        try admin.execute("GRANT pg_read_all_stats TO \(n.owner)")
        // An administrator who is not a superuser acts as the owner through membership.
        if try admin.rows("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").first?.decode(Bool.self) != true {
            try admin.execute("GRANT \(n.owner) TO CURRENT_USER")
        }
        try admin.execute(
            """
            CREATE SCHEMA IF NOT EXISTS \(n.data) AUTHORIZATION \(n.owner);
            CREATE SCHEMA IF NOT EXISTS \(n.guardSchema) AUTHORIZATION \(n.owner);
            REVOKE ALL ON SCHEMA \(n.data), \(n.guardSchema) FROM PUBLIC;
            GRANT USAGE ON SCHEMA \(n.data), \(n.guardSchema) TO \(n.staff);
            SET ROLE \(n.owner);
            SET search_path = \(n.data)
            """)
        var report = Report(names: n, database: admin.location.database, loaded: nil, colleagues: [])
        do {
            try PostgresMigrator.migrate(admin)
            if try admin.rows("SELECT COUNT(*) FROM meta").first?.decode(Int.self) == 0 {
                report.loaded = try PostgresCopy.copy(from: try load(), to: admin)
            }
            try install(admin, n)
            try admin.execute("RESET ROLE")
            report.colleagues = try logins(admin, n)
        } catch {
            try? admin.execute("RESET ROLE")
            throw error
        }
        return report
    }

    /// The guard schema, its functions, views and triggers, the policies and the grants; in one
    /// transaction, so a colleague never meets half of it.
    static func install(_ s: PostgresSession, _ n: TeamGuard.Names) throws {
        let g = n.guardSchema, d = n.data
        try s.execute("BEGIN")
        do {
            try s.execute(
                """
                CREATE UNLOGGED TABLE IF NOT EXISTS \(g).opened (session text NOT NULL, household_id bigint);
                ALTER TABLE \(g).opened DROP COLUMN IF EXISTS xact;
                CREATE INDEX IF NOT EXISTS opened_session ON \(g).opened (session, household_id);
                CREATE TABLE IF NOT EXISTS \(g).write_queue (singleton int);
                """)
            // Markers of sessions that are gone.
            try s.execute("DELETE FROM \(g).opened WHERE split_part(session, '@', 1)::int NOT IN (SELECT pid FROM pg_stat_activity)")
            try s.execute(TeamGuard.functions(n))
            try s.execute(TeamGuard.selfGrants(n))
            try s.execute(TeamGuard.auditAppend(n, actions: AuditAction.allCases.map(\.rawValue)))
            try s.execute(TeamGuard.search(n))
            try s.execute(
                "CREATE OR REPLACE FUNCTION \(g).guard_version() RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT \(TeamGuard.version)'")
            for m in TeamGuard.masked(g) { try installView(m, s, n) }
            for (table, filter) in TeamGuard.policies(g) { try s.execute(TeamGuard.policy(table, filter: filter, n)) }
            try s.execute(TeamGuard.teamTables(n))
            try s.execute(readOnlyGrants(n))
            try s.execute(auditGrants(n))
            try s.execute(accessGrantPolicies(n))
            try s.execute(TeamGuard.records(n))
            try s.execute(TeamGuard.history(n))
            try s.execute(
                """
                GRANT UPDATE ON \(g).write_queue TO \(n.staff);
                REVOKE ALL ON ALL FUNCTIONS IN SCHEMA \(g) FROM PUBLIC;
                GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA \(g) TO \(n.staff);
                REVOKE EXECUTE ON FUNCTION \(g).self_grant(bigint, text) FROM \(n.staff);
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA \(d) FROM \(n.staff)
                """)
            try s.execute("COMMIT")
        } catch {
            try? s.execute("ROLLBACK")
            throw error
        }
    }

    static func installView(_ m: TeamGuard.Masked, _ s: PostgresSession, _ n: TeamGuard.Names) throws {
        let d = n.data, g = n.guardSchema
        let columns = try s.rows(
            """
            SELECT column_name::text FROM information_schema.columns WHERE table_schema = '\(d)' AND table_name = '\(m.table)'
            ORDER BY ordinal_position
            """
        ).map { try $0.decode(String.self) }
        guard !columns.isEmpty else { throw TeamGuardError("\(d).\(m.table) is missing: the schema is not a wijkteam schema") }
        let key = try s.rows(
            """
            SELECT a.attname::text FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = '\(d).\(m.table)'::regclass AND i.indisprimary ORDER BY a.attnum
            """
        ).map { try $0.decode(String.self) }
        let identity = try !s.rows(
            """
            SELECT 1 FROM pg_attribute WHERE attrelid = '\(d).\(m.table)'::regclass AND attname = 'id' AND attidentity <> ''
            """
        ).isEmpty
        try s.execute("DROP VIEW IF EXISTS \(g).\(m.table) CASCADE")
        try s.execute(TeamGuard.view(m, columns: columns, key: key, identity: identity, n))
        // Columns a writer leaves out get the table's defaults, as on the table itself.
        for row in try s.rows(
            """
            SELECT a.attname::text, pg_get_expr(ad.adbin, ad.adrelid) FROM pg_attrdef ad
            JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum WHERE ad.adrelid = '\(d).\(m.table)'::regclass
            """)
        {
            let (column, expression) = try row.decode((String, String).self)
            try s.execute("ALTER VIEW \(g).\(m.table) ALTER COLUMN \(column) SET DEFAULT \(expression)")
        }
        try s.execute(
            """
            ALTER TABLE \(d).\(m.table) ENABLE ROW LEVEL SECURITY;
            REVOKE ALL ON \(d).\(m.table) FROM \(n.staff);
            GRANT SELECT, INSERT, UPDATE, DELETE ON \(g).\(m.table) TO \(n.staff)
            """)
    }

    /// What colleagues read and nobody changes but the team lead or the administrator.
    static func readOnlyGrants(_ n: TeamGuard.Names) -> String {
        let d = n.data, g = n.guardSchema
        return """
            GRANT SELECT ON \(d).meta, \(d).schema_migrations TO \(n.staff);
            ALTER TABLE \(d).meta ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(d).meta;
            CREATE POLICY guard_read ON \(d).meta FOR SELECT USING ((SELECT \(g).me()) IS NOT NULL);
            ALTER TABLE \(d).setting ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(d).setting; DROP POLICY IF EXISTS guard_lead ON \(d).setting;
            CREATE POLICY guard_read ON \(d).setting FOR SELECT USING ((SELECT \(g).me()) IS NOT NULL);
            CREATE POLICY guard_lead ON \(d).setting FOR ALL USING ((SELECT \(g).is_lead())) WITH CHECK ((SELECT \(g).is_lead()));
            GRANT SELECT, INSERT, UPDATE ON \(d).setting TO \(n.staff)
            """
    }

    /// The access log: read by the keepers of records, team lead and privacy officer (and each
    /// colleague their own rows), appended only by `audit_append`, never changed, by them neither.
    /// Seals (when the schema has them) are added by the keepers of records.
    static func auditGrants(_ n: TeamGuard.Names) throws -> String {
        let d = n.data, g = n.guardSchema
        var sql = """
            REVOKE ALL ON \(d).audit_log, \(d).audit_head FROM \(n.staff);
            ALTER TABLE \(d).audit_log ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(d).audit_log;
            CREATE POLICY guard_read ON \(d).audit_log FOR SELECT USING ((SELECT \(g).keeps_records()) OR (account = session_user AND (SELECT \(g).me()) IS NOT NULL));
            GRANT SELECT ON \(d).audit_log, \(d).audit_head TO \(n.staff)
            """
        sql += """
            ;
            DO $$ BEGIN
                IF to_regclass('\(d).audit_seal') IS NOT NULL THEN
                    EXECUTE 'ALTER TABLE \(d).audit_seal ENABLE ROW LEVEL SECURITY';
                    EXECUTE 'ALTER TABLE \(d).audit_seal_key ENABLE ROW LEVEL SECURITY';
                    EXECUTE 'DROP POLICY IF EXISTS guard_read ON \(d).audit_seal';
                    EXECUTE 'DROP POLICY IF EXISTS guard_add ON \(d).audit_seal';
                    EXECUTE 'DROP POLICY IF EXISTS guard_read ON \(d).audit_seal_key';
                    EXECUTE 'DROP POLICY IF EXISTS guard_add ON \(d).audit_seal_key';
                    EXECUTE 'CREATE POLICY guard_read ON \(d).audit_seal FOR SELECT USING (true)';
                    EXECUTE 'CREATE POLICY guard_add ON \(d).audit_seal FOR INSERT WITH CHECK ((SELECT \(g).keeps_records()))';
                    EXECUTE 'CREATE POLICY guard_read ON \(d).audit_seal_key FOR SELECT USING (true)';
                    EXECUTE 'CREATE POLICY guard_add ON \(d).audit_seal_key FOR INSERT WITH CHECK ((SELECT \(g).keeps_records()))';
                    EXECUTE 'REVOKE ALL ON \(d).audit_seal, \(d).audit_seal_key FROM \(n.staff)';
                    EXECUTE 'GRANT SELECT, INSERT ON \(d).audit_seal, \(d).audit_seal_key TO \(n.staff)';
                END IF;
            END $$
            """
        return sql
    }

    /// Self-given access and reasons for reading (break-the-glass): each colleague reads their
    /// own, the keepers of records all; only the team lead removes a grant, the keepers of
    /// records review a reason.
    static func accessGrantPolicies(_ n: TeamGuard.Names) -> String {
        let d = n.data, g = n.guardSchema
        return """
            ALTER TABLE \(d).access_grant ENABLE ROW LEVEL SECURITY;
            ALTER TABLE \(d).break_glass ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(d).access_grant; DROP POLICY IF EXISTS guard_add ON \(d).access_grant;
            DROP POLICY IF EXISTS guard_remove ON \(d).access_grant;
            DROP POLICY IF EXISTS guard_read ON \(d).break_glass; DROP POLICY IF EXISTS guard_add ON \(d).break_glass;
            DROP POLICY IF EXISTS guard_review ON \(d).break_glass;
            CREATE POLICY guard_read ON \(d).access_grant FOR SELECT USING (staff_id = \(g).me() OR (SELECT \(g).keeps_records()));
            CREATE POLICY guard_remove ON \(d).access_grant FOR DELETE USING ((SELECT \(g).is_lead()));
            CREATE POLICY guard_read ON \(d).break_glass FOR SELECT USING (staff_id = \(g).me() OR (SELECT \(g).keeps_records()));
            CREATE POLICY guard_add ON \(d).break_glass FOR INSERT WITH CHECK (staff_id = \(g).me());
            CREATE POLICY guard_review ON \(d).break_glass FOR UPDATE USING ((SELECT \(g).keeps_records())) WITH CHECK ((SELECT \(g).keeps_records()));
            REVOKE ALL ON \(d).access_grant, \(d).break_glass FROM \(n.staff);
            GRANT SELECT, DELETE ON \(d).access_grant TO \(n.staff);
            GRANT SELECT, INSERT, UPDATE ON \(d).break_glass TO \(n.staff)
            """
    }

    /// A login role for every colleague with an OS account, a member of the team's staff role,
    /// finding the team's tables first; a colleague who has left keeps the role without LOGIN.
    static func logins(_ s: PostgresSession, _ n: TeamGuard.Names) throws -> [Colleague] {
        let rows = try s.rows(
            """
            SELECT id, account, CASE WHEN left_on <= \(TeamGuard.today) THEN left_on END FROM \(n.data).staff
            WHERE account IS NOT NULL AND account <> '' ORDER BY id
            """)
        var made: [Colleague] = []
        for row in rows {
            let (id, account, leftOn) = try row.decode((String, String, String?).self)
            guard account.range(of: #"^[a-z_][a-z0-9_.-]{0,62}$"#, options: .regularExpression) != nil else {
                throw TeamGuardError("staff \(id)'s account '\(account)' cannot be a login role: lower-case letters, digits, . _ -")
            }
            let canLogin = try s.rows("SELECT rolcanlogin FROM pg_roles WHERE rolname = $1", [account].bindings).first?.decode(Bool.self)
            if let leftOn {
                if canLogin != nil { try close(account, s, n) }
                made.append(Colleague(staff: id, login: account, created: false, leftOn: leftOn))
                continue
            }
            // Login roles are the server's, not one database's: another team set up at the same
            // moment may make the same login between the look and the CREATE.
            if canLogin == nil {
                try s.execute(
                    """
                    DO $$ BEGIN CREATE ROLE "\(account)" LOGIN;
                    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
                    """)
            }
            // Back on the team (their leaving day withdrawn): their login works again.
            if canLogin == false { try s.execute("ALTER ROLE \"\(account)\" LOGIN") }
            let exists = canLogin != nil
            try s.execute(
                """
                GRANT \(n.staff) TO "\(account)";
                ALTER ROLE "\(account)" IN DATABASE "\(s.location.database)" SET search_path = \(n.guardSchema), \(n.data);
                ALTER ROLE "\(account)" IN DATABASE "\(s.location.database)" SET idle_in_transaction_session_timeout = '5min'
                """)
            made.append(Colleague(staff: id, login: account, created: !exists, leftOn: nil))
        }
        return made
    }
}

extension TeamServer {
    /// A colleague who left: out of the team's staff role, and without LOGIN unless the role
    /// is still another team's colleague (roles are the server's, not one database's), the
    /// administrator's own or a superuser's.
    static func close(_ account: String, _ s: PostgresSession, _ n: TeamGuard.Names) throws {
        try s.execute("REVOKE \(n.staff) FROM \"\(account)\"")
        let keep = try s.rows(
            """
            SELECT r.rolsuper OR r.rolname = current_user OR NOT r.rolcanlogin
                OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = r.oid)
            FROM pg_roles r WHERE r.rolname = $1
            """, [account].bindings
        ).first?.decode(Bool.self)
        if keep == false { try s.execute("ALTER ROLE \"\(account)\" NOLOGIN") }
    }
}

extension Array where Element == String {
    var bindings: PostgresBindings {
        var b = PostgresBindings(capacity: count)
        for s in self { b.append(s) }
        return b
    }
}
#endif
