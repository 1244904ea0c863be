/// One set of rules for what the app accepts, whichever way the data enters: the district
/// loader (`wijkteam init`), the forms, and the command line. Pure functions; each throws
/// `WijkteamError.invalid` with a message that says what is wrong (the loader adds file and line).
///
/// The limits (also in the README, *Validation*):
/// - names (people, households, ties, staff, providers): 1 to `nameLength` characters, no control
///   characters (a NUL, a line break, an escape);
/// - free text (notes, questions, descriptions): at most `textLength` characters and no NUL
///   (line breaks, tabs and other characters are text); a journal entry at most
///   `JournalEntry.maxLength`; a learning note at most `learningNoteLength`;
/// - birth years: from `maxAge` years before the reference day up to its year;
/// - waiting weeks: `waitingWeeks`;
/// - dates of what happened (journal, ZRM): not after the reference day (today), not before the
///   case opened; a new follow-up is due from today up to `followUpYearsAhead` years ahead.
public enum Validation {
    public static let nameLength = 200
    public static let textLength = 4000
    public static let learningNoteLength = 8000
    public static let maxAge = 120
    public static let waitingWeeks = 0...104
    public static let followUpYearsAhead = 5

    /// A name: not empty, not longer than `nameLength`, no control characters.
    public static func name(_ name: String, what: String = tr("validation.what.name")) throws {
        guard !name.trimmed.isEmpty else { throw WijkteamError.invalid(tr("validation.name.empty", what)) }
        if let c = name.unicodeScalars.first(where: isControl) {
            throw WijkteamError.invalid(tr("validation.name.control", what, describe(c)))
        }
        guard name.count <= nameLength else {
            throw WijkteamError.invalid(tr("validation.too_long", what, nameLength, name.count))
        }
    }

    /// Free text: no NUL (it would cut the text where it is stored), at most `max` characters;
    /// `required` refuses empty text.
    public static func text(_ text: String, what: String, max: Int = textLength, required: Bool = false) throws {
        if required, text.trimmed.isEmpty { throw WijkteamError.invalid(tr("validation.text.empty", what)) }
        if text.unicodeScalars.contains("\u{0}") { throw WijkteamError.invalid(tr("validation.text.nul", what)) }
        // Counting characters of a 10 MB text takes long; its UTF-8 size bounds the count from above.
        guard text.utf8.count <= max || text.count <= max else {
            throw WijkteamError.invalid(tr("validation.too_long", what, max, text.count))
        }
    }

    /// A birth year a living person can have on `today`.
    public static func birthYear(_ year: Int, today: Day) throws {
        let range = (today.year - maxAge)...today.year
        guard range.contains(year) else {
            throw WijkteamError.invalid(tr("validation.birth_year", year, range.lowerBound, range.upperBound))
        }
    }

    /// A house number (1 to 99999) and its addition (at most 10 letters, digits, spaces or dashes).
    public static func houseNumber(_ number: String, _ addition: String) throws {
        guard let n = Int(number), (1...99_999).contains(n), String(n) == number else {
            throw WijkteamError.invalid(tr("validation.house_number", number))
        }
        guard addition.count <= 10, addition.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) else {
            throw WijkteamError.invalid(tr("validation.addition", addition))
        }
    }

    /// A language as the household speaks it: a two- or three-letter code (nl, tr, ar, tir).
    public static func language(_ code: String) throws {
        guard (2...3).contains(code.count), code.allSatisfy({ ("a"..."z").contains($0) }) else {
            throw WijkteamError.invalid(tr("validation.language", code))
        }
    }

    /// A buurt of the district (`district.yaml`'s `buurten`).
    public static func buurt(_ buurt: String, of buurten: [String]) throws {
        guard buurten.contains(buurt) else {
            throw WijkteamError.invalid(tr("validation.buurt", buurt, buurten.joined(separator: ", ")))
        }
    }

    public static func waitingWeeks(_ weeks: Int) throws {
        guard waitingWeeks.contains(weeks) else { throw WijkteamError.invalid(tr("invalid.provision.waiting_weeks", weeks)) }
    }

    /// A date of something that happened: not after `today`, not before `notBefore` (the case's opening).
    public static func happened(_ date: Day, what: String, today: Day, notBefore opened: Day? = nil) throws {
        guard date <= today else { throw WijkteamError.invalid(tr("validation.date.future", what, date, today)) }
        if let opened, date < opened { throw WijkteamError.invalid(tr("invalid.journal.before_case", date, opened)) }
    }

    /// The latest due date a new follow-up may have.
    public static func latestDue(today: Day) -> Day {
        let c = today.components
        return Day(year: c.year + followUpYearsAhead, month: c.month, day: min(c.day, 28)) ?? today.adding(days: 365 * followUpYearsAhead)
    }

    /// A new follow-up (or action) is due from today up to `followUpYearsAhead` years ahead.
    public static func followUpDue(_ due: Day, today: Day) throws {
        guard due >= today else { throw WijkteamError.invalid(tr("invalid.decision.due_past", due)) }
        let latest = latestDue(today: today)
        guard due <= latest else {
            throw WijkteamError.invalid(tr("validation.due.far", due, followUpYearsAhead, latest))
        }
    }

    /// A follow-up as recorded in a district file: it may be overdue (past), but not due before
    /// its case opened nor more than `followUpYearsAhead` years ahead.
    public static func recordedDue(_ due: Day, today: Day, caseOpened: Day) throws {
        if due < caseOpened { throw WijkteamError.invalid(tr("invalid.journal.before_case", due, caseOpened)) }
        let latest = latestDue(today: today)
        guard due <= latest else { throw WijkteamError.invalid(tr("validation.due.far", due, followUpYearsAhead, latest)) }
    }

    /// A ZRM score is for an adult on the day of the measurement.
    public static func zrmPerson(_ person: Person, on date: Day) throws {
        guard person.isAdult(on: date) else {
            throw WijkteamError.invalid(tr("invalid.zrm.not_adult", person.name, person.age(on: date)))
        }
    }

    /// A whole number given on the command line or in a file, within `range`.
    public static func number(_ value: Int, _ what: String, in range: ClosedRange<Int>) throws {
        guard range.contains(value) else {
            throw WijkteamError.invalid(tr("validation.number", what, range.lowerBound, range.upperBound, value))
        }
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }

    static func describe(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
