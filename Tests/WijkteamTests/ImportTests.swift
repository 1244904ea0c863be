import Testing
@testable import Wijkteam

/// A partner's arrears rows and a caseload's rows as values: amounts and dates as spreadsheets
/// write them, and every bad value refused with `file:line: column: what is wrong`.
@Suite struct ImportTests {
    let today = Day("2026-11-20")!
    static let header = ArrearsRow.columns

    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }
    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }

    /// A table of arrears rows, the header on line 1 and each row on the next line.
    func table(_ rows: [[String]], header: [String] = header) -> ImportTable {
        ImportTable(
            file: "p.csv", header: ImportTable.Record(line: 1, fields: header),
            records: rows.enumerated().map { ImportTable.Record(line: $0.offset + 2, fields: $0.element) })
    }

    /// A good row with one column changed.
    func row(_ changes: [String: String] = [:]) -> [String] {
        let good = [
            "partner": "rent", "received": "2026-11-02", "name": "Mehmet Yılmaz", "birth_date": "1975-03-14", "postcode": "1234 AB",
            "house_number": "27", "addition": "", "months_in_arrears": "3", "amount_in_arrears": "1.234,56", "reference": "R-1",
        ]
        return Self.header.map { changes[$0] ?? good[$0]! }
    }

    /// The message a table's parse throws, in English.
    func problem(_ t: ImportTable) -> String? {
        english { (try? #require(throws: ImportError.self) { try ArrearsRow.parse(t, today: today) })?.description }
    }

    @Test(arguments: [
        ("1.234,56", 123_456), ("1234.56", 123_456), ("1234,56", 123_456), ("1,234.56", 123_456), ("1234", 123_400), ("1.234", 123_400),
        ("12,5", 1250), ("0,99", 99), ("€ 2.500", 250_000), ("€1.234.567,89", 123_456_789), (" 87 ", 8700),
    ])
    func amountsAsPartnersWriteThem(_ text: String, _ cents: Int) {
        #expect(ImportValues.cents(text) == cents)
    }

    @Test(arguments: ["", "12,3,4", "1.234,567", "12.34.56", "-5", "1234.5678", "12345.678", "twaalf", "1 234", "€", ",50"])
    func notAmounts(_ text: String) {
        #expect(ImportValues.cents(text) == nil)
    }

    @Test func datesBothWays() {
        #expect(ImportValues.day("2026-11-02")?.description == "2026-11-02")
        #expect(ImportValues.day("02-11-2026")?.description == "2026-11-02")
        #expect(ImportValues.day("2-11-2026")?.description == "2026-11-02")
        for bad in ["2026/11/02", "31-02-2026", "11-2026", "2026-13-01", "02-11-26", "morgen", ""] {
            #expect(ImportValues.day(bad) == nil, "\(bad)")
        }
    }

    @Test func aGoodRowIsRead() throws {
        let rows = try ArrearsRow.parse(table([row(["postcode": "1234ab", "received": "02-11-2026", "birth_date": ""])]), today: today)
        #expect(
            rows == [
                ArrearsRow(
                    line: 2, partner: .rent, received: Day("2026-11-02")!, name: "Mehmet Yılmaz", birthDate: nil,
                    postcode: "1234 AB", houseNumber: "27", addition: "", monthsInArrears: 3, amountInArrears: 123_456,
                    reference: "R-1")
            ])
    }

    @Test func columnsInAnyOrderAndExtraOnesIgnored() throws {
        let header = ["Note"] + Self.header.reversed() + [" Extra "]
        let fields = ["a note"] + row().reversed() + ["x"]
        let rows = try ArrearsRow.parse(table([fields], header: header.map { $0 == "partner" ? " PARTNER " : $0 }), today: today)
        #expect(rows.first?.reference == "R-1")
        #expect(rows.first?.partner == .rent)
    }

    @Test func aMissingColumnIsNamedOnLineOne() {
        #expect(problem(table([], header: Array(Self.header.dropLast()))) == "p.csv:1: column 'reference' is missing")
        #expect(
            problem(table([], header: ["partner", "name"]))?.hasPrefix("p.csv:1: columns 'received', 'birth_date', 'postcode'") == true)
    }

    @Test(arguments: [
        (["partner": "huur"], "p.csv:2: partner: 'huur' is not a partner (rent, energy, water, health_insurer, other)"),
        (["received": "2026-13-01"], "p.csv:2: received: '2026-13-01' is not a date (YYYY-MM-DD or DD-MM-YYYY)"),
        (["received": "2026-12-01"], "p.csv:2: received: the date received 2026-12-01 is after today (2026-11-20)"),
        (["birth_date": "gisteren"], "p.csv:2: birth_date: 'gisteren' is not a date (YYYY-MM-DD or DD-MM-YYYY)"),
        (["birth_date": "1850-01-01"], "p.csv:2: birth_date: birth year 1850 is not plausible (from 1906 to 2026)"),
        (["postcode": "12345"], "p.csv:2: postcode: '12345' is not a postcode (four digits and two letters: 1234 AB)"),
        (["postcode": " "], "p.csv:2: postcode: empty"),
        (["name": "  "], "p.csv:2: name: the name is empty"),
        (["name": "Ann\u{1B}[31m"], "p.csv:2: name: the name holds a control character (U+001B)"),
        (["house_number": "12a"], "p.csv:2: house_number: '12a' is not a house number (1 to 99999; an addition goes apart)"),
        (["addition": "*"], "p.csv:2: addition: '*' is not a house number addition (at most 10 letters or digits)"),
        (["months_in_arrears": "drie"], "p.csv:2: months_in_arrears: 'drie' is not a whole number of 0 or more"),
        (["months_in_arrears": "300"], "p.csv:2: months_in_arrears: 300 months in arrears is not plausible (0 to 240)"),
        (["amount_in_arrears": "12,3,4"], "p.csv:2: amount_in_arrears: '12,3,4' is not an amount in euros (1234.56 or 1.234,56)"),
        (["amount_in_arrears": "2.000.000"], "p.csv:2: amount_in_arrears: an arrears of € 2000000 is not plausible (at most € 1,000,000)"),
        (["reference": ""], "p.csv:2: reference: the reference is empty"),
    ])
    func everyBadValueIsNamedWithItsLineAndColumn(_ change: [String: String], _ message: String) {
        #expect(problem(table([row(change)])) == message)
    }

    @Test func theFirstBadRowIsReportedAtItsOwnLine() {
        let rows = [row(), row(["reference": "R-2"]), row(["reference": "R-3", "postcode": "0123 AB"])]
        #expect(problem(table(rows)) == "p.csv:4: postcode: '0123 AB' is not a postcode (four digits and two letters: 1234 AB)")
    }

    @Test func theSameReferenceTwiceIsRefusedAtTheSecondLine() throws {
        #expect(problem(table([row(), row(["name": "Elif Yılmaz"])])) == "p.csv:3: reference: rent reference R-1 is also on line 2")
        // Another partner may use the same reference.
        #expect(try ArrearsRow.parse(table([row(), row(["partner": "water"])]), today: today).count == 2)
    }

    @Test func aRowShortOfFieldsIsRefusedAndTrailingEmptyOnesAreFine() throws {
        #expect(problem(table([Array(row().prefix(3))])) == "p.csv:2: this row has 3 fields, the header 10")
        #expect(try ArrearsRow.parse(table([row() + ["", " "]]), today: today).count == 1)
        #expect(problem(table([row() + ["", "x"]])) == "p.csv:2: this row has 12 fields, the header 10")
    }

    @Test func theQuestionSaysWhatIsOwedInEitherLanguage() throws {
        let r = try ArrearsRow.parse(
            table([row(), row(["partner": "energy", "months_in_arrears": "1", "amount_in_arrears": "5"])]), today: today)
        #expect(dutch { r[0].question } == "Huurachterstand: 3 maanden, € 1.234,56")
        #expect(english { r[0].question } == "Rent arrears: 3 months, € 1,234.56")
        #expect(dutch { r[1].question } == "Achterstand energie: 1 maand, € 5,00")
        #expect(english { Euros.text(123_456_789) } == "€ 1,234,567.89")
        #expect(dutch { Euros.text(7) } == "€ 0,07")
    }

    // MARK: Caseload

    func caseload(_ changes: [String: String] = [:]) -> ImportTable {
        let good = [
            "household": "", "postcode": "1299 AA", "house_number": "3", "addition": "", "street": "Lindelaan", "buurt": "Noord",
            "members": "Mehmet Kaya (1975-03-14, parent, client)|Elif Kaya (01-06-2010, child)", "phase": "plan", "regisseur": "daan",
            "question": "Schulden", "opened": "2026-10-01",
        ]
        return table([CaseloadRow.columns.map { changes[$0] ?? good[$0]! }], header: CaseloadRow.columns)
    }

    @Test func aCaseloadRowWithItsMembers() throws {
        let r = try #require(try CaseloadRow.parse(caseload(), today: today).first)
        #expect(
            r.members == [
                NewPerson(name: "Mehmet Kaya", birthDate: Day("1975-03-14")!, role: .parent, isClient: true),
                NewPerson(name: "Elif Kaya", birthDate: Day("2010-06-01")!, role: .child, isClient: false),
            ])
        #expect(r.phase == .plan && r.regisseur == "daan" && r.opened == Day("2026-10-01")!)
        #expect(r.newHousehold.displayName == "Huishouden Kaya")
        // A name with brackets of its own: the last bracket holds the birth date and role.
        let annie = try CaseloadRow.parse(caseload(["members": "Johanna (Annie) de Vries (1944-02-01, adult, client)"]), today: today)
        #expect(annie.first?.members.first?.name == "Johanna (Annie) de Vries")
    }

    @Test(arguments: [
        (["members": ""], "p.csv:2: members: a new household has at least one member"),
        (["members": "Elif Kaya"], "p.csv:2: members: 'Elif Kaya' is not 'Name (YYYY-MM-DD, role)' or 'Name (YYYY-MM-DD, role, client)'"),
        (
            ["members": "Elif Kaya (2010-06-01, kid)"],
            "p.csv:2: members: 'Elif Kaya (2010-06-01, kid)' is not 'Name (YYYY-MM-DD, role)' or 'Name (YYYY-MM-DD, role, client)'"
        ),
        (["members": "Elif Kaya (2026-12-01, child)"], "p.csv:2: members: birth date 2026-12-01 is after today"),
        (
            ["phase": "afgesloten"],
            "p.csv:2: phase: 'afgesloten' is not an open phase (aanmelding, triage, keukentafelgesprek, plan, uitvoering, evaluatie)"
        ),
        (["question": " "], "p.csv:2: question: the question is empty"),
        (["opened": "1-1"], "p.csv:2: opened: '1-1' is not a date (YYYY-MM-DD or DD-MM-YYYY)"),
        (["household": "\u{7}"], "p.csv:2: household: the name holds a control character (U+0007)"),
    ])
    func badCaseloadValues(_ change: [String: String], _ message: String) {
        let thrown = english {
            (try? #require(throws: ImportError.self) { try CaseloadRow.parse(caseload(change), today: today) })?.description
        }
        #expect(thrown == message)
    }

    // MARK: The index grows as an import creates households

    @Test func aHouseholdAddedToTheIndexIsFoundByLaterRows() {
        var index = HouseholdIndex([])
        #expect(index.match(name: "Sara", birthDate: Day("1990-05-05"), postcode: "1238 JK", number: "12", addition: "") == .new)
        index.add(
            HouseholdIndex.Entry(
                id: 9, name: "Huishouden Alali", street: "", number: "12", addition: "bis", postcode: "1238 JK",
                buurt: "", leftDistrict: false,
                members: [
                    HouseholdIndex.Member(
                        personID: 1, name: "Sara Alali", birthDate: Day("1990-05-05"),
                        birthYear: 1990, isCurrent: true)
                ]))
        #expect(
            index.match(name: "S. Alali", birthDate: nil, postcode: "1238jk", number: "12", addition: "BIS") == .matched(9, by: .address))
        #expect(
            index.match(name: "sara alali", birthDate: Day("1990-05-05"), postcode: "9999 ZZ", number: "1", addition: "")
                == .matched(9, by: .nameAndBirthDate))
        #expect(index.search("alali").map(\.id) == [9])
    }
}
