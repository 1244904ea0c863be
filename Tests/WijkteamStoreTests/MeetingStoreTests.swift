import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct MeetingStoreTests {
    let today = Day("2026-11-20")!

    func unassignedCase(_ store: SQLiteStore) throws -> Case {
        try #require(try store.cases(includeClosed: false).first { $0.regisseurID == nil })
    }

    @Test func aMeetingStartsOnceAndResumesWhereItWas() throws {
        let store = try Fixtures.sampleStore()
        #expect(try store.openMeeting() == nil)
        var m = try store.startMeeting(chair: "fatima", on: today)
        #expect(m.status == .running)
        m.currentItemKey = "case:8"
        m.elapsedSeconds = 95
        m.items["case:8"] = .init(section: .safety, caseID: 8, householdID: 7, seconds: 95, discussed: true)
        m.status = .paused
        try store.saveMeeting(m)
        // Starting again (another day, another terminal) resumes the same meeting.
        let again = try store.startMeeting(chair: "fatima", on: today.adding(days: 1))
        #expect(again.id == m.id)
        #expect(again.status == .running)
        #expect(again.currentItemKey == "case:8")
        #expect(again.elapsedSeconds == 95)
        #expect(again.items["case:8"]?.discussed == true)
        #expect(again.items["case:8"]?.seconds == 95)
    }

    @Test func theDatabaseAllowsOneOpenMeeting() throws {
        let store = try Fixtures.sampleStore()
        _ = try store.startMeeting(chair: "fatima", on: today)
        #expect(throws: DatabaseError.self) {
            try store.write { try $0.execute(sql: "INSERT INTO meeting (date, chair_id, status) VALUES ('2026-11-20', 'daan', 'paused')") }
        }
    }

    @Test func anEndedMeetingTakesNoMoreWrites() throws {
        let store = try Fixtures.sampleStore()
        let m = try store.startMeeting(chair: "fatima", on: today)
        try store.endMeeting(m, on: today)
        #expect(try store.openMeeting() == nil)
        #expect(try store.meeting(id: m.id)?.status == .ended)
        #expect(try store.meeting(id: m.id)?.endedOn == today)
        let c = try unassignedCase(store)
        #expect(throws: WijkteamError.self) { try store.saveMeeting(m) }
        #expect(throws: WijkteamError.self) {
            try store.recordDecision(meetingID: m.id, itemKey: nil, caseID: c.id, householdID: c.householdID, text: "late", owner: nil, due: nil, on: today)
        }
        // An assignment "in" an ended meeting is refused whole: the case keeps its regisseur.
        #expect(throws: WijkteamError.self) { try store.assign(caseID: c.id, to: "daan", expectedVersion: c.version, meetingID: m.id) }
        #expect(try store.cases(includeClosed: false).first { $0.id == c.id }?.regisseurID == nil)
        #expect(try store.minutes(meetingID: m.id).isEmpty)
        // A new meeting can start after it.
        #expect(try store.startMeeting(chair: "fatima", on: today).id != m.id)
    }

    @Test func actionsInAMeetingGoIntoItsMinutes() throws {
        let store = try Fixtures.sampleStore()
        let m = try store.startMeeting(chair: "fatima", on: today)
        let c = try unassignedCase(store)
        try store.assign(caseID: c.id, to: "daan", expectedVersion: c.version, meetingID: m.id)
        try store.addFollowUp(caseID: c.id, kind: .outreaching, due: today.adding(days: 7), owner: nil, note: "home visit", meetingID: m.id, today: today)
        try store.recordDecision(meetingID: m.id, itemKey: "case:\(c.id)", caseID: c.id, householdID: c.householdID,
                                 text: "  Start with a keukentafelgesprek  ", owner: "daan", due: today.adding(days: 14), on: today)
        // Outside the meeting: not in its minutes.
        try store.addFollowUp(caseID: c.id, kind: .preventive, due: today.adding(days: 30), owner: nil, note: "later", today: today)
        let minutes = try store.minutes(meetingID: m.id)
        #expect(minutes.map(\.kind) == [.assignment, .followUp, .decision])
        #expect(minutes[0].detail == nil && minutes[0].ownerID == "daan")
        #expect(minutes[1].ownerID == "daan" && minutes[1].detail == "outreaching" && minutes[1].text == "home visit")
        #expect(minutes[2].text == "Start with a keukentafelgesprek")
        #expect(minutes.allSatisfy { $0.caseID == c.id && $0.householdID == c.householdID && $0.itemKey == "case:\(c.id)" })
        // The decision is in the case's history too.
        let decisions = try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decision WHERE meeting_id = ? AND case_id = ?", arguments: [m.id, c.id]) }
        #expect(decisions == 1)
    }

    /// Issue #20, 9: what triage decides while a meeting runs is in its minutes.
    @Test func aTriageDecisionInAMeetingGoesIntoItsMinutes() throws {
        let store = try Fixtures.sampleStore()
        let m = try store.startMeeting(chair: "fatima", on: today)
        let signals = try store.openSignals().filter { !$0.safety && $0.householdID != nil }
        let s = try #require(signals.first)
        let plan = FollowUpPlan(kind: .outreaching, due: today.adding(days: 7), owner: nil, note: "home visit this week")
        let c = try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan", followUp: plan,
                                                                                 note: "with the school", meetingID: m.id),
                                       by: "fatima", on: today)
        let minutes = try store.minutes(meetingID: m.id)
        #expect(minutes.map(\.kind) == [.decision, .assignment, .followUp])
        #expect(minutes.allSatisfy { $0.itemKey == "signal:\(s.id)" && $0.caseID == c.id && $0.householdID == s.householdID })
        #expect(minutes[0].text.contains("signal #\(s.id)") && minutes[0].text.contains(TriageRoute.regie.label))
        #expect(minutes[0].text.hasSuffix("; with the school"))
        #expect(minutes[1].ownerID == "daan")
        #expect(minutes[2].ownerID == "daan" && minutes[2].due == today.adding(days: 7) && minutes[2].detail == "outreaching")
        #expect(minutes[2].text == "home visit this week")
        let decisions = try store.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM decision WHERE meeting_id = ? AND case_id = ?", arguments: [m.id, c.id]) }
        #expect(decisions == 1)
        // The export lists them.
        let md = Minutes.markdown(meeting: m, entries: minutes, names: Minutes.Names(staff: ["daan": "Daan Verhoef"], households: [:]),
                                  districtName: "D", privacy: true)
        #expect(md.contains("signal #\(s.id)"))
        #expect(md.contains("→ Daan"))
        #expect(md.contains("home visit this week"))

        // Outside a meeting a triage decision stays out of the minutes.
        let other = try #require(try store.openSignals().first { !$0.safety && $0.householdID != nil })
        try store.decideTriage(signalID: other.id, decision: TriageDecision(route: .lightSupport, regisseur: "daan"), by: "fatima", on: today)
        #expect(try store.minutes(meetingID: m.id).count == 3)
    }

    @Test func aHalfActionIsRefusedAndNothingWritten() throws {
        let store = try Fixtures.sampleStore()
        let m = try store.startMeeting(chair: "fatima", on: today)
        #expect(throws: WijkteamError.self) {
            try store.recordDecision(meetingID: m.id, itemKey: nil, caseID: nil, householdID: nil, text: "x", owner: "daan", due: nil, on: today)
        }
        #expect(throws: WijkteamError.self) {
            try store.recordDecision(meetingID: m.id, itemKey: nil, caseID: nil, householdID: nil, text: "x", owner: "nobody", due: today, on: today)
        }
        #expect(throws: WijkteamError.self) {
            try store.recordDecision(meetingID: m.id, itemKey: nil, caseID: 99_999, householdID: nil, text: "x", owner: nil, due: nil, on: today)
        }
        #expect(try store.minutes(meetingID: m.id).isEmpty)
    }

    @Test func settingsAreSharedAndValidated() throws {
        let store = try Fixtures.sampleStore()
        #expect(try store.agendaSettings() == AgendaSettings())
        var s = AgendaSettings()
        s.stuckAfterWeeks = 8
        s.timeboxMinutes = 7
        try store.saveAgendaSettings(s)
        #expect(try SQLiteStore.open(path: store.path).agendaSettings() == s)
        var bad = s
        bad.overloadPercent = 5
        #expect(throws: WijkteamError.self) { try store.saveAgendaSettings(bad) }
        #expect(try store.agendaSettings() == s)
        // A value edited by hand out of range falls back to the default instead of breaking the agenda.
        try store.write { try $0.execute(sql: "UPDATE setting SET value = 0 WHERE key = 'stuck-weeks'") }
        #expect(try store.agendaSettings().stuckAfterWeeks == AgendaSettings().stuckAfterWeeks)
    }

    @Test func discussionQuestionsAreVersionChecked() throws {
        let store = try Fixtures.sampleStore()
        let c = try #require(try store.cases(includeClosed: false).first { $0.discussion == nil })
        let up = try store.setDiscussion(caseID: c.id, question: "  Who takes the regie?  ", expectedVersion: c.version)
        #expect(up.discussion == "Who takes the regie?")
        #expect(up.version == c.version + 1)
        #expect(throws: WijkteamError.self) { try store.setDiscussion(caseID: c.id, question: nil, expectedVersion: c.version) }
        let off = try store.setDiscussion(caseID: c.id, question: "   ", expectedVersion: up.version)
        #expect(off.discussion == nil)
        #expect(try store.cases(includeClosed: false).first { $0.id == c.id }?.discussion == nil)
    }
}
