/// The groups of figures one monitor read computes: every group for the view and the exports;
/// the meeting's trend needs only inflow, outreaching done and load. A group not asked for
/// keeps its empty figures in the report.
public struct MonitorGroups: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let flow = MonitorGroups(rawValue: 1 << 0)
    public static let leadTimes = MonitorGroups(rawValue: 1 << 1)
    public static let outcome = MonitorGroups(rawValue: 1 << 2)
    public static let proactive = MonitorGroups(rawValue: 1 << 3)
    public static let load = MonitorGroups(rawValue: 1 << 4)
    public static let waiting = MonitorGroups(rawValue: 1 << 5)
    public static let all: MonitorGroups = [.flow, .leadTimes, .outcome, .proactive, .load, .waiting]
    /// The meeting's trend line: signals in, proactive contacts made, load against capacity.
    public static let meetingTrend: MonitorGroups = [.flow, .proactive, .load]
}

/// The monitor's figures for a period, one `MonitorMonth` per month (see `Monitor.swift`).
/// Counts are of households unless a name says otherwise (a case is one household's); the
/// exports suppress cells about fewer than `MonitorSuppression.minimum` households.
public struct MonitorReport: Hashable, Sendable, Codable {
    public var from: Month
    public var to: Month
    /// The day the figures were computed on (the current month is counted up to it).
    public var today: Day
    public var months: [MonitorMonth]
    /// Per regisseur, the months their weighted load was over their capacity.
    public var regisseurs: [RegisseurMonths]
    /// The longest current waits for a provision (longest first), of cases the reader may see.
    public var longestWaits: [MonitorWait]

    public init(from: Month, to: Month, today: Day) {
        self.from = from; self.to = to; self.today = today
        months = from.through(to).map(MonitorMonth.init(month:))
        regisseurs = []; longestWaits = []
    }

    /// The month's figures (nil outside the period).
    public subscript(month: Month) -> MonitorMonth? {
        get { months.first { $0.month == month } }
        set {
            guard let i = months.firstIndex(where: { $0.month == month }), let newValue else { return }
            months[i] = newValue
        }
    }
}

public struct MonitorMonth: Hashable, Sendable, Codable {
    public var month: Month
    public var flow = MonitorFlow()
    /// One per `LeadStage`, in its order.
    public var leadTimes: [MonitorLeadTime] = LeadStage.allCases.map { MonitorLeadTime(stage: $0) }
    public var outcome = MonitorOutcome()
    public var proactive = MonitorProactive()
    public var load = MonitorLoad()
    public var waiting = MonitorWaiting()
    public init(month: Month) { self.month = month }
}

/// Inflow and outflow in a month.
public struct MonitorFlow: Hashable, Sendable, Codable {
    /// Signals received (by their day), all sources.
    public var signals = 0
    /// Signals per source (raw value of `SignalSource`); vroegsignalering is one of them and
    /// also counted apart in `vroegsignalering`.
    public var bySource: [String: Int] = [:]
    public var vroegsignalering = 0
    /// Signals registered at the front door (a registration, not a district file's signal).
    public var registrations = 0
    public var casesOpened = 0
    public var casesClosed = 0
    /// Cases closed per close reason (the reason as written, trimmed; "" when none).
    public var closedByReason: [String: Int] = [:]
    /// Closed cases opened again in the month.
    public var reopened = 0
    public init() {}
}

/// From which moment to which a lead time runs, and the legal norm where one exists.
public enum LeadStage: String, Vocabulary {
    /// Registration (the signal's day) → the triage decision.
    case registrationToTriage = "registration_triage"
    /// Registration → the keukentafelgesprek phase (the Wmo's six weeks for the assessment).
    case registrationToKeukentafel = "registration_keukentafelgesprek"
    /// The keukentafelgesprek phase → the plan agreed with the household.
    case keukentafelToPlan = "keukentafelgesprek_plan"
    public var label: String {
        switch self {
        case .registrationToTriage: tr("monitor.stage.registration_triage")
        case .registrationToKeukentafel: tr("monitor.stage.registration_keukentafelgesprek")
        case .keukentafelToPlan: tr("monitor.stage.keukentafelgesprek_plan")
        }
    }
    /// The legal norm in days (Wmo 2015 art. 2.3.2: the assessment within six weeks of the
    /// melding), nil where the law sets none.
    public var normDays: Int? { self == .registrationToKeukentafel ? 42 : nil }
}

/// The lead times of one stage that ended in a month (attributed to the month of their end).
public struct MonitorLeadTime: Hashable, Sendable, Codable {
    public var stage: LeadStage
    public var count = 0
    public var medianDays: Int?
    public var p90Days: Int?
    /// How many ended within the stage's norm (nil when the stage has no norm).
    public var withinNorm: Int?
    /// How many of `count` rest on an estimated day.
    public var estimated = 0
    public init(stage: LeadStage) { self.stage = stage }
}

/// The ZRM outcome of the cases closed in a month: first against last measurement per domain.
public struct MonitorOutcome: Hashable, Sendable, Codable {
    public var closed = 0
    /// Closed without a final measurement (or with only one).
    public var withoutFinal = 0
    /// One per life domain measured at both ends in at least one closed case.
    public var domains: [MonitorDomainChange] = []
    public init() {}
}

public struct MonitorDomainChange: Hashable, Sendable, Codable {
    public var domain: LifeDomain
    /// Cases with a first and a last score in this domain.
    public var measured = 0
    public var improved = 0
    public var same = 0
    public var worse = 0
    /// The mean of last − first over `measured` (nil when none).
    public var meanChange: Double?
    public init(domain: LifeDomain) { self.domain = domain }
}

/// Prevention and outreaching work done in a month.
public struct MonitorProactive: Hashable, Sendable, Codable {
    /// Proactive contacts made (done, with an outcome; home visits of flagged cases), not planned.
    public var contactsMade = 0
    /// Distinct households with such a contact in the month.
    public var householdsReached = 0
    /// Households with an open case at the month's end (the share's denominator).
    public var openHouseholds = 0
    /// Preventive and outreaching follow-ups due in the month, and of those done on or before their day.
    public var followUpsDue = 0
    public var followUpsOnTime = 0
    public init() {}
}

/// The team's weighted load against its capacity in a month (open cases on the month's last
/// day, or today for the current month, weighted as the board weighs them).
public struct MonitorLoad: Hashable, Sendable, Codable {
    public var weighted = 0.0
    public var capacity = 0.0
    /// Regisseurs over their capacity that month.
    public var overCapacity = 0
    public init() {}
}

public struct RegisseurMonths: Hashable, Sendable, Codable {
    public var staffID: StaffID
    public var name: String
    public var overCapacity: [Month]
    public init(staffID: StaffID, name: String, overCapacity: [Month]) {
        self.staffID = staffID; self.name = name; self.overCapacity = overCapacity
    }
}

/// Residents waiting for a provision at the month's end (today for the current month).
public struct MonitorWaiting: Hashable, Sendable, Codable {
    /// Provisions requested or waiting, not started.
    public var waiting = 0
    /// Distinct households among them.
    public var households = 0
    public var medianDays: Int?
    public var longestDays: Int?
    public init() {}
}

/// One of the longest current waits.
public struct MonitorWait: Hashable, Sendable, Codable {
    public var caseID: Int
    public var provisionID: Int
    public var provider: String
    public var since: Day
    public var days: Int
    public init(caseID: Int, provisionID: Int, provider: String, since: Day, days: Int) {
        self.caseID = caseID; self.provisionID = provisionID; self.provider = provider; self.since = since; self.days = days
    }
}

/// Small numbers identify people: an exported cell about fewer than `minimum` households is
/// suppressed (zero is shown: it identifies no one).
public enum MonitorSuppression {
    public static let minimum = 10
    public static func suppresses(households n: Int) -> Bool { n > 0 && n < minimum }
}
