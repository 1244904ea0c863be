import ArgumentParser
import Foundation
import Wijkteam
import WijkteamPostgres
import WijkteamStore

/// `wijkteam server init`: a team's database on a PostgreSQL server, need-to-know enforced by
/// the server (README: PostgreSQL, a team's server).
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server", abstract: "A team's database on a PostgreSQL server, with need-to-know enforced by the server.",
        subcommands: [InitTeamCommand.self])

    struct InitTeamCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Set up a team's schema, roles and row-level security, or bring them up to date (the server's administrator).",
            discussion: """
                Connect as the server's administrator. Makes the roles TEAM_owner (owns the tables) and TEAM_staff (every \
                colleague's login is a member), the schema TEAM with the team's tables and TEAM_guard with the policies' \
                functions and views, loads a district when the schema holds none, and gives every colleague with an OS \
                account a login role. Prints the pg_hba.conf and pg_ident.conf lines to add. Safe to run again, and run \
                again after the team lead adds a colleague with an account (their login is made then) or someone leaves \
                (their login is closed).
                """)
        // --db (the same option as every command's): the server, as its administrator, postgres://admin@/database?host=/run/postgresql.
        @OptionGroup var common: CommonOptions
        @Option(name: .long, help: "The team's name: its schema and the prefix of its roles (lower-case letters, digits, _).") var team:
            String
        @Option(name: .long, help: "The district folder to load when the team has none yet (default: the sample district).") var from:
            String?
        @Option(name: .customLong("copy"), help: "A team's SQLite database to load instead of a district folder.") var copyFile: String?
        @Flag(name: .long, help: "Keep a demo district's dates as written.") var keepDates = false

        func validate() throws {
            if from != nil, copyFile != nil { throw ValidationError(tr("cli.server.from_or_copy")) }
        }

        func run() throws {
            try runReporting {
                guard case .postgres(let location) = try AppEnvironment.databaseChoice(option: common.db) else {
                    throw CLIError(tr("cli.server.needs_postgres"))
                }
                #if PostgreSQL
                let names = try TeamGuard.Names(team: team)
                let admin = try PostgresSession.connect(location)
                defer { admin.close() }
                let staging = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-server-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: staging) }
                let report = try TeamServer.initialize(admin, names: names) { try district(into: staging) }
                print(tr("cli.server.ready", names.data, location.database))
                if let loaded = report.loaded {
                    guard loaded.countsMatch, loaded.audit.ok else { throw CLIError(tr("cli.error.init.mismatch", location)) }
                    let households = loaded.tables.first { $0.table == "household" }?.postgres ?? 0
                    print(tr("cli.server.loaded", households))
                }
                for c in report.colleagues {
                    var line = c.created ? tr("cli.server.login.made", c.login, c.staff) : tr("cli.server.login.kept", c.login, c.staff)
                    if let left = c.leftOn { line = tr("cli.server.login.closed", c.login, c.staff, left) }
                    print("  " + line)
                }
                print(tr("cli.server.hba"))
                for line in report.hbaLines { print("  " + line) }
                print(tr("cli.server.ident"))
                for line in report.identLines { print("  " + line) }
                let socket = location.socketDirectory ?? "/run/postgresql"
                print(tr("cli.server.connect", location.database, socket))
                #else
                throw CLIError(AppEnvironment.builtWithoutPostgres(location))
                #endif
            }
        }

        /// The district to load into an empty team schema, as a SQLite file to copy from.
        func district(into staging: URL) throws -> SQLiteStore {
            if let copyFile { return try SQLiteStore.open(path: copyFile) }
            guard let folder = from.map({ URL(fileURLWithPath: $0) }) ?? AppEnvironment.sampleDataFolder() else {
                throw CLIError(tr("cli.error.nofolder"))
            }
            var data = try DistrictLoader.load(folder: folder)
            if data.info.demo, !keepDates { data = data.shifted(by: data.referenceDate.days(until: Clock.today())) }
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return try SQLiteStore.create(at: staging.appendingPathComponent("district.sqlite").path, from: data)
        }
    }
}

extension CommonOptions {
    /// A team's PostgreSQL database: who you are is the server's login, never `--as`, and the
    /// date is the server machine's, never `$WIJKTEAM_TODAY`.
    func postgresContext(_ location: PostgresLocation, today: Day) throws -> AppContext {
        #if PostgreSQL
        guard asStaff == nil else { throw CLIError(tr("cli.error.as.postgres", location)) }
        if ProcessInfo.processInfo.environment["WIJKTEAM_TODAY"].map({ !$0.isEmpty }) == true {
            throw CLIError(tr("cli.error.today.postgres"))
        }
        let (store, staff) = try PostgresStore.openAsColleague(location, origin: AppEnvironment.origin)
        let identity = Identity(staff: try Identity.present(staff, today: today), basis: .server(login: store.actor.account))
        // New staff browse: for them every session is read-only (and the server refuses their changes too).
        let session = readOnly || staff.role == .newStaff ? store.refusingChanges() : store
        return AppContext(store: session, databaseName: location.database, today: today, identity: identity)
        #else
        throw CLIError(AppEnvironment.builtWithoutPostgres(location))
        #endif
    }
}
