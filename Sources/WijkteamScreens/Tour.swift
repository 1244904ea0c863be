import TerminalKit
import Wijkteam

/// The guided tour for new staff: the shell shows one screen per stop, with a panel that says
/// what the team does there and why. While it runs the tour owns the keys (next, back, quit,
/// glossary, help), so nothing can be changed from it.
public struct Tour: Sendable, Equatable {
    public enum Stop: String, CaseIterable, Sendable {
        case board, household, network, triage, followUps = "followups", meeting, team, glossary

        var title: String {
            switch self {
            case .board: tr("tour.board.title")
            case .household: tr("tour.household.title")
            case .network: tr("tour.network.title")
            case .triage: Tab.triage.title
            case .followUps: Tab.followUps.title
            case .meeting: tr("tour.meeting.title")
            case .team: tr("tour.team.title")
            case .glossary: tr("tour.glossary.title")
            }
        }

        var text: String {
            switch self {
            case .board: tr("tour.board.text")
            case .household: tr("tour.household.text")
            case .network: tr("tour.network.text")
            case .triage: tr("tour.triage.text")
            case .followUps: tr("tour.followups.text")
            case .meeting: tr("tour.meeting.text")
            case .team: tr("tour.team.text")
            case .glossary: tr("tour.glossary.text")
            }
        }
    }

    public private(set) var index = 0
    /// The case whose household the tour opens (chosen from the board when the tour starts).
    public let caseID: Int?

    public init(caseID: Int?) {
        self.caseID = caseID
    }

    public var stop: Stop { Stop.allCases[index] }
    public var isLast: Bool { index == Stop.allCases.count - 1 }

    /// One step on; false at the end.
    mutating func next() -> Bool {
        guard !isLast else { return false }
        index += 1
        return true
    }

    mutating func previous() -> Bool {
        guard index > 0 else { return false }
        index -= 1
        return true
    }

    /// The case that shows the most of the work: one in uitvoering with a regisseur and a plan
    /// (a household with a network), else the first open case.
    static func showcase(in snapshot: DistrictSnapshot) -> Int? {
        let open = snapshot.cards.filter { $0.case.phase.isOpen }
        return (open.first { $0.case.phase == .uitvoering && $0.case.regisseurID != nil } ?? open.first)?.case.id
    }

    /// Rows the panel takes at the bottom of the content area.
    static func panelHeight(for area: Rect) -> Int { min(9, max(5, area.height / 2)) }

    func render(into grid: inout Grid, area: Rect) {
        let height = Tour.panelHeight(for: area)
        let box = Rect(x: area.x, y: area.maxY - height, width: area.width, height: height)
        let count = Stop.allCases.count
        let panel = Panel(title: tr("tour.panel.title", index + 1, count, stop.title), focused: true)
        grid.fill(box)
        panel.render(into: &grid, area: box)
        let inner = panel.inner(box)
        guard inner.height > 0 else { return }
        let lines = TextBlock.wrap(stop.text, width: inner.width)
        for (i, line) in lines.prefix(max(0, inner.height - 1)).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + i, style: Style(.normal), maxWidth: inner.width)
        }
        let keys = isLast ? tr("tour.keys.last") : tr("tour.keys")
        grid.put(keys, x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
    }
}
