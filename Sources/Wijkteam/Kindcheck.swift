/// The Kindcheck (part of the Meldcode since 2013): when an adult client's situation may harm
/// children in their care, the professional checks whether there are children and whether they
/// are safe. A worry registers a safety signal for the household.
public struct KindcheckRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var doneBy: StaffID
    public var doneOn: Day
    public var worry: Bool
    public var note: String
    /// The safety signal the worry registered.
    public var signalID: Int?
    public init(id: Int, caseID: Int, doneBy: StaffID, doneOn: Day, worry: Bool, note: String, signalID: Int? = nil) {
        self.id = id; self.caseID = caseID; self.doneBy = doneBy; self.doneOn = doneOn; self.worry = worry; self.note = note
        self.signalID = signalID
    }
}

public enum Kindcheck {
    /// An open case whose client is an adult and whose household has current members under 18
    /// needs a Kindcheck, until one is recorded for the case. An adult client's case: the clients
    /// are adults (children who are clients themselves are already in the family's case).
    public static func due(_ c: Case, household: Household, done: Bool, today: Day) -> Bool {
        guard c.isOpen, !done else { return false }
        let current = household.currentMembers
        let clients = current.filter(\.isClient)
        guard !clients.isEmpty, clients.allSatisfy({ $0.isAdult(on: today) }) else { return false }
        return current.contains { !$0.isAdult(on: today) }
    }

    /// The open cases of one household (`cases`, all of `householdID`) that need a Kindcheck,
    /// added to `due` with how many children under 18 live there: a store reading the members
    /// household by household holds one household at a time.
    public static func addDueCases(
        _ cases: [Case], householdID: Int, members: [Person], done: Set<Int>, today: Day, to due: inout [Int: Int]
    ) {
        let household = Household(
            id: householdID, name: "", address: Address(street: "", number: "", buurt: "", wijk: ""), members: members)
        for c in cases where Self.due(c, household: household, done: done.contains(c.id), today: today) {
            due[c.id] = children(household, today: today).count
        }
    }

    /// The children the check is about (current members under 18), youngest last.
    public static func children(_ household: Household, today: Day) -> [Person] {
        household.currentMembers.filter { !$0.isAdult(on: today) }.sorted { $0.birthYear < $1.birthYear }
    }

    /// A Kindcheck needs a note (what was checked, with whom); a worry says what it is.
    public static func validate(note: String) throws {
        guard !note.trimmed.isEmpty else { throw WijkteamError.invalid(tr("kindcheck.note_needed")) }
        try Validation.text(note, what: tr("validation.what.note"))
    }
}
