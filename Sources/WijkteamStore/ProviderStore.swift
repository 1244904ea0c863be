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
}
