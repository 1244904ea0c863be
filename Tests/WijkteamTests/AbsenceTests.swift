import Testing

@testable import Wijkteam

/// Issue 24, item 3: the agenda's "cases of absent regisseurs", who covers a follow-up, and
/// whether a case's regisseur is away with nobody covering.
@Suite struct AbsenceTests {
    let today = Day("2026-11-20")!

    func absence(_ id: Int, _ staffID: StaffID, from: Int, to: Int?) -> StaffAbsence {
        StaffAbsence(id: id, staffID: staffID, from: today.adding(days: from), to: to.map { today.adding(days: $0) }, kind: .leave)
    }

    /// Ann is away from `from` to `to` (days from today); Bo is present; Cas left last month.
    func staff(annAway: (Int, Int?)? = (-5, 30)) -> [Staff] {
        var ann = Staff(id: "ann", name: "Ann Algemeen", role: .generalist, capacity: 6)
        if let (from, to) = annAway { ann.absences = [absence(7, "ann", from: from, to: to)] }
        var cas = Staff(id: "cas", name: "Cas Cools", role: .generalist, capacity: 6)
        cas.leftOn = today.adding(days: -20)
        return [ann, Staff(id: "bo", name: "Bo Breed", role: .generalist, capacity: 6), cas]
    }

    func card(_ id: Int, regisseur: StaffID? = "ann") -> CaseCard {
        let c = Case(
            id: id, householdID: 100 + id, opened: today.adding(days: -60), source: .selfReferral, presentingQuestion: "q",
            domains: [.financien], phase: .uitvoering, regisseurID: regisseur)
        return CaseCard(
            case: c, householdName: "Huishouden H\(id)", buurt: "B", street: "S", lastContact: today.adding(days: -1), nextFollowUp: nil,
            proactiveKinds: [])
    }

    func followUp(_ id: Int, caseID: Int, kind: FollowUpKind = .checkIn, dueIn: Int, owner: StaffID? = "ann") -> FollowUp {
        FollowUp(id: id, caseID: caseID, kind: kind, due: today.adding(days: dueIn), ownerID: owner)
    }

    func agenda(staff: [Staff], cards: [CaseCard], followUps: [FollowUp], covers: [CaseCover] = []) -> [AgendaItem] {
        Language.$scoped.withValue(.en) {
            Agenda.build(AgendaInput(today: today, staff: staff, cards: cards, followUps: followUps, signals: [], covers: covers))
        }
    }

    @Test func aCaseWithWorkDueWhileItsRegisseurIsAwayIsOnTheAgenda() {
        let items = agenda(
            staff: staff(), cards: [card(1), card(2), card(3, regisseur: "bo")],
            followUps: [
                followUp(1, caseID: 1, kind: .evaluation, dueIn: 10),  // during the absence: in
                followUp(2, caseID: 2, dueIn: 40),  // after she is back: out
                followUp(3, caseID: 3, dueIn: 10, owner: "bo"),  // Bo's case: out
            ])
        #expect(items.map(\.key) == ["case:1"])
        let item = items[0]
        #expect(item.section == .absentRegisseurs)
        #expect(item.regisseurID == "ann")
        let expected = Language.$scoped.withValue(.en) {
            [
                "regisseur Ann Algemeen is on leave until \(today.adding(days: 30).dayMonth)",
                "\(FollowUpKind.evaluation.label) due \(today.adding(days: 10)), while away", "nobody covers yet",
            ]
        }
        #expect(item.reasons == expected)
    }

    @Test func theItemNamesTheCoverOfThatAbsence() {
        let s = staff()
        let cover = CaseCover(caseID: 1, coverID: "bo", absence: s[0].absences[0])
        let items = agenda(staff: s, cards: [card(1)], followUps: [followUp(1, caseID: 1, dueIn: 3)], covers: [cover])
        #expect(items.first?.reasons.last == "covered by Bo Breed")
        // A cover named for another absence of hers does not count for this one.
        let old = CaseCover(caseID: 1, coverID: "bo", absence: absence(3, "ann", from: -100, to: -90))
        let without = agenda(staff: s, cards: [card(1)], followUps: [followUp(1, caseID: 1, dueIn: 3)], covers: [old])
        #expect(without.first?.reasons.last == "nobody covers yet")
    }

    /// Two cases of hers, each covered by someone else: each item names its own case's cover.
    @Test func eachCaseNamesItsOwnCover() {
        let s = staff()
        let away = s[0].absences[0]
        let covers = [CaseCover(caseID: 2, coverID: "cas", absence: away), CaseCover(caseID: 1, coverID: "bo", absence: away)]
        let followUps = [followUp(1, caseID: 1, dueIn: 3), followUp(2, caseID: 2, dueIn: 4)]
        let items = agenda(staff: s, cards: [card(1), card(2)], followUps: followUps, covers: covers)
        var last: [Int: String] = [:]
        for item in items {
            if case .case(let id) = item.subject { last[id] = item.reasons.last }
        }
        #expect(last == [1: "covered by Bo Breed", 2: "covered by Cas Cools"])
    }

    @Test func anAbsenceAheadCountsWithinTheHorizonOnly() {
        let cards = [card(1)]
        let soon = agenda(staff: staff(annAway: (10, 20)), cards: cards, followUps: [followUp(1, caseID: 1, dueIn: 15)])
        #expect(soon.map(\.section) == [.absentRegisseurs])
        #expect(soon.first?.reasons.first?.contains("from") == true)
        // Work due before the absence starts is not "while away".
        #expect(agenda(staff: staff(annAway: (10, 20)), cards: cards, followUps: [followUp(1, caseID: 1, dueIn: 5)]).isEmpty)
        let later = Agenda.absenceHorizonDays + 5
        #expect(
            agenda(staff: staff(annAway: (later, later + 10)), cards: cards, followUps: [followUp(1, caseID: 1, dueIn: later + 2)]).isEmpty)
        // Until further notice: anything due from today on counts; an absence that ended does not.
        #expect(agenda(staff: staff(annAway: (-3, nil)), cards: cards, followUps: [followUp(1, caseID: 1, dueIn: 200)]).count == 1)
        #expect(agenda(staff: staff(annAway: (-30, -2)), cards: cards, followUps: [followUp(1, caseID: 1, dueIn: -5)]).isEmpty)
        // Done follow-ups and closed cases do not count.
        var done = followUp(1, caseID: 1, dueIn: 3)
        done.done = true
        #expect(agenda(staff: staff(), cards: cards, followUps: [done]).isEmpty)
    }

    @Test func aCaseThatIsAlsoStuckIsDiscussedOnceWithBothReasons() {
        let items = agenda(
            staff: staff(), cards: [card(1)], followUps: [followUp(1, caseID: 1, kind: .evaluation, dueIn: -3)])
        #expect(items.count == 1)
        #expect(items[0].section == .stuck)
        #expect(items[0].reasons.contains { $0.hasPrefix("regisseur Ann Algemeen is on leave") })
    }

    @Test func coverForGivesTheActiveCoverOfTheOwnersCase() {
        let s = staff()
        let cover = CaseCover(caseID: 1, coverID: "bo", absence: s[0].absences[0])
        #expect(Team.coverFor(caseID: 1, owner: "ann", covers: [cover], today: today) == "bo")
        #expect(Team.coverFor(caseID: 2, owner: "ann", covers: [cover], today: today) == nil)
        #expect(Team.coverFor(caseID: 1, owner: "bo", covers: [cover], today: today) == nil)
        #expect(Team.coverFor(caseID: 1, owner: nil, covers: [cover], today: today) == nil)
        // The cover ends with the absence, by itself.
        #expect(Team.coverFor(caseID: 1, owner: "ann", covers: [cover], today: today.adding(days: 31)) == nil)
        #expect(Team.coverFor(caseID: 1, owner: "ann", covers: [cover], today: today.adding(days: 30)) == "bo")
    }

    @Test func uncoveredAbsenceSaysWhyUntilSomeoneCovers() {
        let s = staff()
        Language.$scoped.withValue(.en) {
            let why = Team.uncoveredAbsence(of: card(1).case, staff: s, covers: [], today: today)
            #expect(why == "Ann Algemeen is on leave until \(today.adding(days: 30).dayMonth)")
            let cover = CaseCover(caseID: 1, coverID: "bo", absence: s[0].absences[0])
            #expect(Team.uncoveredAbsence(of: card(1).case, staff: s, covers: [cover], today: today) == nil)
            #expect(Team.uncoveredAbsence(of: card(1, regisseur: "bo").case, staff: s, covers: [], today: today) == nil)
            #expect(Team.uncoveredAbsence(of: card(1, regisseur: nil).case, staff: s, covers: [], today: today) == nil)
            #expect(
                Team.uncoveredAbsence(of: card(1, regisseur: "cas").case, staff: s, covers: [], today: today)?.contains("left the team")
                    == true)
            // Away from next week is not away today.
            #expect(Team.uncoveredAbsence(of: card(1).case, staff: staff(annAway: (7, 9)), covers: [], today: today) == nil)
        }
    }
}
