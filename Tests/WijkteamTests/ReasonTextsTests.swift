import Testing
@testable import Wijkteam

/// A run of rankings keeps its reasons' texts (`ReasonTexts`): every ranking must read as the one
/// made alone, whatever was ranked before it with the same texts.
@Suite struct ReasonTextsTests {
    let today = Day("2026-11-20")!

    /// Colleagues with every mix of expertise, loads that share values, room left and none; the
    /// same load with different capacities and the same capacity with different loads.
    func team() -> (staff: [Staff], loads: [StaffID: Double]) {
        let expertise: [[LifeDomain]] = [
            [], [.financien], [.huisvesting, .financien], [.opvoeding, .huisvesting, .financien, .justitie], [.geestelijkeGezondheid],
        ]
        var staff: [Staff] = [], loads: [StaffID: Double] = [:]
        for i in 0..<40 {
            let id = "s\(i)"
            staff.append(
                Staff(
                    id: id, name: "Colleague \(i % 7)", role: .generalist, expertise: expertise[i % expertise.count],
                    capacity: [8, 10, 12.5][(i / 6) % 3], languages: i % 4 == 0 ? ["nl", "tr"] : ["nl"]))
            loads[id] = [0, 3.5, 7.25, 9.75, 12, 7.25][i % 6]
        }
        return (staff, loads)
    }

    /// Cases with the same domains in another order, repeated domains, light and heavy.
    func cases() -> [Case] {
        let domains: [[LifeDomain]] = [
            [.financien], [.financien, .huisvesting], [.huisvesting, .financien], [.opvoeding, .justitie, .financien, .huisvesting],
            [], [.financien, .financien], [.geestelijkeGezondheid, .middelengebruik],
        ]
        return domains.indices.flatMap { i in
            [1, 3].map { complexity in
                Case(
                    id: i * 10 + complexity, householdID: i + 1, opened: Day("2026-10-01")!, source: .huisarts, presentingQuestion: "q",
                    domains: domains[i], phase: complexity == 1 ? .triage : .uitvoering, complexity: complexity)
            }
        }
    }

    @Test func rankingsWithKeptTextsReadAsRankingsMadeAlone() {
        let (staff, loads) = team()
        let context = SuggestionContext(language: "tr", knownBy: ["s3": "regisseur of case #4 in 2024"], neighbours: ["s5": 2])
        for language in [Language.en, .nl] {
            Language.$scoped.withValue(language) {
                var texts = ReasonTexts()
                for round in 0..<2 {
                    for c in cases() {
                        let kept = SuggestionRanker.rank(case: c, context: context, staff: staff, loads: loads, today: today, texts: &texts)
                        let alone = SuggestionRanker.rank(case: c, context: context, staff: staff, loads: loads, today: today)
                        #expect(kept == alone, "\(language) round \(round) case \(c.id)")
                        // And each text as made on its own, not only as another ranking kept it.
                        for s in kept where s.isAvailable {
                            let room = SuggestionRanker.roomReason(load: s.load, weight: Caseload.weight(of: c), capacity: s.staff.capacity)
                            #expect(s.reasons.last == room.reason, "\(language) case \(c.id) \(s.staff.id)")
                            let matching = c.domains.filter { s.staff.expertise.contains($0) }
                            let expertise = s.reasons.first { $0.text == SuggestionRanker.expertiseText(matching) }
                            #expect(matching.isEmpty ? expertise == nil : expertise?.points == 3 * matching.count, "\(c.id) \(s.staff.id)")
                        }
                    }
                }
            }
        }
    }

    /// Texts kept in one language are not given in another.
    @Test func textsKeptInEnglishAreNotGivenInDutch() {
        let (staff, loads) = team()
        var texts = ReasonTexts()
        for c in cases() {
            _ = Language.$scoped.withValue(.en) {
                SuggestionRanker.rank(case: c, context: .init(), staff: staff, loads: loads, today: today, texts: &texts)
            }
            Language.$scoped.withValue(.nl) {
                let kept = SuggestionRanker.rank(case: c, context: .init(), staff: staff, loads: loads, today: today, texts: &texts)
                #expect(kept == SuggestionRanker.rank(case: c, context: .init(), staff: staff, loads: loads, today: today), "case \(c.id)")
            }
        }
    }

    /// Over capacity the text names the case's weight: a text kept for one weight is not given for another.
    @Test func overCapacityTextsAreKeptPerWeight() {
        var texts = ReasonTexts()
        for (load, weight) in [(9.5, 1.0), (9.5, 2.5), (9.5, 1.0), (4.0, 1.0), (4.0, 3.0), (9.5, 0.25)] {
            let kept = texts.room(load: load, weight: weight, capacity: 10)
            let alone = SuggestionRanker.roomReason(load: load, weight: weight, capacity: 10)
            #expect(kept.reason == alone.reason && kept.over == alone.over, "\(load) \(weight)")
        }
    }

    /// A plan keeps texts over its lines; each line's ranking reads as ranking its case alone
    /// with the loads the earlier lines leave.
    @Test func aPlansRankingsReadAsRankingsMadeAlone() {
        var (staff, loads) = team()
        staff.append(Staff(id: "leaving", name: "Leaving", role: .generalist, capacity: 10))
        let cases = cases().map { c in
            var c = c
            c.regisseurID = "leaving"
            return c
        }
        let input = HandoverInput(staff: staff, cases: cases, contexts: [:], loads: loads)
        let plan = HandoverPlanner.plan(input, from: "leaving", today: today)
        var running = loads
        for line in plan.lines {
            let c = cases.first { $0.id == line.caseID }!
            // The planner ranks with the loads before the plan and renews the room of those who
            // received a line: the same as ranking with the loads the earlier lines leave.
            let alone = SuggestionRanker.rank(
                case: c, context: SuggestionContext(), staff: staff.filter { $0.id != "leaving" }, loads: running, today: today)
            #expect(line.ranking == alone, "case \(c.id)")
            if let to = line.to { running[to, default: 0] += line.weight }
        }
    }
}
