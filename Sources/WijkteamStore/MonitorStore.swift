import Wijkteam

/// The monitor over months (issue 29): each group of figures asked for reads what it needs (what
/// several groups share, such as the cases with their history and the signals, once per report:
/// `MonitorMemo`) and fills its part of the report.
extension StoreWork {
    /// The report. `alongside` (SQLite: the rest of the reads, made on a second connection at the
    /// same time, `SQLiteStore.monitor`) is asked for once the cases are read; whatever it does
    /// not hand over is read here.
    package func monitor(
        from: Month, to: Month, today: Day, groups: MonitorGroups = .all, step: MonitorStep? = nil,
        alongside: (() throws -> MonitorMemo)? = nil
    ) throws -> MonitorReport {
        try MonitorPeriod.check(from: from, to: to)
        var report = MonitorReport(from: from, to: to, today: today)
        var scope = MonitorScope(shared: try sharedCases(), today: today, groups: groups)
        scope.step = step
        // Every group counts over the cases: read first, while `alongside` reads the rest.
        if !groups.isEmpty { _ = try monitorCases(report, scope) }
        if let alongside {
            scope.memo.take(try alongside())
            try fillInTwo(&report, scope, groups)
        } else {
            try fill(&report, scope, groups)
        }
        return report
    }

    /// Fills the figures of `groups` from what the scope's memo holds (reading what it does not).
    func fill(_ report: inout MonitorReport, _ scope: MonitorScope, _ groups: MonitorGroups) throws {
        if groups.contains(.flow) { try fillFlow(&report, scope) }
        if groups.contains(.leadTimes) { try fillLeadTimes(&report, scope) }
        if groups.contains(.outcome) { try fillOutcome(&report, scope) }
        if groups.contains(.proactive) { try fillProactive(&report, scope) }
        if groups.contains(.load) { try fillLoad(&report, scope) }
        if groups.contains(.waiting) { try fillWaiting(&report, scope) }
    }

    /// The same with everything read already (both halves handed over): the lead times and the
    /// prevention figures on a second thread, the other groups on this one (a machine with two
    /// cores computes a city's year in about half the time), merged into one report. Only what
    /// the memo holds is used on the other thread: its groups must read nothing (a connection
    /// is used on one thread at a time); when the memo lacks something they need, or holds only
    /// what one thread would compute anyway, everything is computed here.
    private func fillInTwo(_ report: inout MonitorReport, _ scope: MonitorScope, _ groups: MonitorGroups) throws {
        let memo = scope.memo
        var side = groups.intersection([.leadTimes, .proactive])
        if side.contains(.leadTimes), memo.signals == nil || memo.plansAgreed == nil { side.remove(.leadTimes) }
        if side.contains(.proactive), memo.proactive == nil { side.remove(.proactive) }
        guard memo.cases != nil, !side.isEmpty, side != groups else { return try fill(&report, scope, groups) }
        let handed = UncheckedSendable((work: self, report: report, scope: scope, groups: side))
        let other = Background {
            var theirs = handed.value.report
            try handed.value.work.fill(&theirs, handed.value.scope, handed.value.groups)
            return theirs
        }
        // The closings are this thread's alone (the flow and the outcome count them; the other
        // thread's groups do not ask for them).
        let mine = Result { try fill(&report, scope, groups.subtracting(side)) }
        let theirs = try other.wait()
        try mine.get()
        for i in report.months.indices {
            if side.contains(.leadTimes) { report.months[i].leadTimes = theirs.months[i].leadTimes }
            if side.contains(.proactive) { report.months[i].proactive = theirs.months[i].proactive }
        }
    }

    /// What `groups` read besides the cases, read into a memo of its own (every row, whoever
    /// reads: the figures keep to the cases the reader sees when they are computed).
    package func monitorReadsBesideTheCases(from: Month, to: Month, today: Day, groups: MonitorGroups, step: MonitorStep?) throws
        -> MonitorMemo
    {
        try MonitorPeriod.check(from: from, to: to)
        let report = MonitorReport(from: from, to: to, today: today)
        var scope = MonitorScope(shared: nil, today: today, groups: groups)
        scope.step = step
        if !groups.intersection([.flow, .leadTimes]).isEmpty { _ = try monitorSignals(scope) }
        if groups.contains(.leadTimes) { _ = try monitorPlansAgreed(scope) }
        if groups.contains(.outcome) { _ = try monitorScores(report, scope) }
        if groups.contains(.proactive) { _ = try monitorProactiveReads(report, scope) }
        if groups.contains(.load) { _ = try monitorStaff(scope) }
        if groups.contains(.waiting) { _ = try monitorProvisionReads(report, scope) }
        return scope.memo
    }
}

extension MonitorPeriod {
    /// Refuses a period that ends before it starts or is longer than `maxMonths`.
    static func check(from: Month, to: Month) throws {
        guard from <= to else { throw WijkteamError.invalid(tr("monitor.period.order", from.description, to.description)) }
        guard from.through(to).count <= MonitorPeriod.maxMonths else {
            throw WijkteamError.invalid(tr("monitor.period.too_long", MonitorPeriod.maxMonths))
        }
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
            try eachRow(query.sql, names: query.names) { take($0) }
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
    /// Whether each case's `history` holds its phase rows as events too (the lead times need
    /// them), or only its regisseur rows, the phases being in `phaseRows` alone.
    package var phaseEvents: Bool

    /// `groups`: the figures the report fills. Only the lead times take the phase rows as events
    /// (their sources say whether a stay's start is estimated): without them the cases are read
    /// leaner (`phaseEvents` false).
    package init(shared: Set<Int>?, today: Day, groups: MonitorGroups) {
        self.shared = shared
        self.today = today
        phaseEvents = groups.contains(.leadTimes)
    }
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

/// A value handed to another thread that only reads it (see `fillInTwo`).
private struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
