import TerminalKit
import Wijkteam

/// The guided tour: it owns the keys while it runs and shows the view of each stop.
extension Shell {
    /// What the keys may do during the tour: look, never change.
    static let tourCommands: Set<CommandID> = [.help, .glossary, .privacy, .nextTheme, .redraw, .moveUp, .moveDown,
                                               .pageUp, .pageDown, .moveFirst, .moveLast]

    /// Starts the guided tour. With `quitsAtEnd` (`wijkteam tour`) ending the tour quits the app.
    mutating func beginTour(quitsAtEnd: Bool) -> Reaction {
        tourQuitsApp = quitsAtEnd
        tour = Tour(caseID: snapshot.flatMap(Tour.showcase))
        return showTourStop()
    }

    /// While the tour runs it owns the keys: on, back, end, the glossary, help, and moving
    /// through the list on screen. Nothing else runs, so nothing can change.
    mutating func tourKey(_ key: Key) -> Reaction {
        guard var t = tour else { return .none }
        switch key {
        case .right, .enter, .char(" "):
            guard t.next() else { return say(tr("tour.atEnd")) }
            tour = t
            return showTourStop()
        case .left, .backspace:
            guard t.previous() else { return say(tr("tour.atStart")) }
            tour = t
            return showTourStop()
        case .char("q"), .escape:
            tour = nil
            if tourQuitsApp { return Reaction(quit: true) }
            routes = [.tab(.board)]
            return say(tr("tour.ended"), .success)
        case .resize:
            return .none
        default:
            guard let id = AppCommands.table.command(for: key, in: scope)?.id, Self.tourCommands.contains(id) else {
                return say(tr("tour.keysHint"), .warning)
            }
            return perform(id)
        }
    }

    /// Shows the screen of the tour's current stop.
    private mutating func showTourStop() -> Reaction {
        guard let t = tour else { return .none }
        help = nil
        glossary = nil
        modal = nil
        func boardOnTheCase() {
            routes = [.tab(.board)]
            if let id = t.caseID { board.select(caseID: id) }
            refreshShownView()
        }
        switch t.stop {
        case .board:
            boardOnTheCase()
            return .redraw
        case .household, .glossary:
            boardOnTheCase()
            return openSelectedHousehold()
        case .network:
            boardOnTheCase()
            return switchTab(.network)
        case .triage: return switchTab(.triage)
        case .followUps: return switchTab(.followUps)
        case .meeting: return switchTab(.meeting)
        case .team: return switchTab(.team)
        }
    }
}
