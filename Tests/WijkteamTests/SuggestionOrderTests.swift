import Testing
@testable import Wijkteam

/// `SuggestionRanker.order` swaps suggestions into the ranking's order along the order's cycles
/// instead of copying them: the result must be the order `ranksBefore` gives, for any start order.
@Suite struct SuggestionOrderTests {
    /// Suggestions that tie on availability, score and load, and are told apart by name (hostile
    /// names, one name twice) and then by id; some away.
    func suggestions() -> [Suggestion] {
        // "Ann" at places 0 and 3 of nine: s0 and s30 tie on score, load and name, told apart by id.
        let names = ["Ann", "Łukasz Żak", "سارة", "Ann", "李娜", "👩‍⚕️ Zorg", "נועה", "İlkay Öztürk", String(repeating: "Z", count: 80)]
        return (0..<45).map { i in
            let staff = Staff(id: "s\(i)", name: names[i % names.count], role: .generalist, capacity: 10)
            let away = i % 11 == 3 ? "away until 12 Jan" : nil
            return Suggestion(
                staff: staff, reasons: [.init(text: "r", points: [4, 1, 4, -5, 0][i % 5])], wouldBeOverCapacity: i % 5 == 3,
                load: [2, 7.5, 2][i % 3], unavailable: away)
        }
    }

    @Test func swappingIntoPlaceGivesTheRankingsOrderFromAnyStart() {
        var random = SplitMix64(seed: 7)
        let all = suggestions()
        let expected = all.sorted(by: SuggestionRanker.ranksBefore).map(\.staff.id)
        var starts = [all, all.reversed(), expected.map { id in all.first { $0.staff.id == id }! }, [], [all[5]]]
        for _ in 0..<20 {
            var shuffled = all
            for i in shuffled.indices.reversed() { shuffled.swapAt(i, Int(random.next() % UInt64(i + 1))) }
            starts.append(shuffled)
        }
        let s0 = all.first { $0.staff.id == "s0" }!, s30 = all.first { $0.staff.id == "s30" }!
        #expect(s0.staff.name == s30.staff.name && s0.score == s30.score && s0.load == s30.load && s0.isAvailable && s30.isAvailable)
        #expect(expected.firstIndex(of: "s0")! < expected.firstIndex(of: "s30")!)
        for start in starts {
            var ordered = start
            SuggestionRanker.order(&ordered)
            #expect(ordered.map(\.staff.id) == (start.count == all.count ? expected : start.map(\.staff.id)))
            #expect(SuggestionRanker.ordered(start).map(\.staff.id) == ordered.map(\.staff.id))
            // Every suggestion kept whole: its reasons and load go with its colleague.
            for s in ordered { #expect(s == start.first { $0.staff.id == s.staff.id }) }
        }
    }
}
