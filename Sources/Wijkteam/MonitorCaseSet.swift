/// The cases a monitor report is computed over, each once, in one array and found by id. The
/// figures ask for a case tens of thousands of times (every contact, follow-up and month's end);
/// a dictionary of `MonitorCaseFacts` copied each one out on every ask, which on a city was a
/// large part of the report's time. A dictionary literal makes one (`[2: facts]`), as the tests do.
public struct MonitorCaseSet: ExpressibleByDictionaryLiteral, Sendable {
    /// The cases, in the order given.
    public let all: [MonitorCaseFacts]
    private let positions: [Int: Int]

    /// `cases` with distinct ids (a second case with an id already given is left out).
    public init(_ cases: [MonitorCaseFacts]) {
        var positions: [Int: Int] = [:]
        positions.reserveCapacity(cases.count)
        var duplicates = false
        for (i, c) in cases.enumerated() {
            if positions[c.caseID] == nil { positions[c.caseID] = i } else { duplicates = true }
        }
        // Kept as given (not copied case by case) unless an id came twice.
        self.all = duplicates ? positions.sorted { $0.value < $1.value }.map { cases[$0.value] } : cases
        if duplicates { positions = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.caseID, $0) }) }
        self.positions = positions
    }

    public init(dictionaryLiteral elements: (Int, MonitorCaseFacts)...) {
        self.init(
            elements.map { id, facts in
                var c = facts
                c.caseID = id
                return c
            })
    }

    public var count: Int { all.count }
    public var isEmpty: Bool { all.isEmpty }
    /// Where case `id` is in `all` (nil: not given, so not counted).
    public func position(of id: Int) -> Int? { positions[id] }
    /// Case `id`, when given.
    public subscript(id: Int) -> MonitorCaseFacts? { positions[id].map { all[$0] } }

    /// The household of case `id` when it was given and open at some moment of `day`.
    public func household(of id: Int, openDuring day: Day) -> Int? {
        guard let p = positions[id], all[p].isOpen(during: day) else { return nil }
        return all[p].householdID
    }
}
