import Testing
@testable import Wijkteam

/// The route to support per goal (issue 27): eigen kracht → network → voorliggend veld, each
/// answered in order with text, before a maatwerkvoorziening may be requested.
@Suite struct RouteLadderTests {
    let today = Day("2026-11-20")!
    let ties = [
        NetworkTie(
            id: 1, householdID: 5, name: "Gerda Smulders", sector: .friendsNeighbours, relation: "buurvrouw", strength: .strong,
            consentToShare: true),
        NetworkTie(id: 2, householdID: 5, name: "Rob de Vries", sector: .family, relation: "zoon", strength: .weak, consentToShare: false),
    ]
    let provisions = [
        GeneralProvision(id: 10, name: "Schuldhulpcafé", domains: [.financien]),
        GeneralProvision(id: 11, name: "Buurtcentrum De Wiek – dinsdaglunch", domains: [.sociaalNetwerk, .tijdsbesteding]),
        GeneralProvision(id: 12, name: "Oude koffieochtend", domains: [.sociaalNetwerk], active: false),
    ]

    func rung(_ kind: RouteRungKind, carries: Bool = false, answer: String = "Gevraagd; lukt niet", ties: [Int] = [], provision: Int? = nil)
        -> RouteRung
    {
        RouteRung(
            goalID: 7, caseID: 3, rung: kind, carries: carries, answer: answer, tieIDs: ties, generalProvisionID: provision,
            recordedOn: today)
    }

    func check(_ ladder: RouteLadder, _ r: RouteRung) throws { try ladder.check(r, ties: ties, generalProvisions: provisions) }

    @Test func rungsAreAnsweredInOrder() throws {
        let empty = RouteLadder(goalID: 7)
        #expect(throws: WijkteamError.self) { try check(empty, rung(.network)) }
        #expect(throws: WijkteamError.self) { try check(empty, rung(.voorliggendVeld)) }
        try check(empty, rung(.eigenKracht))
        let one = empty.answering(rung(.eigenKracht))
        #expect(throws: WijkteamError.self) { try check(one, rung(.voorliggendVeld)) }
        try check(one, rung(.network, ties: [1]))
        // Answering an earlier rung again is allowed.
        try check(one.answering(rung(.network)), rung(.eigenKracht, answer: "opnieuw gevraagd"))
        do {
            try check(one, rung(.voorliggendVeld))
            Issue.record("answered out of order")
        } catch let WijkteamError.invalid(message) {
            #expect(message.contains(RouteRungKind.network.label))
        }
    }

    @Test func everyAnswerNeedsText() throws {
        #expect(throws: WijkteamError.self) { try check(RouteLadder(goalID: 7), rung(.eigenKracht, answer: "  \n")) }
        #expect(throws: WijkteamError.self) { try check(RouteLadder(goalID: 7), rung(.eigenKracht, answer: "a\u{0}b")) }
    }

    @Test func theNetworkNamesOnlyTiesWithConsent() throws {
        let ladder = RouteLadder(goalID: 7).answering(rung(.eigenKracht))
        try check(ladder, rung(.network, ties: [1]))
        do {
            try check(ladder, rung(.network, ties: [1, 2]))
            Issue.record("a tie without consent was named")
        } catch let WijkteamError.invalid(message) {
            #expect(message.contains("Rob de Vries"))
        }
        #expect(throws: WijkteamError.self) { try check(ladder, rung(.network, ties: [99])) }
        #expect(throws: WijkteamError.self) { try check(ladder, rung(.network, ties: [1, 1])) }
        // Only the network rung names ties; only the voorliggend veld a general provision.
        #expect(throws: WijkteamError.self) { try check(RouteLadder(goalID: 7), rung(.eigenKracht, ties: [1])) }
        #expect(throws: WijkteamError.self) { try check(ladder, rung(.network, provision: 11)) }
    }

    @Test func theVoorliggendVeldNamesAnActiveGeneralProvisionOrSaysWhyNone() throws {
        let ladder = RouteLadder(goalID: 7).answering(rung(.eigenKracht)).answering(rung(.network))
        try check(ladder, rung(.voorliggendVeld, provision: 11))
        try check(ladder, rung(.voorliggendVeld, answer: "Geen algemene voorziening voor dagelijkse persoonlijke verzorging"))
        #expect(throws: WijkteamError.self) { try check(ladder, rung(.voorliggendVeld, provision: 12)) }
        #expect(throws: WijkteamError.self) { try check(ladder, rung(.voorliggendVeld, provision: 99)) }
        #expect(throws: WijkteamError.self) { try check(ladder, rung(.voorliggendVeld, answer: "", provision: 11)) }
    }

    @Test func generalProvisionsForTheGoalsDomainComeFirst() {
        let offered = RouteLadder.offered(provisions, for: .sociaalNetwerk)
        #expect(offered.map(\.id) == [11, 10])
        #expect(RouteLadder.offered(provisions, for: .financien).map(\.id) == [10, 11])
    }

    @Test func tailoredOnlyWhenEveryRungCannotCarry() {
        var ladder = RouteLadder(goalID: 7).answering(rung(.eigenKracht)).answering(rung(.network))
        #expect(!ladder.allowsTailored)
        #expect(ladder.tailoredRefusal == tr("route.refusal.unanswered", RouteRungKind.voorliggendVeld.label))
        ladder = ladder.answering(rung(.voorliggendVeld, carries: true, provision: 11))
        #expect(!ladder.allowsTailored)
        #expect(ladder.tailoredRefusal == tr("route.refusal.carries", RouteRungKind.voorliggendVeld.label))
        ladder = ladder.answering(rung(.voorliggendVeld))
        #expect(ladder.allowsTailored && ladder.tailoredRefusal == nil)
        ladder = ladder.answering(rung(.eigenKracht, carries: true))
        #expect(!ladder.allowsTailored && ladder.carriedBy == .eigenKracht)
    }

    @Test func providersAreRankedByCurrentWaiting() {
        let product = { (d: LifeDomain) in ProviderProduct(category: "02", code: "02A01", name: "Begeleiding", domain: d) }
        let choices = ProvisionChoices(
            caseID: 3,
            providers: [
                Provider(id: 1, name: "Zorgkring", law: .wmo, products: [product(.sociaalNetwerk)]),
                Provider(id: 2, name: "Anker", law: .wmo, products: [product(.sociaalNetwerk)]),
                Provider(id: 3, name: "Bries", law: .wmo, products: [product(.sociaalNetwerk)]),
                Provider(id: 4, name: "Geld", law: .wmo, products: [product(.financien)]),
                Provider(id: 5, name: "Dicht", law: .wmo, active: false, products: [product(.sociaalNetwerk)]),
            ],
            waiting: [
                ProviderWaiting(providerID: 2, waitingNow: 3, medianWaitingDays: 40, longestWaitingDays: 90),
                ProviderWaiting(providerID: 1, waitingNow: 1, medianWaitingDays: 10, longestWaitingDays: 10),
                ProviderWaiting(providerID: 1, category: "02", code: "02A01", waitingNow: 1, medianWaitingDays: 99),
            ])
        #expect(choices.rankedProviders(for: .sociaalNetwerk).map(\.provider.id) == [3, 1, 2])
        #expect(choices.rankedProviders(for: .financien).map(\.provider.id) == [4])
    }

    @Test func aGeneralProvisionNeedsANameAndADomain() throws {
        try GeneralProvision(id: 0, name: "Maaltijdservice", domains: [.basaleADL]).validate()
        #expect(throws: WijkteamError.self) { try GeneralProvision(id: 0, name: " ", domains: [.basaleADL]).validate() }
        #expect(throws: WijkteamError.self) { try GeneralProvision(id: 0, name: "Maaltijdservice", domains: []).validate() }
        #expect(throws: WijkteamError.self) { try GeneralProvision(id: 0, name: "Maal\u{1B}[2J", domains: [.basaleADL]).validate() }
    }
}
