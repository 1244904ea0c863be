import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam staff list|add|update|away|back|leave|cover` (issue 24). The store decides who may
// (the team lead changes the team) and checks the record's version; these commands parse, call
// one store method each and say what is now so.

struct StaffListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Everyone in the team: role, capacity and load, who is away or part-time, who left.",
        discussion: "Staff outside the team and new staff see only ids, names and roles.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let viewer = ctx.identity.staff.role
            let full = viewer.isInTeam && viewer != .newStaff
            let loads = full ? BoardBuilder.loads(try ctx.store.caseCards()) : [:]
            let rows = try ctx.store.staff().map {
                StaffRow($0, today: ctx.today, load: full ? loads[$0.id] ?? 0 : nil, showsAccount: viewer == .teamLead)
            }
            if output.json { try printJSON(rows); return }
            if output.csv { try printCSV(StaffRow.csv(rows)); return }
            let text = rows.map(\.text).joined(separator: "\n")
            print(text)
        }
    }
}

/// One colleague as `staff list` shows them; nil fields are left out (of JSON and text alike)
/// for a reader who sees only names and roles.
struct StaffRow: Encodable {
    struct Away: Encodable {
        var from: Day
        var to: Day?
        var kind: AbsenceKind
    }
    var id: String
    var name: String
    var role: StaffRole
    var discipline: String?
    var expertise: [LifeDomain]?
    var languages: [String]?
    var capacity: Double?
    var load: Double?
    var level: Caseload.Level?
    var workDays: [String]?
    var availability: String?
    var away: [Away]?
    var leftOn: Day?
    var account: String?
    var version: Int?

    init(_ s: Staff, today: Day, load: Double?, showsAccount: Bool) {
        id = s.id
        name = s.name
        role = s.role
        guard let load else { return }
        discipline = s.discipline
        expertise = s.expertise
        languages = s.languages
        capacity = s.capacity
        self.load = load
        level = Caseload.level(load: load, capacity: s.capacity)
        workDays = s.workDays.map { WorkDays.keys[$0] }
        availability = Self.availability(s, today: today)
        away = s.absences.filter { $0.to.map { $0 >= today } ?? true }.map { Away(from: $0.from, to: $0.to, kind: $0.kind) }
        leftOn = s.leftOn
        account = showsAccount ? s.account : nil
        version = s.version
    }

    /// "present", "on leave until 12 Jan", "ill from 4 Jan", "left the team on 1 Dec".
    static func availability(_ s: Staff, today: Day) -> String {
        if let left = s.leftOn, left <= today { return tr("team.unavailable.left", left.dayMonth) }
        if let a = s.currentOrNextAbsence(after: today) { return a.describe(today: today) }
        if let left = s.leftOn { return tr("team.unavailable.leaving", left.dayMonth) }
        return tr("cli.staff.present")
    }

    var text: String {
        guard let capacity, let load, let level, let availability else { return tr("cli.staff.line.short", id, name, role.label) }
        let (shown, of) = (TextReports.load(load), TextReports.load(capacity))
        var line = tr("cli.staff.line", id, name, role.label, discipline ?? "", shown, of, TextReports.level(level), availability)
        if let days = workDays, !days.isEmpty, days.count < 7 {
            line += tr("cli.staff.line.days", WorkDays.label(days.compactMap { WorkDays.keys.firstIndex(of: $0) }))
        }
        let expertise = (expertise ?? []).map(\.label).joined(separator: ", ")
        return line + "\n" + tr("cli.staff.line.more", expertise.isEmpty ? "-" : expertise, (languages ?? []).joined(separator: ", "))
    }

    static func csv(_ rows: [StaffRow]) -> CSVTable {
        var t = CSVTable([
            "id", "name", "role", "discipline", "expertise", "languages", "capacity", "load", "level", "work_days", "availability",
            "away", "left_on", "account", "version",
        ])
        for r in rows {
            let away = r.away?.map { "\($0.from)–\($0.to?.description ?? "") \($0.kind.rawValue)" }
            t.append([
                .text(r.id), .text(r.name), .text(r.role.rawValue), .text(r.discipline), .list(r.expertise?.map(\.rawValue) ?? []),
                .list(r.languages ?? []), .decimal(r.capacity), .decimal(r.load), .text(r.level?.rawValue), .list(r.workDays ?? []),
                .text(r.availability), .list(away ?? []), .day(r.leftOn), .text(r.account), .int(r.version),
            ])
        }
        return t
    }
}

/// What `staff add` and `staff update` may set beside the required profile.
struct StaffDetailOptions: ParsableArguments {
    @Option(name: .long, help: "Expertise: life domains, comma-separated (\(LifeDomain.keys)).") var expertise: String?
    @Option(name: .long, help: "Languages spoken, comma-separated codes (nl,tr,ar).") var languages: String?
    @Option(name: .customLong("work-days"), help: "Part-time: the days worked, comma-separated (mon,tue,thu); empty is full time.")
    var workDays: String?
    @Option(name: .long, help: "The OS account that opens wijkteam as this colleague (empty: none).") var account: String?

    var isEmpty: Bool { expertise == nil && languages == nil && workDays == nil && account == nil }

    func apply(to s: inout Staff) throws {
        if let expertise { s.expertise = try StaffInput.domains(expertise) }
        if let languages { s.languages = StaffInput.list(languages).map { $0.lowercased() } }
        if let workDays {
            guard let days = WorkDays.parse(workDays) else {
                throw ValidationError(tr("cli.error.oneof", "--work-days", workDays, WorkDays.keys.joined(separator: ", ")))
            }
            s.workDays = days
        }
        if let account { s.account = account.isEmpty ? nil : account }
    }
}

enum StaffInput {
    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func domains(_ text: String) throws -> [LifeDomain] {
        try list(text).map { key in
            guard let d = LifeDomain(rawValue: key.lowercased()) else {
                throw ValidationError(tr("cli.error.oneof", "--expertise", key, LifeDomain.keys))
            }
            return d
        }
    }

    static func role(_ key: String) throws -> StaffRole {
        guard let r = StaffRole(rawValue: key.lowercased()) else {
            throw ValidationError(tr("cli.error.oneof", "--role", key, StaffRole.keys))
        }
        return r
    }

    static func kind(_ key: String) throws -> AbsenceKind {
        guard let k = AbsenceKind(rawValue: key.lowercased()) else {
            throw ValidationError(tr("cli.error.oneof", "--kind", key, AbsenceKind.keys))
        }
        return k
    }

    /// The colleague as the store has them now.
    static func current(_ ctx: AppContext, _ id: String) throws -> Staff {
        guard let s = try ctx.store.staff().first(where: { $0.id == id }) else { throw WijkteamError.unknownStaff(id) }
        return s
    }

    static func said(_ s: Staff, today: Day) -> String {
        tr("cli.staff.said", s.name, s.id, s.role.label, StaffRow.availability(s, today: today), s.version)
    }
}

struct StaffAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "A new colleague joins the team (team lead only).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Staff id: letters, digits, - or _.") var id: String
    @Option(name: .long, help: "Full name.") var name: String
    @Option(name: .long, help: "Role: \(StaffRole.keys).") var role: String
    @Option(name: .long, help: "Discipline (wijkverpleegkundige, jeugdcoach …).") var discipline: String
    @Option(name: .long, help: "Capacity in weighted case points, 0 to 1000.") var capacity: Double
    @OptionGroup var details: StaffDetailOptions

    func run() throws {
        try runReporting {
            var s = Staff(id: id, name: name, role: try StaffInput.role(role), discipline: discipline, capacity: capacity)
            try details.apply(to: &s)
            let ctx = try common.context()
            let saved = try ctx.store.addStaff(s, today: ctx.today)
            if output.json { try printJSON(saved); return }
            let line = tr("cli.staff.added", StaffInput.said(saved, today: ctx.today))
            print(line)
        }
    }
}

struct StaffUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update", abstract: "Change a colleague's profile, capacity or days (team lead only; the old values are kept).",
        discussion: "Only what you give changes. Without --version the change is checked against the version read just before it.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Staff id.") var id: String
    @Option(name: .long, help: "Full name.") var name: String?
    @Option(name: .long, help: "Role: \(StaffRole.keys).") var role: String?
    @Option(name: .long, help: "Discipline.") var discipline: String?
    @Option(name: .long, help: "Capacity in weighted case points, 0 to 1000.") var capacity: Double?
    @OptionGroup var details: StaffDetailOptions
    @Option(name: .customLong("version"), help: "The staff version you saw; refused if someone changed the record since.")
    var expectedVersion: Int?

    func run() throws {
        try runReporting {
            guard name != nil || role != nil || discipline != nil || capacity != nil || !details.isEmpty else {
                throw ValidationError(tr("cli.staff.update.nothing"))
            }
            let newRole = try role.map(StaffInput.role)
            let ctx = try common.context()
            let current = try StaffInput.current(ctx, id)
            var s = current
            if let name { s.name = name }
            if let newRole { s.role = newRole }
            if let discipline { s.discipline = discipline }
            if let capacity { s.capacity = capacity }
            try details.apply(to: &s)
            let saved = try ctx.store.updateStaff(s, expectedVersion: expectedVersion ?? current.version, today: ctx.today)
            if output.json { try printJSON(saved); return }
            let line =
                saved.version == current.version
                ? tr("cli.staff.unchanged", StaffInput.said(saved, today: ctx.today))
                : tr("cli.staff.updated", StaffInput.said(saved, today: ctx.today))
            print(line)
        }
    }
}

struct StaffAwayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "away", abstract: "Record that a colleague is away: on leave, ill or on training (team lead only).",
        discussion: "Without --to the absence lasts until further notice; `staff back` ends it.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Staff id.") var id: String
    @Option(name: .long, help: "First day away.") var from: String
    @Option(name: .long, help: "Last day away (both days included).") var to: String?
    @Option(name: .long, help: "Why: \(AbsenceKind.keys).") var kind: String
    @Option(name: .customLong("version"), help: "The staff version you saw; refused if someone changed the record since.")
    var expectedVersion: Int?

    func run() throws {
        try runReporting {
            let why = try StaffInput.kind(kind)
            let first = try parseDay(from, option: "--from", expect: .future)
            let last = try to.map { try parseDay($0, option: "--to", expect: .future) }
            let ctx = try common.context()
            let saved = try ctx.store.setAway(
                staffID: id, from: first, to: last, kind: why, expectedVersion: expectedVersion, today: ctx.today)
            if output.json { try printJSON(saved); return }
            let line = tr("cli.staff.away", StaffInput.said(saved, today: ctx.today))
            print(line)
        }
    }
}

struct StaffBackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "back", abstract: "A colleague is back: their absence ends yesterday, planned ones are cancelled (team lead only).",
        discussion: "Covers named for the absence end with it.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Staff id.") var id: String
    @Option(name: .customLong("version"), help: "The staff version you saw; refused if someone changed the record since.")
    var expectedVersion: Int?

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let before = try StaffInput.current(ctx, id)
            let saved = try ctx.store.comeBack(staffID: id, expectedVersion: expectedVersion, today: ctx.today)
            if output.json { try printJSON(saved); return }
            var lines = [tr("cli.staff.back", StaffInput.said(saved, today: ctx.today))]
            let kept = Set(saved.absences.map(\.id))
            for a in before.absences where a.to.map({ $0 >= ctx.today }) ?? true {
                lines.append(
                    kept.contains(a.id)
                        ? tr("cli.staff.back.ended", a.kind.label, ctx.today.adding(days: -1))
                        : tr("cli.staff.back.removed", a.kind.label, a.from))
            }
            let text = lines.joined(separator: "\n")
            print(text)
        }
    }
}

struct StaffLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave", abstract: "A colleague leaves the team (team lead only): the record and its history stay.",
        discussion: "Refused while they are regisseur of open cases: hand those over first (`staff handover`).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Staff id.") var id: String
    @Option(name: .long, help: "The day they leave: from then on they can no longer log in or be chosen.") var on: String
    @Option(name: .customLong("version"), help: "The staff version you saw; refused if someone changed the record since.")
    var expectedVersion: Int?

    func run() throws {
        try runReporting {
            let day = try parseDay(on, option: "--on", expect: .future)
            let ctx = try common.context()
            let saved = try ctx.store.staffLeaves(staffID: id, on: day, expectedVersion: expectedVersion, today: ctx.today)
            if output.json { try printJSON(saved); return }
            let line = tr("cli.staff.leaves", saved.name, saved.id, day, saved.version)
            print(line)
        }
    }
}

struct StaffCoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cover", abstract: "Name a colleague to cover an absent regisseur's cases (waarneming; team lead only).",
        discussion: "The cover reads and writes those cases as their regisseur would until the absence ends; then the cover ends by itself."
    )
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The absent colleague's staff id.") var absent: String
    @Option(name: .long, help: "The colleague who covers.") var by: String
    @Option(name: .customLong("case"), help: "A case to cover (repeat for more).") var cases: [Int] = []
    @Flag(name: .long, help: "Cover all their open cases.") var all = false

    func validate() throws {
        guard all != !cases.isEmpty else { throw ValidationError(tr("cli.staff.cover.which")) }
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let covers = try ctx.store.nameCover(absentID: absent, cover: by, caseIDs: all ? nil : cases, today: ctx.today)
            if output.json { try printJSON(covers); return }
            let text = covers.map { c in
                tr("cli.staff.cover", c.coverID, c.caseID, c.absence.staffID, c.absence.describe(today: ctx.today))
            }.joined(separator: "\n")
            print(text)
        }
    }
}
