import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct TriageStoreTests {
    let today = Day("2026-11-20")!

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("t.sqlite").path,
                                      from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    @Test func contextsReflectTheHousehold() throws {
        let store = try sample()
        let contexts = try store.triageContexts(today: today)
        let safety = try #require(try store.openSignals().first(where: \.safety))
        let c = try #require(contexts[safety.householdID!])
        #expect(c.childrenUnder12 == 2) // two small children in the Meldcode household
        #expect(c.householdName != nil)
    }

    /// The closed cases counted and the newest open case found in one read of the households'
    /// cases give what the two reads gave (a count of closed cases, the open ones by id): on a
    /// generated district with a household given a second, newer open case and more closed ones.
    @Test func casesReadOnceGiveTheTwoReadsContexts() throws {
        var g = DistrictGenerator(seed: 23, size: .city(households: 1_500), today: today)
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("city.sqlite").path, from: g.generate())
        let household = try #require(try store.openSignals().compactMap(\.householdID).first)
        let extra = """
            INSERT INTO care_case (household_id, opened, source, presenting, domains, phase, regisseur_id)
            SELECT \(household), opened, source, presenting, domains, 'plan', NULL FROM care_case LIMIT 1;
            INSERT INTO care_case (household_id, opened, source, presenting, domains, phase)
            SELECT \(household), opened, source, presenting, domains, 'afgesloten' FROM care_case LIMIT 2;
            """
        try store.writing { work in try work.db.execute(sql: extra) }
        let contexts = try store.triageContexts(today: today)
        let ids = contexts.keys.map(String.init).joined(separator: ",")
        let closedSQL = """
            SELECT household_id, COUNT(*) AS n FROM care_case WHERE household_id IN (\(ids)) AND phase = 'afgesloten'
            GROUP BY household_id
            """
        let openSQL = """
            SELECT household_id, id, regisseur_id, version FROM care_case
            WHERE household_id IN (\(ids)) AND phase <> 'afgesloten' ORDER BY id
            """
        var closed: [Int: Int] = [:], open: [Int: (id: Int, version: Int, regisseur: String?)] = [:]
        try store.reading { work in
            for r in try work.db.fetchAll(closedSQL) {
                closed[r["household_id"]] = r["n"]
            }
            for r in try work.db.fetchAll(openSQL) {
                open[r["household_id"]] = (r["id"], r["version"], r["regisseur_id"])
            }
        }
        #expect(contexts.count > 20)
        #expect(contexts.values.contains { $0.closedCases > 0 } && contexts.values.contains { $0.openCaseID != nil })
        #expect(contexts[household]?.closedCases ?? 0 >= 2 && contexts[household]?.regisseurID == nil)
        for (id, c) in contexts {
            #expect(c.closedCases == closed[id] ?? 0, "household \(id)")
            #expect(c.openCaseID == open[id]?.id && c.openCaseVersion == open[id]?.version, "household \(id)")
            #expect(c.regisseurID == open[id]?.regisseur, "household \(id)")
        }
    }

    /// A Meldcode item cannot be decided before its Meldcode is concluded (here: all five steps).
    @Test func aSafetySignalNeedsItsMeldcodeConcluded() throws {
        let store = try sample()
        let safety = try #require(try store.openSignals().first(where: \.safety))
        let decision = TriageDecision(route: .safety, regisseur: "fatima")
        #expect(throws: WijkteamError.self) { try store.decideTriage(signalID: safety.id, decision: decision, by: "fatima", on: today) }
        #expect(throws: WijkteamError.self) {
            try store.recordMeldcodeStep(signalID: safety.id, .valid(.mapSignals, by: "fatima", on: today, note: "   "))
        }
        // The sample's signal carries steps 1 and 2; record 3 and 4.
        for step in Meldcode.missing(try store.meldcodeSteps()[safety.id] ?? []).dropLast() {
            try store.recordMeldcodeStep(signalID: safety.id, .valid(step, by: "daan", on: today, note: "note for \(step.rawValue)"))
        }
        let error = try #require(throws: WijkteamError.self) {
            try store.decideTriage(signalID: safety.id, decision: decision, by: "fatima", on: today)
        }
        #expect(error.description.contains("step 5"))
        #expect(try store.openSignals().contains { $0.id == safety.id }) // still in the queue
        try store.recordMeldcodeStep(signalID: safety.id, .valid(.decide, by: "fatima", on: today, note: "help organised with the family"))
        let c = try store.decideTriage(signalID: safety.id, decision: decision, by: "fatima", on: today)
        #expect(c.safety && c.regisseurID == "fatima")
        #expect(!(try store.openSignals().contains { $0.id == safety.id }))
        #expect(try store.meldcodeSteps()[safety.id]?.count == 5)
    }

    @Test func decidingCreatesACaseWithAFollowUpAndLeavesTheQueue() throws {
        let store = try sample()
        // A signal about a household without an open case.
        let contexts = try store.triageContexts(today: today)
        let s = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID == nil })
        let plan = FollowUpPlan(kind: .outreaching, due: today.adding(days: 14), note: "home visit")
        let c = try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan", followUp: plan),
                                       by: "fatima", on: today)
        #expect(c.householdID == s.householdID && c.phase == .keukentafelgesprek && c.regisseurID == "daan")
        #expect(try store.caseCards().contains { $0.case.id == c.id && $0.proactiveKinds == [.outreaching] })
        #expect(try store.followUps(includeDone: false).contains { $0.caseID == c.id && $0.ownerID == "daan" && $0.due == plan.due })
        #expect(!(try store.openSignals().contains { $0.id == s.id }))
        #expect(throws: WijkteamError.self) {
            try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan"), by: "fatima", on: today)
        }
    }

    @Test func aRecordedMeldcodeStepIsNotOverwritten() throws {
        let store = try sample()
        let safety = try #require(try store.openSignals().first(where: \.safety))
        try store.recordMeldcodeStep(signalID: safety.id, .valid(.talkWithClient, by: "daan", on: today, note: "talked with Demi"))
        let error = try #require(throws: WijkteamError.self) {
            try store.recordMeldcodeStep(signalID: safety.id, .valid(.talkWithClient, by: "emre", on: today, note: "other note"))
        }
        #expect(error.description.contains("already recorded by daan"))
        #expect(try store.meldcodeSteps()[safety.id]?.last?.note == "talked with Demi")
    }

    @Test func followUpsNeedACaseTheTeamKeepsAndCaseChangesAreNotOverwritten() throws {
        let store = try sample()
        let contexts = try store.triageContexts(today: today)
        let fresh = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID == nil })
        let plan = FollowUpPlan(kind: .outreaching, due: today.adding(days: 14))
        #expect(throws: WijkteamError.self) {
            try store.decideTriage(signalID: fresh.id, decision: TriageDecision(route: .generalProvision, regisseur: nil, followUp: plan),
                                   by: "fatima", on: today)
        }
        #expect(try store.openSignals().contains { $0.id == fresh.id })
        // A case reassigned after the screen loaded it: the decision is refused, the reassignment stays.
        let withCase = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID != nil })
        let ctx = try #require(contexts[withCase.householdID!])
        try store.assign(caseID: ctx.openCaseID!, to: "emre", expectedVersion: nil)
        #expect(throws: WijkteamError.self) {
            try store.decideTriage(signalID: withCase.id, decision: TriageDecision(route: .regie, regisseur: nil, expectedCaseVersion: ctx.openCaseVersion),
                                   by: "fatima", on: today)
        }
        #expect(try store.cases(includeClosed: false).first { $0.id == ctx.openCaseID }?.regisseurID == "emre")
    }

    @Test func refusedDecisionsWriteNothing() throws {
        let store = try sample()
        let s = try #require(try store.openSignals().first { !$0.safety })
        let before = try store.caseCards()
        #expect(throws: WijkteamError.self) {
            try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "sanne"), by: "fatima", on: today)
        }
        #expect(throws: WijkteamError.self) {
            try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan"), by: "fatima", on: today,
                                   expectedVersion: s.version + 1)
        }
        #expect(try store.caseCards() == before)
        #expect(try store.openSignals().contains { $0.id == s.id })
    }
}
