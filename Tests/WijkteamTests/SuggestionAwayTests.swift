import Testing
@testable import Wijkteam

/// Issue 26: a regisseur who is away goes last in the suggestion, while the case's language and
/// the household's history still weigh for everyone who is there (and are not lost on the one away).
@Suite struct SuggestionAwayTests {
    let c = Case(
        id: 1, householdID: 1, opened: Day("2026-11-01")!, source: .huisarts, presentingQuestion: "q",
        domains: [.financien], phase: .triage, complexity: 2)
    let today = Day("2026-11-20")!

    func staff(_ id: StaffID, languages: [String] = ["nl"], away: Bool = false) -> Staff {
        var s = Staff(id: id, name: id.uppercased(), role: .generalist, capacity: 10, languages: languages)
        if away { s.absences = [StaffAbsence(staffID: id, from: Day("2026-11-16")!, to: Day("2026-12-18")!, kind: .ill)] }
        return s
    }

    @Test func theLanguageAndTheHouseholdsHistoryStillWeighBesideAnAbsentColleague() {
        // The one away speaks Turkish and was the household's regisseur before: still last.
        let away = staff("away", languages: ["nl", "tr"], away: true)
        let speaker = staff("speaker", languages: ["nl", "tr"])
        let knower = staff("knower")
        let plain = staff("plain")
        let context = SuggestionContext(
            language: "tr", knownBy: ["away": "regisseur of case #4 in 2025", "knower": "regisseur of case #4 in 2024"])
        let loads: [StaffID: Double] = ["away": 2, "speaker": 4, "knower": 4, "plain": 4]
        let ranked = SuggestionRanker.rank(case: c, context: context, staff: [away, plain, knower, speaker], loads: loads, today: today)
        #expect(ranked.last?.staff.id == "away" && ranked.last?.isAvailable == false && ranked.last?.score == 0)
        #expect(Set(ranked.prefix(2).map(\.staff.id)) == ["speaker", "knower"])
        #expect(ranked[2].staff.id == "plain")
        let bySpeaker = ranked.first { $0.staff.id == "speaker" }
        #expect(bySpeaker?.reasons.contains { $0.text == "speaks Turkish" && $0.points == SuggestionRanker.Weight.language } == true)
        let byKnower = ranked.first { $0.staff.id == "knower" }
        #expect(byKnower?.reasons.contains { $0.points == SuggestionRanker.Weight.knowsHousehold } == true)
        // Back from leave, the same colleague is first again on both counts.
        var back = away
        back.absences = []
        let again = SuggestionRanker.rank(case: c, context: context, staff: [back, plain, knower, speaker], loads: loads, today: today)
        #expect(again.first?.staff.id == "away")
    }
}
