import Testing
import Wijkteam

/// The erasure plan and the retention rules (issue 25) on their own, without a store.
@Suite struct ErasureRulesTests {
    let today = Day("2026-11-20")!

    func held(
        _ id: Int, open: Bool = false, opened: String = "2009-01-05", closed: String? = "2010-06-01", birthYears: [Int] = [1960],
        tailored: Bool = false, anonymised: String? = nil
    ) -> HeldCase {
        HeldCase(
            id: id, householdID: 1, isOpen: open, opened: Day(opened)!, closedOn: open ? nil : closed.flatMap(Day.init),
            anonymisedOn: anonymised.flatMap(Day.init), memberBirthYears: birthYears, hasTailoredProvision: tailored)
    }

    func plan(_ cases: [HeldCase], others: Int = 0, erased: Bool = false) -> ErasurePlan {
        ErasurePlan(
            ErasureInput(
                personID: 7, householdID: 1, alreadyErased: erased, otherMembersNotErased: others, cases: cases,
                policy: .defaults, today: today))
    }

    @Test func theLawOfACaseIsItsYoungestMemberThenItsProvisions() {
        #expect(held(1, opened: "2008-03-01", birthYears: [1970, 1991]).law == .youth, "17 in the year it opened")
        #expect(held(1, opened: "2008-03-01", birthYears: [1970, 1990]).law == .other, "18 that year: an adult's file")
        #expect(held(1, birthYears: [1960], tailored: true).law == .wmo)
        #expect(held(1, birthYears: [2001], tailored: true).law == .youth, "the longest period wins")
    }

    @Test func aCaseIsDueTheDayItsPeriodEnds() {
        let policy = RetentionPolicy.defaults
        let adult = held(1, closed: "2011-11-20")
        #expect(adult.keptUntil(policy) == Day("2026-11-20"))
        #expect(adult.isDue(policy, today: today))
        #expect(!adult.isDue(policy, today: Day("2026-11-19")!))
        #expect(!held(1, open: true).isDue(policy, today: today))
        #expect(!held(1, closed: "2000-01-01", anonymised: "2020-01-01").isDue(policy, today: today), "anonymised once is enough")
        #expect(Day("2024-02-29")!.adding(years: 1) == Day("2025-02-28"))
    }

    @Test func retentionListsWhatIsDueAndTheHouseholdsLeftWithNothing() {
        func c(_ id: Int, household: Int, closed: String?, birth: Int = 1960) -> HeldCase {
            HeldCase(
                id: id, householdID: household, isOpen: closed == nil, opened: Day("2004-01-05")!, closedOn: closed.flatMap(Day.init),
                memberBirthYears: [birth], hasTailoredProvision: false)
        }
        let plan = RetentionPlan(
            cases: [
                c(11, household: 1, closed: "2025-11-01"),  // 1 year: kept
                c(21, household: 2, closed: "2010-06-01"),  // 16 years, adult: due
                c(31, household: 3, closed: "2005-03-01", birth: 2000),  // 21 years, youth: due
                c(41, household: 4, closed: "2010-06-01", birth: 2000),  // 16 years, youth: kept
                c(51, household: 5, closed: "2001-01-01"), c(52, household: 5, closed: nil),  // due, but the household has an open case
            ], policy: .defaults, today: today)
        #expect(plan.due.map(\.caseID) == [51, 31, 21], "the longest due first")
        #expect(plan.due.first { $0.caseID == 31 }?.law == .youth && plan.due.first { $0.caseID == 31 }?.years == 20)
        #expect(plan.householdsAnonymised == [2, 3])
        let signalled = RetentionPlan(cases: [c(21, household: 2, closed: "2010-06-01")], policy: .defaults, today: today, openSignals: [2])
        #expect(signalled.due.map(\.caseID) == [21] && signalled.householdsAnonymised.isEmpty, "a signal in triage keeps the household")
    }

    @Test func aSignalInTriageKeepsThePersonLikeAnOpenCase() {
        let p = ErasurePlan(
            ErasureInput(
                personID: 7, householdID: 1, alreadyErased: false, otherMembersNotErased: 0, cases: [held(2, closed: "2025-11-01")],
                policy: .defaults, today: today, openSignal: true))
        #expect(p.personKept && p.casesAnonymised.isEmpty && !p.householdAnonymised)
        #expect(p.items.contains(ErasureItem(.household(1), .keep, .openSignal)))
    }

    @Test func anOpenCaseKeepsThePersonWithTheLegalReason() {
        let p = plan([held(1, open: true), held(2)])
        #expect(p.personKept)
        #expect(p.items.contains(ErasureItem(.caseFile(1), .keep, .openCase)))
        #expect(p.items.first == ErasureItem(.person(7), .keep, .keptByCase))
        #expect(p.casesAnonymised.isEmpty, "the closed case goes with the person or not at all")
        #expect(!p.householdAnonymised)
        #expect(!p.items.contains { $0.action == .erase }, "nothing is erased while the person is kept")
    }

    @Test func aYouthFileWithinItsPeriodKeepsThePersonUntilItEnds() {
        let p = plan([held(3, opened: "2008-01-01", closed: "2010-06-01", birthYears: [1970, 2000])])
        #expect(p.personKept)
        #expect(p.items.contains(ErasureItem(.caseFile(3), .keep, .youthFile, keptUntil: Day("2030-06-01"))))
        let over = plan([held(3, opened: "2004-01-01", closed: "2005-03-01", birthYears: [2000])])
        #expect(!over.personKept && over.casesAnonymised == [3])
    }

    @Test func theLastMemberGoesWithTheHouseholdAndTheLogStays() {
        let p = plan([held(2, closed: "2025-11-01")])
        #expect(!p.personKept)
        #expect(p.items.first == ErasureItem(.person(7), .erase, .requested))
        #expect(p.casesAnonymised == [2])
        #expect(p.householdAnonymised)
        #expect(p.items.contains(ErasureItem(.zrmScores, .anonymise, .figures)))
        #expect(p.items.last == ErasureItem(.accessLog, .keep, .accessLog))
    }

    @Test func withOthersLeftTheCaseStaysForThemAndOnlyThePersonGoes() {
        let p = plan([held(2, closed: "2025-11-01")], others: 2)
        #expect(!p.personKept && p.casesAnonymised.isEmpty && !p.householdAnonymised)
        #expect(p.items.contains(ErasureItem(.caseFile(2), .keep, .otherMembers)))
        #expect(p.items.contains(ErasureItem(.journalAboutPerson, .erase, .requested)))
    }

    @Test func erasedBeforeIsSaidAndNothingPlanned() {
        let p = plan([held(2)], erased: true)
        #expect(p.items.map(\.action) == [.keep, .keep] && p.items[0].reason == .alreadyErased)
        #expect(p.casesAnonymised.isEmpty)
    }

    @Test func aCorrectionListsOnlyWhatChanges() {
        let person = Person(id: 7, householdID: 1, name: "Zoë", birthYear: 1950, role: .adult, isClient: true)
        let r = PersonCorrection.Request(name: " Zoë ", birthDate: Day("1951-02-03"), role: .adult)
        let changes = r.changes(of: person)
        #expect(changes.map(\.field) == ["birth_date"])
        #expect(changes.first?.old == "1950" && changes.first?.new == "1951-02-03")
        #expect(r.applied(to: person).birthYear == 1951)
        #expect(PersonCorrection.Request().isEmpty)
    }
}
