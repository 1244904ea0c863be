import Testing
@testable import Wijkteam

/// A colleague who left the team can no longer act: their account, `--as` and the demo
/// fallback all refuse them from the day they left.
@Suite struct IdentityLeftTests {
    let today = Day("2026-11-20")!
    let staff = [
        Staff(id: "fatima", name: "Fatima", role: .teamLead, capacity: 3, account: "fatima", leftOn: Day("2026-11-20")),
        Staff(id: "zara", name: "Zara", role: .teamLead, capacity: 3, account: "zara"),
        Staff(id: "daan", name: "Daan", role: .generalist, capacity: 6, account: "daan", leftOn: Day("2026-12-01")),
    ]

    @Test func someoneWhoLeftIsRefusedHoweverTheyCome() throws {
        let message = Language.$scoped.withValue(.en) { () -> String in
            do {
                _ = try Identity.resolve(requested: nil, account: "fatima", staff: staff, demo: false, today: today)
                return ""
            } catch { return "\(error)" }
        }
        #expect(message.contains("fatima left the team on 2026-11-20"), "\(message)")
        #expect(throws: WijkteamError.self) {
            try Identity.resolve(requested: "fatima", account: "x", staff: staff, demo: true, today: today)
        }
        // The demo fallback is a team lead who is still in the team.
        #expect(try Identity.resolve(requested: nil, account: "root", staff: staff, demo: true, today: today).staff.id == "zara")
    }

    @Test func someoneLeavingLaterStillActsUntilTheDay() throws {
        #expect(try Identity.resolve(requested: nil, account: "daan", staff: staff, demo: false, today: today).staff.id == "daan")
        #expect(throws: WijkteamError.self) {
            try Identity.resolve(requested: nil, account: "daan", staff: staff, demo: false, today: Day("2026-12-01")!)
        }
    }
}
