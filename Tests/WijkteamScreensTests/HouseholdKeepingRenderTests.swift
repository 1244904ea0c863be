import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// The household view's members and its forms drawn: at 80×24 and 160×48 (text and colour
/// roles), with hostile names, in privacy mode, and through the app's main loop.
@Suite struct HouseholdKeepingRenderTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]

    /// Household 2 with its first member moved out, scrolled to its members.
    static func withAMemberWhoLeft(_ size: Size) throws -> ShellDriver {
        var d = try Sample.shell(width: size.width, height: size.height)
        HouseholdKeepingTests.open(2, in: &d)
        let first = try #require(d.shell.household.record?.household.members.first)
        _ = try d.store.personLeaves(
            personID: first.id, on: Day("2026-10-01")!, reason: .movedOut, expectedVersion: first.version,
            today: Sample.today)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        for _ in 0..<3 where !d.render().lines()[3].contains("Members") { d.press(.char("]")) }
        return d
    }

    @Test(arguments: sizes)
    func theMembersWithOneWhoMovedOut(size: Size) throws {
        let d = try Self.withAMemberWhoLeft(size)
        let text = d.render().lines().joined(separator: "\n")
        #expect(text.contains("moved out 2026-10-01"))
        expectSnapshot(d.render(), named: "household-members-left-\(size.width)x\(size.height)")
    }

    /// Each form, with something typed, as the keys leave it.
    static let forms: [(name: String, household: Int, keys: [Key])] = [
        ("member-add", 2, [.char("m")] + "Sara Yılmaz".map { Key.char($0) } + [.tab] + "2026-10-03".map { Key.char($0) }),
        ("member-correct", 2, [.char("e"), .down, .enter, .tab]),
        ("member-leave-confirm", 2, [.char("x"), .down, .down, .enter, .tab, .right, .enter]),
        ("address", 2, [.char("A"), .down, .down, .down]),
        ("case-open", 44, [.char("o")] + "Somber sinds de kinderen weg zijn".map { Key.char($0) } + [.tab]),
        ("case-reopen", 44, [.char("r")] + "Terug na een jaar".map { Key.char($0) }),
    ]

    @Test(arguments: sizes)
    func everyFormAtBothSizes(size: Size) throws {
        for form in Self.forms {
            var d = try Sample.shell(width: size.width, height: size.height)
            if form.household == 2 { HouseholdKeepingTests.open(2, in: &d) } else { HouseholdKeepingTests.openFromTriage(44, in: &d) }
            for k in form.keys { d.press(k) }
            #expect(d.shell.isDialogOpen, "\(form.name)")
            HostileScreensTests.check(d.render(), "\(form.name) \(size)")
            expectSnapshot(d.render(), named: "form-\(form.name)-\(size.width)x\(size.height)")
        }
    }

    @Test(arguments: sizes)
    func theDuplicateWarning(size: Size) throws {
        var d = try Sample.shell(width: size.width, height: size.height)
        HouseholdKeepingTests.open(1, in: &d)
        d.press(.char("m"))
        d.type("Mehmet Yılmaz")
        d.press(.tab)
        d.type("1975-01-20")
        d.press(.enter)
        #expect(d.shell.openForm(MemberForm.self)?.duplicates.isEmpty == false)
        expectSnapshot(d.render(), named: "form-member-duplicate-\(size.width)x\(size.height)")
    }

    /// Names as people have them: right to left, Chinese, Turkish dotless and dotted i, emoji
    /// with joiners, combining marks, 80 characters.
    static let hostileNames = [
        "مُحَمَّد الرَّاشِد", "יוֹסֵף כֹּהֵן", "王小明", "Işıl İpek Yılmaz", "Zoe\u{0308} 👩‍👩‍👧‍👦 Boer",
        "Wilhelmina Catharina Theodora Elisabeth Josephina Maria Anna van der Heijden-Vos",
    ]

    /// The hostile household with every hostile name added and one of them moved out.
    static func hostileHousehold(_ size: Size, privacy: Bool = false) throws -> ShellDriver {
        var d = try Hostile.shell(width: size.width, height: size.height)
        if privacy { d.press(.char("p")) }
        d.selectCard(ofHousehold: 1)
        d.press(.enter)
        for name in hostileNames {
            d.press(.char("m"))
            d.type(name)
            d.press(.tab)
            d.type("2001-02-03")
            d.press(.enter)
            if d.shell.isDialogOpen { d.press(.enter) }  // a possible duplicate: add anyway
            #expect(!d.shell.isDialogOpen, "\(name)")
        }
        let added = try #require(try d.store.household(id: 1).household.members.first { $0.name == hostileNames[0] })
        _ = try d.store.personLeaves(
            personID: added.id, on: Sample.today, reason: .died, expectedVersion: added.version, today: Sample.today)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        for _ in 0..<3 where !d.render().lines()[3].contains("Members") { d.press(.char("]")) }
        return d
    }

    @Test(arguments: sizes)
    func hostileNamesFitAndLineUp(size: Size) throws {
        var d = try Self.hostileHousehold(size)
        let grid = d.render()
        HostileScreensTests.check(grid, "members \(size)")
        let members = try #require(d.shell.household.record?.household.members)
        #expect(members.filter(\.isCurrent).count == members.count - 1)
        // Every member's detail starts in one column (the wrapped 80-character name aside).
        let columns = grid.lines().compactMap { line -> Int? in
            guard let r = line.range(of: "born ") else { return nil }
            return TextWidth.width(of: String(line[..<r.lowerBound]))
        }
        #expect(columns.count >= 5)
        #expect(Set(columns) == [32], "\(columns)")
        // The forms with a hostile name in them.
        for keys: [Key] in [[.char("e"), .enter], [.char("x"), .enter, .enter], [.char("A")]] {
            for k in keys { d.press(k) }
            HostileScreensTests.check(d.render(), "form \(keys) \(size)")
            d.press(.escape)
            if d.shell.isDialogOpen { d.press(.escape) }
            if d.shell.isDialogOpen { d.press(.escape) }
            #expect(!d.shell.isDialogOpen)
        }
    }

    @Test(arguments: sizes)
    func privacyModeHidesEveryNameInTheListAndTheForms(size: Size) throws {
        var d = try Self.hostileHousehold(size, privacy: true)
        #expect(d.shell.privacy)
        #expect(Hostile.namesShown(d.render()) == [], "the members")
        for keys: [Key] in [
            [.char("m")] + "Łukasz Nowak".map { Key.char($0) }, [.char("e")], [.char("e"), .enter], [.char("x")],
            [.char("x"), .enter, .enter], [.char("A")],
        ] {
            for k in keys { d.press(k) }
            #expect(d.shell.isDialogOpen)
            #expect(Hostile.namesShown(d.render()) == [], "\(keys)")
            for _ in 0..<3 where d.shell.isDialogOpen { d.press(.escape) }
        }
        // The duplicate warning names the household it may be: not in privacy mode.
        d.press(.char("m"))
        d.type(Self.hostileNames[1])
        d.press(.tab)
        d.type("2001-02-03")
        d.press(.enter)
        #expect(d.shell.openForm(MemberForm.self)?.duplicates.isEmpty == false)
        #expect(Hostile.namesShown(d.render()) == [], "the duplicate warning")
    }

    @Test func aNameTypedInPrivacyModeShowsItsShapeNotItsLetters() {
        #expect(FormSheet.masked("Noor Mulder-Visser") == "N••• M•••••-V•••••")
        #expect(FormSheet.masked("王小明").count == "王小明".count)
    }

    @Test func keysInTheMemberForm() {
        var form = MemberForm(adding: 2, today: Sample.today)
        #expect(form.key(.tab) == .stay && form.field == .birthDate)
        #expect(form.key(.tab) == .stay && form.field == .role)
        for c in "gra" { _ = form.key(.char(c)) }
        #expect(form.role == .grandparent)
        _ = form.key(.down)
        _ = form.key(.char(" "))
        #expect(form.isClient)
        _ = form.key(.char("n"))
        #expect(!form.isClient)
        #expect(form.key(.down) == .stay && form.field == .name, "round to the first field")
        for c in "Jan" { _ = form.key(.char(c)) }
        #expect(form.key(.escape) == .stay, "something typed: Esc asks once")
        #expect(form.error == tr("form.member.discard"))
        #expect(form.key(.escape) == .cancel)
        var empty = MemberForm(adding: 2, today: Sample.today)
        #expect(empty.key(.escape) == .cancel)
        var noDate = MemberForm(adding: 2, today: Sample.today)
        for c in "Jan" { _ = noDate.key(.char(c)) }
        #expect(noDate.key(.enter) == .stay && noDate.field == .birthDate)
        for c in "morgen" { _ = noDate.key(.char(c)) }
        #expect(noDate.key(.enter) == .stay && noDate.error?.contains("after today") == true)
    }

    @Test func keysInTheLeaveForm() {
        let p = Person(id: 9, householdID: 2, name: "Emir Yılmaz", birthYear: 2014, role: .child, isClient: false)
        var form = LeaveForm(members: [p], today: Sample.today, privacy: false)
        #expect(form.choosing == nil, "one member: no choice to make")
        _ = form.key(.tab)
        _ = form.key(.right)
        #expect(form.reason == .died)
        #expect(form.key(.enter) == .stay && form.confirming == Sample.today)
        #expect(form.key(.char("y")) == .save(.memberLeaves(p, on: Sample.today, reason: .died)))
    }

    /// The app's loop over a scripted terminal and a real SQLite store of the sample district:
    /// a member added from the household view is listed.
    @Test func aMemberAddedThroughTheMainLoopIsListed() throws {
        let store = try Sample.store()
        let name = "Noor Testlid"
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            steps: [
                .waitFor("first frame", MainLoopTests.shows("Board")),
                .key(.enter),
                .waitFor("the household", MainLoopTests.shows("Members")),
                .key(.char("m")),
                .waitFor("the form", MainLoopTests.shows(tr("form.member.title.add"))),
            ] + name.map { .key(.char($0)) } + [.key(.tab)] + "2026-11-01".map { .key(.char($0)) } + [
                .key(.enter),
                .waitFor("listed", timeoutMS: 5_000, { $0.text().contains(name) && $0.text().contains("born 2026-11-01 · age 0") }),
                .key(.char("q")),
                .key(.char("q")),
            ])
        let loop = try MainLoopTests.loop(store, terminal: terminal)
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty)
        let id = try #require(loop.shell.household.householdID)
        #expect(try store.household(id: id).household.members.contains { $0.name == name && $0.birthDate == Day("2026-11-01") })
    }
}
