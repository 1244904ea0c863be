import Testing
import Wijkteam

@testable import WijkteamStore

/// The triage listing reads every suggestion context in one batch: it must say exactly what the
/// one-at-a-time reads say, for cases and for households with or without an open case.
@Suite struct SuggestionContextsTests {
    @Test func theBatchEqualsTheOneAtATimeReadsOnTheSample() throws {
        let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "fatima", account: "test", origin: "tests"))
        let cases = try store.cases(includeClosed: true).map(\.id)
        let households: [Int] = try store.reading { work in try work.db.fetchAll("SELECT id FROM household", []).map { $0[0] } }
        let batch = try store.suggestionContexts(caseIDs: cases, householdIDs: households)
        #expect(batch.cases.count == Set(cases).count && batch.households.count == Set(households).count)
        for id in cases { #expect(batch.cases[id] == (try store.suggestionContext(caseID: id)), "case \(id)") }
        for id in Set(households) { #expect(batch.households[id] == (try store.suggestionContext(householdID: id)), "household \(id)") }
        // Something to compare: known-by, neighbours and a household's next follow-up occur.
        #expect(batch.households.values.contains { $0.nextFollowUp != nil })
        #expect(batch.cases.values.contains { !$0.knownBy.isEmpty } && batch.cases.values.contains { !$0.neighbours.isEmpty })
    }

    /// A generated district, where colleagues hold several cases in one street (neighbour counts
    /// above one, each counted case by case), as the one-at-a-time reads count them.
    @Test func theBatchEqualsTheOneAtATimeReadsOnAGeneratedDistrict() throws {
        var generator = DistrictGenerator(seed: 3, size: .city(households: 600), today: Day("2026-11-20")!)
        let path = Fixtures.tempDir().appendingPathComponent("g.sqlite").path
        let store = try SQLiteStore.create(at: path, from: generator.generate())
            .acting(as: AuditActor(staffID: "s1", account: "test", origin: "tests"))
        let cases = try store.cases(includeClosed: false).map(\.id)
        let households: [Int] = try store.reading { work in try work.db.fetchAll("SELECT id FROM household", []).map { $0[0] } }
        let batch = try store.suggestionContexts(caseIDs: cases, householdIDs: households)
        for id in cases { #expect(batch.cases[id] == (try store.suggestionContext(caseID: id)), "case \(id)") }
        for id in households { #expect(batch.households[id] == (try store.suggestionContext(householdID: id)), "household \(id)") }
        #expect(batch.households.values.contains { $0.neighbours.values.contains { $0 > 1 } })
        #expect(batch.cases.values.contains { $0.neighbours.count > 1 })
    }

    @Test func anUnknownCaseOrHouseholdIsRefusedAsByTheSingleRead() throws {
        let store = try Fixtures.sampleStore()
        #expect(throws: WijkteamError.unknownCase(99_999)) { try store.suggestionContexts(caseIDs: [1, 99_999], householdIDs: []) }
        #expect(throws: WijkteamError.unknownHousehold(99_999)) { try store.suggestionContexts(caseIDs: [], householdIDs: [99_999]) }
        #expect(try store.suggestionContexts(caseIDs: [], householdIDs: []) == SuggestionContexts())
    }
}
