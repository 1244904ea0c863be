import Wijkteam

extension Schema {
    /// The tables v14 makes (the data's life under the AVG, issue 25).
    static let v14Tables = ["person_correction"]

    /// v14: a correction keeps the old value with its reason (AVG art. 16); a case keeps the day
    /// it closed (the retention period runs from it; back-filled from the access log's "case
    /// closed" row, else the last contact, and marked estimated); erasure and anonymisation
    /// leave their day on the records they emptied (art. 17, retention); a reporter may have
    /// given their identity in confidence (left out of an inzage); a journal entry may say which
    /// member it is about (an inzage leaves out another member's sensitive entries). The indexes
    /// let erasure and retention reach a person's or a case's rows without reading whole tables
    /// (retention on a city anonymises thousands of cases in one transaction).
    static func avgMigration(_ d: Dialect) -> String {
        """
        CREATE TABLE person_correction (
            id \(d.serial),
            person_id \(d.id) NOT NULL REFERENCES person(id),
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            corrected_on TEXT NOT NULL,
            corrected_by TEXT
        );
        CREATE INDEX person_correction_person ON person_correction(person_id);
        ALTER TABLE care_case ADD COLUMN closed_on TEXT;
        ALTER TABLE care_case ADD COLUMN closed_on_estimated INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE care_case ADD COLUMN anonymised_on TEXT;
        ALTER TABLE household ADD COLUMN anonymised_on TEXT;
        ALTER TABLE person ADD COLUMN erased_on TEXT;
        ALTER TABLE signal ADD COLUMN reporter_confidential INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE journal_entry ADD COLUMN about_person_id \(d.id) REFERENCES person(id);
        CREATE INDEX journal_about ON journal_entry(about_person_id) WHERE about_person_id IS NOT NULL;
        CREATE INDEX goal_person ON plan_goal(person_id) WHERE person_id IS NOT NULL;
        CREATE INDEX signal_case ON signal(case_id) WHERE case_id IS NOT NULL;
        CREATE INDEX decision_case ON decision(case_id);
        CREATE INDEX minute_case ON meeting_minute(case_id) WHERE case_id IS NOT NULL;
        CREATE INDEX minute_household ON meeting_minute(household_id) WHERE household_id IS NOT NULL;
        UPDATE care_case SET
            closed_on = COALESCE(
                (SELECT max(substr(a.at, 1, 10)) FROM audit_log a WHERE a.case_id = care_case.id AND a.detail LIKE 'case closed%'),
                last_contact, opened),
            closed_on_estimated = CASE WHEN EXISTS (
                SELECT 1 FROM audit_log a WHERE a.case_id = care_case.id AND a.detail LIKE 'case closed%') THEN 0 ELSE 1 END
        WHERE phase = 'afgesloten';
        """ + (d.engine == .postgres ? announceChanges(v14Tables) : "")
    }
}
