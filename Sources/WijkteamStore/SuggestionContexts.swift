import Wijkteam

extension StoreWork {
    /// `suggestionContext(caseID:)` and `suggestionContext(householdID:)` for many at once, by the
    /// handover's batched reads (`handoverContexts`): listing the city's triage queue asked five
    /// queries per signal (12–16 s); this asks six in all. A household is read as a case that is
    /// none of its own (id `-household`), with its latest open case's next follow-up, as the
    /// one-at-a-time read has it.
    package func suggestionContexts(caseIDs: [Int], householdIDs: [Int]) throws -> SuggestionContexts {
        let cases =
            caseIDs.isEmpty
            ? []
            : try db.fetchMapped(
                "SELECT * FROM care_case WHERE id IN (\(HandoverSQL.idList(Set(caseIDs))))", [], prepare: Rows.CaseColumns.init, Rows.case)
        if let missing = Set(caseIDs).subtracting(cases.map(\.id)).min() { throw WijkteamError.unknownCase(missing) }
        let households = Array(Set(householdIDs)).sorted()
        let stand = households.map {
            Case(
                id: -$0, householdID: $0, opened: Day(daysSinceEpoch: 0), source: .other, presentingQuestion: "", domains: [],
                phase: .aanmelding)
        }
        let read = try handoverContexts(for: cases + stand)
        if let missing = households.first(where: { read.names[$0] == nil }) { throw WijkteamError.unknownHousehold(missing) }
        var result = SuggestionContexts()
        for c in cases { result.cases[c.id] = read.contexts[c.id] }
        let next = try latestOpenCaseNextFollowUp(households)
        for h in households {
            var context = read.contexts[-h]
            context?.nextFollowUp = next[h]
            result.households[h] = context
        }
        return result
    }

    /// Per household, the next open follow-up of its latest open case (nil when none).
    private func latestOpenCaseNextFollowUp(_ households: [Int]) throws -> [Int: Day] {
        guard !households.isEmpty else { return [:] }
        var next: [Int: Day] = [:]
        for r in try db.fetchAll(
            """
            SELECT c.household_id, MIN(f.due) FROM care_case c JOIN follow_up f ON f.case_id = c.id AND f.done = 0
            WHERE c.household_id IN (\(HandoverSQL.idList(households))) AND c.phase <> 'afgesloten'
              AND c.id = (SELECT MAX(o.id) FROM care_case o WHERE o.household_id = c.household_id AND o.phase <> 'afgesloten')
            GROUP BY c.household_id
            """, [])
        {
            let household: Int = r[0]
            next[household] = (r[1] as String?).flatMap(Day.init)
        }
        return next
    }
}

extension TransactionalStore {
    public func suggestionContexts(caseIDs: [Int], householdIDs: [Int]) throws -> SuggestionContexts {
        try reading { try $0.suggestionContexts(caseIDs: caseIDs, householdIDs: householdIDs) }
    }
}
