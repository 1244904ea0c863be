/// A proactive contact made on an open case, on a day: what the team's done-figure counts
/// (Movisie: steer on work done, not on counts of planned work). Either a preventive or
/// outreaching follow-up completed with an outcome, on the day it was completed, or a home
/// visit in the journal of a case that is flagged (has a preventive or outreaching follow-up,
/// done or not). Planning a follow-up is no contact.
public struct ProactiveContact: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case followUp = "follow_up"
        case homeVisit = "home_visit"
    }

    public var caseID: Int
    public var day: Day
    public var kind: Kind

    public init(caseID: Int, day: Day, kind: Kind) {
        self.caseID = caseID; self.day = day; self.kind = kind
    }
}

/// One calendar month's done-figure: of the households open now whose first open case was
/// opened by the month's end, those with a proactive contact made in that month (up to today).
public struct MonthFigure: Hashable, Sendable, Codable {
    public var year: Int
    public var month: Int
    public var openHouseholds: Int
    public var reachedHouseholds: Int

    public init(year: Int, month: Int, openHouseholds: Int, reachedHouseholds: Int) {
        self.year = year; self.month = month; self.openHouseholds = openHouseholds; self.reachedHouseholds = reachedHouseholds
    }

    public var percent: Int { openHouseholds == 0 ? 0 : Int((Double(reachedHouseholds) * 100 / Double(openHouseholds)).rounded()) }
    /// "2026-12".
    public var key: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    /// The month's short name in the current language: "Dec", "dec".
    public var name: String {
        let months = tr("day.months.short").split(separator: " ")
        return months.count == 12 ? String(months[month - 1]) : key
    }

    /// The first day of the month `back` months before `day`'s.
    public static func firstDay(before day: Day, back: Int) -> Day {
        let c = day.components
        let index = c.year * 12 + (c.month - 1) - back
        return Day(year: index / 12, month: index % 12 + 1, day: 1) ?? day
    }
}

extension TeamFigures {
    /// The done-figure's window: the last 4 weeks, today included.
    public static let reachedWindowDays = 28
    /// The months the done-figure is given for: this one and the five before.
    public static let monthsShown = 6

    /// How far back the contacts for these figures go: the first day of the oldest month shown
    /// (always before the 4-week window).
    public static func contactsSince(today: Day) -> Day {
        min(today.adding(days: 1 - reachedWindowDays), MonthFigure.firstDay(before: today, back: monthsShown - 1))
    }

    /// Share of open households reached proactively in the last 4 weeks, 0…1: work done.
    public var reachedShare: Double { openHouseholds == 0 ? 0 : Double(reachedHouseholds) / Double(openHouseholds) }
    public var reachedPercent: Int { Int((reachedShare * 100).rounded()) }
    /// The planned figure by its meaning: open households with a preventive or outreaching
    /// follow-up still to do.
    public var plannedPercent: Int { proactivePercent }

    /// Households reached in the window, and per month, from contacts on open cases only; a
    /// contact dated after today is not one yet.
    static func reached(
        _ contacts: [ProactiveContact], household: (Int) -> Int?, households: HouseholdOpenings, counted: inout DistinctIDs,
        today: Day
    ) -> (Int, [MonthFigure]) {
        let windowStart = today.adding(days: 1 - reachedWindowDays)
        let starts = (0..<monthsShown).map { MonthFigure.firstDay(before: today, back: $0) }
        for i in contacts.indices where contacts[i].day <= today {
            guard let h = household(contacts[i].caseID) else { continue }
            let day = contacts[i].day
            if day >= windowStart { counted.insert(h, in: FigureSlots.window) }
            if let m = starts.firstIndex(where: { day >= $0 }) { counted.insert(h, in: FigureSlots.month(m)) }
        }
        let months = starts.enumerated().map { m, start in
            // The month's last day: the day before the next month's first (today for this month).
            let end = m == 0 ? today : starts[m - 1].adding(days: -1)
            let c = start.components
            return MonthFigure(
                year: c.year, month: c.month, openHouseholds: households.earliest.count { $0 <= end },
                reachedHouseholds: counted.count(in: FigureSlots.month(m)))
        }
        return (counted.count(in: FigureSlots.window), months)
    }
}
