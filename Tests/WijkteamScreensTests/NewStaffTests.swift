import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// Sanne's first week: the tour, the glossary where the words appear, and read-only sessions.
@Suite struct NewStaffTests {
    /// A shell on the sample district as team lead, read-only for `reason`.
    static func readOnlyShell(_ reason: ReadOnlyReason?, width: Int = 120, height: Int = 36, as staff: StaffID = "fatima") throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height, as: staff)
        d.shell = Shell(session: d.shell.session, size: d.shell.size, readOnly: reason)
        d.send(.clock("vr 20 nov 09:00"))
        d.send(.snapshot(try Sample.snapshot(d.store)))
        d.effects = []
        return d
    }

    static let routes: [(name: String, go: @Sendable (inout ShellDriver) -> Void)] = [
        ("board", { $0.press(.char("1")) }),
        ("triage", { $0.press(.char("2")) }),
        ("network", { $0.press(.char("1")); $0.selectCard(ofHousehold: 1); $0.press(.char("n")) }),
        ("meeting", { $0.press(.char("4")) }),
        ("followups", { $0.press(.char("5")) }),
        ("household", { $0.press(.char("1")); $0.selectCard(ofHousehold: 1); $0.press(.enter) }),
    ]

    @Test func everyWriteKeySaysWhyAndNothingIsWritten() throws {
        var checked = 0
        for (name, go) in Self.routes {
            var d = try Self.readOnlyShell(.option)
            go(&d)
            let scope = CommandScope(name)
            for command in AppCommands.table.commands(in: scope) where command.writes && !command.isGlobal {
                d.press(.escape)
                d.send(.key(command.keys[0]))
                #expect(d.shell.message?.text == ReadOnlyReason.option.message, "\(command.id) in \(name)")
                #expect(!d.shell.isDialogOpen, "\(command.id) in \(name) opened a dialog")
                checked += 1
            }
            #expect(d.effects.filter(\.writesForTests).isEmpty, "\(name): \(d.effects.filter(\.writesForTests))")
        }
        #expect(checked >= 20)
    }

    /// The other half of the table's honesty: a command not marked as writing, carried through
    /// whatever it opens (Enter, y, Enter), never writes in a read-only session.
    @Test func noCommandLeftUnmarkedWritesThroughItsDialog() throws {
        for (name, go) in Self.routes {
            for command in AppCommands.table.commands(in: CommandScope(name)) where !command.writes {
                guard ![CommandID.quit, .close, .tour].contains(command.id) else { continue }
                var d = try Self.readOnlyShell(.option)
                go(&d)
                d.effects = []
                d.send(.key(command.keys[0]))
                d.press(.char("x"), .enter, .char("y"), .enter, .tab, .enter)
                #expect(d.effects.filter(\.writesForTests).isEmpty, "\(command.id) in \(name) wrote \(d.effects.filter(\.writesForTests))")
            }
        }
    }

    /// The last line of defence: a write asked for on a path the command table does not cover
    /// (here a running meeting's timer save) is dropped, with the reason.
    @Test func aReadOnlyShellDropsAWriteFromAnyPath() throws {
        var d = try Self.readOnlyShell(.option)
        let meeting = try d.store.startMeeting(chair: "fatima", on: Sample.today)
        d.send(.meetingStarted(meeting))
        d.effects = []
        for second in 0..<130 { d.send(.tick(1_000 + second)) }
        #expect(d.effects.filter(\.writesForTests).isEmpty, "\(d.effects)")
        #expect(d.shell.message?.text == ReadOnlyReason.option.message)
    }

    @Test func newStaffAreReadOnlyWithoutTheOption() throws {
        var d = try Self.readOnlyShell(nil, as: "sanne")
        #expect(d.shell.readOnly == .newStaff)
        d.selectCard(ofHousehold: 1)
        d.press(.char("a"))
        #expect(d.shell.message?.text == ReadOnlyReason.newStaff.message)
        #expect(d.render().text().contains("read-only"))
        let lead = try Self.readOnlyShell(nil)
        #expect(lead.shell.readOnly == nil)
    }

    @Test func theTourStepsThroughEveryStopWithoutWritingAndQuits() throws {
        var d = try Self.readOnlyShell(.tour, width: 100, height: 30)
        d.send(ShellEvent.key(.char("t")))
        #expect(d.shell.tour?.stop == .board)
        var titles: [String] = []
        for stop in Tour.Stop.allCases {
            #expect(d.shell.tour?.stop == stop)
            let text = d.render().text()
            let title = "Tour \(stop.index + 1)/\(Tour.Stop.allCases.count)"
            #expect(text.contains(title), "\(stop): \(text)")
            titles.append(title)
            switch stop {
            case .household, .glossary: #expect(d.shell.isHouseholdOpen && d.shell.household.record != nil)
            case .network: #expect(d.shell.tab == .network && d.shell.network.record != nil)
            case .board: #expect(d.shell.tab == .board && !d.shell.isHouseholdOpen)
            case .triage: #expect(d.shell.tab == .triage)
            case .followUps: #expect(d.shell.tab == .followUps)
            case .meeting: #expect(d.shell.tab == .meeting)
            case .team: #expect(d.shell.tab == .team)
            }
            d.press(.right)
        }
        #expect(d.shell.message?.text.contains("last stop") == true)
        d.press(.left)
        #expect(d.shell.tour?.stop == .team)
        // Write keys do nothing in the tour; they say how to go on.
        d.press(.char("a"), .char("s"), .char("E"))
        #expect(d.effects.filter(\.writesForTests).isEmpty)
        d.press(.char("q"))
        #expect(d.shell.tour == nil)
        #expect(d.shell.tab == .board)
    }

    @Test func theTourFromTheCommandLineQuitsTheAppAtItsEnd() throws {
        var d = try Self.readOnlyShell(.tour)
        d.send(.beginTour(quitsAtEnd: true))
        let r = d.send(.key(.char("q")))
        #expect(r.quit)
    }

    @Test func theGlossaryOpensWithTheWordsOnTheScreenFirst() throws {
        var d = try Self.readOnlyShell(nil, width: 120, height: 40)
        d.selectCard(ofHousehold: 1)
        d.press(.enter)
        // The view, not the tab row, the header or the status bar: what the glossary looks through.
        let screen = d.render().lines().dropFirst(2).dropLast().joined(separator: "\n")
        d.press(.char("i"))
        #expect(d.shell.isGlossaryOpen)
        let text = d.render().text()
        #expect(text.contains("Glossary"))
        let onScreen = Glossary.onScreen(screen).map(\.term)
        #expect(onScreen.contains("Regisseur"))
        #expect(text.contains("• " + onScreen[0]))
        // Typing searches all terms; Esc clears, then closes.
        d.type("mantel")
        #expect(d.render().text().contains("Mantelzorger"))
        #expect(!d.render().text().contains("• " + onScreen[0]))
        d.press(.escape)
        #expect(d.shell.isGlossaryOpen)
        d.press(.escape)
        #expect(!d.shell.isGlossaryOpen)
        #expect(d.shell.isHouseholdOpen)
    }

    @Test func theLearningNoteComesFirstOnTheHouseholdScreenButNotOnAProjector() throws {
        var d = try Self.readOnlyShell(nil, width: 100, height: 30)
        d.selectCard(ofHousehold: 1)
        d.press(.enter)
        let note = try #require(d.shell.household.record?.household.learningNote)
        let firstWords = note.split(separator: " ").prefix(4).joined(separator: " ")
        let text = d.render().text()
        #expect(text.contains("For new staff"))
        #expect(text.contains(firstWords), "\(text)")
        d.press(.char("p"))  // privacy mode: the note names people
        #expect(!d.render().text().contains("For new staff"))
    }

    @Test func theGlossaryAndTheTourSpeakDutch() throws {
        try Language.$scoped.withValue(.nl) {
            var d = try Self.readOnlyShell(.tour, width: 100, height: 30)
            d.press(.char("t"))
            let text = d.render().text()
            #expect(text.contains("Rondleiding 1/8"))
            #expect(text.contains("rondleiding · alleen-lezen"))
            d.press(.char("i"))
            #expect(d.render().text().contains("Woordenlijst"))
        }
    }
}

extension Tour.Stop {
    var index: Int { Tour.Stop.allCases.firstIndex(of: self)! }
}

extension Effect {
    /// Writes, as the tests judge them (the audit log of reads aside).
    var writesForTests: Bool {
        switch self {
        case .reload, .loadHousehold, .loadSuggestions, .loadHouseholdSuggestions, .recordAudit, .setTheme, .repaint: false
        // An export changes no data (its access-log row is written as a read's is).
        case .inzage, .countRetentionDue, .loadPlan, .loadMonitor: false
        default: true
        }
    }
}
