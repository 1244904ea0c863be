import Foundation
import GRDB
import Wijkteam

/// The provider catalogue and the waiting times computed from the team's own referrals
/// (issue 27). The catalogue holds no client data; the waiting times count provisions only.
extension StoreWork {
    /// Every provider with its products, by name.
    package func providers() throws -> [Provider] {
        var products: [Int: [ProviderProduct]] = [:]
        for r in try db.fetchAll("SELECT * FROM provider_product ORDER BY provider_id, category, code", []) {
            let product = ProviderProduct(
                category: r["category"], code: r["code"], name: r["name"], domain: Rows.vocab(r, "domain", LifeDomain.financien))
            products[r["provider_id"], default: []].append(product)
        }
        return try db.fetchAll("SELECT * FROM provider ORDER BY name, id", []).map { r in
            let id: Int = r["id"]
            return Provider(
                id: id, name: r["name"], law: Rows.vocab(r, "law", ProviderLaw.wmo), agbCode: r["agb_code"], contact: r["contact"],
                normWeeks: r["norm_weeks"], active: r["active"], products: products[id] ?? [], version: r["version"])
        }
    }

    /// Per provider and product (and per provider over all its products): the provisions
    /// waiting now and those started in the 90 days up to `today`.
    package func providerWaiting(today: Day) throws -> [ProviderWaiting] {
        let since = today.adding(days: -ProviderWaiting.recentDays).description
        let rows = try db.fetchAll(
            """
            SELECT provider_id, product_category, product_code, status, COALESCE(waiting_since, requested_on) AS waiting_from, start
            FROM provision
            WHERE provider_id IS NOT NULL AND (status IN ('requested', 'waiting') OR (start IS NOT NULL AND start >= ?))
            """, [since])
        let referrals = rows.map { r in
            ProviderWaiting.Referral(
                providerID: r["provider_id"], category: r["product_category"], code: r["product_code"],
                status: Rows.vocab(r, "status", ProvisionStatus.requested), waitingFrom: Rows.optionalDay(r, "waiting_from"),
                start: Rows.optionalDay(r, "start"))
        }
        return ProviderWaiting.compute(referrals, today: today)
    }

    // MARK: Keeping the catalogue

    package func addProvider(_ provider: Provider) throws -> Provider {
        try requireTeam(householdID: nil, caseID: nil, detail: "add provider", refusal: tr("provider.store.denied"))
        var p = provider
        p.name = p.name.trimmed
        try p.validate()
        try requireFreeName(p.name, for: nil)
        let id = try db.insertReturningID(
            "INSERT INTO provider (name, law, agb_code, contact, norm_weeks, active) VALUES (?, ?, ?, ?, ?, ?)",
            [p.name, p.law.rawValue, p.agbCode, p.contact, p.normWeeks, p.active])
        try insertProducts(p.products, of: id)
        try AuditRows.insert(db, AuditEvent(.change, detail: "provider #\(id) added (\(p.products.count) products)"), actor: actor)
        return try self.provider(id: id)
    }

    package func updateProvider(_ provider: Provider, expectedVersion: Int?) throws -> Provider {
        try requireTeam(householdID: nil, caseID: nil, detail: "change provider #\(provider.id)", refusal: tr("provider.store.denied"))
        let current = try self.provider(id: provider.id)
        if let expectedVersion, expectedVersion != current.version {
            throw WijkteamError.staleVersion(
                record: tr("provider.store.record", current.id), expected: expectedVersion, actual: current.version,
                changed: Self.describe(current))
        }
        var p = provider
        p.name = p.name.trimmed
        try p.validate()
        try requireFreeName(p.name, for: p.id)
        let changed = Self.changedFields(from: current, to: p)
        guard !changed.isEmpty else { return current }
        try db.execute(
            """
            UPDATE provider SET name = ?, law = ?, agb_code = ?, contact = ?, norm_weeks = ?, active = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, [p.name, p.law.rawValue, p.agbCode, p.contact, p.normWeeks, p.active, p.id, current.version])
        guard db.changesCount == 1 else { throw WijkteamError.invalid(tr("provider.store.changed_while_saving", p.id)) }
        if changed.contains("products") {
            try db.execute("DELETE FROM provider_product WHERE provider_id = ?", [p.id])
            try insertProducts(p.products, of: p.id)
        }
        try AuditRows.insert(
            db, AuditEvent(.change, detail: "provider #\(p.id) changed (\(changed.joined(separator: ", ")))"), actor: actor)
        return try self.provider(id: p.id)
    }

    /// One provider with its products; an unknown id is an error naming it.
    func provider(id: Int) throws -> Provider {
        guard let p = try providers().first(where: { $0.id == id }) else { throw WijkteamError.invalid(tr("provider.store.unknown", id)) }
        return p
    }

    /// What a stale writer is told is there now.
    static func describe(_ p: Provider) -> String {
        let state = p.active ? tr("provider.store.active") : tr("provider.store.inactive")
        return tr("provider.store.now", p.name, p.law.label, state)
    }

    /// Names are unique in the catalogue (a household file names a provider by it).
    private func requireFreeName(_ name: String, for id: Int?) throws {
        let rows = try db.fetchAll("SELECT id, name FROM provider", [])
        if let other = rows.first(where: { ($0["name"] as String).lowercased() == name.lowercased() && ($0["id"] as Int) != id }) {
            throw WijkteamError.invalid(tr("provider.store.name_taken", name, other["id"] as Int))
        }
    }

    private func insertProducts(_ products: [ProviderProduct], of id: Int) throws {
        for product in products {
            try db.execute(
                "INSERT INTO provider_product (provider_id, category, code, name, domain) VALUES (?, ?, ?, ?, ?)",
                [id, product.category, product.code, product.name.trimmed, product.domain.rawValue])
        }
    }

    /// The fields the audit row names (no values: the log says what changed, not to what).
    static func changedFields(from a: Provider, to b: Provider) -> [String] {
        var fields: [String] = []
        if a.name != b.name { fields.append("name") }
        if a.law != b.law { fields.append("law") }
        if a.agbCode != b.agbCode { fields.append("agb_code") }
        if a.contact != b.contact { fields.append("contact") }
        if a.normWeeks != b.normWeeks { fields.append("norm_weeks") }
        if a.active != b.active { fields.append(b.active ? "reactivated" : "deactivated") }
        let sorted = { (ps: [ProviderProduct]) in ps.sorted { $0.key < $1.key } }
        if sorted(a.products) != sorted(b.products) { fields.append("products") }
        return fields
    }
}

extension TransactionalStore {
    @discardableResult
    public func addProvider(_ provider: Provider) throws -> Provider { try writing { try $0.addProvider(provider) } }
    @discardableResult
    public func updateProvider(_ provider: Provider, expectedVersion: Int?) throws -> Provider {
        try writing { try $0.updateProvider(provider, expectedVersion: expectedVersion) }
    }
}
