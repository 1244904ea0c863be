import TerminalKit
import Wijkteam

/// One household on one screen: members, its case(s), plan, provisions, follow-ups, journal.
public struct HouseholdScreen: Sendable {
    public private(set) var householdID: Int?
    public private(set) var record: HouseholdRecord?
    var offset = 0

    public init() {}

    /// Why the household cannot be shown (need-to-know), instead of "Loading…".
    private(set) var unavailableReason: String?

    mutating func unavailable(_ id: Int, _ reason: String) {
        guard id == householdID else { return }
        record = nil
        unavailableReason = reason
    }

    mutating func show(householdID: Int) -> Bool {
        guard householdID != self.householdID || record == nil else { return false }
        self.householdID = householdID
        unavailableReason = nil
        record = nil
        offset = 0
        return true
    }

    mutating func loaded(_ r: HouseholdRecord) {
        guard r.household.id == householdID else { return }
        record = r
    }

    /// The sections in their order; `]` and `[` jump between them.
    static var sections: [String] {
        [tr("screens.household.heading.newstaff"), tr("screens.household.heading.members"), tr("screens.household.heading.case"), tr("screens.household.section.zrm"),
         tr("screens.household.heading.plan"), tr("screens.household.heading.provisions"), tr("screens.household.heading.followups"), tr("screens.household.section.journal")]
    }

    /// A small trend of scores 1–5 over time: ▁▂▄▆█.
    static func sparkline(_ scores: [Int]) -> String {
        let bars: [Character] = ["▁", "▂", "▄", "▆", "█"]
        return String(scores.map { bars[max(1, min(5, $0)) - 1] })
    }

    static func zrmRole(_ score: Int) -> Role {
        switch score {
        case ...2: .overdue
        case 3: .warning
        default: .success
        }
    }

    /// The lines, and where each section starts (for `]`/`[`).
    func content(today: Day, staff: [StaffID: String], privacy: Bool, width: Int) -> (lines: [(String, Style)], sections: [Int]) {
        guard let r = record else { return ([(unavailableReason ?? Format.loading, Style(unavailableReason == nil ? .muted : .warning))], []) }
        var out: [(String, Style)] = []
        var starts: [Int] = []
        let h = r.household
        func heading(_ t: String) {
            out.append(("", .normal))
            starts.append(out.count)
            out.append((t, Style(.header, [.bold])))
        }
        func wrapped(_ text: String, indent: String = "  ", style: Style = .normal) {
            for l in TextBlock.wrap(text, width: max(10, width - indent.count)) { out.append((indent + l, style)) }
        }
        let people = Dictionary(h.members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Free text (goals, provisions, follow-up notes) names people: privacy mode hides them.
        let scrub = privacy ? Redactor(record: r) : .none
        func clean(_ text: String) -> String { privacy ? scrub.redact(text) : text }
        func person(_ id: Int?) -> String? { id.flatMap { people[$0] }.map { Format.name($0, privacy: privacy) } }
        out.append((privacy ? h.address.buurt : tr("screens.household.address", h.address.line, h.address.buurt, SuggestionRanker.languageName(h.language)), Style(.muted)))
        // Only the sample district has learning notes: first, so a new colleague reads them
        // before the details (not on a projected screen: they name people).
        if let note = h.learningNote, !privacy {
            heading(tr("screens.household.heading.newstaff"))
            wrapped(note, style: Style(.muted))
        }
        heading(tr("screens.household.heading.members"))
        for p in h.members {
            out.append(("  " + NetworkScreen.padKeepingWhole(Format.name(p.name, privacy: privacy), to: 28) + " "
                        + Format.ageAndRole(p.age(on: today), p.role.label, client: p.isClient), .normal))
        }
        let open = r.cases.filter(\.isOpen)
        heading(open.isEmpty ? tr("screens.household.heading.cases.noneopen") : tr("screens.household.heading.case"))
        for c in r.cases {
            out.append(("  " + tr("screens.household.case.line", c.id, c.phase.label, c.regisseurID.flatMap { staff[$0] } ?? Format.unassignedInLine),
                        Style(c.isOpen ? .normal : .muted, c.isOpen ? [.bold] : [])))
            if c.safety { out.append(("  ⚠ " + tr("screens.household.case.safety"), Style(.flagSafety, [.bold]))) }
            if c.withheld {
                wrapped(tr("screens.household.case.question.withheld"), style: Style(.muted))
            } else {
                wrapped(tr("screens.household.case.question", privacy ? "…" : c.presentingQuestion))
            }
            if let b = c.questionBehind { wrapped(tr("screens.household.case.behind", privacy ? "…" : b)) }
            wrapped(tr("screens.household.case.domains", c.domains.map(\.label).joined(separator: ", ")), style: Style(.muted))
            if let d = c.discussion { wrapped(tr("screens.household.case.discussion", privacy ? "…" : d), style: Style(.flagDiscussion)) }
            if let reason = c.closedReason { wrapped(tr("screens.household.case.closed", clean(reason)), style: Style(.muted)) }
            if let on = r.caseMembers[c.id], !on.isEmpty {
                wrapped(tr("screens.household.case.also", on.map { staff[$0] ?? $0 }.joined(separator: ", ")), style: Style(.muted))
            }
            if c.isOpen, let next = c.phase.next, next != .afgesloten {
                let blockers = PhaseRules.blockers(moving: c, to: next, facts: PhaseFacts(record: r, caseID: c.id, today: today))
                wrapped(blockers.isEmpty ? tr("screens.household.case.nextphase", next.label) : tr("screens.household.case.nextphase.blocked", blockers.joined(separator: "; ")),
                        style: Style(.muted))
            }
        }

        // ZRM per adult: latest score per domain, the change since the measurement before, the trend.
        heading(tr("screens.household.heading.zrm"))
        let measured = h.members.filter { p in r.zrm.contains { $0.personID == p.id } }
        if measured.isEmpty { out.append(("  " + tr("screens.household.zrm.none"), Style(.muted))) }
        for p in measured {
            let scores = r.zrm.filter { $0.personID == p.id }
            let latest = scores.map(\.date).max()!
            out.append(("  " + tr("screens.household.zrm.measured", Format.name(p.name, privacy: privacy), latest), Style(.normal, [.bold])))
            for d in LifeDomain.zrmDomains {
                let history = scores.filter { $0.domain == d }.sorted { $0.date < $1.date }
                guard let last = history.last else { continue }
                let change = history.count > 1 ? last.score - history[history.count - 2].score : 0
                let delta = history.count < 2 ? "    " : change > 0 ? " (+\(change))" : change < 0 ? " (−\(-change))" : " (=) "
                let line = "    " + TextWidth.pad(d.label, to: 28) + " \(last.score)" + TextWidth.pad(delta, to: 6)
                    + Self.sparkline(history.map(\.score)) + "  " + ZRMScore.label(last.score)
                out.append((line, Style(Self.zrmRole(last.score))))
            }
        }

        heading(tr("screens.household.heading.plan"))
        let goals = r.goals.filter { g in open.contains { $0.id == g.caseID } }
        if goals.isEmpty { out.append(("  " + tr("screens.household.plan.none"), Style(.muted))) }
        for g in goals {
            let now = r.zrm.filter { $0.domain == g.domain && (g.personID == nil || $0.personID == g.personID) }.max { $0.date < $1.date }?.score
            let progress: String
            if let now {
                let done = max(0, min(g.targetScore, now))
                progress = String(repeating: "▰", count: done) + String(repeating: "▱", count: max(0, g.targetScore - done))
                    + " " + (now >= g.targetScore ? tr("screens.household.plan.reached") : tr("screens.household.plan.togo", g.targetScore - now))
            } else {
                progress = tr("screens.household.plan.nomeasurement")
            }
            wrapped(tr("screens.household.plan.goal", g.domain.label + (person(g.personID).map { " (\($0))" } ?? ""), now.map(String.init) ?? "–", g.targetScore,
                       progress, clean(g.text)),
                    style: Style(now.map { $0 >= g.targetScore } == true ? .success : .normal))
        }

        heading(tr("screens.household.heading.provisions"))
        let provisions = r.provisions.filter { p in open.contains { $0.id == p.caseID } }
        if provisions.isEmpty { out.append(("  " + tr("screens.household.provisions.none"), Style(.muted))) }
        for p in provisions {
            var text = "\(p.kind == .tailored ? tr("screens.household.provision.tailored") : tr("screens.household.provision.general")) · \(clean(p.description)) · \(clean(p.provider)) · \(p.status.label)"
            if let w = p.waitingWeeks { text += " · " + trCount("screens.household.provision.waiting", w) }
            if let s = p.start { text += " · " + tr("screens.household.provision.from", s) }
            wrapped(text, style: Style(p.status == .waiting ? .warning : .normal))
            if let why = p.networkReason { wrapped(tr("screens.household.provision.whynotnetwork", privacy ? "…" : why), indent: "    ", style: Style(.muted)) }
        }

        heading(tr("screens.household.heading.followups"))
        let follow = r.followUps.filter { !$0.done }.sorted(by: FollowUps.dueOrder)
        if follow.isEmpty { out.append(("  " + tr("screens.household.followups.none"), Style(.muted))) }
        for f in follow {
            let overdue = FollowUpStatus(f, on: today).isOverdue
            let owner = f.ownerID.flatMap { staff[$0] } ?? tr("screens.household.followup.noowner")
            wrapped(overdue ? tr("screens.household.followup.overdue", f.kind.label, f.due, owner, clean(f.note))
                            : tr("screens.household.followup", f.kind.label, f.due, owner, clean(f.note)),
                    style: Style(overdue ? .overdue : (f.kind.isProactive ? .flagPreventive : .normal)))
        }

        heading(tr("screens.household.heading.journal"))
        if r.journal.isEmpty { out.append(("  " + tr("screens.household.journal.none"), Style(.muted))) }
        for j in r.journal.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }).prefix(20) {
            let head = "\(j.date) \(j.kind.label) · \(j.authorID.flatMap { staff[$0] } ?? "")"
            if j.withheld {
                wrapped(tr("screens.household.journal.withheld", head), style: Style(.muted))
            } else if privacy {
                wrapped(head + " — …")
            } else {
                // Multi-line notes keep their lines.
                let lines = j.text.split(separator: "\n", omittingEmptySubsequences: false)
                let first = lines.first.map(String.init) ?? ""
                wrapped(j.sensitive ? tr("screens.household.journal.sensitive", head, first) : head + " — " + first, style: .normal)
                for more in lines.dropFirst() { wrapped(String(more), indent: "    ") }
            }
        }
        return (out, starts)
    }

    func lines(today: Day, staff: [StaffID: String], privacy: Bool, width: Int) -> [(String, Style)] {
        content(today: today, staff: staff, privacy: privacy, width: width).lines
    }

    /// Scrolls to the next (or previous) section heading.
    mutating func jump(_ delta: Int, sections: [Int], height: Int, count: Int) -> Bool {
        let target = delta > 0 ? sections.first { $0 > offset } : sections.last { $0 < offset }
        guard let t = target else { return false }
        offset = max(0, min(t, max(0, count - height)))
        return true
    }

    mutating func perform(_ id: CommandID, height: Int, count: Int) -> Bool {
        guard let o = TextScroll.offset(after: id, from: offset, height: height, count: count) else { return false }
        defer { offset = o }
        return o != offset
    }

    func render(into grid: inout Grid, area: Rect, today: Day, staff: [StaffID: String], privacy: Bool) {
        let title = record.map { Format.name($0.household.name, privacy: privacy) } ?? tr("screens.household.title")
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        TextScroll.render(lines(today: today, staff: staff, privacy: privacy, width: inner.width), offset: offset,
                          into: &grid, inner: inner, frame: area)
    }
}
