import Foundation
import TerminalKit
import Testing
import Wijkteam
import WijkteamStore

@testable import WijkteamScreens

/// Issue 24, item 3 on screen: Samira (on leave until 12 Jan) holds case #13 of the Mensah
/// household (#12); with Daan named as her cover, the board's card, the follow-ups and the
/// household view say so; the pickers list her last with why and refuse her.
@Suite struct AbsenceScreenTests {
    static let mensah = 12

    /// The sample district with Daan covering Samira's case #13 (as `nameCover` would name him).
    func covered(width: Int, height: Int, cover: Bool = true, discussion: Bool = true) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        var s = try Sample.snapshot(d.store)
        let samira = try #require(s.staff.first { $0.id == "samira" })
        let absence = try #require(samira.absence(on: Sample.today))
        if cover { s.covers = [CaseCover(caseID: 13, coverID: "daan", absence: absence)] }
        if !discussion, let i = s.cards.firstIndex(where: { $0.case.id == 13 }) { s.cards[i].case.discussion = nil }
        d.send(.snapshot(s))
        return d
    }

    func line(_ grid: Grid, containing text: String) -> String? { grid.lines().first { $0.contains(text) } }

    @Test func theCardOfACoveredCaseShowsItsCover() throws {
        for (w, h) in [(160, 48), (80, 24)] {
            var d = try covered(width: w, height: h)
            d.selectCard(ofHousehold: Self.mensah)
            #expect(d.shell.board.selectedCard?.case.id == 13)
            let grid = d.render()
            #expect(grid.text().contains("↔ Daan"), "\(w)x\(h)")
            expectSnapshot(grid, named: "absence-board-cover-\(w)x\(h)")
            // Without a cover, no mark.
            var bare = try covered(width: w, height: h, cover: false)
            bare.selectCard(ofHousehold: Self.mensah)
            #expect(!bare.render().text().contains("↔ Daan"))
        }
    }

    @Test func aFollowUpOfTheAbsentOwnerSaysWhoCovers() throws {
        var wide = try covered(width: 160, height: 48)
        wide.press(.char("5"))
        let grid = wide.render()
        let row = try #require(line(grid, containing: "#13 "))
        #expect(row.contains("Samira ↔ Daan"))
        expectSnapshot(grid, named: "absence-followups-160x48")
        var narrow = try covered(width: 80, height: 24)
        narrow.press(.char("5"))
        let small = narrow.render()
        #expect(try #require(line(small, containing: "#13 ")).contains("↔ Daan"))
        expectSnapshot(small, named: "absence-followups-80x24")
        // Other owners' rows have no mark.
        #expect(grid.lines().filter { $0.contains("↔") }.count == 1)
    }

    @Test func theHouseholdViewSaysTheRegisseurIsAwayAndWhoCovers() throws {
        for (w, h) in [(160, 48), (80, 24)] {
            var d = try covered(width: w, height: h)
            d.selectCard(ofHousehold: Self.mensah)
            d.press(.enter)
            let grid = d.render()
            #expect(grid.text().contains("covered by Daan Verhoef"), "\(w)x\(h)")
            expectSnapshot(grid, named: "absence-household-\(w)x\(h)")
        }
        var bare = try covered(width: 160, height: 48, cover: false)
        bare.selectCard(ofHousehold: Self.mensah)
        bare.press(.enter)
        #expect(bare.render().text().contains("Samira Haddouchi is on leave until 12 Jan; nobody covers yet"))
    }

    @Test func theAgendaHasTheCasesOfAbsentRegisseurs() throws {
        for (w, h) in [(160, 48), (80, 24)] {
            var d = try covered(width: w, height: h, discussion: false)
            d.press(.char("4"))
            for _ in 0..<40 where d.shell.meeting.selected?.key != "case:13" { d.press(.down) }
            #expect(d.shell.meeting.selected?.key == "case:13")
            let item = try #require(d.shell.meeting.items.first { $0.caseID == 13 })
            #expect(item.section == .absentRegisseurs)
            #expect(item.reasons.last == "covered by Daan Verhoef")
            let grid = d.render()
            #expect(grid.text().contains("Cases of absent regisseurs (1)"), "\(w)x\(h)")
            expectSnapshot(grid, named: "absence-agenda-\(w)x\(h)")
        }
    }

    @Test func theAssignPickerListsSamiraLastAndRefusesHer() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("a"))
        guard case .assign(_, _, let picker, let suggestions) = d.shell.modal else {
            Issue.record("no assign picker")
            return
        }
        #expect(suggestions.last { !$0.staff.id.isEmpty }?.staff.id == "samira")
        let row = try #require(picker.items.first { $0.title.hasPrefix("Samira Haddouchi") })
        #expect(row.detail == "on leave until 12 Jan" && row.style.role == .warning)
        d.type("Samira")
        d.press(.enter)
        #expect(d.shell.message?.text == "Samira Haddouchi cannot take the case: on leave until 12 Jan. Choose someone else.")
        guard case .assign = d.shell.modal else {
            Issue.record("the picker closed")
            return
        }
        #expect(!d.effects.contains { if case .assign = $0 { true } else { false } })
    }

    @Test func aCardIsNotMovedIntoTheColumnOfSomeoneAway() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.selectCard(ofHousehold: Self.mensah)
        d.press(.left)
        let card = try #require(d.shell.board.selectedCard)
        #expect(card.case.regisseurID != "samira")
        d.press(.char(">"))
        #expect(d.shell.message?.text == "Samira Haddouchi cannot take the case: on leave until 12 Jan. Choose someone else.")
        #expect(!d.effects.contains { if case .assign = $0 { true } else { false } })
        #expect(d.shell.snapshot?.cards.first { $0.case.id == card.case.id }?.case.regisseurID == card.case.regisseurID)
    }

    @Test func triageOffersNoKeepingTheCaseWithSamira() throws {
        var d = try Sample.shell(width: 120, height: 40)
        d.press(.char("2"))
        for _ in 0..<20 where d.shell.triage.selected?.signal.id != 7 { d.press(.down) }
        #expect(d.shell.triage.selected?.signal.id == 7)
        d.press(.char("d"))
        d.type("regie")
        d.press(.enter)
        let text = d.render().text()
        #expect(text.contains("Keep samira"))
        #expect(text.contains("Samira Haddouchi is on leave until 12 Jan"))
        d.press(.up, .enter)  // the first row: keep her (the selection starts on Emre, below it)
        let refused = d.render().text()
        #expect(refused.contains("nobody covers the case: choose someone else"))
        #expect(refused.contains("Regisseur · ") && !refused.contains("─ Follow-up"))
        expectSnapshot(d.render(), named: "absence-triage-keep-refused-120x40")
    }
}
