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

    /// The history of cases from before v17, from what the database tells, set-based (a city's
    /// 30,000 cases, its million journal entries and its access log in one pass each).
    ///
    /// Candidates go into a scratch table, best first (`rank`):
    /// 1. `access_log`: allowed changes that name it: "phase X → Y", "case closed…", "case opened
    ///    at the desk", "case reopened", "regisseur A → B", "handover from A to B", "handover
    ///    undone: A back to B" (the row's day; who did it as `recorded_by`).
    /// 2. `record`: the day a signal of the case was triaged on a route the team keeps
    ///    (keukentafelgesprek; a route it does not keep closed the case it opened), with the
    ///    regisseur the decision named; the day the plan was agreed (plan); `closed_on` unless
    ///    it was estimated. The triage's access-log row is not used: an undone decision stays in
    ///    the log, while the signal forgets it.
    /// 3. `journal`: a keukentafelgesprek entry: the case was in that phase by then (the triage
    ///    decision that moved it there is the better day, when the case has one).
    /// 4. `estimated`: `closed_on` when v14 estimated it; the opening day as aanmelding when
    ///    nothing dates the opening; the current phase, when nothing dates it, on the earliest
    ///    day it can have been entered (the latest day known in the case's stay, or its opening);
    ///    the regisseur before the first logged assignment (or the current one, when none is
    ///    logged) from the opening day.
    ///
    /// A reopening starts a new stay; each phase is kept at most once per stay (the best source,
    /// then the earliest), and a phase dated after a later phase of the same stay is dropped
    /// unless the access log names it. Phases between two known ones that nothing dates stay
    /// absent: they are not guessed.
    static func historyBackfill(_ d: Dialect) -> String {
        """
        CREATE TABLE history_backfill (
            id \(d.serial),
            case_id \(d.id) NOT NULL,
            kind TEXT NOT NULL,
            value TEXT,
            previous TEXT,
            at TEXT NOT NULL,
            on_day TEXT NOT NULL,
            source TEXT NOT NULL,
            rank INTEGER NOT NULL,
            by_staff TEXT,
            reopens INTEGER NOT NULL DEFAULT 0,
            stay INTEGER NOT NULL DEFAULT 0
        );
        \(backfillFromLog(d))
        \(backfillFromRecords(d))
        CREATE INDEX history_backfill_case ON history_backfill(case_id, kind, value, stay);
        UPDATE history_backfill SET stay = (
            SELECT COUNT(*) FROM history_backfill r WHERE r.case_id = history_backfill.case_id AND r.reopens = 1
               AND (r.at < history_backfill.at OR (history_backfill.reopens = 1 AND r.at = history_backfill.at AND r.id <= history_backfill.id)))
        WHERE case_id IN (SELECT case_id FROM history_backfill WHERE reopens = 1);
        \(backfillChoose(d))
        \(backfillEstimates(d))
        INSERT INTO case_history (case_id, kind, value, on_day, source, recorded_by)
            SELECT case_id, kind, value, on_day, source, by_staff FROM history_backfill
            ORDER BY case_id, on_day, stay, CASE kind WHEN 'regisseur' THEN 1 ELSE 0 END, \(phaseOrder("value")), at, id;
        DROP TABLE history_backfill;
        """
    }

    /// A phase's place in a case's life, for ordering and the consistency check.
    static func phaseOrder(_ column: String) -> String {
        let phases = ["aanmelding", "triage", "keukentafelgesprek", "plan", "uitvoering", "evaluatie", "afgesloten"]
        return "CASE \(column) " + phases.enumerated().map { "WHEN '\($0.element)' THEN \($0.offset)" }.joined(separator: " ")
            + " ELSE 9 END"
    }

    /// Where `needle` starts in `text` (1-based; 0 when absent), in each engine's words.
    static func position(_ d: Dialect, _ text: String, _ needle: String) -> String {
        d.engine == .sqlite ? "instr(\(text), '\(needle)')" : "strpos(\(text), '\(needle)')"
    }

    /// Rank 1: what the access log names (the writers' own details, see CaseWorkStore,
    /// FrontDoorStore, StoreWork.assign, HandoverStore). One pass over the log.
    static func backfillFromLog(_ d: Dialect) -> String {
        let arrow = position(d, "a.detail", " → "), to = position(d, "a.detail", " to "), back = position(d, "a.detail", " back to ")
        return """
            INSERT INTO history_backfill (case_id, kind, value, previous, at, on_day, source, rank, by_staff, reopens)
            SELECT x.case_id, x.kind, x.value, x.previous, x.at, substr(x.at, 1, 10), 'access_log', 1,
                   (SELECT s.id FROM staff s WHERE s.id = x.staff_id), x.reopens
            FROM (
                SELECT a.case_id, a.at, a.staff_id,
                    CASE WHEN a.detail LIKE 'regisseur _% → %' OR a.detail LIKE 'handover %' THEN 'regisseur' ELSE 'phase' END AS kind,
                    CASE WHEN a.detail LIKE 'phase _% → %' THEN substr(a.detail, \(arrow) + 3)
                         WHEN a.detail LIKE 'case closed%' THEN 'afgesloten'
                         WHEN a.detail IN ('case opened at the desk', 'case reopened') THEN 'aanmelding'
                         WHEN a.detail LIKE 'regisseur _% → %' THEN NULLIF(substr(a.detail, \(arrow) + 3), 'none')
                         WHEN a.detail LIKE 'handover undone: _% back to %' THEN substr(a.detail, \(back) + 9)
                         ELSE substr(a.detail, \(to) + 4) END AS value,
                    CASE WHEN a.detail LIKE 'regisseur _% → %' THEN NULLIF(substr(a.detail, 11, \(arrow) - 11), 'none')
                         WHEN a.detail LIKE 'handover undone: _% back to %' THEN substr(a.detail, 18, \(back) - 18)
                         WHEN a.detail LIKE 'handover from _% to %' THEN substr(a.detail, 15, \(to) - 15) END AS previous,
                    CASE WHEN a.detail = 'case reopened' THEN 1 ELSE 0 END AS reopens
                FROM audit_log a
                WHERE a.case_id IS NOT NULL AND a.result = 'allowed'
                  AND (a.detail LIKE 'phase _% → %' OR a.detail LIKE 'case closed%' OR a.detail IN ('case opened at the desk', 'case reopened')
                       OR a.detail LIKE 'regisseur _% → %' OR a.detail LIKE 'handover undone: _% back to %'
                       OR a.detail LIKE 'handover from _% to %')
            ) x
            WHERE x.case_id IN (SELECT id FROM care_case);
            """
    }

    /// Ranks 2 and 3: the triage decisions (routes the team keeps: light_support, regie, safety),
    /// the agreed plans, the closing days; the journal's keukentafelgesprekken.
    static func backfillFromRecords(_ d: Dialect) -> String {
        let kept = "('light_support', 'regie', 'safety')", decider = "(SELECT x.id FROM staff x WHERE x.id = s.decided_by)"
        return """
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank)
                SELECT DISTINCT j.case_id, 'phase', 'keukentafelgesprek', j.date, j.date, 'journal', 3
                FROM journal_entry j WHERE j.kind = 'keukentafelgesprek';
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank, by_staff)
                SELECT s.case_id, 'phase', CASE WHEN s.route IN \(kept) THEN 'keukentafelgesprek' ELSE 'afgesloten' END,
                       s.decided_on, s.decided_on, 'record', 2, \(decider)
                FROM signal s JOIN care_case c ON c.id = s.case_id
                WHERE s.status = 'triaged' AND s.decided_on IS NOT NULL
                  AND (s.route IN \(kept) OR (c.opened = s.decided_on AND c.phase = 'afgesloten'
                                              AND (c.closed_on IS NULL OR c.closed_on_estimated = 1)));
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank, by_staff)
                SELECT s.case_id, 'regisseur', st.id, s.decided_on, s.decided_on, 'record', 2, \(decider)
                FROM signal s
                JOIN decision dc ON dc.case_id = s.case_id AND dc.date = s.decided_on AND dc.text LIKE ('Triage of signal #' || s.id || ' (%')
                JOIN staff st ON (dc.text LIKE ('%; regisseur ' || st.id || ';%') OR dc.text LIKE ('%; regisseur ' || st.id))
                WHERE s.status = 'triaged' AND s.decided_on IS NOT NULL AND s.route IN \(kept)
                  AND NOT EXISTS (SELECT 1 FROM history_backfill h WHERE h.case_id = s.case_id AND h.kind = 'regisseur'
                                  AND h.on_day = s.decided_on AND h.value = st.id);
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank)
                SELECT p.case_id, 'phase', 'plan', p.agreed_on, p.agreed_on, 'record', 2 FROM care_plan p WHERE p.agreed_on IS NOT NULL;
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank)
                SELECT id, 'phase', 'afgesloten', closed_on, closed_on,
                       CASE WHEN closed_on_estimated = 1 THEN 'estimated' ELSE 'record' END, CASE WHEN closed_on_estimated = 1 THEN 4 ELSE 2 END
                FROM care_case WHERE closed_on IS NOT NULL;
            """
    }

    /// Each phase once per stay (the best source, then the earliest); then a phase that is not
    /// the access log's and is dated after a later phase of its stay is dropped.
    static func backfillChoose(_ d: Dialect) -> String {
        """
        DELETE FROM history_backfill WHERE kind = 'phase' AND EXISTS (
            SELECT 1 FROM history_backfill b WHERE b.case_id = history_backfill.case_id AND b.kind = 'phase'
               AND b.value = history_backfill.value AND b.stay = history_backfill.stay
               AND (b.rank < history_backfill.rank OR (b.rank = history_backfill.rank AND (b.at < history_backfill.at
                    OR (b.at = history_backfill.at AND b.id < history_backfill.id)))));
        DELETE FROM history_backfill WHERE kind = 'phase' AND rank > 1 AND EXISTS (
            SELECT 1 FROM history_backfill b WHERE b.case_id = history_backfill.case_id AND b.kind = 'phase'
               AND b.stay = history_backfill.stay AND b.on_day < history_backfill.on_day
               AND \(phaseOrder("b.value")) > \(phaseOrder("history_backfill.value")));
        """
    }

    /// Rank 4: what nothing dates. The opening as aanmelding; the current phase in the last stay;
    /// the regisseur before the first logged assignment, or the current one when none is logged.
    static func backfillEstimates(_ d: Dialect) -> String {
        let lastStay = "(SELECT COUNT(*) FROM history_backfill r WHERE r.case_id = c.id AND r.reopens = 1)"
        let latestKnown =
            "(SELECT MAX(h.on_day) FROM history_backfill h WHERE h.case_id = c.id AND h.kind = 'phase' AND h.stay = \(lastStay))"
        let floor = "COALESCE(CASE WHEN c.phase = 'afgesloten' THEN COALESCE(c.closed_on, c.last_contact) END, c.opened)"
        return """
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank)
                SELECT c.id, 'phase', 'aanmelding', c.opened, c.opened, 'estimated', 4 FROM care_case c
                WHERE NOT EXISTS (SELECT 1 FROM history_backfill h WHERE h.case_id = c.id AND h.kind = 'phase' AND h.stay = 0
                                  AND h.on_day <= c.opened);
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank, stay)
                SELECT x.id, 'phase', x.phase, x.on_day, x.on_day, 'estimated', 4, x.stay FROM (
                    SELECT c.id, c.phase, \(lastStay) AS stay,
                           CASE WHEN \(latestKnown) > \(floor) THEN \(latestKnown) ELSE \(floor) END AS on_day
                    FROM care_case c
                    WHERE NOT EXISTS (SELECT 1 FROM history_backfill h WHERE h.case_id = c.id AND h.kind = 'phase' AND h.value = c.phase
                                      AND h.stay = \(lastStay))
                ) x;
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank)
                SELECT c.id, 'regisseur', c.regisseur_id, c.opened, c.opened, 'estimated', 4 FROM care_case c
                WHERE c.regisseur_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM history_backfill h WHERE h.case_id = c.id AND h.kind = 'regisseur');
            INSERT INTO history_backfill (case_id, kind, value, at, on_day, source, rank)
                SELECT c.id, 'regisseur', f.previous, c.opened, c.opened, 'estimated', 4
                FROM care_case c JOIN history_backfill f ON f.case_id = c.id AND f.kind = 'regisseur'
                WHERE f.previous IS NOT NULL AND f.previous IN (SELECT id FROM staff) AND f.on_day > c.opened
                  AND NOT EXISTS (SELECT 1 FROM history_backfill e WHERE e.case_id = c.id AND e.kind = 'regisseur'
                                  AND (e.at < f.at OR (e.at = f.at AND e.id < f.id)));
            DELETE FROM history_backfill WHERE kind = 'regisseur' AND value IS NOT NULL AND value NOT IN (SELECT id FROM staff);
            DELETE FROM history_backfill WHERE kind = 'phase' AND (value IS NULL OR \(phaseOrder("value")) = 9);
            """
    }
}
