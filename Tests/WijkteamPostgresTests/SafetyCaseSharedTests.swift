import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// Need-to-know on a safety case's work, on every store (issue #23): its discussion question,
/// follow-up notes and outcomes and the minute lines on it are withheld from whoever may not
/// read the case's sensitive parts; staff outside the team get no minute line on a household
/// they were not added to. In the sample district case 8 (household 7) is a safety case with
/// nobody on it; Daan is a generalist, Karin is outside the team and on case 22 only.
@Suite struct SafetyCaseSharedTests {
    static let question = "Melden bij Veilig Thuis of eerst een huisbezoek?"
    static let note = "Veiligheidsplan met Demi doorlopen"
    static let outcome = "Demi heeft het plan getekend"

    @Test(arguments: StoreKind.allCases)
    func theDiscussionQuestionAndFollowUpNotesOfASafetyCaseAreWithheld(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lead = try db.terminal("fatima")
        try lead.setDiscussion(caseID: 8, question: Self.question, expectedVersion: nil)
        let f = try lead.addFollowUp(
            caseID: 8, kind: .checkIn, due: db.today.adding(days: 2), owner: "fatima", note: Self.note, meetingID: nil, today: db.today)
        try lead.completeFollowUp(id: f.id, outcome: Self.outcome, expectedVersion: nil)

        let daan = try db.terminal("daan")
        let c = try #require(try daan.cases(includeClosed: false).first { $0.id == 8 })
        #expect(c.discussion == Access.withheldText && c.withheld)
        #expect(try daan.caseCards(ids: [8]).first?.case.discussion == Access.withheldText)
        let followUps = try daan.followUps(includeDone: true).filter { $0.caseID == 8 }
        #expect(followUps.count >= 2 && followUps.allSatisfy { $0.withheld && $0.note == Access.withheldText })
        #expect(followUps.first { $0.id == f.id }?.outcome == Access.withheldText)
        let record = try daan.household(id: 7)
        #expect(record.cases.first { $0.id == 8 }?.discussion == Access.withheldText)
        #expect(record.followUps.allSatisfy { $0.withheld } && !record.followUps.contains { $0.note == Self.note })
        let logged = try #require(try lead.auditLog(householdID: 7).last)
        #expect(logged.staffID == "daan" && logged.result == .denied && logged.detail.contains("safety case follow-up #"), "\(logged)")
        #expect(logged.detail.contains("#\(f.id)"))
        // Other cases' follow-ups are not touched.
        #expect(try daan.followUps(includeDone: false).contains { $0.caseID != 8 && !$0.withheld && !$0.note.isEmpty })

        // The team lead reads it; so does Daan once added to the case.
        #expect(try lead.cases(includeClosed: false).first { $0.id == 8 }?.discussion == Self.question)
        #expect(try lead.followUps(includeDone: true).first { $0.id == f.id }?.outcome == Self.outcome)
        try lead.setCaseMember(caseID: 8, staffID: "daan", member: true, today: db.today)
        #expect(try daan.followUps(includeDone: true).first { $0.id == f.id }?.note == Self.note)
        #expect(try daan.household(id: 7).cases.first { $0.id == 8 }?.discussion == Self.question)
    }

    @Test(arguments: StoreKind.allCases)
    func theMinutesKeepEachLineFromWhoeverMayNotReadIt(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lead = try db.terminal("fatima")
        let m = try lead.startMeeting(chair: "fatima", on: db.today)
        let safety = try lead.recordDecision(
            meetingID: m.id, itemKey: "case:8", caseID: 8, householdID: 7, text: "Fatima spreekt Demi vandaag alleen",
            owner: nil, due: nil, on: db.today)
        try lead.addFollowUp(
            caseID: 8, kind: .checkIn, due: db.today.adding(days: 2), owner: "fatima", note: Self.note, meetingID: m.id, today: db.today)
        let ordinary = try lead.recordDecision(
            meetingID: m.id, itemKey: "case:3", caseID: 3, householdID: 3, text: "Lukasz belt de verslavingszorg",
            owner: nil, due: nil, on: db.today)
        let shared = try lead.recordDecision(
            meetingID: m.id, itemKey: "case:22", caseID: 22, householdID: 20, text: "Karin vraagt een overzicht",
            owner: nil, due: nil, on: db.today)
        var progress = m
        progress.items = [
            "case:8": .init(section: .safety, caseID: 8, householdID: 7, discussed: true),
            "case:22": .init(section: .discussion, caseID: 22, householdID: 20, discussed: true),
        ]
        try lead.saveMeeting(progress)

        // The team lead reads every line.
        let all = try lead.minutes(meetingID: m.id)
        #expect(all.count == 4 && !all.contains(where: \.withheld))
        // Daan: every line, the two on the safety case without their text.
        let daan = try db.terminal("daan").exportMinutes(meetingID: m.id)
        #expect(daan.count == 4)
        #expect(daan.filter(\.withheld).map(\.caseID) == [8, 8])
        #expect(!daan.contains { $0.text == safety.text || $0.text == Self.note })
        #expect(daan.contains { $0.id == ordinary.id && $0.text == ordinary.text })
        // Karin: only the line on the case she was added to, and only that item discussed.
        let karin = try db.terminal("karin")
        #expect(try karin.exportMinutes(meetingID: m.id).map(\.id) == [shared.id])
        #expect(try karin.meeting(id: m.id)?.items.keys.sorted() == ["case:22"])
        #expect(try lead.meeting(id: m.id)?.items.count == 2)

        // Each export is logged with what it left out and withheld.
        let log = try lead.auditLog(householdID: nil)
        let denied = log.filter { $0.result == .denied && $0.detail.hasPrefix("minutes of meeting #\(m.id)") }
        #expect(denied.contains { $0.staffID == "daan" && $0.detail.contains("withheld minute line #\(safety.id)") }, "\(denied)")
        #expect(denied.contains { $0.staffID == "karin" && $0.detail.contains("left out minute line #\(safety.id)") }, "\(denied)")
        #expect(log.contains { $0.staffID == "karin" && $0.action == .export && $0.result == .allowed })
        #expect(try lead.verifyAudit().ok)
    }
}
