import Foundation
import TerminalKit
import Wijkteam

// What the listing subcommands print: JSON shapes (stable, snake_case) and plain text.

struct BoardReport: Encodable {
    struct CardJSON: Encodable {
        var id: Int
        var householdId: Int
        var household: String
        var buurt: String
        var phase: Phase
        var domains: [LifeDomain]
        var safety: Bool
        var discussion: String?
        var complexity: Int
        var weight: Double
        var lastContact: Day?
        var daysSinceContact: Int?
        var nextFollowUp: Day?
        var nextFollowUpOverdue: Bool
        var proactive: [FollowUpKind]
        var version: Int
    }
    struct Column: Encodable {
        var id: String
        var name: String
        var discipline: String
        /// Away today (on leave, ill or on training).
        var onLeave: Bool
        /// "on leave until 12 Jan", when away today.
        var away: String?
        var load: Double
        var capacity: Double
        var level: Caseload.Level
        var cases: [CardJSON]
    }
    var today: Day
    var figures: Figures
    var regisseurs: [Column]
    var unassigned: [CardJSON]

    struct Figures: Encodable {
        var openCases: Int
        var unassigned: Int
        var overCapacity: Int
        var openHouseholds: Int
        var proactiveHouseholds: Int
        var proactivePercent: Int
        var overdueProactive: Int
        /// Work done and work planned (README, "Team figures"): `proactive_*` are the planned figure's old names.
        var reachedHouseholds: Int
        var reachedPercent: Int
        var reachedWindowDays: Int
        var plannedHouseholds: Int
        var plannedPercent: Int
        /// This month first, then the months before.
        var reachedByMonth: [Month]
    }

    struct Month: Encodable {
        var month: String
        var openHouseholds: Int
        var reachedHouseholds: Int
        var reachedPercent: Int
    }

    init(columns: [BoardColumn], figures f: TeamFigures, today: Day) {
        self.today = today
        func card(_ c: CaseCard) -> CardJSON {
            CardJSON(id: c.case.id, householdId: c.case.householdID, household: c.householdName, buurt: c.buurt,
                     phase: c.case.phase, domains: c.case.domains, safety: c.case.safety, discussion: c.case.discussion,
                     complexity: c.case.complexity, weight: Caseload.weight(of: c.case), lastContact: c.lastContact,
                     daysSinceContact: c.daysSinceContact(on: today), nextFollowUp: c.nextFollowUp?.due,
                     nextFollowUpOverdue: c.nextFollowUp.map { FollowUpStatus($0, on: today).isOverdue } ?? false,
                     proactive: c.proactiveKinds, version: c.case.version)
        }
        unassigned = columns.first(where: { $0.staff == nil })?.cards.map(card) ?? []
        regisseurs = columns.compactMap { col in
            col.staff.map { s in
                Column(
                    id: s.id, name: s.name, discipline: s.discipline, onLeave: s.isAway(on: today),
                    away: s.absence(on: today)?.describe(today: today), load: col.load,
                    capacity: s.capacity, level: col.level, cases: col.cards.map(card))
            }
        }
        let months = f.months.map {
            Month(month: $0.key, openHouseholds: $0.openHouseholds, reachedHouseholds: $0.reachedHouseholds, reachedPercent: $0.percent)
        }
        figures = Figures(
            openCases: f.openCases, unassigned: f.unassigned, overCapacity: f.overCapacity, openHouseholds: f.openHouseholds,
            proactiveHouseholds: f.proactiveHouseholds, proactivePercent: f.proactivePercent, overdueProactive: f.overdueProactive,
            reachedHouseholds: f.reachedHouseholds, reachedPercent: f.reachedPercent, reachedWindowDays: TeamFigures.reachedWindowDays,
            plannedHouseholds: f.proactiveHouseholds, plannedPercent: f.plannedPercent, reachedByMonth: months)
    }
}

struct NetworkReport: Encodable {
    var household: Household
    var ties: [NetworkTie]

    /// What `network --privacy --json` shows: people as initials (organisations stay), the
    /// buurt without street and number, and every name of the household hidden in the
    /// relations and the note, as the screen's privacy mode does.
    static func privacyForm(of r: HouseholdRecord) -> HouseholdRecord {
        let redactor = Redactor(record: r)
        var out = r
        out.household.name = Privacy.initials(r.household.name)
        out.household.address.street = ""
        out.household.address.number = ""
        out.household.learningNote = r.household.learningNote.map(redactor.redact)
        for i in out.household.members.indices { out.household.members[i].name = Privacy.initials(r.household.members[i].name) }
        for i in out.ties.indices {
            if !out.ties[i].isOrganisation { out.ties[i].name = Privacy.initials(out.ties[i].name) }
            out.ties[i].relation = redactor.redact(out.ties[i].relation)
        }
        return out
    }
}

struct FollowUpRow: Encodable {
    var id: Int
    var caseId: Int
    var household: String?
    var kind: FollowUpKind
    var due: Day
    var owner: String?
    var note: String
    var done: Bool
    var outcome: String?
    var overdue: Bool
    var daysOverdue: Int
    /// Who covers while the owner is away (`Team.coverFor`); absent when nobody does.
    var coveredBy: String?

    init(followUp f: FollowUp, today: Day, card: CaseCard?, covers: [CaseCover] = []) {
        id = f.id; caseId = f.caseID; household = card?.householdName; kind = f.kind; due = f.due
        owner = f.ownerID; note = f.note; done = f.done; outcome = f.outcome
        coveredBy = f.done ? nil : Team.coverFor(caseID: f.caseID, owner: f.ownerID, covers: covers, today: today)
        let status = FollowUpStatus(f, on: today)
        overdue = status.isOverdue
        if case .overdue(let d) = status { daysOverdue = d } else { daysOverdue = 0 }
    }
}

enum TextReports {
    static func pad(_ s: String, _ w: Int) -> String { TextWidth.pad(s, to: w) }

    static func level(_ level: Caseload.Level) -> String {
        switch level {
        case .ok: tr("cli.board.level.ok")
        case .high: tr("cli.board.level.high")
        case .over: tr("cli.board.level.over")
        }
    }

    static func load(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }

    static func board(columns: [BoardColumn], figures f: TeamFigures, today: Day, info: DistrictInfo) -> String {
        let open = trCount("cli.count.opencases.capital", f.openCases)
        let (reached, planned) = (f.reachedPercent, f.plannedPercent)
        var figures = tr("cli.board.figures.work", open, f.unassigned, f.overCapacity, reached, planned, f.overdueProactive)
        if f.months.count >= 2 {
            let (now, before) = (f.months[0], f.months[1])
            figures += " · " + tr("cli.board.figures.months", now.name, now.percent, before.name, before.percent)
        }
        var out = [tr("cli.board.title", info.name, today), figures, ""]
        for col in columns {
            if let s = col.staff {
                let (shown, capacity) = (load(col.load), load(s.capacity))
                if let away = s.absence(on: today) {
                    let away = away.describe(today: today)
                    out.append(tr("cli.board.column.away", s.name, away, s.discipline, shown, capacity, level(col.level)))
                } else {
                    out.append(tr("cli.board.column", s.name, s.discipline, shown, capacity, level(col.level)))
                }
            } else {
                out.append(tr("cli.board.unassigned", trCount("cli.count.cases", col.cards.count)))
            }
            for c in col.cards {
                var flags: [String] = []
                if c.case.safety { flags.append(tr("cli.flag.safety")) }
                flags += c.proactiveKinds.map(\.label)
                if c.case.discussion != nil { flags.append(tr("cli.flag.discussion")) }
                let contact = c.daysSinceContact(on: today).map { tr("cli.days.short", $0) } ?? "–"
                out.append("  #\(pad(String(c.case.id), 4)) \(pad(c.householdName, 28)) \(pad(c.case.phase.label, 18)) "
                           + "\(pad(c.case.domains.map(\.short).joined(separator: ","), 14)) \(tr("cli.board.contact", pad(contact, 5)))"
                           + (flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]"))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    static func household(_ r: HouseholdRecord, staff: [Staff], today: Day) -> String {
        let names = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0.name) })
        let people = Dictionary(uniqueKeysWithValues: r.household.members.map { ($0.id, $0.name) })
        let h = r.household
        var out = [tr("cli.household.title", h.name, h.id, h.address.line, h.address.buurt, h.language), "", tr("cli.household.members")]
        for p in h.members {
            out.append("  \(pad(p.name, 26)) \(pad(String(p.age(on: today)), 3)) \(p.role.label)\(p.isClient ? " " + tr("cli.household.client") : "")")
        }
        for c in r.cases {
            out.append("")
            out.append(tr("cli.household.case", c.id, c.phase.label, c.regisseurID.flatMap { names[$0] } ?? tr("cli.unassigned"))
                       + (c.safety ? tr("cli.household.case.safety") : ""))
            out.append(tr("cli.household.question", c.withheld ? tr("cli.household.question.withheld") : c.presentingQuestion))
            if let b = c.questionBehind { out.append(tr("cli.household.behind", b)) }
            out.append(tr("cli.household.domains", c.domains.map(\.label).joined(separator: ", ")))
            if let d = c.discussion { out.append(tr("cli.household.discussion", d)) }
            if let last = r.lastContact(of: c.id) { out.append(tr("cli.household.lastcontact", last, trCount("cli.count.daysago", last.days(until: today)))) }
            for g in r.goals where g.caseID == c.id {
                out.append(tr("cli.household.goal", g.domain.label, g.targetScore, g.personID.flatMap { people[$0] }.map { " (\($0))" } ?? "", g.text))
            }
            for p in r.provisions where p.caseID == c.id {
                out.append(tr("cli.household.provision", p.description, p.provider, p.kind.label, p.status.label)
                           + (p.waitingWeeks.map { ", " + trCount("cli.count.waitingweeks", $0) } ?? ""))
            }
            for f in r.followUps where f.caseID == c.id {
                let state = f.done ? " " + tr("cli.household.followup.done")
                    : FollowUpStatus(f, on: today).isOverdue ? " " + tr("cli.household.followup.overdue") : ""
                out.append(tr("cli.household.followup", f.kind.label, f.due, state, f.note))
            }
        }
        if !r.zrm.isEmpty {
            out.append("")
            out.append(tr("cli.household.zrm"))
            for p in h.members {
                let scores = r.zrm.filter { $0.personID == p.id }
                guard !scores.isEmpty else { continue }
                var parts: [String] = []
                for d in LifeDomain.zrmDomains {
                    let series = scores.filter { $0.domain == d }.sorted { $0.date < $1.date }
                    guard let last = series.last else { continue }
                    let delta = series.count > 1 ? last.score - series[series.count - 2].score : 0
                    parts.append("\(d.short) \(last.score)\(last.carriedForward ? "↷" : "")\(delta > 0 ? "↑" : delta < 0 ? "↓" : "")")
                }
                out.append("  \(pad(p.name, 26)) \(parts.joined(separator: " · "))")
            }
        }
        if !r.journal.isEmpty {
            out.append("")
            out.append(tr("cli.household.journal"))
            for j in r.journal.prefix(10) {
                let text =
                    j.withheld
                    ? withheldText(j)
                    : (j.sensitive ? tr("cli.journal.sensitive.tag") + " " : "") + j.text.replacingOccurrences(of: "\n", with: " / ")
                out.append("  \(j.date) \(pad(j.kind.label, 18)) \(j.authorID.flatMap { names[$0] } ?? "") — \(text)")
            }
        }
        return out.joined(separator: "\n")
    }

    /// "samira ↔ daan" while Daan covers for Samira.
    static func owner(_ r: FollowUpRow) -> String {
        let owner = r.owner ?? "–"
        return r.coveredBy.map { owner + " " + tr("cli.followups.covered", $0) } ?? owner
    }

    static func followUps(_ rows: [FollowUpRow]) -> String {
        if rows.isEmpty { return tr("cli.followups.none") }
        return rows.map { r in
            let status = r.done ? tr("cli.followups.done") : r.overdue ? tr("cli.followups.overdue", r.daysOverdue) : tr("cli.followups.open")
            return "\(r.due) \(pad(status, 12)) \(pad(r.kind.label, 12)) #\(pad(String(r.caseId), 4)) "
                + "\(pad(r.household ?? "", 26)) \(pad(owner(r), max(10, TextWidth.width(of: owner(r))))) \(r.note)"
        }.joined(separator: "\n")
    }
}
