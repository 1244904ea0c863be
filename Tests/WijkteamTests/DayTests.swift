import Testing
@testable import Wijkteam

@Suite struct DayTests {
    @Test func parsesAndPrintsISODates() throws {
        let d = try #require(Day("2026-11-20"))
        #expect(d.description == "2026-11-20")
        #expect(d.components.month == 11)
        #expect(Day("1970-01-01")?.daysSinceEpoch == 0)
        #expect(Day("2000-03-01")!.days(until: Day("2000-02-28")!) == -2) // 2000 was a leap year
    }

    // Every digit position with a character just below "0" and just above "9", a sign, a
    // space: the bytes are checked by wrapping subtraction, all eight at once.
    @Test(arguments: [
        "2026-02-29", "2026-13-01", "2026-1-1", "20261120", "", "2026-11-31", "yesterday", "/026-11-20", "2:26-11-20", "20/6-11-20",
        "202:-11-20", "2026-/1-20", "2026-1:-20", "2026-11-/0", "2026-11-2:", "+026-11-20", "2026-11- 2", "2026-00-10", "2026-11-00",
        "2026_11_20",
    ])
    func rejectsImpossibleDates(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func arithmeticAndWeekday() {
        let friday = Day("2026-11-20")!
        #expect(friday.weekday == 4)
        #expect(friday.adding(days: 14).description == "2026-12-04")
        #expect(friday.adding(days: 42).description == "2027-01-01")
        #expect(Day("2024-02-28")!.adding(days: 1).description == "2024-02-29")
    }

    /// Issue #20, item 12: around New Year, in 2000 and far away a short date reads as a date.
    @Test func shortTextShowsTheYearOfAnotherYearWhole() {
        let newYear = Day("2026-01-01")!, oldYear = Day("2025-12-31")!
        #expect(oldYear.shortText(today: newYear) == "31-12-25")
        #expect(newYear.shortText(today: oldYear) == "01-01-26")
        #expect(oldYear.shortText(today: oldYear) == "31-12")
        #expect(Day("2025-01-01")!.shortText(today: oldYear) == "01-01")
        #expect(Day("2000-06-15")!.shortText(today: newYear) == "15-06-00")
        #expect(Day("2009-02-03")!.shortText(today: newYear) == "03-02-09")
        #expect(Day("9999-12-31")!.shortText(today: newYear) == "31-12-9999")
        #expect(Day("1900-01-01")!.shortText(today: newYear) == "01-01-1900")
        #expect(Day("0001-01-01")!.shortText(today: newYear) == "01-01-0001")
    }

    @Test func weekdayDayAndMonthFollowTheLanguage() {
        let d = Day("2026-12-03")!  // a Thursday
        #expect(Language.$scoped.withValue(.en) { d.weekdayDayMonth } == "Thu 3 Dec")
        #expect(Language.$scoped.withValue(.nl) { d.weekdayDayMonth } == "do 3 dec")
        #expect(Language.$scoped.withValue(.en) { Day("2027-01-03")!.weekdayDayMonth } == "Sun 3 Jan")
        #expect(Language.$scoped.withValue(.nl) { Day("2026-11-23")!.weekdayDayMonth } == "ma 23 nov")
    }

    @Test func roundTripsEveryDayOverCenturies() {
        var d = Day("1899-12-25")!
        for _ in 0..<60_000 {
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
            d = d.adding(days: 7)
        }
    }
}

@Suite struct CardSearchBytesTests {
    @Test func bytesMatchWhereCharactersMatch() {
        #expect(CardSearchText.contains(Array("şahin".utf8), Array("ahin".utf8)))
        #expect(CardSearchText.contains(Array("şahin".utf8), Array("ş".utf8)))
        #expect(!CardSearchText.contains(Array("sahin".utf8), Array("ş".utf8)))
        #expect(!CardSearchText.contains(Array("ab".utf8), Array("abc".utf8)))
        #expect(CardSearchText.contains(Array("abc".utf8), []))
    }

    /// The eight-bytes-at-a-time search finds what a byte-by-byte one finds, at every length
    /// and offset (a match in the last bytes, in the first, across an eight-byte boundary, none).
    @Test func theWordAtATimeSearchFindsWhatAPlainSearchFinds() {
        func plain(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
            guard !needle.isEmpty else { return true }
            guard needle.count <= hay.count else { return false }
            return (0...(hay.count - needle.count)).contains { Array(hay[$0..<($0 + needle.count)]) == needle }
        }
        var random = SplitMix64(seed: 28)
        let alphabet = Array("abł\u{1}\u{80}\u{FF}".utf8) + [0, 0x80, 0xFF, 0x7F]
        var found = 0
        for _ in 0..<4_000 {
            let hay = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let needle = (0..<Int(random.next() % 4)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let expected = plain(hay, needle)
            #expect(CardSearchText.contains(hay, needle) == expected, "\(hay) \(needle)")
            if expected && !needle.isEmpty { found += 1 }
        }
        #expect(found > 500)  // matches were among the cases compared, not only misses
        for length in 1...24 {
            for at in 0..<length {
                var hay = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                hay[at] = UInt8(ascii: "z")
                let index = hay.withUnsafeBufferPointer {
                    CardSearchText.firstIndex(of: UInt8(ascii: "z"), in: $0.baseAddress!, from: 0, through: length - 1)
                }
                #expect(index == at)
            }
        }
    }

    /// Each card's words are found at its position only (the first and the last included), and
    /// nothing past the last card.
    @Test func eachCardIsSearchedInItsOwnTextOnly() {
        func card(_ id: Int, _ name: String, _ street: String) -> CaseCard {
            CaseCard(
                case: makeCase(id, regisseur: nil), householdName: name, buurt: "B", street: street, lastContact: nil, nextFollowUp: nil,
                proactiveKinds: [])
        }
        let cards = [card(1, "Alpha", "Eerste"), card(2, "Bravo", "Tweede"), card(3, "Charlie", "Derde")]
        let text = CardSearchText(cards)
        #expect(text.contains(at: 0, all: [Array("alpha".utf8)]) && !text.contains(at: 0, all: [Array("bravo".utf8)]))
        #expect(text.contains(at: 1, all: [Array("bravo".utf8), Array("tweede".utf8)]))
        #expect(text.contains(at: 2, all: [Array("charlie".utf8)]) && !text.contains(at: 2, all: [Array("tweede".utf8)]))
        #expect(!text.contains(at: 3, all: [Array("charlie".utf8)]))
    }

    @Test func strictDatesStayStrict() {
        for text in ["2026-1-05", "2026-01-5", "+026-01-05", "2026-01-05 ", "２０２６-01-05", "2026/01/05", ""] {
            #expect(Day(text) == nil, "\(text)")
        }
        #expect(Day("2026-12-31")?.description == "2026-12-31")
    }

    /// The day as text, written as ten bytes at once, is what the formatting of each part gave:
    /// every day from 1899 to 2101, and the years a four-digit field cannot hold.
    @Test func everyDayPrintsAsItsParts() {
        func parts(_ d: Day) -> String {
            let c = d.components
            return String(format4: c.year) + "-" + String(format2: c.month) + "-" + String(format2: c.day)
        }
        var day = Day(year: 1899, month: 1, day: 1)!
        while day.year < 2102 {
            #expect(day.description == parts(day))
            if day.description != parts(day) { break }
            day = day.adding(days: 1)
        }
        let edges = [
            Day(year: 0, month: 1, day: 1)!, Day(year: 9999, month: 12, day: 31)!, Day(year: 10_000, month: 1, day: 1)!,
            Day(year: -1, month: 12, day: 31)!, Day(daysSinceEpoch: 0),
        ]
        for d in edges {
            #expect(d.description == parts(d))
            #expect(Day(d.description) == ((0...9999).contains(d.year) ? d : nil))
        }
        #expect(Day(year: 9999, month: 12, day: 31)!.description == "9999-12-31")
        #expect(Day(year: 0, month: 3, day: 7)!.description == "0000-03-07")
    }
}
