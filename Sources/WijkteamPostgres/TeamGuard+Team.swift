import Foundation

/// The team itself on a team's server (issue 24): who is on it, who is away, who covers whom.
///
/// - Staff records, absences, their history and covers are changed by the team lead only: a
///   colleague cannot raise their own capacity, make themselves team lead, take someone's
///   account, end someone's absence or name themselves a cover.
/// - Everyone in the team reads the staff list, absences and covers; staff outside the team read
///   their own record and the others' names and roles (the app names regisseurs and authors),
///   not their account, capacity or days, and no absences but their own (an absence's kind, ill,
///   is health data about a colleague). The history of changes: the team lead, and each
///   colleague their own.
/// - A colleague who has left (`left_on` on or before the server's date) is nobody: `me()` and
///   the role checks every policy uses find no one for their login.
/// - An active cover (its absence holds today and the absent colleague is still the case's
///   regisseur) is on the case, as a member is: it ends by itself when the absence does.
extension TeamGuard {
    /// The server's date as the schema writes days.
    static let today = "to_char(current_date, 'YYYY-MM-DD')"

    /// The session's own staff row, if they have not left.
    static let sessionColleague = "account = session_user AND (left_on IS NULL OR left_on > \(today))"

    /// `covers(c)`: the session covers case `c` today.
    static func coverFunction(_ n: Names) -> String {
        let g = n.guardSchema
        return """
            CREATE OR REPLACE FUNCTION \(g).covers(c bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = \(n.data), pg_catalog, pg_temp AS $$
                SELECT EXISTS (SELECT 1 FROM case_cover v JOIN staff_absence a ON a.id = v.absence_id JOIN care_case x ON x.id = v.case_id
                               WHERE v.case_id = c AND v.cover_id = \(g).me() AND x.regisseur_id = a.staff_id
                               AND a.from_day <= \(today) AND (a.to_day IS NULL OR a.to_day >= \(today))) $$;
            CREATE OR REPLACE FUNCTION \(g).left_team() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
            SET search_path = \(n.data), pg_catalog, pg_temp AS $$
                SELECT left_on FROM staff WHERE account = session_user AND left_on <= \(today) $$;
            """
    }

    /// The staff list as a view: outside the team, others' account, capacity and days are blank.
    static func staffView(_ g: String) -> Masked {
        let shown = "((SELECT \(g).in_team()) OR {r}id = \(g).me())"
        return Masked(
            table: "staff", filter: "\(g).me() IS NOT NULL",
            columns: [("account", shown, "NULL"), ("capacity", shown, "0"), ("work_days", shown, "''")],
            checks: """
                IF NOT \(g).is_lead() THEN
                    \(denied), 'change the team''s staff list' USING ERRCODE = '42501';
                END IF;
                IF TG_OP = 'DELETE' THEN
                    \(denied), 'remove a colleague (they leave on a day instead)' USING ERRCODE = '42501';
                END IF;
                """, erasable: false)
    }

    /// Absences, the history of changes to staff records, and covers: row policies, the team
    /// lead's to change.
    static func teamTables(_ n: Names) -> String {
        let g = n.guardSchema
        let inTeam = "(SELECT \(g).in_team())", lead = "(SELECT \(g).is_lead())", me = "(SELECT \(g).me())"
        func rules(_ table: String, read: String, changed: Bool, removed: Bool) -> String {
            let t = "\(n.data).\(table)"
            let grants = ["SELECT", "INSERT"] + (changed ? ["UPDATE"] : []) + (removed ? ["DELETE"] : [])
            return """
                ALTER TABLE \(t) ENABLE ROW LEVEL SECURITY;
                DROP POLICY IF EXISTS guard_read ON \(t); DROP POLICY IF EXISTS guard_add ON \(t);
                DROP POLICY IF EXISTS guard_change ON \(t); DROP POLICY IF EXISTS guard_remove ON \(t);
                CREATE POLICY guard_read ON \(t) FOR SELECT USING (\(read));
                CREATE POLICY guard_add ON \(t) FOR INSERT WITH CHECK (\(lead));
                \(changed ? "CREATE POLICY guard_change ON \(t) FOR UPDATE USING (\(read)) WITH CHECK (\(lead));" : "")
                \(removed ? "CREATE POLICY guard_remove ON \(t) FOR DELETE USING (\(lead));" : "")
                REVOKE ALL ON \(t) FROM \(n.staff);
                GRANT \(grants.joined(separator: ", ")) ON \(t) TO \(n.staff);
                """
        }
        // A change a colleague may read but not make fails on the lead-only check (an error, not nothing).
        return [
            rules("staff_absence", read: "\(inTeam) OR staff_id = \(me)", changed: true, removed: true),
            rules("staff_change", read: "\(lead) OR staff_id = \(me)", changed: false, removed: false),
            rules("case_cover", read: "\(inTeam) OR cover_id = \(me)", changed: true, removed: true),
        ].joined(separator: "\n")
    }
}
