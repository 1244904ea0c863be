import Testing
@testable import Wijkteam

@Suite struct AgendaTests {
    let today = Day("2026-11-20")!
    let staff = [
        Staff(id: "lead", name: "Lia Leiding", role: .teamLead, capacity: 2),
        Staff(id: "ann", name: "Ann Algemeen", role: .generalist, capacity: 2),
        Staff(id: "bo", name: "Bo Breed", role: .generalist, capacity: 10),
    ]

    func card(_ id: Int, regisseur: StaffID? = "bo", lastContactDaysAgo: Int? = 1, safety: Bool = false, discussion: String? = nil,
              complexity: Int = 2, phase: Phase = .uitvoering) -> CaseCard {
        let c = Case(id: id, householdID: 100 + id, opened: today.adding(days: -200), source: .selfReferral, presentingQuestion: "q",
                     domains: [.financien], phase: phase, regisseurID: regisseur, complexity: complexity, safety: safety, discussion: discussion)
        return CaseCard(case: c, householdName: "Huishouden H\(id)", buurt: "B", street: "S", lastContact: lastContactDaysAgo.map { today.adding(days: -$0) },
                        nextFollowUp: nil, proactiveKinds: [])
    }

    func followUp(_ id: Int, caseID: Int, kind: FollowUpKind, dueDaysAgo: Int) -> FollowUp {
        FollowUp(id: id, caseID: caseID, kind: kind, due: today.adding(days: -dueDaysAgo), ownerID: "bo", note: "")
    }

    func signal(_ id: Int, safety: Bool = false, daysAgo: Int = 1) -> Signal {
        Signal(id: id, householdID: 500 + id, date: today.adding(days: -daysAgo), source: .neighbour, description: "d", domains: [.huisvesting], safety: safety)
    }

    func build(cards: [CaseCard] = [], followUps: [FollowUp] = [], signals: [Signal] = [], meldcode: [Int: [MeldcodeRecord]] = [:],
               settings: AgendaSettings = AgendaSettings()) -> [AgendaItem] {
        Agenda.build(AgendaInput(today: today, staff: staff, cards: cards, followUps: followUps, signals: signals, meldcode: meldcode),
                     settings: settings)
    }

    /// Reasons found out of the sections' order (overdue proactive follow-ups listed before and
    /// between overdue evaluations) are put in it, each section's in the order found.
    @Test func aCasesReasonsComeInTheSectionsOrder() {
        let f = [
            followUp(1, caseID: 1, kind: .outreaching, dueDaysAgo: 9), followUp(2, caseID: 1, kind: .evaluation, dueDaysAgo: 8),
            followUp(3, caseID: 1, kind: .preventive, dueDaysAgo: 7), followUp(4, caseID: 1, kind: .evaluation, dueDaysAgo: 6),
        ]
        let items = build(cards: [card(1, regisseur: nil, lastContactDaysAgo: 3)], followUps: f)
        #expect(items.count == 1)
        #expect(items[0].section == .stuck)
        func due(_ what: String, _ days: Int) -> String {
            what + " was due " + today.adding(days: -days).description + " (" + String(days) + " days ago), owner Bo Breed"
        }
        let noRegisseur = "no regisseur (" + Phase.uitvoering.label + ")"
        let stuck = [8, 6].map { due("evaluation", $0) }
        let overdue = [due("outreaching follow-up", 9), due("preventive follow-up", 7)]
        #expect(items[0].reasons == stuck + overdue + [noRegisseur])
    }

    /// A case due a Kindcheck is a safety item, its reason after "safety case" and before the
    /// later sections' ("no journal entry"); a case due one without a safety flag is one too; a
    /// closed case due one (no longer open) and a number that is no open case are not on it.
    @Test func aKindcheckDueIsASafetyReasonAfterTheSafetyFlag() {
        let cards = [
            card(1, lastContactDaysAgo: 60, safety: true), card(2), card(3, phase: .afgesloten), card(4, lastContactDaysAgo: 60),
        ]
        let input = AgendaInput(
            today: today, staff: staff, cards: cards, followUps: [], signals: [], kindcheckDue: [1: 2, 2: 1, 3: 1, 99: 3])
        let items = Agenda.build(input)
        let due2 = tr("agenda.reason.kindcheck_due", 2), due1 = tr("agenda.reason.kindcheck_due", 1)
        let stuck = tr("agenda.reason.no_journal_for", 60, today.adding(days: -60))
        #expect(items.map(\.caseID) == [1, 2, 4])
        #expect(items.map(\.section) == [.safety, .safety, .stuck])
        #expect(items[0].reasons == [tr("agenda.reason.safety_case"), due2, stuck])
        #expect(items[1].reasons == [due1])
    }

    /// A day's text is made once and shared, on the list of recent days and beyond it (a day
    /// further back than `DayTexts.listed`, or after today): each day its own text.
    @Test func dayTextsAreMadeOncePerDay() {
        var texts = Agenda.DayTexts(today: today)
        var made = 0
        let days = [0, 1, 1, 30, Agenda.DayTexts.listed - 1, Agenda.DayTexts.listed, Agenda.DayTexts.listed + 5, -3, 30, 0, -3]
        let got = days.map { ago in
            texts.text(for: today.adding(days: -ago)) {
                made += 1
                return "ago \(ago)"
            }
        }
        #expect(got == days.map { "ago \($0)" })
        #expect(made == Set(days).count)
    }

    /// Each case item says its own card's household, regisseur (one not on the staff list too)
    /// and question, though the items come in the meeting's order, not the cards': the agenda
    /// notes them in its pass over the cards and makes the items later.
    @Test func eachCaseItemSaysItsOwnCard() throws {
        let names = [
            "İpek Yıldız", "Łucja Żak", "محمد", "דוד", "王芳", "👩‍👩‍👧‍👦 e\u{301}", String(repeating: "W", count: 80), "Tab\there \u{1B}[2J",
        ]
        var cards: [CaseCard] = []
        for (n, name) in names.enumerated() {
            var c = card(
                40 - n, regisseur: [nil, "bo", "gone", "ann"][n % 4], lastContactDaysAgo: [3, 70, 40, 100][n % 4], safety: n == 5,
                discussion: n % 3 == 0 ? "Vraag \(name)" : nil)
            c.householdName = name
            cards.append(c)
        }
        // A question of only spaces is none; a closed case is on no agenda.
        cards.append(card(50, regisseur: nil, discussion: " \t "))
        cards.append(card(51, regisseur: nil, lastContactDaysAgo: 90, discussion: "Gesloten", phase: .afgesloten))
        let items = build(cards: cards)
        #expect(items.count == names.count + 1)
        #expect(items.first { $0.caseID == 50 }?.question == nil)
        #expect(!items.contains { $0.caseID == 51 })
        #expect(items.map(\.caseID) != cards.map(\.caseID))  // not in the cards' order
        for item in items {
            let caseID = try #require(item.caseID)
            let c = try #require(cards.first { $0.caseID == caseID })
            #expect(item.householdID == c.householdID)
            #expect(item.householdName == c.householdName)
            #expect(item.regisseurID == c.regisseurID)
            #expect(item.question == (c.discussion?.trimmed.isEmpty == false ? c.discussion : nil))
        }
    }

    /// A signal's item ends with its own respond-by day ("overdue since …", "respond by …"):
    /// signals sharing a day share its text, each other day (two of them overdue) has its own,
    /// no day says none.
    @Test func eachSignalSaysItsOwnRespondByDay() throws {
        let signals = [signal(1, safety: true), signal(2), signal(3), signal(4, safety: true), signal(5), signal(6)]
        let respondBy = [
            1: today.adding(days: -3), 2: today.adding(days: -3), 3: today.adding(days: 4), 4: today.adding(days: 4),
            6: today.adding(days: -10),
        ]
        let items = Agenda.build(
            AgendaInput(today: today, staff: staff, cards: [], followUps: [], signals: signals, respondBy: respondBy))
        #expect(items.count == 6)
        let texts = Set(respondBy.values.map { Urgency.respondByText($0, today: today) })
        #expect(texts.count == 3)
        for item in items {
            let id = try #require(item.signalID)
            let last = try #require(item.reasons.last)
            if let by = respondBy[id] {
                #expect(last == Urgency.respondByText(by, today: today), "signal \(id)")
            } else {
                #expect(!item.reasons.contains(where: texts.contains))
            }
        }
    }

    /// The agenda files each case by its sections' places (`Section.place`): they are the order
    /// of `allCases`, the order the meeting takes them.
    @Test func eachSectionsPlaceIsItsPlaceInTheMeeting() {
        for (i, section) in AgendaItem.Section.allCases.enumerated() {
            #expect(section.place == i, "\(section)")
        }
    }

    @Test func anEmptyDistrictHasAnEmptyAgenda() {
        #expect(build().isEmpty)
        // Open cases with nothing to discuss do not make an agenda either.
        #expect(build(cards: [card(1), card(2)]).isEmpty)
    }

    @Test func sectionsComeInTheMeetingsOrder() {
        let items = build(
            cards: [card(1, regisseur: nil),                       // unassigned
                    card(2),                                        // gets an overdue preventive follow-up
                    card(3, lastContactDaysAgo: 60),                // stuck
                    card(4, discussion: "Who tells the family?"),   // for discussion
                    card(5, safety: true)],                         // safety case
            followUps: [followUp(1, caseID: 2, kind: .preventive, dueDaysAgo: 3)],
            signals: [signal(7), signal(8, safety: true)])
        #expect(items.map(\.key) == ["signal:8", "case:5", "signal:7", "case:4", "case:3", "case:2", "case:1"])
        #expect(items.map(\.section) == [.safety, .safety, .newRegistrations, .discussion, .stuck, .overdueFollowUps, .capacity])
        #expect(items[0].reasons.contains("Meldcode: step 1 of 5 next"))
        #expect(items[3].question == "Who tells the family?")
    }

    @Test func theNextMeldcodeStepIsNamed() {
        let done = [MeldcodeRecord(step: .mapSignals, doneBy: "ann", doneOn: today, note: "n"),
                    MeldcodeRecord(step: .consult, doneBy: "ann", doneOn: today, note: "n")]
        let items = build(signals: [signal(1, safety: true)], meldcode: [1: done])
        #expect(items.first?.reasons.last == "Meldcode: step 3 of 5 next")
    }

    @Test func aCaseIsDiscussedOnceWithAllItsReasons() {
        let items = build(cards: [card(1, regisseur: nil, lastContactDaysAgo: 50, discussion: "Help?")],
                          followUps: [followUp(1, caseID: 1, kind: .outreaching, dueDaysAgo: 2)])
        #expect(items.count == 1)
        #expect(items[0].section == .discussion)
        #expect(items[0].reasons == ["put up for discussion", "no journal entry for 50 days (since \(today.adding(days: -50)))",
                                     "outreaching follow-up was due \(today.adding(days: -2)) (2 days ago), owner Bo Breed",
                                     "no regisseur (\(Phase.uitvoering.label))"])
    }

    @Test func stuckAfterIsASetting() {
        let cards = [card(1, lastContactDaysAgo: 30)]
        #expect(build(cards: cards).isEmpty) // 30 days < 5 weeks
        var s = AgendaSettings()
        s.stuckAfterWeeks = 4
        #expect(build(cards: cards, settings: s).map(\.section) == [.stuck])
        // Exactly N weeks is not yet stuck.
        #expect(build(cards: [card(1, lastContactDaysAgo: 28)], settings: s).isEmpty)
    }

    @Test func evaluationPastDueMakesACaseStuckAfterTheGrace() {
        let f = [followUp(1, caseID: 1, kind: .evaluation, dueDaysAgo: 3)]
        #expect(build(cards: [card(1)], followUps: f).map(\.section) == [.stuck])
        var s = AgendaSettings()
        s.evaluationGraceDays = 3
        #expect(build(cards: [card(1)], followUps: f, settings: s).isEmpty)
        s.evaluationGraceDays = 2
        #expect(build(cards: [card(1)], followUps: f, settings: s).map(\.section) == [.stuck])
    }

    @Test func onlyProactiveFollowUpsPastTheGraceGoOnTheAgenda() {
        let f = [followUp(1, caseID: 1, kind: .preventive, dueDaysAgo: 5), followUp(2, caseID: 2, kind: .checkIn, dueDaysAgo: 9),
                 followUp(3, caseID: 3, kind: .outreaching, dueDaysAgo: 0)]
        #expect(build(cards: [card(1), card(2), card(3)], followUps: f).map(\.key) == ["case:1"])
        var s = AgendaSettings()
        s.overdueGraceDays = 5
        #expect(build(cards: [card(1), card(2), card(3)], followUps: f, settings: s).isEmpty)
    }

    @Test func overloadedRegisseursAreNamedAtTheThreshold() {
        // Ann: capacity 2, one case of weight 1.5 (uitvoering, complexity 3 → see Caseload) or more.
        let cards = [card(1, regisseur: "ann", complexity: 3), card(2, regisseur: "ann", complexity: 3)]
        let load = cards.map { Caseload.weight(of: $0.case) }.reduce(0, +)
        #expect(load > 2)
        let items = build(cards: cards)
        #expect(items.map(\.key) == ["staff:ann"])
        var s = AgendaSettings()
        s.overloadPercent = Int((load / 2 * 100).rounded(.up))
        #expect(build(cards: cards, settings: s).isEmpty)
    }

    @Test func settingsRefuseUnknownKeysAndOutOfRangeValues() throws {
        var s = AgendaSettings()
        try s.set("stuck-weeks", to: "6")
        #expect(s.stuckAfterWeeks == 6)
        #expect(throws: WijkteamError.self) { try s.set("stuck-weeks", to: "0") }
        #expect(throws: WijkteamError.self) { try s.set("stuck-weeks", to: "six") }
        #expect(throws: WijkteamError.self) { try s.set("stuck", to: "6") }
        #expect(s.stuckAfterWeeks == 6)
    }
}

@Suite struct MinutesTests {
    let meeting = Meeting(id: 3, date: Day("2026-11-20")!, chairID: "lead", status: .ended, elapsedSeconds: 3725,
                          items: ["case:8": .init(section: .safety, caseID: 8, householdID: 7, seconds: 300, discussed: true)],
                          endedOn: Day("2026-11-20")!)
    let names = Minutes.Names(staff: ["lead": "Lia Leiding", "ann": "Ann Algemeen"],
                              households: [7: (name: "Huishouden Visser-Mulder", members: ["Demi Visser", "Kevin Mulder"])])
    var entries: [MinuteEntry] {
        [MinuteEntry(id: 1, meetingID: 3, kind: .decision, caseID: 8, householdID: 7, text: "Talk with Demi Visser alone | today",
                     ownerID: "ann", due: Day("2026-12-04")),
         MinuteEntry(id: 2, meetingID: 3, kind: .assignment, caseID: 8, householdID: 7, text: "", ownerID: "ann", detail: nil),
         MinuteEntry(id: 3, meetingID: 3, kind: .followUp, caseID: 8, householdID: 7, text: "check in with Kevin", ownerID: "ann",
                     due: Day("2026-12-01"), detail: "preventive")]
    }

    @Test func privacyModeHoldsNoFullName() {
        let md = Minutes.markdown(meeting: meeting, entries: entries, names: names, districtName: "D", privacy: true)
        for full in ["Demi Visser", "Kevin Mulder", "Visser-Mulder", "Lia Leiding", "Ann Algemeen", "Demi", "Kevin"] {
            #expect(!md.contains(full), "\(full) in the minutes")
        }
        #expect(md.contains("| 1 | #8 H.V. | Talk with D.V. alone \\| today | Ann | 2026-12-04 |"))
        #expect(md.contains("- #8 H.V.: regisseur Niet toegewezen → Ann"))
        #expect(md.contains("- #8 H.V.: preventive, owner Ann, due 2026-12-01 — check in with K."))
        #expect(md.contains("- #8 H.V. · safety · 5:00"))
        #expect(md.contains("duration 1:02:05"))
    }

    @Test func withNamesTheMinutesNameEveryone() {
        let md = Minutes.markdown(meeting: meeting, entries: entries, names: names, districtName: "D", privacy: false)
        #expect(md.contains("Talk with Demi Visser alone"))
        #expect(md.contains("Ann Algemeen"))
        #expect(md.contains("#8 Huishouden Visser-Mulder"))
    }

    @Test func scrubLeavesLongerWordsAlone() {
        #expect(Privacy.scrub("Dijkstra met Dijk", names: ["Jan Dijk"]) == "Dijkstra met D.")
        #expect(Privacy.scrub("Jan Dijk belt", names: ["Jan Dijk"]) == "J.D. belt")
    }

    @Test func decisionsNeedTextAndAWholeAction() {
        let today = Day("2026-11-20")!
        #expect(throws: WijkteamError.self) { try MinuteEntry.validateDecision(text: "  ", owner: nil, due: nil, today: today) }
        #expect(throws: WijkteamError.self) { try MinuteEntry.validateDecision(text: "x", owner: "ann", due: nil, today: today) }
        #expect(throws: WijkteamError.self) { try MinuteEntry.validateDecision(text: "x", owner: "ann", due: today.adding(days: -1), today: today) }
        #expect(throws: Never.self) { try MinuteEntry.validateDecision(text: "x", owner: nil, due: nil, today: today) }
        #expect(throws: Never.self) { try MinuteEntry.validateDecision(text: "x", owner: "ann", due: today, today: today) }
    }
}
