import Testing

@testable import Wijkteam

/// The monitor's prevention, load and waiting figures as pure functions (`MonitorCare`).
struct MonitorCareFiguresTests {
    static func d(_ text: String) -> Day { Day(text)! }
    static func m(_ text: String) -> Month { Month(text)! }
    static func phase(_ id: Int, _ p: Phase, _ on: String) -> CaseHistoryEvent {
        CaseHistoryEvent(caseID: id, kind: .phase, value: p.rawValue, on: d(on), source: .app)
    }
    static func regie(_ id: Int, _ staff: StaffID?, _ on: String) -> CaseHistoryEvent {
        CaseHistoryEvent(caseID: id, kind: .regisseur, value: staff, on: d(on), source: .app)
    }

    static func row(_ w: MonitorWaiting) -> [Int?] { [w.waiting, w.households, w.medianDays, w.longestDays] }

    /// Opened in February, closed 15 April, reopened 1 July (the history says so).
    static let reopened = MonitorCaseFacts(
        caseID: 2, householdID: 20, opened: d("2026-02-01"), closedOn: d("2026-04-15"), phase: .triage, regisseurID: "emre",
        complexity: 1,
        history: [
            phase(2, .aanmelding, "2026-02-01"), regie(2, "daan", "2026-02-01"), phase(2, .keukentafelgesprek, "2026-02-10"),
            phase(2, .afgesloten, "2026-04-15"), phase(2, .aanmelding, "2026-07-01"), regie(2, "emre", "2026-07-01"),
            phase(2, .triage, "2026-07-10"),
        ])

    @Test func aReopenedCaseIsClosedBetweenItsClosingAndItsReopening() {
        let c = Self.reopened
        #expect(c.phase(at: Self.d("2026-01-31")) == nil)
        #expect(c.phase(at: Self.d("2026-02-28")) == .keukentafelgesprek)
        #expect(c.isOpen(at: Self.d("2026-04-14")) && !c.isOpen(at: Self.d("2026-04-15")))
        #expect(!c.isOpen(at: Self.d("2026-05-31")) && !c.isOpen(during: Self.d("2026-05-10")))
        // A contact on the closing day still counts: the case was open that morning.
        #expect(c.isOpen(during: Self.d("2026-04-15")) && !c.isOpen(during: Self.d("2026-04-16")))
        #expect(c.phase(at: Self.d("2026-07-31")) == .triage && c.isOpen(at: Self.d("2026-07-01")))
        #expect(c.regisseur(at: Self.d("2026-03-31")) == "daan" && c.regisseur(at: Self.d("2026-07-31")) == "emre")
        // Weighted with the phase it had then: keukentafelgesprek 1.0 × complexity 1 (0.75).
        #expect(c.weight(at: Self.d("2026-02-28")) == 0.75 && c.weight(at: Self.d("2026-07-31")) == 0.375)
    }

    /// `walk` answers, in one pass for many days, what `phase(at:)` and `regisseur(at:)` answer day
    /// by day: checked on every day of a year for a reopened case, a closing the history missed,
    /// a case without rows and one whose regisseur row names no one.
    @Test func walkingTheMonthEndsGivesWhatEachDayGives() {
        let missed = MonitorCaseFacts(
            caseID: 3, householdID: 30, opened: Self.d("2026-01-05"), closedOn: Self.d("2026-03-01"), phase: .afgesloten,
            regisseurID: "fatima", history: [Self.phase(3, .aanmelding, "2026-01-05"), Self.regie(3, nil, "2026-02-02")])
        let bare = MonitorCaseFacts(caseID: 4, householdID: 40, opened: Self.d("2026-01-05"), phase: .uitvoering, regisseurID: "daan")
        let days = (0..<300).map { Self.d("2026-01-01").adding(days: $0) }
        for c in [Self.reopened, missed, bare] {
            var walked: [Int: (Phase?, StaffID?)] = [:]
            c.walk(days) { walked[$0] = ($1, $2) }
            #expect(walked.count == days.count)
            for (i, day) in days.enumerated() {
                #expect(walked[i]?.0 == c.phase(at: day) && walked[i]?.1 == c.regisseur(at: day), "case \(c.caseID) on \(day)")
            }
        }
        // Not every day: month ends only, as the load asks.
        var ends: [Phase?] = []
        Self.reopened.walk(["2026-01-31", "2026-02-28", "2026-04-30", "2026-07-31"].map(Self.d)) { _, phase, _ in ends.append(phase) }
        #expect(ends == [nil, .keukentafelgesprek, .afgesloten, .triage])
    }

    @Test func aCaseSetKeepsTheFirstOfTwoCasesWithOneIDAndFindsCasesByID() {
        var twin = Self.reopened
        twin.householdID = 99
        let set = MonitorCaseSet([
            Self.reopened, twin, MonitorCaseFacts(caseID: 5, householdID: 50, opened: Self.d("2026-01-01"), phase: .plan),
        ])
        #expect(set.count == 2 && set[2]?.householdID == 20 && set[5]?.householdID == 50 && set[7] == nil)
        #expect(set.position(of: 5) == 1)
        #expect(set.household(of: 2, openDuring: Self.d("2026-03-01")) == 20)
        #expect(set.household(of: 2, openDuring: Self.d("2026-05-01")) == nil)  // closed then
        #expect(set.household(of: 7, openDuring: Self.d("2026-03-01")) == nil)  // not given
        let literal: MonitorCaseSet = [8: Self.reopened]
        #expect(literal[8]?.householdID == 20 && literal[2] == nil)
    }

    @Test func aClosingDayTheHistoryMissedStillClosesTheCaseAndNoHistoryFallsBackToNow() {
        let c = MonitorCaseFacts(
            caseID: 3, householdID: 30, opened: Self.d("2026-01-05"), closedOn: Self.d("2026-03-01"), phase: .afgesloten,
            regisseurID: "fatima",
            history: [Self.phase(3, .aanmelding, "2026-01-05")])
        #expect(c.isOpen(at: Self.d("2026-02-28")) && !c.isOpen(at: Self.d("2026-03-01")))
        // No rows at all: the phase and regisseur it has now.
        let bare = MonitorCaseFacts(caseID: 4, householdID: 40, opened: Self.d("2026-01-05"), phase: .uitvoering, regisseurID: "daan")
        #expect(bare.phase(at: Self.d("2026-01-05")) == .uitvoering && bare.regisseur(at: Self.d("2026-01-05")) == "daan")
        #expect(bare.phase(at: Self.d("2026-01-04")) == nil)
    }

    @Test func contactsCountOnlyOnDaysTheCaseWasOpenAndFollowUpsOnlyWhenDueByTheEnd() {
        let cases: MonitorCaseSet = [2: Self.reopened]
        let contacts = [
            ProactiveContact(caseID: 2, day: Self.d("2026-04-15"), kind: .homeVisit),
            ProactiveContact(caseID: 2, day: Self.d("2026-04-03"), kind: .followUp),
            ProactiveContact(caseID: 2, day: Self.d("2026-05-10"), kind: .homeVisit),  // closed then
            ProactiveContact(caseID: 9, day: Self.d("2026-04-10"), kind: .homeVisit),  // a case not given (not seen)
        ]
        let followUps = [
            MonitorFollowUp(caseID: 2, due: Self.d("2026-04-10"), doneOn: Self.d("2026-04-03")),
            MonitorFollowUp(caseID: 2, due: Self.d("2026-04-12"), doneOn: Self.d("2026-04-13")),
            MonitorFollowUp(caseID: 2, due: Self.d("2026-04-20"), doneOn: nil),  // closed then: not due
            MonitorFollowUp(caseID: 2, due: Self.d("2026-04-29"), doneOn: nil),
        ]
        let april = MonitorCare.proactive(
            month: Self.m("2026-04"), end: Self.d("2026-04-30"), cases: cases, contacts: contacts, followUps: followUps)
        #expect(april.contactsMade == 2 && april.householdsReached == 1 && april.openHouseholds == 0)
        #expect(april.followUpsDue == 2 && april.followUpsOnTime == 1)
        let may = MonitorCare.proactive(
            month: Self.m("2026-05"), end: Self.d("2026-05-31"), cases: cases, contacts: contacts, followUps: followUps)
        #expect(may == MonitorProactive())
        // The current month counts up to today only.
        let early = MonitorCare.proactive(
            month: Self.m("2026-04"), end: Self.d("2026-04-11"), cases: cases, contacts: contacts, followUps: followUps)
        #expect(early.contactsMade == 1 && early.followUpsDue == 1 && early.openHouseholds == 1)
    }

    @Test func loadUsesThePhaseRegisseurAndCapacityOfThatDay() {
        let staff = [
            Staff(id: "daan", name: "Daan", role: .generalist, capacity: 2),
            Staff(id: "emre", name: "Emre", role: .generalist, capacity: 3),
            Staff(id: "olga", name: "Olga", role: .outsideTeam, capacity: 5),
            Staff(id: "piet", name: "Piet", role: .generalist, capacity: 4, leftOn: Self.d("2026-03-01")),
        ]
        // Daan went from 0.5 to 2 on 1 June.
        let changes = [StaffChange(staffID: "daan", on: Self.d("2026-06-01"), field: "capacity", old: "0.5", new: "2", by: nil)]
        let cases: MonitorCaseSet = [2: Self.reopened]
        let march = MonitorCare.load(end: Self.d("2026-03-31"), cases: cases, staff: staff, changes: changes)
        #expect(march.load.weighted == 0.75 && march.load.capacity == 3.5 && march.over == ["daan"] && march.load.overCapacity == 1)
        let feb = MonitorCare.load(end: Self.d("2026-02-28"), cases: cases, staff: staff, changes: changes)
        #expect(feb.load.capacity == 7.5)  // Piet had not left yet
        let july = MonitorCare.load(end: Self.d("2026-07-31"), cases: cases, staff: staff, changes: changes)
        #expect(july.load.weighted == 0.375 && july.load.capacity == 5 && july.over.isEmpty)
        let may = MonitorCare.load(end: Self.d("2026-05-31"), cases: cases, staff: staff, changes: changes)
        #expect(may.load.weighted == 0 && may.load.capacity == 3.5 && may.load.overCapacity == 0)

        let regisseurs = MonitorCare.regisseurs(over: [Self.m("2026-03"): ["daan"], Self.m("2026-02"): ["daan", "zz"]], staff: staff)
        #expect(regisseurs.map(\.name) == ["Daan", "zz"])
        #expect(regisseurs.first?.overCapacity == [Self.m("2026-02"), Self.m("2026-03")])
    }

    @Test func waitingRunsFromTheListElseTheRequestWhileTheCaseIsOpen() {
        let steps = [
            MonitorProvisionStep(provisionID: 1, caseID: 2, status: .requested, on: Self.d("2026-02-12")),
            MonitorProvisionStep(provisionID: 1, caseID: 2, status: .waiting, on: Self.d("2026-03-01")),
            MonitorProvisionStep(provisionID: 2, caseID: 2, status: .requested, on: Self.d("2026-07-05")),
            MonitorProvisionStep(provisionID: 2, caseID: 2, status: .active, on: Self.d("2026-08-01")),
            MonitorProvisionStep(provisionID: 3, caseID: 2, status: .requested, on: Self.d("2026-07-21")),
        ]
        let cases: MonitorCaseSet = [2: Self.reopened]
        let feb = MonitorCare.waiting(end: Self.d("2026-02-28"), cases: cases, steps: steps)
        #expect(Self.row(feb) == [1, 1, 16, 16])
        let march = MonitorCare.waiting(end: Self.d("2026-03-31"), cases: cases, steps: steps)
        #expect(march.medianDays == 30)
        // Closed in May: its provisions are not counted.
        #expect(MonitorCare.waiting(end: Self.d("2026-05-31"), cases: cases, steps: steps) == MonitorWaiting())
        // July: #1 still on the list (152 days), #2 requested (26), #3 (10); one household.
        let july = MonitorCare.waiting(end: Self.d("2026-07-31"), cases: cases, steps: steps)
        #expect(Self.row(july) == [3, 1, 26, 152])
        #expect(MonitorCare.waiting(end: Self.d("2026-08-31"), cases: cases, steps: steps).waiting == 2)
        #expect(MonitorCare.waiting(end: Self.d("2026-08-31"), cases: [:], steps: steps) == MonitorWaiting())
    }

    @Test func theLongestWaitsComeFirstAtMostTen() {
        let waits = (1...12).map { MonitorWait(caseID: $0, provisionID: $0, provider: "P", since: Self.d("2026-01-01"), days: $0 % 5) }
        let longest = MonitorCare.longest(waits)
        #expect(longest.count == 10 && longest.map(\.days) == [4, 4, 3, 3, 2, 2, 2, 1, 1, 1])
        #expect(longest.prefix(2).map(\.provisionID) == [4, 9])
        #expect(MonitorCare.median([5, 1, 9, 3]) == 3 && MonitorCare.median([]) == nil)
    }
}
