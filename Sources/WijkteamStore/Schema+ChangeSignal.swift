/// PostgreSQL's own steps (pg1, pg2 and each later migration that makes a table): every commit
/// that changes a team's data is announced, so other terminals reload (what SQLite's
/// `data_version` gives for free), and the list of tables `wijkteam copy` fills in.
extension Schema {
    /// The channel on which a commit that changed a team's data is announced, with the team's
    /// schema as payload (PostgreSQL sends one notice per transaction and payload).
    package static let changeChannel = "wijkteam_changes"

    /// Every table the migrations make, parents before the rows that point at them (the order
    /// `wijkteam copy` fills them in).
    package static let tables = [
        "meta", "staff", "household", "person", "network_tie", "care_case", "case_history", "follow_up", "zrm_score", "zrm_measurement",
        "general_provision", "provider", "provider_product",
        "plan_goal", "provision", "journal_entry", "signal", "meldcode_step", "kindcheck", "setting", "meeting", "decision", "meeting_item",
        "meeting_minute", "case_member", "access_grant", "break_glass", "staff_absence", "staff_change", "case_cover", "person_correction",
        "care_plan", "plan_point", "plan_action", "route_rung", "route_tie", "provision_step", "iwmo_message",
        "audit_log",
        "audit_head", "audit_seal_key", "audit_seal",
    ]

    /// Tables whose changes other terminals show. The access log is left out: one person
    /// opening a household must not make every other screen reload.
    package static var announcedTables: [String] { tables.filter { !$0.hasPrefix("audit_") } }

    /// The payload becomes "schema pid": the committing session's backend.
    static var changeSender: String {
        """
        CREATE OR REPLACE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('\(changeChannel)', TG_TABLE_SCHEMA || ' ' || pg_backend_pid());
            RETURN NULL;
        END $$;
        """
    }

    static var changeSignal: String {
        """
        CREATE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('\(changeChannel)', TG_TABLE_SCHEMA);
            RETURN NULL;
        END $$;
        """ + announceChanges(announcedTables.filter { !laterTables.contains($0) })
    }

    static func announceChanges(_ tables: [String]) -> String {
        tables.map {
            "\nCREATE TRIGGER \($0)_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \($0) FOR EACH STATEMENT EXECUTE FUNCTION announce_change();"
        }.joined()
    }
}
