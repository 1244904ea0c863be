import Testing

@testable import Wijkteam

/// The Meldcode as revised in 2019, with the method's own cases.
@Suite struct MeldcodeTests {
    let today = Day("2026-11-20")!

    func step(
        _ s: MeldcodeStep, consulted: [MeldcodeConsultee] = [], afweging: Afweging? = nil, report: Bool? = nil, help: Bool? = nil,
        acute: Bool = false, ends: MeldcodeEnding? = nil, legacy: Bool = false
    ) -> MeldcodeRecord {
        MeldcodeRecord(
            step: s, doneBy: "fatima", doneOn: today, note: "note", consulted: consulted, afweging: afweging, reportToVeiligThuis: report,
            helpOrganised: help, acute: acute, endsWith: ends, legacy: legacy)
    }
    func weighed(unsafety: Bool) -> Afweging {
        Afweging(violenceSuspected: true, unsafety: unsafety, helpPossible: true, clientAccepts: true, lastingSafety: !unsafety)
    }
    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test func acuteDangerGoesStraightToStepFiveWithAReport() throws {
        let one = [step(.mapSignals)]
        // Without the acute path, step 5 needs 2–4 first.
        #expect(message { try Meldcode.check(step(.decide, report: true, help: true), after: one) }.contains("needs step 2 first"))
        let acute = step(.decide, report: true, help: false, acute: true)
        try Meldcode.check(acute, after: one)
        try Meldcode.check(acute, after: [])
        // Acute danger always means a report.
        #expect(message { try Meldcode.check(step(.decide, report: false, help: true, acute: true), after: one) }.contains("acute danger"))
        // The acute path is step 5 only.
        #expect(throws: WijkteamError.self) { try Meldcode.check(step(.talkWithClient, acute: true), after: one) }
        #expect(Meldcode.concluded(one + [acute]))
        #expect(Meldcode.progress(one + [acute]) == "Meldcode acute: reported to Veilig Thuis; no help organised")
    }

    @Test func anUnfoundedWorryEndsAtStepTwoAndTheSignalCanBeDecided() throws {
        let one = [step(.mapSignals)]
        let ended = step(.consult, consulted: [.colleague, .veiligThuis], ends: .unfounded)
        try Meldcode.check(ended, after: one)
        let done = one + [ended]
        #expect(Meldcode.concluded(done))
        #expect(Meldcode.next(done) == nil)
        try Meldcode.checkConcluded(done)
        #expect(Meldcode.progress(done) == "Meldcode ended after step 2: worry unfounded")
        // Nothing after the end.
        #expect(message { try Meldcode.check(step(.talkWithClient), after: done) }.contains("ended after step 2"))
        // Step 5 concludes itself: no ending on it.
        #expect(throws: WijkteamError.self) { try Meldcode.check(step(.decide, report: true, help: true, ends: .handedOver), after: []) }
    }

    @Test func structuralUnsafetyForcesTheReport() throws {
        let four = [
            step(.mapSignals), step(.consult, consulted: [.veiligThuis]), step(.talkWithClient),
            step(.weigh, afweging: weighed(unsafety: true)),
        ]
        #expect(Meldcode.reportRequired(four) != nil)
        let refusal = message { try Meldcode.check(step(.decide, report: false, help: true), after: four) }
        #expect(refusal == "a report to Veilig Thuis is required: step 4 found acute or structural unsafety")
        try Meldcode.check(step(.decide, report: true, help: true), after: four)
        // Without unsafety the team may decide not to report.
        var safe = four
        safe[3] = step(.weigh, afweging: weighed(unsafety: false))
        #expect(Meldcode.reportRequired(safe) == nil)
        try Meldcode.check(step(.decide, report: false, help: true), after: safe)
    }

    /// Review of issue 26: ending at step 4 after unsafety skipped the report the method forces;
    /// who may not read the signal learnt from the withheld step that there was acute danger.
    @Test func unsafetyCannotEndTheMeldcodeBeforeTheReportAndAcuteDangerIsWithheld() throws {
        let three = [step(.mapSignals), step(.consult, consulted: [.colleague]), step(.talkWithClient)]
        #expect(
            message { try Meldcode.check(step(.weigh, afweging: weighed(unsafety: true), ends: .handedOver), after: three) }
                .contains("does not end here"))
        // A suspicion of violence is no unfounded worry, but it may be handed over.
        var suspected = weighed(unsafety: false)
        suspected.violenceSuspected = true
        #expect(message { try Meldcode.check(step(.weigh, afweging: suspected, ends: .unfounded), after: three) }.contains("not unfounded"))
        try Meldcode.check(step(.weigh, afweging: suspected, ends: .handedOver), after: three)
        let acute = step(.decide, report: true, help: true, acute: true).withholding
        #expect(!acute.acute && acute.note.isEmpty && acute.reportToVeiligThuis == nil && acute.withheld)
        #expect(step(.consult, consulted: [.colleague], ends: .unfounded).withholding.endsWith == .unfounded)
    }

    @Test func stepsGoInOrderOnceEachWithTheirAnswers() throws {
        #expect(
            message { try Meldcode.check(step(.talkWithClient), after: [step(.mapSignals)]) }
                == "step 3 needs step 2 first (on acute danger, take step 5 at once with --acute)")
        #expect(message { try Meldcode.check(step(.mapSignals), after: [step(.mapSignals)]) }.contains("already recorded by fatima"))
        // Step 2 names whom was consulted; step 4 all five answers; step 5 both decisions.
        #expect(
            message { try Meldcode.check(step(.consult), after: [step(.mapSignals)]) }.contains(
                "at least one of colleague, veilig_thuis, expert"))
        let three = [step(.mapSignals), step(.consult, consulted: [.expert]), step(.talkWithClient)]
        #expect(throws: WijkteamError.self) { try Meldcode.check(step(.weigh), after: three) }
        let four = three + [step(.weigh, afweging: weighed(unsafety: false))]
        #expect(message { try Meldcode.check(step(.decide, help: true), after: four) }.contains("whether to report"))
        #expect(message { try Meldcode.check(step(.decide, report: false), after: four) }.contains("whether help is provided"))
        // Answers belong to their own step.
        #expect(throws: WijkteamError.self) {
            try Meldcode.check(step(.talkWithClient, consulted: [.colleague]), after: Array(three.prefix(2)))
        }
        #expect(Meldcode.progress(three) == "Meldcode: step 4 of 5 next")
        #expect(throws: WijkteamError.self) { try Meldcode.checkConcluded(four) }
    }

    @Test func legacyRowsKeepTheirMeaning() throws {
        // Before v15 all five steps were free text, step 5 possibly before 2–4: a legacy step 5 concludes.
        let legacy = [step(.mapSignals, legacy: true), step(.decide, legacy: true)]
        #expect(Meldcode.concluded(legacy))
        try Meldcode.checkConcluded(legacy)
        #expect(Meldcode.progress(legacy) == "Meldcode concluded (step 5 recorded before 2026-12 as free text)")
        #expect(Meldcode.answersText(legacy[0]) == "recorded before 2026-12 as free text")
        // Legacy steps 1–2 without answers: step 3 is next, in order.
        let two = [step(.mapSignals, legacy: true), step(.consult, legacy: true)]
        #expect(Meldcode.next(two) == .talkWithClient)
        try Meldcode.check(step(.talkWithClient), after: two)
    }

    @Test func theKindcheckIsDueOnAnAdultClientsCaseWithChildren() {
        let parent = Person(id: 1, householdID: 1, name: "Ann", birthYear: 1990, role: .parent, isClient: true)
        let child = Person(id: 2, householdID: 1, name: "Bo", birthYear: 2015, role: .child, isClient: false)
        let household = Household(
            id: 1, name: "H", address: Address(street: "s", number: "1", postcode: "1234 AB", buurt: "b", wijk: "w"), language: "nl",
            members: [parent, child])
        let c = Case(
            id: 1, householdID: 1, opened: today, source: .huisarts, presentingQuestion: "q", domains: [.financien], phase: .uitvoering)
        #expect(Kindcheck.due(c, household: household, done: false, today: today))
        #expect(!Kindcheck.due(c, household: household, done: true, today: today))
        var adultsOnly = household
        adultsOnly.members = [parent]
        #expect(!Kindcheck.due(c, household: adultsOnly, done: false, today: today))
        var grown = household
        grown.members[1].birthYear = 2000
        #expect(!Kindcheck.due(c, household: grown, done: false, today: today))
        var left = household
        left.members[1].leftOn = today
        #expect(!Kindcheck.due(c, household: left, done: false, today: today))
    }
}
