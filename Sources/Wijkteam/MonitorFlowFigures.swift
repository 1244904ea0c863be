/// The pure part of the monitor's inflow/outflow, lead times and ZRM outcome (issue 29, part 2):
/// the store reads the period's facts, these functions turn them into the month's figures.

/// One lead time: from its start day to its end day (attributed to the end's month).
public struct MonitorLeadSample: Hashable, Sendable {
    public var start: Day
    public var end: Day
    /// Either end is a history row marked `estimated`.
    public var estimated: Bool
    public init(start: Day, end: Day, estimated: Bool = false) { self.start = start; self.end = end; self.estimated = estimated }
    public var days: Int { start.days(until: end) }
}

/// What the stage lead times of one case read: its opening day, its signals' days, its phase
/// rows in the order they were recorded (day, then row), and the day its plan was agreed.
public struct MonitorLeadFacts: Hashable, Sendable {
    public var caseID: Int
    public var opened: Day
    public var signals: [Day]
    public var phases: [CaseHistoryEvent]
    public var planAgreed: Day?
    public init(caseID: Int, opened: Day, signals: [Day] = [], phases: [CaseHistoryEvent], planAgreed: Day? = nil) {
        self.caseID = caseID; self.opened = opened; self.signals = signals; self.phases = phases; self.planAgreed = planAgreed
    }
}

/// One closing of a case (a case closed, reopened and closed again has two).
public struct MonitorClosing: Hashable, Sendable {
    public var caseID: Int
    public var day: Day
    /// The close reason, trimmed ("" when none is stored for this closing).
    public var reason: String
    public var opened: Day
    public init(caseID: Int, day: Day, reason: String, opened: Day) {
        self.caseID = caseID; self.day = day; self.reason = reason; self.opened = opened
    }
}

/// A measured ZRM score (not carried forward) of a member of the case's household.
public struct MonitorMemberScore: Hashable, Sendable {
    public var personID: Int
    public var domain: LifeDomain
    public var date: Day
    public var score: Int
    /// The day the member left the household (moved out, died), nil while a member.
    public var leftOn: Day?
    public init(personID: Int, domain: LifeDomain, date: Day, score: Int, leftOn: Day? = nil) {
        self.personID = personID; self.domain = domain; self.date = date; self.score = score; self.leftOn = leftOn
    }
}

public enum MonitorFlowFigures {
    // MARK: Ranks

    /// The nearest-rank percentile (`p` in 1…100): the smallest value with at least p% of the
    /// values at or below it; nil for no values.
    public static func percentile(_ p: Int, of values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = max(1, (p * sorted.count + 99) / 100)
        return sorted[min(rank, sorted.count) - 1]
    }

    /// The median as the nearest-rank 50th percentile (of an even count, the lower middle one).
    public static func median(_ values: [Int]) -> Int? { percentile(50, of: values) }

    /// Things grouped by the month of their day, only the months asked for.
    public static func byMonth<T>(_ items: [T], months: [Month], day: (T) -> Day) -> [Month: [T]] {
        var out: [Month: [T]] = [:]
        guard let first = months.first?.first, let last = months.last?.last else { return out }
        for item in items {
            let d = day(item)
            guard first <= d, d <= last else { continue }
            out[Month(d), default: []].append(item)
        }
        return out
    }

    // MARK: Lead times

    /// One stage's lead times (of one month): count, median, 90th percentile, within the norm,
    /// estimated. A lead time whose end lies before its start (contradicting days) is not counted.
    public static func leadTime(_ stage: LeadStage, _ samples: [MonitorLeadSample]) -> MonitorLeadTime {
        let kept = samples.filter { $0.days >= 0 }
        let days = kept.map(\.days)
        var out = MonitorLeadTime(stage: stage)
        out.count = kept.count
        out.medianDays = median(days)
        out.p90Days = percentile(90, of: days)
        out.withinNorm = stage.normDays.map { norm in days.count { $0 <= norm } }
        out.estimated = kept.count(where: \.estimated)
        return out
    }

    /// A stay of a case: from its opening (or reopening) to its closing.
    struct Stay {
        /// The day the stay before it closed (nil for the first stay).
        var previousClose: Day?
        var start: Day
        var startEstimated: Bool
        /// The stay's first keukentafelgesprek row.
        var keukentafel: CaseHistoryEvent?
        var closed: Day?
    }

    /// The case's stays: the first from its opening day, each later one from the first phase row
    /// after an `afgesloten` row (the reopening).
    static func stays(_ f: MonitorLeadFacts) -> [Stay] {
        var out = [Stay(previousClose: nil, start: f.opened, startEstimated: false)]
        var reopening = false
        for e in f.phases {
            guard let phase = e.phase else { continue }
            if phase == .afgesloten {
                out[out.count - 1].closed = e.on
                reopening = true
                continue
            }
            if reopening {
                out.append(Stay(previousClose: out[out.count - 1].closed, start: e.on, startEstimated: e.source.isEstimated))
                reopening = false
            }
            if phase == .keukentafelgesprek, out[out.count - 1].keukentafel == nil { out[out.count - 1].keukentafel = e }
        }
        return out
    }

    /// Registration → keukentafelgesprek, one per stay that reached it: from the stay's earliest
    /// signal (dated after the previous closing, on or before the conversation) — else the
    /// stay's start (the case's opening day; a reopening's row) — to the stay's first
    /// keukentafelgesprek row.
    public static func registrationToKeukentafel(_ f: MonitorLeadFacts) -> [MonitorLeadSample] {
        stays(f).compactMap { s in
            guard let k = s.keukentafel else { return nil }
            let signal = f.signals.filter { d in d <= k.on && s.previousClose.map { d > $0 } ?? true }.min()
            return MonitorLeadSample(
                start: signal ?? s.start, end: k.on, estimated: k.source.isEstimated || (signal == nil && s.startEstimated))
        }
    }

    /// Keukentafelgesprek → plan agreed: from the first keukentafelgesprek row of the stay the
    /// plan was agreed in (the last stay with such a row on or before the agreed day, not closed
    /// before it) to the agreed day.
    public static func keukentafelToPlan(_ f: MonitorLeadFacts) -> [MonitorLeadSample] {
        guard let agreed = f.planAgreed else { return [] }
        let stay = stays(f).last { s in (s.keukentafel.map { $0.on <= agreed } ?? false) && (s.closed.map { $0 >= agreed } ?? true) }
        guard let k = stay?.keukentafel else { return [] }
        return [MonitorLeadSample(start: k.on, end: agreed, estimated: k.source.isEstimated)]
    }

    // MARK: Outcome

    /// One closed case's ZRM outcome: per life domain, the mean over its members of their last
    /// minus their first measured score within the case's life (opened … the closing day; a
    /// member who left only up to the day they left), counting members measured on two days or
    /// more in that domain; and whether any member was measured on two days (a final measurement).
    public static func caseChange(_ c: MonitorClosing, _ scores: [MonitorMemberScore]) -> (changes: [LifeDomain: Double], hasFinal: Bool) {
        // Member by member, each member's scores by day (stable: the same day's in the order
        // given): the first seen in a domain is its first, the last seen its last. Grouping by
        // member and domain in dictionaries and sets was most of the outcome's time on a city.
        let within = scores.filter { s in
            s.date >= c.opened && s.date <= c.day && (s.leftOn.map { s.date <= $0 } ?? true)
        }.sorted { ($0.personID, $0.date) < ($1.personID, $1.date) }
        let domains = LifeDomain.allCases.count
        var sum = [Int](repeating: 0, count: domains), members = [Int](repeating: 0, count: domains)
        var hasFinal = false
        var start = within.startIndex
        while start < within.endIndex {
            let person = within[start].personID
            var end = start
            while end < within.endIndex, within[end].personID == person { end += 1 }
            if within[end - 1].date > within[start].date { hasFinal = true }
            var first = [MonitorMemberScore?](repeating: nil, count: domains), last = first
            for s in within[start..<end] {
                guard let d = LifeDomain.allCases.firstIndex(of: s.domain) else { continue }
                if first[d] == nil { first[d] = s }
                last[d] = s
            }
            for d in 0..<domains {
                guard let f = first[d], let l = last[d], l.date > f.date else { continue }
                sum[d] += l.score - f.score
                members[d] += 1
            }
            start = end
        }
        var changes: [LifeDomain: Double] = [:]
        for (d, domain) in LifeDomain.allCases.enumerated() where members[d] > 0 {
            changes[domain] = Double(sum[d]) / Double(members[d])
        }
        return (changes, hasFinal)
    }

    /// The outcome of the cases closed in one month (`scores` by case id): per life domain
    /// measured at both ends in at least one case (ZRM order), how many improved (a mean change
    /// above 0), stayed the same or got worse, and the mean of the cases' changes.
    public static func outcome(_ closings: [MonitorClosing], scores: [Int: [MonitorMemberScore]]) -> MonitorOutcome {
        var out = MonitorOutcome()
        out.closed = closings.count
        var perDomain: [LifeDomain: [Double]] = [:]
        for c in closings {
            let (changes, hasFinal) = caseChange(c, scores[c.caseID] ?? [])
            if !hasFinal { out.withoutFinal += 1 }
            for (d, change) in changes { perDomain[d, default: []].append(change) }
        }
        out.domains = LifeDomain.allCases.compactMap { d in
            guard let changes = perDomain[d] else { return nil }
            var m = MonitorDomainChange(domain: d)
            m.measured = changes.count
            m.improved = changes.count { $0 > 0 }
            m.same = changes.count { $0 == 0 }
            m.worse = changes.count { $0 < 0 }
            m.meanChange = changes.reduce(0, +) / Double(changes.count)
            return m
        }
        return out
    }
}
