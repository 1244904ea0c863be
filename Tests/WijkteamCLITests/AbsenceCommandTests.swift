import Foundation
import Testing

/// Issue 24, item 3: on the sample district Samira is on leave (until 12 Jan), and signal #6 is
/// about the Mensah household, whose case #13 she holds ("ze bereikt Samira niet"). Triage and
/// decide must not leave the case with her, nor suggest her.
@Suite struct AbsenceCommandTests {
    typealias JSON = [String: Any]

    static func signal6(_ db: String) throws -> JSON {
        let items = try Binary.json(["triage", "--json", "--db", db]) as! [JSON]
        return try #require(items.first { $0["signal_id"] as? Int == 6 })
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
        let keep = try Binary.run(["decide", "6", "--route", "regie", "--db", db])
        #expect(keep.status != 0)
        #expect(
            keep.err.contains("Samira Haddouchi") && keep.err.contains("on leave until 12 Jan")
                && keep.err.contains("--regisseur \(suggested)"))
        let toHer = try Binary.run(["decide", "6", "--route", "regie", "--regisseur", "samira", "--db", db])
        #expect(toHer.status != 0 && toHer.err.contains("on leave until 12 Jan"))
        // Nothing was written: the signal still waits, the case is still hers.
        #expect(try Self.signal6(db)["open_case_id"] as? Int == 13)
        let board = try Binary.json(["board", "--json", "--db", db]) as! JSON
        let samira = (board["regisseurs"] as? [JSON] ?? []).first { $0["id"] as? String == "samira" }
        #expect((samira?["cases"] as? [JSON] ?? []).contains { $0["id"] as? Int == 13 })
        let ok = try Binary.run(["decide", "6", "--route", "regie", "--regisseur", suggested, "--db", db])
        #expect(ok.status == 0 && ok.out.contains("regisseur \(suggested)"))
    }
}
