import TerminalKit
import Wijkteam

/// Commands, from a key or the palette: one arm per command id, no default, so a new command
/// does not compile until it has its handler. The work is in the file of each seam.
extension Shell {
    public mutating func perform(_ id: CommandID) -> Reaction {
        if let r = readOnly, AppCommands.table.command(id: id)?.writes == true { return say(r.message, .warning) }
        if isPlanOpen, help == nil, [.moveUp, .moveDown, .pageUp, .pageDown, .moveFirst, .moveLast].contains(id) { return scrollPlan(id) }
        switch id {
        // The frame: views, help, palette, glossary, tour, theme, privacy
        case .view(let t): return switchTab(t)
        case .nextView: return cycleTab(1)
        case .previousView: return cycleTab(-1)
        case .help, .palette, .glossary, .tour, .quit, .close, .nextTheme, .redraw, .privacy:
            return performFrameCommand(id)
        case .open: return openSelectedHousehold()
        case .network: return openNetwork()
        // The view on screen: moving, what it shows
        case .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .moveFirst, .moveLast,
            .nextSection, .previousSection, .networkView, .followUpKind, .followUpMine, .filterMine, .filterClear, .group, .triageWeights:
            return performOnView(id)
        case .confirmRead, .questionRead, .providerExpand, .providerLaw:
            return performOnView(id)
        case .monitor: return performOnView(id)
        // The team and handing a caseload over
        case .teamAdd, .teamEdit, .teamAway, .teamBack, .teamLeave, .teamCover, .teamHandover,
            .handoverLine, .handoverApply, .handoverUndo, .handoverClose:
            return performTeam(id)
        case .filterText, .filterPick:
            return performBoardFilter(id)
        // Assigning
        case .assign: return askToAssign()
        case .cardLeft: return moveCard(-1)
        case .cardRight: return moveCard(1)
        case .undo: return undoAssignment()
        case .redo: return redoAssignment()
        // The network
        case .addTie, .editTie, .removeTie, .undoTie:
            return performNetworkEdit(id)
        // Keeping a case current
        case .addJournal, .recordZRM, .editGoals, .nextPhase, .closeCase, .readWithReason:
            return openCaseWork(id)
        case .addProvision, .answerRoute, .changeProvisionStatus, .discuss, .flagFollowUp, .followUpDone:
            return performCaseCommand(id)
        // Keeping a household current
        case .addMember, .editMember, .memberLeaves, .changeAddress, .openCase, .reopenCase:
            return performHouseholdCommand(id)
        case .inzage: return askForInzage()
        case .openPlan, .planQuestion, .planDates, .planStrength, .planWorry, .planEditPoint, .planRemovePoint, .planActionDone,
            .newAction:
            return performPlan(id)
        // Triage
        case .triageDecide, .triageMeldcode, .triageUndo:
            return performTriage(id)
        // The front door
        case .register: return openRegistration()
        // The case meeting
        case .meetingStart, .meetingDiscussed, .meetingDecide, .meetingEnd:
            return performMeeting(id)
        }
    }

    private mutating func performFrameCommand(_ id: CommandID) -> Reaction {
        switch id {
        case .glossary:
            help = nil
            glossary = GlossaryScreen(screenText: screenText())
            return .redraw
        case .tour:
            return beginTour(quitsAtEnd: false)
        case .help:
            if help != nil { help = nil } else { help = HelpScreen(scope: isHouseholdOpen ? .household : tab) }
            return .redraw
        case .palette:
            palette = Palette()
            return .redraw
        case .quit, .close:
            if help != nil { help = nil; return .redraw }
            if routes.count > 1 { routes.removeLast(); return .redraw }
            return Reaction(quit: true, effects: pauseForQuit())
        case .nextTheme:
            guard !session.themes.isEmpty else { return .none }
            let i = session.themes.firstIndex(of: session.themeName) ?? -1
            session.themeName = session.themes[(i + 1) % session.themes.count]
            message = (tr("shell.theme", session.themeName), .muted)
            return Reaction(redraw: true, effects: [.setTheme(session.themeName)])
        case .redraw:
            return Reaction(redraw: true, effects: [.repaint, .reload])
        case .privacy:
            setPrivacy(!privacy)
            message = (privacy ? tr("shell.privacy.on") : tr("shell.privacy.off"), .muted)
            return .redraw
        default:
            return .none
        }
    }
}
