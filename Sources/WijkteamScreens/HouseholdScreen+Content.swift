import TerminalKit
import Wijkteam

/// The household screen's lines being written, section by section (`HouseholdScreen.content`):
/// the lines so far, where each section starts, and what every section needs to know.
struct HouseholdPage {
    let r: HouseholdRecord
    let today: Day
    let staff: [StaffID: String]
    let privacy: Bool
    let width: Int
    let people: [Int: String]
    /// Free text (goals, provisions, follow-up notes) names people: privacy mode hides them.
    let scrub: Redactor
    /// Who is away today and who covers (the case line says so).
    var team = TeamToday()
    var out: [(String, Style)] = []
    var starts: [Int] = []

    init(record r: HouseholdRecord, today: Day, staff: [StaffID: String], privacy: Bool, width: Int) {
        self.r = r; self.today = today; self.staff = staff; self.privacy = privacy; self.width = width
        people = Dictionary(r.household.members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        scrub = privacy ? Redactor(record: r) : .none
    }

    mutating func heading(_ t: String) {
        out.append(("", .normal))
        starts.append(out.count)
        out.append((t, Style(.header, [.bold])))
    }

    mutating func wrapped(_ text: String, indent: String = "  ", style: Style = .normal) {
        for l in TextBlock.wrap(text, width: max(10, width - indent.count)) { out.append((indent + l, style)) }
    }

    func clean(_ text: String) -> String { privacy ? scrub.redact(text) : text }
    func person(_ id: Int?) -> String? { id.flatMap { people[$0] }.map { Format.name($0, privacy: privacy) } }

    /// The address, the learning note and the members.
    mutating func intro() {
        let h = r.household
        let place = h.address.postcode.isEmpty ? h.address.line : "\(h.address.line), \(h.address.postcode)"
        let language = SuggestionRanker.languageName(h.language)
        out.append((privacy ? h.address.buurt : tr("screens.household.address", place, h.address.buurt, language), Style(.muted)))
        if let left = h.leftDistrictOn { out.append((tr("screens.household.leftDistrict", left), Style(.warning))) }
        // Only the sample district has learning notes: first, so a new colleague reads them
        // before the details (not on a projected screen: they name people).
        if let note = h.learningNote, !privacy {
            heading(tr("screens.household.heading.newstaff"))
            wrapped(note, style: Style(.muted))
        }
        heading(tr("screens.household.heading.members"))
        for p in h.currentMembers { member(p, MemberForm.describe(p, today: today), style: .normal) }
        // Who moved out or died stays in the history, greyed and below, counted nowhere.
        let gone = h.members.filter { !$0.isCurrent }.sorted { ($0.leftOn!, $0.id) > ($1.leftOn!, $1.id) }
        if !gone.isEmpty { out.append(("  " + tr("screens.household.heading.gone"), Style(.muted, [.bold]))) }
        for p in gone {
            let why = tr("screens.household.member.gone", p.role.label, p.leftReason?.label ?? LeavingReason.movedOut.label, p.leftOn!)
            member(p, why, style: Style(.muted))
        }
    }

    /// A member's name and what to say about them, the details of every member in one column:
    /// a name longer than the column gets its own lines and the detail goes under it.
    private mutating func member(_ p: Person, _ detail: String, style: Style) {
        let column = 28
        let name = Format.name(p.name, privacy: privacy)
        let fits = 3 + column + TextWidth.width(of: detail) <= width
        if fits, TextWidth.width(of: name) <= column {
            out.append(("  " + TextWidth.pad(name, to: column) + " " + detail, style))
            return
        }
        wrapped(name, style: style)
        if fits {
            out.append((String(repeating: " ", count: 3 + column) + detail, style))
        } else {
            wrapped(detail, indent: "    ", style: style)
        }
    }

    mutating func cases(open: [Case]) {
        heading(open.isEmpty ? tr("screens.household.heading.cases.noneopen") : tr("screens.household.heading.case"))
        if open.isEmpty {
            let closed = r.cases.last { !$0.isOpen }
            out.append(("  " + (closed.map { tr("screens.household.desk.reopen", $0.id) } ?? tr("screens.household.desk")), Style(.muted)))
        }
        for c in r.cases {
            out.append(("  " + tr("screens.household.case.line", c.id, c.phase.label, c.regisseurID.flatMap { staff[$0] } ?? Format.unassignedInLine),
                        Style(c.isOpen ? .normal : .muted, c.isOpen ? [.bold] : [])))
            if c.isOpen, let note = team.regisseurNote(c, names: staff) { wrapped(note, style: Style(.warning)) }
            if c.safety { out.append(("  ⚠ " + tr("screens.household.case.safety"), Style(.flagSafety, [.bold]))) }
            if c.isOpen, let children = team.kindcheckDue[c.id] {
                wrapped(tr("screens.household.kindcheck", children, c.id), style: Style(.warning))
            }
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
    }

    /// ZRM per adult, within the case (`ZRMOutcome`): what the latest measurement holds per domain
    /// (a score, "3↷" carried forward by the old rule, "–" not assessed), the outcome first → latest
    /// measured score of the case with its change, the last step, the trend.
    mutating func zrm() {
        heading(tr("screens.household.heading.zrm"))
        let outcomes = ZRMOutcome.of(r, today: today)
        let measured = r.household.members.filter { p in outcomes.contains { $0.personID == p.id } }
        if measured.isEmpty { out.append(("  " + tr("screens.household.zrm.none"), Style(.muted))) }
        if outcomes.contains(where: { $0.atLatest == .carriedForward }) {
            wrapped(tr("screens.household.zrm.legend"), style: Style(.muted))
        }
        for p in measured {
            let rows = outcomes.filter { $0.personID == p.id }
            let firstDate = rows.compactMap(\.firstDate).min()
            let head = "  " + tr("screens.household.zrm.measured", Format.name(p.name, privacy: privacy), rows[0].latestMeasurement)
            let since = firstDate.map { " " + tr("screens.household.zrm.since", $0) } ?? ""
            out.append((TextWidth.width(of: head + since) <= width ? head + since : head, Style(.normal, [.bold])))
            var skipped: [String] = []
            for o in rows {
                if o.history.isEmpty && o.atLatest != .carriedForward {
                    if o.atLatest == .notAssessed { skipped.append(o.domain.label) }
                    continue
                }
                let line = HouseholdScreen.zrmLine(o)
                out.append((TextWidth.truncate(line.0, to: width), line.1))
            }
            if !skipped.isEmpty {
                wrapped(tr("screens.household.zrm.not_assessed", skipped.joined(separator: ", ")), indent: "    ", style: Style(.muted))
            }
        }
    }

    mutating func plan(open: [Case]) {
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
    }

    mutating func provisions(open: [Case]) {
        heading(tr("screens.household.heading.provisions"))
        let provisions = r.provisions.filter { p in open.contains { $0.id == p.caseID } }
        if provisions.isEmpty { out.append(("  " + tr("screens.household.provisions.none"), Style(.muted))) }
        for p in provisions {
            var text = "\(p.kind == .tailored ? tr("screens.household.provision.tailored") : tr("screens.household.provision.general")) · \(clean(p.description)) · \(clean(p.provider)) · \(p.status.label)"
            let norm = team.provisionNorms[p.id]
            if let waiting = p.waitingText(normWeeks: norm, today: today) {
                text += " · " + waiting
            } else {
                if let w = p.waitingWeeks { text += " · " + trCount("screens.household.provision.waiting", w) }
                if let s = p.start { text += " · " + tr("screens.household.provision.from", s) }
            }
            let over = p.isOverNorm(normWeeks: norm, today: today)
            wrapped(text + (over ? " ⚠" : ""), style: Style(over ? .warning : p.isWaiting ? .warning : .normal, over ? [.bold] : []))
            provisionDates(p)
            if let why = p.networkReason { wrapped(tr("screens.household.provision.whynotnetwork", privacy ? "…" : why), indent: "    ", style: Style(.muted)) }
        }
    }

    /// "requested 01-10 · on the list 08-10 · started 20-11 · ended 01-12: doel bereikt" (issue 27).
    mutating func provisionDates(_ p: Provision) {
        var parts: [String] = []
        if let d = p.requestedOn { parts.append(tr("screens.household.provision.requested_on", d.shortText(today: today))) }
        if let d = p.waitingSince { parts.append(tr("screens.household.provision.waiting_since", d.shortText(today: today))) }
        if let d = p.start, p.status == .active || p.status == .ended {
            parts.append(tr("screens.household.provision.started_on", d.shortText(today: today)))
        }
        if let d = p.endedOn, p.status.isFinal {
            parts.append(p.status.label + " " + d.shortText(today: today) + (p.endReason.map { ": " + clean($0) } ?? ""))
        }
        if !parts.isEmpty { wrapped(parts.joined(separator: " · "), indent: "    ", style: Style(.muted)) }
    }

    mutating func followUps() {
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
    }

    mutating func journal() {
        heading(tr("screens.household.heading.journal"))
        if r.journal.isEmpty { out.append(("  " + tr("screens.household.journal.none"), Style(.muted))) }
        if !r.glassCases.isEmpty { wrapped(tr("screens.household.breakGlass.hint"), style: Style(.warning)) }
        for j in r.journal.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }).prefix(20) {
            let head = "\(j.date) \(j.kind.label) · \(j.authorID.flatMap { staff[$0] } ?? "")"
            if j.withheld {
                wrapped(
                    j.withheldBecause == .selfGranted
                        ? tr("screens.household.journal.withheld.self", head)
                        : tr("screens.household.journal.withheld", head), style: Style(.muted))
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
    }
}
