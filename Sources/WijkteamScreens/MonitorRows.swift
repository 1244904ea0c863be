import TerminalKit
import Wijkteam

/// One figure of the monitor as the view shows it: a value per month for the sparkline (nil:
/// nothing to show that month), the same as numbers (the wide layout shows them; a screen
/// reader reads them), the latest month's number and the period's total, median or share.
struct MonitorRow: Sendable, Equatable {
    var values: [Double?]
    var perMonth: [String]
    var latest: String
    var period: String
    /// The period's figure needs attention (lead times past the norm, load over capacity).
    var warns = false

    static let none = "—"

    static func count(_ n: Int) -> String { String(n) }
    static func days(_ n: Int?) -> String { n.map { tr("screens.monitor.days", $0) } ?? none }
    static func percent(_ part: Int, of whole: Int) -> String {
        whole > 0 ? "\(Int((Double(part) / Double(whole) * 100).rounded()))%" : none
    }
    static func percent(_ share: Double?) -> String { share.map { "\(Int(($0 * 100).rounded()))%" } ?? none }
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted(), m = s.count / 2
        return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
    }

    /// A count per month: the latest month's and the period's total.
    static func counts(_ r: MonitorReport, _ value: (MonitorMonth) -> Int) -> MonitorRow {
        let v = r.months.map(value)
        return MonitorRow(
            values: v.map(Double.init), perMonth: v.map(count), latest: v.last.map(count) ?? none,
            period: tr("screens.monitor.total", v.reduce(0, +)))
    }

    /// A share per month (part of whole): the latest month's and the period's (summed parts
    /// over summed wholes when `summable`, else the median month's).
    static func shares(_ r: MonitorReport, summable: Bool, _ value: (MonitorMonth) -> (Int, Int)) -> MonitorRow {
        let v = r.months.map(value)
        let shares = v.map { $0.1 > 0 ? Double($0.0) / Double($0.1) : nil }
        let latest = v.last.map { "\($0.0)/\($0.1) " + percent($0.0, of: $0.1) } ?? none
        let period: String
        if summable {
            let part = v.reduce(0) { $0 + $1.0 }, whole = v.reduce(0) { $0 + $1.1 }
            period = "\(part)/\(whole) " + percent(part, of: whole)
        } else {
            period = tr("screens.monitor.median", percent(median(shares.compactMap { $0 })))
        }
        return MonitorRow(values: shares, perMonth: shares.map { percent($0) }, latest: latest, period: period)
    }

    static func make(_ f: MonitorFigure, _ r: MonitorReport) -> MonitorRow {
        switch f {
        case .signalsIn: counts(r) { $0.flow.signals }
        case .vroegsignalering: counts(r) { $0.flow.vroegsignalering }
        case .casesOpened: counts(r) { $0.flow.casesOpened }
        case .casesClosed: counts(r) { $0.flow.casesClosed }
        case .leadRegistrationTriage: lead(r, .registrationToTriage)
        case .leadRegistrationKeukentafel: lead(r, .registrationToKeukentafel)
        case .leadKeukentafelPlan: lead(r, .keukentafelToPlan)
        case .zrmOutcome: outcome(r)
        case .closedWithoutFinal: withoutFinal(r)
        case .contactsMade: counts(r) { $0.proactive.contactsMade }
        case .householdsReached: shares(r, summable: false) { ($0.proactive.householdsReached, $0.proactive.openHouseholds) }
        case .followUpsOnTime: shares(r, summable: true) { ($0.proactive.followUpsOnTime, $0.proactive.followUpsDue) }
        case .teamLoad: load(r)
        case .regisseursOverCapacity: overCapacity(r)
        case .waiting: waiting(r)
        case .longestWaits: longest(r)
        }
    }

    static func withoutFinal(_ r: MonitorReport) -> MonitorRow {
        var row = counts(r) { $0.outcome.withoutFinal }
        let without = r.months.reduce(0) { $0 + $1.outcome.withoutFinal }
        row.period = tr("screens.monitor.of", without, r.months.reduce(0) { $0 + $1.outcome.closed })
        return row
    }

    static func overCapacity(_ r: MonitorReport) -> MonitorRow {
        var row = counts(r) { $0.load.overCapacity }
        let people = r.regisseurs.filter { !$0.overCapacity.isEmpty }.count
        row.period = trCount("screens.monitor.people", people)
        row.warns = people > 0
        return row
    }

    static func longest(_ r: MonitorReport) -> MonitorRow {
        let v = r.months.map(\.waiting.longestDays)
        let longest = v.compactMap { $0 }.max()
        return MonitorRow(
            values: v.map { $0.map(Double.init) }, perMonth: v.map { $0.map(count) ?? none },
            latest: days(v.last ?? nil), period: tr("screens.monitor.max", days(longest)))
    }

    /// A lead time: the median per month; the latest month's median and 90th percentile; the
    /// period's number of lead times and, where the law sets a norm, the share within it.
    static func lead(_ r: MonitorReport, _ stage: LeadStage) -> MonitorRow {
        let v = r.months.map { m in m.leadTimes.first { $0.stage == stage } ?? MonitorLeadTime(stage: stage) }
        let medians = v.map { $0.count > 0 ? $0.medianDays : nil }
        let last = v.last
        let latest =
            last.map { $0.count > 0 ? tr("screens.monitor.lead.latest", days($0.medianDays), days($0.p90Days)) : none } ?? none
        let n = v.reduce(0) { $0 + $1.count }
        var row = MonitorRow(
            values: medians.map { $0.map(Double.init) }, perMonth: medians.map { $0.map(count) ?? none }, latest: latest,
            period: tr("screens.monitor.lead.period", n))
        if let norm = stage.normDays {
            let within = v.reduce(0) { $0 + ($1.withinNorm ?? 0) }
            row.period = tr("screens.monitor.lead.period.norm", n, percent(within, of: n), norm)
            row.warns = within < n
        }
        return row
    }

    /// The ZRM outcome: the share of domain measurements improved per month; the latest month's
    /// and the period's improved / same / worse.
    static func outcome(_ r: MonitorReport) -> MonitorRow {
        func totals(_ ds: [MonitorDomainChange]) -> (Int, Int, Int, Int) {
            ds.reduce((0, 0, 0, 0)) { ($0.0 + $1.improved, $0.1 + $1.same, $0.2 + $1.worse, $0.3 + $1.measured) }
        }
        let v = r.months.map { totals($0.outcome.domains) }
        func text(_ t: (Int, Int, Int, Int)) -> String { tr("screens.monitor.outcome.counts", t.0, t.1, t.2) }
        let all = totals(r.months.flatMap(\.outcome.domains))
        let shares = v.map { $0.3 > 0 ? Double($0.0) / Double($0.3) : nil }
        return MonitorRow(
            values: shares, perMonth: shares.map { percent($0) }, latest: v.last.map(text) ?? none, period: text(all))
    }

    /// Load against capacity: the ratio per month; the latest month's load/capacity; the median month's ratio.
    static func load(_ r: MonitorReport) -> MonitorRow {
        let ratios = r.months.map { $0.load.capacity > 0 ? $0.load.weighted / $0.load.capacity : nil }
        let last = r.months.last?.load
        let latest = last.map { Format.load($0.weighted) + "/" + Format.load($0.capacity) } ?? none
        var row = MonitorRow(
            values: ratios, perMonth: ratios.map { percent($0) }, latest: latest,
            period: tr("screens.monitor.median", percent(median(ratios.compactMap { $0 }))))
        row.warns = ratios.contains { ($0 ?? 0) > 1 }
        return row
    }

    static func waiting(_ r: MonitorReport) -> MonitorRow {
        let v = r.months.map(\.waiting)
        let latest = v.last.map { tr("screens.monitor.waiting.latest", $0.waiting, $0.households) } ?? none
        let med = median(v.map { Double($0.waiting) }).map { Format.load($0) } ?? none
        return MonitorRow(
            values: v.map { Double($0.waiting) }, perMonth: v.map { count($0.waiting) }, latest: latest,
            period: tr("screens.monitor.median", med))
    }
}
