import Testing
import Wijkteam
@testable import WijkteamScreens

/// The views find what they keep of an open case by its id (`ByCase`): by halving the ids when
/// they ascend, else through positions. Either way a value is the one a dictionary of the cards
/// (first of equal ids kept) gives, and an id no card has gives nil.
@Suite struct ByCaseTests {
    static func card(_ id: Int, _ name: String) -> CaseCard {
        let opened = Day("2026-11-01")!
        let c = Case(
            id: id, householdID: id, opened: opened, source: .selfReferral, presentingQuestion: "q", domains: [], phase: .uitvoering)
        return CaseCard(case: c, householdName: name, buurt: "b", street: "s", lastContact: nil, nextFollowUp: nil, proactiveKinds: [])
    }

    static let names = ["Yılmaz", "İnce", "Łukasz", "مريم", "שרה", "王芳", "👩‍👩‍👧", "e\u{301}", String(repeating: "x", count: 80)]

    @Test(arguments: [0, 1, 2, 7, 1_000])
    func inIdOrderEveryCaseIsFoundByHalving(count: Int) {
        let cards = (0..<count).map { Self.card(3 * $0 + 5, Self.names[$0 % Self.names.count]) }
        let names = ByCase(householdNames: cards), whole = ByCase(cards: cards)
        #expect(!names.searchesPositions && !whole.searchesPositions)
        for c in cards {
            #expect(names[c.caseID] == c.householdName)
            #expect(whole[c.caseID]?.caseID == c.caseID && whole[c.caseID]?.householdName == c.householdName)
        }
        // Below, between and above the ids: nothing.
        for id in [-1, 0, 4, 6, 7, 3 * count + 5, Int.max] { #expect(names[id] == nil && whole[id] == nil, "\(id)") }
        #expect(whole.all.map(\.caseID) == cards.map(\.caseID) && names.all == cards.map(\.householdName))
    }

    @Test func outOfOrderOrRepeatedIdsAreFoundAsADictionaryWould() {
        // No path makes such a list today; the look-up does not rely on that.
        let cards = [Self.card(9, "a"), Self.card(2, "b"), Self.card(40, "c"), Self.card(2, "d"), Self.card(7, "e")]
        let names = ByCase(householdNames: cards)
        #expect(names.searchesPositions)
        let expected = Dictionary(cards.map { ($0.caseID, $0.householdName) }, uniquingKeysWith: { first, _ in first })
        for id in -1...41 { #expect(names[id] == expected[id], "\(id)") }
        #expect(names[2] == "b")
        // Ascending with an id twice is not strictly ascending: found through positions, the first kept.
        let repeated = ByCase(householdNames: [Self.card(1, "x"), Self.card(3, "y"), Self.card(3, "z")])
        #expect(repeated.searchesPositions && repeated[3] == "y" && repeated[1] == "x" && repeated[2] == nil)
    }

    /// The values are the view's own list: the snapshot's cards are not kept by a view.
    @Test func theValuesAreMadeFromTheCardsNotTheCardsList() {
        let cards = (1...4).map { Self.card($0, "n\($0)") }
        let lengths = ByCase(cards) { $0.householdName.count * 10 + $0.caseID }
        #expect(lengths.all == [21, 22, 23, 24] && lengths[3] == 23 && lengths[5] == nil)
    }
}
