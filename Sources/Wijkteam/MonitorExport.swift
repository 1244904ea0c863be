/// The monitor as it leaves the team (`wijkteam monitor --json|--csv|--md` and its plain text):
/// one row per figure and measure, one cell per month, with small numbers suppressed. Small
/// numbers identify people, so:
/// - a count about 1–9 households is suppressed (`small`); zero is shown: it identifies no one;
/// - a derived figure (median, 90th percentile, longest, share, mean change) over 1–9
///   households is suppressed (`smallBase`); over none it has no value;
/// - a share is suppressed with its numerator;
/// - where parts add up to a shown total (signals per source; within the norm and over it;
///   improved, same and worse; households reached and not; follow-ups on time and late; closed
///   with and without a final measurement), a part suppressed alone could be computed as the
///   total minus the rest. Then the smallest other part that is shown and not zero is
///   suppressed too (`complement`), or the total when there is none. A part that is not
///   exported (the complement: over the norm, late, not reached) counts as hidden.
/// Free text is never exported: close reasons name people, so `cases_closed` has its total only.
/// Team figures that are not about households (weighted load, capacity, regisseurs over
/// capacity) are shown as they are.
public struct MonitorExport: Hashable, Sendable {
    public enum Suppression: String, Hashable, Sendable, Codable {
        /// A count about 1–9 households.
        case small = "small_count"
        /// A derived figure over 1–9 households.
        case smallBase = "small_base"
        /// Hidden so that a small part cannot be computed from the shown total.
        case complement
    }

    public struct Cell: Hashable, Sendable {
        /// The value; nil when suppressed, or when there is nothing to compute (a median of none).
        public var value: Double?
        public var suppressed: Suppression?
        public init(_ value: Double?, suppressed: Suppression? = nil) {
            self.value = suppressed == nil ? value : nil
            self.suppressed = suppressed
        }
    }

    public struct Row: Hashable, Sendable {
        public var figure: MonitorFigure
        /// What of the figure the row holds: "total", a source, "median_days", a domain's "improved"…
        public var measure: String
        /// Whole numbers (counts, days) rather than a fraction (a share, a mean, a load).
        public var whole: Bool
        /// One per month of the report, in order.
        public var cells: [Cell]
    }

    public var from: Month
    public var to: Month
    public var today: Day
    public var months: [Month]
    public var rows: [Row]
    /// The longest current waits, in days only (longest first): no case, no provision, no provider.
    public var longestWaitDays: [Int]

    public init(_ report: MonitorReport) {
        from = report.from; to = report.to; today = report.today
        months = report.months.map(\.month)
        // Every month has the same measures in the same order (every source, stage and life domain).
        let perMonth = report.months.map(Self.rows)
        rows = (perMonth.first ?? []).indices.map { i in
            let first = perMonth[0][i]
            return Row(figure: first.figure, measure: first.measure, whole: first.whole, cells: perMonth.map { $0[i].cell })
        }
        longestWaitDays = report.longestWaits.map(\.days)
    }

    /// The rows of one figure.
    public func rows(of figure: MonitorFigure) -> [Row] { rows.filter { $0.figure == figure } }

    // MARK: One month

    struct Entry {
        var figure: MonitorFigure
        var measure: String
        var whole = true
        var cell: Cell
    }

    static func count(_ n: Int) -> Cell { Cell(Double(n), suppressed: MonitorSuppression.suppresses(households: n) ? .small : nil) }

    /// A figure derived over `base` households: no value over none, suppressed over 1–9.
    static func derived(_ value: Double?, base: Int) -> Cell {
        if base == 0 { return Cell(nil) }
        return Cell(value.map(rounded), suppressed: base < MonitorSuppression.minimum ? .smallBase : nil)
    }

    /// `part` out of `base`, suppressed with its numerator or over 1–9 households.
    static func share(_ part: Cell, base: Int, partValue: Int) -> Cell {
        let cell = derived(base == 0 ? nil : Double(partValue) / Double(base), base: base)
        return part.suppressed != nil && cell.suppressed == nil ? Cell(nil, suppressed: .smallBase) : cell
    }

    static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    static func rows(_ m: MonitorMonth) -> [Entry] { flowRows(m) + careRows(m) }

    /// Inflow and outflow, lead times and the ZRM outcome.
    static func flowRows(_ m: MonitorMonth) -> [Entry] {
        var out: [Entry] = []
        func add(_ f: MonitorFigure, _ measure: String, _ cell: Cell, whole: Bool = true) {
            out.append(Entry(figure: f, measure: measure, whole: whole, cell: cell))
        }
        let flow = m.flow
        var total = count(flow.signals)
        var sources = SignalSource.allCases.map { count(flow.bySource[$0.rawValue] ?? 0) }
        let listed = SignalSource.allCases.reduce(0) { $0 + (flow.bySource[$1.rawValue] ?? 0) }
        protect(
            total: &total, parts: &sources, values: SignalSource.allCases.map { flow.bySource[$0.rawValue] ?? 0 },
            hidden: [flow.signals - listed])
        add(.signalsIn, "total", total)
        for (source, cell) in zip(SignalSource.allCases, sources) { add(.signalsIn, source.rawValue, cell) }
        add(.signalsIn, "registrations", count(flow.registrations))
        // The same number as the vroegsignalering source: hidden where that is.
        let vroeg = sources[SignalSource.allCases.firstIndex(of: .vroegsignalering)!]
        let sameAsSource = flow.vroegsignalering == (flow.bySource[SignalSource.vroegsignalering.rawValue] ?? 0)
        add(.vroegsignalering, "total", sameAsSource ? vroeg : count(flow.vroegsignalering))
        add(.casesOpened, "total", count(flow.casesOpened))
        add(.casesOpened, "reopened", count(flow.reopened))
        // Closed with and without a final measurement add up to the closed total (`cases_closed`).
        let o = m.outcome
        var closed = count(o.closed)
        var without = [count(o.withoutFinal)]
        protect(total: &closed, parts: &without, values: [o.withoutFinal], hidden: [o.closed - o.withoutFinal])
        add(.casesClosed, "total", o.closed == flow.casesClosed && closed.suppressed != nil ? closed : count(flow.casesClosed))
        // Lead times.
        for lead in m.leadTimes {
            let f = figure(lead.stage)
            var n = count(lead.count)
            var within: [Cell] = []
            if lead.stage.normDays != nil {
                let w = lead.withinNorm ?? 0
                within = [count(w)]
                protect(total: &n, parts: &within, values: [w], hidden: [lead.count - w])
            }
            add(f, "count", n)
            add(f, "median_days", derived(lead.medianDays.map(Double.init), base: lead.count))
            add(f, "p90_days", derived(lead.p90Days.map(Double.init), base: lead.count))
            if let cell = within.first {
                add(f, "within_norm", cell)
                add(f, "within_norm_share", share(cell, base: lead.count, partValue: lead.withinNorm ?? 0), whole: false)
            }
            add(f, "estimated", count(lead.estimated))
        }
        add(.closedWithoutFinal, "total", without[0])
        // Every life domain, measured or not: the same rows every month and every time.
        for domain in LifeDomain.allCases {
            let d = o.domains.first { $0.domain == domain } ?? MonitorDomainChange(domain: domain)
            var measured = count(d.measured)
            var parts = [d.improved, d.same, d.worse].map(count)
            protect(
                total: &measured, parts: &parts, values: [d.improved, d.same, d.worse], hidden: [d.measured - d.improved - d.same - d.worse]
            )
            let key = d.domain.rawValue
            add(.zrmOutcome, key + ".measured", measured)
            add(.zrmOutcome, key + ".improved", parts[0])
            add(.zrmOutcome, key + ".same", parts[1])
            add(.zrmOutcome, key + ".worse", parts[2])
            add(.zrmOutcome, key + ".mean_change", derived(d.meanChange, base: d.measured), whole: false)
        }
        return out
    }

    /// Prevention and outreaching, load and waiting.
    static func careRows(_ m: MonitorMonth) -> [Entry] {
        var out: [Entry] = []
        func add(_ f: MonitorFigure, _ measure: String, _ cell: Cell, whole: Bool = true) {
            out.append(Entry(figure: f, measure: measure, whole: whole, cell: cell))
        }
        let p = m.proactive
        add(.contactsMade, "total", count(p.contactsMade))
        var open = count(p.openHouseholds)
        var reached = [count(p.householdsReached)]
        protect(total: &open, parts: &reached, values: [p.householdsReached], hidden: [p.openHouseholds - p.householdsReached])
        add(.householdsReached, "total", reached[0])
        add(.householdsReached, "open_households", open)
        add(.householdsReached, "share", share(reached[0], base: p.openHouseholds, partValue: p.householdsReached), whole: false)
        var due = count(p.followUpsDue)
        var onTime = [count(p.followUpsOnTime)]
        protect(total: &due, parts: &onTime, values: [p.followUpsOnTime], hidden: [p.followUpsDue - p.followUpsOnTime])
        add(.followUpsOnTime, "due", due)
        add(.followUpsOnTime, "on_time", onTime[0])
        add(.followUpsOnTime, "share", share(onTime[0], base: p.followUpsDue, partValue: p.followUpsOnTime), whole: false)
        // Load: the team's, not about households.
        add(.teamLoad, "weighted", Cell(rounded(m.load.weighted)), whole: false)
        add(.teamLoad, "capacity", Cell(rounded(m.load.capacity)), whole: false)
        add(.teamLoad, "ratio", Cell(m.load.capacity > 0 ? rounded(m.load.weighted / m.load.capacity) : nil), whole: false)
        add(.regisseursOverCapacity, "total", Cell(Double(m.load.overCapacity)))
        // Waiting.
        let w = m.waiting
        add(.waiting, "provisions", count(w.waiting))
        add(.waiting, "households", count(w.households))
        add(.waiting, "median_days", derived(w.medianDays.map(Double.init), base: w.households))
        add(.waiting, "longest_days", derived(w.longestDays.map(Double.init), base: w.households))
        return out
    }

    static func figure(_ stage: LeadStage) -> MonitorFigure {
        switch stage {
        case .registrationToTriage: .leadRegistrationTriage
        case .registrationToKeukentafel: .leadRegistrationKeukentafel
        case .keukentafelToPlan: .leadKeukentafelPlan
        }
    }

    /// Complementary suppression of parts adding up to `total` (`hidden`: the parts not exported).
    /// When exactly one part is hidden or suppressed and it is 1–9, the total minus the rest
    /// would give it: the smallest other shown part that is not zero is suppressed too, or the
    /// total when there is none.
    static func protect(total: inout Cell, parts: inout [Cell], values: [Int], hidden: [Int]) {
        guard total.suppressed == nil else { return }
        let hiddenParts = zip(parts, values).filter { $0.0.suppressed != nil }.map(\.1) + hidden.filter { $0 > 0 }
        guard hiddenParts.count == 1, MonitorSuppression.suppresses(households: hiddenParts[0]) else { return }
        let candidates = parts.indices.filter { parts[$0].suppressed == nil && values[$0] > 0 }
        if let i = candidates.min(by: { values[$0] < values[$1] }) {
            parts[i] = Cell(nil, suppressed: .complement)
        } else {
            total = Cell(nil, suppressed: .complement)
        }
    }
}
