import TerminalKit
import Wijkteam

/// What a monitor read is for: the monitor view's period, or the meeting's trend line (this
/// month against the last). The answer names its request, so an answer to a period no longer
/// asked for (keys pressed quickly) is left aside.
public struct MonitorRequest: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable { case view, meetingTrend }
    public var from: Month
    public var to: Month
    public var purpose: Purpose
    public init(from: Month, to: Month, purpose: Purpose) { self.from = from; self.to = to; self.purpose = purpose }
    /// The figures the purpose shows: the view every group, the trend its three.
    public var groups: MonitorGroups { purpose == .view ? .all : .meetingTrend }

    /// The meeting's trend: last month and this one, up to today.
    public static func meetingTrend(today: Day) -> MonitorRequest {
        let this = Month(today)
        return MonitorRequest(from: this.previous, to: this, purpose: .meetingTrend)
    }
}

/// The monitor view (9) and the meeting's trend: their figures are read by the runtime when
/// the view is shown and when the data changes, never by a screen.
extension Shell {
    public internal(set) var monitor: MonitorScreen {
        get { view(MonitorScreen.self) }
        set { setView(newValue) }
        _modify { let i = Self.slot(MonitorScreen.self); var v = takeView(MonitorScreen.self, at: i); defer { views[i] = v }; yield &v }
    }

    /// The monitor reads the view on screen needs now: the monitor's period, or the meeting's trend
    /// (unless it was asked for since the data last changed).
    mutating func monitorLoads() -> [Effect] {
        guard let s = snapshot, case .tab(let t) = routes.last else { return [] }
        if t == .monitor { return [.loadMonitor(monitor.request(today: s.today))] }
        if t == .meeting, !meetingTrendAsked {
            meetingTrendAsked = true
            return [.loadMonitor(.meetingTrend(today: s.today))]
        }
        return []
    }

    mutating func reactToMonitor(_ event: ShellEvent) -> Reaction {
        switch event {
        case .monitorLoaded(let request, let report):
            switch request.purpose {
            case .view: return monitor.loaded(request, report) ? .redraw : .none
            case .meetingTrend:
                meeting.trend = MeetingTrend(report)
                return .redraw
            }
        case .monitorFailed(let request, let text):
            switch request.purpose {
            case .view:
                guard monitor.failed(request, text) else { return .none }
                return say(text, .error)
            case .meetingTrend:
                meeting.trend = MeetingTrend(failure: text)
                meetingTrendAsked = false  // the next visit tries again
                return .redraw
            }
        default:
            return .none
        }
    }
}
