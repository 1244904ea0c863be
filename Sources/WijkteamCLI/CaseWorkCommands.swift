import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

// Command-line twins of the household screen's case work: journal, phase, ZRM, goals, closing,
// colleagues on a case; my caseload (the audit log is in AuditCommand.swift). Each change is
// checked and logged as the person running it, like the screens.

/// `wijkteam household ID --json`: the record plus, per adult and domain, the ZRM trend over
/// measured scores, the measurements as wholes, and the outcome within the case (`ZRMOutcome`).
struct HouseholdReport: Encodable {
    var record: HouseholdRecord
    var today: Day
    enum Keys: String, CodingKey { case zrmTrend, zrmMeasurements, zrmOutcome }
    func encode(to encoder: Encoder) throws {
        try record.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(ZRMTrend.of(record.zrm), forKey: .zrmTrend)
        try c.encode(ZRMMeasurement.all(in: record).map(ZRMMeasurementJSON.init), forKey: .zrmMeasurements)
        try c.encode(ZRMOutcome.of(record, today: today), forKey: .zrmOutcome)
    }
}

struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "journal", abstract: "A case's journal (contact log): add an entry, or show it.",
                                                    subcommands: [AddCommand.self, ShowCommand.self])

    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a journal entry to an open case, written by you.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Option(name: .long, help: "home_visit, phone, keukentafelgesprek, consultation or other.") var kind: String
        @Option(name: .long, help: "The note; '-' reads it (several lines) from standard input.") var text: String
        @Option(name: .long, help: "When the contact was (YYYY-MM-DD, default today).") var date: String?
        @Flag(name: .long, help: "Only the regisseur, the team lead and colleagues on the case may read it.") var sensitive = false

        func run() throws {
            try runReporting {
                guard let k = JournalKind(rawValue: kind) else { throw ValidationError(tr("cli.error.oneof", "--kind", kind, JournalKind.keys)) }
                let ctx = try common.context()
                let day = try date.map { try parseDay($0, option: "--date", expect: .past) } ?? ctx.today
                let body = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
                let e = try ctx.store.addJournal(caseID: caseID, kind: k, date: day, text: body, sensitive: sensitive, today: ctx.today)
                print(e.sensitive ? tr("cli.journal.added.sensitive", e.id, caseID, e.kind.label, e.date) : tr("cli.journal.added", e.id, caseID, e.kind.label, e.date))
            }
        }
    }

    struct ShowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "A case's journal, newest first (sensitive entries only if you may read them).")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Case number.") var caseID: Int
        @Option(
            name: .long,
            help:
                "Break the glass: read the history of a case you gave yourself access to, for this reason (one line; logged, reviewed by the team lead)."
        )
        var reason: String?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                if let reason {
                    let use = try ctx.store.breakGlass(caseID: caseID, reason: reason)
                    Output.error(tr("cli.breakglass.opened", use.id, caseID))
                }
                guard let c = try ctx.store.cases(includeClosed: true).first(where: { $0.id == caseID }) else {
                    // Not there, or not shared with you: either way the attempt is logged.
                    try ctx.store.recordAudit(AuditEvent(.openJournal, caseID: caseID, detail: "case not found or not shared", result: .denied))
                    throw WijkteamError.accessDenied(tr("cli.error.nocase", caseID))
                }
                let record = try ctx.store.household(id: c.householdID, access: .journal)
                let entries = record.journal.filter { $0.caseID == caseID }
                if output.json { try printJSON(entries); return }
                let names = Dictionary(try ctx.store.staff().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                for j in entries {
                    let who = j.authorID.flatMap { names[$0] } ?? "—"
                    print("\(j.date) \(j.kind.label) · \(who)\(j.sensitive ? " · " + tr("cli.journal.sensitive") : "")")
                    print(
                        "  "
                            + (j.withheld
                                ? withheldText(j)
                                : j.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")))
                }
                if entries.isEmpty { print(tr("cli.journal.none", caseID)) }
            }
        }
    }
}

struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phase", abstract: "Move a case to the next phase (refused with what is missing).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Argument(help: "The next phase: triage, keukentafelgesprek, plan, uitvoering or evaluatie.") var next: String
    @Option(name: .long, help: "The case version you saw (refused if someone changed the case since).") var version: Int?

    func run() throws {
        try runReporting {
            guard let p = Phase(rawValue: next) else { throw ValidationError(tr("cli.error.phase", next, Phase.keys)) }
            let ctx = try common.context()
            let c = try ctx.store.movePhase(caseID: caseID, to: p, expectedVersion: version, today: ctx.today)
            print(tr("cli.phase.done", c.id, c.phase.label, c.version))
        }
    }
}

struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "goal", abstract: "Add a plan goal with a target score, or change one (--id).")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Option(name: .long, help: "Life domain, e.g. financien.") var domain: String
    @Option(name: .long, help: "Target score 1–5.") var target: Int
    @Option(name: .long, help: "The goal in the household's words.") var text: String
    @Option(name: .long, help: "Whose goal (person id; default the household).") var person: Int?
    @Option(name: .long, help: "Change this goal instead of adding one (needs --version).") var id: Int?
    @Option(name: .long, help: "With --id: the goal version you saw (household --json shows it); refused if someone changed the goal since.")
    var version: Int?

    /// A change names the version it was based on, so it never overwrites a colleague's change
    /// unseen; a version without a goal to change would be ignored, so it is an error.
    func validate() throws {
        if id != nil, version == nil {
            throw ValidationError(tr("cli.error.goal.version"))
        }
        if id == nil, version != nil { throw ValidationError(tr("cli.error.goal.id")) }
    }

    func run() throws {
        try runReporting {
            guard let d = LifeDomain(rawValue: domain) else { throw ValidationError(tr("cli.error.oneof", "--domain", domain, LifeDomain.keys)) }
            let ctx = try common.context()
            let g = try ctx.store.saveGoal(PlanGoal(id: id ?? 0, caseID: caseID, domain: d, personID: person, targetScore: target, text: text),
                                           expectedVersion: version)
            print(id == nil ? tr("cli.goal.added", g.id, g.domain.label, g.targetScore, g.version) : tr("cli.goal.changed", g.id, g.domain.label, g.targetScore, g.version))
        }
    }
}

struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close", abstract: "Close a case with a reason; its open follow-ups close with it.",
        discussion:
            "A case closes with a final ZRM measurement (a complete one after the baseline) or --no-final-zrm saying why there is none.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Option(name: .long, help: "Why: goals reached, referred on, moved away …") var reason: String
    @Option(name: .long, help: "The case version you saw.") var version: Int?
    @Option(name: .customLong("no-final-zrm"), help: "Why the case closes without a final ZRM measurement (needed when it has none).")
    var noFinalZRM: String?

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let (c, followUps) = try ctx.store.closeCase(
                caseID: caseID, reason: reason, noFinalZRMReason: noFinalZRM, expectedVersion: version, today: ctx.today)
            print(followUps > 0 ? tr("cli.close.done.followups", c.id, trCount("cli.count.openfollowups", followUps)) : tr("cli.close.done", c.id))
        }
    }
}

struct MemberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "member", abstract: "Add a colleague to a case (they may read its sensitive entries), or --remove them.",
        discussion: "Only the case's regisseur and the team lead decide who is on a case.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Argument(help: "Staff id.") var staff: String
    @Flag(name: .long, help: "Take them off the case.") var remove = false

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            try ctx.store.setCaseMember(caseID: caseID, staffID: staff, member: !remove, today: ctx.today)
            print(remove ? tr("cli.member.removed", staff, caseID) : tr("cli.member.added", staff, caseID))
        }
    }
}

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "caseload", abstract: "My caseload: the cases I am regisseur of, with what needs me.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions

    struct Row: Encodable {
        var caseId: Int
        var household: String
        var phase: Phase
        var lastContact: Day?
        var needs: [String]
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let me = ctx.identity.staff.id
            // Only my cases are read whole; my cases' outlines (and their follow-ups') say which
            // they are and what is due, as the board's first frame reads them.
            let (mine, followUps) = try ctx.store.readConsistently {
                let (outlines, followUps) = try ctx.store.caseloadOutlines(of: me)
                return (try ctx.store.caseCards(ids: outlines.map(\.case.id)), followUps)
            }
            let needs = CaseNeed.needs(
                of: mine, followUps: followUps, today: ctx.today, settings: try ctx.store.agendaSettings(),
                newlyAssigned: try ctx.store.newlyAssignedToMe())
            let rows = mine.map { card in
                Row(caseId: card.case.id, household: card.householdName, phase: card.case.phase, lastContact: card.lastContact,
                    needs: needs.filter { $0.caseID == card.case.id }.map(\.text))
            }.sorted { ($0.needs.isEmpty ? 1 : 0, $0.caseId) < ($1.needs.isEmpty ? 1 : 0, $1.caseId) }
            if output.json { try printJSON(rows); return }
            if output.csv { try printCSV(Row.csv(rows)); return }
            print(tr("cli.caseload.title", ctx.identity.staff.name, trCount("cli.count.cases", rows.count),
                     trCount("cli.count.needyou", rows.filter { !$0.needs.isEmpty }.count)))
            for r in rows {
                print("#\(r.caseId) \(r.household) · \(r.phase.label)" + (r.needs.isEmpty ? "" : " — " + r.needs.joined(separator: "; ")))
            }
        }
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the journal: entries containing every word, newest first (only what you may read; the search is logged).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Words to find; each may be the start of a word (schuld finds schuldhulp).") var words: [String]
    @Option(name: .long, help: "At most this many entries (1…500).") var limit = 50

    func validate() throws {
        guard (1...500).contains(limit) else { throw ValidationError(tr("cli.error.limit")) }
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let hits = try ctx.store.searchJournal(words.joined(separator: " "), limit: limit)
            if output.json { try printJSON(hits); return }
            print(hits.isEmpty ? tr("cli.search.none") : hits.count == limit ? tr("cli.search.count.limit", trCount("cli.count.entries", hits.count), limit)
                  : tr("cli.search.count", trCount("cli.count.entries", hits.count)))
            for h in hits {
                print("\(h.date) #\(h.caseID) \(h.householdName) · \(h.kind.label)\(h.authorID.map { " · \($0)" } ?? ""): \(h.snippet)")
            }
        }
    }
}
