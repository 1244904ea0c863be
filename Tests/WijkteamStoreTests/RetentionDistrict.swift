import Foundation
import GRDB
import Wijkteam
@testable import WijkteamStore

/// A district with cases closed 1, 16 and 21 years before its pinned day (issue 25), names that
/// fold (Ł, İ, ı, emoji, combining marks), and a privacy officer.
enum RetentionDistrict {
    static let today = Day("2026-11-20")!
    static let officer = AuditActor(staffID: "mark", account: "test-mark", origin: "tests")
    static let lead = AuditActor(staffID: "fatima", account: "test-fatima", origin: "tests")
    static let generalist = AuditActor(staffID: "daan", account: "test-daan", origin: "tests")

    static let staff = """
        staff:
          - {id: fatima, name: Fatima, role: team_lead, capacity: 4}
          - {id: daan, name: Daan, role: generalist, capacity: 2}
          - {id: mark, name: Mark, role: privacy_officer, capacity: 0}
        """

    /// id, name, members (id, name, born, role), cases (id, opened, closed_on or nil for open), a journal text each.
    static let households: [String] = [
        // 1 year ago: within every period; a single adult.
        household(
            1, "Huishouden Łukasiewicz", [(101, "Zoë Łukasiewicz-İnce 🌷", "1950-04-02", "adult")],
            case: (11, "2025-01-10", "2025-11-01"), text: "Zoë Łukasiewicz-İnce belt over de scootmobiel"),
        // 16 years ago: an adult's file, over the team's 15 years.
        household(
            2, "Huishouden Yılmaz", [(201, "Ayşe Yılmaz", "1960-05-06", "adult")], case: (21, "2009-01-05", "2010-06-01"),
            text: "Ayşe Yılmaz: schulden in kaart"),
        // 21 years ago: a youth file (a child born 2000), over the Jeugdwet's 20 years.
        household(
            3, "Huishouden Cohen", [(301, "Dvora Cohen", "1970-01-01", "parent"), (302, "Noa Cohen", "2000-02-03", "child")],
            case: (31, "2004-01-05", "2005-03-01"), text: "Noa Cohen op school besproken"),
        // 16 years ago: a youth file (a child born 2005), within the Jeugdwet's 20 years.
        household(
            4, "Huishouden 王", [(401, "王 芳", "1975-07-08", "parent"), (402, "王 小明", "2005-09-10", "child")],
            case: (41, "2008-01-05", "2010-06-01"), text: "王 小明 en zijn moeder"),
        // An open case.
        household(
            5, "Huishouden Ölçer", [(501, "Emre Ölçer", "1980-01-01", "adult")], case: (51, "2026-09-01", nil),
            text: "Emre Ölçer eerste gesprek"),
    ]

    static func household(
        _ id: Int, _ name: String, _ members: [(Int, String, String, String)], case c: (Int, String, String?), text: String
    ) -> String {
        let memberLines = members.map { "  - {id: \($0.0), name: \"\($0.1)\", born: \($0.2), role: \($0.3), client: true}" }
        let adult = members[0].0
        let closing =
            c.2.map { "    phase: afgesloten\n    closed_reason: \"\(members[0].1) verhuisd\"\n    closed_on: \($0)\n" }
            ?? "    phase: uitvoering\n"
        return """
            id: \(id)
            name: "\(name)"
            address: {street: Kersenlaan, number: "\(id)", postcode: 1234 AB, buurt: Noord}
            members:
            \(memberLines.joined(separator: "\n"))
            ties:
              - {name: "Buurvrouw van \(members[0].1)", sector: friends_neighbours, relation: buurvrouw, strength: weak, support: [P]}
            cases:
              - id: \(c.0)
                opened: \(c.1)
                source: huisarts
                presenting: "Vraag van \(members[0].1)"
                domains: [financien]
                complexity: 2
                regisseur: daan
            \(closing)    follow_ups:
                  - {kind: preventive, due: \(c.2 ?? "2026-12-01"), owner: daan, note: "bellen met \(members[0].1)", done: \(c.2 != nil)}
                goals:
                  - {domain: financien, person: \(adult), target: 4, text: "\(members[0].1) betaalt zelf"}
                journal:
                  - {date: \(c.1), kind: home_visit, author: daan, text: "\(text)"}
            zrm:
              - {person: \(adult), date: \(c.1), scores: {financien: 2}}
            """
    }

    static func folder() throws -> URL {
        let dir = Fixtures.miniDistrict(household: households[0])
        try staff.write(to: dir.appendingPathComponent("staff.yaml"), atomically: true, encoding: .utf8)
        for (i, text) in households.enumerated().dropFirst() {
            try text.write(to: dir.appendingPathComponent("households/00\(i + 1)-h.yaml"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func store() throws -> SQLiteStore {
        try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("r.sqlite").path, from: DistrictLoader.load(folder: folder()))
    }

    /// One value read with raw SQL.
    static func value<V: DatabaseValueConvertible>(_ store: SQLiteStore, _ type: V.Type, _ sql: String) throws -> V? {
        try store.pool.read { try V.fetchOne($0, sql: sql) }
    }

    /// Every table's row count.
    static func counts(_ store: SQLiteStore) throws -> [String: Int] {
        try store.pool.read { db in
            try Dictionary(uniqueKeysWithValues: Schema.tables.map { ($0, try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0) })
        }
    }

    /// Where `text` (or its folded form) still is: "table.column" for every text column of every
    /// table, the full-text index included.
    static func whereFound(_ text: String, in store: SQLiteStore) throws -> [String] {
        let needles = [text, JournalSearch.folded(text)]
        return try store.pool.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'journal_fts_%'")
            var found: [String] = []
            for t in tables {
                for column in try Row.fetchAll(db, sql: "PRAGMA table_info(\"\(t)\")").map({ $0["name"] as String }) {
                    for n in needles
                    where try Int.fetchOne(
                        db, sql: "SELECT count(*) FROM \"\(t)\" WHERE instr(CAST(\"\(column)\" AS TEXT), ?) > 0", arguments: [n])
                        ?? 0 > 0
                    {
                        found.append("\(t).\(column)")
                    }
                }
            }
            return Array(Set(found)).sorted()
        }
    }

    /// Figures that must survive anonymisation: closed cases by year closed, domain and complexity; ZRM scores.
    static func figures(_ store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT k || ' ' || count(*) FROM (
                        SELECT COALESCE(substr(closed_on, 1, 4), 'open') || ' ' || domains || ' ' || complexity || ' ' || phase AS k
                        FROM care_case)
                    GROUP BY k ORDER BY k
                    """)
                + String.fetchAll(db, sql: "SELECT domain || ' ' || date || ' ' || score FROM zrm_score ORDER BY 1")
                + String.fetchAll(db, sql: "SELECT case_id || ' ' || kind || ' ' || date FROM journal_entry ORDER BY 1")
        }
    }
}
