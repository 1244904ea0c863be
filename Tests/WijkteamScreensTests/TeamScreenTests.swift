import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens

/// The team view (7), rendered into the grid: what each role sees, the columns that stay at
/// 80×24, and which change each of the team lead's keys asks the store for. The store's team
/// methods belong to another change: here a save may be refused, and the form must then keep
/// what was typed.
@Suite struct TeamScreenTests {
    static func team(width: Int, height: Int, as staff: StaffID) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height, as: staff)
        d.press(.char("7"))
        #expect(d.shell.tab == .team)
        return d
    }

    static func select(_ id: StaffID, in d: inout ShellDriver) {
        d.press(.home)
        for _ in 0..<20 where d.shell.team.selected?.id != id { d.press(.down) }
        #expect(d.shell.team.selected?.id == id)
    }

    static func teamChanges(_ d: ShellDriver) -> [TeamChange] {
        d.effects.compactMap { if case .teamChange(let c) = $0 { c } else { nil } }
    }

    @Test func theLeadSeesEveryColleagueWithLoadAndAvailabilityAt160() throws {
        let d = try Self.team(width: 160, height: 48, as: "fatima")
        let text = d.render().text()
        for column in ["Name", "Role", "Discipline", "Expertise", "Languages", "Load", "Availability", "Cover"] {
            #expect(text.contains(column), "column \(column)")
        }
        #expect(text.contains("Samira Haddouchi"))
        #expect(text.contains("on leave until 12 Jan"))
        #expect(text.contains("Noël Martina"))
        #expect(text.contains(WorkDays.label([0, 1, 3])), "Noël's part-time days")
        #expect(text.contains("12 in the team · 1 away · 1 part-time"))
        #expect(text.contains("a add · e change · w away"))
        expectSnapshot(d.render(), named: "team-lead-160x48")
    }

    @Test func atEightyColumnsNameRoleLoadAndAvailabilityStay() throws {
        let d = try Self.team(width: 80, height: 24, as: "fatima")
        let lines = d.render().lines()
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
        let text = lines.joined(separator: "\n")
        for column in ["Name", "Role", "Load", "Availability"] { #expect(text.contains(column), "column \(column)") }
        #expect(!text.contains("Expertise"))
        #expect(text.contains("on leave until 12 Jan"))
        #expect(text.contains("H handover"), "the keys keep the header row at 80 columns")
        expectSnapshot(d.render(), named: "team-lead-80x24")
    }

    @Test func aGeneralistSeesTheSameReadOnlyAndIsToldWhy() throws {
        var d = try Self.team(width: 160, height: 48, as: "daan")
        #expect(d.render().text().contains("on leave until 12 Jan"))
        #expect(d.render().text().contains("read-only: only the team lead changes the team"))
        Self.select("samira", in: &d)
        for key in ["a", "e", "w", "b", "L", "c", "H"] {
            d.press(.char(Character(key)))
            #expect(!d.shell.isDialogOpen, "key \(key) opened a dialog")
            #expect(d.shell.message?.text == "Only the team lead changes the team", "key \(key)")
        }
        #expect(Self.teamChanges(d).isEmpty)
        #expect(!d.effects.contains(.planHandover(from: "samira")))
    }

    @Test(arguments: ["sanne", "karin"])
    func newAndOutsideStaffSeeNamesAndRolesOnly(_ who: StaffID) throws {
        let d = try Self.team(width: 160, height: 48, as: who)
        let text = d.render().text()
        #expect(text.contains("Samira Haddouchi"))
        #expect(text.contains("Name") && text.contains("Role"))
        #expect(!text.contains("Availability"))
        #expect(!text.contains("on leave"), "an absence is not for new or outside staff")
        #expect(!text.contains("maatschappelijk werker"), "a discipline showed")
        #expect(text.contains("in the team · names and roles") && !text.contains("away"), "the header counts who is away")
        if who == "sanne" { expectSnapshot(d.render(), named: "team-newstaff-160x48") }
    }

    @Test func theSelectedColleagueShowsTheChangesKeptToTheirRecord() throws {
        var d = try Self.team(width: 160, height: 48, as: "fatima")
        var s = try Sample.snapshot(d.store)
        s.staffChanges = [
            StaffChange(staffID: "noel", on: Day("2026-11-02")!, field: "work_days", old: "", new: "mon,tue,thu", by: "fatima"),
            StaffChange(staffID: "noel", on: Day("2026-11-16")!, field: "capacity", old: "8", new: "6", by: "fatima"),
        ]
        d.send(.snapshot(s))
        Self.select("noel", in: &d)
        let text = d.render().text()
        #expect(text.contains("capacity 6 since 16 Nov (was 8)"))
        #expect(text.contains("works \(WorkDays.label([0, 1, 3])) since 2 Nov (was full time)"))
        Self.select("daan", in: &d)
        #expect(d.render().text().contains("No changes kept"))
    }

    @Test func awayAsksTheStoreAndARefusalKeepsWhatWasTyped() throws {
        var d = try Self.team(width: 80, height: 24, as: "fatima")
        Self.select("daan", in: &d)
        d.press(.char("w"))
        #expect(d.shell.isDialogOpen)
        d.press(.tab)
        d.type("2026-12-04")
        d.press(.tab, .right)  // leave → ill
        d.press(.enter)
        let change = TeamChange.away("daan", from: Sample.today, to: Day("2026-12-04")!, kind: .ill, expectedVersion: 1)
        #expect(Self.teamChanges(d) == [change])
        // Saved: the form closes and the list says it.
        #expect(!d.shell.isDialogOpen)
        #expect(d.render().text().contains("ill until 4 Dec"))
        // A second absence overlapping the first is refused by the store: the form stays with all that was typed.
        d.press(.char("w"))
        d.press(.tab)
        d.type("2026-12-10")
        d.press(.enter)
        #expect(d.shell.isDialogOpen)
        let text = d.render().text()
        #expect(text.contains("2026-12-10") && text.contains("already away"), "\(text)")
    }

    @Test func anAbsenceThatEndsBeforeItStartsIsRefusedInTheForm() throws {
        var d = try Self.team(width: 80, height: 24, as: "fatima")
        Self.select("daan", in: &d)
        d.press(.char("w"))
        d.press(.tab)
        d.type("2026-11-01")
        d.press(.enter)
        #expect(Self.teamChanges(d).isEmpty)
        #expect(d.render().text().contains("ends (2026-11-01) before it starts (2026-11-20)"))
    }

    @Test func backCoverHandoverAndLeaveAskForTheirChange() throws {
        var d = try Self.team(width: 160, height: 48, as: "fatima")
        Self.select("samira", in: &d)
        d.press(.char("H"))
        #expect(d.effects.contains(.planHandover(from: "samira")))
        #expect(d.render().text().contains("Handover"), "the plan opens")
        d.press(.escape)
        Self.select("samira", in: &d)
        d.press(.char("c"))
        #expect(d.shell.isDialogOpen)
        #expect(d.render().text().contains("Who covers Samira Haddouchi's"))
        // Sanne (new staff, capacity 0) is in the list behind the picker, never in it.
        #expect(!d.render().text().contains("load 0 / 0"), "new or outside staff offered as cover")
        d.press(.enter)
        #expect(Self.teamChanges(d).contains { if case .cover(absent: "samira", _) = $0 { true } else { false } })
        // Back: the store ends her leave, and with it the covers.
        let samira = try #require(d.shell.team.selected)
        d.press(.char("b"))
        #expect(Self.teamChanges(d).last == .back("samira", expectedVersion: samira.version))

        // Leaving while regisseur of open cases: the form says so and points at the handover.
        Self.select("daan", in: &d)
        d.press(.char("L"))
        let form = d.render().text()
        #expect(form.contains("Daan Verhoef is regisseur of") && form.contains("(Esc, then H)"), "\(form)")
        d.press(.enter)
        #expect(d.render().text().contains("Record that Daan Verhoef leaves the team"))
        d.press(.char("y"))
        #expect(Self.teamChanges(d).last == .leave("daan", on: Sample.today, expectedVersion: 1))
    }

    @Test func coverAndHandoverOnSomeoneWhoIsNotAwaySayWhy() throws {
        var d = try Self.team(width: 80, height: 24, as: "fatima")
        Self.select("daan", in: &d)
        d.press(.char("c"))
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text.contains("is not away today") == true)
        d.press(.char("H"))
        #expect(d.shell.message?.text.contains("neither leaving nor away") == true)
        #expect(d.effects.allSatisfy { if case .planHandover = $0 { false } else { true } })
    }

    @Test func aNewColleagueFormRefusesABadCapacityAndAddsAGoodOne() throws {
        var d = try Self.team(width: 80, height: 24, as: "fatima")
        d.press(.char("a"))
        d.type("yusuf")
        d.press(.tab)
        d.type("Yusuf Öztürk 👩🏽‍⚕️")
        d.press(.tab, .tab)  // role stays generalist
        d.type("maatschappelijk werker")
        d.press(.tab)
        d.type("financien, opvoeding")
        d.press(.tab)
        d.press(.backspace, .backspace)
        d.type("tr nl")
        d.press(.tab, .backspace)
        d.type("2000")
        d.press(.enter)
        #expect(Self.teamChanges(d).isEmpty)
        #expect(d.render().text().contains("from 0 to 1000"))
        for _ in 0..<4 { d.press(.backspace) }
        d.type("6,5")
        d.press(.tab)
        d.type("mon,wed")
        d.press(.enter)
        let added = try #require(Self.teamChanges(d).first)
        guard case .add(let s) = added else { Issue.record("not an add: \(added)"); return }
        #expect(s.id == "yusuf" && s.name == "Yusuf Öztürk 👩🏽‍⚕️" && s.role == .generalist)
        #expect(s.expertise == [.financien, .opvoeding] && s.languages == ["tr", "nl"])
        #expect(s.capacity == 6.5 && s.workDays == [0, 2])
        // Saved: the form closes and the new colleague is in the list.
        #expect(!d.shell.isDialogOpen)
        #expect(d.render().text().contains("Yusuf Öztürk"))
    }

    @Test func theTourStopsAtTheTeam() throws {
        var d = try Sample.shell(width: 100, height: 30, as: "fatima")
        d.press(.char("t"))
        for _ in 0..<10 where d.shell.tour?.stop != .team { d.press(.right) }
        #expect(d.shell.tab == .team)
        let text = d.render().text()
        #expect(text.contains("Samira is on leave"))
        #expect(text.contains("Samira Haddouchi"))
    }
}
