import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// The registration form on the hostile district (right-to-left, CJK, Turkish ı/İ, emoji with
/// joiners, combining marks, 80-character names): the search's columns line up, every row fits
/// the screen, and privacy mode shows no name. And the form through the app's main loop.
@Suite struct RegistrationHostileTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 160, height: 48)]
    /// A street of each hostile household, as typed at the desk.
    static let streets = ["kadelaan", "dijkweg", "oeverstraat", "molenpad", "dorpsstraat"]

    static func form(width: Int, height: Int) throws -> ShellDriver {
        var d = try Hostile.shell(width: width, height: height)
        d.press(.char("2"), .char("n"))
        RegistrationTests.go(&d, to: .household)
        return d
    }

    /// The cells of row `y` from `x` for `width` cells, as text.
    static func cells(_ grid: Grid, x: Int, y: Int, width: Int) -> String {
        (x..<min(grid.width, x + width)).map { grid[$0, y].grapheme }.joined()
    }

    /// Every household found starts its columns at the same cells: the address right after the
    /// name's column, whatever script or width the name has.
    static func expectAligned(_ grid: Grid, _ results: [HouseholdMatch], privacy: Bool, _ label: String) {
        // The list pads each id to six cells (the triage view behind says "#6 Name").
        let rows = results.compactMap { m in
            (0..<grid.height).first { grid.lines()[$0].contains(TextWidth.pad("#\(m.id)", to: 6)) }.map { (m, $0) }
        }
        #expect(rows.count == results.count, "\(label): a household found is not on screen")
        let starts = rows.map { m, y in (0..<grid.width).first { cells(grid, x: $0, y: y, width: 1 + String(m.id).count) == "#\(m.id)" } }
        #expect(Set(starts).count == 1, "\(label): ids start at \(starts)")
        guard let idX = starts.first ?? nil, !privacy else { return }
        // The form's panel is at most 140 wide; its list has the panel's width less the borders.
        let nameWidth = RegistrationForm.FinderColumns(width: min(140, grid.width) - 2).name
        for (m, y) in rows {
            // The name's column is cut or padded to its width: the address starts at the same cell on every row.
            let shown = cells(grid, x: idX + 6 + nameWidth + 1, y: y, width: 4)
            #expect(shown == String(m.addressLine.prefix(4)), "\(label): “\(grid.lines()[y])”")
        }
    }

    @Test(arguments: sizes)
    func theSearchLinesUpEveryScriptAndFitsTheScreen(size: Size) throws {
        for street in Self.streets {
            var d = try Self.form(width: size.width, height: size.height)
            d.type(street)
            let results = try #require(RegistrationTests.form(d)?.finder.results)
            #expect(!results.isEmpty, "\(street) found nothing")
            let grid = d.render()
            HostileScreensTests.check(grid, "\(size) search \(street)")
            Self.expectAligned(grid, results, privacy: false, "\(size) \(street)")
        }
    }

    /// Names with an emoji of joined people, combining marks and 80 characters, registered
    /// through the form, then found again: the rows still line up.
    @Test(arguments: sizes)
    func householdsRegisteredWithHostileNamesAreFoundAndLineUp(size: Size) throws {
        let names = ["👩‍👩‍👧‍👦 Familie Ze\u{301}ro", "Şule Işıklıoğlu-İnce", String(repeating: "Wilhelmina ", count: 7) + "Vos-Aarts"]
        var d = try Hostile.shell(width: size.width, height: size.height)
        d.press(.char("2"))
        for (i, name) in names.enumerated() {
            d.press(.char("n"))
            RegistrationTests.newHousehold(&d, street: "Grensweg", number: String(40 + i), name: name, born: "1-4-1990")
            RegistrationTests.go(&d, to: .question)
            d.type("Vraag \(i)")
            d.press(.ctrl("s"))
            #expect(!d.shell.isDialogOpen, "\(name): \(String(describing: RegistrationTests.form(d)?.error))")
        }
        d.press(.char("n"))
        RegistrationTests.go(&d, to: .household)
        d.type("grensweg")
        let results = try #require(RegistrationTests.form(d)?.finder.results)
        #expect(results.count == 3)
        let grid = d.render()
        HostileScreensTests.check(grid, "\(size) hostile names")
        Self.expectAligned(grid, results, privacy: false, "\(size) hostile names")
        d.shell.setPrivacy(true)  // privacy while the search is open (p would be typed): no name, no address
        let hidden = d.render().text()
        for name in names { #expect(!hidden.contains(name.prefix(6)), "\(name)") }
        #expect(!hidden.contains("Grensweg 40"))
    }

    @Test(arguments: sizes)
    func privacyModeShowsNoNameInTheSearchOrTheLookAlikeWarning(size: Size) throws {
        for street in Self.streets {
            var d = try Hostile.shell(width: size.width, height: size.height)
            d.press(.char("p"), .char("2"), .char("n"))
            RegistrationTests.go(&d, to: .household)
            d.type(street)
            let grid = d.render()
            let results = try #require(RegistrationTests.form(d)?.finder.results)
            #expect(!results.isEmpty)
            #expect(Hostile.namesShown(grid).isEmpty, "\(size) \(street): \(Hostile.namesShown(grid).joined(separator: "\n"))")
            Self.expectAligned(grid, results, privacy: true, "\(size) \(street) privacy")
        }
        // A new member with a known member's name and birth year: the warning names nobody in
        // privacy mode (and, so that this proves something, does name them without it).
        for privacy in [true, false] {
            var d = try Hostile.shell(width: size.width, height: size.height)
            if privacy { d.press(.char("p")) }
            d.press(.char("2"), .char("n"))
            RegistrationTests.newHousehold(&d, street: "Grensweg", number: "1", name: "Işıl Yılmaz", born: "1980-06-01")
            #expect(RegistrationTests.form(d)?.stage == .duplicates)
            let grid = d.render()
            #expect(grid.text().contains("#4 "), "the look-alike is listed by its number")
            HostileScreensTests.check(grid, "\(size) look-alike")
            let names = Hostile.namesShown(grid)
            #expect(names.isEmpty == privacy, "\(size) privacy \(privacy): \(names.joined(separator: "\n"))")
        }
    }
}

/// The form through the app's loop: a scripted terminal and a real SQLite store from the sample
/// district, with the store's work on its own thread.
@Suite struct RegistrationLoopTests {
    @Test func aSignalRegisteredThroughTheLoopAppearsInTheTriageQueue() throws {
        let store = try Sample.store()
        let waiting = try store.openSignals().count
        let unassigned = try Sample.snapshot(store).figures.unassigned
        var steps: [ScriptedTerminal.Step] = [
            .waitFor("first frame", MainLoopTests.shows(tr("shell.header.unassigned", unassigned))),
            .key(.char("2")),
            .waitFor("triage", MainLoopTests.shows("Triage queue \(waiting)")),
            .key(.char("n")),
            .waitFor("the form", MainLoopTests.shows("Register a registration or signal")),
        ]
        steps += Array(repeating: .key(.down), count: 5)
        steps += "yilmaz".map { .key(.char($0)) }
        steps += [.waitFor("the household found", MainLoopTests.shows("1 household found")), .key(.enter)]
        steps += "Zorgen om de huur".map { .key(.char($0)) }
        steps += [
            .key(.ctrl("s")),
            .waitFor("registered", MainLoopTests.shows("Registered #")),
            .waitFor("in the queue", MainLoopTests.shows("Triage queue \(waiting + 1)")),
            .key(.char("q")),
        ]
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), steps: steps)
        let loop = try MainLoopTests.loop(store, terminal: terminal)
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty, "\(terminal.timedOut)")
        let signals = try store.openSignals()
        let new = try #require(signals.first { $0.description == "Zorgen om de huur" })
        #expect(new.householdID == 2)
        #expect(loop.shell.triage.selectedSignal?.id == new.id)
        #expect(terminal.lastFrame?.text().contains("#\(new.id) Yılmaz") == true)
    }
}
