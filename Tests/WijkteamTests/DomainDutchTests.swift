import Testing
@testable import Wijkteam

/// The domain's labels, reasons, refusals and errors in Dutch (`--lang nl`), and the Dutch
/// domain words that read the same in both languages.
@Suite struct DomainDutchTests {
    let today = Day("2026-11-20")!

    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }
    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }

    @Test func dutchDomainWordsStayDutchInBothLanguages() {
        for d in LifeDomain.allCases {
            #expect(dutch { d.label } == english { d.label })
            #expect(dutch { d.short } == english { d.short })
            #expect(!d.label.contains("."), "\(d): the key shows instead of the label")
        }
        for p in Phase.allCases { #expect(dutch { p.label } == english { p.label }) }
        for s in ZRMScore.range { #expect(dutch { ZRMScore.label(s) } == english { ZRMScore.label(s) }) }
        #expect(dutch { LifeDomain.financien.label } == "Financiën")
        #expect(dutch { LifeDomain.sociaalNetwerk.label } == "Sociaal netwerk")
        #expect(dutch { Phase.keukentafelgesprek.label } == "Keukentafelgesprek")
        #expect(dutch { ZRMScore.label(1) } == "acuut")
        #expect(dutch { JournalKind.keukentafelgesprek.label } == "keukentafelgesprek")
    }

    @Test func vocabulariesHaveDutchLabels() {
        #expect(english { StaffRole.teamLead.label } == "Team lead")
        #expect(dutch { StaffRole.teamLead.label } == "Teamleider")
        #expect(dutch { TieStrength.stressful.label } == "belastend")
        #expect(dutch { SignalSource.police.label } == "politie")
        #expect(dutch { FollowUpKind.outreaching.label } == "outreachend")
        #expect(dutch { JournalKind.homeVisit.label } == "huisbezoek")
        #expect(dutch { ProvisionKind.tailored.label } == "maatwerkvoorziening")
        #expect(dutch { TriageRoute.safety.label } == "veiligheidsroute (Meldcode / Veilig Thuis)")
        #expect(dutch { MeldcodeStep.talkWithClient.label } == "3 Gesprek met de cliënt")
        #expect(dutch { BoardFilter.Flag.overdue.label } == "opvolging verlopen")
        #expect(dutch { AgendaItem.Section.discussion.title } == "Bespreken")
        #expect(dutch { SuggestionRanker.languageName("tr") } == "Turks")
        #expect(dutch { SuggestionRanker.languageName("xx") } == "xx")
        // Every label of every vocabulary differs from its key lookup (no key shown as text).
        let all: [String] = dutch {
            StaffRole.allCases.map(\.label) + Sector.allCases.map(\.label) + TieStrength.allCases.map(\.label)
                + SupportKind.allCases.map(\.label) + MemberRole.allCases.map(\.label) + SignalSource.allCases.map(\.label)
                + FollowUpKind.allCases.map(\.label) + JournalKind.allCases.map(\.label) + ProvisionKind.allCases.map(\.label)
                + ProvisionStatus.allCases.map(\.label) + TriageRoute.allCases.map(\.label) + MeldcodeStep.allCases.map(\.label)
                + AgendaItem.Section.allCases.map(\.title) + AgendaSettings.Key.allCases.map(\.help)
        }
        #expect(all.allSatisfy { !Strings.table.keys.contains($0) })
    }

    @Test func whatTheNextPhaseNeedsIsSaidInDutch() {
        let c = Case(
            id: 4, householdID: 1, opened: today, source: .huisarts, presentingQuestion: "q", domains: [.financien],
            phase: .keukentafelgesprek, regisseurID: "ann")
        let facts = PhaseFacts(hasRegisseur: true, hasKeukentafelgesprek: false, hasZRMBaseline: false, goals: 0)
        let nl = dutch { PhaseRules.blockers(moving: c, to: .plan, facts: facts) }
        #expect(
            nl == [
                "Plan vraagt een keukentafelgesprek in het journaal en een volledige ZRM-meting van een volwassene sinds de casus openging (alle 13 domeinen gescoord of gemarkeerd als niet beoordeeld: de nulmeting waarop het plan stuurt)"
            ])
        let en = english { PhaseRules.blockers(moving: c, to: .plan, facts: facts) }
        #expect(
            en == [
                "Plan needs a keukentafelgesprek in the journal and a complete ZRM measurement of an adult since the case opened (all 13 domains scored or marked not assessed: the baseline the plan steers on)"
            ])
        let skip = dutch { PhaseRules.blockers(moving: c, to: .evaluatie, facts: facts) }
        #expect(skip == ["casus #4 staat in Keukentafelgesprek; de volgende fase is Plan, niet Evaluatie"])
    }

    @Test func errorsAndRefusalsAreInDutch() {
        #expect(dutch { WijkteamError.unknownCase(12).description } == "geen casus #12")
        #expect(
            dutch { WijkteamError.notARegisseur("nina", .newStaff).description }
                == "'nina' is nieuwe medewerker en kan geen regie over een casus voeren")
        #expect(dutch { WijkteamError.accessDenied("x").description } == "niet toegestaan: x")
        let tie = NetworkTie(
            id: 1, householdID: 1, name: "Oma", sector: .family, relation: "oma", strength: .strong, carerHoursPerWeek: 200)
        let message = dutch { () -> String in
            do { try tie.validate(); return "" } catch { return "\(error)" }
        }
        #expect(message == "mantelzorguren moeten van 0 tot en met 168 per week zijn, niet 200")
        var settings = AgendaSettings()
        let refusal = dutch { () -> String in
            do { try settings.set("stuck-weeks", to: "99"); return "" } catch { return "\(error)" }
        }
        #expect(refusal == "stuck-weeks moet een geheel getal van 1 tot en met 52 zijn, niet '99'")
        let meldcode = dutch { () -> String in
            let two = [
                MeldcodeRecord(step: .mapSignals, doneBy: "a", doneOn: today, note: "n"),
                MeldcodeRecord(step: .consult, doneBy: "a", doneOn: today, note: "n", consulted: [.colleague]),
            ]
            do { try Meldcode.checkConcluded(two); return "" } catch { return "\(error)" }
        }
        #expect(meldcode.hasPrefix("de Meldcode is niet afgerond: leg stap 3 vast, beëindig hem met een reden"))
    }

    @Test func urgencyAndSuggestionReasonsAreInDutch() {
        let s = Signal(
            id: 1, householdID: 1, date: today.adding(days: -3), source: .police, description: "", domains: [.huisvesting], safety: true)
        let texts = dutch { Urgency.reasons(for: s, context: TriageContext(childrenUnder12: 2, otherSignals: 1), today: today).map(\.text) }
        #expect(
            texts == [
                "veiligheidssignaal", "kinderen onder 12 in het huishouden (2)", "bron: politie",
                "1 ander signaal over dit huishouden", "wacht 3 dagen",
            ])
        #expect(!texts.joined().contains("waiting"))

        let staff = [Staff(id: "ayse", name: "Ayşe", role: .generalist, expertise: [.financien], capacity: 8, languages: ["nl", "tr"])]
        let c = Case(
            id: 0, householdID: 1, opened: today, source: .selfReferral, presentingQuestion: "q", domains: [.financien], phase: .triage)
        let reasons = dutch {
            SuggestionRanker.rank(case: c, context: SuggestionContext(language: "tr"), staff: staff, loads: [:], today: today)[0].reasons
                .map(\.display)
        }
        #expect(reasons == ["expertise: Financiën +3", "spreekt Turks +3", "heeft ruimte: 0/8 +4"])
    }

    @Test func theAgendaIsInDutch() {
        let c = Case(
            id: 5, householdID: 105, opened: today.adding(days: -200), source: .school, presentingQuestion: "q",
            domains: [.financien], phase: .plan, regisseurID: nil)
        let card = CaseCard(
            case: c, householdName: "H", buurt: "B", street: "S", lastContact: today.adding(days: -40),
            nextFollowUp: nil, proactiveKinds: [])
        let evaluation = FollowUp(id: 1, caseID: 5, kind: .evaluation, due: today.adding(days: -1), ownerID: nil)
        let items = dutch { Agenda.build(AgendaInput(today: today, staff: [], cards: [card], followUps: [evaluation], signals: [])) }
        #expect(items.count == 1)
        #expect(
            items.first?.reasons == [
                "geen journaalnotitie in 40 dagen (sinds 2026-10-11)",
                "evaluatie stond gepland op 2026-11-19 (1 dag geleden), geen eigenaar",
                "geen regisseur (Plan)",
            ])
    }

    @Test func theMinutesAreInDutch() {
        let meeting = Meeting(
            id: 3, date: today, chairID: "lead", status: .paused, elapsedSeconds: 65,
            items: ["signal:9": .init(section: .safety, caseID: nil, householdID: nil, seconds: 60, discussed: true)])
        let entries = [
            MinuteEntry(id: 1, meetingID: 3, kind: .assignment, caseID: 8, text: "", ownerID: nil, detail: nil),
            MinuteEntry(
                id: 2, meetingID: 3, kind: .followUp, caseID: 8, text: "bellen", ownerID: "lead",
                due: Day("2026-12-01"), detail: "outreaching"),
        ]
        let names = Minutes.Names(staff: ["lead": "Lia Leiding"], households: [:])
        let md = dutch { Minutes.markdown(meeting: meeting, entries: entries, names: names, districtName: "D", privacy: false) }
        for line in [
            "# Besluitenlijst — casuïstiekoverleg 2026-11-20", "- Overleg #3, voorzitter Lia Leiding",
            "- Status: gepauzeerd · duur 1:05", "## Besluiten en acties (0)", "Geen besluiten vastgelegd.",
            "- #8: regisseur Niet toegewezen → Niet toegewezen",
            "- #8: outreachend, eigenaar Lia Leiding, uiterlijk 2026-12-01 — bellen",
            "- signaal #9 · veiligheid · 1:00",
        ] {
            #expect(md.contains(line), "\(line)")
        }
        for english in ["Decisions", "owner", "due", "duration", "paused", "signal #"] {
            #expect(!md.contains(english), "\(english) in the Dutch minutes")
        }
    }
}
