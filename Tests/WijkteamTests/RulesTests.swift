import Testing
@testable import Wijkteam

func makeCase(_ id: Int, household: Int = 1, phase: Phase = .uitvoering, regisseur: StaffID? = "daan",
              complexity: Int = 2, safety: Bool = false) -> Case {
    Case(id: id, householdID: household, opened: Day("2026-09-01")!, source: .huisarts, presentingQuestion: "q",
         domains: [.financien], phase: phase, regisseurID: regisseur, complexity: complexity, safety: safety)
}

func makeStaff(_ id: StaffID, capacity: Double = 10, role: StaffRole = .generalist, account: String? = nil) -> Staff {
    Staff(id: id, name: id.prefix(1).uppercased() + id.dropFirst(), role: role, capacity: capacity, account: account)
}

@Suite struct CaseloadTests {
    @Test func weightsByPhaseAndComplexity() {
        #expect(Caseload.weight(of: makeCase(1, phase: .uitvoering, complexity: 2)) == 1.0)
        #expect(Caseload.weight(of: makeCase(1, phase: .aanmelding, complexity: 2)) == 0.5)
        #expect(Caseload.weight(of: makeCase(1, phase: .uitvoering, complexity: 3)) == 1.5)
        #expect(Caseload.weight(of: makeCase(1, phase: .evaluatie, complexity: 1)) == 0.75 * 0.75)
        #expect(Caseload.weight(of: makeCase(1, phase: .afgesloten, complexity: 3)) == 0)
    }

    @Test func loadCountsOnlyThatRegisseursCases() {
        let cases = [makeCase(1), makeCase(2, complexity: 3), makeCase(3, regisseur: "eva"), makeCase(4, regisseur: nil)]
        #expect(Caseload.load(of: "daan", in: cases) == 2.5)
        #expect(Caseload.load(of: "eva", in: cases) == 1.0)
        #expect(Caseload.load(of: "nobody", in: cases) == 0)
        // Everyone's load at once is the same sum.
        #expect(Caseload.loads(in: cases) == ["daan": 2.5, "eva": 1.0])
    }

    @Test func levelsAgainstCapacity() {
        #expect(Caseload.level(load: 8, capacity: 10) == .ok)
        #expect(Caseload.level(load: 8.5, capacity: 10) == .high)
        #expect(Caseload.level(load: 10, capacity: 10) == .high)
        #expect(Caseload.level(load: 10.25, capacity: 10) == .over)
        #expect(Caseload.level(load: 0, capacity: 0) == .ok)
        #expect(Caseload.level(load: 0.5, capacity: 0) == .over)
    }
}

@Suite struct FollowUpTests {
    let today = Day("2026-11-22")!
    func f(_ id: Int, due: String, kind: FollowUpKind = .preventive, done: Bool = false, caseID: Int = 1) -> FollowUp {
        FollowUp(id: id, caseID: caseID, kind: kind, due: Day(due)!, ownerID: "daan", done: done)
    }

    @Test func statusOnAGivenDay() {
        #expect(FollowUpStatus(f(1, due: "2026-11-20"), on: today) == .overdue(days: 2))
        #expect(FollowUpStatus(f(1, due: "2026-11-22"), on: today) == .dueToday)
        #expect(FollowUpStatus(f(1, due: "2026-11-29"), on: today) == .upcoming(days: 7))
        #expect(FollowUpStatus(f(1, due: "2026-11-01", done: true), on: today) == .done)
        #expect(FollowUpStatus(f(1, due: "2026-11-21"), on: today).isOverdue)
        #expect(!FollowUpStatus(f(1, due: "2026-11-22"), on: today).isOverdue)
    }

    @Test func dueAndOverdueLists() {
        let all = [f(1, due: "2026-12-01"), f(2, due: "2026-11-20"), f(3, due: "2026-11-22"),
                   f(4, due: "2026-11-10", done: true), f(5, due: "2026-11-25"), f(6, due: "2026-11-20")]
        #expect(FollowUps.overdue(all, on: today).map(\.id) == [2, 6])
        #expect(FollowUps.due(all, on: today).map(\.id) == [2, 6, 3])
        #expect(FollowUps.due(all, on: today, withinDays: 7).map(\.id) == [2, 6, 3, 5])
    }

    @Test func teamFigureCountsHouseholdsNotFollowUps() {
        let cases = [makeCase(1, household: 1), makeCase(2, household: 1), makeCase(3, household: 2),
                     makeCase(4, household: 3), makeCase(5, household: 4, phase: .afgesloten)]
        let fus = [f(1, due: "2026-11-20", caseID: 1), f(2, due: "2026-12-20", kind: .outreaching, caseID: 2),
                   f(3, due: "2026-12-20", kind: .evaluation, caseID: 3),      // not proactive
                   f(4, due: "2026-11-01", done: true, caseID: 4),             // done
                   f(5, due: "2026-12-01", caseID: 5)]                         // closed case's household
        let fig = TeamFigures(cases: cases, followUps: fus, staff: [makeStaff("daan", capacity: 3)], today: today)
        #expect(fig.openCases == 4)
        #expect(fig.openHouseholds == 3)
        #expect(fig.proactiveHouseholds == 1)
        #expect(fig.proactivePercent == 33)
        #expect(fig.overdueProactive == 1)
        #expect(fig.overCapacity == 1) // 4 cases of weight 1 against capacity 3
        #expect(fig.unassigned == 0)
    }

    @Test func emptyTeamHasNoShare() {
        let fig = TeamFigures(cases: [], followUps: [], staff: [], today: today)
        #expect(fig.proactiveShare == 0)
    }
}

@Suite struct BoardAndIdentityTests {
    let today = Day("2026-11-22")!

    func card(_ c: Case, contact: String?) -> CaseCard {
        CaseCard(case: c, householdName: "H\(c.householdID)", buurt: "B", street: "S 1",
                 lastContact: contact.flatMap(Day.init), nextFollowUp: nil, proactiveKinds: [])
    }

    /// The fields the board reads straight from a card's box are its case's.
    @Test func aCardsBoardFieldsAreItsCases() {
        var asked = makeCase(9, household: 41, phase: .uitvoering, regisseur: "anna", complexity: 3)
        asked.discussion = "Wie neemt het over?"
        asked.opened = Day("2026-02-03")!
        let cases = [
            makeCase(7, household: 12, phase: .aanmelding, regisseur: nil),
            makeCase(8, household: 30, phase: .afgesloten, regisseur: "zoe", safety: true), asked,
        ]
        for c in cases {
            let k = card(c, contact: nil)
            #expect(k.caseID == c.id && k.isOpen == c.isOpen && k.phase == c.phase && k.regisseurID == c.regisseurID)
            #expect(k.safety == c.safety && k.weight == Caseload.weight(of: c))
            #expect(k.householdID == c.householdID && k.opened == c.opened && k.discussion == c.discussion)
        }
    }

    /// Grouping by the columns worked out once (`RegisseurSlots`) gives the columns the grouping
    /// by each card's regisseur gave: closed cases and regisseurs not on the team list hidden,
    /// staff who cannot hold the regie shown when they have cards or a load, names alike; its
    /// loads are `BoardBuilder.loads`.
    @Test func theColumnsByNumberAreTheColumnsByRegisseur() {
        func byRegisseur(_ staff: [Staff], _ cards: [CaseCard], _ positions: [Int], _ loads: [StaffID: Double]) -> [BoardColumn] {
            var byStaff: [StaffID: [Int]] = [:]
            var unassigned: [Int] = []
            for i in positions where cards[i].case.isOpen {
                if let id = cards[i].case.regisseurID { byStaff[id, default: []].append(i) } else { unassigned.append(i) }
            }
            var columns = [BoardColumn(staff: nil, cards: unassigned.map { cards[$0] }, load: 0, level: .ok)]
            let shown = staff.filter { $0.role.canBeRegisseur || byStaff[$0.id] != nil || loads[$0.id] != nil }
            for s in shown.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
                let load = loads[s.id] ?? 0
                let level = Caseload.level(load: load, capacity: s.capacity)
                columns.append(BoardColumn(staff: s, cards: (byStaff[s.id] ?? []).map { cards[$0] }, load: load, level: level))
            }
            return columns
        }
        var staff = [makeStaff("zoe"), makeStaff("anna"), makeStaff("sanne", capacity: 0, role: .newStaff)]
        staff += [makeStaff("stef", capacity: 0, role: .newStaff), makeStaff("bram", capacity: 4)]
        staff.append(Staff(id: "anna2", name: "Anna", role: .generalist, capacity: 8))  // the same name as "anna"
        let holders: [StaffID?] = ["zoe", "anna", "anna2", "sanne", "bram", "ghost", nil]
        var random = SplitMix64(seed: 11)
        for round in 0..<60 {
            let cards = (0..<40).map { i in
                let phase = Phase.allCases[Int(random.next() % UInt64(Phase.allCases.count))]
                let holder = holders[Int(random.next() % UInt64(holders.count))]
                return card(makeCase(round * 100 + i, phase: phase, regisseur: holder), contact: nil)
            }
            var loads = BoardBuilder.loads(cards)
            if round % 2 == 0 { loads["stef"] = 1.5 }  // a load without cards shown
            let positions = cards.indices.filter { _ in random.next() % 3 != 0 }
            let slots = RegisseurSlots(staff: staff, cards: cards)
            let built = BoardBuilder.columns(slots, cards: cards, positions: positions, loads: loads)
            #expect(built == byRegisseur(staff, cards, positions, loads))
            // Summed beside the columns: the same keys ("ghost", not on the list, included; none for
            // "stef", who holds no card) and sums (the weights are exact in binary, so this cannot
            // tell the order of the additions apart; the code keeps it anyway).
            #expect(slots.loads == BoardBuilder.loads(cards))
        }
    }

    @Test func unassignedFirstThenRegisseursByNameSafetyOnTop() {
        let staff = [makeStaff("zoe"), makeStaff("anna"), makeStaff("sanne", capacity: 0, role: .newStaff)]
        let cards = [card(makeCase(1, regisseur: "zoe"), contact: "2026-11-20"),
                     card(makeCase(2, regisseur: "zoe"), contact: "2026-10-01"),
                     card(makeCase(3, regisseur: "zoe", safety: true), contact: "2026-11-21"),
                     card(makeCase(4, regisseur: nil), contact: nil),
                     card(makeCase(5, phase: .afgesloten), contact: nil)]
        let cols = BoardBuilder.columns(staff: staff, cards: cards, today: today)
        #expect(cols.map { $0.staff?.id } == [nil, "anna", "zoe"]) // new staff hold no regie
        #expect(cols[0].cards.map(\.case.id) == [4])
        #expect(cols[2].cards.map(\.case.id) == [3, 2, 1])
        #expect(cols[2].load == 3)
        #expect(cols[1].level == .ok)
    }

    @Test func identityFromAccountChosenOrDemoFallback() throws {
        let staff = [makeStaff("fatima", role: .teamLead), makeStaff("daan", account: "daan")]
        #expect(try Identity.resolve(requested: nil, account: "daan", staff: staff, demo: false).staff.id == "daan")
        #expect(try Identity.resolve(requested: "daan", account: "x", staff: staff, demo: true).basis == .chosen)
        let fallback = try Identity.resolve(requested: nil, account: "root", staff: staff, demo: true)
        #expect(fallback.staff.id == "fatima")
        #expect(fallback.explanation.contains("acting as team lead"))
        #expect(throws: WijkteamError.self) { try Identity.resolve(requested: "daan", account: "x", staff: staff, demo: false) }
        #expect(throws: WijkteamError.self) { try Identity.resolve(requested: nil, account: "root", staff: staff, demo: false) }
        #expect(throws: WijkteamError.unknownStaff("nobody")) { try Identity.resolve(requested: "nobody", account: "x", staff: staff, demo: true) }
    }

    @Test func privacyInitials() {
        #expect(Privacy.initials("Ayşe Yılmaz") == "A.Y.")
        #expect(Privacy.initials("Huishouden van Dijk") == "H.v.D.")
        #expect(Privacy.initials("王秀英") == "王.")
    }

    @Test func phasesRunInOrder() {
        #expect(Phase.aanmelding.next == .triage)
        #expect(Phase.evaluatie.next == .afgesloten)
        #expect(Phase.afgesloten.next == nil)
        #expect(Phase.plan < Phase.uitvoering)
        #expect(LifeDomain.zrmDomains.count == 13)
    }
}
