import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The done-figure's data as the store reads it (`proactiveContacts`): what counts as a
/// proactive contact made, and what does not.
@Suite struct ProactiveContactsTests {
    @Test func aHomeVisitCountsOnAFlaggedCaseAndACompletedFollowUpOnTheDayItWasDone() throws {
        let store = try Fixtures.sampleStore()
        let today = StoreClock.today()
        let since = TeamFigures.contactsSince(today: today)
        let all = try store.followUps(includeDone: true)
        let flagged = Set(all.filter(\.kind.isProactive).map(\.caseID))
        let c = try #require(try store.cases(includeClosed: false).first { !flagged.contains($0.id) && !$0.safety })
        let before = try store.proactiveContacts(since: since)
        // A case with no preventive or outreaching follow-up has no proactive contact yet.
        #expect(!before.contains { $0.caseID == c.id })

        // A home visit on a case with no preventive or outreaching follow-up is no proactive contact.
        _ = try store.addJournal(caseID: c.id, kind: .homeVisit, date: today, text: "Huisbezoek", sensitive: false, today: today)
        #expect(try store.proactiveContacts(since: since).filter { $0.caseID == c.id }.isEmpty)

        // Flagged: the same visit counts; planning itself adds no contact.
        let f = try store.addFollowUp(
            caseID: c.id, kind: .outreaching, due: today.adding(days: 7), owner: nil, note: "", meetingID: nil,
            today: today)
        let visits = try store.proactiveContacts(since: since).filter { $0.caseID == c.id }
        #expect(
            visits.contains(ProactiveContact(caseID: c.id, day: today, kind: .homeVisit)) && visits.allSatisfy { $0.kind == .homeVisit })

        // Completing the follow-up is a contact made, on the day it was done.
        try store.completeFollowUp(id: f.id, outcome: "Langs geweest, gaat goed", expectedVersion: f.version)
        let after = try store.proactiveContacts(since: since).filter { $0.caseID == c.id }
        #expect(after.contains(ProactiveContact(caseID: c.id, day: today, kind: .followUp)) && after.count == visits.count + 1)
        // Outside the window asked for: nothing.
        #expect(try store.proactiveContacts(since: today.adding(days: 1)).isEmpty)
    }

    /// Follow-ups closed with their case were not done: no day, no contact.
    @Test func followUpsClosedWithTheCaseAreNoContact() throws {
        let store = try Fixtures.sampleStore()
        let today = StoreClock.today()
        let open = try #require(try store.followUps(includeDone: false).first { $0.kind.isProactive })
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == open.caseID })
        let openIDs = try store.followUps(includeDone: false).filter { $0.caseID == c.id }.map(\.id)
        try store.closeCase(
            caseID: c.id, reason: "Doelen bereikt", noFinalZRMReason: "Geen eindmeting: het huishouden verhuisde",
            expectedVersion: c.version, today: today)
        let doneOn = try store.reading {
            try $0.db.fetchAll("SELECT done_on FROM follow_up WHERE id IN (\(openIDs.map(String.init).joined(separator: ",")))")
        }
        #expect(doneOn.count == openIDs.count && doneOn.allSatisfy { ($0["done_on"] as String?) == nil })
        #expect(try store.proactiveContacts(since: TeamFigures.contactsSince(today: today)).allSatisfy { $0.caseID != c.id })
    }
}
