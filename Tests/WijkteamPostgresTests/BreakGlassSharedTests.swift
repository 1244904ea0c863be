import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// Break-the-glass on every store (issue #23): access given to oneself opens only what is
/// written after it; a reason opens the rest, is logged without its text and listed for the
/// team lead; questioned, it needs a new reason.
@Suite struct BreakGlassSharedTests {
    /// Case 3's sensitive history, as `store` reads it: entry id → withheld because.
    static func sensitive(_ store: any WijkteamStore, case caseID: Int = 3, household: Int = 3) throws -> [Int: WithheldBecause?] {
        let r = try store.household(id: household, access: .journal)
        return Dictionary(
            uniqueKeysWithValues: r.journal.filter { $0.caseID == caseID && $0.sensitive }.map { ($0.id, $0.withheldBecause) })
    }

    @Test(arguments: StoreKind.allCases)
    func assigningACaseToYourselfOpensOnlyWhatComesAfter(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let daan = try db.terminal("daan"), lead = try db.terminal("fatima")
        try daan.assign(caseID: 3, to: "daan", expectedVersion: nil)
        let before = try Self.sensitive(daan)
        #expect(!before.isEmpty && before.values.allSatisfy { $0 == .selfGranted })
        #expect(try daan.household(id: 3, access: .refresh).glassCases == [3])
        // What is written after the self-grant is readable.
        let new = try lead.addJournal(
            caseID: 3, kind: .phone, date: db.today, text: "Nieuw en gevoelig: Ünal belde", sensitive: true,
            today: db.today)
        let after = try Self.sensitive(daan)
        #expect(after[new.id] == .some(nil))
        #expect(after.filter { $0.key != new.id }.values.allSatisfy { $0 == .selfGranted })
        // Search finds the new entry, not the old ones.
        #expect(try daan.searchJournal("Ünal", limit: 10).map(\.entryID) == [new.id])
        #expect(try daan.searchJournal("Grandmother drunk", limit: 10).isEmpty)
        #expect(try lead.searchJournal("Grandmother drunk", limit: 10).count == 1)
        // The access log says why the rest was withheld.
        let denied = try lead.auditLog(householdID: 3).filter { $0.action == .readSensitive && $0.result == .denied }
        #expect(denied.last?.detail.hasSuffix("(access given to oneself: no reason given)") == true)

        // The team lead assigning it (again) gives the whole history.
        try lead.assign(caseID: 3, to: "daan", expectedVersion: nil)
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == nil })
        #expect(try daan.household(id: 3, access: .refresh).glassCases.isEmpty)
    }

    @Test(arguments: StoreKind.allCases)
    func theGlassBrokenIsLoggedListedAndQuestionedClosesItAgain(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let daan = try db.terminal("daan"), lead = try db.terminal("fatima")
        try daan.assign(caseID: 3, to: "daan", expectedVersion: nil)
        #expect(throws: WijkteamError.self) { try daan.breakGlass(caseID: 3, reason: "  ") }
        #expect(throws: WijkteamError.self) { try daan.breakGlass(caseID: 3, reason: "one\ntwo") }
        let reason = "Moeder belt in crisis, ik heb de voorgeschiedenis nodig — 紧急 🚨"
        let use = try daan.breakGlass(caseID: 3, reason: "  \(reason) ")
        #expect(use.reason == reason && use.staffID == "daan" && use.review == nil)
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == nil })
        // Nothing withheld any more: a second reason is refused.
        #expect(throws: WijkteamError.self) { try daan.breakGlass(caseID: 3, reason: "nog eens") }
        // Logged as read_sensitive, never with the reason.
        let log = try lead.auditLog(householdID: 3)
        let row = try #require(log.last { $0.action == .readSensitive && $0.result == .allowed })
        #expect(row.detail == "break the glass #\(use.id)" && row.staffID == "daan" && row.caseID == 3)
        #expect(!log.contains { $0.detail.contains("crisis") })
        // Listed for the team lead, and only for the team lead.
        #expect(try lead.breakGlassLog().map(\.id) == [use.id])
        #expect(throws: WijkteamError.self) { try daan.breakGlassLog() }
        #expect(throws: WijkteamError.self) { try daan.reviewBreakGlass(id: use.id, verdict: .confirmed) }

        // Questioned: withheld again, until a new reason, which shows.
        let questioned = try lead.reviewBreakGlass(id: use.id, verdict: .questioned)
        #expect(questioned.review == .questioned && questioned.reviewedBy == "fatima")
        #expect(try lead.auditLog(householdID: 3).last?.detail == "break the glass #\(use.id) questioned")
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == .selfGranted })
        let again = try daan.breakGlass(caseID: 3, reason: "De school belde opnieuw")
        #expect(try lead.breakGlassLog().map(\.id) == [again.id, use.id])
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == nil })
        // Confirmed keeps it open.
        try lead.reviewBreakGlass(id: again.id, verdict: .confirmed)
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == nil })
        #expect(try lead.verifyAudit().ok)
    }

    @Test(arguments: StoreKind.allCases)
    func theSafetyCasesQuestionAndSignalWaitForTheReasonToo(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let emre = try db.terminal("emre")
        try emre.assign(caseID: 8, to: "emre", expectedVersion: nil)
        var r = try emre.household(id: 7, access: .household)
        #expect(r.cases.first { $0.id == 8 }?.withheld == true)
        #expect(r.signals.filter { $0.safety }.allSatisfy { $0.withheld })
        #expect(try emre.cases(includeClosed: false).first { $0.id == 8 }?.withheld == true)
        #expect(r.glassCases == [8])
        try emre.breakGlass(caseID: 8, reason: "Ik ga vandaag op huisbezoek")
        r = try emre.household(id: 7, access: .refresh)
        #expect(r.cases.first { $0.id == 8 }?.withheld == false)
        #expect(r.signals.filter { $0.safety }.allSatisfy { !$0.withheld && !$0.description.isEmpty })
    }

    @Test(arguments: StoreKind.allCases)
    func thePreviousRegisseurGivesAccessAndNobodyElseBreaksIn(kind: StoreKind) throws {
        let db = try SampleDatabase(kind)
        let lukasz = try db.terminal("lukasz"), daan = try db.terminal("daan"), zoe = try db.terminal("zoe")
        // Not on the case: refused, and the attempt is logged.
        #expect(throws: WijkteamError.self) { try daan.breakGlass(caseID: 3, reason: "nieuwsgierig") }
        let attempt = try #require(try lukasz.auditLog(householdID: 3).last)
        #expect(attempt.action == .readSensitive && attempt.result == .denied && attempt.staffID == "daan")
        // Zoë (neither the lead nor the previous regisseur) hands it to Daan: self-granted for him.
        try zoe.assign(caseID: 3, to: "daan", expectedVersion: nil)
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == .selfGranted })
        // The regisseur before (Daan, now) hands it to Łukasz: given, the whole history.
        try daan.assign(caseID: 3, to: "lukasz", expectedVersion: nil)
        #expect(try Self.sensitive(lukasz).values.allSatisfy { $0 == nil })
        // And back by Łukasz, the previous regisseur: given to Daan, his self-grant is gone.
        try lukasz.assign(caseID: 3, to: "daan", expectedVersion: nil)
        #expect(try Self.sensitive(daan).values.allSatisfy { $0 == nil })
    }
}
