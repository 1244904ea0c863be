import Foundation
import GRDB
import Wijkteam

/// ZRM measurements as wholes (v15): one row per adult and date in `zrm_measurement` (who
/// recorded it, which domains were explicitly not assessed) and a `zrm_score` row per scored
/// domain. Nothing is copied forward; scores the old rule copied are marked `carried_forward`.
extension StoreWork {
    /// Records a ZRM measurement: every domain scored or marked not assessed (refused, naming
    /// the domains left open, otherwise). A measurement of the same adult on the same date is
    /// replaced as a whole. With `basedOn` (the latest scores the form showed as hints), a
    /// measurement recorded meanwhile by someone else is refused.
    @discardableResult
    package func recordZRM(
        personID: Int, date: Day, scores typed: [LifeDomain: Int], notAssessed: Set<LifeDomain>,
        basedOn: [LifeDomain: Int]?, today: Day
    ) throws -> [ZRMScore] {
        guard let row = try db.fetchOne("SELECT * FROM person WHERE id = ?", [personID]) else {
            throw WijkteamError.invalid(tr("store.person.missing", personID))
        }
        let person = Rows.person(row)
        let c = try db.fetchOne(
            """
            SELECT * FROM care_case WHERE household_id = ? AND phase <> 'afgesloten' ORDER BY id DESC LIMIT 1
            """, [person.householdID]
        ).map(Rows.case)
        guard let c else { throw WijkteamError.invalid(tr("store.zrm.no_open_case", person.name)) }
        try requireCaseWrite(c, detail: "record ZRM")
        let all = try db.fetchMapped("SELECT * FROM zrm_score WHERE person_id = ?", [personID], Rows.zrm)
        if let basedOn, let what = ZRMMeasurement.changedMeanwhile(expected: basedOn, current: ZRMMeasurement.latest(all, person: personID))
        {
            throw WijkteamError.invalid(tr("store.zrm.changed_meanwhile", person.name, what))
        }
        let scores = try ZRMMeasurement.scores(for: person, on: date, today: today, scores: typed, notAssessed: notAssessed)
        try db.execute("DELETE FROM zrm_score WHERE person_id = ? AND date = ?", [personID, date.description])
        var replaced = db.changesCount > 0
        try db.execute("DELETE FROM zrm_measurement WHERE person_id = ? AND date = ?", [personID, date.description])
        replaced = replaced || db.changesCount > 0
        let skipped = ZRMRows.list(notAssessed)
        try db.execute(
            "INSERT INTO zrm_measurement (person_id, date, recorded_by, not_assessed, legacy) VALUES (?, ?, ?, ?, 0)",
            [personID, date.description, actor.staffID, skipped])
        for s in scores {
            try db.execute(
                "INSERT INTO zrm_score (person_id, domain, date, score) VALUES (?, ?, ?, ?)",
                [s.personID, s.domain.rawValue, s.date.description, s.score])
        }
        try AuditRows.insert(
            db,
            AuditEvent(
                .change, householdID: person.householdID, caseID: c.id,
                detail: "ZRM of person \(personID) on \(date): \(scores.count) domains scored, \(notAssessed.count) not assessed"
                    + (skipped.isEmpty ? "" : " (not assessed: \(skipped))") + (replaced ? "; replaces that date's measurement" : "")),
            actor: actor)
        return scores
    }
}

enum ZRMRows {
    /// Domains as stored: their raw values, comma-separated, in ZRM order.
    static func list(_ domains: Set<LifeDomain>) -> String {
        LifeDomain.zrmDomains.filter(domains.contains).map(\.rawValue).joined(separator: ",")
    }

    static func measurement(_ r: some SQLRow) -> ZRMMeasurementRecord {
        let skipped: String = r["not_assessed"]
        return ZRMMeasurementRecord(
            personID: r["person_id"], date: Rows.day(r, "date"),
            notAssessed: Set(skipped.split(separator: ",").compactMap { LifeDomain(rawValue: String($0)) }),
            legacy: r["legacy"], recordedBy: r["recorded_by"])
    }

    /// The district's measurements as wholes: one row per adult and date that has scores, with
    /// the domains the file marked not assessed (a domain it neither scores nor marks is left
    /// open, so a partial measurement in a file stays partial).
    static func insertMeasurements(_ d: DistrictData, into db: Database) throws {
        var notAssessed: [String: Set<LifeDomain>] = [:]
        for m in d.zrmMeasurements { notAssessed["\(m.personID)|\(m.date)"] = m.notAssessed }
        var seen = Set<String>()
        for z in d.zrm {
            let key = "\(z.personID)|\(z.date)"
            guard seen.insert(key).inserted else { continue }
            try db.cachedStatement(sql: "INSERT INTO zrm_measurement (person_id, date, not_assessed) VALUES (?, ?, ?)")
                .execute(arguments: [z.personID, z.date.description, list(notAssessed[key] ?? [])])
        }
    }
}
