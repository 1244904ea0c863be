import GRDB
import Wijkteam

/// Forward-only migrations. Never edit a shipped migration: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-district") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE staff (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    role TEXT NOT NULL,
                    discipline TEXT NOT NULL DEFAULT '',
                    expertise TEXT NOT NULL DEFAULT '',
                    capacity REAL NOT NULL,
                    languages TEXT NOT NULL DEFAULT 'nl',
                    on_leave INTEGER NOT NULL DEFAULT 0,
                    account TEXT UNIQUE
                );
                CREATE TABLE household (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    street TEXT NOT NULL,
                    number TEXT NOT NULL,
                    buurt TEXT NOT NULL,
                    wijk TEXT NOT NULL,
                    language TEXT NOT NULL DEFAULT 'nl',
                    learning_note TEXT
                );
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    household_id INTEGER NOT NULL REFERENCES household(id),
                    name TEXT NOT NULL,
                    birth_year INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    is_client INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX person_household ON person(household_id);
                CREATE TABLE network_tie (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    household_id INTEGER NOT NULL REFERENCES household(id),
                    name TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    relation TEXT NOT NULL,
                    is_organisation INTEGER NOT NULL DEFAULT 0,
                    strength TEXT NOT NULL,
                    support TEXT NOT NULL DEFAULT '',
                    carer_hours INTEGER,
                    exhausted INTEGER NOT NULL DEFAULT 0,
                    secrecy INTEGER NOT NULL DEFAULT 0,
                    consent INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX tie_household ON network_tie(household_id);
                CREATE TABLE care_case (
                    id INTEGER PRIMARY KEY,
                    household_id INTEGER NOT NULL REFERENCES household(id),
                    opened TEXT NOT NULL,
                    source TEXT NOT NULL,
                    presenting TEXT NOT NULL,
                    behind TEXT,
                    domains TEXT NOT NULL,
                    phase TEXT NOT NULL,
                    regisseur_id TEXT REFERENCES staff(id),
                    complexity INTEGER NOT NULL DEFAULT 2 CHECK (complexity BETWEEN 1 AND 3),
                    safety INTEGER NOT NULL DEFAULT 0,
                    discussion TEXT,
                    closed_reason TEXT,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX case_regisseur ON care_case(regisseur_id);
                CREATE INDEX case_household ON care_case(household_id);
                CREATE INDEX case_phase ON care_case(phase);
                CREATE TABLE follow_up (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES care_case(id),
                    kind TEXT NOT NULL,
                    due TEXT NOT NULL,
                    owner_id TEXT REFERENCES staff(id),
                    note TEXT NOT NULL DEFAULT '',
                    done INTEGER NOT NULL DEFAULT 0,
                    outcome TEXT,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX follow_up_case ON follow_up(case_id);
                CREATE INDEX follow_up_open_due ON follow_up(due) WHERE done = 0;
                CREATE TABLE zrm_score (
                    person_id INTEGER NOT NULL REFERENCES person(id),
                    domain TEXT NOT NULL,
                    date TEXT NOT NULL,
                    score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                    PRIMARY KEY (person_id, domain, date)
                );
                CREATE TABLE plan_goal (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES care_case(id),
                    domain TEXT NOT NULL,
                    person_id INTEGER REFERENCES person(id),
                    target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 5),
                    text TEXT NOT NULL,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX goal_case ON plan_goal(case_id);
                CREATE TABLE provision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES care_case(id),
                    kind TEXT NOT NULL,
                    provider TEXT NOT NULL,
                    description TEXT NOT NULL,
                    status TEXT NOT NULL,
                    waiting_weeks INTEGER,
                    start TEXT,
                    network_reason TEXT,
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX provision_case ON provision(case_id);
                CREATE TABLE journal_entry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER NOT NULL REFERENCES care_case(id),
                    date TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    author_id TEXT REFERENCES staff(id),
                    text TEXT NOT NULL,
                    sensitive INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX journal_case_date ON journal_entry(case_id, date);
                CREATE TABLE signal (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    household_id INTEGER REFERENCES household(id),
                    date TEXT NOT NULL,
                    source TEXT NOT NULL,
                    description TEXT NOT NULL,
                    domains TEXT NOT NULL,
                    safety INTEGER NOT NULL DEFAULT 0,
                    status TEXT NOT NULL DEFAULT 'open',
                    version INTEGER NOT NULL DEFAULT 1
                );
                CREATE INDEX signal_household ON signal(household_id);
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    case_id INTEGER REFERENCES care_case(id),
                    date TEXT NOT NULL,
                    text TEXT NOT NULL,
                    owner_id TEXT REFERENCES staff(id),
                    due TEXT
                );
                """)
        }
        m.registerMigration("v2-triage") { db in
            try db.execute(sql: """
                ALTER TABLE signal ADD COLUMN route TEXT;
                ALTER TABLE signal ADD COLUMN decided_on TEXT;
                ALTER TABLE signal ADD COLUMN decided_by TEXT REFERENCES staff(id);
                ALTER TABLE signal ADD COLUMN case_id INTEGER REFERENCES care_case(id);
                CREATE INDEX signal_open ON signal(status);
                CREATE TABLE meldcode_step (
                    signal_id INTEGER NOT NULL REFERENCES signal(id),
                    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
                    done_by TEXT NOT NULL REFERENCES staff(id),
                    done_on TEXT NOT NULL,
                    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
                    PRIMARY KEY (signal_id, step)
                );
                """)
        }
        m.registerMigration("v3-meeting") { db in
            try db.execute(sql: """
                CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    date TEXT NOT NULL,
                    chair_id TEXT NOT NULL REFERENCES staff(id),
                    status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'ended')),
                    current_item TEXT,
                    elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
                    ended_on TEXT
                );
                -- At most one meeting is running or paused at a time.
                CREATE UNIQUE INDEX meeting_one_open ON meeting(status != 'ended') WHERE status != 'ended';
                CREATE TABLE meeting_item (
                    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                    item_key TEXT NOT NULL,
                    section TEXT NOT NULL,
                    case_id INTEGER REFERENCES care_case(id),
                    household_id INTEGER REFERENCES household(id),
                    seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
                    discussed INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (meeting_id, item_key)
                );
                CREATE TABLE meeting_minute (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    meeting_id INTEGER NOT NULL REFERENCES meeting(id),
                    kind TEXT NOT NULL CHECK (kind IN ('decision', 'assignment', 'follow_up')),
                    item_key TEXT,
                    case_id INTEGER REFERENCES care_case(id),
                    household_id INTEGER REFERENCES household(id),
                    text TEXT NOT NULL,
                    owner_id TEXT REFERENCES staff(id),
                    due TEXT,
                    detail TEXT
                );
                CREATE INDEX minute_meeting ON meeting_minute(meeting_id);
                ALTER TABLE decision ADD COLUMN meeting_id INTEGER REFERENCES meeting(id);
                """)
        }
        m.registerMigration("v4-casework") { db in
            try db.execute(sql: """
                -- Staff explicitly added to a case (need-to-know: they may read its sensitive entries).
                CREATE TABLE case_member (
                    case_id INTEGER NOT NULL REFERENCES care_case(id),
                    staff_id TEXT NOT NULL REFERENCES staff(id),
                    added_by TEXT REFERENCES staff(id),
                    added_on TEXT NOT NULL,
                    PRIMARY KEY (case_id, staff_id)
                );
                -- NEN 7513 style access log; rows form a hash chain (see AuditChain).
                CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at TEXT NOT NULL,
                    account TEXT NOT NULL,
                    staff_id TEXT,
                    household_id INTEGER,
                    case_id INTEGER,
                    action TEXT NOT NULL,
                    detail TEXT NOT NULL DEFAULT '',
                    result TEXT NOT NULL CHECK (result IN ('allowed', 'denied')),
                    origin TEXT NOT NULL,
                    prev_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );
                CREATE INDEX audit_household ON audit_log(household_id);
                -- The last row written, kept apart from the rows so removing the newest shows.
                CREATE TABLE audit_head (
                    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                    last_id INTEGER NOT NULL,
                    last_hash TEXT NOT NULL
                );
                CREATE INDEX journal_author ON journal_entry(author_id);
                """)
        }
        m.registerMigration("v5-speed-search") { db in
            // The board shows each case's last contact; reading it from 200,000 journal entries
            // on every load cost a third of the first frame. The journal is append-only, so a
            // trigger keeps the latest date on the case (not part of its version: no conflict).
            try db.execute(sql: """
                ALTER TABLE care_case ADD COLUMN last_contact TEXT;
                UPDATE care_case SET last_contact = (SELECT MAX(date) FROM journal_entry j WHERE j.case_id = care_case.id);
                CREATE TRIGGER journal_last_contact AFTER INSERT ON journal_entry BEGIN
                    UPDATE care_case SET last_contact = NEW.date
                    WHERE id = NEW.case_id AND (last_contact IS NULL OR last_contact < NEW.date);
                END;
                """)
            // Full-text search over the journal (SQLite FTS5, when this SQLite has it; otherwise
            // search falls back to LIKE). External content: the text is stored once.
            if try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true {
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE journal_fts USING fts5(
                        text, content='journal_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                    INSERT INTO journal_fts(journal_fts) VALUES ('rebuild');
                    CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entry BEGIN
                        INSERT INTO journal_fts(rowid, text) VALUES (NEW.id, NEW.text);
                    END;
                    CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entry BEGIN
                        INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
                    END;
                    CREATE TRIGGER journal_fts_update AFTER UPDATE OF text ON journal_entry BEGIN
                        INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
                        INSERT INTO journal_fts(rowid, text) VALUES (NEW.id, NEW.text);
                    END;
                    """)
            }
        }
        m.registerMigration("v6-board-outline") { db in
            // The board's first frame reads every open case's outline (what orders, groups and
            // weighs it) and every open follow-up's kind and due date; from these covering
            // indexes that touches no texts. The second replaces follow_up(due) WHERE done = 0.
            try db.execute(sql: """
                CREATE INDEX case_open_outline ON care_case(id, household_id, opened, phase, regisseur_id, complexity, safety, last_contact)
                    WHERE phase <> 'afgesloten';
                DROP INDEX follow_up_open_due;
                CREATE INDEX follow_up_open_outline ON follow_up(due, id, case_id, kind) WHERE done = 0;
                """)
        }
        m.registerMigration("v7-search-folding") { db in
            // Search matches a folded copy of each entry (JournalSearch.folded: no case, no
            // diacritics, ı→i, ł→l, ß→ss…, each CJK character a word of its own), filled by the
            // app on insert and here for the entries there are. The FTS5 index moves to it.
            let fts = try db.tableExists("journal_fts")
            if fts {
                try db.execute(sql: """
                    DROP TRIGGER journal_fts_insert; DROP TRIGGER journal_fts_delete; DROP TRIGGER journal_fts_update;
                    DROP TABLE journal_fts;
                    """)
            }
            try db.execute(sql: "ALTER TABLE journal_entry ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
            let fill = try db.makeStatement(sql: "UPDATE journal_entry SET search_text = ? WHERE id = ?")
            let rows = try Row.fetchCursor(db, sql: "SELECT id, text FROM journal_entry")
            while let row = try rows.next() {
                try fill.execute(arguments: [JournalSearch.folded(row["text"]), row["id"] as Int])
            }
            if try fts || Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true {
                try db.execute(sql: """
                    CREATE VIRTUAL TABLE journal_fts USING fts5(
                        search_text, content='journal_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
                    INSERT INTO journal_fts(journal_fts) VALUES ('rebuild');
                    CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entry BEGIN
                        INSERT INTO journal_fts(rowid, search_text) VALUES (NEW.id, NEW.search_text);
                    END;
                    CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entry BEGIN
                        INSERT INTO journal_fts(journal_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
                    END;
                    CREATE TRIGGER journal_fts_update AFTER UPDATE OF search_text ON journal_entry BEGIN
                        INSERT INTO journal_fts(journal_fts, rowid, search_text) VALUES ('delete', OLD.id, OLD.search_text);
                        INSERT INTO journal_fts(rowid, search_text) VALUES (NEW.id, NEW.search_text);
                    END;
                    """)
            }
        }
        m.registerMigration("v8-audit-case") { db in
            // What is new to a regisseur is read from the access log per open case of theirs
            // (every snapshot load): by case, not by scanning the whole log.
            try db.execute(sql: "CREATE INDEX audit_case ON audit_log(case_id)")
        }
        return m
    }
}
