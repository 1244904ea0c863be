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

// MARK: Keeping the catalogue (issue 27)

extension ProviderProduct {
    /// The standard's shape: a category of two digits, a code of five letters or digits, a name.
    public func validate() throws {
        guard category.count == 2, category.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw WijkteamError.invalid(tr("provider.invalid.category", category))
        }
        guard code.count == 5, code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw WijkteamError.invalid(tr("provider.invalid.code", code))
        }
        try Validation.name(name, what: tr("provider.what.product"))
    }

    /// "02/02A01", as a household file and the command line name a product.
    public var key: String { category + "/" + code }

    /// A product key as written ("02/02A01"): category and code, or nil when it is not one.
    public static func parseKey(_ text: String) -> (category: String, code: String)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        return (String(parts[0]).trimmed, String(parts[1]).trimmed)
    }
}

extension Provider {
    /// The normal span from allocation to start in days (the norm in weeks), if the provider has one.
    public var normDays: Int? { normWeeks.map { $0 * 7 } }

    /// A provider the team can keep: a name, a fictional-or-real 8-digit AGB code when given, a
    /// norm of 0…104 weeks, products each once and each in the standard's shape.
    public func validate() throws {
        try Validation.name(name, what: tr("provider.what.name"))
        try Validation.text(contact, what: tr("provider.what.contact"), max: Validation.nameLength)
        if let agbCode, agbCode.count != 8 || !agbCode.allSatisfy({ $0.isASCII && $0.isNumber }) {
            throw WijkteamError.invalid(tr("provider.invalid.agb", agbCode))
        }
        if let normWeeks, !Validation.waitingWeeks.contains(normWeeks) {
            throw WijkteamError.invalid(tr("provider.invalid.norm", normWeeks))
        }
        var seen = Set<String>()
        for p in products {
            try p.validate()
            guard seen.insert(p.key).inserted else { throw WijkteamError.invalid(tr("provider.invalid.product_twice", p.key, name)) }
        }
    }
}

/// One provider as the providers view and `wijkteam providers` show it: the catalogue entry
/// with its waiting times over all its products and per product.
public struct ProviderOverview: Hashable, Sendable {
    public var provider: Provider
    /// Over all its products (also referrals that name no product).
    public var overall: ProviderWaiting
    /// Per product the provider offers, in its order, then products only referrals name.
    public var products: [Line]

    /// One product's waiting times; `product` is nil for a code only referrals name.
    public struct Line: Hashable, Sendable {
        public var product: ProviderProduct?
        public var category: String
        public var code: String
        public var waiting: ProviderWaiting
        public var key: String { category + "/" + code }
    }

    /// Someone waiting now has waited longer than the provider's norm.
    public static func overNorm(_ w: ProviderWaiting, normDays: Int?) -> Bool {
        guard let normDays, let longest = w.longestWaitingDays else { return false }
        return longest > normDays
    }
    public var overNorm: Bool { Self.overNorm(overall, normDays: provider.normDays) }

    /// Every provider (by name) with its waiting times; a provider nobody was referred to
    /// recently has empty figures.
    public static func build(_ providers: [Provider], waiting: [ProviderWaiting]) -> [ProviderOverview] {
        var byProvider: [Int: [ProviderWaiting]] = [:]
        for w in waiting { byProvider[w.providerID, default: []].append(w) }
        return providers.map { p in
            let rows = byProvider[p.id] ?? []
            let overall = rows.first { $0.code == nil } ?? ProviderWaiting(providerID: p.id)
            var perCode = Dictionary(
                rows.compactMap { w in w.code.map { ((w.category ?? "") + "/" + $0, w) } }, uniquingKeysWith: { a, _ in a })
            var products: [Line] = p.products.map { product in
                let w =
                    perCode.removeValue(forKey: product.key)
                    ?? ProviderWaiting(providerID: p.id, category: product.category, code: product.code)
                return Line(product: product, category: product.category, code: product.code, waiting: w)
            }
            for (_, w) in perCode.sorted(by: { $0.key < $1.key }) {
                products.append(Line(product: nil, category: w.category ?? "", code: w.code ?? "", waiting: w))
            }
            return ProviderOverview(provider: p, overall: overall, products: products)
        }
    }
}
