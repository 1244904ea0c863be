import ArgumentParser
import Foundation
import TerminalKit
import Wijkteam
import WijkteamStore

/// `wijkteam agenda`: the case meeting's agenda as the meeting screen builds it.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract:
            "The case meeting's agenda: safety, new registrations, for discussion, stuck, overdue follow-ups, absent regisseurs, capacity."
    )
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions
    @Flag(name: .long, help: "Initials and case numbers instead of names (for a shared screen).")
    var privacy = false

    struct Entry: Encodable {
        var key: String
        var section: String
        var caseId: Int?
        var signalId: Int?
        var staffId: String?
        var householdId: Int?
        var household: String?
        var regisseur: String?
        var reasons: [String]
        var question: String?
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let (items, staff, members) = try ctx.store.readConsistently {
                let signals = try ctx.store.openSignals()
                var input = AgendaInput(
                    today: ctx.today, staff: try ctx.store.staff(), cards: try ctx.store.caseCards(),
                    followUps: try ctx.store.followUps(includeDone: false), signals: signals,
                    householdNames: try ctx.store.householdNames(ids: signals.compactMap(\.householdID)),
                    meldcode: try ctx.store.meldcodeSteps(), covers: try ctx.store.covers(),
                    kindcheckDue: try ctx.store.kindchecksDue(today: ctx.today),
                    respondBy: try TriageItem.respondBy(signals, ctx))
                input.provisionWaits = Dictionary(grouping: try ctx.store.provisionWaits(today: ctx.today), by: \.caseID)
                let items = Agenda.build(input, settings: try ctx.store.agendaSettings())
                // Privacy mode replaces the household's names (members, ties, reporters) in typed questions too.
                var members: [Int: [String]] = [:]
                if privacy {
                    for id in Set(items.filter { $0.question != nil }.compactMap(\.householdID)) {
                        members[id] = Redactor.names(of: try ctx.store.household(id: id, access: .export))
                    }
                }
                return (items, input.staff, members)
            }
            let names = Dictionary(staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            func household(_ item: AgendaItem) -> String? {
                item.householdName.map { privacy ? Privacy.initials($0) : $0 }
            }
            func scrub(_ text: String, _ item: AgendaItem) -> String {
                privacy ? Privacy.scrub(text, names: (item.householdName.map { [$0] } ?? []) + (item.householdID.flatMap { members[$0] } ?? [])) : text
            }
            if output.json || output.csv {
                let entries = items.map { i in
                    Entry(key: i.key, section: i.section.rawValue, caseId: i.caseID, signalId: i.signalID, staffId: i.staffID,
                          householdId: i.householdID, household: household(i), regisseur: i.regisseurID.flatMap { names[$0] },
                          reasons: i.reasons.map { scrub($0, i) }, question: i.question.map { scrub($0, i) })
                }
                if output.csv { try printCSV(Entry.csv(entries)) } else { try printJSON(entries) }
                return
            }
            guard !items.isEmpty else { print(tr("cli.agenda.none")); return }
            for section in AgendaItem.Section.allCases {
                let these = items.filter { $0.section == section }
                guard !these.isEmpty else { continue }
                print("\(section.title) (\(these.count))")
                for i in these {
                    let subject: String
                    switch i.subject {
                    case .case(let id): subject = "#\(id) \(household(i) ?? "")"
                    case .signal(let id): subject = tr("cli.agenda.signal", id, household(i) ?? tr("cli.household.new"))
                    case .staff(let id): subject = names[id] ?? id
                    }
                    print("  \(subject) · \(i.reasons.map { scrub($0, i) }.joined(separator: " · "))")
                    if let q = i.question { print("    " + tr("cli.agenda.question", scrub(q, i))) }
                }
            }
        }
    }
}

/// `wijkteam meetings`: every meeting, newest first.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meetings", abstract: "Case meetings held, newest first.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption

    struct Entry: Encodable {
        var id: Int
        var date: Day
        var chair: String
        var status: String
        var durationSeconds: Int
        var discussed: Int
        var minutes: Int
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let names = Dictionary(try ctx.store.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            let entries = try ctx.store.meetings().map { m in
                Entry(id: m.id, date: m.date, chair: names[m.chairID] ?? m.chairID, status: m.status.rawValue,
                      durationSeconds: m.elapsedSeconds, discussed: m.items.values.filter(\.discussed).count,
                      minutes: try ctx.store.minutes(meetingID: m.id).count)
            }
            if output.json { try printJSON(entries); return }
            if entries.isEmpty { print(tr("cli.meetings.none")); return }
            for e in entries {
                print("#\(e.id)  \(e.date)  \(TextWidth.pad(Meeting.Status(rawValue: e.status)?.label ?? e.status, to: 7))  \(Meeting.clock(e.durationSeconds))  "
                      + tr("cli.meetings.line", e.chair, e.discussed, trCount("cli.count.minutelines", e.minutes)))
            }
        }
    }
}

/// `wijkteam minutes`: the besluitenlijst of a meeting as Markdown; privacy mode by default.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "minutes",
        abstract: "Export a meeting's minutes (besluitenlijst) as Markdown.",
        discussion: "Clients appear as initials and case numbers and staff by first name unless --names is given.")
    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "Meeting number (default: the latest meeting).") var meeting: Int?
    @Option(name: .long, help: "Write to this file instead of standard output (written whole or not at all).") var out: String?
    @Flag(name: .long, help: "Full names instead of initials (not for sharing).") var names = false

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let store = ctx.store
            let text: String = try store.readConsistently {
                let m: Meeting
                if let id = meeting {
                    guard let found = try store.meeting(id: id) else { throw CLIError(tr("cli.error.nomeeting", id)) }
                    m = found
                } else {
                    guard let latest = try store.meetings().first else {
                        throw CLIError(tr("cli.error.nomeetings"))
                    }
                    m = latest
                }
                // Need-to-know applies in the store; the export and what it left out are logged there.
                let entries = try store.exportMinutes(meetingID: m.id)
                var ids = Set(entries.compactMap(\.householdID))
                ids.formUnion(m.items.values.compactMap(\.householdID))
                var households: [Int: (name: String, members: [String])] = [:]
                for id in ids {
                    if let r = try? store.household(id: id, access: .export) { households[id] = (r.household.name, Redactor.names(of: r)) }
                }
                let staffNames = Dictionary(try store.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                return Minutes.markdown(meeting: m, entries: entries, names: Minutes.Names(staff: staffNames, households: households),
                                        districtName: try store.districtInfo().name, privacy: !names)
            }
            if let out {
                do {
                    try PrivateFiles.write(Data(text.utf8), to: out)
                } catch {
                    throw CLIError(tr("cli.error.write", out, "\(error)"))
                }
                Output.error(tr("cli.minutes.written", out))
            } else {
                print(text, terminator: "")
            }
        }
    }
}

/// `wijkteam settings`: the agenda thresholds the whole team shares.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "settings",
        abstract: "Show the meeting agenda's thresholds, or change one: wijkteam settings stuck-weeks 6")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "A setting to change.") var name: String?
    @Argument(help: "Its new value.") var value: String?

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            var settings = try ctx.store.agendaSettings()
            if let name {
                guard let value else { throw CLIError(tr("cli.error.settings.value", name)) }
                guard ctx.identity.staff.role == .teamLead else {
                    throw CLIError(tr("cli.error.settings.lead", ctx.identity.staff.name))
                }
                try settings.set(name, to: value)
                try ctx.store.saveAgendaSettings(settings)
            }
            if output.json {
                try printJSON(Dictionary(uniqueKeysWithValues: AgendaSettings.keys.map { ($0.name, settings[$0]) }))
                return
            }
            for key in AgendaSettings.keys {
                print("\(key.name.padding(toLength: 22, withPad: " ", startingAt: 0)) \(String(settings[key]).padding(toLength: 4, withPad: " ", startingAt: 0)) \(key.help) (\(key.range.lowerBound)–\(key.range.upperBound))")
            }
        }
    }
}

/// `wijkteam discuss CASE --question …`: put a case up for discussion in the next meeting.
struct DiscussCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "discuss",
        abstract: "Put a case up for discussion in the meeting with a question for the team (or --clear it).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Option(name: .long, help: "The question for the team.") var question: String?
    @Flag(name: .long, help: "Take the case off the agenda.") var clear = false
    @Option(name: .long, help: "The case version you saw; refused if someone changed the case since.") var version: Int?

    func validate() throws {
        if clear == (question != nil) { throw ValidationError(tr("cli.error.discuss.either")) }
        if let question, question.allSatisfy(\.isWhitespace) { throw ValidationError(tr("cli.error.discuss.empty")) }
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let c = try ctx.store.setDiscussion(caseID: caseID, question: clear ? nil : question, expectedVersion: version)
            print(c.discussion.map { tr("cli.discuss.on", c.id, $0) } ?? tr("cli.discuss.off", c.id))
        }
    }
}
