/// The route to support (issue 27): for each need, in order, what was asked of eigen kracht (what
/// the household does itself), the network (which ties, with their consent) and the voorliggend
/// veld (which general provision), before a maatwerkvoorziening may be requested.
public enum RouteRungKind: String, Vocabulary, Comparable {
    case eigenKracht = "eigen_kracht", network, voorliggendVeld = "voorliggend_veld"
    public var label: String {
        switch self {
        case .eigenKracht: tr("route.rung.eigen_kracht")
        case .network: tr("route.rung.network")
        case .voorliggendVeld: tr("route.rung.voorliggend_veld")
        }
    }
    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One rung's answer for one goal.
public struct RouteRung: Hashable, Sendable, Codable {
    public var goalID: Int
    public var caseID: Int
    public var rung: RouteRungKind
    /// This rung carries the need (then no tailored provision is needed for it).
    public var carries: Bool
    /// What was asked, and why it can or cannot carry this.
    public var answer: String
    /// The network ties asked (network rung).
    public var tieIDs: [Int]
    /// The general provision asked (voorliggend veld rung).
    public var generalProvisionID: Int?
    public var recordedBy: StaffID?
    public var recordedOn: Day
    public var version: Int
    public init(
        goalID: Int, caseID: Int, rung: RouteRungKind, carries: Bool, answer: String, tieIDs: [Int] = [],
        generalProvisionID: Int? = nil, recordedBy: StaffID? = nil, recordedOn: Day, version: Int = 1
    ) {
        self.goalID = goalID; self.caseID = caseID; self.rung = rung; self.carries = carries; self.answer = answer
        self.tieIDs = tieIDs; self.generalProvisionID = generalProvisionID; self.recordedBy = recordedBy
        self.recordedOn = recordedOn; self.version = version
    }
}

/// The three rungs of one goal as recorded so far.
public struct RouteLadder: Hashable, Sendable, Codable {
    public var goalID: Int
    public var rungs: [RouteRungKind: RouteRung]
    public init(goalID: Int, rungs: [RouteRungKind: RouteRung] = [:]) {
        self.goalID = goalID; self.rungs = rungs
    }
    /// The rungs without an answer yet, in the route's order.
    public var unanswered: [RouteRungKind] { RouteRungKind.allCases.filter { rungs[$0] == nil } }
    /// The first rung that carries the need, if any.
    public var carriedBy: RouteRungKind? { RouteRungKind.allCases.first { rungs[$0]?.carries == true } }
    /// A tailored provision may be requested only when every rung has said why it cannot carry this.
    public var allowsTailored: Bool { unanswered.isEmpty && carriedBy == nil }
}

// MARK: The ladder's rules (issue 27)

extension RouteLadder {
    /// Checks one rung's answer against the ladder so far, the household's ties and the
    /// district's general provisions: the rungs are answered in order (eigen kracht, then the
    /// network, then the voorliggend veld); every answer says in words what was asked; the network
    /// rung names only the household's ties that consented to being asked (shared with); the
    /// voorliggend-veld rung names an active general provision of the district, or says in its
    /// answer why none fits. Re-answering a rung already answered is allowed.
    public func check(_ rung: RouteRung, ties: [NetworkTie], generalProvisions: [GeneralProvision]) throws {
        guard rung.goalID == goalID else { throw WijkteamError.invalid(tr("route.invalid.goal", rung.goalID)) }
        if let missing = RouteRungKind.allCases.first(where: { $0 < rung.rung && rungs[$0] == nil }) {
            throw WijkteamError.invalid(tr("route.invalid.order", rung.rung.label, missing.label))
        }
        guard !rung.answer.trimmed.isEmpty else { throw WijkteamError.invalid(tr("route.invalid.answer", rung.rung.label)) }
        try Validation.text(rung.answer, what: rung.rung.label)
        if rung.rung != .network, !rung.tieIDs.isEmpty {
            throw WijkteamError.invalid(tr("route.invalid.ties_only_network", rung.rung.label))
        }
        if rung.rung != .voorliggendVeld, rung.generalProvisionID != nil {
            throw WijkteamError.invalid(tr("route.invalid.provision_only_veld", rung.rung.label))
        }
        for id in rung.tieIDs {
            guard let tie = ties.first(where: { $0.id == id }) else { throw WijkteamError.invalid(tr("route.invalid.tie_unknown", id)) }
            guard tie.consentToShare else { throw WijkteamError.invalid(tr("route.invalid.tie_consent", tie.name)) }
        }
        if Set(rung.tieIDs).count != rung.tieIDs.count { throw WijkteamError.invalid(tr("route.invalid.tie_twice")) }
        if let id = rung.generalProvisionID {
            guard let g = generalProvisions.first(where: { $0.id == id }) else {
                throw WijkteamError.invalid(tr("route.invalid.provision_unknown", id))
            }
            guard g.active else { throw WijkteamError.invalid(tr("route.invalid.provision_inactive", g.name)) }
        }
    }

    /// The ladder with this rung answered (after `check`).
    public func answering(_ rung: RouteRung) -> RouteLadder {
        var copy = self
        copy.rungs[rung.rung] = rung
        return copy
    }

    /// Why a tailored provision cannot be requested for this goal yet ("voorliggend veld: not
    /// answered", "network: carries this need"), or nil when it may.
    public var tailoredRefusal: String? {
        if let r = unanswered.first { return tr("route.refusal.unanswered", r.label) }
        if let r = carriedBy { return tr("route.refusal.carries", r.label) }
        return nil
    }

    /// The next rung to answer, in order; nil when all three have an answer.
    public var next: RouteRungKind? { unanswered.first }

    /// The active general provisions to offer for a goal: those offered for its life domain
    /// first, then the others, each by name.
    public static func offered(_ provisions: [GeneralProvision], for domain: LifeDomain) -> [GeneralProvision] {
        provisions.filter(\.active).sorted {
            let a = $0.domains.contains(domain), b = $1.domains.contains(domain)
            if a != b { return a }
            return ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id)
        }
    }
}

extension GeneralProvision {
    /// A general provision the team keeps: a name, at least one life domain, no client data.
    public func validate() throws {
        guard !name.trimmed.isEmpty else { throw WijkteamError.invalid(tr("general_provision.invalid.name")) }
        try Validation.name(name)
        guard !domains.isEmpty else { throw WijkteamError.invalid(tr("general_provision.invalid.domains", name)) }
        try Validation.text(description, what: tr("general_provision.what.description"))
        try Validation.text(contact, what: tr("general_provision.what.contact"))
    }
}

/// What the provision form offers for one case, read in one go when it opens: the route of
/// each of the case's goals, the district's general provisions, the provider catalogue and the
/// providers' current waiting times.
public struct ProvisionChoices: Hashable, Sendable {
    public var caseID: Int
    public var ladders: [Int: RouteLadder]
    public var generalProvisions: [GeneralProvision]
    public var providers: [Provider]
    public var waiting: [ProviderWaiting]
    public init(
        caseID: Int, ladders: [Int: RouteLadder] = [:], generalProvisions: [GeneralProvision] = [], providers: [Provider] = [],
        waiting: [ProviderWaiting] = []
    ) {
        self.caseID = caseID; self.ladders = ladders; self.generalProvisions = generalProvisions; self.providers = providers
        self.waiting = waiting
    }

    public func ladder(goalID: Int) -> RouteLadder { ladders[goalID] ?? RouteLadder(goalID: goalID) }

    /// The active providers offering a product in `domain`, with their waiting over all
    /// products: the shortest current median wait first (no one waiting counts as none), then by name.
    public func rankedProviders(for domain: LifeDomain) -> [(provider: Provider, waiting: ProviderWaiting?)] {
        let overall = Dictionary(waiting.filter { $0.code == nil }.map { ($0.providerID, $0) }, uniquingKeysWith: { a, _ in a })
        return providers.filter { $0.active && $0.products.contains { $0.domain == domain } }
            .map { (provider: $0, waiting: overall[$0.id]) }
            .sorted {
                let a = $0.waiting?.medianWaitingDays ?? 0, b = $1.waiting?.medianWaitingDays ?? 0
                if a != b { return a < b }
                return ($0.provider.name.lowercased(), $0.provider.id) < ($1.provider.name.lowercased(), $1.provider.id)
            }
    }
}
