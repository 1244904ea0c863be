import Foundation
import GRDB
import Wijkteam

// The catalogues a district folder may hold (issue 27; sample-data/providers.yaml and
// general-provisions.yaml, see README "District files"): the providers of tailored provisions
// with their products, and the district's general provisions (voorliggend veld). Both files are
// optional; they load before the households, so a provision can name a provider. Ids are
// given in file order (1, 2, …), as the database will give them.

struct ProvidersFile: Decodable {
    var providers: [ProviderEntry]
}

struct ProviderEntry: Decodable {
    var name: String
    var law: ProviderLaw
    var agbCode: String?
    var contact: String?
    var normWeeks: Int?
    var active: Bool?
    var products: [ProductEntry]?

    enum CodingKeys: String, CodingKey {
        case name, law, contact, active, products
        case agbCode = "agb_code", normWeeks = "norm_weeks"
    }
}

struct ProductEntry: Decodable {
    var category: String
    var code: String
    var name: String
    var domain: LifeDomain
}

struct GeneralProvisionsFile: Decodable {
    var generalProvisions: [GeneralProvisionEntry]

    enum CodingKeys: String, CodingKey { case generalProvisions = "general_provisions" }
}

struct GeneralProvisionEntry: Decodable {
    var name: String
    var domains: [LifeDomain]?
    var description: String?
    var contact: String?
    var active: Bool?
}

extension Shape {
    static let providers: Shape = .map([
        "providers": .list(
            .map([
                "name": .scalar, "law": .scalar, "agb_code": .scalar, "contact": .scalar, "norm_weeks": .scalar, "active": .scalar,
                "products": .list(.map(["category": .scalar, "code": .scalar, "name": .scalar, "domain": .scalar])),
            ]))
    ])

    static let generalProvisions: Shape = .map([
        "general_provisions": .list(
            .map(["name": .scalar, "domains": .list(.scalar), "description": .scalar, "contact": .scalar, "active": .scalar]))
    ])
}

extension DistrictLoader {
    static let providersFile = "providers.yaml"
    static let generalProvisionsFile = "general-provisions.yaml"

    /// Reads `providers.yaml` and `general-provisions.yaml` when the folder has them.
    static func loadCatalogues(folder: URL, into data: inout DistrictData) throws {
        let providers = folder.appendingPathComponent(providersFile)
        if FileManager.default.fileExists(atPath: providers.path) {
            let doc = try YAMLDocument(url: providers, shown: providersFile, shape: .providers)
            data.providers = try loadProviders(doc.decode(), from: doc)
        }
        let general = folder.appendingPathComponent(generalProvisionsFile)
        if FileManager.default.fileExists(atPath: general.path) {
            let doc = try YAMLDocument(url: general, shown: generalProvisionsFile, shape: .generalProvisions)
            data.generalProvisions = try loadGeneralProvisions(doc.decode(), from: doc)
        }
    }

    static func loadProviders(_ file: ProvidersFile, from doc: YAMLDocument) throws -> [Provider] {
        var names: [String: Int] = [:]
        var out: [Provider] = []
        for (i, e) in file.providers.enumerated() {
            let at: [PathKey] = [.key("providers"), .index(i)]
            let name = e.name.trimmed
            if let first = names[name.lowercased()] {
                throw doc.error(at + [.key("name")], "provider '\(name)' is listed twice (also as providers[\(first)])")
            }
            names[name.lowercased()] = i
            var products: [ProviderProduct] = []
            for (j, p) in (e.products ?? []).enumerated() {
                let product = ProviderProduct(category: p.category.trimmed, code: p.code.trimmed, name: p.name, domain: p.domain)
                try doc.check(at + [.key("products"), .index(j)]) { try product.validate() }
                guard !products.contains(where: { $0.key == product.key }) else {
                    throw doc.error(at + [.key("products"), .index(j), .key("code")], "product \(product.key) is listed twice")
                }
                products.append(product)
            }
            let provider = Provider(
                id: i + 1, name: name, law: e.law, agbCode: e.agbCode?.trimmed, contact: e.contact ?? "", normWeeks: e.normWeeks,
                active: e.active ?? true, products: products)
            try doc.check(at) { try provider.validate() }
            out.append(provider)
        }
        return out
    }

    static func loadGeneralProvisions(_ file: GeneralProvisionsFile, from doc: YAMLDocument) throws -> [GeneralProvision] {
        var names = Set<String>()
        var out: [GeneralProvision] = []
        for (i, e) in file.generalProvisions.enumerated() {
            let at: [PathKey] = [.key("general_provisions"), .index(i)]
            let name = e.name.trimmed
            try doc.check(at + [.key("name")]) { try Validation.name(name) }
            guard names.insert(name.lowercased()).inserted else {
                throw doc.error(at + [.key("name")], "general provision '\(name)' is listed twice")
            }
            try doc.check(at + [.key("description")]) {
                try Validation.text(e.description ?? "", what: tr("validation.what.text"))
            }
            try doc.check(at + [.key("contact")]) {
                try Validation.text(e.contact ?? "", what: tr("provider.what.contact"), max: Validation.nameLength)
            }
            out.append(
                GeneralProvision(
                    id: i + 1, name: name, domains: e.domains ?? [], description: e.description ?? "", contact: e.contact ?? "",
                    active: e.active ?? true))
        }
        return out
    }
}

/// Writes a district's catalogues (inside the caller's transaction, before the households).
enum CatalogueRows {
    static func insert(_ d: DistrictData, into db: Database) throws {
        for g in d.generalProvisions {
            try db.execute(
                sql: "INSERT INTO general_provision (id, name, domains, description, contact, active) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [g.id, g.name, Rows.join(g.domains), g.description, g.contact, g.active])
        }
        for p in d.providers {
            try db.execute(
                sql: "INSERT INTO provider (id, name, law, agb_code, contact, norm_weeks, active) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [p.id, p.name, p.law.rawValue, p.agbCode, p.contact, p.normWeeks, p.active])
            for product in p.products {
                try db.execute(
                    sql: "INSERT INTO provider_product (provider_id, category, code, name, domain) VALUES (?, ?, ?, ?, ?)",
                    arguments: [p.id, product.category, product.code, product.name, product.domain.rawValue])
            }
        }
    }
}
