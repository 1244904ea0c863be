import GRDB
import Wijkteam

/// Forward-only migrations, written once for both engines. Never edit a shipped migration:
/// add a new one (to `migrations`, at the end).
///
/// Each migration's SQL is one script in which the few words the engines spell differently are
/// `Dialect` tokens (`\(d.key)`, `\(d.serial)`, `\(d.id)`, `\(d.real)`, a trigger, the
/// full-text index); SQLite's text comes out exactly as it was written before the schema was
/// shared, so its `sqlite_master` does not change. A Swift step (`Fold`) fills what SQL cannot
/// compute. PostgreSQL's own steps (identifiers starting "pg") run there only.
///
/// SQLite runs the list through GRDB's migrator (`migrator`, identifiers in `grdb_migrations`);
/// PostgreSQL through `PostgresMigrator` (its own `schema_migrations`). Dates stay
/// `YYYY-MM-DD` text and flags 0/1 integers on both, so the same SQL reads both and
/// `wijkteam copy` moves rows column for column.
package enum Schema {
    // MARK: The migrations

    package static let migrations: [Migration] = [
        Migration("v1-district") { d in """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE staff (
                id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                discipline TEXT NOT NULL DEFAULT '',
                expertise TEXT NOT NULL DEFAULT '',
                capacity \(d.real) NOT NULL,
                languages TEXT NOT NULL DEFAULT 'nl',
                on_leave INTEGER NOT NULL DEFAULT 0,
                account TEXT UNIQUE
            );
            CREATE TABLE household (
                id \(d.key),
                name TEXT NOT NULL,
                street TEXT NOT NULL,
                number TEXT NOT NULL,
                buurt TEXT NOT NULL,
                wijk TEXT NOT NULL,
                language TEXT NOT NULL DEFAULT 'nl',
                learning_note TEXT
            );
            CREATE TABLE person (
                id \(d.key),
                household_id \(d.id) NOT NULL REFERENCES household(id),
                name TEXT NOT NULL,
                birth_year INTEGER NOT NULL,
                role TEXT NOT NULL,
                is_client INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX person_household ON person(household_id);
            CREATE TABLE network_tie (
                id \(d.serial),
                household_id \(d.id) NOT NULL REFERENCES household(id),
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
                id \(d.key),
                household_id \(d.id) NOT NULL REFERENCES household(id),
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
                id \(d.serial),
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
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
                person_id \(d.id) NOT NULL REFERENCES person(id),
                domain TEXT NOT NULL,
                date TEXT NOT NULL,
                score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
                PRIMARY KEY (person_id, domain, date)
            );
            CREATE TABLE plan_goal (
                id \(d.serial),
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
                domain TEXT NOT NULL,
                person_id \(d.id) REFERENCES person(id),
                target INTEGER NOT NULL CHECK (target BETWEEN 1 AND 5),
                text TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE INDEX goal_case ON plan_goal(case_id);
            CREATE TABLE provision (
                id \(d.serial),
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
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
                id \(d.serial),
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
                date TEXT NOT NULL,
                kind TEXT NOT NULL,
                author_id TEXT REFERENCES staff(id),
                text TEXT NOT NULL,
                sensitive INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX journal_case_date ON journal_entry(case_id, date);
            CREATE TABLE signal (
                id \(d.serial),
                household_id \(d.id) REFERENCES household(id),
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
                id \(d.serial),
                case_id \(d.id) REFERENCES care_case(id),
                date TEXT NOT NULL,
                text TEXT NOT NULL,
                owner_id TEXT REFERENCES staff(id),
                due TEXT
            );
            """
        },
        Migration("v2-triage") { d in """
            ALTER TABLE signal ADD COLUMN route TEXT;
            ALTER TABLE signal ADD COLUMN decided_on TEXT;
            ALTER TABLE signal ADD COLUMN decided_by TEXT REFERENCES staff(id);
            ALTER TABLE signal ADD COLUMN case_id \(d.id) REFERENCES care_case(id);
            CREATE INDEX signal_open ON signal(status);
            CREATE TABLE meldcode_step (
                signal_id \(d.id) NOT NULL REFERENCES signal(id),
                step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
                done_by TEXT NOT NULL REFERENCES staff(id),
                done_on TEXT NOT NULL,
                note TEXT NOT NULL CHECK (length(trim(note)) > 0),
                PRIMARY KEY (signal_id, step)
            );
            """
        },
        Migration("v3-meeting") { d in """
            CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
            CREATE TABLE meeting (
                id \(d.serial),
                date TEXT NOT NULL,
                chair_id TEXT NOT NULL REFERENCES staff(id),
                status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'ended')),
                current_item TEXT,
                elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds >= 0),
                ended_on TEXT
            );
            -- At most one meeting is running or paused at a time.
            CREATE UNIQUE INDEX meeting_one_open ON meeting(\(d.expression("status != 'ended'"))) WHERE status != 'ended';
            CREATE TABLE meeting_item (
                meeting_id \(d.id) NOT NULL REFERENCES meeting(id),
                item_key TEXT NOT NULL,
                section TEXT NOT NULL,
                case_id \(d.id) REFERENCES care_case(id),
                household_id \(d.id) REFERENCES household(id),
                seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
                discussed INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (meeting_id, item_key)
            );
            CREATE TABLE meeting_minute (
                id \(d.serial),
                meeting_id \(d.id) NOT NULL REFERENCES meeting(id),
                kind TEXT NOT NULL CHECK (kind IN ('decision', 'assignment', 'follow_up')),
                item_key TEXT,
                case_id \(d.id) REFERENCES care_case(id),
                household_id \(d.id) REFERENCES household(id),
                text TEXT NOT NULL,
                owner_id TEXT REFERENCES staff(id),
                due TEXT,
                detail TEXT
            );
            CREATE INDEX minute_meeting ON meeting_minute(meeting_id);
            ALTER TABLE decision ADD COLUMN meeting_id \(d.id) REFERENCES meeting(id);
            """
        },
        Migration("v4-casework") { d in """
            -- Staff explicitly added to a case (need-to-know: they may read its sensitive entries).
            CREATE TABLE case_member (
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
                staff_id TEXT NOT NULL REFERENCES staff(id),
                added_by TEXT REFERENCES staff(id),
                added_on TEXT NOT NULL,
                PRIMARY KEY (case_id, staff_id)
            );
            -- NEN 7513 style access log; rows form a hash chain (see AuditChain).
            CREATE TABLE audit_log (
                id \(d.serial),
                at TEXT NOT NULL,
                account TEXT NOT NULL,
                staff_id TEXT,
                household_id \(d.id),
                case_id \(d.id),
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
                last_id \(d.id) NOT NULL,
                last_hash TEXT NOT NULL
            );
            CREATE INDEX journal_author ON journal_entry(author_id);
            """
        },
        // The board shows each case's last contact; reading it from 200,000 journal entries
        // on every load cost a third of the first frame. The journal is append-only, so a
        // trigger keeps the latest date on the case (not part of its version: no conflict).
        // Full-text search over the journal: SQLite FTS5 when this SQLite has it (otherwise
        // search falls back to LIKE), PostgreSQL's own index there.
        Migration("v5-speed-search") { d in """
            ALTER TABLE care_case ADD COLUMN last_contact TEXT;
            UPDATE care_case SET last_contact = (SELECT MAX(date) FROM journal_entry j WHERE j.case_id = care_case.id);
            \(d.trigger("journal_last_contact", "AFTER INSERT ON journal_entry", lastContact))
            \(d.fullTextIndex(FullText(table: "journal_entry", column: "text")))
            """
        },
        // The board's first frame reads every open case's outline (what orders, groups and
        // weighs it) and every open follow-up's kind and due date; from these covering
        // indexes that touches no texts. The second replaces follow_up(due) WHERE done = 0.
        Migration("v6-board-outline") { _ in """
            CREATE INDEX case_open_outline ON care_case(id, household_id, opened, phase, regisseur_id, complexity, safety, last_contact)
                WHERE phase <> 'afgesloten';
            DROP INDEX follow_up_open_due;
            CREATE INDEX follow_up_open_outline ON follow_up(due, id, case_id, kind) WHERE done = 0;
            """
        },
        // PostgreSQL only (identifiers starting "pg"): what SQLite's data_version gives for free.
        Migration(postgresOnly: "pg1-change-signal") { _ in changeSignal },
        // The notice names the session that committed, so a store can leave out its own.
        Migration(postgresOnly: "pg2-change-sender") { _ in changeSender },
        // Search matches a folded copy of each entry (JournalSearch.folded: no case, no
        // diacritics, ı→i, ł→l, ß→ss…, each CJK character a word of its own), filled by the
        // app on insert and here for the entries there are. The full-text index moves to it:
        // dropped before the fill, made again after it.
        Migration("v7-search-folding", steps: { d in [
            .sql(d.dropFullTextIndex(FullText(table: "journal_entry", column: "text"))
                 + "\nALTER TABLE journal_entry ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
            .fold(Fold(table: "journal_entry", column: "text", into: "search_text")),
            .sql(d.fullTextIndex(FullText(table: "journal_entry", column: "search_text"))),
        ] }),
        // What is new to a regisseur is read from the access log per open case of theirs
        // (every snapshot load): by case, not by scanning the whole log.
        Migration("v8-audit-case") { _ in "CREATE INDEX audit_case ON audit_log(case_id)" },
        // The front door (issue #22): households get a postcode and an addition to be found by,
        // people a full birth date and a day they left, both a version for the changes the
        // desk makes; a signal keeps what came in with it. A partner's reference is unique per
        // partner, so a file imported twice adds nothing the second time.
        Migration("v9-front-door") { _ in
            """
            ALTER TABLE household ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
            ALTER TABLE household ADD COLUMN addition TEXT NOT NULL DEFAULT '';
            ALTER TABLE household ADD COLUMN left_district_on TEXT;
            ALTER TABLE household ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            CREATE INDEX household_address ON household(postcode, number);
            ALTER TABLE person ADD COLUMN birth_date TEXT;
            ALTER TABLE person ADD COLUMN left_on TEXT;
            ALTER TABLE person ADD COLUMN left_reason TEXT;
            ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE signal ADD COLUMN partner TEXT;
            ALTER TABLE signal ADD COLUMN reporter_name TEXT;
            ALTER TABLE signal ADD COLUMN reporter_org TEXT;
            ALTER TABLE signal ADD COLUMN reporter_phone TEXT;
            ALTER TABLE signal ADD COLUMN hard_date TEXT;
            ALTER TABLE signal ADD COLUMN hard_date_kind TEXT;
            ALTER TABLE signal ADD COLUMN consent_contact INTEGER;
            ALTER TABLE signal ADD COLUMN reference TEXT;
            ALTER TABLE signal ADD COLUMN arrears_months INTEGER;
            ALTER TABLE signal ADD COLUMN arrears_cents INTEGER;
            ALTER TABLE signal ADD COLUMN registered_by TEXT REFERENCES staff(id);
            ALTER TABLE signal ADD COLUMN registered_on TEXT;
            CREATE UNIQUE INDEX signal_reference ON signal(partner, reference) WHERE reference IS NOT NULL;
            """
        },
        // Finding a household at the desk read and folded every household and person on each
        // search (0.6 s on a city): each household keeps its folded words
        // (`HouseholdIndex.searchText`), written by the store with every change and filled here;
        // a new person is compared by birth date first.
        Migration(
            "v10-household-search",
            steps: { d in
                [
                    .sql(
                        "ALTER TABLE household ADD COLUMN search_text TEXT NOT NULL DEFAULT '';\nCREATE INDEX person_birth_date ON person(birth_date)"
                    ),
                    .fold(Fold(table: "household", column: householdSearchSource(d), into: "search_text")),
                ]
            }),
        // Seals on the access log (issue #23): the privacy officer's Ed25519 public key, and each
        // seal of the chain's head signed with it (see AuditSeals).
        Migration("v11-audit-seals") { d in
            """
            CREATE TABLE audit_seal_key (
                key_id TEXT PRIMARY KEY NOT NULL,
                public_key TEXT NOT NULL,
                added_on TEXT NOT NULL,
                added_by TEXT NOT NULL
            );
            CREATE TABLE audit_seal (
                id \(d.serial),
                sealed_at TEXT NOT NULL,
                last_id INTEGER NOT NULL,
                last_hash TEXT NOT NULL,
                key_id TEXT NOT NULL REFERENCES audit_seal_key(key_id),
                signature TEXT NOT NULL,
                sealed_by TEXT NOT NULL
            );
            """
        },
        // Break-the-glass (issue #23): access a colleague gave themselves opens the sensitive
        // history written before it only with a reason, which the team lead reviews.
        Migration("v12-access-grants") { d in
            """
            CREATE TABLE access_grant (
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
                staff_id TEXT NOT NULL REFERENCES staff(id),
                self_granted_on TEXT NOT NULL,
                after_entry \(d.id) NOT NULL,
                PRIMARY KEY (case_id, staff_id)
            );
            CREATE TABLE break_glass (
                id \(d.serial),
                case_id \(d.id) NOT NULL REFERENCES care_case(id),
                staff_id TEXT NOT NULL REFERENCES staff(id),
                at TEXT NOT NULL,
                reason TEXT NOT NULL,
                review TEXT CHECK (review IN ('confirmed', 'questioned')),
                reviewed_by TEXT REFERENCES staff(id),
                reviewed_at TEXT
            );
            """ + (d.engine == .postgres ? announceChanges(v12Tables) : "")
        },
        Migration("v13-team") { d in teamMigration(d) },
        Migration("v14-avg") { d in avgMigration(d) },
        Migration("v15-method") { d in methodMigration(d) },
        Migration("v16-plan") { d in planMigration(d) },
        Migration("v17-monitor") { d in monitorMigration(d) },
        // The board header's proactive contacts read every preventive and outreaching follow-up
        // (which cases are flagged, and which were done with an outcome): from this covering index,
        // not from every follow-up's row with its note (9 ms of the first frame on a city, 2 ms
        // from the index). `id` first, so the rows come in the order a scan of the table gave.
        // SQLite only: the index holds the outcome's text, which PostgreSQL would refuse in an
        // index beyond 2,704 bytes (an outcome has no limit), and a server need not upgrade for it.
        Migration(sqliteOnly: "v18-proactive-contacts") { _ in
            "CREATE INDEX follow_up_proactive ON follow_up(id, case_id, done, done_on, outcome, kind) WHERE kind IN ('preventive', 'outreaching')"
        },
        // A journal search shows the newest hits first. A common word is in tens of thousands of
        // entries; reading each to sort them by date cost 60-100 ms at 100,000 households. In
        // date order (this index, with the id as SQLite's tie-break) the newest 50 are among the
        // newest few thousand entries (`SQLiteStore.journalMatch` picks the order per search).
        // SQLite only: PostgreSQL's search is its own function over its text index.
        Migration(sqliteOnly: "v19-journal-by-date") { _ in "CREATE INDEX journal_date ON journal_entry(date)" },
        // The board header's proactive contacts since a day: the proactive follow-ups done with
        // an outcome, by the day they were done. Without it every proactive follow-up ever was
        // read whole from v18's index, its condition worked out per row (19 ms of the first frame
        // at 100,000 households: 78,000 follow-ups for the 38,000 of six months). SQLite only: a
        // server reads the contacts in one pass (`ProactiveSQL.followUps`) and need not upgrade.
        Migration(sqliteOnly: "v20-proactive-contacts-by-day") { _ in
            """
            CREATE INDEX follow_up_proactive_contact ON follow_up(done_on, case_id)
                WHERE kind IN ('preventive', 'outreaching') AND done = 1 AND outcome IS NOT NULL AND trim(outcome) <> ''
            """
        },
    ]

    /// The indexes only SQLite has, by the migration that makes them (the engines' schemas are
    /// compared without them).
    package static let sqliteOnlyIndexes = [
        "v18-proactive-contacts": "follow_up_proactive", "v19-journal-by-date": "journal_date",
        "v20-proactive-contacts-by-day": "follow_up_proactive_contact",
    ]

    /// The tables v12 makes: pg1 announces changes to the tables there were before them.
    static let v12Tables = ["access_grant", "break_glass"]
    /// Tables made after pg1 (which announces changes to the tables before them).
    static var laterTables: [String] { v12Tables + v13Tables + v14Tables + v15Tables + v16Tables + v17Tables }

    /// The text `HouseholdIndex.searchText` folds, in SQL: name, street, number and addition,
    /// postcode with and without its space, the current members' names.
    static func householdSearchSource(_ d: Dialect) -> String {
        """
        name || ' ' || street || ' ' || number || addition || ' ' || postcode || ' ' || replace(postcode, ' ', '') || ' ' || \
        COALESCE((SELECT \(d.joined("p.name")) FROM person p WHERE p.household_id = household.id AND p.left_on IS NULL), '')
        """
    }

    /// v5's trigger: a new journal entry moves its case's last contact.
    static let lastContact = """
        UPDATE care_case SET last_contact = NEW.date
        WHERE id = NEW.case_id AND (last_contact IS NULL OR last_contact < NEW.date);
        """

    // MARK: SQLite

    /// The migrations for SQLite, as GRDB runs them (identifiers recorded in grdb_migrations).
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        for migration in migrations where migration.runs(on: .sqlite) {
            m.registerMigration(migration.identifier) { db in
                let dialect = Dialect.sqlite(fullTextSearch: try Bool.fetchOne(db, sql: "SELECT sqlite_compileoption_used('ENABLE_FTS5')") == true)
                for step in migration.steps(dialect) {
                    switch step {
                    case .sql(let sql): try db.execute(sql: sql)
                    case .fold(let fold): try fill(fold, db)
                    }
                }
            }
        }
        return m
    }

    static func fill(_ fold: Fold, _ db: Database) throws {
        let fill = try db.makeStatement(sql: "UPDATE \(fold.table) SET \(fold.into) = ? WHERE id = ?")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, \(fold.column) FROM \(fold.table)")
        while let row = try rows.next() {
            try fill.execute(arguments: [JournalSearch.folded(row[1]), row[0] as Int])
        }
    }
}
