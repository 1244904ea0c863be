import Testing
import Wijkteam
@testable import WijkteamScreens

/// The views find an open case's card by its id (`CardsByCase`): by halving the list when it is
/// in id order, else through positions. Either way a card is the one a dictionary of the cards
/// (first of equal ids kept) gives, and an id no open case has gives nil.
@Suite struct CardsByCaseTests {
    static func card(_ id: Int, _ name: String) -> CaseCard {
        let opened = Day("2026-11-01")!
        let c = Case(
            id: id, householdID: id, opened: opened, source: .selfReferral, presentingQuestion: "q", domains: [], phase: .uitvoering)
        return CaseCard(case: c, householdName: name, buurt: "b", street: "s", lastContact: nil, nextFollowUp: nil, proactiveKinds: [])
    }

    static let names = ["Yılmaz", "İnce", "Łukasz", "مريم", "שרה", "王芳", "👩‍👩‍👧", "e\u{301}", String(repeating: "x", count: 80)]

    @Test(arguments: [0, 1, 2, 7, 1_000])
    func inIdOrderEveryCardIsFoundByHalving(count: Int) {
        let cards = (0..<count).map { Self.card(3 * $0 + 5, Self.names[$0 % Self.names.count]) }
        let byCase = CardsByCase(cards)
        for c in cards { #expect(byCase[c.caseID]?.householdName == c.householdName && byCase[c.caseID]?.caseID == c.caseID) }
        // Below, between and above the ids: no card.
        for id in [-1, 0, 4, 6, 7, 3 * count + 5, Int.max] { #expect(byCase[id] == nil, "\(id)") }
        #expect(byCase.all.map(\.caseID) == cards.map(\.caseID))
    }

    @Test func outOfOrderOrRepeatedIdsAreFoundAsADictionaryWould() {
        // A case reopened after the load could stand last; an id twice keeps the first.
        let cards = [Self.card(9, "a"), Self.card(2, "b"), Self.card(40, "c"), Self.card(2, "d"), Self.card(7, "e")]
        let byCase = CardsByCase(cards)
        let expected = Dictionary(cards.map { ($0.caseID, $0.householdName) }, uniquingKeysWith: { first, _ in first })
        for id in -1...41 { #expect(byCase[id]?.householdName == expected[id], "\(id)") }
        #expect(byCase[2]?.householdName == "b")
        // Ascending but with a repeat is not strictly ascending: positions again.
        let repeated = CardsByCase([Self.card(1, "x"), Self.card(3, "y"), Self.card(3, "z")])
        #expect(repeated[3]?.householdName == "y" && repeated[1]?.householdName == "x" && repeated[2] == nil)
    }
}
