import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// Triage decisions (issue #20, item 8): no route until one is chosen, a confirmation before
/// anything is saved, and `u` takes a decision back.
@Suite struct TriageDecisionTests {
    /// Decides the selected signal on the regie route with the first regisseur suggested and the
    /// follow-up the flow suggests, up to the confirmation.
    func decideOnRegie(_ d: inout ShellDriver) {
        d.press(.char("d"))
        d.type("regie")
        d.press(.enter, .enter, .enter)              // route, regisseur, the follow-up suggested
        if d.render().text().contains("Due date") { d.press(.enter) }
    }

    @Test func aStrayKeyNoLongerRoutesASignal() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("2"), .down)
        let item = try #require(d.shell.triage.selected)
        let waiting = try d.store.openSignals().count
        d.press(.char("d"), .enter)                  // the picker is on no route: Enter chooses nothing
        #expect(d.shell.isDialogOpen)
        #expect(d.render().text().contains("Choose a route first"))
        d.press(.down, .down, .down, .enter)         // general provision: the team keeps no case
        let confirm = d.render()
        #expect(confirm.text().contains("Save this decision for signal #\(item.signal.id)?"))
        #expect(confirm.text().contains("Route: general provision"))
        #expect(try d.store.openSignals().count == waiting, "nothing is saved before the confirmation")
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
        #expect(try d.store.openSignals().count == waiting)
        #expect(d.shell.triage.queue.contains { $0.signal.id == item.signal.id })
    }

    @Test func theConfirmationSaysEverythingAt80x24() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("2"))
        // A vroegsignalering signal: its decision suggests an outreaching follow-up.
        for _ in 0..<20 where d.shell.triage.selected?.signal.source != .vroegsignalering { d.press(.down) }
        decideOnRegie(&d)
        let grid = d.render()
        let text = grid.text()
        #expect(text.contains("Route: regie by the team, one plan"))
        #expect(text.contains("Regisseur: "))
        #expect(text.contains("Follow-up: "))
        #expect(text.contains("Follow-up: outreaching, due Fri 4 Dec 2026"))
        #expect(text.contains("u on the triage view undoes") && text.contains("decision."), "the summary is wrapped, not cut off")
        #expect(text.contains("Enter or y saves"))
    }

    @Test func uUndoesADecisionOnAnExistingCaseAndTheSignalComesBack() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("2"))
        // A signal about a household with an open case: the decision changes that case.
        let item = try #require(d.shell.triage.queue.first { !$0.signal.safety && $0.context.openCaseID != nil })
        while d.shell.triage.selected?.signal.id != item.signal.id { d.press(.down) }
        let caseID = try #require(item.context.openCaseID)
        let before = try #require(try d.store.cases(includeClosed: false).first { $0.id == caseID })
        let followUpsBefore = try d.store.followUps(includeDone: false).filter { $0.caseID == caseID }.count
        decideOnRegie(&d)
        d.press(.char("y"))
        #expect(!d.shell.triage.queue.contains { $0.signal.id == item.signal.id })
        #expect(d.shell.message?.text.contains("u undoes") == true)
        d.press(.char("u"))
        #expect(d.shell.triage.queue.contains { $0.signal.id == item.signal.id }, "\(String(describing: d.shell.message))")
        #expect(d.shell.message?.text.contains("back in the queue") == true)
        let after = try #require(try d.store.cases(includeClosed: false).first { $0.id == caseID })
        #expect(after.regisseurID == before.regisseurID && after.phase == before.phase && after.domains == before.domains)
        #expect(try d.store.followUps(includeDone: false).filter { $0.caseID == caseID }.count == followUpsBefore)
        #expect(try d.store.openSignals().contains { $0.id == item.signal.id })
        d.press(.char("u"))
        #expect(d.shell.message?.text == "No triage decision to undo")
    }

    /// A colleague changes the case after the decision: undo is refused, their change stays.
    @Test func undoIsRefusedWhenAColleagueChangedTheCaseSince() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("2"))
        let item = try #require(d.shell.triage.queue.first { !$0.signal.safety && $0.context.openCaseID != nil })
        while d.shell.triage.selected?.signal.id != item.signal.id { d.press(.down) }
        decideOnRegie(&d)
        d.press(.char("y"))
        let caseID = try #require(item.context.openCaseID)
        try SQLiteStoreOpener.open(d.store.path).assign(caseID: caseID, to: "noel", expectedVersion: nil)
        d.press(.char("u"))
        #expect(d.shell.message?.role == .error)
        #expect(try d.store.cases(includeClosed: false).first { $0.id == caseID }?.regisseurID == "noel")
        #expect(!(try d.store.openSignals().contains { $0.id == item.signal.id }))
    }
}

/// A refused tie edit keeps the form and what was typed, and shows the colleague's change in full
/// before a second Enter saves over it (issue #20, item 7).
@Suite struct RefusedTieEditTests {
    func network(_ d: inout ShellDriver) throws -> NetworkTie {
        d.selectCard(ofHousehold: 7)
        d.press(.char("n"))
        d.press(.down, .down, .down, .down, .down)   // past the members to a tie
        return try #require(d.shell.network.selectedTie)
    }

    @Test func theFormStaysWithWhatWasTypedAndShowsWhatTheTieIsNow() throws {
        var d = try Sample.shell(width: 80, height: 24)
        let t = try network(&d)
        d.press(.char("e"), .down, .ctrl("u"))
        d.type("buurvrouw, doet boodschappen")
        var theirs = t
        theirs.strength = t.strength == .stressful ? .strong : .stressful
        theirs.carerHoursPerWeek = 25
        try SQLiteStoreOpener.open(d.store.path).saveTie(theirs, expectedVersion: t.version)   // a colleague, meanwhile
        d.press(.enter)
        #expect(d.shell.isDialogOpen, "the form stays open")
        let grid = d.render()
        let text = grid.text()
        #expect(text.contains("buurvrouw, doet boodschappen"), "what was typed is still there")
        #expect(text.contains("Not saved: tie \(t.name) was changed by"))
        #expect(text.contains("apply your change again."), "the reason is shown whole, not cut off")
        #expect(text.contains("Strength is now: \(theirs.strength.label)"))
        #expect(text.contains("Carer hours/week is now: 25"))
        #expect(text.contains("Enter saves yours over it"))
        #expect(!text.contains("…(jij"))
        d.press(.enter)                               // saves ours, on the version shown
        #expect(!d.shell.isDialogOpen)
        let now = try #require(try d.store.household(id: 7).ties.first { $0.id == t.id })
        #expect(now.relation == "buurvrouw, doet boodschappen")
        #expect(now.version == t.version + 2)
    }

    @Test func aTieRemovedMeanwhileCanBeAddedAgainFromTheForm() throws {
        var d = try Sample.shell(width: 80, height: 24)
        let t = try network(&d)
        d.press(.char("e"), .down, .ctrl("u"))
        d.type("oud-buurman")
        try SQLiteStoreOpener.open(d.store.path).removeTie(id: t.id, expectedVersion: t.version)
        d.press(.enter)
        #expect(d.shell.isDialogOpen)
        #expect(d.render().text().contains("removed this tie meanwhile"))
        d.press(.enter)
        #expect(!d.shell.isDialogOpen)
        #expect(try d.store.household(id: 7).ties.contains { $0.name == t.name && $0.relation == "oud-buurman" })
    }

    /// The plan goal form's refusal is wrapped, not cut off, at 80×24.
    @Test func aGoalRefusalIsShownWholeAt80x24() throws {
        var d = try Sample.shell(width: 80, height: 24, as: "zoe")
        CaseWorkScreenTests.open(20, in: &d)
        let goal = try #require(try d.store.household(id: 20).goals.first)
        d.press(.char("G"), .down, .enter, .down, .down, .char("4"))
        var theirs = goal
        theirs.text = "Inkomen beschermd en vaste lasten betaald"
        _ = try SQLiteStoreOpener.open(d.store.path).saveGoal(theirs, expectedVersion: goal.version)
        d.press(.ctrl("s"))
        #expect(d.shell.isDialogOpen)
        let grid = d.render()
        let text = grid.text()
        #expect(text.contains("vaste lasten betaald"), "what the goal is now")
        #expect(text.contains("apply your change again."), "the whole reason")
    }
}

/// Dates as people type them in every date field, with the day they mean beside the field
/// (issue #20, item 20).
@Suite struct DateFieldTests {
    @Test func aFollowUpDueInTwoWeeksTypedAsPlus2w() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("c"), .home, .right)
        let card = try #require(d.shell.board.selectedCard)
        d.press(.char("F"), .enter, .enter)          // preventive, the regisseur
        d.press(.ctrl("u"))
        d.type("+2w")
        let grid = d.render()
        #expect(grid.text().contains("→ Fri 4 Dec 2026"))
        d.press(.ctrl("u"))
        d.type("vr")
        #expect(d.render().text().contains("→ Fri 27 Nov 2026"))
        d.press(.ctrl("u"))
        d.type("3-12")
        #expect(d.render().text().contains("→ Thu 3 Dec 2026"))
        d.press(.ctrl("u"))
        d.type("soon")
        #expect(d.render().text().contains("not a date yet"))
        d.press(.enter)
        #expect(d.render().text().contains("'soon' is not a date"))
        d.press(.ctrl("u"))
        d.type("+2w")
        d.press(.enter)
        d.type("Huisbezoek")
        d.press(.enter)
        #expect(try d.store.followUps(includeDone: false).contains { $0.caseID == card.case.id && $0.due == Day("2026-12-04")! })
    }

    @Test func aJournalEntryDatedYesterdayInDutch() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Sample.shell(width: 80, height: 24, as: "zoe")
            CaseWorkScreenTests.open(20, in: &d)
            d.press(.char("J"), .tab, .ctrl("u"))
            d.type("gisteren")
            #expect(d.render().text().contains("→ do 19 nov 2026"))
            d.press(.tab, .tab)
            d.type("Gebeld met de budgetcoach")
            d.press(.ctrl("s"))
            #expect(!d.shell.isDialogOpen, "\(d.render().text())")
            #expect(try d.store.household(id: 20).journal.contains { $0.text == "Gebeld met de budgetcoach" && $0.date == Day("2026-11-19")! })
        }
    }
}

/// Choice fields narrow as you type (issue #20, item 21).
@Suite struct ChoiceFieldFormTests {
    @Test func aPlanGoalsDomainIsFoundByTypingNotByThirteenKeys() throws {
        var d = try Sample.shell(width: 80, height: 24, as: "zoe")
        CaseWorkScreenTests.open(20, in: &d)
        d.press(.char("G"), .enter)                  // a new goal; the domain field first
        d.type("netw")
        var grid = d.render()
        #expect(grid.text().contains("Sociaal netwerk  netw  1/1"))
        d.press(.backspace, .backspace, .backspace, .backspace)
        d.type("financien")                          // diacritics folded: Financiën
        #expect(d.render().text().contains("Financiën  financien  1/1"))
        d.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        d.type("xq")                                 // nothing matches: the letter is refused
        grid = d.render()
        #expect(grid.text().contains("✗"))
        d.press(.backspace)
        d.type("ge")                                 // Geestelijke gezondheid (starts with), then others containing "ge"
        #expect(d.render().text().contains("Geestelijke gezondheid  ge  1/"))
        d.press(.right)
        #expect(d.render().text().contains("Lichamelijke gezondheid  ge  2/"), "→ steps to the next match")
        d.press(.tab)                                // accepted: on to whose goal
        d.press(.tab, .char("4"), .tab)
        d.type("Elke week iemand bellen")
        d.press(.enter)
        #expect(!d.shell.isDialogOpen, "\(d.render().text())")
        let saved = try #require(try d.store.household(id: 20).goals.first { $0.text == "Elke week iemand bellen" })
        #expect(saved.domain.label == "Lichamelijke gezondheid")
    }

    @Test func aJournalKindAndATieSectorNarrowToo() throws {
        var d = try Sample.shell(width: 80, height: 24, as: "zoe")
        CaseWorkScreenTests.open(20, in: &d)
        d.press(.char("J"))
        d.type("keuk")
        #expect(d.render().text().contains("keukentafelgesprek  keuk  1/1"))
        d.press(.escape)
        d.press(.char("q"))
        d.selectCard(ofHousehold: 7)
        d.press(.char("n"), .char("a"))
        d.type("Juf Petra")
        d.press(.tab, .tab)                          // relation, sector
        d.type("school")
        #expect(d.render().text().contains("School & work  school  1/1"))
    }
}

@Suite struct ChoiceFieldTests {
    @Test func rankingPrefixThenWordThenInside() {
        #expect(ChoiceField.rank("Financiën", query: "fin") == 0)
        #expect(ChoiceField.rank("Financiën", query: "FINANCIEN") == 0)
        #expect(ChoiceField.rank("Sociaal netwerk", query: "netw") == 1)
        #expect(ChoiceField.rank("Huiselijke relaties", query: "lijk") == 2)
        #expect(ChoiceField.rank("Huiselijke relaties", query: "xyz") == nil)
        var f = ChoiceField(choices: ["home visit", "phone", "keukentafelgesprek", "consultation", "other"])
        let typedO = f.apply(.char("o"))
        #expect(typedO)
        #expect(f.matches == [4, 0, 1, 3])             // "other" starts with o; then the others containing it
        #expect(f.value == "other")
        let steppedOn = f.apply(.right)
        #expect(steppedOn)
        #expect(f.value == "home visit")
        f.accept()
        #expect(f.query.isEmpty && f.value == "home visit")
        let spaced = f.apply(.char(" "))                // nothing typed: Space steps on, as before
        #expect(spaced)
        #expect(f.value == "phone")
        let tookEnter = f.apply(.enter)
        #expect(!tookEnter)
    }
}

/// The question for the meeting is a form too: a refusal keeps what was typed (issue #20, item 7).
@Suite struct RefusedDiscussionTests {
    @Test func aQuestionRefusedBecauseAColleaguePutOneUpIsKeptWithTheirs() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.press(.char("c"), .home, .right)
        let card = try #require(d.shell.board.selectedCard)
        d.press(.char("b"), .ctrl("u"))
        d.type("Wie neemt de regie over tijdens het verlof?")
        _ = try SQLiteStoreOpener.open(d.store.path).setDiscussion(caseID: card.case.id, question: "Is een gezinscoach nodig?",
                                                                  expectedVersion: nil)
        d.press(.enter)
        #expect(d.shell.isDialogOpen, "the question typed is not lost")
        let text = d.render().text()
        #expect(text.contains("Wie neemt de regie over tijdens het verlof?"))
        #expect(text.contains("it is now up for discussion: Is een gezinscoach"), "what the case's question is now")
        #expect(text.contains("apply your change again."), "the reason whole")
        d.press(.enter)                               // ours, on the version shown
        #expect(!d.shell.isDialogOpen)
        #expect(try d.store.cases(includeClosed: false).first { $0.id == card.case.id }?.discussion == "Wie neemt de regie over tijdens het verlof?")
    }
}
