import Foundation

/// A case's dated history on a team's server (schema v17, guard version 6).
///
/// - Read with its case (`sees_case`): who may not see the case sees none of its history.
/// - Added only by who may change the case (`may_write` and `sees_case`, as the case itself is
///   changed); who recorded it is the session's own, never a name the client sends.
/// - Never changed or removed by a colleague, the keepers of records neither: like the access
///   log it is append-only. Erasure anonymises a case and leaves its history: phases, days and
///   staff ids, no client text (the figures keep counting it). Only the administrator, who
///   owns the tables, could remove it.
extension TeamGuard {
    static func history(_ n: Names) -> String {
        let g = n.guardSchema, d = n.data, t = "\(n.data).case_history"
        return """
            ALTER TABLE \(t) ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(t); DROP POLICY IF EXISTS guard_add ON \(t);
            DROP POLICY IF EXISTS guard_change ON \(t); DROP POLICY IF EXISTS guard_remove ON \(t);
            CREATE POLICY guard_read ON \(t) FOR SELECT USING ((SELECT \(g).in_team()) OR \(g).sees_case(case_id));
            CREATE POLICY guard_add ON \(t) FOR INSERT WITH CHECK ((SELECT \(g).may_write()) AND \(g).sees_case(case_id));
            REVOKE ALL ON \(t) FROM \(n.staff);
            GRANT SELECT, INSERT ON \(t) TO \(n.staff);
            CREATE OR REPLACE FUNCTION \(g).history_recorder() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
            BEGIN
                -- A colleague's session records as themselves (the administrator loading or restoring is none).
                IF \(g).me() IS NOT NULL THEN NEW.recorded_by := \(g).me(); END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS guard_history_recorder ON \(t);
            CREATE TRIGGER guard_history_recorder BEFORE INSERT ON \(t) FOR EACH ROW EXECUTE FUNCTION \(g).history_recorder();
            """
    }
}
