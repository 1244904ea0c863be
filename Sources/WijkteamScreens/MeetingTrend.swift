import TerminalKit
import Wijkteam

/// The meeting's trend (issue 29, item 4): this month so far against the last, one line each
/// for inflow (signals in), outreaching done (proactive contacts made) and load (weighted load
/// against capacity), so the team sees its own trend every week. The figures come from the
/// monitor (`Effect.loadMonitor` with `MonitorRequest.meetingTrend`), read by the runtime.
public struct MeetingTrend: Sendable, Equatable {
    public var this: MonitorMonth?
    public var last: MonitorMonth?
    /// Why the figures could not be read.
    public var failure: String?

    /// The rows the meeting view gives the trend (above the agenda).
    public static let height = 3

    public init(_ report: MonitorReport) {
        this = report.months.last
        last = report.months.count > 1 ? report.months[report.months.count - 2] : nil
    }
    /// The figures could not be read (`failure`), or are on their way (nil).
    public init(failure: String?) { self.failure = failure }

    /// ▲ more than last month, ▼ less, = the same: a glyph, so mono shows it too.
    static func arrow(_ now: Double, _ before: Double) -> String {
        now > before ? "▲" : now < before ? "▼" : "="
    }

    /// The three lines (their text; the arrow last).
    public var lines: [String] {
        if let failure { return [tr("screens.meeting.trend.failed", failure)] }
        guard let this, let last else { return [tr("screens.meeting.trend.loading")] }
        let inflow = (this.flow.signals, last.flow.signals)
        let outreach = (this.proactive.contactsMade, last.proactive.contactsMade)
        let (now, before) = (this.load, last.load)
        let (weighted, capacity) = (Format.load(now.weighted), Format.load(now.capacity))
        let (weightedBefore, capacityBefore) = (Format.load(before.weighted), Format.load(before.capacity))
        let loadArrow = Self.arrow(Self.ratio(now), Self.ratio(before))
        return [
            tr("screens.meeting.trend.inflow", inflow.0, inflow.1, Self.arrow(Double(inflow.0), Double(inflow.1))),
            tr("screens.meeting.trend.outreach", outreach.0, outreach.1, Self.arrow(Double(outreach.0), Double(outreach.1))),
            tr("screens.meeting.trend.load", weighted, capacity, weightedBefore, capacityBefore, loadArrow),
        ]
    }

    static func ratio(_ l: MonitorLoad) -> Double { l.capacity > 0 ? l.weighted / l.capacity : l.weighted }

    func render(into grid: inout Grid, area: Rect) {
        for (i, line) in lines.prefix(area.height).enumerated() {
            let role: Role = failure != nil ? .error : (this == nil ? .muted : .normal)
            grid.put(" " + line, x: area.x, y: area.y + i, style: Style(role), maxWidth: area.width)
        }
    }
}

extension MeetingScreen {
    /// The trend above the agenda and the item, when the view has room for both.
    func splitForTrend(_ area: Rect) -> (trend: Rect?, rest: Rect) {
        guard area.height >= 12 else { return (nil, area) }
        let (top, rest) = area.splitTop(MeetingTrend.height)
        return (top, rest)
    }
}
