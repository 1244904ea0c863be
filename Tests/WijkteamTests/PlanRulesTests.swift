import Testing

@testable import Wijkteam

/// The plan's rules (issue 27): who can own an action, when it needs a due day, and when a plan
/// may be marked agreed; the document for the household.
@Suite struct PlanRulesTests {
    let today = Day("2026-11-20")!
    let members = [
        Person(id: 101, householdID: 1, name: "Annie de Vries", birthYear: 1944, role: .adult, isClient: true),
        Person(id: 102, householdID: 1, name: "Wim de Vries", birthYear: 1940, role: .adult, isClient: false, leftOn: Day("2026-04-01")),
    ]
    let ties = [
        NetworkTie(id: 7, householdID: 1, name: "Gerda Smulders", sector: .friendsNeighbours, relation: "buurvrouw", strength: .normal)
    ]

    func action(
        _ kind: ActionOwnerKind, person: Int? = nil, tie: Int? = nil, name: String? = nil, due: Day? = Day("2026-12-01"), done: Day? = nil
    )
        -> PlanAction
    {
        PlanAction(
            id: 0, caseID: 1, goalID: 1, text: "Gaat mee naar de lunch", ownerKind: kind, ownerPersonID: person, ownerTieID: tie,
            ownerName: name,
            due: due, doneOn: done)
    }

    func refusal(_ a: PlanAction) -> String? {
        Language.$scoped.withValue(.en) {
            do {
                try a.validate(members: members, ties: ties, today: today)
                return nil
            } catch { return "\(error)" }
        }
    }

    @Test func anOwnerMustFitItsKind() {
        #expect(refusal(action(.member, person: 101)) == nil)
        #expect(refusal(action(.member))?.contains("names the member") == true)
        #expect(refusal(action(.member, person: 102))?.contains("not a current member") == true, "Wim left the household")
        #expect(refusal(action(.member, person: 999))?.contains("not a current member") == true)
        #expect(refusal(action(.tie, tie: 7)) == nil)
        #expect(refusal(action(.tie))?.contains("names the tie") == true)
        #expect(refusal(action(.tie, tie: 8))?.contains("not in this household's network") == true)
        #expect(refusal(action(.professional, name: "huisarts (praktijk Oosterveld)")) == nil)
        #expect(refusal(action(.professional, name: "  "))?.contains("names the professional") == true)
        #expect(refusal(action(.regisseur)) == nil)
        #expect(refusal(action(.regisseur, person: 101))?.contains("names only what that kind needs") == true)
    }

    @Test func anActionNeedsTextAndADueDayUnlessDone() {
        var a = action(.regisseur, due: nil)
        #expect(refusal(a)?.contains("needs a due day") == true)
        a.doneOn = Day("2026-11-01")
        #expect(refusal(a) == nil)
        a.doneOn = today.adding(days: 1)
        #expect(refusal(a)?.contains("after today") == true)
        a = action(.regisseur)
        a.text = " \n"
        #expect(refusal(a)?.contains("needs text") == true)
    }

    @Test func anOpenActionPastItsDayIsOverdue() {
        #expect(action(.regisseur, due: Day("2026-11-19")).isOverdue(today: today))
        #expect(!action(.regisseur, due: today).isOverdue(today: today))
        #expect(!action(.regisseur, due: Day("2026-11-19"), done: Day("2026-11-19")).isOverdue(today: today))
    }

    @Test func aPlanIsAgreedOnlyWithAQuestionAGoalAndAnEvaluationAfterIt() throws {
        try Language.$scoped.withValue(.en) { try agreedRules() }
    }

    func agreedRules() throws {
        let goal = PlanGoal(
            id: 1, caseID: 1, domain: .sociaalNetwerk, personID: 101, targetScore: 3, text: "Twee keer per week de deur uit")
        var plan = CasePlan(
            caseID: 1, question: "Ik wil weer zelf boodschappen doen", agreedOn: Day("2026-11-10"), evaluateOn: Day("2027-02-10"))
        #expect(throws: WijkteamError.invalid("a plan can be agreed only with at least one goal")) { try plan.validate(today: today) }
        plan.goals = [goal]
        try plan.validate(today: today)
        plan.question = ""
        #expect(throws: WijkteamError.invalid("a plan can be agreed only with the household's question in it")) {
            try plan.validate(today: today)
        }
        plan.question = "Zelf boodschappen doen"
        plan.evaluateOn = Day("2026-11-10")
        #expect(throws: WijkteamError.self) { try plan.validate(today: today) }
        plan.evaluateOn = nil
        #expect(throws: WijkteamError.invalid("an agreed plan needs an evaluation day")) { try plan.validate(today: today) }
        plan.agreedOn = today.adding(days: 1)
        plan.evaluateOn = today.adding(days: 90)
        #expect(throws: WijkteamError.self) { try plan.validate(today: today) }
        // Not agreed yet: a question alone (or nothing) is fine.
        try CasePlan(caseID: 1, question: "Zelf boodschappen doen").validate(today: today)
        #expect(throws: WijkteamError.self) { try CasePlan(caseID: 1, evaluateOn: today).validate(today: today) }
    }

    @Test func aPointConcernsAMemberOrATieOfTheHousehold() throws {
        try PlanPoint(id: 0, caseID: 1, kind: .strength, text: "Buurvrouw komt dagelijks", tieID: 7).validate(members: members, ties: ties)
        #expect(throws: WijkteamError.self) {
            try PlanPoint(id: 0, caseID: 1, kind: .worry, text: "Eet slecht", personID: 101, tieID: 7).validate(
                members: members, ties: ties)
        }
        #expect(throws: WijkteamError.self) {
            try PlanPoint(id: 0, caseID: 1, kind: .worry, text: "Eet slecht", personID: 555).validate(members: members, ties: ties)
        }
        #expect(throws: WijkteamError.self) {
            try PlanPoint(id: 0, caseID: 1, kind: .worry, text: "").validate(members: members, ties: ties)
        }
    }

    @Test func theDocumentIsInTheHouseholdsLanguageElseDutchAndMakesTextSafe() {
        var household = Household(
            id: 1, name: "Huishouden De Vries",
            address: Address(street: "Bloesemhof", number: "4", postcode: "7291 BL", buurt: "K", wijk: "W"))
        household.members = members
        let plan = CasePlan(
            caseID: 1, question: "Zelf *boodschappen* doen\u{1B}[2J", agreedOn: Day("2026-11-10"), evaluateOn: Day("2027-02-10"),
            points: [PlanPoint(id: 1, caseID: 1, kind: .strength, text: "Buurvrouw komt dagelijks", tieID: 7)],
            goals: [
                PlanGoal(id: 3, caseID: 1, domain: .sociaalNetwerk, personID: 101, targetScore: 3, text: "Twee keer per week de deur uit")
            ],
            actions: [
                PlanAction(
                    id: 4, caseID: 1, goalID: 3, text: "Rijdt haar elke dinsdag", ownerKind: .tie, ownerTieID: 7, due: Day("2026-12-01"))
            ])
        household.language = "tr"
        let dutch = Language.$scoped.withValue(.en) { PlanDocument.markdown(plan, household: household, ties: ties, madeOn: today) }
        #expect(dutch.contains("# Ondersteuningsplan van Huishouden De Vries"))
        #expect(dutch.contains("Rijdt haar elke dinsdag — Gerda Smulders (uiterlijk 2026-12-01)"))
        #expect(dutch.contains("(Gerda Smulders)"))
        #expect(dutch.contains("Annie de Vries"))
        #expect(dutch.contains("\\*boodschappen\\*"))
        #expect(!dutch.contains("\u{1B}"))
        household.language = "en"
        let english = Language.$scoped.withValue(.nl) { PlanDocument.markdown(plan, household: household, ties: ties, madeOn: today) }
        #expect(english.contains("# Support plan of Huishouden De Vries"))
        #expect(english.contains("We look at it together again on 2027-02-10."))
    }
}
