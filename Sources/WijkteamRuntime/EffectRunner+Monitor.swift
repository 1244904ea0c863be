import Wijkteam
import WijkteamScreens

/// The monitor over months (issue 29): the view's period and the meeting's trend (this month
/// against the last, only the groups it shows) are one store read each; a refusal (a period too long) comes back as a
/// message for the view that asked.
extension EffectRunner {
    func runMonitor(_ request: MonitorRequest) -> ShellEvent {
        do {
            return .monitorLoaded(request, try store.monitor(from: request.from, to: request.to, today: today, groups: request.groups))
        } catch {
            return .monitorFailed(request, "\(error)")
        }
    }
}
