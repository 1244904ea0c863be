import Foundation

/// Need-to-know enforced by a team's PostgreSQL server (`wijkteam server init`): what the store
/// refuses, the server refuses too, to a colleague connected with psql.
///
/// - The team's tables stay in the team's schema (`data`), owned by a role nobody logs in as
///   (`owner`). Colleagues log in with their own role, a member of the team's `staff` role, and
///   find the tables through `search_path = guard, data`.
/// - Row-level security on every table that holds client data: staff outside the team see only
///   households of cases they were added to; new staff and outside staff change nothing.
/// - The tables whose rows hold text only some may read (sensitive journal entries, safety
///   signals and their reporters, Meldcode notes, a safety case's questions, its follow-up
///   notes, decisions and minutes) are reached only through views of the same name in `guard`,
///   which blank that text for everyone else; their writes go through `INSTEAD OF` triggers that
///   refuse turning a flag off to read what it protects.
/// - A journal entry's text is shown only in a session that has logged opening its household
///   (or, within one transaction, a search): a client that skips the access log reads nothing.
/// - The access log is appended only by `audit_append` (SECURITY DEFINER), with the session's
///   own login as who; no colleague may UPDATE, DELETE or TRUNCATE it.
///
/// Plain strings (no NIO), so the default build compiles them too.
public enum TeamGuard {
    /// Raised when what `install` makes changes: the app refuses a guard older than it knows.
    /// 4: the method's tables of schema v15 (`zrm_measurement`, `kindcheck`) under row-level security.
    /// 5: the plan's tables of schema v16 (plan, route, provision steps, catalogues, iWmo messages).
    /// 6: a case's dated history of schema v17 (`case_history`): read with its case, append-only.
    public static let version = 6

    public struct Names: Sendable, Equatable {
        public let team: String
        public init(team: String) throws {
            guard team.range(of: #"^[a-z][a-z0-9_]{0,39}$"#, options: .regularExpression) != nil else {
                throw TeamGuardError("'\(team)' is not a team name: lower-case letters, digits and _, starting with a letter, at most 40")
            }
            self.team = team
        }
        public var data: String { team }
        public var guardSchema: String { team + "_guard" }
        public var owner: String { team + "_owner" }
        public var staff: String { team + "_staff" }
    }

    /// The text a reader is not given, and on which condition it is shown. `{r}` stands for the
    /// row: empty in a view, `NEW.` or `OLD.` in a trigger.
    struct Masked {
        let table: String
        let filter: String
        /// column → (shown when, what is shown instead)
        let columns: [(column: String, shownWhen: String, instead: String)]
        /// Checks on a change, in PL/pgSQL, before it is written.
        var checks: String = ""
        /// Erasure and retention empty and remove its rows (the keepers of records may).
        var erasable = true
    }

    static func blankKeepingNull(_ column: String) -> String { "CASE WHEN {r}\(column) IS NULL THEN NULL ELSE '' END" }

    /// The journal, signals and cases.
    static func masked(_ g: String) -> [Masked] {
        return [
            Masked(
                table: "journal_entry", filter: "\(g).sees_case({r}case_id)",
                columns: ["text", "search_text"].map {
                    (
                        $0,
                        "(\(g).content_open((SELECT c.household_id FROM care_case c WHERE c.id = {r}case_id))"
                            + " AND ({r}sensitive = 0 OR \(g).reads_case({r}case_id, {r}author_id, {r}id)))", "''"
                    )
                },
                checks: """
                    IF TG_OP = 'INSERT' THEN NEW.author_id := \(g).me(); END IF;
                    IF TG_OP IN ('UPDATE', 'DELETE') AND NOT (\(g).keeps_records() OR OLD.author_id IS NOT DISTINCT FROM \(g).me()) THEN
                        \(denied), 'change or remove an entry someone else wrote' USING ERRCODE = '42501';
                    END IF;
                    IF TG_OP = 'UPDATE' AND (NEW.author_id IS DISTINCT FROM OLD.author_id OR NEW.case_id IS DISTINCT FROM OLD.case_id
                       OR (NEW.sensitive IS DISTINCT FROM OLD.sensitive AND NOT \(g).reads_case(OLD.case_id, OLD.author_id, OLD.id))) THEN
                        \(denied), 'change who wrote an entry, its case or whether it is sensitive' USING ERRCODE = '42501';
                    END IF;
                    """),
            Masked(
                table: "signal",
                filter: "CASE WHEN {r}household_id IS NULL THEN (SELECT \(g).in_team()) ELSE \(g).sees_household({r}household_id) END",
                columns: [("description", "({r}safety = 0 OR \(g).reads_signals({r}household_id))", "''")]
                    + ["reporter_name", "reporter_org", "reporter_phone"].map {
                        ($0, "({r}safety = 0 OR \(g).reads_signals({r}household_id))", blankKeepingNull($0))
                    },
                checks: """
                    IF TG_OP = 'UPDATE' AND OLD.safety <> 0 AND (NEW.safety IS DISTINCT FROM OLD.safety
                       OR NEW.household_id IS DISTINCT FROM OLD.household_id) AND NOT \(g).reads_signals(OLD.household_id) THEN
                        \(denied), 'change a safety signal they may not read' USING ERRCODE = '42501';
                    END IF;
                    -- Who registered and who decided are the session's own, never someone else's name.
                    IF TG_OP = 'INSERT' AND NEW.registered_by IS NOT NULL THEN NEW.registered_by := \(g).me(); END IF;
                    IF TG_OP = 'UPDATE' THEN NEW.registered_by := OLD.registered_by; END IF;
                    IF TG_OP = 'UPDATE' AND NEW.decided_by IS DISTINCT FROM OLD.decided_by AND NEW.decided_by IS NOT NULL THEN
                        NEW.decided_by := \(g).me();
                    END IF;
                    """),
            Masked(
                table: "care_case", filter: "\(g).sees_household({r}household_id)",
                columns: [("presenting", "({r}safety = 0 OR \(g).reads_case({r}id, NULL, 0))", "''")]
                    + ["behind", "discussion"].map { ($0, "({r}safety = 0 OR \(g).reads_case({r}id, NULL, 0))", blankKeepingNull($0)) },
                checks: """
                    IF TG_OP = 'UPDATE' AND (NEW.household_id IS DISTINCT FROM OLD.household_id
                       OR (NEW.safety IS DISTINCT FROM OLD.safety AND NOT \(g).reads_case(OLD.id, NULL, 0))) THEN
                        \(denied), 'move a case or change whether it is a safety case' USING ERRCODE = '42501';
                    END IF;
                    IF TG_OP = 'UPDATE' AND NEW.regisseur_id IS DISTINCT FROM OLD.regisseur_id AND NEW.regisseur_id IS NOT NULL
                       AND NOT (\(g).is_lead() OR OLD.regisseur_id IS NOT DISTINCT FROM \(g).me())
                       AND NOT EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = OLD.id AND m.staff_id = NEW.regisseur_id) THEN
                        PERFORM \(g).self_grant(OLD.id, NEW.regisseur_id);
                    END IF;
                    """),
        ] + maskedWork(g) + [staffView(g)]
    }

    static let denied = "RAISE EXCEPTION 'permission denied: % may not %', session_user"

    /// The work on a case: follow-ups, Meldcode steps, decisions, minutes.
    static func maskedWork(_ g: String) -> [Masked] {
        let caseSafety = "(SELECT c.safety <> 0 FROM care_case c WHERE c.id = {r}case_id)"
        let caseText = "({r}case_id IS NULL OR NOT COALESCE(\(caseSafety), false) OR \(g).reads_case({r}case_id, NULL, 0))"
        let byCase = "CASE WHEN {r}case_id IS NULL THEN (SELECT \(g).in_team()) ELSE \(g).sees_case({r}case_id) END"
        let signalHousehold = "(SELECT s.household_id FROM signal s WHERE s.id = {r}signal_id)"
        let kindcheckText = "\(g).reads_signals((SELECT c.household_id FROM care_case c WHERE c.id = {r}case_id))"
        return [
            Masked(
                table: "follow_up", filter: "\(g).sees_case({r}case_id)",
                columns: [("note", caseText, "''"), ("outcome", caseText, blankKeepingNull("outcome"))]),
            Masked(
                table: "meldcode_step", filter: "\(g).sees_household(\(signalHousehold))",
                // The 2019 answers and decisions say as much as the note (guard version 4); whether
                // it ended stays, so the queue reads the same for everyone.
                columns: [("note", "\(g).reads_signals(\(signalHousehold))", "''")]
                    + [
                        "consulted", "violence_suspected", "unsafety", "help_possible", "client_accepts", "lasting_safety", "report_vt",
                        "help_organised",
                    ].map { ($0, "\(g).reads_signals(\(signalHousehold))", "NULL") }
                    + [("acute", "\(g).reads_signals(\(signalHousehold))", "0")],
                checks: """
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        IF NOT \(g).reads_signals((SELECT s.household_id FROM signal s WHERE s.id = NEW.signal_id)) THEN
                            \(denied), 'record a Meldcode step on a signal they may not read' USING ERRCODE = '42501';
                        END IF;
                        -- Who did the step stays when the keepers of records empty its note (erasure).
                        NEW.done_by := CASE WHEN TG_OP = 'UPDATE' AND \(g).keeps_records() THEN OLD.done_by ELSE \(g).me() END;
                    END IF;
                    """),
            // A Kindcheck's note says as much as a safety signal about the household (guard
            // version 4): shown to who may read those; who checked, when and the answer to the team.
            Masked(
                table: "kindcheck", filter: "\(g).sees_case({r}case_id)",
                // The note only: masked numbers would break the keepers' erasure checks (text), and
                // that a worry exists shows anyway as a safety signal about the household.
                columns: [("note", kindcheckText, "''")],
                checks: """
                    IF TG_OP = 'INSERT' THEN
                        NEW.done_by := \(g).me();
                    END IF;
                    """),
            // A decision without a case is a Meldcode step on a signal not triaged yet: the team lead's.
            Masked(
                table: "decision", filter: byCase,
                columns: [("text", "CASE WHEN {r}case_id IS NULL THEN (SELECT \(g).is_lead()) ELSE \(caseText) END", "''")]),
            Masked(
                table: "meeting_minute",
                filter: """
                    CASE WHEN {r}case_id IS NOT NULL THEN \(g).sees_case({r}case_id) \
                    WHEN {r}household_id IS NOT NULL THEN \(g).sees_household({r}household_id) ELSE (SELECT \(g).in_team()) END
                    """,
                columns: [("text", caseText, "''"), ("detail", caseText, blankKeepingNull("detail"))]),
        ]
    }

    /// Access you give yourself (issue 23, break-the-glass), kept by the server whatever the
    /// client does: a case assigned, or a colleague added, by someone other than the team lead
    /// or the case's (previous) regisseur opens only what is written after it.
    static func selfGrants(_ n: Names) -> String {
        let g = n.guardSchema, d = n.data
        return """
            CREATE OR REPLACE FUNCTION \(g).self_grant(c bigint, who text) RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
                INSERT INTO access_grant (case_id, staff_id, self_granted_on, after_entry)
                VALUES (c, who, to_char(now(), 'YYYY-MM-DD'), COALESCE((SELECT MAX(id) FROM journal_entry), 0))
                ON CONFLICT (case_id, staff_id) DO NOTHING $$;
            CREATE OR REPLACE FUNCTION \(g).member_added() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
            BEGIN
                IF NOT (\(g).is_lead() OR EXISTS (SELECT 1 FROM care_case WHERE id = NEW.case_id AND regisseur_id = \(g).me()))
                   AND NOT EXISTS (SELECT 1 FROM care_case WHERE id = NEW.case_id AND regisseur_id = NEW.staff_id) THEN
                    PERFORM \(g).self_grant(NEW.case_id, NEW.staff_id);
                END IF;
                RETURN NEW;
            END $$;
            CREATE OR REPLACE FUNCTION \(g).member_adder() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
            BEGIN
                IF \(g).me() IS NOT NULL THEN NEW.added_by := \(g).me(); END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS guard_member_added ON \(d).case_member;
            CREATE TRIGGER guard_member_added AFTER INSERT OR UPDATE OF case_id, staff_id ON \(d).case_member
                FOR EACH ROW EXECUTE FUNCTION \(g).member_added();
            DROP TRIGGER IF EXISTS guard_member_adder ON \(d).case_member;
            CREATE TRIGGER guard_member_adder BEFORE INSERT OR UPDATE ON \(d).case_member
                FOR EACH ROW EXECUTE FUNCTION \(g).member_adder();
            """
    }

    /// Tables colleagues read and write themselves, each row checked by a policy.
    static func policies(_ g: String) -> [(table: String, filter: String)] {
        [
            ("household", "\(g).sees_household(id)"),
            ("person", "\(g).sees_household(household_id)"),
            ("network_tie", "\(g).sees_household(household_id)"),
            ("zrm_score", "\(g).sees_household((SELECT p.household_id FROM person p WHERE p.id = person_id))"),
            // Schema v15 (guard version 4): a ZRM measurement as its scores; a Kindcheck with its case.
            ("zrm_measurement", "\(g).sees_household((SELECT p.household_id FROM person p WHERE p.id = person_id))"),
            ("plan_goal", "\(g).sees_case(case_id)"),
            ("provision", "\(g).sees_case(case_id)"),
            // Schema v16 (guard version 5): the plan and a provision's steps with their case; the
            // catalogues hold no client data (every colleague reads them, writers keep them).
            ("care_plan", "\(g).sees_case(case_id)"),
            ("plan_point", "\(g).sees_case(case_id)"),
            ("plan_action", "\(g).sees_case(case_id)"),
            ("route_rung", "\(g).sees_case(case_id)"),
            ("route_tie", "\(g).sees_case(case_id)"),
            ("provision_step", "\(g).sees_case(case_id)"),
            ("iwmo_message", "(case_id IS NULL OR \(g).sees_case(case_id))"),
            ("general_provision", "(SELECT \(g).me()) IS NOT NULL"),
            ("provider", "(SELECT \(g).me()) IS NOT NULL"),
            ("provider_product", "(SELECT \(g).me()) IS NOT NULL"),
            ("case_member", "\(g).sees_case(case_id)"),
            // Meetings hold no client data: everyone who is anyone in the team reads them.
            ("meeting", "(SELECT \(g).me()) IS NOT NULL"),
            (
                "meeting_item",
                """
                CASE WHEN case_id IS NOT NULL THEN \(g).sees_case(case_id) \
                WHEN household_id IS NOT NULL THEN \(g).sees_household(household_id) ELSE (SELECT \(g).in_team()) END
                """
            ),
        ]
    }

    static func row(_ expression: String, _ prefix: String) -> String { expression.replacingOccurrences(of: "{r}", with: prefix) }

    /// Who the session is, and what they may see: the policies' vocabulary.
    static func functions(_ n: Names) -> String {
        let g = n.guardSchema
        let header = "STABLE SECURITY DEFINER SET search_path = \(n.data), pg_catalog, pg_temp"
        // A self-given access (issue 23: break-the-glass) opens only what was written after it,
        // unless the colleague gave a reason that was not questioned.
        let selfGranted = """
                AND (NOT EXISTS (SELECT 1 FROM access_grant a WHERE a.case_id = c AND a.staff_id = \(g).me() AND entry <= a.after_entry)
                     OR EXISTS (SELECT 1 FROM break_glass b WHERE b.case_id = c AND b.staff_id = \(g).me()
                                AND (b.review IS NULL OR b.review = 'confirmed')))
            """
        return """
            CREATE OR REPLACE FUNCTION \(g).me() RETURNS text LANGUAGE sql \(header) AS $$
                SELECT id FROM staff WHERE \(sessionColleague) $$;
            CREATE OR REPLACE FUNCTION \(g).in_team() RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT COALESCE((SELECT role IN (\(roles(\.isInTeam))) FROM staff WHERE \(sessionColleague)), false) $$;
            CREATE OR REPLACE FUNCTION \(g).keeps_records() RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT COALESCE((SELECT role IN (\(roles(\.keepsRecords))) FROM staff WHERE \(sessionColleague)), false) $$;
            CREATE OR REPLACE FUNCTION \(g).is_lead() RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT COALESCE((SELECT role = 'team_lead' FROM staff WHERE \(sessionColleague)), false) $$;
            CREATE OR REPLACE FUNCTION \(g).may_write() RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT COALESCE((SELECT role IN ('team_lead', 'generalist', 'specialist') FROM staff WHERE \(sessionColleague)), false) $$;
            \(coverFunction(n))
            CREATE OR REPLACE FUNCTION \(g).sees_household(h bigint) RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT \(g).in_team() OR \(g).keeps_records() OR EXISTS (SELECT 1 FROM care_case c JOIN case_member m ON m.case_id = c.id
                                                 WHERE c.household_id = h AND m.staff_id = \(g).me())
                    OR EXISTS (SELECT 1 FROM care_case c WHERE c.household_id = h AND \(g).covers(c.id)) $$;
            CREATE OR REPLACE FUNCTION \(g).sees_case(c bigint) RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT \(g).in_team() OR EXISTS (SELECT 1 FROM care_case x WHERE x.id = c AND \(g).sees_household(x.household_id)) $$;
            CREATE OR REPLACE FUNCTION \(g).reads_case(c bigint, author text, entry bigint) RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT \(g).keeps_records() OR (author IS NOT NULL AND author = \(g).me()) OR \(g).covers(c) OR EXISTS (
                    SELECT 1 FROM care_case x WHERE x.id = c
                    AND (x.regisseur_id = \(g).me() OR EXISTS (SELECT 1 FROM case_member m WHERE m.case_id = c AND m.staff_id = \(g).me()))
                    \(selfGranted)) $$;
            CREATE OR REPLACE FUNCTION \(g).reads_signals(h bigint) RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT \(g).keeps_records() OR EXISTS (SELECT 1 FROM care_case x WHERE x.household_id = h AND x.phase <> 'afgesloten'
                                                  AND \(g).reads_case(x.id, NULL, 0)) $$;
            CREATE OR REPLACE FUNCTION \(g).session_key() RETURNS text LANGUAGE sql STABLE AS $$
                SELECT pg_backend_pid()::text || '@' || (SELECT backend_start FROM pg_stat_get_activity(pg_backend_pid()))::text $$;
            CREATE OR REPLACE FUNCTION \(g).content_open(h bigint) RETURNS boolean LANGUAGE sql \(header) AS $$
                SELECT EXISTS (SELECT 1 FROM \(g).opened o WHERE o.session = \(g).session_key()
                               AND o.household_id = h) $$;
            CREATE OR REPLACE FUNCTION \(g).canonical(x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
                SELECT CASE WHEN x IS NULL THEN '-' ELSE octet_length(x)::text || ':' || x END $$;
            """
    }

    /// The only way a colleague's session adds to the access log: who is the session's own
    /// login, never a value the client sends; the chain as AuditRows computes it.
    static func auditAppend(_ n: Names, actions: [String]) -> String {
        let g = n.guardSchema
        let actions = actions.map { "'\($0)'" }.joined(separator: ", ")
        return """
            CREATE OR REPLACE FUNCTION \(g).audit_append(h bigint, c bigint, act text, det text, res text, org text) RETURNS void
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = \(n.data), pg_catalog, pg_temp AS $$
            DECLARE
                who text := session_user; sid text; prev text; new_id bigint; stamp text; digest text;
            BEGIN
                sid := \(g).me();
                IF sid IS NULL THEN
                    RAISE EXCEPTION 'login % is not a colleague of this team', who USING ERRCODE = '42501';
                END IF;
                IF res IS NULL OR res NOT IN ('allowed', 'denied') THEN RAISE EXCEPTION 'result must be allowed or denied'; END IF;
                IF act IS NULL OR act NOT IN (\(actions)) THEN RAISE EXCEPTION 'no such action: %', act; END IF;
                -- Whether a read was allowed is the server's to say, not the client's.
                IF h IS NOT NULL AND NOT \(g).sees_household(h) THEN res := 'denied'; END IF;
                LOCK TABLE audit_head IN EXCLUSIVE MODE;
                SELECT last_id, last_hash INTO new_id, prev FROM audit_head WHERE singleton = 1;
                prev := COALESCE(prev, repeat('0', 64));
                -- One past the head, under its lock: a rolled-back append leaves no gap (a sequence would).
                new_id := COALESCE(new_id, (SELECT MAX(id) FROM audit_log), 0) + 1;
                stamp := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
                digest := encode(sha256(convert_to(concat_ws('|', \(g).canonical(new_id::text), \(g).canonical(stamp),
                    \(g).canonical(who), \(g).canonical(sid), \(g).canonical(h::text), \(g).canonical(c::text), \(g).canonical(act),
                    \(g).canonical(det), \(g).canonical(res), \(g).canonical(org), \(g).canonical(prev)), 'UTF8')), 'hex');
                INSERT INTO audit_log (id, at, account, staff_id, household_id, case_id, action, detail, result, origin, prev_hash, hash)
                VALUES (new_id, stamp, who, sid, h, c, act, det, res, org, prev, digest);
                INSERT INTO audit_head (singleton, last_id, last_hash) VALUES (1, new_id, digest)
                ON CONFLICT (singleton) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash;
                -- What the logged read opens: the household's texts, for this session.
                IF res = 'allowed' AND h IS NOT NULL AND act IN ('open_household', 'open_network', 'open_journal', 'export', 'read_sensitive') THEN
                    INSERT INTO \(g).opened (session, household_id) VALUES (\(g).session_key(), h);
                END IF;
            END $$;
            """
    }

    /// The journal searched by the server: what the session may read, each household a hit is
    /// in logged before the hits are given (the text is never opened to the session otherwise).
    static func search(_ n: Names) -> String {
        let g = n.guardSchema
        return """
            DROP FUNCTION IF EXISTS \(g).search_journal(text, int, text);
            DROP FUNCTION IF EXISTS \(g).search_journal(text, bigint, text);
            DROP TYPE IF EXISTS \(g).journal_hit;
            CREATE TYPE \(g).journal_hit AS (id bigint, case_id bigint, date text, kind text, author_id text, household_id bigint,
                                            household_name text, text text);
            CREATE FUNCTION \(g).search_journal(q text, lim bigint, org text) RETURNS SETOF \(g).journal_hit
            LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = \(n.data), pg_catalog, pg_temp AS $$
            DECLARE found \(g).journal_hit[]; h record;
            BEGIN
                IF \(g).me() IS NULL THEN RAISE EXCEPTION 'login % is not a colleague of this team', session_user USING ERRCODE = '42501'; END IF;
                SELECT COALESCE(array_agg(x ORDER BY x.date DESC, x.id DESC), '{}') INTO found FROM (
                    SELECT j.id::bigint, j.case_id::bigint, j.date, j.kind, j.author_id, c.household_id::bigint, hh.name, j.text
                    FROM journal_entry j JOIN care_case c ON c.id = j.case_id JOIN household hh ON hh.id = c.household_id
                    WHERE to_tsvector('simple', j.search_text) @@ to_tsquery('simple', q)
                      AND \(g).sees_household(c.household_id)
                      AND (j.sensitive = 0 OR \(g).reads_case(j.case_id, j.author_id, j.id))
                    ORDER BY j.date DESC, j.id DESC LIMIT lim) x;
                FOR h IN SELECT f.household_id AS id, count(*) AS n FROM unnest(found) f GROUP BY f.household_id ORDER BY 1 LOOP
                    PERFORM \(g).audit_append(h.id, NULL, 'search', 'journal search: ' || h.n || ' entries shown', 'allowed', org);
                END LOOP;
                IF cardinality(found) = 0 THEN
                    PERFORM \(g).audit_append(NULL, NULL, 'search', 'journal search: no entries', 'allowed', org);
                END IF;
                RETURN QUERY SELECT * FROM unnest(found);
            END $$;
            """
    }

    /// A masked table's view and the trigger that writes through it.
    static func view(_ m: Masked, columns: [String], key: [String], identity: Bool, _ n: Names) -> String {
        let g = n.guardSchema, d = n.data
        let maskedColumns = Dictionary(m.columns.map { ($0.column, $0) }, uniquingKeysWith: { a, _ in a })
        let select = columns.map { c -> String in
            guard let mask = maskedColumns[c] else { return c }
            return "CASE WHEN \(row(mask.shownWhen, "")) THEN \(c) ELSE \(row(mask.instead, "")) END AS \(c)"
        }.joined(separator: ", ")
        let whereKey = key.map { "base.\($0) = OLD.\($0)" }.joined(separator: " AND ")
        let sets = columns.map { c in
            maskedColumns[c] == nil
                ? "\(c) = NEW.\(c)" : "\(c) = CASE WHEN NEW.\(c) IS DISTINCT FROM OLD.\(c) THEN NEW.\(c) ELSE base.\(c) END"
        }.joined(separator: ", ")
        let hiddenOld = m.columns.map { "NOT \(row($0.shownWhen, "OLD."))" }.joined(separator: " OR ")
        let hiddenChanged = m.columns.map { "(NEW.\($0.column) IS DISTINCT FROM OLD.\($0.column) AND NOT \(row($0.shownWhen, "OLD.")))" }
            .joined(separator: " OR ")
        let keeper = keeperRules(m, g)
        return """
            CREATE OR REPLACE VIEW \(g).\(m.table) WITH (security_barrier) AS SELECT \(select) FROM \(d).\(m.table)
            WHERE (SELECT \(g).in_team()) OR \(row(m.filter, ""));
            CREATE OR REPLACE FUNCTION \(g).\(m.table)_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
            BEGIN
                IF NOT (\(g).may_write()\(keeper.mayChange)) THEN
                    RAISE EXCEPTION 'permission denied: % may not change %', session_user, TG_TABLE_NAME USING ERRCODE = '42501';
                END IF;
                \(keeper.checks)
                IF TG_OP = 'INSERT' AND NOT (\(row(m.filter, "NEW."))) THEN
                    RAISE EXCEPTION 'permission denied: % may not add to %', session_user, TG_TABLE_NAME USING ERRCODE = '42501';
                END IF;
                IF TG_OP = 'DELETE' AND \(keeper.removesUnread) (\(hiddenOld)) THEN
                    RAISE EXCEPTION 'permission denied: % may not remove what they may not read', session_user USING ERRCODE = '42501';
                END IF;
                IF TG_OP = 'UPDATE' AND (\(hiddenChanged)) THEN
                    RAISE EXCEPTION 'permission denied: % may not change text they may not read', session_user USING ERRCODE = '42501';
                END IF;
                \(m.checks.split(separator: "\n").joined(separator: "\n    "))
                -- The table's own errors without their DETAIL, which would show the whole row (hidden text too).
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        -- The server hands out the id: an entry cannot be dated before a self-given access by its number.
                        \(identity ? "NEW.id := nextval(pg_get_serial_sequence('\(d).\(m.table)', 'id'));" : "")
                        INSERT INTO \(d).\(m.table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { "NEW.\($0)" }.joined(separator: ", ")));
                    ELSIF TG_OP = 'UPDATE' THEN
                        UPDATE \(d).\(m.table) AS base SET \(sets) WHERE \(whereKey);
                    ELSE
                        DELETE FROM \(d).\(m.table) AS base WHERE \(whereKey);
                    END IF;
                EXCEPTION WHEN others THEN
                    RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM;
                END;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS \(m.table)_write ON \(g).\(m.table);
            CREATE TRIGGER \(m.table)_write INSTEAD OF INSERT OR UPDATE OR DELETE ON \(g).\(m.table)
                FOR EACH ROW EXECUTE FUNCTION \(g).\(m.table)_write();
            """
    }

    static func policy(_ table: String, filter: String, _ n: Names) -> String {
        let g = n.guardSchema, t = "\(n.data).\(table)"
        return """
            ALTER TABLE \(t) ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(t); DROP POLICY IF EXISTS guard_add ON \(t);
            DROP POLICY IF EXISTS guard_change ON \(t); DROP POLICY IF EXISTS guard_remove ON \(t);
            CREATE POLICY guard_read ON \(t) FOR SELECT USING ((SELECT \(g).in_team()) OR \(filter));
            CREATE POLICY guard_add ON \(t) FOR INSERT WITH CHECK ((SELECT \(g).may_write()) AND \(filter));
            CREATE POLICY guard_change ON \(t) FOR UPDATE USING (\(changer(table, g)) AND \(filter)) WITH CHECK (\(filter));
            CREATE POLICY guard_remove ON \(t) FOR DELETE USING (\(remover(table, g)) AND \(filter));
            GRANT SELECT, INSERT, UPDATE, DELETE ON \(t) TO \(n.staff);
            """
    }
}

public struct TeamGuardError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
