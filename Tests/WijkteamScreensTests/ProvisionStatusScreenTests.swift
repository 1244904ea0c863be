import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// A provision's life on the screens (issue 27): `S` in the household view moves it on, the
/// household view shows its dates and waiting, the card marks a case whose provision waits.
@Suite struct ProvisionStatusScreenTests {
    func household(_ id: Int, width: Int = 100, height: Int = 30) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        d.selectCard(ofHousehold: id)
        d.press(.enter)
        #expect(d.shell.household.record?.household.id == id)
        return d
    }

    /// Adds a general provision "Koffieochtend" (requested) with `P`.
    func addCoffee(_ d: inout ShellDriver) throws -> Provision {
        d.press(.char("P"))
        for _ in 0..<10 { d.press(.down) }  // "no goal": a general provision
        d.press(.enter)
        d.type("Koffieochtend")
        d.press(.enter)
        d.type("other")
        d.press(.enter)
        d.type("Buurtcentrum De Wiek")
        d.press(.enter)
        return try #require(try d.store.household(id: 1).provisions.first { $0.description == "Koffieochtend" })
    }

    /// `S`, then the provision by its name when there is a choice.
    func openForm(_ d: inout ShellDriver) {
        d.press(.char("S"))
        if d.render().lines().joined().contains("Which provision moves on?") {
            d.type("Koffie")
            d.press(.enter)
        }
    }

    @Test func theFormOffersOnlyTheNextStepsDatedAndWithAReason() throws {
        var d = try household(1)
        let p = try addCoffee(&d)
        openForm(&d)
        var text = d.render().lines().joined(separator: "\n")
        #expect(text.contains("Provision #\(p.id) is requested: it becomes"))
        #expect(text.contains("waiting") && text.contains("withdrawn") && !text.contains("ended"))
        d.press(.enter)  // waiting
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2026-11-19")
        #expect(p.requestedOn == Day("2026-11-20"), "requested on the day the app shows")
        d.press(.enter)
        #expect(d.render().lines().joined().contains("is before the previous step"))
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2026-11-20")
        d.press(.enter)
        var stored = try #require(try d.store.household(id: 1).provisions.first { $0.id == p.id })
        #expect(stored.status == .waiting && stored.waitingSince == Day("2026-11-20") && stored.version == p.version + 1)
        // The household view: status, the day, the waiting computed (0 weeks on 20 Nov).
        text = d.render().lines().joined(separator: "\n")
        for _ in 0..<6 where !text.contains("Koffieochtend") {
            d.press(.char("]"))
            text = d.render().lines().joined(separator: "\n")
        }
        #expect(text.contains("Koffieochtend · Buurtcentrum De Wiek · waiting · waiting 0 wk"), "\(text)")
        #expect(text.contains("on the list 20-11"), "\(text)")

        // Withdrawn needs a reason; a day before the previous step is refused in the form.
        openForm(&d)
        d.press(.down, .down, .enter)  // active, refused, withdrawn
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2026-11-19")
        d.press(.enter)
        #expect(d.render().lines().joined().contains("is before the previous step"))
        for _ in 0..<10 { d.press(.backspace) }
        d.type("2026-11-20")
        d.press(.enter)
        d.press(.enter)
        #expect(d.render().lines().joined().contains("withdrawn needs a reason"))
        d.type("Verhuisd naar Zwolle")
        d.press(.enter)
        stored = try #require(try d.store.household(id: 1).provisions.first { $0.id == p.id })
        #expect(stored.status == .withdrawn && stored.endedOn == Day("2026-11-20") && stored.endReason == "Verhuisd naar Zwolle")
        #expect(d.shell.message?.0.contains("is now withdrawn") == true)
    }

    @Test func theCardMarksAWaitingProvisionAndOneOverTheNormInMonoToo() throws {
        let store = try Sample.store()
        var snapshot = try Sample.snapshot(store)
        let cards = snapshot.cards.prefix(2).map(\.case.id)
        snapshot.provisionWaits = [
            cards[0]: [
                ProvisionWait(provisionID: 1, caseID: cards[0], provider: "Zorgkring", status: .waiting, waitingDays: 60, normWeeks: 6)
            ],
            cards[1]: [
                ProvisionWait(provisionID: 2, caseID: cards[1], provider: "Zorgkring", status: .waiting, waitingDays: 10, normWeeks: 6)
            ],
        ]
        var board = BoardScreen()
        board.resize(Size(width: 160, height: 48))
        board.update(snapshot)
        var grid = Grid(size: Size(width: 160, height: 48))
        board.render(into: &grid, area: Rect(x: 0, y: 0, width: 160, height: 48), today: Sample.today, privacy: true)
        let lines = grid.lines()
        func flagLine(of caseID: Int) -> String? {
            guard let i = lines.firstIndex(where: { $0.contains("#\(caseID) ") }) else { return nil }
            return lines[i + 2]
        }
        let over = try #require(flagLine(of: cards[0]))
        let within = try #require(flagLine(of: cards[1]))
        #expect(over.contains("W! "), "\(over)")
        #expect(within.contains("W ") && !within.contains("W!"), "\(within)")
        // The warning colour on the over-the-norm mark.
        let row = try #require(lines.firstIndex { $0.contains("#\(cards[0]) ") }) + 2
        let cells = Array(grid.row(row))
        let w = try #require(cells.indices.first { cells[$0].grapheme == "W" && cells[$0 + 1].grapheme == "!" })
        #expect(cells[w].style.role == .warning && cells[w].style.attributes.contains(.bold))
    }
}
