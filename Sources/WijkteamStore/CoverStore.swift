import Foundation
import Wijkteam

#if canImport(Glibc)
import Glibc
#endif

/// Waarneming (issue 24): while a regisseur is away the team lead names a colleague to cover
/// their cases. The cover reads and writes such a case as its regisseur would, because need-to-know
/// counts them among who is on the case (`CaseWorkRows.members`), for as long as the absence the
/// cover was named for holds and the absent colleague is still the case's regisseur.
extension StoreWork {
    package func nameCover(absentID: StaffID, cover coverID: StaffID, caseIDs: [Int]?, today: Day) throws -> [CaseCover] {
        try requireTeamLead(detail: "name a cover for staff \(absentID)", today: today)
        let absent = try TeamRows.load(db, absentID)
        guard let absence = absent.absence(on: today) else { throw WijkteamError.invalid(tr("store.cover.not_away", absentID)) }
        let cover = try TeamRows.load(db, coverID)
        guard coverID != absentID else { throw WijkteamError.invalid(tr("store.cover.self", absentID)) }
        guard cover.role.canBeRegisseur else { throw WijkteamError.notARegisseur(coverID, cover.role) }
        if let why = cover.unavailability(today: today, until: absence.to) {
            throw WijkteamError.invalid(tr("store.cover.unavailable", coverID, why))
        }
        let cases = try coveredCases(of: absentID, ids: caseIDs)
        let until = absence.to.map(\.description) ?? "further notice"
        for c in cases {
            // A new cover for a case replaces the one named before for this absence.
            try db.execute(
                """
                INSERT INTO case_cover (case_id, absence_id, cover_id, named_by, named_on) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (case_id, absence_id) DO UPDATE SET cover_id = excluded.cover_id, named_by = excluded.named_by,
                    named_on = excluded.named_on
                """, [c.id, absence.id, coverID, actor.staffID, today.description])
            // Named by the team lead: the cover reads the case's history whole, as its regisseur does.
            try recordAccess(caseID: c.id, to: coverID, decider: c.regisseurID, hadAccess: false, today: today.description)
            try AuditRows.insert(
                db,
                AuditEvent(
                    .change, householdID: c.householdID, caseID: c.id, detail: "cover: \(coverID) covers for \(absentID) until \(until)"),
                actor: actor)
        }
        return cases.map { CaseCover(caseID: $0.id, coverID: coverID, absence: absence) }
    }

    /// The cases a cover is named for: the ones asked (each open and the absent colleague's), or
    /// all their open cases.
    func coveredCases(of absentID: StaffID, ids: [Int]?) throws -> [Case] {
        guard let ids else {
            let all = try db.fetchMapped(
                "SELECT * FROM care_case WHERE regisseur_id = ? AND phase <> 'afgesloten' ORDER BY id", [absentID], Rows.case)
            guard !all.isEmpty else { throw WijkteamError.invalid(tr("store.cover.no_cases", absentID)) }
            return all
        }
        guard !ids.isEmpty else { throw WijkteamError.invalid(tr("store.cover.no_cases", absentID)) }
        return try Array(Set(ids)).sorted().map { id in
            let c = try CaseWorkRows.loadCase(db, id)
            guard c.isOpen else { throw WijkteamError.caseClosed(id) }
            guard c.regisseurID == absentID else { throw WijkteamError.invalid(tr("store.cover.not_theirs", id, absentID)) }
            return c
        }
    }
}

/// Covers that hold today, as need-to-know reads them.
enum CoverRows {
    /// A cover holds while its absence does and the absent colleague is still the case's
    /// regisseur. `case_id` is `column`; two arguments: today, twice.
    static func activeCondition(caseColumn column: String, staffColumn: String) -> String {
        """
        EXISTS (SELECT 1 FROM case_cover cv JOIN staff_absence ab ON ab.id = cv.absence_id
                JOIN care_case cc ON cc.id = cv.case_id AND cc.regisseur_id = ab.staff_id
                WHERE cv.case_id = \(column) AND cv.cover_id = \(staffColumn)
                  AND ab.from_day <= ? AND (ab.to_day IS NULL OR ab.to_day >= ?))
        """
    }

    /// The colleagues covering each of these cases today.
    static func active(_ db: some SQLRunner, caseIDs list: String, today: Day) throws -> [(caseID: Int, coverID: StaffID)] {
        try db.fetchAll(
            """
            SELECT cv.case_id, cv.cover_id FROM case_cover cv JOIN staff_absence ab ON ab.id = cv.absence_id
            JOIN care_case cc ON cc.id = cv.case_id AND cc.regisseur_id = ab.staff_id
            WHERE cv.case_id IN (\(list)) AND ab.from_day <= ? AND (ab.to_day IS NULL OR ab.to_day >= ?)
            ORDER BY cv.case_id, cv.cover_id
            """, [today.description, today.description]
        ).map { (caseID: $0["case_id"], coverID: $0["cover_id"]) }
    }
}

/// The store's today, for rules that hold "while" (a cover's rights): the local date, or
/// `$WIJKTEAM_TODAY` when it is set and a valid day (the command line allows a pinned day only
/// on demo databases, and a team's server refuses it).
package enum StoreClock {
    package static func today() -> Day {
        if let pinned = ProcessInfo.processInfo.environment["WIJKTEAM_TODAY"], let day = Day(pinned) { return day }
        var now = time(nil)
        var t = tm()
        localtime_r(&now, &t)
        return Day(year: Int(t.tm_year) + 1900, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday)) ?? Day(daysSinceEpoch: 0)
    }

    /// `date` as the access log writes it: ISO 8601 in UTC to the second (`2026-12-06T06:10:00Z`,
    /// what `Date.ISO8601Format()` gives), made without Foundation's formatter: its first use
    /// (calendars, caches, conformance lookups) cost every one-shot command half a millisecond.
    package static func timestamp(_ date: Date = Date()) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        var (days, second) = seconds.quotientAndRemainder(dividingBy: 86_400)
        if second < 0 { (days, second) = (days - 1, second + 86_400) }
        // Not the domain's `String(format2:)`: made visible here, an unapplied `String.init` on an
        // Int elsewhere (`score.map(String.init)`) resolved to it and wrote "03" for a ZRM score.
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(Day(daysSinceEpoch: days))T\(two(second / 3_600)):\(two(second / 60 % 60)):\(two(second % 60))Z"
    }
}
