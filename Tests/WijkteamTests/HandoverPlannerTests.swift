import Testing

@testable import Wijkteam

@Suite struct HandoverPlannerTests {
    let today = Day("2026-11-20")!

    /// A small deterministic generator (no Foundation in the domain's tests).
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    func openCase(_ id: Int, of staff: StaffID, complexity: Int = 2, phase: Phase = .uitvoering, domains: [LifeDomain] = [.financien])
        -> Case
    {
        Case(
            id: id, householdID: 1000 + id, opened: Day("2026-01-01")!, source: .huisarts, presentingQuestion: "q", domains: domains,
            phase: phase, regisseurID: staff, complexity: complexity)
    }

    /// A team of 3–9 colleagues with random capacities, loads, expertise and absences, and a
    /// leaving colleague with 5–40 random cases.
    func randomTeam(seed: UInt64) -> HandoverInput {
        var rng = Seeded(state: seed)
        let domains = LifeDomain.allCases
        var staff = [Staff(id: "leaver", name: "Leaver", role: .generalist, capacity: 30, leftOn: today.adding(days: 10))]
        var loads: [StaffID: Double] = [:]
        for i in 0..<(3 + rng.next(7)) {
            var s = Staff(
                id: "s\(i)", name: "Colleague \(i)", role: .generalist, expertise: [domains[rng.next(domains.count)]],
                capacity: Double(2 + rng.next(14)))
            switch rng.next(6) {
            case 0: s.absences = [StaffAbsence(staffID: s.id, from: today.adding(days: -3), to: today.adding(days: 20), kind: .ill)]
            case 1: s.leftOn = today.adding(days: 5)
            default: break
            }
            staff.append(s)
            loads[s.id] = Double(rng.next(Int(s.capacity) + 3))
        }
        let phases: [Phase] = [.triage, .keukentafelgesprek, .uitvoering, .evaluatie]
        let cases = (0..<(5 + rng.next(36))).map {
            openCase(
                $0 + 1, of: "leaver", complexity: 1 + rng.next(3), phase: phases[rng.next(phases.count)],
                domains: [domains[rng.next(domains.count)]])
        }
        loads["leaver"] = cases.reduce(0) { $0 + Caseload.weight(of: $1) }
        return HandoverInput(staff: staff, cases: cases, contexts: [:], loads: loads)
    }

    @Test func aPlanNeverOverloadsSomeoneWhileAnotherAvailableColleagueHasRoom() {
        var overloadedLines = 0
        for seed in UInt64(1)...300 {
            let input = randomTeam(seed: seed)
            let plan = HandoverPlanner.plan(input, from: "leaver", today: today)
            let available = input.staff.filter { $0.id != "leaver" && $0.unavailability(today: today, until: nil) == nil }
            var loads = input.loads
            for line in plan.lines {
                guard let to = line.to, let receiver = available.first(where: { $0.id == to }) else {
                    #expect(available.isEmpty, "seed \(seed): case #\(line.caseID) got \(line.to ?? "nobody")")
                    continue
                }
                let before = loads[to] ?? 0
                if before + line.weight > receiver.capacity + 1e-9 {
                    overloadedLines += 1
                    let withRoom = available.filter { (loads[$0.id] ?? 0) + line.weight <= $0.capacity + 1e-9 }.map(\.id)
                    #expect(withRoom.isEmpty, "seed \(seed): case #\(line.caseID) pushes \(to) over while \(withRoom) have room")
                    // Nobody has room: the one left with the most room takes it.
                    let most = available.map { $0.capacity - (loads[$0.id] ?? 0) }.max()!
                    #expect(abs(receiver.capacity - before - most) < 1e-9, "seed \(seed): case #\(line.caseID)")
                }
                loads[to, default: 0] += line.weight
            }
        }
        #expect(overloadedLines > 0, "the random teams should also run out of room sometimes")
    }

    @Test func eachLinesRankingIsTheRankerWithTheLoadsTheEarlierLinesLeave() {
        for seed in UInt64(1)...60 {
            let input = randomTeam(seed: seed)
            let plan = HandoverPlanner.plan(input, from: "leaver", today: today)
            let candidates = input.staff.filter { $0.id != "leaver" }
            var loads = input.loads
            for line in plan.lines {
                let c = input.cases.first { $0.id == line.caseID }!
                let fresh = SuggestionRanker.rank(case: c, context: SuggestionContext(), staff: candidates, loads: loads, today: today)
                #expect(line.ranking == fresh, "seed \(seed): case #\(line.caseID)")
                if let to = line.to { loads[to, default: 0] += line.weight }
            }
        }
    }

    @Test func heaviestCasesArePlacedFirst() {
        let input = randomTeam(seed: 7)
        let weights = HandoverPlanner.plan(input, from: "leaver", today: today).lines.map(\.weight)
        #expect(weights == weights.sorted(by: >))
    }

    @Test func awayAndLeavingColleaguesGetNothing() {
        let away = Staff(
            id: "away", name: "Away", role: .generalist, expertise: [.financien], capacity: 100,
            absences: [StaffAbsence(staffID: "away", from: today.adding(days: -1), to: today.adding(days: 30), kind: .leave)])
        let leaving = Staff(
            id: "leaving", name: "Leaving", role: .generalist, expertise: [.financien], capacity: 100, leftOn: today.adding(days: 3))
        let gone = Staff(id: "gone", name: "Gone", role: .generalist, capacity: 100, leftOn: today.adding(days: -3))
        let present = Staff(id: "present", name: "Present", role: .generalist, capacity: 2)
        let lead = Staff(id: "lead", name: "Lead", role: .teamLead, capacity: 100)
        let leaver = Staff(id: "leaver", name: "Leaver", role: .generalist, capacity: 10)
        let cases = (1...6).map { openCase($0, of: "leaver") }
        let input = HandoverInput(staff: [away, leaving, gone, present, lead, leaver], cases: cases, contexts: [:], loads: [:])
        let plan = HandoverPlanner.plan(input, from: "leaver", today: today)
        #expect(plan.lines.count == 6)
        #expect(plan.lines.allSatisfy { $0.to == "present" || $0.to == "lead" })
        let ranked = Set(plan.lines[0].ranking.map(\.staff.id))
        #expect(!ranked.contains("gone") && !ranked.contains("leaver"))
        #expect(plan.lines[0].ranking.filter { !$0.isAvailable }.map(\.staff.id).sorted() == ["away", "leaving"])
        #expect(!plan.canChoose("away", forCase: 1))
        #expect(plan.choosing("away", forCase: 1) == plan)
    }

    @Test func fortyCasesAllGetSomeoneEvenWhenEveryoneIsFull() {
        let staff =
            [Staff(id: "leaver", name: "Leaver", role: .generalist, capacity: 40)]
            + (1...4).map { Staff(id: "s\($0)", name: "Colleague \($0)", role: .generalist, capacity: 5) }
        let cases = (1...40).map { openCase($0, of: "leaver") }
        let plan = HandoverPlanner.plan(
            HandoverInput(staff: staff, cases: cases, contexts: [:], loads: ["s1": 4, "s2": 4, "s3": 4, "s4": 4]), from: "leaver",
            today: today)
        #expect(plan.lines.count == 40)
        #expect(plan.unplaced.isEmpty)
        // Balanced: everybody ends with ten more.
        #expect(plan.receivers.map(\.cases).sorted() == [10, 10, 10, 10])
        #expect(plan.receivers.allSatisfy { $0.loadAfter == $0.loadBefore + 10 && $0.isOverCapacity })
    }

    @Test func nobodyAvailableLeavesEveryLineWithoutAReceiver() {
        let staff = [
            Staff(id: "leaver", name: "Leaver", role: .generalist, capacity: 10),
            Staff(
                id: "ill", name: "Ill", role: .generalist, capacity: 10,
                absences: [StaffAbsence(staffID: "ill", from: today, to: nil, kind: .ill)]),
        ]
        let plan = HandoverPlanner.plan(
            HandoverInput(staff: staff, cases: [openCase(1, of: "leaver"), openCase(2, of: "leaver")], contexts: [:], loads: [:]),
            from: "leaver", today: today)
        #expect(plan.lines.map(\.to) == [nil, nil])
        #expect(plan.unplaced.map(\.caseID) == [1, 2])
        #expect(plan.receivers.isEmpty)
    }

    @Test func choosingALineChangesOnlyThatLineAndTheTotals() {
        let staff = [
            Staff(id: "leaver", name: "Leaver", role: .generalist, capacity: 10),
            Staff(id: "a", name: "Anna", role: .generalist, expertise: [.financien], capacity: 10),
            Staff(id: "b", name: "Bart", role: .generalist, capacity: 10),
        ]
        let cases = [openCase(1, of: "leaver", complexity: 3), openCase(2, of: "leaver")]
        let plan = HandoverPlanner.plan(
            HandoverInput(staff: staff, cases: cases, contexts: [:], loads: ["a": 1, "b": 1]), from: "leaver", today: today)
        #expect(plan.lines.map(\.to) == ["a", "a"])
        #expect(plan.lines.map(\.caseVersion) == [1, 1])
        let changed = plan.choosing("b", forCase: 2)
        #expect(changed.line(forCase: 2)?.to == "b")
        #expect(changed.line(forCase: 2)?.changed == true)
        #expect(changed.line(forCase: 1) == plan.line(forCase: 1))
        #expect(changed.receivers.map(\.staffID) == ["a", "b"])
        #expect(changed.receivers.map(\.loadAfter) == [2.5, 2])
        #expect(changed.line(forCase: 2)?.chosen?.staff.id == "b")
        // Choosing the proposal again changes nothing; an unknown case or colleague neither.
        #expect(plan.choosing("a", forCase: 1) == plan)
        #expect(plan.choosing("b", forCase: 99) == plan)
        #expect(plan.choosing("nobody", forCase: 1) == plan)
        #expect(!plan.canChoose("leaver", forCase: 1))
    }
}
