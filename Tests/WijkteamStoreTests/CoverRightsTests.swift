import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Waarneming: while Samira (on leave in the sample district) is away, the colleague the team
/// lead names reads and writes her cases as she would; the rights end when she is back, or by
/// themselves when the absence's last day has passed.
@Suite struct CoverRightsTests {
    let team = TeamStoreTests()
    var today: Day { team.today }

    /// Samira's first open case, with a sensitive entry only those on the case may read.
    func coveredCase(_ base: SQLiteStore) throws -> (case: Case, entry: JournalEntry) {
        let lead = team.lead(base)
        let c = try #require(try team.samirasOpenCases(lead).first)
        let entry = try lead.addJournal(
            caseID: c.id, kind: .phone, date: today, text: "vertrouwelijk kiwiwoord", sensitive: true, today: today)
        return (c, entry)
    }

    func reads(_ store: SQLiteStore, _ c: Case, _ entry: JournalEntry) throws -> Bool {
        let journal = try store.household(id: c.householdID).journal
        let shown = try #require(journal.first { $0.id == entry.id })
        return !shown.withheld && shown.text == entry.text
    }

    func finds(_ store: SQLiteStore) throws -> Bool {
        try store.searchJournal("kiwiwoord").contains { $0.snippet.contains("kiwiwoord") }
    }

    @Test func aCoverReadsAndDecidesOnTheCaseUntilTheRegisseurIsBack() throws {
        let base = try team.sample()
        let (c, entry) = try coveredCase(base)
        let ingrid = base.acting(as: CaseWorkStoreTests.actor("ingrid"))
        #expect(try !reads(ingrid, c, entry), "not on the case: withheld")
        #expect(try !finds(ingrid))
        #expect(team.refusal { try ingrid.setCaseMember(caseID: c.id, staffID: "bram", member: true, today: today) }.contains("#\(c.id)"))

        let named = try team.lead(base).nameCover(absentID: "samira", cover: "ingrid", caseIDs: [c.id], today: today)
        #expect(named.map(\.caseID) == [c.id] && named.first?.coverID == "ingrid" && named.first?.isActive(on: today) == true)
        let row = try #require(try base.auditLog(householdID: c.householdID).last)
        #expect(row.caseID == c.id && row.detail.hasPrefix("cover: ingrid covers for samira until "))
        #expect(try reads(ingrid, c, entry), "the cover reads as the regisseur does")
        #expect(try finds(ingrid))
        try ingrid.setCaseMember(caseID: c.id, staffID: "bram", member: true, today: today)
        try ingrid.setCaseMember(caseID: c.id, staffID: "bram", member: false, today: today)

        try team.lead(base).comeBack(staffID: "samira", expectedVersion: nil, today: today)
        #expect(try !reads(ingrid, c, entry), "Samira is back: the cover ended with her absence")
        #expect(try !finds(ingrid))
        #expect(team.refusal { try ingrid.setCaseMember(caseID: c.id, staffID: "bram", member: true, today: today) }.contains("#\(c.id)"))
        #expect(try base.covers().first { $0.caseID == c.id }?.isActive(on: today) == false, "kept, no longer active")
        #expect(try base.verifyAudit().broken == nil)
    }

    @Test func aCoverEndsByItselfWhenTheAbsenceHasPassedOrTheCaseChangedHands() throws {
        let base = try team.sample()
        let (c, entry) = try coveredCase(base)
        let ingrid = base.acting(as: CaseWorkStoreTests.actor("ingrid"))
        try team.lead(base).nameCover(absentID: "samira", cover: "ingrid", caseIDs: nil, today: today)
        #expect(try reads(ingrid, c, entry))
        // The case gets another regisseur: the cover was for Samira's case, it holds no more.
        let now = try #require(try base.cases(includeClosed: false).first { $0.id == c.id })
        try team.lead(base).assign(caseID: c.id, to: "daan", expectedVersion: now.version)
        #expect(try !reads(ingrid, c, entry))
        let moved = try #require(try base.cases(includeClosed: false).first { $0.id == c.id })
        try team.lead(base).assign(caseID: c.id, to: "samira", expectedVersion: moved.version)
        #expect(try reads(ingrid, c, entry), "hers again while she is still away")
        // Time passes: the absence's last day was yesterday.
        try base.write { db in
            try db.execute(
                sql: "UPDATE staff_absence SET to_day = ? WHERE staff_id = 'samira'", arguments: [today.adding(days: -1).description])
        }
        #expect(try !reads(ingrid, c, entry))
        #expect(try !finds(ingrid))
    }

    @Test func namingACoverIsCheckedAndANewCoverReplacesTheOldOne() throws {
        let base = try team.sample()
        let lead = team.lead(base)
        let cases = try team.samirasOpenCases(lead)
        let before = try team.counts(base)
        #expect(team.refusal { try lead.nameCover(absentID: "daan", cover: "ingrid", caseIDs: nil, today: today) }.contains("not away"))
        #expect(team.refusal { try lead.nameCover(absentID: "samira", cover: "samira", caseIDs: nil, today: today) }.contains("themselves"))
        #expect(team.refusal { try lead.nameCover(absentID: "samira", cover: "sanne", caseIDs: nil, today: today) }.contains("sanne"))
        #expect(team.refusal { try lead.nameCover(absentID: "samira", cover: "nobody", caseIDs: nil, today: today) }.contains("nobody"))
        let daans = try #require(try lead.cases(includeClosed: false).first { $0.regisseurID == "daan" })
        #expect(
            team.refusal { try lead.nameCover(absentID: "samira", cover: "ingrid", caseIDs: [daans.id], today: today) }.contains(
                "not samira's"))
        try lead.setAway(staffID: "emre", from: today, to: nil, kind: .training, expectedVersion: nil, today: today)
        let afterAway = try team.counts(base)
        #expect(
            team.refusal { try lead.nameCover(absentID: "samira", cover: "emre", caseIDs: nil, today: today) }.contains("emre cannot cover")
        )
        #expect(try team.counts(base) == afterAway)
        #expect(afterAway["audit_log"] == before["audit_log"]! + 1 && afterAway["case_cover"] == before["case_cover"])

        try lead.nameCover(absentID: "samira", cover: "ingrid", caseIDs: nil, today: today)
        try lead.nameCover(absentID: "samira", cover: "noel", caseIDs: [cases[0].id], today: today)
        let covers = try base.covers().filter { $0.absence.staffID == "samira" }
        #expect(covers.count == cases.count, "one cover per case and absence")
        #expect(Team.coverFor(caseID: cases[0].id, owner: "samira", covers: covers, today: today) == "noel")
        let rows = try base.auditLog(householdID: nil).filter { $0.detail.hasPrefix("cover: ") }
        #expect(rows.count == cases.count + 1, "one row per case named")
    }
}
