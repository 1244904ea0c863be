import Testing
@testable import Wijkteam

/// A provision's life: allowed transitions, dated steps, never backwards, reasons where needed,
/// and waiting computed from dates (issue 27).
@Suite struct ProvisionLifeTests {
    let today = Day("2026-11-20")!

    func provision(
        _ status: ProvisionStatus, requested: String? = "2026-09-01", waiting: String? = nil, start: String? = nil,
        ended: String? = nil
    ) -> Provision {
        var p = Provision(id: 7, caseID: 1, kind: .general, provider: "Zorgkring Oosterveld", description: "Begeleiding", status: status)
        p.requestedOn = requested.flatMap(Day.init); p.waitingSince = waiting.flatMap(Day.init)
        p.start = start.flatMap(Day.init); p.endedOn = ended.flatMap(Day.init)
        return p
    }

    @Test func everyAllowedTransitionIsAcceptedAndMirroredInTheDates() throws {
        let day = Day("2026-10-01")!
        let waiting = try provision(.requested).changed(to: .waiting, on: day, reason: nil, today: today)
        #expect(waiting.status == .waiting && waiting.waitingSince == day)
        let started = try waiting.changed(to: .active, on: Day("2026-10-20")!, reason: nil, today: today)
        #expect(started.status == .active && started.start == Day("2026-10-20"))
        let ended = try started.changed(to: .ended, on: today, reason: " doel bereikt ", today: today)
        #expect(ended.status == .ended && ended.endedOn == today && ended.endReason == "doel bereikt")
        // A provider that starts at once: requested → active.
        #expect(try provision(.requested).changed(to: .active, on: day, reason: nil, today: today).start == day)
        for from in [ProvisionStatus.requested, .waiting] {
            for to in [ProvisionStatus.refused, .withdrawn] {
                let p = try provision(from, waiting: from == .waiting ? "2026-09-10" : nil).changed(
                    to: to, on: day, reason: "geen indicatie", today: today)
                #expect(p.status == to && p.endedOn == day && p.endReason == "geen indicatie")
            }
        }
    }

    @Test func goingBackwardsOrOnFromTheEndIsRefused() {
        let active = provision(.active, start: "2026-10-01")
        #expect(throws: WijkteamError.invalid("provision #7 is active: it cannot go back to waiting")) {
            try active.checkChange(to: .waiting, on: today, reason: nil, today: today)
        }
        #expect(throws: WijkteamError.self) { try active.checkChange(to: .requested, on: today, reason: nil, today: today) }
        #expect(throws: WijkteamError.self) { try provision(.waiting).checkChange(to: .requested, on: today, reason: nil, today: today) }
        // Started help is ended, not refused or withdrawn.
        #expect(throws: WijkteamError.self) { try active.checkChange(to: .refused, on: today, reason: "x", today: today) }
        #expect(throws: WijkteamError.self) { try active.checkChange(to: .withdrawn, on: today, reason: "x", today: today) }
        // Requested or waiting cannot end before it started.
        #expect(throws: WijkteamError.self) { try provision(.waiting).checkChange(to: .ended, on: today, reason: "x", today: today) }
        for final in [ProvisionStatus.ended, .refused, .withdrawn] {
            for next in ProvisionStatus.allCases {
                #expect(throws: WijkteamError.self) {
                    try provision(final, ended: "2026-10-01").checkChange(to: next, on: today, reason: "x", today: today)
                }
            }
        }
        #expect(throws: WijkteamError.self) { try provision(.waiting).checkChange(to: .waiting, on: today, reason: nil, today: today) }
    }

    @Test func aStepIsDatedNotBeforeThePreviousOneAndNotInTheFuture() throws {
        let p = provision(.waiting, waiting: "2026-10-08")
        #expect(throws: WijkteamError.invalid("2026-10-07 is before the previous step (2026-10-08)")) {
            try p.checkChange(to: .active, on: Day("2026-10-07")!, reason: nil, today: today)
        }
        #expect(throws: WijkteamError.invalid("2026-11-21 is in the future (today is 2026-11-20)")) {
            try p.checkChange(to: .active, on: Day("2026-11-21")!, reason: nil, today: today)
        }
        // A later step in the step list counts too.
        #expect(throws: WijkteamError.self) {
            try p.checkChange(to: .active, on: Day("2026-10-09")!, reason: nil, today: today, after: Day("2026-10-10"))
        }
        try p.checkChange(to: .active, on: Day("2026-10-08")!, reason: nil, today: today)
    }

    @Test func endedRefusedAndWithdrawnNeedAReason() throws {
        #expect(throws: WijkteamError.invalid("ended needs a reason")) {
            try provision(.active, start: "2026-10-01").checkChange(to: .ended, on: today, reason: "  ", today: today)
        }
        #expect(throws: WijkteamError.self) { try provision(.requested).checkChange(to: .refused, on: today, reason: nil, today: today) }
        #expect(throws: WijkteamError.self) { try provision(.waiting).checkChange(to: .withdrawn, on: today, reason: "", today: today) }
        try provision(.requested).checkChange(to: .waiting, on: today, reason: nil, today: today)
    }

    @Test func waitingIsComputedFromTheDates() {
        // From waiting_since, else requested_on; to the start, else today.
        #expect(provision(.waiting, waiting: "2026-10-23").waitingDays(today: today) == 28)
        #expect(provision(.requested, requested: "2026-10-23").waitingDays(today: today) == 28)
        #expect(provision(.active, waiting: "2026-10-01", start: "2026-10-29").waitingDays(today: today) == 28)
        #expect(provision(.ended, requested: "2026-10-01", start: "2026-10-15", ended: "2026-11-01").waitingDays(today: today) == 14)
        #expect(provision(.withdrawn, requested: "2026-10-01", ended: "2026-10-11").waitingDays(today: today) == 10)
        #expect(provision(.requested, requested: nil).waitingDays(today: today) == nil)
        #expect(provision(.waiting).isWaiting && provision(.requested).isWaiting && !provision(.active, start: "2026-10-01").isWaiting)
    }

    @Test func overTheNormIsWaitingLongerThanTheProvidersWeeks() {
        let six = provision(.waiting, waiting: "2026-10-09")  // 42 days: exactly six weeks
        #expect(!six.isOverNorm(normWeeks: 6, today: today))
        #expect(six.isOverNorm(normWeeks: 6, today: today.adding(days: 1)))
        #expect(!six.isOverNorm(normWeeks: nil, today: today.adding(days: 100)))
        #expect(!provision(.active, waiting: "2026-01-01", start: "2026-11-01").isOverNorm(normWeeks: 1, today: today))
        var allocated = provision(.waiting, waiting: "2026-09-01")
        allocated.providerID = 3
        allocated.allocationNumber = "T-1"
        let waits = ProvisionWait.waits([allocated, provision(.active, start: "2026-10-01")], norms: [3: 6], today: today)
        #expect(waits.count == 1 && waits[0].overNorm && waits[0].allocated && waits[0].weeks == 11)
        #expect(waits[0].summary == "allocated, not started after 11 wk (norm 6)")
    }
}

/// The meeting's "waiting longer than the provider's norm" (issue 27).
@Suite struct ProvisionAgendaTests {
    let today = Day("2026-11-20")!

    func card(_ id: Int) -> CaseCard {
        let c = Case(
            id: id, householdID: 100 + id, opened: today.adding(days: -200), source: .selfReferral, presentingQuestion: "q",
            domains: [.financien], phase: .uitvoering, regisseurID: "bo", complexity: 2)
        return CaseCard(
            case: c, householdName: "Huishouden H\(id)", buurt: "B", street: "S", lastContact: today.adding(days: -1),
            nextFollowUp: nil, proactiveKinds: [])
    }

    @Test func aProvisionPastItsNormPutsItsCaseOnTheAgendaWithProviderAndWeeks() {
        let staff = [Staff(id: "bo", name: "Bo Breed", role: .generalist, capacity: 10)]
        var input = AgendaInput(today: today, staff: staff, cards: [card(1), card(2), card(3)], followUps: [], signals: [])
        input.provisionWaits = [
            1: [
                ProvisionWait(provisionID: 11, caseID: 1, provider: "Zorgkring Oosterveld", status: .waiting, waitingDays: 63, normWeeks: 6)
            ],
            // Within the norm, or no norm known: not on the agenda.
            2: [
                ProvisionWait(
                    provisionID: 12, caseID: 2, provider: "Zorgkring Oosterveld", status: .waiting, waitingDays: 40, normWeeks: 6),
                ProvisionWait(provisionID: 13, caseID: 2, provider: "Elders", status: .requested, waitingDays: 400),
            ],
            3: [
                ProvisionWait(
                    provisionID: 14, caseID: 3, provider: "Eén Thuis", status: .waiting, waitingDays: 80, normWeeks: 10,
                    allocated: true)
            ],
            // A case that is not open (not among the cards) is not discussed.
            9: [ProvisionWait(provisionID: 19, caseID: 9, provider: "X", status: .waiting, waitingDays: 300, normWeeks: 1)],
        ]
        let items = Agenda.build(input)
        #expect(items.map(\.key) == ["case:1", "case:3"])
        #expect(items.allSatisfy { $0.section == .waitingProvisions })
        #expect(items[0].reasons == ["Zorgkring Oosterveld: waiting 9 wk (norm 6)"])
        #expect(items[1].reasons == ["Eén Thuis: allocated, not started after 11 wk (norm 10)"])
        #expect(AgendaItem.Section.waitingProvisions.title == "Waiting longer than the provider's norm")
    }
}

@Suite struct ProvisionPlannedStartTests {
    /// Older files give a waiting provision its planned start: not a step, so it moves on today.
    @Test func aPlannedStartOnAWaitingProvisionIsNotAStep() throws {
        var p = Provision(
            id: 3, caseID: 1, kind: .tailored, provider: "Dagbesteding", description: "d", status: .waiting,
            start: Day("2027-01-11"))
        p.requestedOn = Day("2026-09-07")
        try p.checkLife()
        #expect(p.lastStepDay == Day("2026-09-07"))
        #expect(p.waitingDays(today: Day("2026-11-20")!) == 74)
        let started = try p.changed(to: .active, on: Day("2026-11-20")!, reason: nil, today: Day("2026-11-20")!)
        #expect(started.start == Day("2026-11-20"))
    }
}
