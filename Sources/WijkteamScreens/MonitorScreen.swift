import TerminalKit
import Wijkteam

/// The team's monitor over months (issue 29): per group of figures (`MonitorFigure.Group`) one
/// row per figure with its label, a sparkline over the months, the latest month's number and
/// the period's total or median; lead times with their median, 90th percentile and the share
/// within the norm; the outcome per life domain; load against capacity as bars per month with
/// the regisseurs over capacity; the longest waits. Enter (or `e`) explains the selected
/// figure. The figures come from the runtime (`Effect.loadMonitor`): the view only asks for its
/// period and shows what comes back, a line while it loads, the reason when it cannot.
public struct MonitorScreen: Sendable {
    /// The lengths `m` steps through, in months.
    public static let lengths = [3, 6, 12, 24]

    /// How many months the view shows, ending with `end`.
    public private(set) var length = MonitorPeriod.defaultMonths
    /// The last month shown; nil: the month of the app's today.
    public private(set) var end: Month?
    /// The figures shown (those of `asked` once they come).
    public private(set) var report: MonitorReport?
    /// The period last asked of the store.
    public private(set) var asked: MonitorRequest?
    /// Why the period asked could not be read.
    public private(set) var failure: String?
    /// The figure the cursor is on (an index into `MonitorFigure.allCases`).
    public private(set) var selected = 0
    /// The definition of the selected figure is shown.
    public private(set) var explaining = false

    public init() {}

    static let figures = MonitorFigure.allCases

    public var selectedFigure: MonitorFigure { Self.figures[selected] }

    /// The period for `today`: `length` months up to `end` (or today's month).
    public func period(today: Day) -> (from: Month, to: Month) {
        let to = end ?? Month(today)
        var from = to
        for _ in 1..<length { from = from.previous }
        return (from, to)
    }

    /// The read to ask for now; remembered, so only its answer is taken.
    mutating func request(today: Day) -> MonitorRequest {
        let p = period(today: today)
        let r = MonitorRequest(from: p.from, to: p.to, purpose: .view)
        asked = r
        failure = nil
        return r
    }

    /// Whether the figures are still on their way for the period asked.
    public var isLoading: Bool { asked != nil && failure == nil && (report?.from != asked?.from || report?.to != asked?.to) }

    /// The store's answer: taken when it is for the period asked last.
    mutating func loaded(_ request: MonitorRequest, _ r: MonitorReport) -> Bool {
        guard request == asked else { return false }
        report = r
        failure = nil
        return true
    }

    mutating func failed(_ request: MonitorRequest, _ text: String) -> Bool {
        guard request == asked else { return false }
        failure = text
        return true
    }

    /// ←/→: the period a month back or forward (not past this month); n: back to this month;
    /// m: the next length. Returns whether the period changed.
    mutating func move(_ command: MonitorCommand, today: Day) -> Bool {
        let now = Month(today)
        let current = end ?? now
        switch command {
        case .earlier: end = current.previous
        case .later:
            guard current < now else { return false }
            end = current.next == now ? nil : current.next
        case .now:
            guard end != nil else { return false }
            end = nil
        case .length:
            let i = Self.lengths.firstIndex(of: length) ?? 0
            length = Self.lengths[(i + 1) % Self.lengths.count]
        case .explain, .explainClose: return false
        }
        return true
    }
}

extension MonitorScreen: Screen {
    public static let scope = CommandScope.monitor
    public static var title: String { tr("command.scope.monitor") }
    public static var goName: String { tr("command.tab.monitor.name") }
    public static var goHelp: String { tr("command.tab.monitor.help") }

    /// The figures are not in the snapshot: the shell asks for them when the view is shown and
    /// when the data changes (`Shell.monitorLoads`).
    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) {}

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        switch command {
        case .monitor(.explain):
            explaining.toggle()
            return .redraw
        case .monitor(.explainClose):
            guard explaining else { return .none }
            explaining = false
            return .redraw
        case .monitor(let m):
            guard move(m, today: context.today) else {
                return Reaction(redraw: true, message: StatusMessage(tr("screens.monitor.no_later")))
            }
            let r = request(today: context.today)
            let text = tr("screens.monitor.period", r.from.description, r.to.description, length)
            return Reaction(redraw: true, effects: [.loadMonitor(r)], message: StatusMessage(text))
        default:
            var cursor = ListCursor(selected: selected)
            guard cursor.perform(command, count: Self.figures.count, page: max(1, context.page / 3)) else { return .none }
            selected = cursor.selected
            return .redraw
        }
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        render(into: &grid, area: area, privacy: context.privacy)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        let p = period(today: context.today)
        return [
            (tr("screens.monitor.header.period", p.from.description, p.to.description, length), Style(.normal, [.bold])),
            ("  ·  ", Style(.muted)), (tr("screens.monitor.header.keys"), Style(.key)),
        ]
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { nil }
}
