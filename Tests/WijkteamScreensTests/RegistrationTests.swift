import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamRuntime
import WijkteamStore

/// The front door on the screens (#22): `n` in triage, the registration form, the household's
/// search, a new household and the warning about look-alikes, rights, and refusals.
@Suite struct RegistrationTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// A shell on the sample district on the triage view with the form open.
    static func form(width: Int, height: Int, as staff: StaffID = "fatima") throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height, as: staff)
        d.press(.char("2"), .char("n"))
        return d
    }

    static func form(_ d: ShellDriver) -> RegistrationForm? { d.shell.openForm(RegistrationForm.self) }

    /// Moves through the form with ↓ until `field` has the focus.
    static func go(_ d: inout ShellDriver, to field: RegistrationForm.Field) {
        for _ in 0..<20 where form(d)?.field != field { d.press(.down) }
    }

    /// Searches from the household field and takes the first household found.
    static func chooseHousehold(_ d: inout ShellDriver, typing query: String) {
        go(&d, to: .household)
        d.type(query)
        d.press(.enter)
    }

    /// A new household with one member, from the household field to the end of its panel
    /// (every field cleared first: the panel keeps what was typed the last time).
    static func newHousehold(_ d: inout ShellDriver, street: String, number: String, postcode: String = "", name: String, born: String) {
        go(&d, to: .household)
        d.type("zzz")  // nothing found: the only item is "new household"
        d.press(.pageDown, .enter)
        func fill(_ row: HouseholdDraft.Row, _ text: String) {
            for _ in 0..<20 where form(d)?.draft.row != row { d.press(row == .street ? .up : .down) }
            d.press(.ctrl("u"))
            d.type(text)
        }
        fill(.street, street)
        fill(.number, number)
        fill(.postcode, postcode)
        fill(.name(0), name)
        fill(.born(0), born)
        d.press(.ctrl("s"))
    }

    // MARK: Registering

    @Test func aRegistrationFromTheTriageViewIsInTheQueueAtOnceAndSelected() throws {
        var d = try Self.form(width: 100, height: 30)
        #expect(d.render().text().contains("Register a registration or signal"))
        let before = try d.store.openSignals().count
        d.type("huis")  // the source narrows to huisarts
        Self.chooseHousehold(&d, typing: "yilmaz")
        guard case .existing(let m) = Self.form(d)?.household else { Issue.record("no household chosen"); return }
        #expect(m.name == "Huishouden Yılmaz", "typed without diacritics, found with them")
        #expect(Self.form(d)?.field == .question)
        d.type("Zorgen om slaap en schulden na het ontslag")
        d.press(.tab)
        d.type("fin")
        d.press(.char("+"))
        d.press(.ctrl("s"))
        #expect(!d.shell.isDialogOpen)
        let signals = try d.store.openSignals()
        #expect(signals.count == before + 1)
        let new = try #require(signals.max { $0.id < $1.id })
        #expect(new.source == .huisarts && new.householdID == m.id && new.domains == [.financien])
        #expect(new.intake?.registeredBy == "fatima" && new.intake?.registeredOn == Sample.today)
        #expect(d.shell.triage.selectedSignal?.id == new.id, "the new signal is selected in the reloaded queue")
        #expect(d.shell.message?.text == "Registered #\(new.id) (huisarts): it is in the triage queue")
    }

    /// A search at the desk is logged as every search is: its number of words and what it
    /// showed, never what was typed.
    @Test func aSearchAtTheDeskIsLoggedWithoutWhatWasTyped() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.chooseHousehold(&d, typing: "yilmaz")
        let row = try #require(try d.store.auditLog(householdID: nil).last { $0.action == .search })
        #expect(row.detail == "household search (1 word): 1 shown" && row.staffID == "fatima")
        #expect(!row.detail.contains("yilmaz"))
    }

    /// The frame after the save shows the new signal ranked and selected, before the queue is
    /// read again (the reload runs on the store's thread after it): on a city that read takes
    /// longer than the 15 ms a registration may take to be on screen.
    @Test func aSavedRegistrationIsOnScreenBeforeTheQueueIsReadAgain() throws {
        var d = try Sample.shell(width: 100, height: 30, as: "fatima")
        d.press(.char("2"))
        let runner = EffectRunner(store: d.store, today: Sample.today, actor: "fatima")
        let queue = d.shell.triage.queue.count
        let r = Registration(
            source: .school, received: Sample.today, household: .existing(2), question: "Elif slaapt slecht op school",
            safety: false)
        let answer = try #require(runner.run(.frontDoor(.register(r))))
        guard case .frontDoor(.registered(let signal, let context, let name)) = answer else { Issue.record("\(answer)"); return }
        #expect(context != nil && name == "Huishouden Yılmaz")
        let reaction = d.shell.handle(answer)
        #expect(reaction.effects.contains(.reload), "the whole queue is still read again after the frame")
        #expect(d.shell.triage.queue.count == queue + 1)
        #expect(d.shell.triage.selectedSignal?.id == signal.id)
        var grid = Grid(width: 100, height: 30)
        d.shell.render(into: &grid)
        #expect(grid.text().contains("Elif slaapt slecht"))
    }

    /// A registration adds a signal, not a case: the board is not built again for the frame that
    /// shows it (its prepared filter text is kept: that rebuild was most of the frame on a large
    /// district; the reload after it still rebuilds it), yet it shows what a board built afresh
    /// from the new data shows, and the caseload header is unchanged. Triage takes the signal at
    /// once; the meeting's agenda and the follow-ups are built again when next shown.
    @Test func aSavedRegistrationLeavesTheBoardAsItWas() throws {
        var d = try Sample.shell(width: 100, height: 30, as: "fatima")
        d.press(.char("/"), .char("e"), .escape)
        #expect(d.shell.board.searchText != nil, "the board's filter text is prepared")
        let caseload = d.shell.board.myCaseload
        d.press(.char("2"))
        let runner = EffectRunner(store: d.store, today: Sample.today, actor: "fatima")
        let r = Registration(
            source: .school, received: Sample.today, household: .existing(2), question: "Elif slaapt slecht op school",
            safety: false)
        let answer = try #require(runner.run(.frontDoor(.register(r))))
        guard case .frontDoor(.registered(let signal, _, _)) = answer else { Issue.record("\(answer)"); return }
        d.shell.staleViews = []
        _ = d.shell.handle(answer)
        #expect(d.shell.board.searchText != nil, "the board was built again for a signal")
        #expect(d.shell.snapshot?.signals.contains { $0.id == signal.id } == true)
        #expect(d.shell.triage.selectedSignal?.id == signal.id)
        var fresh = BoardScreen()
        fresh.update(try #require(d.shell.snapshot))
        #expect(d.shell.board.columns.map { $0.cards.map(\.case.id) } == fresh.columns.map { $0.cards.map(\.case.id) })
        #expect(d.shell.board.myCaseload == caseload)
        #expect(d.shell.staleViews.isSuperset(of: [.meeting, .followUps, .network]))
        #expect(!d.shell.staleViews.contains(.board))
    }

    @Test func aNewHouseholdIsMadeWithItsMembersWhenTheTeamDoesNotKnowIt() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.newHousehold(&d, street: "Nieuwe Gracht", number: "5", name: "Noor Fictief", born: "3-2-2001")
        guard case .new(let h, confirmedDuplicate: false) = Self.form(d)?.household else {
            Issue.record(
                "no new household: \(String(describing: Self.form(d)?.household)) \(String(describing: Self.form(d)?.draft.error))")
            return
        }
        #expect(h.members == [NewPerson(name: "Noor Fictief", birthDate: Day("2001-02-03")!, role: .adult, isClient: true)])
        #expect(d.render().text().contains("new: Noor Fictief · Nieuwe Gracht 5 · 1 member"))
        d.type("Vraagt hulp bij de administratie")
        d.press(.ctrl("s"))
        #expect(!d.shell.isDialogOpen, "\(String(describing: Self.form(d)?.error))")
        let found = try d.store.findHouseholds("fictief", limit: 5)
        #expect(found.count == 1 && found[0].addressLine == "Nieuwe Gracht 5" && found[0].buurt == "Kersenbuurt")
        #expect(try d.store.openSignals().contains { $0.householdID == found.first?.id })
    }

    @Test func aLookAlikeIsOfferedAndASecondHouseholdNeedsAnExplicitChoice() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.newHousehold(&d, street: "Wiekstraat", number: "27", name: "Mehmet Yılmaz", born: "1975-01-20")
        #expect(Self.form(d)?.stage == .duplicates)
        var text = d.render().text()
        #expect(text.contains("Possible duplicate"))
        #expect(text.contains("Use #2 Huishouden Yılmaz, Wiekstraat 27 (Mehmet Yılmaz, same name and birth date)"))
        // Enter takes the known household: the default, so a slip never makes a duplicate.
        d.press(.enter)
        guard case .existing(let m) = Self.form(d)?.household else { Issue.record("the known household was not taken"); return }
        #expect(m.id == 2)
        // Again, and now create the second one anyway: it says so in the form and in the log.
        Self.newHousehold(&d, street: "Wiekstraat", number: "27", name: "Mehmet Yılmaz", born: "1975-01-20")
        d.press(.down, .enter)
        #expect(Self.form(d)?.household.map { if case .new(_, true) = $0 { true } else { false } } == true)
        text = d.render().text()
        #expect(text.contains("⚠ new despite a look-alike (logged): Mehmet Yılmaz"))
        d.type("Tweede aanmelding")
        d.press(.ctrl("s"))
        #expect(!d.shell.isDialogOpen)
        let log = try d.store.auditLog(householdID: nil)
        #expect(log.contains { $0.detail.contains("created despite possible duplicate of #2") })
    }

    @Test func aNewHouseholdAtAKnownAddressIsALookAlikeHoweverThePostcodeIsTyped() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.newHousehold(&d, street: "Wiekstraat", number: "27", postcode: "7293kd", name: "Sara Voorbeeld", born: "1-1-1990")
        let form = try #require(Self.form(d))
        #expect(form.stage == .duplicates)
        #expect(form.duplicates.matches.map(\.id) == [2] && form.duplicates.matches.first?.reason == .address)
        #expect(d.render().text().contains("Use #2 Huishouden Yılmaz, Wiekstraat 27 (same address)"))
        // Back to the new household: what was typed is still there, the postcode as written.
        d.press(.escape)
        #expect(Self.form(d)?.stage == .newHousehold && Self.form(d)?.draft.postcode.text == "7293kd")
    }

    // MARK: Keys, refusals, rights

    @Test func escCancelsAnEmptyFormAndAsksOnceWhenSomethingIsTyped() throws {
        var d = try Self.form(width: 100, height: 30)
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
        d.press(.char("n"))
        Self.go(&d, to: .question)
        d.type("Iets getypt")
        d.press(.escape)
        #expect(d.shell.isDialogOpen)
        #expect(d.render().text().contains("Esc once more discards what you typed"))
        d.press(.escape)
        #expect(!d.shell.isDialogOpen)
        // Esc in the search goes back to the form, not out of it.
        d.press(.char("n"))
        Self.go(&d, to: .household)
        d.type("de")
        #expect(Self.form(d)?.stage == .finder)
        d.press(.escape)
        #expect(Self.form(d)?.stage == .form && Self.form(d)?.finder.query.text == "de")
    }

    @Test func theFormSaysWhatIsMissingAndKeepsWhatWasTyped() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.go(&d, to: .question)
        d.type("Zorgen om de huur")
        d.press(.ctrl("s"))
        #expect(Self.form(d)?.field == .household)
        #expect(d.render().text().contains("Choose the household first"))
        Self.chooseHousehold(&d, typing: "yilmaz")
        Self.go(&d, to: .received)
        d.press(.ctrl("u"))
        d.type("morgen")  // tomorrow: not received yet
        d.press(.ctrl("s"))
        #expect(Self.form(d)?.field == .received && Self.form(d)?.question.text == "Zorgen om de huur")
        #expect(d.effects.allSatisfy { if case .frontDoor(.register) = $0 { false } else { true } }, "nothing was sent")
    }

    /// The store refuses what the form let through (a colleague registered the same person a
    /// moment ago): the form stays open with everything typed and offers the household now known.
    @Test func aRefusedSaveKeepsEverythingTypedAndOffersTheLookAlike() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.newHousehold(&d, street: "Nieuwe Gracht", number: "9", name: "Sem Voorbeeld", born: "2-2-1990")
        d.type("Wil hulp bij werk zoeken")
        let colleague = try SQLiteStore.open(path: d.store.path).acting(as: AuditActor(staffID: "daan", account: "daan", origin: "tests"))
        let theirs = try colleague.createHousehold(
            NewHousehold(
                street: "Molenweg", number: "1", postcode: "", buurt: "Havenzicht",
                members: [
                    NewPerson(
                        name: "Sem Voorbeeld", birthDate: Day("1990-02-02")!,
                        role: .adult, isClient: true)
                ]),
            confirmDuplicate: false, today: Sample.today)
        d.press(.ctrl("s"))
        let form = try #require(Self.form(d), "the form stays open")
        #expect(form.stage == .duplicates && form.duplicates.matches.map(\.id) == [theirs.id])
        #expect(form.question.text == "Wil hulp bij werk zoeken" && !form.saving)
        #expect(d.render().text().contains("Not saved:"))
        #expect(d.shell.message?.text == tr("shell.notSaved.stillThere"))
        d.press(.enter)  // use theirs
        d.press(.ctrl("s"))
        #expect(!d.shell.isDialogOpen)
        #expect(try d.store.openSignals().contains { $0.householdID == theirs.id && $0.description == "Wil hulp bij werk zoeken" })
    }

    @Test func staffOutsideTheTeamAndNewStaffAreToldWhyAtOnce() throws {
        var d = try Self.form(width: 100, height: 30, as: "karin")
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text.contains("registering and changing households is team work; you are outside the team") == true)
        d = try Self.form(width: 100, height: 30, as: "sanne")
        #expect(!d.shell.isDialogOpen)
        #expect(d.shell.message?.text == ReadOnlyReason.newStaff.message)
        #expect(!d.effects.contains { if case .frontDoor = $0 { true } else { false } })
    }

    @Test func anEmptyQueueSaysHowToRegisterToThoseWhoMay() throws {
        for (staff, mayRegister) in [("fatima", true), ("karin", false), ("sanne", false)] {
            var d = try Sample.shell(width: 100, height: 30, as: staff)
            var empty = try Sample.snapshot(d.store)
            empty.signals = []
            d.send(.snapshot(empty))
            d.press(.char("2"))
            let text = d.render().text()
            #expect(text.contains("Nothing waiting for triage."), "\(staff)")
            #expect(text.contains("n registers a registration or signal") == mayRegister, "\(staff)")
        }
    }

    // MARK: The search

    @Test func anAnswerForAnOlderQueryIsDropped() throws {
        var d = try Self.form(width: 100, height: 30)
        Self.go(&d, to: .household)
        d.type("yilmaz")
        let shown = try #require(Self.form(d)?.finder.results)
        #expect(shown.map(\.id) == [2])
        // An answer for "yi" arriving late changes nothing.
        d.send(.frontDoor(.found(query: "yi", token: 1, [], error: nil)))
        #expect(Self.form(d)?.finder.results == shown)
    }

    /// One search at a time: what is typed meanwhile is asked for when the running one answers,
    /// and that answer (for a query no longer typed) is not shown.
    @Test func searchesDoNotQueueUpBehindTheTyping() {
        var finder = HouseholdFinder()
        var tokens = 0
        finder.query.insert("yi")
        let first = finder.queryChanged(next: &tokens)
        #expect(first == .search("yi", limit: HouseholdFinder.limit, token: 1))
        finder.query.insert("l")
        #expect(finder.queryChanged(next: &tokens) == nil, "wait for the running search")
        #expect(finder.searching)
        let again = finder.found(query: "yi", token: 1, [], error: nil)
        #expect(again == .search("yil", limit: HouseholdFinder.limit, token: 2))
        #expect(finder.shownQuery != "yi")
        #expect(finder.found(query: "yil", token: 2, [], error: nil) == nil)
        #expect(finder.shownQuery == "yil" && !finder.searching)
    }

    @Test func theFormSpeaksDutch() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Self.form(width: 80, height: 24)
            let text = d.render().text()
            for word in ["Aanmelding of signaal registreren", "Bron", "Ontvangen", "Huishouden", "Contact toegestaan"] {
                #expect(text.contains(word), "\(word)")
            }
            Self.go(&d, to: .household)
            d.type("yilmaz")
            #expect(d.render().text().contains("1 huishouden gevonden"))
        }
    }

    // MARK: In the grid

    @Test(arguments: sizes)
    func theFormEmptyAndFilled(size: Size) throws {
        var d = try Self.form(width: size.width, height: size.height)
        expectSnapshot(d.render(), named: "register-empty-\(size.width)x\(size.height)")
        d.type("vroeg")
        d.press(.down)
        d.type("ener")
        d.press(.down, .ctrl("u"))
        d.type("gisteren")
        d.press(.down)
        d.type("A. Voorbeeld")
        d.press(.down)
        d.type("Energie Oost")
        d.press(.down)
        d.type("0123-456789")
        Self.chooseHousehold(&d, typing: "yilmaz")
        d.type("Achterstand van drie maanden op de energierekening")
        d.press(.down)
        d.type("fin")
        d.press(.char("+"))
        d.press(.down, .down)
        d.type("+3w")
        d.press(.down, .right, .right)
        expectSnapshot(d.render(), named: "register-filled-\(size.width)x\(size.height)")
        let text = d.render().text()
        #expect(text.contains("Partner") && text.contains("energy") && !text.contains("Contact allowed"))
    }

    @Test(arguments: sizes)
    func theSearchAndTheLookAlikeWarning(size: Size) throws {
        var d = try Self.form(width: size.width, height: size.height)
        Self.go(&d, to: .household)
        d.type("de")
        #expect(d.render().text().contains("households found"))
        d.press(.down)
        expectSnapshot(d.render(), named: "register-search-\(size.width)x\(size.height)")
        d.press(.escape)
        Self.newHousehold(&d, street: "Wiekstraat", number: "27", name: "Mehmet Yılmaz", born: "1975-01-20")
        expectSnapshot(d.render(), named: "register-duplicate-\(size.width)x\(size.height)")
    }

    /// What was searched for starts the new household, with the buurt of a neighbour found.
    @Test func aNewHouseholdStartsFromWhatWasSearchedFor() throws {
        for (query, postcode, street, number) in [("7293kd", "7293 KD", "", ""), ("wiekstraat 2", "", "wiekstraat", "2")] {
            var d = try Self.form(width: 100, height: 30)
            Self.go(&d, to: .household)
            d.type(query)
            #expect(Self.form(d)?.finder.results.isEmpty == false, "\(query)")
            d.press(.pageDown, .enter)
            let draft = try #require(Self.form(d)?.draft)
            #expect(draft.postcode.text == postcode && draft.street.text == street && draft.number.text == number, "\(query)")
            #expect(draft.buurt.value == "Molenkwartier", "\(query): the Yılmaz family's buurt, not the first one")
        }
    }

    @Test func theNewHouseholdPanel() throws {
        var d = try Self.form(width: 80, height: 24)
        Self.go(&d, to: .household)
        d.type("Kerkstraat 4")
        d.press(.pageDown, .enter)
        #expect(Self.form(d)?.draft.street.text == "Kerkstraat" && Self.form(d)?.draft.number.text == "4")
        for _ in 0..<6 { d.press(.down) }
        d.type("Lotte Voorbeeld")
        d.press(.down)
        d.type("1-1-1980")
        d.press(.down, .down, .down, .enter)  // a second member
        d.type("Mees Voorbeeld")
        expectSnapshot(d.render(), named: "register-new-household-80x24")
        #expect(Self.form(d)?.draft.members.count == 2)
        d.press(.ctrl("d"))
        #expect(Self.form(d)?.draft.members.count == 1)
        d.press(.ctrl("d"))
        #expect(Self.form(d)?.draft.members.count == 1, "one member always stays")
    }
}
