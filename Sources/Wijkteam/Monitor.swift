/// The team's monitor over months (issue 29): inflow and outflow, lead times against the legal
/// norms, the ZRM outcome of closed cases, prevention and outreaching work done, load against
/// capacity and waiting for provisions. The store reads the facts; these types hold the figures
/// per month. Every figure is computed from stored dates (`CaseHistoryEvent`), never typed.

/// A calendar month ("2026-11").
public struct Month: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year; self.month = month
    }
    /// The month a day falls in.
    public init(_ day: Day) {
        let c = day.components
        year = c.year; month = c.month
    }
    /// "YYYY-MM"; nil for anything else (`2026-13`, `26-01`, `2026-1`).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(year: y, month: m)
    }

    public var first: Day { Day(year: year, month: month, day: 1)! }
    public var last: Day { next.first.adding(days: -1) }
    public var next: Month { month == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: month + 1)! }
    public var previous: Month { month == 1 ? Month(year: year - 1, month: 12)! : Month(year: year, month: month - 1)! }
    public func contains(_ day: Day) -> Bool { first <= day && day <= last }
    /// Every month from this one through `end` (empty when `end` is earlier).
    public func through(_ end: Month) -> [Month] {
        var months: [Month] = [], m = self
        while m <= end { months.append(m); m = m.next }
        return months
    }
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let m = Month(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: text))
        }
        self = m
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// The months a monitor covers: by default the twelve months up to and including today's.
public enum MonitorPeriod {
    public static let defaultMonths = 12
    /// The longest period one monitor shows (ten years): a longer one is refused.
    public static let maxMonths = 120
    public static func lastTwelve(today: Day) -> (from: Month, to: Month) {
        let to = Month(today)
        var from = to
        for _ in 1..<defaultMonths { from = from.previous }
        return (from, to)
    }
}

// MARK: - Case history (phase changes and regisseurs over time)

public enum CaseHistoryKind: String, Vocabulary {
    case phase, regisseur
    public var label: String { rawValue }
}

/// Where a dated history row comes from; only `estimated` is a guess.
public enum CaseHistorySource: String, Vocabulary {
    /// Recorded by the app when it happened (v17 on).
    case app
    /// Back-filled from an access-log row that names the change.
    case accessLog = "access_log"
    /// Back-filled from a journal entry that tells it.
    case journal
    /// Back-filled from another stored day (triage decision, plan agreed, case closed).
    case record
    /// Nothing tells the day: the best guess, counted apart in the figures.
    case estimated
    public var label: String { rawValue }
    public var isEstimated: Bool { self == .estimated }
}

/// One dated event in a case's life: the phase it entered, or the regisseur it got.
public struct CaseHistoryEvent: Hashable, Sendable, Codable {
    // Stored in this order, the one-byte fields last: 40 bytes a row, not 48 (the monitor holds
    // every history row of the period's cases: 173,000 at 100,000 households).
    public var caseID: Int
    /// The phase's raw value, or the regisseur's staff id (nil: no regisseur).
    public var value: String? { didSet { phase = Self.phase(kind, value) } }
    public var on: Day
    public var kind: CaseHistoryKind { didSet { phase = Self.phase(kind, value) } }
    public var source: CaseHistorySource
    /// The phase a phase row entered (nil for a regisseur row, or a value no phase has), parsed
    /// once: the monitor asks it of every row of a city's history, several times.
    public private(set) var phase: Phase?

    public init(caseID: Int, kind: CaseHistoryKind, value: String?, on: Day, source: CaseHistorySource) {
        self.caseID = caseID; self.kind = kind; self.value = value; self.on = on; self.source = source
        phase = Self.phase(kind, value)
    }

    /// A phase row whose phase is known already (a store reading its column).
    public init(caseID: Int, entered phase: Phase, on: Day, source: CaseHistorySource) {
        self.caseID = caseID; kind = .phase; value = phase.rawValue; self.on = on; self.source = source
        self.phase = phase
    }

    private static func phase(_ kind: CaseHistoryKind, _ value: String?) -> Phase? {
        kind == .phase ? value.flatMap(Phase.init) : nil
    }

    private enum CodingKeys: String, CodingKey { case caseID, kind, value, on, source }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            caseID: try c.decode(Int.self, forKey: .caseID), kind: try c.decode(CaseHistoryKind.self, forKey: .kind),
            value: try c.decodeIfPresent(String.self, forKey: .value), on: try c.decode(Day.self, forKey: .on),
            source: try c.decode(CaseHistorySource.self, forKey: .source))
    }
}
