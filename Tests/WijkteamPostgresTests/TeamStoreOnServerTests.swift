#if PostgreSQL
import Foundation
import Testing
import Wijkteam
@testable import WijkteamPostgres
@testable import WijkteamStore

/// The team's changes through the app's store on the team's server (issue 24): the same
/// methods as on SQLite, through the server's guard, as the team lead and as a generalist.
@Suite(.serialized) struct TeamStoreOnServerTests {
    typealias Team = TeamServerTests.Team

    static func serverToday(_ team: Team) throws -> Day {
        try #require(Day(try team.once("fatima") { try $0.rows("SELECT to_char(current_date, 'YYYY-MM-DD')").first!.decode(String.self) }))
    }

    @Test func theLeadKeepsTheTeamCoverAndHandoverWorkThroughTheGuard() throws {
        let team = try Team()
        defer { team.drop() }
        let today = try Self.serverToday(team)
        let (lead, _) = try PostgresStore.openAsColleague(team.location("fatima"), origin: "test")

        let added = try lead.addStaff(
            Staff(id: "amal", name: "أمل بن علي 👩🏽‍💼", role: .generalist, discipline: "jeugdcoach", capacity: 5, languages: ["nl", "ar"]),
            today: today)
        #expect(added.version == 1)
        let changed = try lead.updateStaff(
            {
                var s = added; s.capacity = 3; s.workDays = [0, 1, 3]; return s
            }(), expectedVersion: added.version, today: today)
        #expect(changed.capacity == 3 && changed.version == 2)
        #expect(try lead.staffChanges().contains { $0.staffID == "amal" && $0.field == "capacity" && $0.old == "5" && $0.new == "3" })
        #expect(throws: WijkteamError.self) { try lead.updateStaff(added, expectedVersion: added.version, today: today) }

        // Daan is ill; Emre covers all his open cases, until Daan is back.
        let daanCases = try lead.cases(includeClosed: false).filter { $0.regisseurID == "daan" }.map(\.id)
        #expect(!daanCases.isEmpty)
        let daan = try #require(try lead.staff().first { $0.id == "daan" })
        let away = try lead.setAway(
            staffID: "daan", from: today, to: today.adding(days: 10), kind: .ill, expectedVersion: daan.version, today: today)
        #expect(away.isAway(on: today))
        let covers = try lead.nameCover(absentID: "daan", cover: "emre", caseIDs: nil, today: today)
        #expect(Set(covers.map(\.caseID)) == Set(daanCases) && covers.allSatisfy { $0.coverID == "emre" })
        #expect(try lead.covers().filter { $0.absence.staffID == "daan" && $0.isActive(on: today) }.count == daanCases.count)
        _ = try lead.comeBack(staffID: "daan", expectedVersion: away.version, today: today)
        #expect(try lead.covers().filter { $0.absence.staffID == "daan" && $0.isActive(on: today) }.isEmpty)

        // Samira's caseload is handed over as one change, then given back.
        let input = try lead.handoverInput(from: "samira", today: today)
        // The server reads the loads from its rows (`handoverInputFromRows`): the board's, exactly.
        let open = try lead.cases(includeClosed: false)
        let board = Caseload.loads(in: open)
        #expect(Set(input.loads.keys) == Set(board.keys) && !board.isEmpty)
        for (id, load) in board { #expect(input.loads[id] == load, "\(id)") }
        #expect(input.cases.map(\.id) == open.filter { $0.regisseurID == "samira" }.map(\.id))
        for c in input.cases {
            let alone = try lead.suggestionContext(caseID: c.id)
            #expect(input.contexts[c.id]?.knownBy == alone.knownBy && input.contexts[c.id]?.neighbours == alone.neighbours, "case #\(c.id)")
        }
        let plan = HandoverPlanner.plan(input, from: "samira", today: today)
        #expect(!plan.lines.isEmpty && plan.lines.allSatisfy { $0.to != nil && $0.to != "samira" })
        let undo = try lead.applyHandover(plan, today: today)
        let after = try lead.cases(includeClosed: false)
        #expect(after.filter { $0.regisseurID == "samira" }.isEmpty)
        let first = try #require(plan.lines.first)
        #expect(try lead.household(id: first.householdID).journal.contains { $0.text.contains("handover") })
        try lead.undoHandover(undo, today: today)
        #expect(try lead.cases(includeClosed: false).filter { $0.regisseurID == "samira" }.count == plan.lines.count)
        #expect(try lead.verifyAudit().ok)

        // Someone who left keeps their record; leaving with open cases is refused.
        #expect(throws: WijkteamError.self) {
            try lead.staffLeaves(staffID: "samira", on: today, expectedVersion: nil, today: today)
        }
        let gone = try lead.staffLeaves(staffID: "amal", on: today, expectedVersion: nil, today: today)
        #expect(gone.hasLeft(on: today))
    }

    @Test func aGeneralistIsRefusedEveryChangeAndTheRefusalIsLogged() throws {
        let team = try Team()
        defer { team.drop() }
        let today = try Self.serverToday(team)
        let (daan, _) = try PostgresStore.openAsColleague(team.location("daan"), origin: "test")
        let before = try daan.staff()
        #expect(throws: WijkteamError.self) {
            try daan.addStaff(Staff(id: "x", name: "X", role: .teamLead, capacity: 1), today: today)
        }
        #expect(throws: WijkteamError.self) {
            try daan.setAway(staffID: "zoe", from: today, to: nil, kind: .leave, expectedVersion: nil, today: today)
        }
        #expect(throws: WijkteamError.self) {
            try daan.updateStaff(
                {
                    var s = before.first { $0.id == "daan" }!; s.capacity = 99; return s
                }(), expectedVersion: nil, today: today)
        }
        #expect(try daan.staff() == before)
        let (lead, _) = try PostgresStore.openAsColleague(team.location("fatima"), origin: "test")
        #expect(try lead.auditLog(householdID: nil).filter { $0.staffID == "daan" && $0.result == .denied }.count >= 3)
    }
}
#endif
