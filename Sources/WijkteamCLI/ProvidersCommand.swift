import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam providers [list] [--json|--csv]`, `providers add|edit|deactivate` (issue 27): the
// catalogue of providers with their products, and each one's waiting times computed from the
// team's own referrals. Any member of the team keeps the catalogue (the store checks it, logs
// the change, and checks the version); it holds no client data.

struct ProvidersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "providers",
        abstract: "The providers: their products, law, norm and current waiting times; add, change and deactivate them.",
        subcommands: [ProvidersListCommand.self, ProvidersAddCommand.self, ProvidersEditCommand.self, ProvidersDeactivateCommand.self],
        defaultSubcommand: ProvidersListCommand.self)
}

struct ProvidersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Each provider with its law, products and waiting times (median and longest of those waiting now, "
            + "and of those started in the last 90 days), over all its products and per product.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let (providers, waiting) = try ctx.store.readConsistently {
                (try ctx.store.providers(), try ctx.store.providerWaiting(today: ctx.today))
            }
            let rows = ProviderOverview.build(providers, waiting: waiting).map(ProviderRow.init)
            if output.json { try printJSON(rows); return }
            if output.csv { try printCSV(ProviderRow.csv(rows)); return }
            let text = rows.isEmpty ? tr("cli.providers.none") : rows.map(\.text).joined(separator: "\n")
            print(text)
        }
    }
}

/// Waiting times as `providers --json` gives them: days, nil when nobody counts.
struct WaitingJSON: Encodable {
    var waitingNow: Int
    var medianWaitingDays: Int?
    var longestWaitingDays: Int?
    var startedRecently: Int
    var medianStartedDays: Int?
    var longestStartedDays: Int?
    var overNorm: Bool

    init(_ w: ProviderWaiting, normDays: Int?) {
        waitingNow = w.waitingNow; medianWaitingDays = w.medianWaitingDays; longestWaitingDays = w.longestWaitingDays
        startedRecently = w.startedRecently; medianStartedDays = w.medianStartedDays; longestStartedDays = w.longestStartedDays
        overNorm = ProviderOverview.overNorm(w, normDays: normDays)
    }

    /// "3 waiting: median 5 wk, longest 9 wk · 2 started in 90 days: median 4 wk, longest 6 wk".
    var text: String {
        let now =
            waitingNow == 0
            ? tr("cli.providers.waiting.none")
            : tr("cli.providers.waiting", waitingNow, ProviderRow.weeks(medianWaitingDays), ProviderRow.weeks(longestWaitingDays))
        let started =
            startedRecently == 0
            ? tr("cli.providers.started.none")
            : tr("cli.providers.started", startedRecently, ProviderRow.weeks(medianStartedDays), ProviderRow.weeks(longestStartedDays))
        return now + (overNorm ? tr("cli.providers.over_norm") : "") + " · " + started
    }
}

/// One provider as `wijkteam providers` shows it.
struct ProviderRow: Encodable {
    struct Product: Encodable {
        var category: String
        var code: String
        /// Nil for a code only referrals name (not, or no longer, in the catalogue).
        var name: String?
        var domain: LifeDomain?
        var waiting: WaitingJSON
    }
    var id: Int
    var name: String
    var law: ProviderLaw
    var agbCode: String?
    var contact: String
    var normWeeks: Int?
    var active: Bool
    var version: Int
    var waiting: WaitingJSON
    var products: [Product]

    init(_ o: ProviderOverview) {
        let p = o.provider
        id = p.id; name = p.name; law = p.law; agbCode = p.agbCode; contact = p.contact; normWeeks = p.normWeeks
        active = p.active; version = p.version
        waiting = WaitingJSON(o.overall, normDays: p.normDays)
        products = o.products.map {
            Product(
                category: $0.category, code: $0.code, name: $0.product?.name, domain: $0.product?.domain,
                waiting: WaitingJSON($0.waiting, normDays: p.normDays))
        }
    }

    static func weeks(_ days: Int?) -> String { days.map { tr("cli.providers.weeks", ($0 + 3) / 7) } ?? "-" }

    var text: String {
        let norm = normWeeks.map { tr("cli.providers.norm", $0) } ?? tr("cli.providers.norm.none")
        var line = tr("cli.providers.line", id, name, law.label, norm, version)
        if !active { line += tr("cli.providers.inactive") }
        var lines = [line, "  " + waiting.text]
        for p in products {
            let what = p.name.map { "\(p.category)/\(p.code) \($0)" } ?? tr("cli.providers.not_offered", p.category + "/" + p.code)
            lines.append("  - " + what + ": " + p.waiting.text)
        }
        return lines.joined(separator: "\n")
    }

    /// One row per provider (its figures over all products), then one per product.
    static func csv(_ rows: [ProviderRow]) -> CSVTable {
        var t = CSVTable([
            "id", "name", "law", "agb_code", "contact", "norm_weeks", "active", "version", "category", "code", "product", "domain",
            "waiting_now", "median_waiting_days", "longest_waiting_days", "started_recently", "median_started_days",
            "longest_started_days", "over_norm",
        ])
        for r in rows {
            func add(_ category: String?, _ code: String?, _ product: String?, _ domain: LifeDomain?, _ w: WaitingJSON) {
                t.append([
                    .int(r.id), .text(r.name), .text(r.law.rawValue), .text(r.agbCode), .text(r.contact), .int(r.normWeeks),
                    .bool(r.active), .int(r.version), .text(category), .text(code), .text(product), .text(domain?.rawValue),
                    .int(w.waitingNow), .int(w.medianWaitingDays), .int(w.longestWaitingDays), .int(w.startedRecently),
                    .int(w.medianStartedDays), .int(w.longestStartedDays), .bool(w.overNorm),
                ])
            }
            add(nil, nil, nil, nil, r.waiting)
            for p in r.products { add(p.category, p.code, p.name, p.domain, p.waiting) }
        }
        return t
    }
}

enum ProviderInput {
    static func law(_ key: String) throws -> ProviderLaw {
        guard let law = ProviderLaw(rawValue: key.lowercased()) else {
            throw ValidationError(tr("cli.error.oneof", "--law", key, ProviderLaw.keys))
        }
        return law
    }

    /// "02/02A01:geestelijke_gezondheid:Individuele begeleiding": category/code, domain, name.
    static func product(_ text: String, option: String) throws -> ProviderProduct {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, let key = ProviderProduct.parseKey(parts[0]) else {
            throw ValidationError(tr("cli.providers.error.product", option, text))
        }
        guard let domain = LifeDomain(rawValue: parts[1].trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw ValidationError(tr("cli.error.oneof", option, parts[1], LifeDomain.keys))
        }
        return ProviderProduct(category: key.category, code: key.code, name: parts[2].trimmingCharacters(in: .whitespaces), domain: domain)
    }

    static func current(_ ctx: AppContext, _ id: Int) throws -> Provider {
        guard let p = try ctx.store.providers().first(where: { $0.id == id }) else {
            throw WijkteamError.invalid(tr("cli.providers.error.unknown", id))
        }
        return p
    }

    static func said(_ p: Provider) -> String {
        tr("cli.providers.said", p.id, p.name, p.law.label, p.products.count, p.version)
    }
}

/// What `providers add` and `providers edit` may set beside the name.
struct ProviderDetailOptions: ParsableArguments {
    @Option(name: .customLong("agb"), help: "The provider's 8-digit AGB code (empty: none).") var agbCode: String?
    @Option(name: .long, help: "How to reach the provider's planning (no client data).") var contact: String?
    @Option(name: .customLong("norm-weeks"), help: "Weeks allowed from allocation to start, 0 to 104 (empty: none).")
    var normWeeks: String?

    var isEmpty: Bool { agbCode == nil && contact == nil && normWeeks == nil }

    func apply(to p: inout Provider) throws {
        if let agbCode { p.agbCode = agbCode.isEmpty ? nil : agbCode }
        if let contact { p.contact = contact }
        if let normWeeks {
            if normWeeks.isEmpty {
                p.normWeeks = nil
            } else {
                guard let weeks = Int(normWeeks) else { throw ValidationError(tr("cli.providers.error.norm", normWeeks)) }
                p.normWeeks = weeks
            }
        }
    }
}

struct ProvidersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a provider with its products (any member of the team; logged).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The provider's name (unique in the catalogue).") var name: String
    @Option(name: .long, help: "Law: wmo, jeugdwet or both.") var law: String
    @OptionGroup var details: ProviderDetailOptions
    @Option(name: .long, help: "A product, CATEGORY/CODE:DOMAIN:NAME (02/02A01:geestelijke_gezondheid:Individuele begeleiding); repeat it.")
    var product: [String] = []

    func run() throws {
        try runReporting {
            var p = Provider(id: 0, name: name, law: try ProviderInput.law(law))
            try details.apply(to: &p)
            p.products = try product.map { try ProviderInput.product($0, option: "--product") }
            let ctx = try common.context()
            let saved = try ctx.store.addProvider(p)
            if output.json { try printJSON(ProviderRow(ProviderOverview.build([saved], waiting: [])[0])); return }
            print(tr("cli.providers.added", ProviderInput.said(saved)))
        }
    }
}

struct ProvidersEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Change a provider: details, products, or use it again (any member of the team; logged).",
        discussion: "Only what you give changes. Without --version the change is checked against the version read just before it.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The provider's id (see 'wijkteam providers').") var id: Int
    @Option(name: .long, help: "A new name.") var name: String?
    @Option(name: .long, help: "Law: wmo, jeugdwet or both.") var law: String?
    @OptionGroup var details: ProviderDetailOptions
    @Option(name: .customLong("add-product"), help: "Add or replace a product, CATEGORY/CODE:DOMAIN:NAME; repeat it.")
    var addProduct: [String] = []
    @Option(name: .customLong("remove-product"), help: "Remove a product, CATEGORY/CODE; repeat it.") var removeProduct: [String] = []
    @Flag(name: .long, help: "Use a deactivated provider again.") var activate = false
    @Option(name: .customLong("version"), help: "The provider version you saw; refused if someone changed it since.")
    var expectedVersion: Int?

    func run() throws {
        try runReporting {
            guard name != nil || law != nil || !details.isEmpty || !addProduct.isEmpty || !removeProduct.isEmpty || activate else {
                throw ValidationError(tr("cli.providers.edit.nothing"))
            }
            let newLaw = try law.map(ProviderInput.law)
            let added = try addProduct.map { try ProviderInput.product($0, option: "--add-product") }
            let ctx = try common.context()
            let current = try ProviderInput.current(ctx, id)
            var p = current
            if let name { p.name = name }
            if let newLaw { p.law = newLaw }
            try details.apply(to: &p)
            for key in removeProduct {
                guard let k = ProviderProduct.parseKey(key), p.products.contains(where: { $0.key == k.category + "/" + k.code }) else {
                    throw ValidationError(tr("cli.providers.error.no_product", key, current.name))
                }
                p.products.removeAll { $0.key == k.category + "/" + k.code }
            }
            for product in added {
                if let i = p.products.firstIndex(where: { $0.key == product.key }) {
                    p.products[i] = product
                } else {
                    p.products.append(product)
                }
            }
            if activate { p.active = true }
            let saved = try ctx.store.updateProvider(p, expectedVersion: expectedVersion ?? current.version)
            if output.json { try printJSON(ProviderRow(ProviderOverview.build([saved], waiting: [])[0])); return }
            let line =
                saved.version == current.version
                ? tr("cli.providers.unchanged", ProviderInput.said(saved)) : tr("cli.providers.updated", ProviderInput.said(saved))
            print(line)
        }
    }
}

struct ProvidersDeactivateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deactivate",
        abstract: "Stop referring to a provider; it stays for the waiting times of earlier referrals (any member of the team; logged).")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "The provider's id.") var id: Int
    @Option(name: .customLong("version"), help: "The provider version you saw; refused if someone changed it since.")
    var expectedVersion: Int?

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let current = try ProviderInput.current(ctx, id)
            guard current.active else { throw ValidationError(tr("cli.providers.deactivate.already", current.name)) }
            var p = current
            p.active = false
            let saved = try ctx.store.updateProvider(p, expectedVersion: expectedVersion ?? current.version)
            if output.json { try printJSON(ProviderRow(ProviderOverview.build([saved], waiting: [])[0])); return }
            print(tr("cli.providers.deactivated", ProviderInput.said(saved)))
        }
    }
}
