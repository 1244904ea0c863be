import Foundation
import GRDB
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore

/// The team lead's view of break-the-glass reads (`6`), rendered into the grid: hostile reasons
/// fit their cells, privacy mode hides what names clients, `c`/`x` review through the store,
/// a stale row or a colleague who is not the lead is told why.
@Suite struct BreakGlassReviewTests {
    static let arabic = "الأم اتصلت في أزمة والأطفال في خطر"
    static let emoji = "👩🏽‍⚕️ huisarts belde over 👨‍👩‍👧‍👦"
    static let escape = "klik\u{1B}[31mROOD\u{1B}[0m hier\u{07}"
    static let long = String(repeating: "Lange reden zonder einde ", count: 5) + "EINDE"

    /// Daan gives himself case 3 and reads its history with a reason (the store's way); four
    /// more reads as a client with direct access could have written them (hostile reasons).
    static func district() throws -> SQLiteStore {
        let store = try Sample.store()
        let daan = store.acting(as: AuditActor(staffID: "daan", account: "t", origin: "t"))
        try daan.assign(caseID: 3, to: "daan", expectedVersion: nil)
        _ = try daan.breakGlass(caseID: 3, reason: "Moeder belt in crisis")
        let db = try DatabaseQueue(path: store.path)
        try db.write { db in
            // The store writes the wall clock; a fixed time keeps the snapshots still.
            try db.execute(sql: "UPDATE break_glass SET at = '2026-11-09T07:30:00Z'")
            for (i, (staff, reason)) in [("zoe", arabic), ("emre", emoji), ("lukasz", escape), ("noel", long)].enumerated() {
                try db.execute(
                    sql: "INSERT INTO break_glass (case_id, staff_id, at, reason) VALUES (?, ?, ?, ?)",
                    arguments: [3, staff, "2026-11-1\(i)T08:0\(i):00Z", reason])
            }
        }
        return store
    }

    static func shell(_ store: SQLiteStore, as staff: StaffID, width: Int, height: Int) throws -> ShellDriver {
        let acting = store.acting(as: AuditActor(staffID: staff, account: "test", origin: "tests"))
        let identity = try Identity.resolve(requested: staff, account: "test", staff: try acting.staff(), demo: true)
        var d = ShellDriver(
            store: acting,
            shell: Shell(session: SessionInfo(identity: identity, databaseName: "sample.sqlite"), size: Size(width: width, height: height)))
        d.send(.clock("vr 20 nov 09:00"))
        d.send(.snapshot(try DistrictSnapshot.load(from: acting, today: Sample.today)))
        d.press(.char("6"))
        return d
    }

    static func lead(_ store: SQLiteStore) -> SQLiteStore { store.acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t")) }

    @Test(arguments: [(80, 24), (160, 48)]) func hostileReasonsFitTheirCells(width: Int, height: Int) throws {
        let store = try Self.district()
        let d = try Self.shell(store, as: "fatima", width: width, height: height)
        let grid = d.render()
        let lines = grid.lines()
        expectSnapshot(grid, named: "breakglass-review-\(width)x\(height)")
        #expect(lines.count == height)
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= width }, "a line is wider than the screen")
        let text = grid.text()
        #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "a control character reached the grid")
        #expect(text.contains("Reads with a reason 5"))
        #expect(text.contains("5 to review"))
        #expect(text.contains("الأم"))
        #expect(text.contains("👩🏽‍⚕️"))
        #expect(text.contains("Lange reden"))
        #expect(!text.contains("EINDE"), "an 80+ character reason was not cut")
        #expect(text.contains("…"))
        // Newest first: Noël's (#5) above Zoë's (#2) above Daan's (#1).
        let daan = try #require(lines.firstIndex { $0.contains("Daan") })
        let noel = try #require(lines.firstIndex { $0.contains("Noël") })
        let zoe = try #require(lines.firstIndex { $0.contains("Zoë") })
        #expect(noel < zoe && zoe < daan)
        // An open read is said in the warning role.
        let row = grid.roleLines()[noel]
        let at = try #require(lines[noel].range(of: "to review"))
        let column = TextWidth.width(of: lines[noel][..<at.lowerBound])
        #expect(Array(row)[column] == "w" || Array(row)[column] == "s", "the open state is not in the warning role (or selected)")
    }

    @Test func privacyModeHidesTheHouseholdAndTheReasons() throws {
        let store = try Self.district()
        var d = try Self.shell(store, as: "fatima", width: 160, height: 48)
        let household = try #require(try Sample.snapshot(store).cards.first { $0.case.id == 3 }?.householdName)
        let short = household.replacingOccurrences(of: "Huishouden ", with: "")
        #expect(d.render().text().contains(short))
        d.press(.char("p"))
        let text = d.render().text()
        #expect(!text.contains(short), "the household's name shows in privacy mode")
        #expect(!text.contains("Moeder belt"), "a reason shows in privacy mode")
        #expect(!text.contains("الأم"))
        #expect(text.contains("(reason hidden: privacy mode)"))
        #expect(text.contains("#3 " + Privacy.initials(short)))
    }

    @Test func theLeadConfirmsAndQuestionsFromTheList() throws {
        let store = try Self.district()
        var d = try Self.shell(store, as: "fatima", width: 160, height: 48)
        // The top row is Noël's (newest); c confirms it, and it moves below the open reads.
        d.press(.char("c"))
        var lines = d.render().lines()
        #expect(lines.contains { $0.contains("Read #5 confirmed (Noël Martina, case #3); in the access log") })
        let noel = try #require(lines.firstIndex { $0.contains("Noël") && $0.contains("confirmed by Fatima El Amrani") })
        #expect(lines.contains { $0.contains("4 to review") })
        #expect(lines.firstIndex { $0.contains("Daan") }! < noel, "a reviewed read stays above an open one")
        // The cursor stays on the next open read (Łukasz's, #4); x questions it.
        d.press(.char("x"))
        lines = d.render().lines()
        #expect(lines.contains { $0.contains("Read #4 questioned (Łukasz Wiśniewski, case #3)") })
        #expect(lines.contains { $0.contains("Łukasz") && $0.contains("questioned by Fatima El Amrani") })
        let log = try Self.lead(store).breakGlassLog()
        #expect(log.first { $0.id == 5 }?.review == .confirmed)
        #expect(log.first { $0.id == 4 }?.review == .questioned)
        #expect(log.filter { $0.review == nil }.count == 3)
        let audit = try Self.lead(store).auditLog(householdID: nil).map(\.detail)
        #expect(audit.contains("break the glass #5 confirmed"))
        #expect(audit.contains("break the glass #4 questioned"))
    }

    @Test func aRowReviewedMeanwhileIsRefusedAndShownAsItIsNow() throws {
        let store = try Self.district()
        var d = try Self.shell(store, as: "fatima", width: 160, height: 48)
        // Another terminal of the lead (the command line) questions #5, the top row, first.
        try Self.lead(try SQLiteStore.open(path: store.path)).reviewBreakGlass(id: 5, verdict: .questioned)
        d.press(.char("c"))
        let text = d.render().text()
        #expect(text.contains("break-the-glass read #5 was reviewed meanwhile: questioned by fatima; nothing changed"))
        #expect(text.contains("questioned by Fatima El Amrani"))
        #expect(try Self.lead(store).breakGlassLog().first { $0.id == 5 }?.review == .questioned)
        #expect(d.shell.message?.role == .error)
    }

    @Test func aColleagueIsToldTheListIsTheTeamLeads() throws {
        let store = try Self.district()
        var d = try Self.shell(store, as: "daan", width: 80, height: 24)
        var text = d.render().text()
        #expect(text.contains("The team lead reviews the reads with a reason here"))
        #expect(!text.contains("Moeder belt"), "a colleague sees the reasons")
        d.effects = []
        d.press(.char("c"))
        text = d.render().text()
        #expect(text.contains("Only the team lead confirms or questions a read with a reason"))
        #expect(!d.effects.contains { if case .reviewBreakGlass = $0 { true } else { false } })
        #expect(try Self.lead(store).breakGlassLog().allSatisfy { $0.review == nil })
        // The store refuses it too, whatever a client sends.
        let daan = store.acting(as: AuditActor(staffID: "daan", account: "t", origin: "t"))
        #expect(throws: WijkteamError.self) { try daan.reviewBreakGlass(id: 1, verdict: .confirmed) }
    }

    @Test func theMainLoopConfirmsAReadOnAScriptedTerminal() throws {
        let store = try Self.district()
        let lead = Self.lead(store)
        let terminal = ScriptedTerminal(
            size: Size(width: 80, height: 24),
            steps: [
                .waitFor("first frame", MainLoopTests.shows("1 Board")),
                .key(.char("6")),
                .waitFor("the list", MainLoopTests.shows("5 to review")),
                .key(.char("c")),
                .waitFor("the verdict", timeoutMS: 3_000, MainLoopTests.shows("4 to review")),
                .key(.char("q")),
            ])
        let shell = Shell(
            session: SessionInfo(
                identity: try Identity.resolve(requested: "fatima", account: "t", staff: try store.staff(), demo: true),
                databaseName: "sample.sqlite"), size: terminal.size)
        let loop = MainLoop(
            terminal: terminal, store: lead, shell: shell, today: Sample.today, actor: "fatima", seenChanges: try lead.changeCounter(),
            clock: MainLoopTests.clock)
        loop.start(first: { try DistrictSnapshot.load(from: lead, today: Sample.today, parts: .outline) })
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty)
        #expect(try lead.breakGlassLog().first { $0.id == 5 }?.review == .confirmed)
    }
}
