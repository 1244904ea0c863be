extension Strings {
    /// Opening a file harmlessly, backup and restore (SQLiteOpening.swift, Backup.swift, Restore.swift).
    static let backup: Section = [
        "store.open.directory": Phrase(en: "{1} is a folder, not a database file", nl: "{1} is een map, geen databasebestand"),
        "store.open.empty": Phrase(
            en:
                "{1} is an empty file, not a wijkteam database; it was left as it is (to make one there: wijkteam init --db {1} after removing it)",
            nl:
                "{1} is een leeg bestand, geen wijkteam-database; het is gelaten zoals het was (om er een te maken: verwijder het en gebruik wijkteam init --db {1})"
        ),
        "store.open.not_sqlite": Phrase(
            en: "{1} is not a SQLite database (some other kind of file); it was left as it is",
            nl: "{1} is geen SQLite-database (een ander soort bestand); het is gelaten zoals het was"),
        "store.open.foreign": Phrase(
            en: "{1} is another application's SQLite database (no wijkteam tables); it was left as it is",
            nl: "{1} is de SQLite-database van een ander programma (geen wijkteam-tabellen); hij is gelaten zoals hij was"),
        "store.open.read_only": Phrase(
            en: "{1} is read-only: wijkteam writes every read to the access log, so it must be able to write the file (chmod u+w {1})",
            nl:
                "{1} is alleen-lezen: wijkteam schrijft elke inzage in het toegangslog en moet het bestand dus kunnen schrijven (chmod u+w {1})"
        ),
        "store.open.read_only_folder": Phrase(
            en: "the folder {2} is read-only: SQLite keeps {1}-wal and {1}-shm beside the database, so it must be able to write there",
            nl: "de map {2} is alleen-lezen: SQLite houdt {1}-wal en {1}-shm naast de database bij en moet daar dus kunnen schrijven"),
        "store.open.disk_full": Phrase(
            en: "the disk holding {1} is full: nothing was saved; make room and try again",
            nl: "de schijf met {1} is vol: er is niets opgeslagen; maak ruimte en probeer het opnieuw"),
        "store.backup.integrity": Phrase(en: "integrity check: {1}", nl: "integriteitscontrole: {1}"),
        "store.backup.chain": Phrase(en: "the audit chain breaks at row {1}: {2}", nl: "de auditketen breekt bij rij {1}: {2}"),
        "store.backup.exists": Phrase(
            en: "{1} already exists; nothing was written (use --force to replace it)",
            nl: "{1} bestaat al; er is niets geschreven (gebruik --force om het te vervangen)"),
        "store.backup.same_file": Phrase(
            en: "{1} is the database itself; a backup goes to another file",
            nl: "{1} is de database zelf; een back-up gaat naar een ander bestand"),
        "store.backup.target_in_use": Phrase(
            en: "{1} has a -wal or -shm beside it: it is a database that may be open; a backup never writes over it",
            nl: "naast {1} staat een -wal of -shm: het is een database die open kan zijn; een back-up schrijft er nooit overheen"),
        "store.backup.cannot_write": Phrase(
            en: "cannot write in {1}: {2}; nothing was written", nl: "kan niet schrijven in {1}: {2}; er is niets geschreven"),
        "store.backup.disk_full": Phrase(
            en: "the disk holding {1} is full; nothing was written (the partial copy was removed)",
            nl: "de schijf met {1} is vol; er is niets geschreven (de halve kopie is verwijderd)"),
        "store.backup.damaged": Phrase(
            en: "{1} does not check out ({2}); nothing was written", nl: "{1} klopt niet ({2}); er is niets geschreven"),
        "store.restore.exists": Phrase(
            en: "{1} already exists; nothing was changed (with --force it is kept beside as {1}.before-restore-…)",
            nl: "{1} bestaat al; er is niets veranderd (met --force blijft het ernaast bewaard als {1}.before-restore-…)"),
        "store.restore.in_use": Phrase(
            en: "{1} is open in another terminal or program; nothing was changed (close wijkteam there first)",
            nl: "{1} is open in een andere terminal of een ander programma; er is niets veranderd (sluit wijkteam daar eerst)"),
    ]
}
