import Testing
@testable import Wijkteam

/// `SuggestionPool.best` (what `wijkteam triage` suggests for each signal) is the first
/// available colleague of `rank`, reasons and all, however the scores, loads and names tie.
@Suite struct SuggestionBestTests {
    let today = Day("2026-11-20")!

    /// The handover tests' seeded generator: the same colleagues and cases at every run.
    typealias Numbers = HandoverPlannerTests.Seeded

    func colleagues(_ numbers: inout Numbers) -> [Staff] {
        let domains = LifeDomain.allCases
        let roles: [StaffRole] = [.generalist, .generalist, .specialist, .teamLead, .newStaff]
        // Few names and capacities, so that scores, loads and names tie often.
        return (0..<1 + numbers.next(12)).map { i in
            var s = Staff(
                id: "s\(numbers.next(40))x\(i)", name: ["Anna", "Bart", "Ayşe", "Łukasz"][numbers.next(4)],
                role: roles[numbers.next(roles.count)], expertise: (0..<numbers.next(3)).map { _ in domains[numbers.next(domains.count)] },
                capacity: Double([0, 6, 10, 12][numbers.next(4)]), languages: numbers.next(3) == 0 ? ["nl", "tr"] : ["nl"])
            switch numbers.next(8) {
            case 0: s.absences = [StaffAbsence(staffID: s.id, from: today.adding(days: -3), to: today.adding(days: 9), kind: .leave)]
            case 1: s.leftOn = today.adding(days: numbers.next(40) - 10)
            default: break
            }
            return s
        }
    }

    @Test func theBestIsTheFirstAvailableOfTheRanking() {
        var numbers = Numbers(state: 29)
        var compared = 0, nobody = 0, winners = Set<StaffID>()
        for _ in 0..<600 {
            let staff = colleagues(&numbers)
            let ids = staff.map(\.id)
            let c = Case(
                id: 1, householdID: 1, opened: today, source: .huisarts, presentingQuestion: "q",
                domains: [LifeDomain.allCases[numbers.next(LifeDomain.allCases.count)]], phase: .triage,
                regisseurID: numbers.next(4) == 0 ? ids[numbers.next(ids.count)] : nil, complexity: 1 + numbers.next(3))
            var context = SuggestionContext(language: numbers.next(2) == 0 ? "tr" : "nl")
            for id in ids where numbers.next(5) == 0 { context.knownBy[id] = "regisseur of case #4" }
            for id in ids where numbers.next(4) == 0 { context.neighbours[id] = numbers.next(4) }
            if numbers.next(3) == 0 { context.nextFollowUp = today.adding(days: numbers.next(60)) }
            var loads: [StaffID: Double] = [:]
            for id in ids where numbers.next(6) != 0 { loads[id] = Double(numbers.next(5)) * 2.5 }
            let ranked = SuggestionRanker.rank(case: c, context: context, staff: staff, loads: loads, today: today)
            let best = SuggestionPool(staff: staff, loads: loads, today: today).best(case: c, context: context)
            #expect(best == ranked.first { $0.isAvailable })
            compared += 1
            if let best { winners.insert(best.staff.id) } else { nobody += 1 }
        }
        // The cases reached every branch: someone and nobody available, many different winners.
        #expect(compared == 600 && nobody > 0 && nobody < 300 && winners.count > 100, "\(nobody) nobody, \(winners.count) winners")
    }

    /// One pool kept for many cases (as `wijkteam triage` keeps it for every signal) answers
    /// each as the ranking does.
    @Test func onePoolAnswersEveryCaseAsTheRanking() {
        var numbers = Numbers(state: 31)
        var differentWinners = Set<StaffID>(), nobody = 0
        for _ in 0..<40 {
            let staff = colleagues(&numbers)
            let ids = staff.map(\.id)
            var loads: [StaffID: Double] = [:]
            for id in ids where numbers.next(6) != 0 { loads[id] = Double(numbers.next(5)) * 2.5 }
            let pool = SuggestionPool(staff: staff, loads: loads, today: today)
            for n in 0..<30 {
                let domains = (0..<numbers.next(4)).map { _ in LifeDomain.allCases[numbers.next(LifeDomain.allCases.count)] }
                let c = Case(
                    id: n, householdID: n, opened: today, source: .huisarts, presentingQuestion: "q", domains: domains,
                    phase: [.triage, .keukentafelgesprek, .uitvoering][numbers.next(3)],
                    regisseurID: numbers.next(4) == 0 ? ids[numbers.next(ids.count)] : nil, complexity: 1 + numbers.next(3))
                var context = SuggestionContext(language: ["nl", "tr", "ar"][numbers.next(3)])
                for id in ids where numbers.next(5) == 0 { context.knownBy[id] = "journal 2026-10-01" }
                for id in ids + ["gone"] where numbers.next(4) == 0 { context.neighbours[id] = numbers.next(4) }
                if numbers.next(3) == 0 { context.nextFollowUp = today.adding(days: numbers.next(60)) }
                let ranked = SuggestionRanker.rank(case: c, context: context, staff: staff, loads: loads, today: today)
                let first = ranked.first { $0.isAvailable }
                #expect(pool.best(case: c, context: context) == first)
                if let first { differentWinners.insert(first.staff.id) } else { nobody += 1 }
            }
        }
        #expect(nobody > 0 && differentWinners.count > 50, "\(nobody) nobody, \(differentWinners.count) winners")
    }
}
