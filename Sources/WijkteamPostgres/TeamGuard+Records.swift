import Foundation
import Wijkteam

/// The AVG duties on a team's server (issue 25, guard version 3): who keeps the records (the
/// team lead and the privacy officer, `StaffRole.keepsRecords`) and what only they may do.
///
/// - The privacy officer is not in the team (`in_team()` is false: no case on the screens, no
///   meetings, no colleagues' absences) but reads every household's rows as the team lead does,
///   on the same terms: a journal's text only after its household's opening (or the inzage
///   export) is logged, under the officer's own login. The retention check and the review of
///   self-given access span the whole team; an inzage can be asked for any resident.
/// - Erasure and retention are theirs: they empty texts and remove rows of the tables that hold
///   client data, set the erasure marks (`person.erased_on`, `household.anonymised_on`,
///   `care_case.anonymised_on`), and change the `retention_*` settings. A colleague may edit a
///   member as before, but sets or clears no mark and removes no person or household.
/// - The privacy officer adds nothing to a case and writes no text: a change they make to a
///   text column empties it or is refused.
/// - Corrections (`person_correction`) are read with the person's household, added by whoever
///   may change the person, and changed or removed only by the keepers of records (erasure).
extension TeamGuard {
    /// The roles with a property of `StaffRole`, as an SQL list: the domain says who is in the
    /// team and who keeps the records, the server follows.
    static func roles(_ property: KeyPath<StaffRole, Bool>) -> String {
        StaffRole.allCases.filter { $0[keyPath: property] }.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    /// Tables with a row policy that erasure and retention empty: the keepers of records change
    /// and remove their rows too.
    /// (Guard version 4: a ZRM measurement as its scores, a Kindcheck as the case's other work;
    /// version 5: the plan and a provision's steps as the case's other work.)
    static let erasableTables: Set<String> = [
        "household", "person", "network_tie", "zrm_score", "zrm_measurement", "plan_goal", "provision",
        "care_plan", "plan_point", "plan_action", "route_rung", "route_tie", "provision_step", "iwmo_message",
    ]
    /// Removed only as an erasure (the app never removes a person or a household otherwise).
    static let removedOnlyByErasure: Set<String> = ["household", "person"]

    static func changer(_ table: String, _ g: String) -> String {
        erasableTables.contains(table) ? "((SELECT \(g).may_write()) OR (SELECT \(g).keeps_records()))" : "(SELECT \(g).may_write())"
    }

    static func remover(_ table: String, _ g: String) -> String {
        removedOnlyByErasure.contains(table) ? "(SELECT \(g).keeps_records())" : changer(table, g)
    }

    /// What a masked table's write trigger lets the keepers of records do beyond a writer.
    static func keeperRules(_ m: Masked, _ g: String) -> (mayChange: String, removesUnread: String, checks: String) {
        guard m.erasable else { return ("", "", "") }
        let hidden = m.columns.map { "NOT \(row($0.shownWhen, "OLD."))" }.joined(separator: " OR ")
        // A Meldcode note may not be empty (the schema's check): erasure writes a placeholder there.
        let written =
            m.table == "meldcode_step"
            ? [] : m.columns.map { "(NEW.\($0.column) IS DISTINCT FROM OLD.\($0.column) AND COALESCE(NEW.\($0.column), '') <> '')" }
        // Through the view a hidden text reads as blank, so emptying it would change nothing and
        // an erasure would seem done. An entry of an anonymised case or about an erased person is
        // emptied on the table; any other is refused until the opening is logged.
        let erased =
            m.table != "journal_entry"
            ? ""
            : """
            IF TG_OP = 'UPDATE' AND \(g).keeps_records() AND COALESCE(NEW.text, '') = '' AND COALESCE(NEW.search_text, '') = ''
                   AND (EXISTS (SELECT 1 FROM care_case c WHERE c.id = OLD.case_id AND c.anonymised_on IS NOT NULL)
                        OR EXISTS (SELECT 1 FROM person p WHERE p.id = OLD.about_person_id AND p.erased_on IS NOT NULL)) THEN
                    UPDATE journal_entry SET text = '', search_text = '' WHERE id = OLD.id;
            """
        let checks = """
            \(erased.isEmpty ? "IF" : erased + "\nELSIF") TG_OP = 'UPDATE' AND \(g).keeps_records() AND (\(hidden)) THEN
                    RAISE EXCEPTION 'permission denied: % may not change % whose text is not open to them (log the household''s opening first, or remove the row)',
                        session_user, TG_TABLE_NAME USING ERRCODE = '42501';
                END IF;
                IF TG_OP = 'UPDATE' AND NOT \(g).may_write() AND (\(written.isEmpty ? "false" : written.joined(separator: " OR "))) THEN
                    RAISE EXCEPTION 'permission denied: % may only empty the texts of %, not write them', session_user, TG_TABLE_NAME
                        USING ERRCODE = '42501';
                END IF;
            """
        return (" OR (TG_OP <> 'INSERT' AND \(g).keeps_records())", "NOT \(g).keeps_records() AND", checks)
    }

    /// The erasure marks, corrections and retention settings.
    static func records(_ n: Names) -> String {
        let g = n.guardSchema, d = n.data, t = "\(n.data).person_correction"
        let household = "\(g).sees_household((SELECT p.household_id FROM person p WHERE p.id = person_id))"
        let keeper = "(SELECT \(g).keeps_records())"
        let marks = [("person", "erased_on"), ("household", "anonymised_on"), ("care_case", "anonymised_on")].map {
            """
            DROP TRIGGER IF EXISTS guard_erasure_mark ON \(d).\($0.0);
            CREATE TRIGGER guard_erasure_mark BEFORE INSERT OR UPDATE ON \(d).\($0.0)
                FOR EACH ROW EXECUTE FUNCTION \(g).erasure_mark('\($0.1)');
            """
        }
        return """
            CREATE OR REPLACE FUNCTION \(g).erasure_mark() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
            BEGIN
                -- A colleague's session (the administrator loading or restoring is none).
                IF EXISTS (SELECT 1 FROM staff WHERE account = session_user) AND NOT \(g).keeps_records()
                   AND (to_jsonb(NEW) -> TG_ARGV[0]) IS DISTINCT FROM
                       (CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) -> TG_ARGV[0] ELSE 'null'::jsonb END) THEN
                    RAISE EXCEPTION 'permission denied: % may not erase or anonymise (%.% is the team lead''s or the privacy officer''s)',
                        session_user, TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$;
            \(marks.joined(separator: "\n"))
            ALTER TABLE \(t) ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS guard_read ON \(t); DROP POLICY IF EXISTS guard_add ON \(t);
            DROP POLICY IF EXISTS guard_change ON \(t); DROP POLICY IF EXISTS guard_remove ON \(t);
            CREATE POLICY guard_read ON \(t) FOR SELECT USING ((SELECT \(g).in_team()) OR \(household));
            CREATE POLICY guard_add ON \(t) FOR INSERT WITH CHECK (\(keeper) OR ((SELECT \(g).may_write()) AND \(household)));
            CREATE POLICY guard_change ON \(t) FOR UPDATE USING (\(keeper)) WITH CHECK (\(keeper));
            CREATE POLICY guard_remove ON \(t) FOR DELETE USING (\(keeper));
            REVOKE ALL ON \(t) FROM \(n.staff);
            GRANT SELECT, INSERT, UPDATE, DELETE ON \(t) TO \(n.staff);
            CREATE OR REPLACE FUNCTION \(g).corrected_by() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = \(d), pg_catalog, pg_temp AS $$
            BEGIN
                -- Who corrected is the session's own, never someone else's name.
                IF TG_OP = 'INSERT' AND \(g).me() IS NOT NULL THEN NEW.corrected_by := \(g).me(); END IF;
                IF TG_OP = 'UPDATE' THEN NEW.corrected_by := OLD.corrected_by; END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS guard_corrected_by ON \(t);
            CREATE TRIGGER guard_corrected_by BEFORE INSERT OR UPDATE ON \(t) FOR EACH ROW EXECUTE FUNCTION \(g).corrected_by();
            DROP POLICY IF EXISTS guard_retention ON \(d).setting;
            CREATE POLICY guard_retention ON \(d).setting FOR ALL USING (\(keeper) AND key LIKE 'retention\\_%')
                WITH CHECK (\(keeper) AND key LIKE 'retention\\_%')
            """
    }
}
