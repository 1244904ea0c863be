import Foundation
import GRDB
import Testing

@testable import WijkteamStore

/// Issue 24, item 3: on the sample district Samira is on leave (until 12 Jan), and signal #7 is
/// about the Mensah household, whose case #13 she holds ("ze bereikt Samira niet"). Triage and
/// decide must not leave the case with her, nor suggest her.
@Suite struct AbsenceCommandTests {
    typealias JSON = [String: Any]

    static func signal6(_ db: String) throws -> JSON {
        let items = try Binary.json(["triage", "--json", "--db", db]) as! [JSON]
        return try #require(items.first { $0["signal_id"] as? Int == 7 })
    }

    @Test func triageSuggestsSomeoneInsteadOfTheRegisseurOnLeave() throws {
        let db = try Binary.freshDatabase()
        let item = try Self.signal6(db)
        let suggested = try #require(item["suggested_regisseur"] as? String)
        #expect(suggested != "samira")
        let reasons = item["suggestion_reasons"] as? [String] ?? []
        #expect(reasons.first?.contains("on leave until 12 Jan") == true)
        // Nobody suggested anywhere in the queue is away.
        let all = try Binary.json(["triage", "--json", "--db", db]) as! [JSON]
        #expect(!all.contains { $0["suggested_regisseur"] as? String == "samira" })
        let text = try Binary.run(["triage", "--db", db])
        #expect(text.status == 0 && !text.out.contains("regisseur: samira"))
    }

    @Test func decideRefusesToKeepOrGiveTheCaseToTheRegisseurOnLeave() throws {
        let db = try Binary.freshDatabase()
        let suggested = try #require(try Self.signal6(db)["suggested_regisseur"] as? String)
        let keep = try Binary.run(["decide", "7", "--route", "regie", "--db", db])
        #expect(keep.status != 0)
        #expect(
            keep.err.contains("Samira Haddouchi") && keep.err.contains("on leave until 12 Jan")
                && keep.err.contains("--regisseur \(suggested)"))
        let toHer = try Binary.run(["decide", "7", "--route", "regie", "--regisseur", "samira", "--db", db])
        #expect(toHer.status != 0 && toHer.err.contains("on leave until 12 Jan"))
        // Nothing was written: the signal still waits, the case is still hers.
        #expect(try Self.signal6(db)["open_case_id"] as? Int == 13)
        let board = try Binary.json(["board", "--json", "--db", db]) as! JSON
        let samira = (board["regisseurs"] as? [JSON] ?? []).first { $0["id"] as? String == "samira" }
        #expect((samira?["cases"] as? [JSON] ?? []).contains { $0["id"] as? Int == 13 })
        let ok = try Binary.run(["decide", "7", "--route", "regie", "--regisseur", suggested, "--db", db])
        #expect(ok.status == 0 && ok.out.contains("regisseur \(suggested)"))
    }

    /// Daan covers Samira's case #13, as `wijkteam staff cover` names him (written straight into the table).
    static func coverSamira(_ db: String) throws {
        let store = try SQLiteStore.open(path: db)
        try store.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO case_cover (case_id, absence_id, cover_id, named_by, named_on)
                    VALUES (13, (SELECT MAX(id) FROM staff_absence WHERE staff_id = 'samira'), 'daan', 'fatima', ?)
                    """, arguments: [Binary.today])
        }
    }

    @Test func followUpsSayWhoCovers() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.json(["followups", "--json", "--db", db]) as! [JSON]
        #expect(!before.contains { $0["covered_by"] != nil })
        try Self.coverSamira(db)
        let rows = try Binary.json(["followups", "--json", "--db", db]) as! [JSON]
        let hers = rows.filter { $0["case_id"] as? Int == 13 }
        #expect(!hers.isEmpty && hers.allSatisfy { $0["owner"] as? String == "samira" && $0["covered_by"] as? String == "daan" })
        #expect(rows.filter { $0["covered_by"] != nil }.count == hers.count)
        let text = try Binary.run(["followups", "--db", db])
        #expect(text.out.split(separator: "\n").contains { $0.contains("#13") && $0.contains("samira ↔ daan") })
        let csv = try Binary.run(["followups", "--csv", "--db", db])
        let header = try #require(csv.out.components(separatedBy: .newlines).first)
        #expect(header.contains("case_id") && header.hasSuffix("covered_by"))
        // With a cover, decide may keep the case with her.
        let keep = try Binary.run(["decide", "7", "--route", "regie", "--db", db])
        #expect(keep.status == 0 && keep.out.contains("regisseur samira"))
    }

    @Test func theAgendaListsTheCasesOfAbsentRegisseurs() throws {
        let db = try Binary.freshDatabase()
        // Case #13 is up for discussion in the sample; cleared, it lands in the absent regisseurs' section.
        #expect(try Binary.run(["discuss", "13", "--clear", "--db", db]).status == 0)
        let json = try Binary.json(["agenda", "--json", "--db", db])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
        #expect(text.contains("absent_regisseurs") && text.contains("nobody covers yet"))
        try Self.coverSamira(db)
        let out = try Binary.run(["agenda", "--db", db]).out
        let lines = out.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Cases of absent regisseurs (1)") })
        #expect(lines[heading + 1].contains("#13") && lines[heading + 1].contains("Samira Haddouchi is on leave until 12 Jan"))
        #expect(lines[heading + 1].contains("covered by Daan Verhoef"))
    }
}
