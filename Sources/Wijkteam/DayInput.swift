/// A date as people type it into a form or an option, in English or Dutch:
///
/// - `today` / `vandaag`, `tomorrow` / `morgen`, `overmorgen`, `yesterday` / `gisteren`;
/// - an offset: `+10d`, `+2w`, `+3m` (also `+2 weken`, `+1 maand`, `-3d`; a bare `+5` is days);
/// - a weekday: `fri`, `friday`, `vr`, `vrijdag` (any start of two letters or more that names one
///   day): the next one for a due date, the last one for a contact date, never today itself;
/// - a day and month without a year: `3-12`, `3/12`, `3.12`, `3 dec`, `3 december`: for a due
///   date the next such date (today included), for a contact date the last one (today included);
/// - a whole date: `2026-12-03`, `3-12-2026`, `03-12-26`, `3 dec 2026`.
///
/// Pure: the caller gives today. Whether the day is allowed (not in the past for a due date, not
/// after today for a journal entry) is the caller's rule, not the parser's.
public enum DayInput {
    /// Which way a date without a year, or a bare weekday, points.
    public enum Expect: Sendable {
        /// Due dates: the next such date.
        case future
        /// Contact and measurement dates: the last such date.
        case past
    }

    /// Offsets and years are bounded, so no input can overflow or leave the four-digit years.
    static let years = 1000...9999
    static let maxOffset = 9999

    public static func parse(_ text: String, today: Day, expect: Expect = .future) -> Day? {
        var t = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while t.hasSuffix(".") { t.removeLast() }
        guard !t.isEmpty, t.count <= 40 else { return nil }
        if let n = words[t] { return today.adding(days: n) }
        if let day = offset(t, today: today) { return day }
        if let w = weekday(t) {
            let delta = (w - today.weekday + 7) % 7
            switch expect {
            case .future: return today.adding(days: delta == 0 ? 7 : delta)
            case .past:
                let back = (today.weekday - w + 7) % 7
                return today.adding(days: -(back == 0 ? 7 : back))
            }
        }
        return calendarDate(t, today: today, expect: expect)
    }

    /// The day spelled out in the language shown, e.g. "vr 11 dec 2026" or "Fri 11 Dec 2026".
    public static func spelled(_ day: Day) -> String {
        let c = day.components
        let weekdays = tr("input.date.weekdays").split(separator: " ")
        let months = tr("input.date.months").split(separator: " ")
        guard weekdays.count == 7, months.count == 12 else { return day.description }
        return "\(weekdays[day.weekday]) \(c.day) \(months[c.month - 1]) \(c.year)"
    }

    /// What a field's text means, for beside the field: "→ vr 11 dec 2026", or that it is not
    /// (yet) a date; nil while the field is empty.
    public static func meaning(_ text: String, today: Day, expect: Expect = .future) -> String? {
        guard !text.allSatisfy(\.isWhitespace) else { return nil }
        guard let day = parse(text, today: today, expect: expect) else { return tr("input.date.unknown") }
        return "→ " + spelled(day)
    }

    /// The forms a date may take, for a hint or an error.
    public static var forms: String { tr("input.date.forms") }

    // MARK: The parts

    private static let words: [String: Int] = [
        "today": 0, "vandaag": 0, "tomorrow": 1, "morgen": 1, "overmorgen": 2,
        "yesterday": -1, "gisteren": -1, "eergisteren": -2,
    ]

    private static let dayUnits: Set<String> = ["", "d", "day", "days", "dag", "dagen"]
    private static let weekUnits: Set<String> = ["w", "wk", "wks", "week", "weeks", "weken"]
    private static let monthUnits: Set<String> = ["m", "mo", "mon", "month", "months", "mnd", "maand", "maanden"]

    /// `+10d`, `+2w`, `+3m`, `-1 week`.
    private static func offset(_ t: String, today: Day) -> Day? {
        guard let sign = t.first, sign == "+" || sign == "-" else { return nil }
        let rest = t.dropFirst().drop { $0 == " " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let n = Int(digits), n <= maxOffset else { return nil }
        let unit = String(rest.dropFirst(digits.count).drop { $0 == " " })
        let signed = sign == "-" ? -n : n
        let result: Day?
        if dayUnits.contains(unit) {
            result = today.adding(days: signed)
        } else if weekUnits.contains(unit) {
            result = today.adding(days: 7 * signed)
        } else if monthUnits.contains(unit) {
            result = addingMonths(signed, to: today)
        } else {
            return nil
        }
        guard let result, years.contains(result.year) else { return nil }
        return result
    }

    /// The same day of the month `n` months on, or the month's last day when it is shorter.
    private static func addingMonths(_ n: Int, to day: Day) -> Day? {
        let c = day.components
        let index = c.year * 12 + (c.month - 1) + n
        let year = index / 12, month = index % 12 + 1
        guard years.contains(year) else { return nil }
        return Day(year: year, month: month, day: min(c.day, Day.daysIn(month: month, year: year)))
    }

    /// Monday first, as `Day.weekday` counts.
    private static let weekdayNames: [[String]] = [
        ["monday", "maandag"], ["tuesday", "dinsdag"], ["wednesday", "woensdag"], ["thursday", "donderdag"],
        ["friday", "vrijdag"], ["saturday", "zaterdag"], ["sunday", "zondag"],
    ]

    /// The weekday a word names: any start of two letters or more of a day's name, in either
    /// language ("vr", "fri", "vrij", "donderdag"), when it names only one day.
    private static func weekday(_ t: String) -> Int? {
        guard t.count >= 2, t.allSatisfy(\.isLetter) else { return nil }
        let hits = Set(weekdayNames.indices.filter { i in weekdayNames[i].contains { $0.hasPrefix(t) } })
        return hits.count == 1 ? hits.first : nil
    }

    private static let monthNames: [[String]] = [
        ["january", "januari"], ["february", "februari"], ["march", "maart", "mrt"], ["april"], ["may", "mei"],
        ["june", "juni"], ["july", "juli"], ["august", "augustus"], ["september"], ["october", "oktober"],
        ["november"], ["december"],
    ]

    /// A month by its number or its name (the first three letters or more, in either language).
    private static func month(_ part: Substring) -> Int? {
        if part.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard part.count <= 2, let m = Int(part), (1...12).contains(m) else { return nil }
            return m
        }
        let word = String(part)
        guard word.count >= 3 else { return nil }
        let hits = Set(monthNames.indices.filter { i in monthNames[i].contains { $0.hasPrefix(word) } })
        return hits.count == 1 ? hits.first! + 1 : nil
    }

    private static func number(_ part: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(part)
    }

    /// `2026-12-03`, `3-12-2026`, `3-12-26`, `3-12`, `3/12`, `3.12`, `3 dec`, `3 december 2026`.
    private static func calendarDate(_ t: String, today: Day, expect: Expect) -> Day? {
        let parts = t.split { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " }
        switch parts.count {
        case 3:
            if parts[0].count == 4 {
                guard let y = number(parts[0], digits: 4...4), let m = month(parts[1]), let d = number(parts[2], digits: 1...2) else { return nil }
                return checked(y, m, d)
            }
            guard let d = number(parts[0], digits: 1...2), let m = month(parts[1]) else { return nil }
            if let y = number(parts[2], digits: 4...4) { return checked(y, m, d) }
            if let y = number(parts[2], digits: 2...2) { return checked(2000 + y, m, d) }
            return nil
        case 2:
            guard let d = number(parts[0], digits: 1...2), let m = month(parts[1]) else { return nil }
            // The next (or last) such date; a 29 February waits for a leap year.
            let y = today.year
            switch expect {
            case .future:
                for year in y...(y + 8) {
                    if let day = checked(year, m, d), day >= today { return day }
                }
            case .past:
                for year in stride(from: y, through: y - 8, by: -1) {
                    if let day = checked(year, m, d), day <= today { return day }
                }
            }
            return nil
        default:
            return nil
        }
    }

    private static func checked(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        guard years.contains(y) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
