import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// Correction, erasure and retention (issue 25) with the same SQL on every store: the changes
/// land, the refusals are logged, and the audit chain still verifies.
@Suite struct ErasureSharedTests {
    @Test(arguments: StoreKind.allCases)
    func correctionErasureAndRetentionRunOnEveryStore(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lead = try db.terminal("fatima")
        let corrected = try lead.correctPerson(
            personID: 202, .init(name: "Ayşe Yılmaz-Kaya"), reason: "request of 12 Nov", expectedVersion: nil, today: db.today)
        #expect(corrected.name == "Ayşe Yılmaz-Kaya")
        #expect(try lead.personCorrections(personID: 202).map(\.oldValue) == ["Ayşe Yılmaz"])
        #expect(throws: WijkteamError.self) {
            try db.terminal("daan").erasePerson(personID: 2801, reason: "request", dryRun: false, today: db.today)
        }
        #expect(try lead.erasePerson(personID: 202, reason: "request", dryRun: false, today: db.today).personKept, "open case")
        let erased = try lead.erasePerson(personID: 2801, reason: "request", dryRun: false, today: db.today)
        #expect(!erased.personKept && erased.householdAnonymised)
        #expect(try lead.findHouseholds("Meijer", limit: 5).isEmpty)
        try lead.setRetention(.other, years: 1)
        let listed = try lead.retention(dryRun: true, today: db.today)
        #expect(!listed.due.isEmpty)
        #expect(try lead.retention(dryRun: false, today: db.today) == listed)
        #expect(try lead.retentionDueCount(today: db.today) == 0)
        #expect(try lead.verifyAudit().broken == nil)
    }
}
