import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

/// What needs me also lists what is new to me (assigned by someone else, not opened since) and
/// what is due today; the meeting agenda jumps between its sections.
@Suite struct CaseloadNewsTests {
    @Test func aCaseAssignedByAColleagueIsNewUntilIOpenIt() throws {
        let store = try Sample.store()
        let s = try Sample.snapshot(store)
        let lead = try #require(s.staff.first { $0.role == .teamLead })
        let me = try #require(s.staff.first { $0.role == .generalist })
        let target = try #require(s.cards.first { $0.case.regisseurID == nil && !$0.case.safety })
        let mine = store.acting(as: AuditActor(staffID: me.id, account: "me", origin: "tests"))
        #expect(try mine.newlyAssignedToMe().isEmpty)
        try store.acting(as: AuditActor(staffID: lead.id, account: "lead", origin: "tests"))
            .assign(caseID: target.case.id, to: me.id, expectedVersion: nil)
        #expect(try mine.newlyAssignedToMe() == [target.case.id])
        // The caseload says so, first.
        let cards = try mine.caseCards().filter { $0.case.regisseurID == me.id }
        let needs = CaseNeed.needs(of: cards, followUps: try mine.followUps(includeDone: false), today: Sample.today,
                                   newlyAssigned: try mine.newlyAssignedToMe())
        #expect(needs.contains { $0.caseID == target.case.id && $0.kind == .newlyAssigned })
        // Opening the household is looking at it.
        _ = try mine.household(id: target.case.householdID)
        #expect(try mine.newlyAssignedToMe().isEmpty)
    }

    @Test func takingACaseYourselfIsNotNewToYou() throws {
        let store = try Sample.store()
        let s = try Sample.snapshot(store)
        let me = try #require(s.staff.first { $0.role == .generalist })
        let target = try #require(s.cards.first { $0.case.regisseurID == nil && !$0.case.safety })
        let mine = store.acting(as: AuditActor(staffID: me.id, account: "me", origin: "tests"))
        try mine.assign(caseID: target.case.id, to: me.id, expectedVersion: nil)
        #expect(try mine.newlyAssignedToMe().isEmpty)
    }

    @Test func aFollowUpDueTodayIsANeed() {
        let c = Case(id: 7, householdID: 1, opened: Day("2026-11-01")!, source: .selfReferral, presentingQuestion: "q", domains: [], phase: .uitvoering)
        let card = CaseCard(case: c, householdName: "X", buurt: "b", street: "s", lastContact: Day("2026-11-19")!,
                            nextFollowUp: nil, proactiveKinds: [])
        let today = Day("2026-11-20")!
        let due = FollowUp(id: 1, caseID: 7, kind: .checkIn, due: today, ownerID: nil, note: "bellen")
        let later = FollowUp(id: 2, caseID: 7, kind: .checkIn, due: Day("2026-11-21")!, ownerID: nil, note: "")
        let needs = CaseNeed.needs(of: [card], followUps: [due, later], today: today)
        #expect(needs.map(\.kind) == [.dueToday])
    }

    @Test func theAgendaJumpsToItsSections() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("4"))
        let first = try #require(d.shell.meeting.selected)
        var sections = [first.section]
        for _ in 0..<6 {
            d.press(.char("]"))
            if let s = d.shell.meeting.selected?.section, s != sections.last { sections.append(s) }
        }
        // Every section with items, in the agenda's order, one key each.
        let withItems = AgendaItem.Section.allCases.filter { s in d.shell.meeting.items.contains { $0.section == s } }
        #expect(sections == withItems)
        #expect(sections.contains(.discussion))
        d.press(.char("["))
        #expect(d.shell.meeting.selected?.section == withItems[withItems.count - 2])
    }
}
