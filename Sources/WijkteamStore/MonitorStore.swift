import Wijkteam

/// The monitor over months (issue 29): each group of figures asked for reads what it needs (what
/// several groups share, such as the cases with their history and the signals, once per report:
/// `MonitorMemo`) and fills its part of the report.
extension StoreWork {
    package func monitor(from: Month, to: Month, today: Day, groups: MonitorGroups = .all, step: MonitorStep? = nil) throws
        -> MonitorReport
    {
        guard from <= to else { throw WijkteamError.invalid(tr("monitor.period.order", from.description, to.description)) }
        guard from.through(to).count <= MonitorPeriod.maxMonths else {
            throw WijkteamError.invalid(tr("monitor.period.too_long", MonitorPeriod.maxMonths))
        }
        var report = MonitorReport(from: from, to: to, today: today)
        var scope = MonitorScope(shared: try sharedCases(), today: today)
        scope.step = step
        if groups.contains(.flow) { try fillFlow(&report, scope) }
        if groups.contains(.leadTimes) { try fillLeadTimes(&report, scope) }
        if groups.contains(.outcome) { try fillOutcome(&report, scope) }
        if groups.contains(.proactive) { try fillProactive(&report, scope) }
        if groups.contains(.load) { try fillLoad(&report, scope) }
        if groups.contains(.waiting) { try fillWaiting(&report, scope) }
        return report
    }
}

/// Steps `sql` (no arguments) and hands each row's fields to the closure, by position.
package typealias MonitorStep = (String, (any OutlineFields) -> Void) throws -> Void

/// One of the monitor's long reads: its columns (an expression each, named) and the rest of the
/// statement. The period's days are written into the SQL (`Day.sqlLiteral`: digits and dashes
/// only), so the engine's fastest reader, which takes no arguments, can step it.
struct MonitorQuery {
    let columns: [(expression: String, name: String)]
    let rest: String
    var sql: String { "SELECT " + columns.map { "\($0.expression) AS \($0.name)" }.joined(separator: ", ") + " " + rest }
    var names: [String] { columns.map(\.name) }
}

/// A vocabulary's values by their position, and their stored text as bytes (for
/// `OutlineFields.code`), made once per read.
struct VocabularyCodes<V: Vocabulary> {
    let all = Array(V.allCases)
    let bytes = V.allCases.map { Array($0.rawValue.utf8) }
    /// The value at `code` (nil for -1: a stored value no case has).
    subscript(code: Int) -> V? { all.indices.contains(code) ? all[code] : nil }
}

extension Day {
    /// The day as an SQL string literal ('2026-11-20').
    var sqlLiteral: String { "'\(description)'" }
}

extension StoreWork {
    /// Steps `query` and hands each row by position: with the engine's fastest reader where the
    /// scope has one (SQLite's C API), else mapped by the columns' names.
    func monitorRows(_ scope: MonitorScope, _ query: MonitorQuery, _ take: (any OutlineFields) -> Void) throws {
        if let step = scope.step {
            try step(query.sql, take)
        } else {
            let names = query.names
            _ = try db.fetchMapped(query.sql, []) { take(NamedOutlineRow(row: $0, names: names)) }
        }
    }
}

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
    public func monitor(from: Month, to: Month, today: Day, groups: MonitorGroups) throws -> MonitorReport {
        try reading { try $0.monitor(from: from, to: to, today: today, groups: groups) }
    }
    public func caseHistory(caseID: Int) throws -> [CaseHistoryEvent] { try reading { try $0.caseHistory(caseID: caseID) } }
}
