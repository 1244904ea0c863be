/// Files that come in through the front door: a vroegsignalering partner's list of households
/// in arrears (`wijkteam import signals`) and a team's caseload from the system it used before
/// (`wijkteam import caseload`). Pure: the store reads the file into an `ImportTable`; this
/// turns its rows into checked values, or says `file:line: what is wrong`.

/// A CSV file as read: its header and rows, each with the physical line it starts on (a quoted
/// field may hold line breaks, so a row may span lines).
public struct ImportTable: Sendable, Equatable {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public var file: String
    public var header: Record
    public var records: [Record]
    public init(file: String, header: Record, records: [Record]) {
        self.file = file
        self.header = header
        self.records = records
    }
}

/// What is wrong with a file, at its line when there is one: "file:12: postcode: '12345' is not a postcode …".
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

/// One row of a partner's file: a household in arrears.
public struct ArrearsRow: Hashable, Sendable {
    public static let columns = [
        "partner", "received", "name", "birth_date", "postcode", "house_number", "addition", "months_in_arrears", "amount_in_arrears",
        "reference",
    ]

    public var line: Int
    public var partner: ArrearsPartner
    public var received: Day
    public var name: String
    public var birthDate: Day?
    /// Canonical ("1234 AB").
    public var postcode: String
    public var houseNumber: String
    public var addition: String
    public var monthsInArrears: Int
    /// Euro cents.
    public var amountInArrears: Int
    public var reference: String

    public init(
        line: Int, partner: ArrearsPartner, received: Day, name: String, birthDate: Day?, postcode: String, houseNumber: String,
        addition: String, monthsInArrears: Int, amountInArrears: Int, reference: String
    ) {
        self.line = line; self.partner = partner; self.received = received; self.name = name; self.birthDate = birthDate
        self.postcode = postcode; self.houseNumber = houseNumber; self.addition = addition; self.monthsInArrears = monthsInArrears
        self.amountInArrears = amountInArrears; self.reference = reference
    }

    /// The signal's question, in the reporter's terms: "Huurachterstand: 3 maanden, € 1.234,56".
    public var question: String {
        let kind: String
        switch partner {
        case .rent: kind = tr("import.question.rent")
        case .energy: kind = tr("import.question.energy")
        case .water: kind = tr("import.question.water")
        case .healthInsurer: kind = tr("import.question.health_insurer")
        case .other: kind = tr("import.question.other")
        }
        return tr("import.question", kind, trCount("import.months", monthsInArrears), Euros.text(amountInArrears))
    }

    /// Every row of a partner's file, checked; the first problem is thrown. The same partner's
    /// reference twice in one file is refused at its second line.
    public static func parse(_ table: ImportTable, today: Day) throws -> [ArrearsRow] {
        let columns = try ImportColumns(table, required: columns)
        var seen: [String: Int] = [:]
        var rows: [ArrearsRow] = []
        rows.reserveCapacity(table.records.count)
        for record in table.records {
            let f = try columns.fields(of: record)
            let row = try ImportColumns.checking(table.file, record.line) {
                let received = try ImportValues.day(f("received"), column: "received")
                try ImportValues.check("received") { try Validation.happened(received, what: tr("validation.what.received"), today: today) }
                let born = f("birth_date").trimmed
                let birthDate = try born.isEmpty ? nil : ImportValues.birthDate(born, column: "birth_date", today: today)
                let name = f("name").trimmed
                try ImportValues.check("name") { try Validation.name(name) }
                let number = f("house_number").trimmed, addition = f("addition").trimmed
                try ImportValues.check("house_number") { try Validation.houseNumber(number, "") }
                try ImportValues.check("addition") { try Validation.houseNumber("1", addition) }
                let reference = f("reference").trimmed
                try ImportValues.check("reference") { try Validation.name(reference, what: tr("validation.what.reference")) }
                let row = ArrearsRow(
                    line: record.line, partner: try ImportValues.partner(f("partner")), received: received, name: name,
                    birthDate: birthDate, postcode: try ImportValues.postcode(f("postcode")), houseNumber: number,
                    addition: addition, monthsInArrears: try ImportValues.whole(f("months_in_arrears"), column: "months_in_arrears"),
                    amountInArrears: try ImportValues.cents(f("amount_in_arrears"), column: "amount_in_arrears"),
                    reference: reference)
                try ImportValues.check("months_in_arrears") {
                    try Intake(monthsInArrears: row.monthsInArrears).validate(source: .other, received: received)
                }
                try ImportValues.check("amount_in_arrears") {
                    try Intake(amountInArrears: row.amountInArrears).validate(source: .other, received: received)
                }
                let key = row.partner.rawValue + "\u{0}" + reference
                if let first = seen[key] {
                    throw ImportValues.Problem("reference", tr("import.reference.twice", row.partner.rawValue, reference, first))
                }
                seen[key] = record.line
                return row
            }
            rows.append(row)
        }
        return rows
    }
}

/// One row of a caseload file: a household (matched or new) with its open case.
public struct CaseloadRow: Hashable, Sendable {
    public static let columns = [
        "household", "postcode", "house_number", "addition", "street", "buurt", "members", "phase", "regisseur", "question", "opened",
    ]

    public var line: Int
    /// Empty: named after its first member.
    public var household: String
    public var postcode: String
    public var houseNumber: String
    public var addition: String
    public var street: String
    /// Empty, or one of the district's buurten (the store checks which).
    public var buurt: String
    public var members: [NewPerson]
    public var phase: Phase
    /// A staff id or OS account, or empty (the store finds whom).
    public var regisseur: String
    public var question: String
    public var opened: Day

    public init(
        line: Int, household: String, postcode: String, houseNumber: String, addition: String, street: String, buurt: String,
        members: [NewPerson], phase: Phase, regisseur: String, question: String, opened: Day
    ) {
        self.line = line; self.household = household; self.postcode = postcode; self.houseNumber = houseNumber
        self.addition = addition; self.street = street; self.buurt = buurt; self.members = members; self.phase = phase
        self.regisseur = regisseur; self.question = question; self.opened = opened
    }

    /// The household to create when no known one matches.
    public var newHousehold: NewHousehold {
        NewHousehold(
            name: household, street: street, number: houseNumber, addition: addition, postcode: postcode, buurt: buurt,
            members: members)
    }

    public static func parse(_ table: ImportTable, today: Day) throws -> [CaseloadRow] {
        let columns = try ImportColumns(table, required: columns)
        var rows: [CaseloadRow] = []
        for record in table.records {
            let f = try columns.fields(of: record)
            rows.append(
                try ImportColumns.checking(table.file, record.line) {
                    let household = f("household").trimmed
                    if !household.isEmpty { try ImportValues.check("household") { try Validation.name(household) } }
                    let number = f("house_number").trimmed, addition = f("addition").trimmed, street = f("street").trimmed
                    try ImportValues.check("house_number") { try Validation.houseNumber(number, "") }
                    try ImportValues.check("addition") { try Validation.houseNumber("1", addition) }
                    if !street.isEmpty {
                        try ImportValues.check("street") { try Validation.name(street, what: tr("validation.what.street")) }
                    }
                    let phaseText = f("phase").trimmed.lowercased()
                    guard let phase = Phase(rawValue: phaseText), phase.isOpen else {
                        throw ImportValues.Problem(
                            "phase",
                            tr("import.phase", f("phase").trimmed, Phase.allCases.filter(\.isOpen).map(\.rawValue).joined(separator: ", ")))
                    }
                    let question = f("question").trimmed
                    try ImportValues.check("question") {
                        try Validation.text(question, what: tr("validation.what.question"), required: true)
                    }
                    let opened = try ImportValues.day(f("opened"), column: "opened")
                    try ImportValues.check("opened") { try Validation.happened(opened, what: tr("validation.what.date"), today: today) }
                    return CaseloadRow(
                        line: record.line, household: household, postcode: try ImportValues.postcode(f("postcode")),
                        houseNumber: number, addition: addition, street: street, buurt: f("buurt").trimmed,
                        members: try ImportValues.members(f("members"), today: today), phase: phase,
                        regisseur: f("regisseur").trimmed, question: question, opened: opened)
                })
        }
        return rows
    }
}

/// Where each required column is in a file's header (any order, extra columns ignored).
struct ImportColumns {
    let file: String
    let width: Int
    let index: [String: Int]

    init(_ table: ImportTable, required: [String]) throws {
        var index: [String: Int] = [:]
        for (i, name) in table.header.fields.enumerated() {
            let key = name.trimmed.lowercased()
            if index[key] == nil { index[key] = i }
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            let message =
                missing.count == 1
                ? tr("import.column.missing", missing[0])
                : tr("import.columns.missing", missing.map { "'\($0)'" }.joined(separator: ", "))
            throw ImportError(file: table.file, line: table.header.line, message: message)
        }
        file = table.file
        width = table.header.fields.count
        self.index = index
    }

    /// A row's fields by column name. A row with fewer fields than the header is refused, one
    /// with more only when the extra fields hold something (a spreadsheet's trailing separators are fine).
    func fields(of record: ImportTable.Record) throws -> (String) -> String {
        let extra = record.fields.dropFirst(width)
        guard record.fields.count >= width, extra.allSatisfy({ $0.trimmed.isEmpty }) else {
            throw ImportError(file: file, line: record.line, message: tr("import.fields", record.fields.count, width))
        }
        let fields = record.fields, index = index
        return { fields[index[$0]!] }
    }

    /// Runs `body` for one row, turning a column's problem into `file:line: column: problem`.
    static func checking<T>(_ file: String, _ line: Int, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let p as ImportValues.Problem {
            throw ImportError(file: file, line: line, message: "\(p.column): \(p.message)")
        }
    }
}

/// The values of a file's fields as partners and spreadsheets write them.
public enum ImportValues {
    struct Problem: Error {
        var column: String
        var message: String
        init(_ column: String, _ message: String) {
            self.column = column
            self.message = message
        }
    }

    /// Runs a validation rule, its refusal named after the column.
    static func check(_ column: String, _ rule: () throws -> Void) throws {
        do { try rule() } catch let e as WijkteamError { throw Problem(column, e.description) }
    }

    /// `YYYY-MM-DD`, or `DD-MM-YYYY` as Dutch spreadsheets write it (`D-M-YYYY` too).
    public static func day(_ text: String) -> Day? {
        let t = text.trimmed
        if let d = Day(t) { return d }
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }

    static func day(_ text: String, column: String) throws -> Day {
        guard let d = day(text) else { throw Problem(column, tr("import.date", text.trimmed)) }
        return d
    }

    static func birthDate(_ text: String, column: String, today: Day) throws -> Day {
        let d = try day(text, column: column)
        try check(column) { try Validation.birthYear(d.year, today: today) }
        guard d <= today else { throw Problem(column, tr("validation.birth_date.future", d)) }
        return d
    }

    /// Euros as partners write them: `1.234,56`, `1234,56`, `1234.56`, `1,234.56`, `1234`, with or
    /// without `€`. A separator followed by one or two digits at the end is the decimal one; any
    /// other separates thousands (three digits after it). Nil for anything else.
    public static func cents(_ text: String) -> Int? {
        let t = String(text.trimmed.drop { $0 == "€" }).trimmed
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }), t.first!.isNumber else { return nil }
        var whole = Substring(t), fraction = ""
        if let sep = t.lastIndex(where: { $0 == "." || $0 == "," }) {
            let after = t[t.index(after: sep)...]
            if (1...2).contains(after.count) {
                whole = t[..<sep]
                fraction = String(after)
            }
        }
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard let first = groups.first, !first.isEmpty, groups.dropFirst().allSatisfy({ $0.count == 3 }),
            Set(whole.filter { $0 == "." || $0 == "," }).count <= 1, groups.count == 1 || first.count <= 3
        else { return nil }
        guard let euros = Int(groups.joined()), euros <= 100_000_000, let part = Int(fraction.isEmpty ? "0" : fraction) else { return nil }
        return euros * 100 + (fraction.count == 1 ? part * 10 : part)
    }

    static func cents(_ text: String, column: String) throws -> Int {
        guard let c = cents(text) else { throw Problem(column, tr("import.amount", text.trimmed)) }
        return c
    }

    static func whole(_ text: String, column: String) throws -> Int {
        guard let n = Int(text.trimmed), n >= 0 else { throw Problem(column, tr("import.number", text.trimmed)) }
        return n
    }

    static func partner(_ text: String) throws -> ArrearsPartner {
        guard let p = ArrearsPartner(rawValue: text.trimmed.lowercased()) else {
            throw Problem("partner", tr("import.partner", text.trimmed, ArrearsPartner.keys))
        }
        return p
    }

    /// A postcode is required: a row is matched and a household found by it.
    static func postcode(_ text: String) throws -> String {
        guard let p = Postcode(text) else {
            throw Problem("postcode", text.trimmed.isEmpty ? tr("import.empty") : tr("validation.postcode", text.trimmed))
        }
        return p.description
    }

    /// `Mehmet Yılmaz (1975-03-14, parent, client)|Elif Yılmaz (2010-06-01, child)`.
    static func members(_ text: String, today: Day) throws -> [NewPerson] {
        var out: [NewPerson] = []
        for entry in text.split(separator: "|").map({ String($0).trimmed }) where !entry.isEmpty {
            guard entry.hasSuffix(")"), let open = entry.lastIndex(of: "(") else {
                throw Problem("members", tr("import.member.form", entry))
            }
            let name = String(entry[..<open]).trimmed
            let parts = entry[entry.index(after: open)..<entry.index(before: entry.endIndex)].split(separator: ",").map {
                String($0).trimmed
            }
            try check("members") { try Validation.name(name) }
            guard (2...3).contains(parts.count), let role = MemberRole(rawValue: parts[1].lowercased()),
                parts.count == 2 || parts[2].lowercased() == "client"
            else { throw Problem("members", tr("import.member.form", entry)) }
            let person = NewPerson(
                name: name, birthDate: try birthDate(parts[0], column: "members", today: today), role: role,
                isClient: parts.count == 3)
            out.append(person)
        }
        guard !out.isEmpty else { throw Problem("members", tr("validation.household.no_members")) }
        return out
    }
}

/// An amount of euros as the team reads it: "€ 1.234,56" in Dutch, "€ 1,234.56" in English.
public enum Euros {
    public static func text(_ cents: Int) -> String {
        let nl = Language.current == .nl
        var digits = String(cents / 100), grouped = ""
        while digits.count > 3 {
            grouped = (nl ? "." : ",") + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        let c = cents % 100
        return "€ " + digits + grouped + (nl ? "," : ".") + (c < 10 ? "0" : "") + String(c)
    }
}
