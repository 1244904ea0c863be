import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// Keeping a household current from its view (issue #22, items 3 and 4): members added,
/// corrected, moved out or died; the address; a case opened or reopened at the desk.
@Suite struct HouseholdKeepingTests {
    /// Household `id` opened from its card on the board (households with an open case).
    static func open(_ id: Int, in d: inout ShellDriver) {
        d.selectCard(ofHousehold: id)
        d.press(.enter)
        #expect(d.shell.household.record?.household.id == id)
    }

    /// Household `id` opened from its signal in triage (households without an open case).
    static func openFromTriage(_ id: Int, in d: inout ShellDriver) {
        d.press(.char("2"), .home)
        for _ in 0..<30 where d.shell.triage.selectedSignal?.householdID != id { d.press(.down) }
        d.press(.enter)
        #expect(d.shell.household.record?.household.id == id)
    }

    static func text(_ d: ShellDriver) -> String { d.render().lines().joined(separator: "\n") }

    @Test func aMemberIsAddedAndListedWithTheBirthDateAndTheHouseholdIsReadAgainNotLoggedAgain() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.open(2, in: &d)
        let opened = try d.store.auditLog(householdID: 2).filter { $0.action == .openHousehold }.count
        d.press(.char("m"))
        #expect(d.shell.openForm(MemberForm.self) != nil)
        d.type("Sara Yılmaz")
        d.press(.tab)
        d.type("03-10-2026")
        d.press(.tab)
        d.type("chi")  // the role narrows to child
        d.press(.enter)
        #expect(!d.shell.isDialogOpen)
        let saved = try #require(try d.store.household(id: 2, access: .refresh).household.members.first { $0.name == "Sara Yılmaz" })
        #expect(saved.birthDate == Day("2026-10-03") && saved.role == .child && !saved.isClient)
        #expect(d.shell.message?.role == .success)
        #expect(d.shell.message?.text.contains("Sara Yılmaz") == true)
        // After a save the household is read again (a refresh), then the board and triage.
        var probe = d.shell
        let change = HouseholdChange.addMember(
            householdID: 2, NewPerson(name: "X", birthDate: Sample.today, role: .child, isClient: false),
            confirmDuplicate: false)
        #expect(probe.handle(.householdChanged(change, .saved("ok"))).effects == [.loadHousehold(2, .refresh), .reload])
        #expect(Self.text(d).contains("born 2026-10-03 · age 0 · child"))
        let after = try d.store.auditLog(householdID: 2)
        #expect(after.filter { $0.action == .openHousehold }.count == opened, "a refresh is not logged again")
        #expect(after.contains { $0.action == .change && $0.detail == "person #\(saved.id) added" })
    }

    @Test func aPossibleDuplicateIsShownAndAddedOnlyWhenConfirmed() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.open(1, in: &d)
        let mehmet = try #require(try d.store.household(id: 2).household.members.first { $0.name == "Mehmet Yılmaz" })
        let before = try d.store.household(id: 1).household.members.count
        d.press(.char("m"))
        d.type("mehmet yilmaz")
        d.press(.tab)
        d.type(try #require(mehmet.birthDate).description)
        d.press(.enter)
        #expect(d.shell.isDialogOpen, "the form stays open with what was typed")
        let form = try #require(d.shell.openForm(MemberForm.self))
        #expect(form.name.text == "mehmet yilmaz")
        #expect(form.duplicates.map(\.id) == [2])
        let shown = Self.text(d)
        #expect(shown.contains("This may be someone the team knows"))
        #expect(shown.contains("#2 Huishouden Yılmaz"))
        #expect(d.shell.message?.role == .warning)
        #expect(try d.store.household(id: 1).household.members.count == before, "nothing written yet")
        d.press(.enter)  // added anyway
        #expect(!d.shell.isDialogOpen)
        #expect(try d.store.household(id: 1).household.members.count == before + 1)
        #expect(try d.store.auditLog(householdID: 1).contains { $0.detail.contains("despite possible duplicate in #2") })
    }

    @Test func changingTheNameOrBirthDateAfterTheWarningChecksAgain() throws {
        var form = MemberForm(adding: 1, today: Sample.today)
        form.duplicates = [
            HouseholdMatch(
                HouseholdIndex.Entry(
                    id: 2, name: "H", street: "S", number: "1", addition: "", postcode: "",
                    buurt: "B", leftDistrict: false, members: []), reason: .address)
        ]
        _ = form.key(.char("x"))
        #expect(form.duplicates.isEmpty)
    }

    @Test func aCorrectionMadeOnAStaleMemberIsRefusedAndKeepsWhatWasTyped() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.open(2, in: &d)
        d.press(.char("e"))
        let picker = try #require(d.shell.openForm(MemberForm.self)?.choosing)
        #expect(picker.items.count == 4)
        d.press(.enter)  // the first member
        let first = try #require(d.shell.openForm(MemberForm.self)?.original)
        d.press(.end)
        d.type(" Jr")
        // A colleague corrects the same member meanwhile, from another terminal.
        let colleague = try SQLiteStoreOpener.open(d.store.path)
        var theirs = first
        theirs.role = .adult
        _ = try colleague.updatePerson(theirs, expectedVersion: first.version, today: Sample.today)
        d.press(.enter)
        let again = try #require(d.shell.openForm(MemberForm.self), "the form opens again")
        #expect(again.name.text == first.name + " Jr")
        #expect(again.error?.contains("was changed by someone else") == true)
        #expect(again.original?.version == first.version + 1, "the next save is checked against the member as it is now")
        #expect(d.shell.message?.text == tr("shell.notSaved.stillThere"))
        d.press(.enter)  // saved over theirs, knowingly
        let now = try #require(try d.store.household(id: 2).household.members.first { $0.id == first.id })
        #expect(now.name == first.name + " Jr")
    }

    @Test func aMemberWhoDiedIsGreyedBelowAndNoLongerOfferedForTheZRM() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.open(2, in: &d)
        let r = try #require(d.shell.household.record)
        let adults = r.household.members.filter { $0.isAdult(on: Sample.today) }
        #expect(adults.count == 2)
        d.press(.char("x"))
        #expect(d.shell.openForm(LeaveForm.self)?.choosing != nil)
        d.press(.enter)  // the first: Mehmet
        let who = try #require(d.shell.openForm(LeaveForm.self)?.person)
        #expect(who.id == adults[0].id)
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2026-11-02")
        d.press(.tab, .right)  // moved out → died
        d.press(.enter)
        #expect(Self.text(d).contains("Record that \(who.name) died on 2026-11-02?"))
        d.press(.char("n"))  // back to the form
        #expect(d.shell.openForm(LeaveForm.self)?.confirming == nil)
        d.press(.enter, .char("y"))
        #expect(!d.shell.isDialogOpen)
        let gone = try #require(try d.store.household(id: 2).household.members.first { $0.id == who.id })
        #expect(gone.leftOn == Day("2026-11-02") && gone.leftReason == .died)
        let grid = d.render()
        let lines = grid.lines()
        let heading = try #require(lines.firstIndex { $0.contains("No longer in the household") })
        let row = try #require(lines.firstIndex { $0.contains(who.name) && $0.contains("died 2026-11-02") })
        #expect(row > heading)
        #expect(lines.firstIndex { $0.contains("Ayşe Yılmaz") && $0.contains("born") }! < heading)
        let x = try #require(lines[row].range(of: who.name).map { lines[row].distance(from: lines[row].startIndex, to: $0.lowerBound) })
        #expect(grid[x, row].style.role == .muted, "greyed")
        d.press(.char("z"))
        let zrm = try #require(d.shell.openForm(ZRMForm.self))
        #expect(zrm.adults.map(\.id) == [adults[1].id], "who died is not measured")
    }

    @Test func theAddressChangesAndTheHouseholdMayLeaveTheDistrict() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.open(2, in: &d)
        d.press(.char("A"))
        d.press(.down, .down, .down)  // the postcode
        for _ in 0..<8 { d.press(.backspace) }
        d.type("1234ab")
        d.press(.down)
        d.type("have")  // buurt Havenzicht
        d.press(.enter)
        var h = try d.store.household(id: 2).household
        #expect(h.address.postcode == "1234 AB" && h.address.buurt == "Havenzicht")
        #expect(Self.text(d).contains("1234 AB, Havenzicht"))
        d.press(.char("A"))
        for _ in 0..<6 { d.press(.down) }  // moved out of the district
        d.press(.char(" "), .down)
        #expect(d.shell.openForm(AddressForm.self)?.field == .leftOn)
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2026-11-15")
        d.press(.enter)
        h = try d.store.household(id: 2).household
        #expect(h.leftDistrictOn == Day("2026-11-15"))
        #expect(Self.text(d).contains("Moved out of the district on 2026-11-15"))
    }

    @Test func badAddressInputSaysWhatIsWrongAndWritesNothing() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.open(2, in: &d)
        let before = try d.store.household(id: 2).household
        d.press(.char("A"), .down)
        d.type("x")
        #expect(d.shell.openForm(AddressForm.self)?.error == tr("form.address.number.digits"))
        d.press(.down, .down)
        for _ in 0..<8 { d.press(.backspace) }
        d.type("0123 SA")
        d.press(.enter)
        let form = try #require(d.shell.openForm(AddressForm.self))
        #expect(form.error?.contains("is not a postcode") == true && form.field == .postcode)
        #expect(try d.store.household(id: 2).household == before)
    }

    @Test func aCaseIsOpenedAtTheDeskAndTheBoardShowsIt() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.openFromTriage(44, in: &d)
        #expect(Self.text(d).contains("o opens a case at the desk · r reopens #47"))
        #expect(d.shell.snapshot?.cards.contains { $0.case.householdID == 44 } == false)
        d.press(.char("o"), .enter)
        #expect(d.shell.openForm(OpenCaseForm.self)?.error?.contains("the question") == true, "the question is required")
        d.type("Layla voelt zich somber")
        d.press(.tab, .tab)
        d.type("noël")
        d.press(.enter)
        let c = try #require(try d.store.cases(includeClosed: false).first { $0.householdID == 44 })
        #expect(
            c.phase == .aanmelding && c.source == .selfReferral && c.regisseurID == "noel"
                && c.presentingQuestion == "Layla voelt zich somber")
        #expect(d.shell.snapshot?.cards.contains { $0.case.id == c.id } == true, "the board was read again")
        #expect(d.shell.household.record?.openCase?.id == c.id)
        d.press(.char("o"))
        #expect(d.shell.message?.text == tr("shell.household.caseOpen", c.id))
        d.press(.char("r"))
        #expect(!d.shell.isDialogOpen)
    }

    @Test func aClosedCaseIsReopenedWithItsReason() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.openFromTriage(44, in: &d)
        d.press(.char("r"), .enter)
        #expect(d.shell.openForm(ReopenCaseForm.self)?.error?.contains("the reason") == true)
        d.type("Layla is low since the children left home")
        d.press(.enter)
        let c = try #require(try d.store.cases(includeClosed: false).first { $0.id == 47 })
        #expect(c.phase == .aanmelding)
        let r = try d.store.household(id: 44)
        #expect(r.journal.contains { $0.caseID == 47 && $0.text.contains("Layla is low since the children left home") })
        #expect(d.shell.snapshot?.cards.contains { $0.case.id == 47 } == true)
    }

    @Test func withoutAClosedCaseThereIsNothingToReopen() throws {
        var d = try Sample.shell(width: 120, height: 40)
        Self.openFromTriage(45, in: &d)
        #expect(Self.text(d).contains("o opens a case at the desk"))
        d.press(.char("r"))
        #expect(d.shell.message?.text == tr("shell.household.noClosedCase"))
    }

    @Test func newStaffAndReadOnlySessionsAreToldWhy() throws {
        var sanne = try Sample.shell(width: 120, height: 40, as: "sanne")
        Self.open(2, in: &sanne)
        for key in ["m", "e", "x", "A", "o", "r"] {
            sanne.press(.char(Character(key)))
            #expect(!sanne.shell.isDialogOpen, "\(key)")
            #expect(sanne.shell.message?.text == ReadOnlyReason.newStaff.message, "\(key)")
        }
        var d = try Sample.shell(width: 120, height: 40)
        d.shell = Shell(session: d.shell.session, size: d.shell.size, readOnly: .option)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        Self.open(2, in: &d)
        d.press(.char("m"))
        #expect(!d.shell.isDialogOpen && d.shell.message?.text == ReadOnlyReason.option.message)
        // Whatever path leads to a household change, a read-only session does not write it.
        let reaction = d.shell.handle(.key(.char("?")))
        #expect(!reaction.effects.contains { $0.writes })
        #expect(Effect.householdChange(.openCase(NewCase(householdID: 2, question: "x"))).writes)
    }

    @Test func staffOutsideTheTeamAreRefusedAndKeepWhatTheyTyped() throws {
        var d = try Sample.shell(width: 120, height: 40, as: "karin")
        d.press(.enter)  // her one case: household 20
        let id = try #require(d.shell.household.record?.household.id)
        let before = try d.store.household(id: id).household.members.count
        d.press(.char("m"))
        d.type("Lotte Smit")
        d.press(.tab)
        d.type("2026-09-09")
        d.press(.enter)
        let form = try #require(d.shell.openForm(MemberForm.self))
        #expect(form.name.text == "Lotte Smit")
        #expect(form.error?.contains("you are outside the team") == true)
        #expect(d.shell.message?.role == .error)
        #expect(try d.store.household(id: id).household.members.count == before)
    }
}
