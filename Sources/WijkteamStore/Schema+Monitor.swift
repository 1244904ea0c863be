import Wijkteam

extension Schema {
    /// The tables v17 makes (the monitor over time; issue 29).
    static let v17Tables = ["case_history"]

    /// v17: what happened to a case and when, so the monitor counts facts over months.
    ///
    /// `case_history` holds one row per phase a case entered (`kind` phase, `value` the phase)
    /// and per regisseur it got (`kind` regisseur, `value` the staff id, NULL for none), dated
    /// on the app's day. `source` says where the date comes from: `app` (recorded when it
    /// happened, from v17 on), `access_log` (a logged change that names it), `journal` (an
    /// entry that tells it), `record` (another stored fact: the triage decision's day, the
    /// plan's agreed day, the closing day) or `estimated` (nothing tells it; the figures count
    /// these apart). Cases from before v17 are back-filled once by this migration.
    static func monitorMigration(_ d: Dialect) -> String {
        """
        CREATE TABLE case_history (
            id \(d.serial),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            kind TEXT NOT NULL CHECK (kind IN ('phase', 'regisseur')),
            value TEXT,
            on_day TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('app', 'access_log', 'journal', 'record', 'estimated')),
            recorded_by TEXT REFERENCES staff(id)
        );
        CREATE INDEX case_history_case ON case_history(case_id, kind, on_day);
        CREATE INDEX case_history_day ON case_history(kind, on_day);
        \(historyBackfill(d))
        """ + (d.engine == .postgres ? "\n" + announceChanges(v17Tables) : "")
    }

    /// The history of cases from before v17, from what the database tells (issue 29, part 1
    /// refines this). For now: the opening phase on the opening day and the current phase on
    /// the closing day (closed cases), both marked `estimated` unless the day is stored.
    static func historyBackfill(_ d: Dialect) -> String {
        """
        INSERT INTO case_history (case_id, kind, value, on_day, source)
            SELECT id, 'phase', 'aanmelding', opened, 'estimated' FROM care_case;
        INSERT INTO case_history (case_id, kind, value, on_day, source)
            SELECT id, 'phase', 'afgesloten', closed_on, CASE WHEN closed_on_estimated = 1 THEN 'estimated' ELSE 'record' END
            FROM care_case WHERE phase = 'afgesloten' AND closed_on IS NOT NULL;
        INSERT INTO case_history (case_id, kind, value, on_day, source)
            SELECT id, 'regisseur', regisseur_id, opened, 'estimated' FROM care_case WHERE regisseur_id IS NOT NULL;
        """
    }
}
