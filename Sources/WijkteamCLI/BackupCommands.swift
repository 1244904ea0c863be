import ArgumentParser
import Foundation
import TerminalKit
import Wijkteam
import WijkteamStore

/// `wijkteam backup --to FILE`: an online copy of the SQLite database, checked before it counts.
/// Whoever can open the file may back it up: on SQLite the file is one account's (opening refuses
/// a shared one), so that account can copy it anyway; the access log names who did.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy a running database to a file and check the copy.",
        discussion: """
            Other terminals may go on working meanwhile: the copy is one moment of the database. It is checked \
            (integrity, the audit chain, rows per table) before it is renamed into place, readable by this account only. \
            A daily backup kept for a week, as one crontab line: \
            15 12 * * * wijkteam backup --to "$HOME/backups/wijkteam-$(date +\\%a).sqlite" --force
            """)

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "The backup file to write (refused when it exists, unless --force).") var to: String
    @Flag(name: .long, help: "Replace the backup file if it exists (a rotating daily backup).") var force = false

    func run() throws {
        try runReporting {
            if case .postgres = try AppEnvironment.databaseChoice(option: common.db) { throw CLIError(tr("cli.backup.postgres")) }
            let ctx = try common.context()
            guard let store = ctx.store as? SQLiteStore else { throw CLIError(tr("cli.backup.postgres")) }
            let check = try store.backup(to: to, force: force)
            printCheck(check)
            print(tr("cli.backup.done", to))
        }
    }
}

/// What a checked copy holds, one line per table, then the audit chain.
func printCheck(_ check: BackupCheck) {
    print(TextWidth.pad(tr("cli.copy.table"), to: 24) + "  " + TextWidth.pad(tr("cli.backup.rows"), to: 8, alignRight: true))
    for table in check.tables {
        print(TextWidth.pad(table.name, to: 24) + "  " + TextWidth.pad(String(table.rows), to: 8, alignRight: true))
    }
    print(tr("cli.backup.checked", trCount("cli.count.rows", check.audit.rows)))
}

/// `wijkteam restore --from FILE --db PATH`: a checked backup becomes the database at PATH.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a checked backup to a database that no terminal has open.",
        discussion: """
            The backup is checked first (integrity, the audit chain, a wijkteam schema this version knows). \
            A database at PATH is replaced only with --force, and only when no terminal has it open; it is kept \
            beside as PATH.before-restore-DATE-TIME.
            """)

    @Option(name: .long, help: "The backup file to restore from (it is only read).") var from: String
    @OptionGroup var common: CommonOptions
    @Flag(name: .long, help: "Replace the database at PATH (it is kept as PATH.before-restore-DATE-TIME).") var force = false

    func run() throws {
        try runReporting {
            // Named on the command line, never taken from $WIJKTEAM_DB: restore replaces what is there.
            guard let db = common.db, !db.isEmpty else { throw CLIError(tr("cli.restore.db")) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "yyyyMMdd-HHmmss"
            let result = try SQLiteRestore.restore(from: from, to: db, force: force, stamp: formatter.string(from: Date()))
            // No staff record yet: the log names the account, as for other maintenance.
            try SQLiteRestore.recordRestore(
                at: db, actor: AuditActor(staffID: nil, account: AppEnvironment.osAccount, origin: AppEnvironment.origin))
            printCheck(result.check)
            if let kept = result.keptAs { print(tr("cli.restore.kept", kept)) }
            print(tr("cli.restore.done", db, from))
        }
    }
}
