import Testing
@testable import Wijkteam

@Suite struct SuggestionTests {
    // Two regisseurs equal in everything; each test adds one reason for B and expects B first.
    let a = Staff(id: "a", name: "Anna", role: .generalist, capacity: 10, languages: ["nl"])
    let b = Staff(id: "b", name: "Bart", role: .generalist, capacity: 10, languages: ["nl"])
    let c = Case(id: 1, householdID: 1, opened: Day("2026-11-01")!, source: .huisarts, presentingQuestion: "q",
                 domains: [.financien, .huisvesting], phase: .triage, complexity: 2)
    let loads: [StaffID: Double] = ["a": 4, "b": 4]
    let today = Day("2026-11-20")!

    func order(_ staff: [Staff], context: SuggestionContext = .init(), loads: [StaffID: Double]? = nil) -> [StaffID] {
        SuggestionRanker.rank(case: c, context: context, staff: staff, loads: loads ?? self.loads, today: today).map(\.staff.id)
    }

    /// The room reason reads as the phrase filled from the string table (`tr`), in English and
    /// in Dutch, with room and over capacity, whole and tenths.
    @Test func theRoomReasonReadsAsThePhraseFilledFromTheStringTable() {
        for language in [Language.en, .nl] {
            Language.$scoped.withValue(language) {
                for (load, weight, capacity) in [(4.0, 1.0, 10.0), (9.5, 1.5, 10.0), (0.0, 2.0, 0.0), (12.25, 0.5, 8.0)] {
                    let (l, w, c) = (SuggestionRanker.fmt(load), SuggestionRanker.fmt(weight), SuggestionRanker.fmt(capacity))
                    let over = load + weight > capacity
                    let alone = over ? tr("suggestion.over_capacity", l, w, c) : tr("suggestion.has_room", l, c)
                    let prepared = SuggestionRanker.roomReason(load: load, weight: weight, capacity: capacity)
                    #expect(prepared.reason.text == alone && prepared.over == over, "\(language) \(load) \(weight) \(capacity)")
                    #expect(!alone.contains("{"), "\(alone)")
                }
            }
        }
    }

    @Test func equalCandidatesAreOrderedByName() {
        #expect(order([b, a]) == ["a", "b"])
    }

    @Test func expertiseMatchingTheDomainsWins() {
        var expert = b
        expert.expertise = [.financien]
        #expect(order([a, expert]) == ["b", "a"])
        let s = SuggestionRanker.rank(case: c, context: .init(), staff: [expert], loads: loads, today: today)[0]
        #expect(s.reasons.contains { $0.text == "expertise: Financiën" && $0.points == SuggestionRanker.Weight.expertisePerDomain })
    }

    @Test func knowingTheHouseholdWins() {
        #expect(order([a, b], context: .init(knownBy: ["b": "regisseur of case #4 in 2024"])) == ["b", "a"])
    }

    @Test func speakingTheLanguageWinsOnlyForANonDutchHousehold() {
        var speaker = b
        speaker.languages = ["nl", "tr"]
        #expect(order([a, speaker], context: .init(language: "tr")) == ["b", "a"])
        #expect(order([a, speaker], context: .init(language: "nl")) == ["a", "b"])
        let s = SuggestionRanker.rank(case: c, context: .init(language: "tr"), staff: [speaker], loads: loads, today: today)[0]
        #expect(s.reasons.contains { $0.text == "speaks Turkish" })
    }

    @Test func neighboursInTheSameStreetWin() {
        #expect(order([a, b], context: .init(neighbours: ["b": 1])) == ["b", "a"])
    }

    @Test func roomLeftWins() {
        #expect(order([a, b], loads: ["a": 8, "b": 2]) == ["b", "a"])
    }

    @Test func overCapacityLosesAndIsMarked() {
        var expert = a
        expert.expertise = [.financien]
        let ranked = SuggestionRanker.rank(case: c, context: .init(), staff: [expert, b], loads: ["a": 9.9, "b": 4], today: today)
        #expect(ranked.map(\.staff.id) == ["b", "a"])
        #expect(ranked[1].wouldBeOverCapacity)
        #expect(ranked[1].reasons.contains { $0.points == SuggestionRanker.Weight.overCapacity })
    }

    @Test func awayOnTheDayGoesLastWithWhyAndNoPoints() {
        var away = b
        away.absences = [StaffAbsence(staffID: "b", from: Day("2026-11-02")!, to: Day("2027-01-12")!, kind: .leave)]
        away.expertise = [.financien, .huisvesting]
        let ranked = SuggestionRanker.rank(case: c, context: .init(knownBy: ["b": "x"]), staff: [away, a], loads: loads, today: today)
        #expect(ranked.map(\.staff.id) == ["a", "b"])
        #expect(ranked[1].unavailable == "on leave until 12 Jan")
        #expect(ranked[1].score == 0 && !ranked[1].isAvailable && ranked[0].isAvailable)
    }

    @Test func anAbsenceThatIsOverOrStillToComeDoesNotCount() {
        var back = b
        back.expertise = [.financien]
        back.absences = [
            StaffAbsence(staffID: "b", from: Day("2026-10-01")!, to: Day("2026-11-19")!, kind: .ill),
            StaffAbsence(staffID: "b", from: Day("2026-11-21")!, to: Day("2026-11-30")!, kind: .training),
        ]
        let ranked = SuggestionRanker.rank(case: c, context: .init(), staff: [a, back], loads: loads, today: today)
        #expect(ranked.map(\.staff.id) == ["b", "a"] && ranked.allSatisfy(\.isAvailable))
    }

    @Test func leavingBeforeTheNextFollowUpIsNotSuggested() {
        var leaving = b
        leaving.expertise = [.financien]
        leaving.leftOn = Day("2026-12-10")!
        let followUpAfter = SuggestionContext(nextFollowUp: Day("2026-12-15")!)
        let ranked = SuggestionRanker.rank(case: c, context: followUpAfter, staff: [leaving, a], loads: loads, today: today)
        #expect(ranked.map(\.staff.id) == ["a", "b"] && ranked[1].unavailable == "leaves the team on 10 Dec")
        // A follow-up before the leaving day: they can still do it.
        let before = SuggestionContext(nextFollowUp: Day("2026-12-01")!)
        #expect(SuggestionRanker.rank(case: c, context: before, staff: [leaving, a], loads: loads, today: today)[0].staff.id == "b")
        // Gone already: not listed at all.
        leaving.leftOn = Day("2026-11-20")!
        #expect(SuggestionRanker.rank(case: c, context: .init(), staff: [leaving, a], loads: loads, today: today).map(\.staff.id) == ["a"])
    }

    @Test func newStaffAndTheCurrentRegisseurAreNotSuggested() {
        let sanne = Staff(id: "s", name: "Sanne", role: .newStaff, capacity: 0)
        var assigned = c
        assigned.regisseurID = "a"
        #expect(
            SuggestionRanker.rank(case: assigned, context: .init(), staff: [a, b, sanne], loads: loads, today: today).map(\.staff.id) == [
                "b"
            ])
    }

    @Test func scoreIsTheSumOfTheReasons() {
        var s = b
        s.expertise = [.financien, .huisvesting]
        s.languages = ["pl"]
        let r = SuggestionRanker.rank(
            case: c, context: .init(language: "pl", knownBy: ["b": "x"], neighbours: ["b": 5]),
            staff: [s], loads: ["b": 0], today: today)[0]
        // expertise 2×3 + knows 4 + neighbours capped 2 + language 3 + room capped 4
        #expect(r.score == 6 + 4 + 2 + 3 + 4)
    }
}

@Suite struct BoardFilterTests {
    let today = Day("2026-11-20")!
    func card(_ id: Int, name: String, street: String = "Kersenlaan 1", buurt: String = "Kersenbuurt", regisseur: StaffID? = nil,
              domains: [LifeDomain] = [.financien], phase: Phase = .uitvoering, safety: Bool = false,
              discussion: String? = nil, kinds: [FollowUpKind] = [], due: String? = nil) -> CaseCard {
        var c = Case(id: id, householdID: id, opened: today, source: .school, presentingQuestion: "schulden en huur",
                     domains: domains, phase: phase, regisseurID: regisseur, safety: safety, discussion: discussion)
        c.questionBehind = "eenzaam"
        return CaseCard(case: c, householdName: name, buurt: buurt, street: street, lastContact: nil,
                        nextFollowUp: due.map { FollowUp(id: id, caseID: id, kind: .checkIn, due: Day($0)!, ownerID: nil) },
                        proactiveKinds: kinds)
    }

    @Test func textMatchesNameStreetNumberAndNotesAllWords() {
        let x = card(17, name: "Huishouden Yılmaz", street: "Molenhof 3")
        #expect(BoardFilter(text: "yılmaz").matches(x, today: today))
        #expect(BoardFilter(text: "molenhof").matches(x, today: today))
        #expect(BoardFilter(text: "#17").matches(x, today: today))
        #expect(BoardFilter(text: "EENZAAM huur").matches(x, today: today))
        #expect(!BoardFilter(text: "eenzaam scootmobiel").matches(x, today: today))
    }

    @Test func quickFiltersCombine() {
        let x = card(1, name: "A", regisseur: "daan", domains: [.opvoeding], phase: .plan, safety: true, kinds: [.preventive], due: "2026-11-01")
        #expect(BoardFilter(regisseur: "daan", flag: .safety, domain: .opvoeding, phase: .plan).matches(x, today: today))
        #expect(!BoardFilter(regisseur: "eva").matches(x, today: today))
        #expect(!BoardFilter(buurt: "Havenzicht").matches(x, today: today))
        #expect(BoardFilter(flag: .overdue).matches(x, today: today))
        #expect(BoardFilter(flag: .preventive).matches(x, today: today))
        #expect(!BoardFilter(flag: .outreaching).matches(x, today: today))
        #expect(!BoardFilter(flag: .discussion).matches(x, today: today))
        #expect(BoardFilter(regisseur: "daan", buurt: "Kersenbuurt").summary(me: "daan") == "mine · buurt Kersenbuurt")
    }

    @Test func phaseColumnsAndLoadsIgnoreTheFilter() {
        let cards = [card(1, name: "A", regisseur: "d", phase: .plan), card(2, name: "B", regisseur: "d", phase: .triage),
                     card(3, name: "C", phase: .plan)]
        let phases = BoardBuilder.phaseColumns(cards: cards, today: today)
        #expect(phases.map(\.phase) == [.aanmelding, .triage, .keukentafelgesprek, .plan, .uitvoering, .evaluatie])
        #expect(phases[3].cards.map(\.case.id) == [1, 3])
        let staff = [Staff(id: "d", name: "D", role: .generalist, capacity: 2)]
        let filtered = BoardBuilder.columns(staff: staff, cards: [cards[0]], today: today, allCards: cards)
        #expect(filtered[1].cards.count == 1)
        #expect(filtered[1].load == 1.5) // both of d's cases count for the load bar
    }
}
