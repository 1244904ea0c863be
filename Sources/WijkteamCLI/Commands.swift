import ArgumentParser
import Foundation
import Wijkteam
import WijkteamPostgres
import WijkteamScreens
import WijkteamStore

@main
struct WijkteamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijkteam",
        abstract: "Caseload board, household networks and triage for a sociaal wijkteam.",
        discussion: "Without a subcommand, opens the screens on the default database.",
        version: WijkteamCommand.version,
        subcommands: [
            InitCommand.self, BoardCommand.self, HouseholdCommand.self, NetworkCommand.self, AssignCommand.self, FlagCommand.self,
            FollowUpsCommand.self, GlossaryCommand.self,
            ThemesCommand.self, KeysCommand.self, GenerateCommand.self,
            TriageCommand.self, DecideCommand.self, MeldcodeCommand.self, KindcheckCommand.self,
            AgendaCommand.self, MeetingsCommand.self, MinutesCommand.self, SettingsCommand.self, DiscussCommand.self,
            CaseloadCommand.self, JournalCommand.self, PhaseCommand.self, ZRMCommand.self, GoalCommand.self, CloseCommand.self,
            ProvisionCommand.self,
            MemberCommand.self, AuditCommand.self, SearchCommand.self, TourCommand.self, CopyCommand.self, ImportCommand.self,
            SignalCommand.self, PersonCommand.self, CaseCommand.self, ServerCommand.self, StaffCommand.self,
            InzageCommand.self, EraseCommand.self, RetentionCommand.self, UrgencyCommand.self, BackupCommand.self, RestoreCommand.self,
            PlanCommand.self,
            RouteCommand.self, GeneralProvisionsCommand.self,
            ProvidersCommand.self, MonitorCommand.self,
        ]
    )

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Colour theme: a name from 'wijkteam themes' or a path to a .toml file.")
    var theme: String?

    static let version = "0.1.0"

    static func main() {
        // `--version` alone is answered before ArgumentParser builds the command tree (its
        // conformance lookups were about half of the 16 ms a bare `--version` cost).
        if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--version" {
            print(version)
            return
        }
        Clock.prepare()  // sets TZ before any other thread can read the environment
        Memory.oneArena()
        Language.choose(Language.fromLocale(AppEnvironment.localeVariables))  // --lang overrides it
        // As ArgumentParser's own main, but its messages (which may echo an argument) leave
        // through Output, made safe for a terminal like everything else.
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { print(message) } else { Output.error(message) }
            }
            fflush(nil)
            Foundation.exit(code.rawValue)
        }
    }

    /// Opens the screens on a terminal; piped into another program it prints the board instead.
    func run() throws {
        var code: Int32 = 0
        try runReporting {
            let screens = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
            let ctx = try common.context(screens: screens)
            if screens {
                code = try Interactive.run(context: ctx, themeOption: theme, readOnly: common.readOnly ? .option : nil)
            } else {
                let (columns, figures) = try ctx.boardAndFigures()
                print(TextReports.board(columns: columns, figures: figures, today: ctx.today, info: try ctx.store.districtInfo()))
            }
        }
        if code != 0 { throw ExitCode(code) }
    }
}

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Database: a SQLite file, or postgres://user@host/db with a PostgreSQL build (else $WIJKTEAM_DB, else the user's data directory).")
    var db: String?

    @Option(name: .customLong("as"), help: "Act as this staff member (demo databases only).")
    var asStaff: String?

    @Option(name: .long, help: "Language of what is shown: nl or en (default: from LC_ALL, LC_MESSAGES or LANG).")
    var lang: String?

    @Flag(name: .customLong("read-only"), help: "Change nothing: the screens refuse every write key with the reason, a subcommand that writes fails.")
    var readOnly = false

    func validate() throws {
        guard let lang else { return }
        guard let chosen = Language(rawValue: lang.lowercased()) else { throw ValidationError(tr("cli.error.lang", lang)) }
        Language.choose(chosen)  // before run(), so every message of the command is in it
    }

    /// Opens the store; the default database is created from the sample district on first use.
    /// `browsing` opens it so that nothing is written at all (the tour), on demo databases only.
    /// `screens`: the store stays open for a session and reads beside its writes (every other
    /// command runs once and reads on the writer's connection, `SQLiteStore.open(oneShot:)`).
    func context(browsing: Bool = false, screens: Bool = false) throws -> AppContext {
        if let lang, let chosen = Language(rawValue: lang.lowercased()) { Language.choose(chosen) }
        let today = try AppEnvironment.today()
        if screens { WarmUp.start() }  // the language is chosen: from here another thread runs
        switch try AppEnvironment.databaseChoice(option: db) {
        case .file(let path, let isDefault):
            if isDefault, !FileManager.default.fileExists(atPath: path) {
                guard let folder = AppEnvironment.sampleDataFolder() else {
                    throw CLIError(tr("cli.error.nosample", path))
                }
                let data = try DistrictLoader.load(folder: folder)
                _ = try SQLiteStore.create(at: path, from: data.info.demo ? data.shifted(by: data.referenceDate.days(until: today)) : data)
                Output.error(tr("cli.created.sample", path))
            }
            let opened = try SQLiteStore.open(path: path, readOnly: browsing, oneShot: !screens)
            if screens { opened.openSecondReader() }
            if browsing, !(try opened.districtInfo().demo) {
                throw CLIError(tr("cli.error.tour.own", path))
            }
            // A pinned day back- or forward-dates entries: only where the people are made up.
            if AppEnvironment.pinnedToday != nil, !(try opened.districtInfo().demo) {
                throw CLIError(tr("cli.error.today.real", path))
            }
            return try context(opened, name: URL(fileURLWithPath: path).lastPathComponent, today: today)
        case .postgres(let location):
            #if PostgreSQL
            // The tour's promise is a database left byte for byte as it was: a file, opened read-only.
            if browsing { throw CLIError(tr("cli.error.tour.postgres", location)) }
            return try postgresContext(location, today: today)
            #else
            throw CLIError(AppEnvironment.builtWithoutPostgres(location))
            #endif
        }
    }

    /// Who is acting on the opened store, and as what kind of session.
    private func context(_ opened: some TransactionalStore, name: String, today: Day) throws -> AppContext {
        let identity = try Identity.resolve(
            requested: asStaff, account: AppEnvironment.osAccount, staff: try opened.staff(), demo: try opened.districtInfo().demo,
            today: today)
        // From here on every read of a household and every change is checked and logged as this person.
        let acting = opened.acting(as: AuditActor(staffID: identity.staff.id, account: AppEnvironment.osAccount,
                                                  origin: AppEnvironment.origin))
        // New staff browse: for them every session is read-only, on the screens and here.
        let store = readOnly || identity.staff.role == .newStaff ? acting.refusingChanges() : acting
        return AppContext(store: store, databaseName: name, today: today, identity: identity)
    }
}


/// `wijkteam tour`: the guided tour for new staff, on a demo database opened read-only.
struct TourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tour",
        abstract: "A guided tour of the screens on the sample district, for new staff; it changes nothing.",
        discussion: "Board, a household, its network, triage, follow-ups, the meeting and the glossary, each with what the team does there and why. → or Space: next · ←: back · i: words on the screen · q: end.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "Colour theme: a name from 'wijkteam themes' or a path to a .toml file.")
    var theme: String?

    func run() throws {
        var code: Int32 = 0
        try runReporting {
            guard isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 else { throw CLIError(tr("cli.error.tour.terminal")) }
            let ctx = try common.context(browsing: true, screens: true)
            code = try Interactive.run(context: ctx, themeOption: theme, readOnly: .tour, tour: true)
        }
        if code != 0 { throw ExitCode(code) }
    }
}

struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false
}

struct AppContext {
    let store: any WijkteamStore
    /// The file's name, or the PostgreSQL database's: what the status line shows.
    let databaseName: String
    let today: Day
    let identity: Identity

    /// The board's columns and the team figures, from one read: the open cases and their
    /// follow-ups once (they were read twice, in two transactions).
    func boardAndFigures() throws -> (columns: [BoardColumn], figures: TeamFigures) {
        try store.readConsistently {
            let staff = try store.staff(), followUps = try store.followUps(includeDone: false)
            let cards = try store.caseCards(openFollowUps: followUps)
            let figures = TeamFigures(
                cards: cards, followUps: followUps, staff: staff, today: today,
                contacts: try store.proactiveContacts(since: TeamFigures.contactsSince(today: today)))
            return (BoardBuilder.columns(staff: staff, cards: cards, today: today), figures)
        }
    }
}

/// Prints an error people can act on and exits non-zero; never a stack trace.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        Output.error(tr("cli.error", "\(error)"))
        throw ExitCode(1)
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let text = try ListingJSON.encode(value)
    #if DEBUG
    // Every listing the tests print is checked against Foundation's encoder, byte for byte.
    let foundation = try ListingJSON.foundation(value)
    precondition(text == foundation, "ListingJSON differs from JSONEncoder:\n\(text)\n---\n\(foundation)")
    #endif
    Output.json(text)
}

/// A date option as people type it (`DayInput`: 2026-12-11, 11-12, 11 dec, +2w, +10d, fri,
/// tomorrow, today): a due date looks ahead (`fri` is the next Friday), a contact date back.
func parseDay(_ text: String, option: String, expect: DayInput.Expect) throws -> Day {
    guard let day = DayInput.parse(text, today: try AppEnvironment.today(), expect: expect) else {
        throw ValidationError(tr("cli.error.date", option, text, DayInput.forms))
    }
    return day
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create a database from a district folder (default: the sample district).")

    // The same option group as every other command, so `--db` means one thing everywhere.
    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: "District folder with district.yaml, staff.yaml and households/.")
    var from: String?

    @Flag(name: .long, help: "Replace an existing database.")
    var force = false

    @Flag(name: .long, help: "Keep the dates as written instead of moving a demo district to today.")
    var keepDates = false

    func run() throws {
        try runReporting {
            let choice = try AppEnvironment.databaseChoice(option: common.db)
            guard let folder = from.map({ URL(fileURLWithPath: $0) }) ?? AppEnvironment.sampleDataFolder() else {
                throw CLIError(tr("cli.error.nofolder"))
            }
            var data = try DistrictLoader.load(folder: folder)
            if data.info.demo, !keepDates {
                data = data.shifted(by: data.referenceDate.days(until: try AppEnvironment.today()))
            }
            let summary = [trCount("cli.count.households", data.households.count), trCount("cli.count.staff", data.staff.count),
                           trCount("cli.count.opencases", data.cases.filter(\.isOpen).count),
                           trCount("cli.count.signals", data.signals.count)].joined(separator: ", ") + "."
            switch choice {
            case .file(let path, _):
                _ = try SQLiteStore.create(at: path, from: data, replace: force)
                print(tr("cli.init.created", path, summary))
            case .postgres(let location):
                #if PostgreSQL
                if force { throw CLIError(tr("cli.error.init.force")) }
                let session = try PostgresSession.connect(location)
                defer { session.close() }
                let report = try PostgresCopy.load(data, into: session)
                guard report.countsMatch, report.audit.ok else { throw CLIError(tr("cli.error.init.mismatch", location)) }
                print(tr("cli.init.created", location, summary))
                #else
                throw CLIError(AppEnvironment.builtWithoutPostgres(location))
                #endif
            }
        }
    }
}

struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: "Cases per regisseur with load and capacity, and the unassigned cases.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let (columns, figures) = try ctx.boardAndFigures()
            if output.json {
                try printJSON(BoardReport(columns: columns, figures: figures, today: ctx.today))
            } else if output.csv {
                try printCSV(BoardReport(columns: columns, figures: figures, today: ctx.today).csv)
            } else {
                print(TextReports.board(columns: columns, figures: figures, today: ctx.today, info: try ctx.store.districtInfo()))
            }
        }
    }
}

struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "network", abstract: "A household's network (ecogram) as text.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Household id.") var household: Int
    @Option(name: .long, help: "Width in columns, 20…1000 (default: the terminal's, else 100).") var width: Int?
    @Flag(name: .long, help: "Initials instead of names (for a shared screen).") var privacy = false

    func validate() throws {
        if let width, !(20...1000).contains(width) {
            throw ValidationError(tr("validation.number", "--width", 20, 1000, width))
        }
        // An option that would be ignored is an error, not a surprise.
        if output.json, width != nil { throw ValidationError(tr("cli.error.network.width")) }
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let record = try ctx.store.household(id: household, access: .export)
            if output.json {
                let shown = privacy ? NetworkReport.privacyForm(of: record) : record
                try printJSON(NetworkReport(household: shown.household, ties: shown.ties))
            } else {
                let staff = Dictionary(try ctx.store.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                let regisseur = record.cases.last(where: \.isOpen)?.regisseurID.flatMap { staff[$0] }
                print(tr("cli.network.title", privacy ? Privacy.initials(record.household.name) : record.household.name, record.household.id))
                print(EcogramText.render(record, width: width ?? AppEnvironment.terminalWidth ?? 100, today: ctx.today,
                                         privacy: privacy, regisseur: regisseur))
            }
        }
    }
}

struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assign", abstract: "Make a staff member the regisseur of a case ('none' unassigns).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Argument(help: "Staff id, or 'none'.") var staff: String
    @Option(name: .long, help: "The case version you saw (board --json, household --json); refused if someone changed the case since.")
    var version: Int?

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let target = staff == "none" ? nil : staff
            let updated = try ctx.store.assign(caseID: caseID, to: target, expectedVersion: version)
            print(tr("cli.assign.done", updated.id, updated.regisseurID ?? tr("cli.none"), updated.version))
        }
    }
}

enum ProactiveKind: String, EnumerableFlag {
    case preventive, outreaching
    var kind: FollowUpKind { self == .preventive ? .preventive : .outreaching }
}

struct FlagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "flag", abstract: "Flag a preventive or outreaching follow-up on a case.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Flag(help: "Which kind of follow-up.") var kind: ProactiveKind
    @Option(name: .long, help: "Due date, YYYY-MM-DD.") var due: String
    @Option(name: .long, help: "Owner (default: the case's regisseur; needed when the case has none).") var owner: String?
    @Option(name: .long, help: "What to do and why.") var note: String = ""

    func run() throws {
        let day = try parseDay(due, option: "--due", expect: .future)
        try runReporting {
            let ctx = try common.context()
            let f = try ctx.store.addFollowUp(caseID: caseID, kind: kind.kind, due: day, owner: owner, note: note, today: ctx.today)
            print(tr("cli.flag.done", caseID, f.kind.label, f.due, f.ownerID ?? tr("cli.none")))
        }
    }
}

struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups", abstract: "Open follow-ups by due date, overdue first.",
        discussion: "--ics prints them as an iCalendar file to subscribe to: the kind and the case number, no client names unless --names.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions
    @Option(name: .long, help: "Only this kind: \(FollowUpKind.keys).") var kind: String?
    @Flag(name: .long, help: "Only overdue ones.") var overdue = false
    @Flag(name: .long, help: "Include done ones.") var all = false
    @Flag(name: .long, help: "Only mine: those I own, and those without an owner on my cases.") var mine = false
    @Flag(name: .long, help: "Print an iCalendar file (RFC 5545) of the open follow-ups, one all-day event each.") var ics = false
    @Flag(name: .long, help: "With --ics: the household's name and the note in each event.") var names = false

    func validate() throws {
        if ics, output.json || output.csv { throw ValidationError(tr("cli.error.ics.format")) }
        if ics, all { throw ValidationError(tr("cli.error.ics.all")) }
        if names, !ics { throw ValidationError(tr("cli.error.ics.names")) }
    }

    func run() throws {
        let kindFilter: FollowUpKind?
        if let kind {
            guard let k = FollowUpKind(rawValue: kind) else {
                throw ValidationError(tr("cli.error.oneof", "--kind", kind, FollowUpKind.keys))
            }
            kindFilter = k
        } else { kindFilter = nil }
        try runReporting {
            let ctx = try common.context()
            var list = try ctx.store.followUps(includeDone: all).sorted(by: FollowUps.dueOrder)
            if let kindFilter { list = list.filter { $0.kind == kindFilter } }
            if overdue { list = list.filter { FollowUpStatus($0, on: ctx.today).isOverdue } }
            let cases = Dictionary(uniqueKeysWithValues: try ctx.store.caseCards().map { ($0.case.id, $0) })
            if mine {
                let me = ctx.identity.staff.id
                list = list.filter { $0.ownerID == me || ($0.ownerID == nil && cases[$0.caseID]?.case.regisseurID == me) }
            }
            let covers = try ctx.store.covers()
            let rows = list.map { FollowUpRow(followUp: $0, today: ctx.today, card: cases[$0.caseID], covers: covers) }
            if ics {
                let name = mine ? tr("cli.ics.name.mine", ctx.identity.staff.name) : tr("cli.ics.name")
                let events = CalendarExport.events(rows, names: names)
                Output.document(CalendarExport.document(events, name: name, stamp: CalendarExport.stamp()))
            } else if output.csv {
                try printCSV(FollowUpRow.csv(rows))
            } else if output.json {
                try printJSON(rows)
            } else {
                print(TextReports.followUps(rows))
            }
        }
    }
}
