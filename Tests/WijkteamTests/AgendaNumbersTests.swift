import Testing
@testable import Wijkteam

/// The agenda finds each open case by its number in an array while the numbers are dense (as a
/// database hands them out) and in a dictionary otherwise, and notes every card's facts in one
/// pass: whatever the numbers, the same agenda.
@Suite struct AgendaNumbersTests {
    let today = Day("2026-11-20")!

    @Test func theOpenCaseIndexFindsEveryCaseDenseOrNot() {
        var random = SplitMix64(seed: 7)
        for round in 0..<200 {
            let cards = 1 + round % 40
            var index = Agenda.OpenCaseIndex(cards: cards)
            var expected: [Int: Int] = [:]
            for card in 0..<cards {
                // Mostly dense numbers; now and then a negative one, a huge one, or one seen before.
                let roll = random.next() % 20
                let id =
                    roll == 0
                    ? -Int(random.next() % 1_000)
                    : roll == 1
                        ? 1_000_000_000 + Int(random.next() % 1_000)
                        : roll == 2 ? (expected.keys.first ?? 3) : Int(random.next() % UInt64(5 * cards + 1_100))
                index.insert(caseID: id, card: card)
                expected[id] = card
            }
            for (id, card) in expected { #expect(index[id] == card, "round \(round) case \(id)") }
            for id in [-1_000_001, -1, 0, 1, 7, 4 * cards + 1_024, 4 * cards + 1_025, Int.max, Int.min] where expected[id] == nil {
                #expect(index[id] == nil, "round \(round) case \(id)")
            }
        }
    }

    /// A district whose case numbers are far apart (the dictionary) gives the agenda of the same
    /// district numbered densely (the array), item for item: every section, reason, load and cover.
    @Test func farApartCaseNumbersGiveTheSameAgenda() {
        let dense = district(numberedFrom: 1, step: 1)
        let sparse = district(numberedFrom: 3_000_000_000, step: 977)
        let a = Agenda.build(dense.input), b = Agenda.build(sparse.input)
        #expect(a.count == b.count && a.count > 100)
        let sections = Set(a.map(\.section))
        #expect(sections.isSuperset(of: [.safety, .discussion, .stuck, .overdueFollowUps, .absentRegisseurs, .capacity]), "\(sections)")
        // Both a named cover and none, whichever section each case is in.
        #expect(a.contains { $0.reasons.contains("covered by Bo Breed") } && a.contains { $0.reasons.contains("nobody covers yet") })
        for (x, y) in zip(a, b) {
            var renumbered = y
            if let id = y.caseID { renumbered.subject = .case(sparse.denseNumber[id]!) }
            #expect(x == renumbered)
        }
        // The overloaded regisseurs are those whose load `BoardBuilder.loads` gives, above capacity.
        let loads = BoardBuilder.loads(dense.input.cards)
        let overloaded = dense.input.staff.filter { $0.capacity > 0 && (loads[$0.id] ?? 0) > $0.capacity + 1e-9 }.map(\.id)
        #expect(
            a.compactMap(\.staffID)
                == overloaded.sorted { (loads[$0]! / capacity($0, dense.input), $1) > (loads[$1]! / capacity($1, dense.input), $0) })
        #expect(!overloaded.isEmpty)
    }

    func capacity(_ id: StaffID, _ input: AgendaInput) -> Double { input.staff.first { $0.id == id }!.capacity }

    /// 300 cases of five regisseurs (one away now, with a cover on some of its cases; one not on the
    /// staff list; one listed twice), some without a regisseur, some closed, with follow-ups.
    func district(numberedFrom first: Int, step: Int) -> (input: AgendaInput, denseNumber: [Int: Int]) {
        var random = SplitMix64(seed: 42)
        var away = Staff(id: "away", name: "Away Afwezig", role: .generalist, capacity: 4)
        let absence = StaffAbsence(id: 1, staffID: "away", from: today.adding(days: -3), to: today.adding(days: 20), kind: .leave)
        away.absences = [absence]
        let staff = [
            Staff(id: "lead", name: "Lia Leiding", role: .teamLead, capacity: 3), away,
            Staff(id: "bo", name: "Bo Breed", role: .generalist, capacity: 30),
            Staff(id: "cy", name: "Cy Cijfer", role: .generalist, capacity: 2),
            Staff(id: "cy", name: "Cy Twee", role: .generalist, capacity: 2),
        ]
        let regisseurs: [StaffID?] = ["lead", "away", "bo", "cy", "gone", nil]
        var cards: [CaseCard] = [], followUps: [FollowUp] = [], covers: [CaseCover] = [], denseNumber: [Int: Int] = [:]
        var kindcheckDue: [Int: Int] = [:]
        for n in 1...300 {
            let id = first + (n - 1) * step
            denseNumber[id] = n
            let phases: [Phase] = [.aanmelding, .uitvoering, .evaluatie, .afgesloten]
            let c = Case(
                id: id, householdID: 100 + n, opened: today.adding(days: -Int(random.next() % 400)), source: .selfReferral,
                presentingQuestion: "q", domains: [.financien], phase: phases[Int(random.next() % 4)],
                regisseurID: regisseurs[Int(random.next() % 6)], complexity: 1 + Int(random.next() % 3), safety: random.next() % 9 == 0,
                discussion: random.next() % 11 == 0 ? "Wat nu?" : nil)
            let contact = random.next() % 5 == 0 ? nil : today.adding(days: -Int(random.next() % 90))
            cards.append(
                CaseCard(
                    case: c, householdName: "H\(n)", buurt: "B", street: "S", lastContact: contact, nextFollowUp: nil, proactiveKinds: []))
            if random.next() % 13 == 0 { kindcheckDue[id] = 1 + Int(random.next() % 3) }
            if c.regisseurID == "away" && n % 3 == 0 { covers.append(CaseCover(caseID: id, coverID: "bo", absence: absence)) }
            for k in 0..<Int(random.next() % 3) {
                let kinds: [FollowUpKind] = [.evaluation, .preventive, .outreaching]
                followUps.append(
                    FollowUp(
                        id: n * 10 + k, caseID: id, kind: kinds[Int(random.next() % 3)],
                        due: today.adding(days: 15 - Int(random.next() % 40)),
                        ownerID: random.next() % 2 == 0 ? "bo" : nil, done: random.next() % 7 == 0))
            }
        }
        let input = AgendaInput(
            today: today, staff: staff, cards: cards, followUps: followUps, signals: [], covers: covers, kindcheckDue: kindcheckDue)
        return (input, denseNumber)
    }
}
