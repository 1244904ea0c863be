import Wijkteam

extension CLIStrings {
    /// Backup and restore (issue 25, item 4): BackupCommands.swift.
    static let backup: Section = [
        "cli.backup.rows": Phrase(en: "rows", nl: "rijen"),
        "cli.backup.checked": Phrase(
            en: "integrity check: ok; audit chain: verified ({1})",
            nl: "integriteitscontrole: in orde; toegangslogketen: gecontroleerd ({1})"),
        "cli.backup.done": Phrase(
            en: "backup written to {1}, readable by this account only", nl: "back-up geschreven naar {1}, alleen leesbaar voor dit account"),
        "cli.backup.postgres": Phrase(
            en: "backup copies a SQLite database; for a PostgreSQL team database use pg_dump (README, \"The data's life under the AVG\")",
            nl:
                "backup kopieert een SQLite-database; gebruik voor een PostgreSQL-teamdatabase pg_dump (README, \"The data's life under the AVG\")"
        ),
        "cli.restore.kept": Phrase(en: "the database that was there is kept as {1}", nl: "de database die er stond is bewaard als {1}"),
        "cli.restore.db": Phrase(
            en: "restore needs the database to restore to: --db PATH", nl: "restore moet weten naar welke database: --db PAD"),
        "cli.restore.done": Phrase(en: "{1} restored from {2}", nl: "{1} teruggezet uit {2}"),
    ]
}
