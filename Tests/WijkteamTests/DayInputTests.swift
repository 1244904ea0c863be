import Testing
@testable import Wijkteam

/// Dates as people type them (item 20 of issue #20): words, offsets, weekdays, day-month and
/// whole dates, in English and Dutch, and the day spelled out beside the field.
@Suite struct DayInputTests {
    /// A Friday.
    let today = Day("2026-11-20")!

    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }
    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }

    func due(_ text: String) -> String? { DayInput.parse(text, today: today, expect: .future)?.description }
    func contact(_ text: String) -> String? { DayInput.parse(text, today: today, expect: .past)?.description }

    @Test(arguments: [
        ("today", "2026-11-20"), ("vandaag", "2026-11-20"), ("  Today ", "2026-11-20"), ("VANDAAG", "2026-11-20"),
        ("tomorrow", "2026-11-21"), ("morgen", "2026-11-21"), ("overmorgen", "2026-11-22"),
        ("yesterday", "2026-11-19"), ("gisteren", "2026-11-19"),
        ("+10d", "2026-11-30"), ("+2w", "2026-12-04"), ("+6w", "2027-01-01"), ("+2 weken", "2026-12-04"), ("+ 3 dagen", "2026-11-23"),
        ("+5", "2026-11-25"), ("-3d", "2026-11-17"), ("+1m", "2026-12-20"), ("+3 maanden", "2027-02-20"), ("+1 week", "2026-11-27"),
    ])
    func wordsAndOffsets(_ text: String, _ expected: String) {
        #expect(due(text) == expected)
    }

    @Test func aMonthOnFromTheThirtyFirstIsTheMonthsLastDay() {
        #expect(DayInput.parse("+1m", today: Day("2027-01-31")!)?.description == "2027-02-28")
        #expect(DayInput.parse("+1m", today: Day("2028-01-31")!)?.description == "2028-02-29")
        #expect(DayInput.parse("+1m", today: Day("2026-12-15")!)?.description == "2027-01-15")
    }

    /// Today is a Friday: "fri" for a due date is next week's, for a contact date last week's.
    @Test(arguments: [
        ("fri", "2026-11-27", "2026-11-13"), ("vr", "2026-11-27", "2026-11-13"), ("vrijdag", "2026-11-27", "2026-11-13"),
        ("Friday", "2026-11-27", "2026-11-13"), ("vr.", "2026-11-27", "2026-11-13"),
        ("mon", "2026-11-23", "2026-11-16"), ("ma", "2026-11-23", "2026-11-16"), ("maandag", "2026-11-23", "2026-11-16"),
        ("di", "2026-11-24", "2026-11-17"), ("tue", "2026-11-24", "2026-11-17"),
        ("wo", "2026-11-25", "2026-11-18"), ("wed", "2026-11-25", "2026-11-18"),
        ("do", "2026-11-26", "2026-11-19"), ("thu", "2026-11-26", "2026-11-19"), ("donderdag", "2026-11-26", "2026-11-19"),
        ("za", "2026-11-21", "2026-11-14"), ("sat", "2026-11-21", "2026-11-14"),
        ("zo", "2026-11-22", "2026-11-15"), ("sun", "2026-11-22", "2026-11-15"),
    ])
    func weekdays(_ text: String, _ next: String, _ last: String) {
        #expect(due(text) == next)
        #expect(contact(text) == last)
    }

    @Test(arguments: [
        // The next such date for a due date (today included), the last one for a contact date.
        ("3-12", "2026-12-03", "2025-12-03"), ("3/12", "2026-12-03", "2025-12-03"), ("3.12", "2026-12-03", "2025-12-03"),
        ("20-11", "2026-11-20", "2026-11-20"), ("19-11", "2027-11-19", "2026-11-19"), ("1-1", "2027-01-01", "2026-01-01"),
        ("3 dec", "2026-12-03", "2025-12-03"), ("3 december", "2026-12-03", "2025-12-03"), ("11 maart", "2027-03-11", "2026-03-11"),
        ("11 mrt", "2027-03-11", "2026-03-11"), ("1 mei", "2027-05-01", "2026-05-01"), ("1 may", "2027-05-01", "2026-05-01"),
        ("5 okt", "2027-10-05", "2026-10-05"), ("5 oct", "2027-10-05", "2026-10-05"),
        ("29-2", "2028-02-29", "2024-02-29"),
        // Whole dates mean themselves.
        ("2026-12-11", "2026-12-11", "2026-12-11"), ("11-12-2026", "2026-12-11", "2026-12-11"), ("11-12-26", "2026-12-11", "2026-12-11"),
        ("3 dec 2027", "2027-12-03", "2027-12-03"), ("2025-01-31", "2025-01-31", "2025-01-31"),
    ])
    func dayAndMonth(_ text: String, _ next: String, _ last: String) {
        #expect(due(text) == next)
        #expect(contact(text) == last)
    }

    @Test(arguments: ["", "   ", "soon", "d", "m", "t", "ma-di", "31-11", "32-1", "0-5", "3-13", "2026-02-29", "2026-13-01",
                      "+", "+2x", "+99999d", "+9999999999999999999999d", "12345-01-01", "0999-01-01", "3 xyz", "3 ju",
                      "2026-1-1-1", "+2w3", "\u{1B}[2J", "vandaag!", "tomorrow tomorrow"])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(due(text) == nil)
        #expect(contact(text) == nil)
    }

    @Test func aBoundlessOffsetCannotLeaveTheFourDigitYears() {
        #expect(DayInput.parse("+9999m", today: Day("9990-01-01")!) == nil)
        #expect(DayInput.parse("+9999w", today: Day("9990-01-01")!) == nil)
        #expect(DayInput.parse("+9999d", today: today)?.description == "2054-04-06")
    }

    @Test func theDayIsSpelledOutInTheLanguageShown() {
        let day = Day("2026-12-11")!
        #expect(dutch { DayInput.spelled(day) } == "vr 11 dec 2026")
        #expect(english { DayInput.spelled(day) } == "Fri 11 Dec 2026")
        #expect(dutch { DayInput.meaning("+3w", today: today) } == "→ vr 11 dec 2026")
        #expect(english { DayInput.meaning("3 dec", today: today) } == "→ Thu 3 Dec 2026")
        #expect(dutch { DayInput.meaning("vr", today: today) } == "→ vr 27 nov 2026")
        #expect(english { DayInput.meaning("tomorrow", today: today) } == "→ Sat 21 Nov 2026")
        #expect(DayInput.meaning("  ", today: today) == nil)
        #expect(dutch { DayInput.meaning("soms", today: today) } == "→ ? nog geen datum")
        #expect(english { DayInput.meaning("soon", today: today) } == "→ ? not a date yet")
        #expect(english { DayInput.forms }.contains("fri"))
        #expect(dutch { DayInput.forms }.contains("vr"))
    }

    /// Both languages are understood whatever language the screens speak.
    @Test func bothLanguagesAreReadInEitherLanguage() {
        for text in ["vrijdag", "friday", "morgen", "tomorrow", "3 mrt", "3 mar"] {
            #expect(dutch { DayInput.parse(text, today: today) } == english { DayInput.parse(text, today: today) })
            #expect(DayInput.parse(text, today: today) != nil)
        }
    }
}
