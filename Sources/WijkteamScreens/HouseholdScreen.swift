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

    /// One domain of an adult's ZRM: the latest measurement's entry, first → latest of the case
    /// (change), the last step, the trend of measured scores.
    static func zrmLine(_ o: ZRMOutcome) -> (String, Style) {
        let entry =
            switch o.atLatest {
            case .scored: o.atLatestScore.map(String.init) ?? ""
            case .carriedForward: (o.atLatestScore.map(String.init) ?? "") + "↷"
            case .notAssessed: "–"
            case .notNamed: "·"
            }
        var outcome = ""
        if let first = o.firstScore, let latest = o.latest, let change = o.change {
            outcome = "\(first)→\(latest) " + (change > 0 ? "+\(change)" : change < 0 ? "−\(-change)" : "=")
        }
        let step = o.lastStep.map { tr("screens.household.zrm.step", $0 > 0 ? "+\($0)" : $0 < 0 ? "−\(-$0)" : "=") } ?? ""
        let line =
            "    " + TextWidth.pad(o.domain.label, to: 26) + " " + TextWidth.pad(entry, to: 4) + TextWidth.pad(outcome, to: 8)
            + TextWidth.pad(step, to: 9) + sparkline(o.history) + "  " + (o.latest.map(ZRMScore.label) ?? "")
        return (line, Style(o.latest.map(zrmRole) ?? .muted))
    }

    static func zrmRole(_ score: Int) -> Role {
        switch score {
        case ...2: .overdue
        case 3: .warning
        default: .success
        }
    }

    /// The lines, and where each section starts (for `]`/`[`).
    func content(today: Day, staff: [StaffID: String], privacy: Bool, width: Int, team: TeamToday = TeamToday())
        -> (lines: [(String, Style)], sections: [Int])
    {
        guard let r = record else { return ([(unavailableReason ?? Format.loading, Style(unavailableReason == nil ? .muted : .warning))], []) }
        var page = HouseholdPage(record: r, today: today, staff: staff, privacy: privacy, width: width)
        page.team = team
        page.intro()
        let open = r.cases.filter(\.isOpen)
        page.cases(open: open)
        page.zrm()
        page.plan(open: open)
        page.provisions(open: open)
        page.followUps()
        page.journal()
        return (page.out, page.starts)
    }

    func lines(today: Day, staff: [StaffID: String], privacy: Bool, width: Int, team: TeamToday = TeamToday()) -> [(String, Style)] {
        content(today: today, staff: staff, privacy: privacy, width: width, team: team).lines
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

    func render(into grid: inout Grid, area: Rect, today: Day, staff: [StaffID: String], privacy: Bool, team: TeamToday = TeamToday()) {
        let title = record.map { Format.name($0.household.name, privacy: privacy) } ?? tr("screens.household.title")
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        TextScroll.render(
            lines(today: today, staff: staff, privacy: privacy, width: inner.width, team: team), offset: offset,
            into: &grid, inner: inner, frame: area)
    }
}
