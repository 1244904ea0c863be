/// A calendar date without a time of day or time zone: due dates, contact dates, birth years.
/// Stored as days since 1970-01-01 so comparisons and differences are plain integer maths.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// Returns nil for impossible dates (2026-02-30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.daysSinceEpoch = Day.civilToDays(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` strictly.
    /// Reads the ten bytes directly: a city's board parses tens of thousands of dates on load,
    /// and a string split (a generic substring search) made that a quarter of the load time.
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ Day(utf8: $0) }) else { return nil }
        self = day
    }

    /// The same from bytes (a database column's text, without making a String of it).
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        // Each digit's value by wrapping subtraction (a non-digit wraps to 10 or more), checked
        // at once: the monitor parses a few hundred thousand stored days per report.
        let zero = UInt8(ascii: "0")
        let d0 = b[0] &- zero, d1 = b[1] &- zero, d2 = b[2] &- zero, d3 = b[3] &- zero
        let m0 = b[5] &- zero, m1 = b[6] &- zero, a0 = b[8] &- zero, a1 = b[9] &- zero
        guard max(max(max(d0, d1), max(d2, d3)), max(max(m0, m1), max(a0, a1))) < 10 else { return nil }
        let year = Int(d0) * 1000 + Int(d1) * 100 + Int(d2) * 10 + Int(d3)
        self.init(year: year, month: Int(m0) * 10 + Int(m1), day: Int(a0) * 10 + Int(a1))
    }

    public var components: (year: Int, month: Int, day: Int) { Day.daysToCivil(daysSinceEpoch) }
    public var year: Int { components.year }

    public var description: String {
        let c = components
        guard (0...9999).contains(c.year) else {
            return String(format4: c.year) + "-" + String(format2: c.month) + "-" + String(format2: c.day)
        }
        // Ten ASCII bytes written at once: the agenda writes thousands of days per build.
        return String(unsafeUninitializedCapacity: 10) { b in
            func digits(_ value: Int, at start: Int, count: Int) {
                var value = value
                for k in (start..<start + count).reversed() {
                    b[k] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            digits(c.year, at: 0, count: 4)
            b[4] = UInt8(ascii: "-")
            digits(c.month, at: 5, count: 2)
            b[7] = UInt8(ascii: "-")
            digits(c.day, at: 8, count: 2)
            return 10
        }
    }

    public func adding(days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }
    public func days(until other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// 0 = Monday … 6 = Sunday.
    public var weekday: Int { ((daysSinceEpoch % 7) + 7 + 3) % 7 }

    public static func < (a: Day, b: Day) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "not a date (YYYY-MM-DD): \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func civilToDays(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func daysToCivil(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

extension Day {
    /// The date as lists and cards show it, beside `today`: "28-11" in today's year; a date in
    /// another year shows that year, "29-12-25" (two digits, zero-padded: 2000 is "-00") within
    /// 50 years of today, all four digits further away ("31-12-9999"), so a far date still
    /// reads as a date.
    public func shortText(today: Day) -> String {
        let c = components
        let dayMonth = String(format2: c.day) + "-" + String(format2: c.month)
        if c.year == today.year { return dayMonth }
        if abs(c.year - today.year) < 50, c.year >= 0 { return dayMonth + "-" + String(format2: c.year % 100) }
        return dayMonth + "-" + String(format4: c.year)
    }

    /// Weekday, day and month in the current language: "Thu 3 Dec", "do 3 dec".
    public var weekdayDayMonth: String {
        guard let names = Day.shortNames[Language.current] else { return description }
        let c = components
        return "\(names.weekdays[weekday]) \(c.day) \(names.months[c.month - 1])"
    }

    /// Makes the names below now, so that the first day shown does not (`WarmUp`).
    public static func prepareNames() { _ = shortNames }

    /// Each language's short weekday (Monday first) and month names, split once: the agenda and
    /// the triage view ask for thousands of days, and splitting both lists at every ask was a
    /// tenth of building a city's agenda. A language whose lists are not 7 and 12 names has none
    /// (its days are shown as `YYYY-MM-DD`).
    private static let shortNames: [Language: (weekdays: [String], months: [String])] = {
        var names: [Language: (weekdays: [String], months: [String])] = [:]
        for language in Language.allCases {
            let weekdays = Strings.table.text("day.weekdays.short", in: language).split(separator: " ").map(String.init)
            let months = Strings.table.text("day.months.short", in: language).split(separator: " ").map(String.init)
            if weekdays.count == 7, months.count == 12 { names[language] = (weekdays, months) }
        }
        return names
    }()
}

extension String {
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
    init(format4 n: Int) {
        switch n {
        case 1000...: self = "\(n)"
        case 100...: self = "0\(n)"
        case 10...: self = "00\(n)"
        default: self = "000\(n)"
        }
    }
}
