import Wijkteam

/// What a view keeps of each open case, found by the case's id without a dictionary: the ids in
/// a list of their own, searched by halving when they are in ascending order (as the store reads
/// the cards, and as changes made here keep them), else through positions made once. Each view
/// that names households (the meeting, the follow-ups, the team and the break-the-glass list)
/// kept a dictionary of every open card or of its household's name: 1–1.5 MB each at 100,000
/// households, and about as much again while it was made. The values are the view's own list,
/// not the snapshot's: a view updated only when shown would otherwise keep an old load's cards
/// alive while hidden, and a change to the snapshot's cards would copy the list it shares.
public struct ByCase<Value: Sendable>: Sendable {
    private let ids: [Int]
    /// Each case's value, in the cards' order.
    public let all: [Value]
    /// Each case's first position, when the ids are not in strictly ascending order.
    private let positions: [Int: Int]?

    /// `value` of each of `cards`, found by its case id.
    public init(_ cards: [CaseCard] = [], _ value: (CaseCard) -> Value) {
        let ids = cards.map(\.caseID)
        let ascending = !zip(ids, ids.dropFirst()).contains { $0 >= $1 }
        positions = ascending ? nil : Dictionary(ids.indices.map { (ids[$0], $0) }, uniquingKeysWith: { first, _ in first })
        self.ids = ids
        all = cards.map(value)
    }

    /// Whether the ids were found out of order (and are found through positions).
    var searchesPositions: Bool { positions != nil }

    /// The value of case `caseID` (the first one given), nil when no card had that id.
    public subscript(caseID: Int) -> Value? {
        if let positions { return positions[caseID].map { all[$0] } }
        var (low, high) = (0, ids.count)
        while low < high {
            let middle = (low + high) / 2
            if ids[middle] < caseID { low = middle + 1 } else { high = middle }
        }
        return low < ids.count && ids[low] == caseID ? all[low] : nil
    }
}

extension ByCase where Value == CaseCard {
    /// The cards themselves, in a list of the view's own.
    public init(cards: [CaseCard] = []) { self.init(cards) { $0 } }
}

extension ByCase where Value == String {
    /// The cards' households' names.
    public init(householdNames cards: [CaseCard] = []) { self.init(cards, \.householdName) }
}
