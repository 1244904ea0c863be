#if PostgreSQL
import Foundation
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// Issue 25 through the app's store on the team's server: the privacy officer of the sample
/// district (Mark) makes an inzage and an erasure with the same methods as on SQLite, under
/// the server's guard, and a generalist is refused both.
@Suite(.serialized) struct AVGOnServerTests {
    typealias Team = TeamServerTests.Team

    @Test func thePrivacyOfficersInzageAndErasureWorkThroughTheGuard() throws {
        let team = try Team()
        defer { team.drop() }
        let today = try TeamStoreOnServerTests.serverToday(team)
        let (mark, staff) = try PostgresStore.openAsColleague(team.location("mark"), origin: "test")
        #expect(staff.role == .privacyOfficer && mark.isGuarded)

        // The journal's texts come (the export is logged before they are read), others' stay out.
        let demi = try mark.inzage(personID: 701, today: today)
        #expect(demi.journal.contains { $0.aboutThisPerson && $0.text.hasPrefix("Demi's mother") })
        #expect(!demi.journal.contains { $0.text.contains("Kevin was fined") })
        #expect(!demi.journal.isEmpty && !demi.journal.contains { $0.text.isEmpty })
        #expect(demi.access.contains { $0.action == .export && $0.role == .privacyOfficer })
        let (daan, _) = try PostgresStore.openAsColleague(team.location("daan"), origin: "test")
        #expect(throws: WijkteamError.self) { try daan.inzage(personID: 701, today: today) }

        // An erasure the law allows: a member of a household with nothing open.
        let candidates = try team.once("fatima") {
            try $0.rows(
                """
                SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM care_case c WHERE c.household_id = p.household_id)
                AND NOT EXISTS (SELECT 1 FROM care_case c WHERE c.household_id = p.household_id AND c.phase <> 'afgesloten')
                ORDER BY p.id
                """
            ).map { try $0.decode(Int.self) }
        }
        let person = try #require(
            try candidates.first { !(try mark.erasePerson(personID: $0, reason: "verzoek", dryRun: true, today: today).personKept) },
            "no member of the sample may be erased")
        #expect(throws: WijkteamError.self) { try daan.erasePerson(personID: person, reason: "verzoek", dryRun: false, today: today) }
        let plan = try mark.erasePerson(personID: person, reason: "verzoek van de bewoner", dryRun: false, today: today)
        #expect(!plan.personKept)
        let erased = try TeamServerRecordsTests.base(
            team, "SELECT COUNT(*) FROM person WHERE id = \(person) AND name = '' AND erased_on IS NOT NULL")
        #expect(erased == 1)
        #expect(try mark.verifyAudit().ok)
    }
}
#endif
