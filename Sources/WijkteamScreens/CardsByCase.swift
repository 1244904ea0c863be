import Wijkteam

/// The snapshot's cards found by case id, without a dictionary of them: by halving the list when
/// it is in id order (as the store reads it, and as changes made here keep it), else through
/// positions made once. Each view that names households (the meeting, the follow-ups, the team
/// and the break-the-glass list) kept a dictionary of every open card or of its household's name:
/// 1–1.5 MB each at 100,000 households, and about as much again while it was made.
public struct CardsByCase: Sendable {
    /// The cards as given (shared with the snapshot, not copied).
    public let all: [CaseCard]
    /// Each case's first position, when the cards are not in strictly ascending id order.
    private let positions: [Int: Int]?

    public init(_ cards: [CaseCard] = []) {
        all = cards
        let ascending = !zip(cards, cards.dropFirst()).contains { $0.caseID >= $1.caseID }
        positions = ascending ? nil : Dictionary(cards.indices.map { (cards[$0].caseID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The card of case `caseID`, nil when no open case has that id.
    public subscript(caseID: Int) -> CaseCard? {
        if let positions { return positions[caseID].map { all[$0] } }
        var (low, high) = (0, all.count)
        while low < high {
            let middle = (low + high) / 2
            if all[middle].caseID < caseID { low = middle + 1 } else { high = middle }
        }
        return low < all.count && all[low].caseID == caseID ? all[low] : nil
    }
}
