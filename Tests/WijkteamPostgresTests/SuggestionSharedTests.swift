import Testing
import Wijkteam

/// The suggestion contexts of a queue, on every engine.
@Suite struct SuggestionSharedTests {
    /// Households that do not exist are refused by name, as the one-at-a-time read refuses them
    /// (PostgreSQL refused the statement instead: an empty list of streets).
    @Test(arguments: StoreKind.allCases) func unknownHouseholdsAreRefusedByName(kind: StoreKind) throws {
        let sample = try SampleDatabase(kind)
        let lead = try sample.terminal("fatima")
        #expect(throws: WijkteamError.unknownHousehold(99_998)) {
            try lead.suggestionContexts(caseIDs: [], householdIDs: [99_999, 99_998])
        }
        #expect(throws: WijkteamError.unknownHousehold(99_999)) { try lead.suggestionContext(householdID: 99_999) }
        #expect(try lead.suggestionContexts(caseIDs: [], householdIDs: [1]).households[1] == (try lead.suggestionContext(householdID: 1)))
    }
}
