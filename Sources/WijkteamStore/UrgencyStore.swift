import Wijkteam

// Triage urgency's weights and respond-by days are team settings (`setting`: `urgency.<name>`),
// read by everyone, changed by the team lead only, each change with its access-log row.

extension StoreWork {
    package func urgencyWeights() throws -> UrgencyWeights {
        var weights = UrgencyWeights()
        for row in try db.fetchAll("SELECT key, value FROM setting WHERE key LIKE 'urgency.%'") {
            let key: String = row["key"], value: Int = row["value"]
            // A value outside its range (edited by hand) falls back to the default, never a crash.
            if let name = UrgencyWeights.Name(rawValue: String(key.dropFirst("urgency.".count))), name.range.contains(value) {
                weights[name] = value
            }
        }
        return weights
    }

    package func setUrgencyWeight(_ name: UrgencyWeights.Name, to value: Int, today: Day) throws -> UrgencyWeights {
        try requireTeamLead(detail: "urgency weight \(name.rawValue)", today: today)
        try UrgencyWeights.validate(name, value)
        let before = try urgencyWeights()[name]
        try db.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [name.settingKey, value])
        try AuditRows.insert(db, AuditEvent(.change, detail: "urgency weight \(name.rawValue) \(before) → \(value)"), actor: actor)
        return try urgencyWeights()
    }
}

extension TransactionalStore {
    public func urgencyWeights() throws -> UrgencyWeights { try reading { try $0.urgencyWeights() } }

    public func setUrgencyWeight(_ name: UrgencyWeights.Name, to value: Int, today: Day) throws -> UrgencyWeights {
        try writing { try $0.setUrgencyWeight(name, to: value, today: today) }
    }
}
