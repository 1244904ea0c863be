import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The store's refusals as the status bar shows them, in Dutch (`--lang nl`) and, unchanged,
/// in English. What the store writes into the database stays as it is.
@Suite struct StoreDutchTests {
    let today = Day("2026-11-20")!

    func dutch<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.nl) { try body() } }
    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }

    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    /// A save on a version someone else changed meanwhile: what the case is now, in Dutch.
    @Test func aStaleCaseSaysWhatChangedInDutch() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let loaded = try #require(try store.cases(includeClosed: false).first { $0.id == 17 })
        try store.setDiscussion(caseID: 17, question: "Doorgaan of afsluiten?", expectedVersion: loaded.version)
        func refusal() -> String {
            (try? #require(throws: WijkteamError.self) {
                try store.closeCase(
                    caseID: 17, reason: "Doelen bereikt", noFinalZRMReason: "geen eindmeting", expectedVersion: loaded.version, today: today
                )
            })?.description ?? "saved"
        }
        let nl = dutch { refusal() }
        #expect(nl.contains("casus #17 is intussen door iemand anders gewijzigd"), "\(nl)")
        #expect(nl.contains("fase Evaluatie, regisseur emre, ingebracht om te bespreken: Doorgaan of afsluiten?"), "\(nl)")
        #expect(!nl.contains("up for discussion") && !nl.contains("phase "), "\(nl)")
        let en = english { refusal() }
        #expect(en.contains("case #17 was changed by someone else"), "\(en)")
        #expect(en.contains("phase Evaluatie, regisseur emre, up for discussion: Doorgaan of afsluiten?"), "\(en)")
        // The case is still open: nothing was saved in either language.
        #expect(try store.cases(includeClosed: false).contains { $0.id == 17 })
    }

    /// A follow-up done twice, and once more on the version the screen had loaded.
    @Test func aFollowUpDoneTwiceIsRefusedInDutch() throws {
        let store = try Fixtures.sampleStore()
        let f = try #require(try store.followUps(includeDone: false).first)
        try store.completeFollowUp(id: f.id, outcome: "gebeld, gaat goed", expectedVersion: f.version)
        let again = dutch { try? #require(throws: WijkteamError.self) { try store.completeFollowUp(id: f.id, outcome: "nog eens", expectedVersion: nil) } }
        #expect(again?.description == "opvolging #\(f.id) is al afgerond")
        let stale = dutch {
            (try? #require(throws: WijkteamError.self) { try store.completeFollowUp(id: f.id, outcome: "nog eens", expectedVersion: f.version) })?
                .description ?? ""
        }
        #expect(stale.contains("opvolging #\(f.id) is intussen door iemand anders gewijzigd"), "\(stale)")
        #expect(stale.contains("die is al afgerond: gebeld, gaat goed"), "\(stale)")
        let en = english { try? #require(throws: WijkteamError.self) { try store.completeFollowUp(id: f.id, outcome: "x", expectedVersion: nil) } }
        #expect(en?.description == "follow-up #\(f.id) is already done")
        // What was stored is the outcome as typed, whatever the language.
        #expect(try store.followUps(includeDone: true).first { $0.id == f.id }?.outcome == "gebeld, gaat goed")
    }

    /// A signal triaged twice (two terminals): the second decision is refused.
    @Test func aSignalTriagedTwiceIsRefusedInDutch() throws {
        let store = try Fixtures.sampleStore()
        let contexts = try store.triageContexts(today: today)
        let s = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID == nil })
        let decision = TriageDecision(route: .regie, regisseur: "daan")
        try store.decideTriage(signalID: s.id, decision: decision, by: "fatima", on: today)
        let nl = dutch { try? #require(throws: WijkteamError.self) { try store.decideTriage(signalID: s.id, decision: decision, by: "fatima", on: today) } }
        #expect(nl?.description == "over signaal #\(s.id) is al een triagebesluit genomen")
        let en = english { try? #require(throws: WijkteamError.self) { try store.decideTriage(signalID: s.id, decision: decision, by: "fatima", on: today) } }
        #expect(en?.description == "signal #\(s.id) was already triaged")
    }

    /// Need-to-know refusals for someone outside the team (Karin, only on case 22).
    @Test func needToKnowRefusalsAreDutch() throws {
        let karin = try Fixtures.sampleStore().acting(as: Self.actor("karin"))
        let household = dutch { try? #require(throws: WijkteamError.self) { try karin.household(id: 5) }.description }
        #expect(household == "niet toegestaan: huishouden 5 is niet met je gedeeld (need-to-know)")
        let signal = try #require(try Fixtures.sampleStore().openSignals().first { !$0.safety })
        let triage = dutch {
            try? #require(throws: WijkteamError.self) {
                try karin.decideTriage(signalID: signal.id, decision: TriageDecision(route: .regie, regisseur: "daan"), by: "karin", on: today)
            }.description
        }
        #expect(triage == "niet toegestaan: triage is teamwerk; jij valt buiten het team")
        let en = english { try? #require(throws: WijkteamError.self) { try karin.household(id: 5) }.description }
        #expect(en == "not allowed: household 5 is not shared with you (need-to-know)")
    }

    @Test func storeErrorsAndSuggestionReasonsAreDutch() throws {
        let missing = StoreError.missingDatabase("/nergens/w.sqlite")
        #expect(dutch { missing.description } == "geen database op /nergens/w.sqlite (maak er een met: wijkteam init --db /nergens/w.sqlite)")
        #expect(english { missing.description } == "no database at /nergens/w.sqlite (create one with: wijkteam init --db /nergens/w.sqlite)")
        let nothing = dutch { try? #require(throws: WijkteamError.self) { try Fixtures.sampleStore().searchJournal("  ") } }
        #expect(nothing?.description == "niets om op te zoeken: typ een woord (letters of cijfers)")
        // Who knows the household, as the regisseur suggestion shows it.
        let store = try Fixtures.sampleStore()
        let c = try #require(try store.cases(includeClosed: false).first { $0.id == 17 })
        let known = try dutch { try store.suggestionContext(householdID: c.householdID).knownBy.values.sorted() }
        #expect(known.contains { $0.hasPrefix("regisseur van casus #17 in ") }, "\(known)")
        #expect(!known.contains { $0.contains("regisseur of case") || $0.contains("journal entry of") }, "\(known)")
    }
}
