import Foundation
import Testing

/// `wijkteam board --json` gives the done-figure beside the planned one, and per month.
@Suite struct BoardFiguresJSONTests {
    @Test func theBoardGivesWorkDoneBesidePlannedAndPerMonth() throws {
        let db = try Binary.freshDatabase()
        let board = try Binary.json(["board", "--json", "--db", db]) as! [String: Any]
        let f = try #require(board["figures"] as? [String: Any])
        let open = try #require(f["open_households"] as? Int)
        let reached = try #require(f["reached_households"] as? Int)
        // The sample has home visits on flagged cases in the last 4 weeks.
        #expect(reached > 0 && reached <= open)
        #expect(f["reached_percent"] as? Int == Int((Double(reached) * 100 / Double(open)).rounded()))
        #expect(f["reached_window_days"] as? Int == 28)
        #expect(f["planned_households"] as? Int == f["proactive_households"] as? Int)
        #expect(f["planned_percent"] as? Int == f["proactive_percent"] as? Int)
        let months = try #require(f["reached_by_month"] as? [[String: Any]])
        #expect(months.count == 6)
        let today = try #require(board["today"] as? String)
        #expect(months.first?["month"] as? String == String(today.prefix(7)))
        for m in months {
            #expect(Set(m.keys) == ["month", "open_households", "reached_households", "reached_percent"])
            #expect((m["reached_households"] as? Int ?? -1) <= (m["open_households"] as? Int ?? -1))
        }
    }
}
