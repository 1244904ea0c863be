import Foundation
import Testing
import Wijkteam

@testable import WijkteamStore

/// Inzage lists the plan (issue 27): the question, the strengths and worries about the person
/// or about no member in particular, and the actions they carry or that serve their own or the
/// household's goals; what concerns another member only is left out.
@Suite struct PlanInzageTests {
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    @Test func jaydensInzageHasHisPointsAndActionsAndNotHisMothers() throws {
        let mark = try Fixtures.sampleStore().acting(as: Self.actor("mark"))
        let r = try mark.inzage(personID: 302, today: Day("2026-11-20")!)
        let plan = try #require(r.plans.first { $0.caseID == 3 })
        #expect(plan.strengths.contains { $0.contains("voetbalt graag") })
        #expect(plan.strengths.contains { $0.contains("drie middagen per week van school") }, "a tie's help is the household's")
        #expect(!plan.strengths.contains { $0.contains("zegt dat zelf") }, "a strength about Kim only")
        #expect(plan.worries.contains { $0.contains("woede-uitbarsting") })
        #expect(!plan.worries.contains { $0.contains("blowt") }, "a worry about Kim only")
        #expect(plan.actions.contains { $0.text.contains("Incidenten per week") && $0.owner == .professional })
        #expect(!plan.actions.contains { $0.text.contains("intake") }, "actions under Kim's goal")
        #expect(!plan.actions.contains { $0.text.contains("Weekschema") })
        Language.$scoped.withValue(.en) {
            let md = r.markdown()
            #expect(md.contains("## The plan"))
            #expect(md.contains("worry: Jayden heeft bijna elke week een woede-uitbarsting op school"))
            #expect(!md.contains("worry: Kim drinkt"))
        }
        // Kim's own inzage has her action as hers.
        let kim = try mark.inzage(personID: 301, today: Day("2026-11-20")!)
        let hers = try #require(kim.plans.first { $0.caseID == 3 })
        #expect(hers.actions.contains { $0.text.contains("Weekschema") && $0.yours })
        #expect(hers.worries.contains { $0.contains("blowt") })
        #expect(!hers.actions.contains { $0.text.contains("Incidenten per week") })
    }
}
