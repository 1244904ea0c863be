/// The catalogues the team keeps (issue 27): providers of tailored provisions with what they
/// offer, and the district's general provisions (voorliggend veld).
public enum ProviderLaw: String, Vocabulary {
    case wmo, jeugdwet, both
    public var label: String {
        switch self {
        case .wmo: tr("provider.law.wmo")
        case .jeugdwet: tr("provider.law.jeugdwet")
        case .both: tr("provider.law.both")
        }
    }
}

/// What a provider offers: an iWmo/iJw product (category and code) in a life domain.
public struct ProviderProduct: Hashable, Sendable, Codable {
    /// The standard's product category (2 digits, e.g. "02").
    public var category: String
    /// The product code (5 characters) within the category.
    public var code: String
    public var name: String
    public var domain: LifeDomain
    public init(category: String, code: String, name: String, domain: LifeDomain) {
        self.category = category; self.code = code; self.name = name; self.domain = domain
    }
}

public struct Provider: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var name: String
    public var law: ProviderLaw
    public var agbCode: String?
    public var contact: String
    /// How many weeks the provider (or the contract with it) allows between allocation and start.
    public var normWeeks: Int?
    public var active: Bool
    public var products: [ProviderProduct]
    public var version: Int
    public init(
        id: Int, name: String, law: ProviderLaw, agbCode: String? = nil, contact: String = "", normWeeks: Int? = nil,
        active: Bool = true, products: [ProviderProduct] = [], version: Int = 1
    ) {
        self.id = id; self.name = name; self.law = law; self.agbCode = agbCode; self.contact = contact
        self.normWeeks = normWeeks; self.active = active; self.products = products; self.version = version
    }
}

/// A general provision of the district (community centre, meal service, volunteer transport,
/// debt café …), offered by life domain.
public struct GeneralProvision: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var name: String
    public var domains: [LifeDomain]
    public var description: String
    public var contact: String
    public var active: Bool
    public var version: Int
    public init(
        id: Int, name: String, domains: [LifeDomain], description: String = "", contact: String = "", active: Bool = true,
        version: Int = 1
    ) {
        self.id = id; self.name = name; self.domains = domains; self.description = description; self.contact = contact
        self.active = active; self.version = version
    }
}

/// A provider's current waiting time for one product (or over all its products when `code` is
/// nil), computed from the team's own referrals, never typed.
public struct ProviderWaiting: Hashable, Sendable, Codable {
    public var providerID: Int
    public var category: String?
    public var code: String?
    /// Provisions waiting now (requested or on the list), and their median and longest wait in days so far.
    public var waitingNow: Int
    public var medianWaitingDays: Int?
    public var longestWaitingDays: Int?
    /// Provisions started in the last 90 days, and their median and longest wait in days.
    public var startedRecently: Int
    public var medianStartedDays: Int?
    public var longestStartedDays: Int?
    public init(
        providerID: Int, category: String? = nil, code: String? = nil, waitingNow: Int = 0, medianWaitingDays: Int? = nil,
        longestWaitingDays: Int? = nil, startedRecently: Int = 0, medianStartedDays: Int? = nil, longestStartedDays: Int? = nil
    ) {
        self.providerID = providerID; self.category = category; self.code = code; self.waitingNow = waitingNow
        self.medianWaitingDays = medianWaitingDays; self.longestWaitingDays = longestWaitingDays
        self.startedRecently = startedRecently; self.medianStartedDays = medianStartedDays; self.longestStartedDays = longestStartedDays
    }
}

extension ProviderWaiting {
    /// Started within this many days counts as "started recently".
    public static let recentDays = 90

    /// One referral to a provider, as the waiting times need it.
    public struct Referral: Hashable, Sendable {
        public var providerID: Int
        public var category: String?
        public var code: String?
        public var status: ProvisionStatus
        /// On the list since (or allocated on), else requested on.
        public var waitingFrom: Day?
        public var start: Day?
        public init(providerID: Int, category: String?, code: String?, status: ProvisionStatus, waitingFrom: Day?, start: Day?) {
            self.providerID = providerID; self.category = category; self.code = code; self.status = status
            self.waitingFrom = waitingFrom; self.start = start
        }
    }

    /// Per provider over all its products (`code` nil), and per provider and product where the
    /// referral names one: median and longest wait of those waiting now (days so far) and of
    /// those started in the last `recentDays` days (days from waiting to start).
    public static func compute(_ referrals: [Referral], today: Day) -> [ProviderWaiting] {
        struct Key: Hashable { var provider: Int; var category: String?; var code: String? }
        var waiting: [Key: [Int]] = [:], started: [Key: [Int]] = [:]
        let since = today.adding(days: -recentDays)
        for r in referrals {
            guard let from = r.waitingFrom else { continue }
            var keys = [Key(provider: r.providerID)]
            if r.code != nil { keys.append(Key(provider: r.providerID, category: r.category, code: r.code)) }
            if r.status == .requested || r.status == .waiting {
                for k in keys { waiting[k, default: []].append(max(0, today.daysSinceEpoch - from.daysSinceEpoch)) }
            } else if let start = r.start, start >= since, start <= today {
                for k in keys { started[k, default: []].append(max(0, start.daysSinceEpoch - from.daysSinceEpoch)) }
            }
        }
        return Set(waiting.keys).union(started.keys).map { k in
            let w = waiting[k] ?? [], s = started[k] ?? []
            return ProviderWaiting(
                providerID: k.provider, category: k.category, code: k.code, waitingNow: w.count, medianWaitingDays: median(w),
                longestWaitingDays: w.max(), startedRecently: s.count, medianStartedDays: median(s), longestStartedDays: s.max())
        }.sorted { ($0.providerID, $0.category ?? "", $0.code ?? "") < ($1.providerID, $1.category ?? "", $1.code ?? "") }
    }

    /// The middle value (the lower of the two middle ones for an even count: whole days).
    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[(values.count - 1) / 2]
    }
}
