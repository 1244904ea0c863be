import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// Undoing a triage decision (issue #20, item 8): the store reverts it in one transaction,
/// checked against what is there now, with an audit row and a line in the case's decisions.
@Suite struct TriageUndoTests {
    let today = Day("2026-11-20")!

    func sample() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        return try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("t.sqlite").path,
                                      from: data.shifted(by: data.referenceDate.days(until: today)))
    }

    func decisions(_ store: SQLiteStore, case id: Int) throws -> [String] {
        try store.pool.read { db in try String.fetchAll(db, sql: "SELECT text FROM decision WHERE case_id = ? ORDER BY id", arguments: [id]) }
    }

    @Test func undoingADecisionOnAnExistingCaseRestoresItAndTheQueue() throws {
        let store = try sample()
        let contexts = try store.triageContexts(today: today)
        let s = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID != nil })
        let caseID = try #require(contexts[s.householdID!]?.openCaseID)
        let before = try #require(try store.cases(includeClosed: false).first { $0.id == caseID })
        let plan = FollowUpPlan(kind: .checkIn, due: today.adding(days: 14), note: "na triage")
        let other = before.regisseurID == "emre" ? "daan" : "emre"
        let (after, undo) = try store.decideTriageUndoably(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: other, followUp: plan),
                                                           by: "fatima", on: today, expectedVersion: s.version)
        #expect(after.regisseurID == other)
        #expect(undo.before == before && undo.after == after && undo.followUpID != nil && undo.signalVersion == s.version + 1)

        let back = try store.undoTriage(undo, by: "fatima", on: today)
        #expect(back.regisseurID == before.regisseurID && back.phase == before.phase && back.domains == before.domains)
        #expect(back.version == after.version + 1)
        let open = try #require(try store.openSignals().first { $0.id == s.id }, "the signal is back in the queue")
        #expect(open.version == s.version + 2)
        #expect(!(try store.followUps(includeDone: false).contains { $0.id == undo.followUpID }))
        #expect(try decisions(store, case: caseID).last?.contains("Triage of signal #\(s.id) undone") == true)
        #expect(try store.auditLog(householdID: s.householdID).last?.detail == "signal #\(s.id) triage undone: back in the queue")
        // Once undone it cannot be undone again; the signal can be decided anew.
        #expect(throws: WijkteamError.self) { try store.undoTriage(undo, by: "fatima", on: today) }
        _ = try store.decideTriage(signalID: s.id, decision: TriageDecision(route: .lightSupport, regisseur: nil), by: "fatima", on: today,
                                   expectedVersion: open.version)
        #expect(try store.verifyAudit().broken == nil)
    }

    @Test func undoingADecisionThatMadeACaseClosesThatCase() throws {
        let store = try sample()
        let contexts = try store.triageContexts(today: today)
        let s = try #require(try store.openSignals().first { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID == nil })
        let (made, undo) = try store.decideTriageUndoably(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: "daan"),
                                                          by: "fatima", on: today, expectedVersion: nil)
        #expect(undo.before == nil)
        let closed = try store.undoTriage(undo, by: "fatima", on: today)
        #expect(closed.id == made.id && closed.phase == .afgesloten)
        #expect(closed.closedReason == "triage of signal #\(s.id) undone")
        #expect(!(try store.cases(includeClosed: false).contains { $0.id == made.id }))
        #expect(try store.openSignals().contains { $0.id == s.id })
    }

    /// A colleague's work after the decision is never overwritten by the undo.
    @Test func undoIsRefusedWhenTheCaseOrTheFollowUpChangedSince() throws {
        let store = try sample()
        let contexts = try store.triageContexts(today: today)
        let signals = try store.openSignals().filter { !$0.safety && contexts[$0.householdID ?? -1]?.openCaseID != nil }
        let s = try #require(signals.first)
        let (after, undo) = try store.decideTriageUndoably(signalID: s.id, decision: TriageDecision(route: .regie, regisseur: nil),
                                                           by: "fatima", on: today, expectedVersion: nil)
        try store.assign(caseID: after.id, to: "noel", expectedVersion: after.version)
        let error = try #require(throws: WijkteamError.self) { try store.undoTriage(undo, by: "fatima", on: today) }
        #expect(error.description.contains("changed by someone else") && error.description.contains("noel"))
        #expect(try store.cases(includeClosed: false).first { $0.id == after.id }?.regisseurID == "noel")
        #expect(!(try store.openSignals().contains { $0.id == s.id }), "refused: nothing written")

        // The follow-up planned with a decision was marked done meanwhile.
        let s2 = try #require(try store.openSignals().first { !$0.safety && $0.id != s.id && $0.householdID != s.householdID })
        let plan = FollowUpPlan(kind: .outreaching, due: today.adding(days: 14), note: "huisbezoek")
        let (_, undo2) = try store.decideTriageUndoably(signalID: s2.id, decision: TriageDecision(route: .regie, regisseur: "daan", followUp: plan),
                                                        by: "fatima", on: today, expectedVersion: nil)
        try store.completeFollowUp(id: try #require(undo2.followUpID), outcome: "al geweest", expectedVersion: 1)
        #expect(throws: WijkteamError.self) { try store.undoTriage(undo2, by: "fatima", on: today) }
        #expect(!(try store.openSignals().contains { $0.id == s2.id }))
    }

    /// Staff outside the team cannot undo triage, as they cannot decide it.
    @Test func staffOutsideTheTeamCannotUndo() throws {
        let store = try sample()
        let s = try #require(try store.openSignals().first { !$0.safety && $0.householdID != nil })
        let (_, undo) = try store.decideTriageUndoably(signalID: s.id, decision: TriageDecision(route: .lightSupport, regisseur: nil),
                                                       by: "fatima", on: today, expectedVersion: nil)
        let karin = store.acting(as: AuditActor(staffID: "karin", account: "t", origin: "t"))
        #expect(throws: (any Error).self) { try karin.undoTriage(undo, by: "karin", on: today) }
        #expect(!(try store.openSignals().contains { $0.id == s.id }))
    }
}
