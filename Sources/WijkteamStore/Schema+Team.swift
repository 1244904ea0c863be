import Wijkteam

extension Schema {
    /// The tables v13 makes (the team as it changes, issue 24).
    static let v13Tables = ["staff_absence", "staff_change", "case_cover"]

    /// v13: absences (which replace v1's `on_leave` flag: a flag set becomes a leave until
    /// further notice from the district's reference date), part-time days, the day someone
    /// left, a version for compare-and-swap, every change to a staff record kept, and cover
    /// (waarneming) of an absent regisseur's case, which holds while its absence does.
    static func teamMigration(_ d: Dialect) -> String {
        """
        ALTER TABLE staff ADD COLUMN work_days TEXT NOT NULL DEFAULT '';
        ALTER TABLE staff ADD COLUMN left_on TEXT;
        ALTER TABLE staff ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        CREATE TABLE staff_absence (
            id \(d.serial),
            staff_id TEXT NOT NULL REFERENCES staff(id),
            from_day TEXT NOT NULL,
            to_day TEXT,
            kind TEXT NOT NULL CHECK (kind IN ('leave', 'ill', 'training')),
            set_by TEXT,
            CHECK (to_day IS NULL OR to_day >= from_day)
        );
        CREATE INDEX staff_absence_staff ON staff_absence(staff_id);
        CREATE TABLE staff_change (
            id \(d.serial),
            staff_id TEXT NOT NULL REFERENCES staff(id),
            on_day TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            changed_by TEXT
        );
        CREATE INDEX staff_change_staff ON staff_change(staff_id);
        CREATE TABLE case_cover (
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            absence_id \(d.id) NOT NULL REFERENCES staff_absence(id),
            cover_id TEXT NOT NULL REFERENCES staff(id),
            named_by TEXT,
            named_on TEXT NOT NULL,
            PRIMARY KEY (case_id, absence_id)
        );
        CREATE INDEX case_cover_staff ON case_cover(cover_id);
        INSERT INTO staff_absence (staff_id, from_day, to_day, kind)
            SELECT id, COALESCE((SELECT value FROM meta WHERE key = 'reference_date'), '2000-01-01'), NULL, 'leave'
            FROM staff WHERE on_leave = 1;
        UPDATE staff SET on_leave = 0;
        """ + (d.engine == .postgres ? announceChanges(v13Tables) : "")
    }
}
