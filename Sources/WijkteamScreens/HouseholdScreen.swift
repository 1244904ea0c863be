import TerminalKit
import Wijkteam

/// One household on one screen: members, its case(s), plan, provisions, follow-ups, journal.
public struct HouseholdScreen: Sendable {
    public private(set) var householdID: Int?
    public private(set) var record: HouseholdRecord?
    var offset = 0

    public init() {}

    mutating func show(householdID: Int) -> Bool {
        guard householdID != self.householdID || record == nil else { return false }
        self.householdID = householdID
        record = nil
        offset = 0
        return true
    }

    mutating func loaded(_ r: HouseholdRecord) {
        guard r.household.id == householdID else { return }
        record = r
    }

    func lines(today: Day, staff: [StaffID: String], privacy: Bool, width: Int) -> [(String, Style)] {
        guard let r = record else { return [("Loading…", Style(.muted))] }
        var out: [(String, Style)] = []
        let h = r.household
        func heading(_ t: String) { out.append(("", .normal)); out.append((t, Style(.header, [.bold]))) }
        func wrapped(_ text: String, indent: String = "  ", style: Style = .normal) {
            for l in TextBlock.wrap(text, width: max(10, width - indent.count)) { out.append((indent + l, style)) }
        }
        let people = Dictionary(h.members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        out.append(("\(h.address.line), \(h.address.buurt) · language \(SuggestionRanker.languageName(h.language))", Style(.muted)))
        heading("Members")
        for p in h.members {
            out.append(("  " + TextWidth.pad(Format.name(p.name, privacy: privacy), to: 28) + " age \(p.age(on: today)) · \(p.role.label)"
                        + (p.isClient ? " · client" : ""), .normal))
        }
        for c in r.cases {
            heading("Case #\(c.id) · \(c.phase.label) · regisseur " + (c.regisseurID.flatMap { staff[$0] } ?? "niet toegewezen"))
            if c.safety { out.append(("  ⚠ Safety signal: Meldcode", Style(.flagSafety, [.bold]))) }
            wrapped("Question: " + (privacy ? "…" : c.presentingQuestion))
            if let b = c.questionBehind { wrapped("Behind it: " + (privacy ? "…" : b)) }
            wrapped("Domains: " + c.domains.map(\.label).joined(separator: ", "), style: Style(.muted))
            if let d = c.discussion { wrapped("For discussion: " + (privacy ? "…" : d), style: Style(.flagDiscussion)) }
            if let reason = c.closedReason { wrapped("Closed: \(reason)", style: Style(.muted)) }
            for g in r.goals where g.caseID == c.id {
                wrapped("Goal \(g.domain.label) → \(g.targetScore)" + (g.personID.flatMap { people[$0] }.map { " (\(Format.name($0, privacy: privacy)))" } ?? "") + ": \(g.text)")
            }
            for p in r.provisions where p.caseID == c.id {
                wrapped("Provision: \(p.description) · \(p.provider) · \(p.kind == .tailored ? "maatwerk" : "voorliggend veld") · \(p.status.rawValue)"
                        + (p.waitingWeeks.map { " · waiting \($0) weeks" } ?? ""))
            }
            for f in r.followUps where f.caseID == c.id && !f.done {
                let overdue = FollowUpStatus(f, on: today).isOverdue
                wrapped("Follow-up: \(f.kind.label) due \(f.due)\(overdue ? " (overdue)" : "") · \(f.note)",
                        style: Style(overdue ? .overdue : (f.kind.isProactive ? .flagPreventive : .normal)))
            }
        }
        if !r.journal.isEmpty {
            heading("Journal (latest first)")
            for j in r.journal.prefix(8) {
                wrapped("\(j.date) \(j.kind.label) · \(j.authorID.flatMap { staff[$0] } ?? "") — " + (privacy || j.sensitive ? "…" : j.text))
            }
        }
        if let note = h.learningNote {
            heading("For new staff")
            wrapped(note, style: Style(.muted))
        }
        return out
    }

    mutating func perform(_ id: String, height: Int, count: Int) -> Bool {
        guard let o = TextScroll.offset(after: id, from: offset, height: height, count: count) else { return false }
        defer { offset = o }
        return o != offset
    }

    func render(into grid: inout Grid, area: Rect, today: Day, staff: [StaffID: String], privacy: Bool) {
        let title = record.map { Format.name($0.household.name, privacy: privacy) } ?? "Household"
        let panel = Panel(title: title + " · n network · q back", focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        TextScroll.render(lines(today: today, staff: staff, privacy: privacy, width: inner.width), offset: offset,
                          into: &grid, inner: inner, frame: area)
    }
}
