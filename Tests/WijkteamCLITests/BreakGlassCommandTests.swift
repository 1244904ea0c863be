import Foundation
import GRDB
import Testing

@testable import WijkteamStore

/// Issue 23's measured case in the real binary: a generalist who assigns a case to himself does
/// not read its sensitive history until he gives a reason, which the team lead reviews.
@Suite struct BreakGlassCommandTests {
    typealias JSON = [String: Any]
    /// Case 3 (household 3, regisseur Łukasz) holds sensitive entries Daan did not write.
    static let secret = "drinking"

    @Test func assigningACaseToYourselfOpensItsHistoryOnlyWithAReasonTheLeadReviews() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.run(["journal", "show", "3", "--db", db, "--as", "daan"])
        #expect(before.status == 0 && !before.out.contains(Self.secret), "\(before.out)")
        let assigned = try Binary.run(["assign", "3", "daan", "--db", db, "--as", "daan"])
        #expect(assigned.status == 0, "\(assigned.err)")
        // Given on the store's day (its clock, here pinned), as the case's history records it;
        // not the UTC date, which is another day in the first hours of a Dutch night.
        let granted = try SQLiteStore.open(path: db).pool.read {
            try String.fetchOne($0, sql: "SELECT self_granted_on FROM access_grant WHERE case_id = 3 AND staff_id = 'daan'")
        }
        #expect(granted == Binary.today)
        // The issue's two commands: the history is still withheld, and says how it opens.
        let after = try Binary.run(["journal", "show", "3", "--db", db, "--as", "daan"])
        #expect(after.status == 0 && !after.out.contains(Self.secret), "\(after.out)")
        #expect(after.out.contains("--reason"), "\(after.out)")
        // A reason opens it, logged without the reason's text.
        let reason = "Moeder belde in crisis, ik heb de voorgeschiedenis nodig"
        let opened = try Binary.run(["journal", "show", "3", "--db", db, "--as", "daan", "--reason", reason])
        #expect(opened.status == 0 && opened.out.contains(Self.secret), "\(opened.out) \(opened.err)")
        let log = try Binary.run(["audit", "--household", "3", "--db", db, "--as", "fatima"])
        #expect(log.out.contains("break the glass #") && !log.out.contains(reason), "\(log.out)")
        // The team lead lists it with its reason and questions it: closed again.
        let review = try Binary.json(["audit", "--review", "--json", "--db", db, "--as", "fatima"]) as? [JSON]
        let use = try #require(review?.first)
        #expect(use["reason"] as? String == reason)
        let id = try #require(use["id"] as? Int)
        let notLead = try Binary.run(["audit", "--question", "\(id)", "--db", db, "--as", "daan"])
        #expect(notLead.status == 1)
        let questioned = try Binary.run(["audit", "--question", "\(id)", "--db", db, "--as", "fatima"])
        #expect(questioned.status == 0, "\(questioned.err)")
        let closed = try Binary.run(["journal", "show", "3", "--db", db, "--as", "daan"])
        #expect(!closed.out.contains(Self.secret), "\(closed.out)")
        // Assigned by the team lead, access is carried as before.
        let byLead = try Binary.run(["assign", "3", "zoe", "--db", db, "--as", "fatima"])
        #expect(byLead.status == 0, "\(byLead.err)")
        let zoe = try Binary.run(["journal", "show", "3", "--db", db, "--as", "zoe"])
        #expect(zoe.out.contains(Self.secret), "\(zoe.out)")
    }
}
