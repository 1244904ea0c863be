import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

extension MeldcodeRecord {
    /// A step with the answers it needs (step 2 a colleague, step 4 no unsafety, step 5 help without a report).
    static func valid(_ step: MeldcodeStep, by: StaffID, on: Day, note: String) -> MeldcodeRecord {
        MeldcodeRecord(
            step: step, doneBy: by, doneOn: on, note: note, consulted: step == .consult ? [.colleague] : [],
            afweging: step == .weigh
                ? Afweging(violenceSuspected: true, unsafety: false, helpPossible: true, clientAccepts: true, lastingSafety: true) : nil,
            reportToVeiligThuis: step == .decide ? false : nil, helpOrganised: step == .decide ? true : nil)
    }
}

/// The Meldcode since 2019 and the Kindcheck in the store.
@Suite struct MeldcodeStoreTests {
    let today = Day("2026-11-20")!
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("m.sqlite").path,
            from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    /// A new safety signal about household 7 (whose case has no regisseur yet), without steps.
    func fresh(_ store: SQLiteStore) throws -> Signal {
        try DatabaseQueue(path: store.path).write { db in
            try db.execute(
                sql: """
                    INSERT INTO signal (household_id, date, source, description, domains, safety) VALUES (7, '2026-11-20', 'school', 'bruises', '', 1)
                    """)
        }
        let steps = try store.meldcodeSteps()
        return try #require(try store.openSignals().first { $0.safety && (steps[$0.id] ?? []).isEmpty })
    }

    @Test func theAcutePathAllowsADecisionWithoutStepsTwoToFour() throws {
        let store = try sample().acting(as: Self.actor("fatima"))
        let s = try fresh(store)
        let decision = TriageDecision(route: .safety, regisseur: "fatima")
        try store.recordMeldcodeStep(signalID: s.id, .valid(.mapSignals, by: "fatima", on: today, note: "police report read"))
        // Step 5 in order is refused; on acute danger without a report too.
        #expect(throws: WijkteamError.self) {
            try store.recordMeldcodeStep(signalID: s.id, .valid(.decide, by: "fatima", on: today, note: "n"))
        }
        var acute = MeldcodeRecord.valid(.decide, by: "fatima", on: today, note: "children in danger tonight")
        acute.acute = true
        let refusal = try #require(throws: WijkteamError.self) { try store.recordMeldcodeStep(signalID: s.id, acute) }
        #expect(refusal.description.contains("acute danger"))
        acute.reportToVeiligThuis = true
        try store.recordMeldcodeStep(signalID: s.id, acute)
        let c = try store.decideTriage(signalID: s.id, decision: decision, by: "fatima", on: today)
        #expect(c.safety)
        // The decision list names the two decisions apart.
        let texts = try store.read {
            try String.fetchAll($0, sql: "SELECT text FROM decision WHERE text LIKE ?", arguments: ["Meldcode signal #\(s.id),%"])
        }
        #expect(texts.contains { $0.contains("reported to Veilig Thuis; help provided or organised") && $0.contains("acute danger") })
    }

    @Test func anEndingConcludesTheMeldcodeAndNothingFollows() throws {
        let store = try sample().acting(as: Self.actor("fatima"))
        let s = try fresh(store)
        try store.recordMeldcodeStep(signalID: s.id, .valid(.mapSignals, by: "fatima", on: today, note: "mapped"))
        var two = MeldcodeRecord.valid(.consult, by: "daan", on: today, note: "the noise was a film; colleague agrees")
        two.endsWith = .unfounded
        try store.recordMeldcodeStep(signalID: s.id, two)
        #expect(throws: WijkteamError.self) {
            try store.recordMeldcodeStep(signalID: s.id, .valid(.talkWithClient, by: "daan", on: today, note: "n"))
        }
        let steps = try #require(try store.meldcodeSteps()[s.id])
        #expect(steps.map(\.step) == [.mapSignals, .consult] && steps[1].endsWith == .unfounded && steps[1].consulted == [.colleague])
        _ = try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan"), by: "fatima", on: today)
    }

    @Test func stepFourAnswersComeBackAndAreWithheldFromWhoMayNotReadTheSignal() throws {
        let base = try sample()
        let lead = base.acting(as: Self.actor("fatima"))
        let s = try fresh(lead)
        for step in [MeldcodeStep.mapSignals, .consult, .talkWithClient] {
            try lead.recordMeldcodeStep(signalID: s.id, .valid(step, by: "fatima", on: today, note: "step \(step.rawValue)"))
        }
        var four = MeldcodeRecord.valid(.weigh, by: "fatima", on: today, note: "weighed with the team")
        four.afweging?.unsafety = true
        try lead.recordMeldcodeStep(signalID: s.id, four)
        // Structural unsafety: step 5 must report.
        #expect(throws: WijkteamError.self) {
            try lead.recordMeldcodeStep(signalID: s.id, .valid(.decide, by: "fatima", on: today, note: "n"))
        }
        #expect(try lead.meldcodeSteps()[s.id]?.last?.afweging?.unsafety == true)
        let daan = base.acting(as: Self.actor("daan"))
        let seen = try #require(try daan.meldcodeSteps()[s.id]?.last)
        #expect(seen.withheld && seen.afweging == nil && seen.note.isEmpty && seen.doneBy == "fatima")
    }

    @Test func theSampleSignalCarriesStepsOneAndTwoAsItsJournalSays() throws {
        let store = try sample()
        let steps = try store.meldcodeSteps()
        let carried = try #require(steps.values.first { $0.count == 2 })
        #expect(carried.map(\.step) == [.mapSignals, .consult])
        #expect(carried[1].consulted == [.veiligThuis] && !carried[1].legacy)
        #expect(Meldcode.progress(carried) == "Meldcode: step 3 of 5 next")
    }

    @Test func aKindcheckWithAWorryRegistersASafetySignal() throws {
        let base = try sample()
        let lead = base.acting(as: Self.actor("fatima"))
        let cards = try lead.caseCards().filter(\.case.isOpen)
        let done = try lead.kindcheckedCases()
        let due = try cards.first { card in
            let h = try lead.household(id: card.case.householdID).household
            return Kindcheck.due(card.case, household: h, done: done.contains(card.case.id), today: today)
        }
        let c = try #require(due?.case)
        #expect(throws: WijkteamError.self) { try lead.recordKindcheck(caseID: c.id, worry: true, note: "  ", on: today) }
        let signalsBefore = try lead.openSignals().count
        let k = try lead.recordKindcheck(caseID: c.id, worry: true, note: "Kinderen slapen slecht sinds de schulden", on: today)
        let signal = try #require(try lead.openSignals().first { $0.id == k.signalID })
        #expect(signal.safety && signal.source == .ownObservation && signal.householdID == c.householdID)
        #expect(try lead.openSignals().count == signalsBefore + 1)
        #expect(try lead.kindcheckedCases().contains(c.id))
        #expect(try lead.kindchecks(caseID: c.id).map(\.worry) == [true])
        // The note is the safety signal's text: a colleague who may not read the household's
        // signals sees who checked and when, not the answer nor the note (review of issue 26).
        let seen = try ["daan", "zoe", "emre", "lukasz", "noel", "ingrid", "samira"].map {
            try #require(try base.acting(as: Self.actor($0)).kindchecks(caseID: c.id).first)
        }
        #expect(seen.contains { $0.note.isEmpty && !$0.worry && $0.signalID == nil && $0.doneBy == "fatima" })
        #expect(seen.allSatisfy { $0.note.isEmpty || $0.note == "Kinderen slapen slecht sinds de schulden" })
        // Outside the team: no Meldcode steps at all.
        #expect(try base.acting(as: Self.actor("karin")).meldcodeSteps().isEmpty)
        // Once per case.
        #expect(throws: WijkteamError.self) { try lead.recordKindcheck(caseID: c.id, worry: false, note: "again", on: today) }
    }

    // MARK: District files

    static let signalWithSteps = """

        signals:
          - date: 2026-11-18
            source: police
            description: ruzie in de nacht
            domains: [huiselijke_relaties]
            safety: true
            meldcode:
              - {step: 1, by: fatima, on: 2026-11-18, note: signalen in kaart}
              - {step: 2, by: daan, on: 2026-11-19, consulted: [colleague, veilig_thuis], note: overlegd}
        """

    @Test func aDistrictFileCarriesRecordedSteps() throws {
        let data = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: Fixtures.validHousehold + Self.signalWithSteps))
        let steps = try #require(data.meldcode[1])
        #expect(
            steps.map(\.step) == [.mapSignals, .consult] && steps[1].consulted == [.colleague, .veiligThuis] && steps[1].doneBy == "daan")
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("d.sqlite").path, from: data)
        #expect(try store.meldcodeSteps()[1] == steps)
    }

    @Test func aBadStepInADistrictFileIsRefusedWithItsLine() throws {
        for (original, broken, message) in [
            (
                "{step: 2, by: daan, on: 2026-11-19, consulted: [colleague, veilig_thuis], note: overlegd}",
                "{step: 3, by: daan, on: 2026-11-19, note: gesprek}", "step 3 needs step 2 first"
            ),
            ("consulted: [colleague, veilig_thuis], ", "", "step 2 records whom was consulted"),
            (
                "{step: 1, by: fatima, on: 2026-11-18, note: signalen in kaart}",
                "{step: 1, by: fatima, on: 2026-11-18, note: signalen in kaart, ends_with: unfounded}", "nothing can follow"
            ),
            ("consulted: [colleague, veilig_thuis]", "consulted: [buurman]", "'buurman' is not one of colleague, veilig_thuis, expert"),
        ] {
            let text = (Fixtures.validHousehold + Self.signalWithSteps).replacingOccurrences(of: original, with: broken)
            let error = try #require(throws: DistrictFileError.self) {
                try DistrictLoader.load(folder: Fixtures.miniDistrict(household: text))
            }
            #expect(error.description.hasPrefix("households/001-a.yaml:30: signals[0].meldcode[1]"), "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }
}
