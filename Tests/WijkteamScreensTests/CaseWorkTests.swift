import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
@testable import WijkteamStore

/// The household screen's case work, rendered into the in-memory grid: need-to-know, forms,
/// and refused saves that keep what was typed.
@Suite struct CaseWorkScreenTests {
    /// Opens household `id` from the board (everyone's cases shown first).
    static func open(_ id: Int, in d: inout ShellDriver) {
        d.press(.char("c"))
        d.selectCard(ofHousehold: id)
        d.press(.enter)
    }

    @Test func aGeneralistNotOnTheCaseSeesThatASensitiveEntryExistsNotItsText() throws {
        var d = try Sample.shell(width: 110, height: 60, as: "daan")
        Self.open(20, in: &d)
        #expect(d.shell.isHouseholdOpen)
        d.press(.char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("]")) // to the journal
        let text = d.render().text()
        #expect(text.contains("Journal (latest first)"))
        #expect(text.contains("sensitive entry, not shared with you"))
        // Entries #81 and #84 are sensitive; their words must not reach the screen.
        #expect(!text.contains("40,000 euro"), "a sensitive entry's text reached the screen")
        #expect(!text.contains("Naima calmer"), "a sensitive entry's text reached the screen")
        let denied = try d.store.auditLog(householdID: 20).filter { $0.staffID == "daan" && $0.result == .denied }
        #expect(denied.map(\.action) == [.readSensitive])
        #expect(try d.store.verifyAudit().ok)

        // The case's regisseur reads it on the same screen.
        var zoe = try Sample.shell(width: 110, height: 60, as: "zoe")
        Self.open(20, in: &zoe)
        zoe.press(.char("]"), .char("]"), .char("]"), .char("]"), .char("]"), .char("]"))
        #expect(zoe.render().text().contains("Naima calmer"))
    }

    @Test func aJournalEntryOfSeveralLinesIsSavedFromTheForm() throws {
        var d = try Sample.shell(width: 100, height: 40, as: "daan")
        Self.open(29, in: &d)
        d.press(.char("J"))
        #expect(d.render().text().contains("Journal entry · case #31"))
        d.press(.right, .right, .tab, .tab, .char(" "), .tab) // keukentafelgesprek, sensitive
        d.type("Aan tafel met Frank en Marian")
        d.press(.enter)
        d.type("Marian wil naar het buurthuis")
        d.press(.left, .backspace, .char("S")) // editing keys: the "i" before the last "s" becomes "S"
        d.press(.ctrl("s"))
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text.contains("Journal entry added to case #31 (keukentafelgesprek") == true)
        let entry = try #require(try d.store.household(id: 29).journal.first { $0.text.hasPrefix("Aan tafel") })
        #expect(entry.text == "Aan tafel met Frank en Marian\nMarian wil naar het buurthuSs")
        #expect(entry.sensitive)
        #expect(entry.authorID == "daan")
    }

    @Test func escWithANoteTypedAsksBeforeDroppingIt() throws {
        var d = try Sample.shell(width: 100, height: 40, as: "daan")
        Self.open(29, in: &d)
        d.press(.char("J"), .tab, .tab, .tab)
        d.type("Belafspraak")
        d.press(.escape)
        #expect(d.shell.isDialogOpen)
        #expect(d.render().text().contains("Esc again drops the note"))
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
    }

    @Test func aRefusedSaveReopensTheFormWithWhatWasTyped() throws {
        var d = try Sample.shell(width: 100, height: 40, as: "daan")
        Self.open(29, in: &d)
        d.press(.char("J"), .tab, .tab, .tab)
        d.type("Belafspraak gemaakt voor dinsdag")
        // Meanwhile the team lead closes the case from her own terminal.
        let lead = try SQLiteStore.open(path: d.store.path).acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t"))
        _ = try lead.closeCase(
            caseID: 31, reason: "Verhuisd", noFinalZRMReason: "geen eindmeting", expectedVersion: nil, today: Sample.today)
        d.press(.ctrl("s"))
        #expect(d.shell.isDialogOpen)
        let text = d.render().text()
        #expect(text.contains("Belafspraak gemaakt voor dinsdag"))
        #expect(text.contains("case #31 is closed"))
        #expect(d.shell.message?.text == "Not saved: what you typed is still there")
    }

    @Test func aGoalChangedMeanwhileIsRefusedThenAppliedAgainOnTheNewVersion() throws {
        var d = try Sample.shell(width: 100, height: 40, as: "zoe")
        Self.open(20, in: &d)
        let goal = try #require(try d.store.household(id: 20).goals.first)
        d.press(.char("G"))
        d.press(.down, .enter) // the first existing goal
        d.press(.down, .down, .char("4"), .down, .ctrl("u"))
        d.type("Alle schuldeisers in beeld")
        let other = try SQLiteStore.open(path: d.store.path).acting(as: AuditActor(staffID: "fatima", account: "t", origin: "t"))
        var theirs = goal
        theirs.text = "Inkomen beschermd"
        _ = try other.saveGoal(theirs, expectedVersion: goal.version)
        d.press(.enter)
        #expect(d.shell.isDialogOpen, "the form stays with what was typed")
        #expect(d.render().text().contains("Inkomen beschermd"), "the refusal says what it is now")
        d.press(.enter) // apply again, on the version it is now
        #expect(!d.shell.isDialogOpen)
        let now = try #require(try d.store.household(id: 20).goals.first { $0.id == goal.id })
        #expect(now.text == "Alle schuldeisers in beeld")
        #expect(now.targetScore == 4)
        #expect(now.version == goal.version + 2)
    }

    @Test func nextPhaseSaysWhatIsMissingFirst() throws {
        var d = try Sample.shell(width: 100, height: 40, as: "daan")
        Self.open(29, in: &d)
        d.press(.char(">"))
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text.contains("Plan needs a keukentafelgesprek in the journal") == true)
    }

    @Test func staffOutsideTheTeamSeeOnlyTheCaseSharedWithThem() throws {
        let d = try Sample.shell(width: 120, height: 40, as: "karin")
        #expect(d.shell.snapshot?.cards.map(\.case.id) == [22])
        #expect(d.shell.snapshot?.signals.isEmpty == true)
        #expect(d.shell.board.selectedCard?.case.id == 22, "she starts on the one case she is on")
        #expect(!d.render().text().contains("Visser"), "no other household's name on her board")
    }

    @Test func aGeneralistStartsOnTheirOwnCaseloadWithWhatNeedsThem() throws {
        let d = try Sample.shell(width: 120, height: 40, as: "daan")
        #expect(d.shell.board.filter.regisseur == "daan")
        let text = d.render().text()
        #expect(text.contains("My caseload 6 · needs you:"), "\(text.prefix(300))")
        let lead = try Sample.shell(width: 120, height: 40, as: "fatima")
        #expect(lead.shell.board.filter.regisseur == nil, "the team lead starts on the whole board")
    }
}
