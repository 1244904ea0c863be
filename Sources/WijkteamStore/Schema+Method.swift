import Wijkteam

extension Schema {
    /// The tables v15 makes (the method as its sources have it, issue 26).
    static let v15Tables = ["zrm_measurement", "kindcheck"]

    /// v15: the Meldcode as revised in 2019 (step 2 records whom was consulted, step 4 the
    /// afwegingskader's five answers, step 5 its two separate decisions; the acute path straight
    /// to step 5; ending after any step with a reason); steps recorded before v15 are marked
    /// `legacy` (their notes were free text). The Kindcheck on an adult client's case. A ZRM
    /// measurement as a whole (every domain scored or explicitly not assessed); scores the old
    /// rule copied forward are marked `carried_forward`, told apart by the access log's row of
    /// the measurement (which named the domains typed) and, for measurements it does not name,
    /// left as they were. A closed case may say why it has no final measurement. A network tie
    /// may say since when its mantelzorger cares and how heavy they feel it (SCP: long and
    /// intensive care is over 8 hours a week for over 3 months; overload is how heavy it feels).
    /// A follow-up says on which day it was completed (`done_on`, for the team's done-figure):
    /// back-filled from the access log's row of its completion ("follow-up #12 done"); one
    /// closed with its case, or whose row the log does not hold, stays NULL and is not counted.
    /// Home visits by day (`journal_home_visit`, partial): without it a city's million journal
    /// entries were scanned for the figure's window.
    static func methodMigration(_ d: Dialect) -> String {
        """
        ALTER TABLE meldcode_step ADD COLUMN consulted TEXT;
        ALTER TABLE meldcode_step ADD COLUMN violence_suspected INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN unsafety INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN help_possible INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN client_accepts INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN lasting_safety INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN report_vt INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN help_organised INTEGER;
        ALTER TABLE meldcode_step ADD COLUMN acute INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meldcode_step ADD COLUMN ends_with TEXT CHECK (ends_with IN ('unfounded', 'handed_over'));
        ALTER TABLE meldcode_step ADD COLUMN legacy INTEGER NOT NULL DEFAULT 0;
        UPDATE meldcode_step SET legacy = 1;
        CREATE TABLE kindcheck (
            id \(d.serial),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            done_by TEXT NOT NULL REFERENCES staff(id),
            done_on TEXT NOT NULL,
            worry INTEGER NOT NULL,
            note TEXT NOT NULL CHECK (length(trim(note)) > 0),
            signal_id \(d.id) REFERENCES signal(id)
        );
        CREATE INDEX kindcheck_case ON kindcheck(case_id);
        CREATE TABLE zrm_measurement (
            person_id \(d.id) NOT NULL REFERENCES person(id),
            date TEXT NOT NULL,
            recorded_by TEXT REFERENCES staff(id),
            not_assessed TEXT NOT NULL DEFAULT '',
            legacy INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (person_id, date)
        );
        ALTER TABLE zrm_score ADD COLUMN carried_forward INTEGER NOT NULL DEFAULT 0;
        INSERT INTO zrm_measurement (person_id, date, legacy) SELECT DISTINCT person_id, date, 1 FROM zrm_score;
        UPDATE zrm_score SET carried_forward = 1
        WHERE EXISTS (\(zrmMeasurementRows("zrm_score")))
          AND NOT EXISTS (\(zrmMeasurementRows("zrm_score")) AND (
                a.detail LIKE '%(typed: ' || zrm_score.domain || ',%' OR a.detail LIKE '%(typed: ' || zrm_score.domain || ')'
                OR a.detail LIKE '%,' || zrm_score.domain || ',%' OR a.detail LIKE '%,' || zrm_score.domain || ')'));
        ALTER TABLE care_case ADD COLUMN no_final_zrm_reason TEXT;
        ALTER TABLE network_tie ADD COLUMN carer_since TEXT;
        ALTER TABLE network_tie ADD COLUMN carer_burden INTEGER CHECK (carer_burden BETWEEN 1 AND 5);
        ALTER TABLE follow_up ADD COLUMN done_on TEXT;
        UPDATE follow_up SET done_on = (
            SELECT substr(a.at, 1, 10) FROM audit_log a
            WHERE a.case_id = follow_up.case_id AND a.detail = 'follow-up #' || follow_up.id || ' done' AND a.result = 'allowed'
            ORDER BY a.id DESC LIMIT 1)
        WHERE done = 1;
        CREATE INDEX follow_up_done_on ON follow_up(done_on, case_id) WHERE done_on IS NOT NULL;
        CREATE INDEX journal_home_visit ON journal_entry(date, case_id) WHERE kind = 'home_visit';
        """ + (d.engine == .postgres ? announceChanges(v15Tables) : "")
    }

    /// The access log's rows of one ZRM measurement as recorded before v15 ("ZRM of person 12 on
    /// 2026-10-01: 13 domains (typed: financien,werk)"), reached through the household's index.
    private static func zrmMeasurementRows(_ score: String) -> String {
        """
        SELECT 1 FROM audit_log a
            WHERE a.household_id = (SELECT p.household_id FROM person p WHERE p.id = \(score).person_id)
              AND a.detail LIKE 'ZRM of person ' || \(score).person_id || ' on ' || \(score).date || ':%'
        """
    }
}
