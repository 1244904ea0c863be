import Foundation
import Testing
import Wijkteam

@testable import WijkteamStore

/// A case's plan in the district files (issue 27, FORMAT27.md): loaded with the store's rules,
/// a bad action named by file and line, dates moved with the sample district.
@Suite struct PlanDistrictFileTests {
    /// The fixture's neighbour, with her consent to be asked (a network rung names only such ties).
    static let household = Fixtures.validHousehold.replacingOccurrences(
        of: "support: [P]}", with: "support: [P], consent: true}"
    ).replacingOccurrences(
        of: """
                follow_ups:
            """,
        with: """
                plan:
                  question: "Weer onder de mensen komen"
                  agreed_on: 2026-09-10
                  evaluate_on: 2026-12-10
                  strengths:
                    - {text: "Buurvrouw komt dagelijks", tie: "Buurvrouw"}
                  worries:
                    - {text: "Eet slecht", person: 101}
                goals:
                  - domain: sociaal_netwerk
                    person: 101
                    target: 3
                    text: "Twee keer per week de deur uit"
                    actions:
                      - {text: "Gaat naar de lunch", owner: member, person: 101, due: 2026-09-15, done_on: 2026-09-15}
                      - {text: "Rijdt haar", owner: tie, tie: "Buurvrouw", due: 2026-11-25}
                    route:
                      eigen_kracht: {carries: false, answer: "Durft niet alleen"}
                      network: {carries: true, answer: "Buurvrouw rijdt", ties: ["Buurvrouw"]}
                follow_ups:
            """)

    @Test func aPlanWithActionsAndARouteIsLoadedAndMovedWithTheDistrict() throws {
        let d = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: Self.household))
        let plan = try #require(d.plans.first)
        #expect(plan.caseID == 17 && plan.question == "Weer onder de mensen komen" && plan.version == 1)
        #expect(plan.strengths.first?.tieID == d.ties.first?.id && plan.worries.first?.personID == 101)
        #expect(plan.actions.map(\.ownerKind) == [.member, .tie])
        let ladder = try #require(plan.routes[d.goals[0].id])
        #expect(ladder.carriedBy == .network && ladder.unanswered == [.voorliggendVeld])
        #expect(ladder.rungs[.network]?.tieIDs == [d.ties[0].id])
        let moved = d.shifted(by: 2).plans[0]
        #expect(moved.agreedOn?.description == "2026-09-12" && moved.actions[1].due?.description == "2026-11-27")
    }

    @Test func aNetworkRungNamingATieWithoutConsentIsAnErrorWithItsLine() throws {
        let file = Self.household.replacingOccurrences(of: "support: [P], consent: true}", with: "support: [P], consent: false}")
        #expect(throws: DistrictFileError.self) { try DistrictLoader.load(folder: Fixtures.miniDistrict(household: file)) }
        do {
            _ = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: file))
        } catch {
            #expect("\(error)".contains("route.network.ties[0]: 'Buurvrouw' gave no consent to be asked"), "\(error)")
        }
    }

    @Test func anActionWithoutItsOwnerIsAnErrorWithItsLine() throws {
        let bad = Self.household.replacingOccurrences(of: #"owner: tie, tie: "Buurvrouw", "#, with: "owner: tie, ")
        let error = try #require(throws: DistrictFileError.self) { try DistrictLoader.load(folder: Fixtures.miniDistrict(household: bad)) }
        #expect(error.file == "households/001-a.yaml")
        #expect("\(error)".contains("actions[1]") && "\(error)".contains("names the tie"), "\(error)")
        let unknownTie = Self.household.replacingOccurrences(of: #"ties: ["Buurvrouw"]"#, with: #"ties: ["Oom Piet"]"#)
        #expect(throws: DistrictFileError.self) { try DistrictLoader.load(folder: Fixtures.miniDistrict(household: unknownTie)) }
    }

    @Test func theSampleHouseholdsDeVriesAndBakkerHavePlansInTheStore() throws {
        let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t"))
        for caseID in [1, 3] {
            let plan = try store.plan(caseID: caseID)
            #expect(!plan.question.isEmpty && !plan.strengths.isEmpty && !plan.worries.isEmpty && !plan.actions.isEmpty, "case \(caseID)")
        }
        #expect(try store.plan(caseID: 1).agreedOn != nil)
        #expect(try store.plan(caseID: 3).routes.values.contains { $0.allowsTailored })
    }

    /// The issue's bar: every household in plan or later has a plan with strengths, worries and
    /// actions.
    @Test func everyHouseholdInPlanOrLaterHasAPlan() throws {
        let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t"))
        let cases = try store.cases(includeClosed: false).filter { $0.phase >= .plan }
        let missing = try cases.filter { c in
            let plan = try store.plan(caseID: c.id)
            return plan.question.isEmpty || plan.strengths.isEmpty || plan.worries.isEmpty || plan.actions.isEmpty
        }
        #expect(missing.isEmpty, "cases without a full plan: \(missing.map(\.id))")
    }
}
