import Wijkteam

/// The monitor over months (issue 29): each group of figures reads what it needs set-based
/// (grouped by month in SQL where it can) and fills its part of the report.
extension StoreWork {
    package func monitor(from: Month, to: Month, today: Day, step: MonitorStep? = nil) throws -> MonitorReport {
        guard from <= to else { throw WijkteamError.invalid(tr("monitor.period.order", from.description, to.description)) }
        guard from.through(to).count <= MonitorPeriod.maxMonths else {
            throw WijkteamError.invalid(tr("monitor.period.too_long", MonitorPeriod.maxMonths))
        }
        var report = MonitorReport(from: from, to: to, today: today)
        var scope = MonitorScope(shared: try sharedCases(), today: today)
        scope.step = step
        try fillFlow(&report, scope)
        try fillLeadTimes(&report, scope)
        try fillOutcome(&report, scope)
        try fillProactive(&report, scope)
        try fillLoad(&report, scope)
        try fillWaiting(&report, scope)
        return report
    }
}

/// Steps `sql` (no arguments) and hands each row's fields to the closure, by position.
package typealias MonitorStep = (String, (any OutlineFields) -> Void) throws -> Void

/// What every group of figures is computed over: the cases the reader may see (nil: all of
/// them, the team lead's view) and the day the figures are computed on.
package struct MonitorScope {
    package var shared: Set<Int>?
    package var today: Day
    /// What the report's groups of figures share once read (`MonitorCases`).
    package let memo = MonitorMemo()
    /// The engine's fastest way through a long result (SQLite: its C API); nil: `fetchMapped`.
    package var step: MonitorStep?
    package func sees(_ caseID: Int) -> Bool { shared?.contains(caseID) ?? true }
    /// The last day a month's "at the end of the month" figures look at: its last day, or today
    /// for the current month.
    package func end(of month: Month) -> Day { min(month.last, today) }
}

extension TransactionalStore {
    public func monitor(from: Month, to: Month, today: Day) throws -> MonitorReport {
        try reading { try $0.monitor(from: from, to: to, today: today) }
    }
    public func caseHistory(caseID: Int) throws -> [CaseHistoryEvent] { try reading { try $0.caseHistory(caseID: caseID) } }
}
