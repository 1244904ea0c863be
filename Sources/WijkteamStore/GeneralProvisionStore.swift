import GRDB
import Wijkteam

/// The district's general provisions (voorliggend veld; issue 27): a catalogue the team keeps,
/// with no client data. Each change one transaction with its access-log row, version-checked;
/// team members keep it (staff outside the team may not).
extension StoreWork {
    /// Every general provision, active ones and those no longer offered, by name.
    package func generalProvisions() throws -> [GeneralProvision] {
        try db.fetchAll("SELECT * FROM general_provision ORDER BY name, id", []).map(Self.generalProvision)
    }

    static func generalProvision(_ r: some SQLRow) -> GeneralProvision {
        GeneralProvision(
            id: r["id"], name: r["name"], domains: Rows.list(r["domains"] as String, as: LifeDomain.self), description: r["description"],
            contact: r["contact"], active: r["active"], version: r["version"])
    }

    /// Adds (`id` 0) or changes a general provision; names are unique among them.
    @discardableResult
    package func saveGeneralProvision(_ g: GeneralProvision, expectedVersion: Int?) throws -> GeneralProvision {
        try g.validate()
        try requireTeam(householdID: nil, caseID: nil, detail: "general provision \(g.name)", refusal: tr("general_provision.store.denied"))
        var saved = g
        saved.name = g.name.trimmed
        let clash: [Int] = try db.fetchColumn(
            "SELECT id FROM general_provision WHERE lower(name) = lower(?) AND id <> ?", [saved.name, g.id], "id")
        guard clash.isEmpty else { throw WijkteamError.invalid(tr("general_provision.store.duplicate", saved.name)) }
        let domains = Rows.join(Array(Set(g.domains)).sorted { $0.rawValue < $1.rawValue })
        if g.id == 0 {
            saved.id = try db.insertReturningID(
                "INSERT INTO general_provision (name, domains, description, contact, active) VALUES (?, ?, ?, ?, ?)",
                [saved.name, domains, g.description, g.contact, g.active])
            saved.version = 1
            try AuditRows.insert(db, AuditEvent(.change, detail: "general provision #\(saved.id) added"), actor: actor)
            return saved
        }
        let current = try currentGeneralProvision(g.id, expectedVersion: expectedVersion)
        try db.execute(
            """
            UPDATE general_provision SET name = ?, domains = ?, description = ?, contact = ?, active = ?, version = version + 1
            WHERE id = ? AND version = ?
            """, [saved.name, domains, g.description, g.contact, g.active, g.id, current.version])
        saved.version = current.version + 1
        try AuditRows.insert(db, AuditEvent(.change, detail: "general provision #\(g.id) changed"), actor: actor)
        return saved
    }

    /// No longer offered: kept for the routes that named it, not offered for new answers.
    @discardableResult
    package func deactivateGeneralProvision(id: Int, expectedVersion: Int?) throws -> GeneralProvision {
        var current = try currentGeneralProvision(id, expectedVersion: expectedVersion)
        try requireTeam(householdID: nil, caseID: nil, detail: "general provision #\(id)", refusal: tr("general_provision.store.denied"))
        try db.execute("UPDATE general_provision SET active = ?, version = version + 1 WHERE id = ?", [false, id])
        current.active = false
        current.version += 1
        try AuditRows.insert(db, AuditEvent(.change, detail: "general provision #\(id) deactivated"), actor: actor)
        return current
    }

    private func currentGeneralProvision(_ id: Int, expectedVersion: Int?) throws -> GeneralProvision {
        guard let row = try db.fetchOne("SELECT * FROM general_provision WHERE id = ?", [id]) else {
            throw WijkteamError.invalid(tr("general_provision.store.missing", id))
        }
        let current = Self.generalProvision(row)
        if let expectedVersion, expectedVersion != current.version {
            throw WijkteamError.staleVersion(
                record: tr("general_provision.store.record", current.name), expected: expectedVersion, actual: current.version,
                changed: current.active ? current.description : tr("general_provision.store.inactive"))
        }
        return current
    }
}
