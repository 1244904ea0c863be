import Testing
import Wijkteam
import WijkteamPostgres
@testable import WijkteamStore

/// What needs no server: reading `--db postgres://…`, and the PostgreSQL migrations matching
/// SQLite's by name and order (their tables and columns are compared on a server).
@Suite struct PostgresLocationTests {
    @Test func aURLNamesUserHostPortAndDatabase() throws {
        let l = try PostgresLocation(url: "postgres://anna:s%40cret@db.example:6543/wijkteam")
        #expect(l.user == "anna" && l.password == "s@cret" && l.host == "db.example" && l.port == 6543 && l.database == "wijkteam")
        #expect(l.socketPath == nil)
        #expect(!l.description.contains("cret"), "the password stays out of messages")
        let d = try PostgresLocation(url: "postgresql://anna@localhost/w")
        #expect(d.port == 5432 && d.password == nil && d.host == "localhost")
    }

    @Test func aSocketDirectoryIsTheHostParameter() throws {
        let l = try PostgresLocation(url: "postgres://wijkteam@/postgres?host=/tmp/pg-x&port=5433")
        #expect(l.host == nil && l.socketDirectory == "/tmp/pg-x" && l.port == 5433)
        #expect(l.socketPath == "/tmp/pg-x/.s.PGSQL.5433")
    }

    @Test func aBadURLSaysWhatIsMissing() {
        for (url, words) in [
            ("mysql://a@b/c", "not a PostgreSQL URL"), ("postgres://a@host/", "names no database"),
            ("postgres://host/db", "names no user"), ("postgres://a@/db", "no host and no socket directory"),
            ("postgres://a@h:99999/db", "no valid port"),
        ] {
            #expect { try PostgresLocation(url: url) } throws: { "\($0)".contains(words) }
        }
        #expect(PostgresLocation.isPostgresURL("postgres://a@b/c") && !PostgresLocation.isPostgresURL("/tmp/w.sqlite"))
        // A password never shows in the message about a bad URL.
        #expect { try PostgresLocation(url: "postgres://anna:s3cret@h:99999/db") } throws: {
            "\($0)".contains("no valid port") && !"\($0)".contains("s3cret") && "\($0)".contains("anna:***@h")
        }
    }

    @Test func everySQLiteMigrationHasItsPostgreSQLTwin() {
        // Those starting "pg" are PostgreSQL's own (what SQLite has built in); the indexes only
        // SQLite's reads need (`Schema.sqliteOnlyIndexes`) are SQLite's own.
        #expect(
            PostgresSchema.migrations.map(\.identifier).filter { !$0.hasPrefix("pg") }
                == Schema.migrator.migrations.filter { Schema.sqliteOnlyIndexes[$0] == nil })
        #expect(Set(Schema.sqliteOnlyIndexes.keys).isSubset(of: Schema.migrator.migrations))
    }
}

@Suite struct PostgresScriptTests {
    @Test func aScriptSplitsAtSemicolonsOutsideBodiesAndComments() {
        let script = """
            CREATE TABLE a (x INT); -- a comment; with a semicolon
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN UPDATE a SET x = 1; RETURN NEW; END $$;
            DROP INDEX i;
            UPDATE a SET t = 'one; -- two' || 'it''s; three'
            """
        #expect(
            PostgresSchema.statements(script) == [
                "CREATE TABLE a (x INT)",
                "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN UPDATE a SET x = 1; RETURN NEW; END $$",
                "DROP INDEX i",
                "UPDATE a SET t = 'one; -- two' || 'it''s; three'",
            ])
        // Every migration splits into statements that each start with a keyword.
        for m in PostgresSchema.migrations {
            for s in PostgresSchema.statements(m.sql) {
                #expect(
                    ["CREATE", "ALTER", "UPDATE", "INSERT", "DELETE", "DROP"].contains { s.hasPrefix($0) },
                    "\(m.identifier): \(s.prefix(40))")
            }
        }
    }
}
