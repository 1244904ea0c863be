/// The cases a monitor report is computed over, each once, in one array and found by id. The
/// figures ask for a case tens of thousands of times (every contact, follow-up and month's end);
/// a dictionary of `MonitorCaseFacts` copied each one out on every ask, which on a city was a
/// large part of the report's time. A dictionary literal makes one (`[2: facts]`), as the tests do.
public struct MonitorCaseSet: ExpressibleByDictionaryLiteral, Sendable {
    /// The cases, in the order given.
    public let all: [MonitorCaseFacts]
    private let positions: IDPositions

    /// `cases` with distinct ids (a second case with an id already given is left out).
    public init(_ cases: [MonitorCaseFacts]) {
        // By position throughout: `for c in cases` copies each case (retaining its history).
        var positions = IDPositions(ids: cases.indices.map { cases[$0].caseID })
        var duplicates = false
        for i in cases.indices {
            if positions[cases[i].caseID] == nil { positions[cases[i].caseID] = i } else { duplicates = true }
        }
        // Kept as given (not copied case by case) unless an id came twice.
        var kept = cases
        if duplicates {
            kept = cases.indices.filter { positions[cases[$0].caseID] == $0 }.map { cases[$0] }
            positions = IDPositions(ids: kept.indices.map { kept[$0].caseID })
            for i in kept.indices { positions[kept[i].caseID] = i }
        }
        all = kept
        self.positions = positions
        maxHouseholdID = kept.indices.lazy.map { kept[$0].householdID }.max() ?? -1
    }

    public init(dictionaryLiteral elements: (Int, MonitorCaseFacts)...) {
        self.init(
            elements.map { id, facts in
                var c = facts
                c.caseID = id
                return c
            })
    }

    /// The highest household id of the cases (-1 for none): room for `DistinctIDs`.
    public let maxHouseholdID: Int

    public var count: Int { all.count }
    public var isEmpty: Bool { all.isEmpty }
    /// Where case `id` is in `all` (nil: not given, so not counted).
    public func position(of id: Int) -> Int? { positions[id] }
    /// Case `id`, when given (a copy: `householdID(of:)` and `opened(of:)` copy nothing).
    public subscript(id: Int) -> MonitorCaseFacts? { positions[id].map { all[$0] } }
    /// The household of case `id`, when given.
    public func householdID(of id: Int) -> Int? { positions[id].map { all[$0].householdID } }
    /// The opening day of case `id`, when given.
    public func opened(of id: Int) -> Day? { positions[id].map { all[$0].opened } }

    /// The household of case `id` when it was given and open at some moment of `day`.
    public func household(of id: Int, openDuring day: Day) -> Int? {
        guard let p = positions[id], all[p].isOpen(during: day) else { return nil }
        return all[p].householdID
    }
}

/// Where each id sits in an array: a table indexed by the id itself when the ids are small
/// and dense enough (case and household ids are numbered from 1: no hashing per look-up, which
/// was most of the time of finding 90,000 history rows' cases), else a dictionary.
public struct IDPositions: Sendable {
    private var table: [Int32]
    private var dictionary: [Int: Int]?

    /// Room for `ids` (each may be set later; none is yet). An array, not any sequence: a
    /// generic sequence from another module is walked through the runtime's generic metadata,
    /// which made finding 6,000 cases' positions cost milliseconds.
    public init(ids: [Int]) {
        let count = ids.count
        var low = Int.max, high = Int.min
        for id in ids {
            low = min(low, id)
            high = max(high, id)
        }
        if count > 0, low >= 0, high < Int(Int32.max), high <= 4 * count + 1024 {
            table = [Int32](repeating: -1, count: high + 1)
            dictionary = nil
        } else {
            table = []
            dictionary = Dictionary(minimumCapacity: count)
        }
    }

    public subscript(id: Int) -> Int? {
        get {
            if let dictionary { return dictionary[id] }
            guard id >= 0, id < table.count, table[id] >= 0 else { return nil }
            return Int(table[id])
        }
        set {
            if dictionary != nil {
                dictionary![id] = newValue
            } else if id >= 0, id < table.count {
                table[id] = newValue.map { Int32($0) } ?? -1
            } else if let newValue {
                // An id the table was not made for: from here on, a dictionary.
                var all: [Int: Int] = [:]
                for (i, p) in table.enumerated() where p >= 0 { all[i] = Int(p) }
                all[id] = newValue
                dictionary = all
                table = []
            }
        }
    }
}

/// How many distinct ids each of a few slots (the months of a report) holds, and whether a slot
/// holds an id: one bit per id and slot when the ids are small (case and household ids are
/// numbered from 1), else a set per slot. Counting the households reached and open in each month
/// through sets was most of the time of the prevention figures on a city, and hashing case ids
/// into sets half of the board's proactive contacts.
public struct DistinctIDs: Sendable {
    private var bits: [UInt64]
    private let words: Int
    private var sets: [Set<Int>]

    /// Room for ids 0 … `maxID` in `slots` slots (ids outside it are counted in a set). With
    /// `count`, how many ids there are: ids far sparser than that go to the sets as well.
    public init(slots: Int, maxID: Int, count: Int? = nil) {
        let dense = count.map { maxID <= 4 * $0 + 1024 } ?? true
        words = dense && maxID >= 0 && maxID < 1 << 22 ? maxID / 64 + 1 : 0
        bits = [UInt64](repeating: 0, count: words * slots)
        sets = [Set<Int>](repeating: [], count: slots)
    }

    public mutating func insert(_ id: Int, in slot: Int) {
        if id >= 0, id < words * 64 {
            bits[slot * words + id / 64] |= 1 << UInt64(id % 64)
        } else {
            sets[slot].insert(id)
        }
    }

    public func contains(_ id: Int, in slot: Int) -> Bool {
        if id >= 0, id < words * 64 { return bits[slot * words + id / 64] & (1 << UInt64(id % 64)) != 0 }
        return sets[slot].contains(id)
    }

    public func count(in slot: Int) -> Int {
        var n = sets[slot].count
        for w in bits[(slot * words)..<((slot + 1) * words)] { n += w.nonzeroBitCount }
        return n
    }
}
