import TerminalKit
import Wijkteam

/// Running the case meeting from this terminal: start, pause, items discussed, decisions, the
/// end, and pausing on quit.
extension Shell {
    /// The meeting this terminal runs: assignments and follow-ups made now go into its minutes.
    var meetingInProgress: Int? { meeting.driving ? meeting.meeting?.id : nil }

    func loadSelectedMeetingHousehold() -> [Effect] {
        tab == .meeting ? meeting.loadSelectedHousehold() : []
    }

    /// On quit (or a closed terminal) a running meeting is paused and saved where it is.
    mutating func pauseForQuit() -> [Effect] {
        guard readOnly == nil, var m = meeting.progress else { return [] }
        if m.status == .running { m.status = .paused }
        return [.saveMeeting(m)]
    }

    mutating func performMeeting(_ id: CommandID) -> Reaction {
        switch id {
        case .meetingStart:
            return startOrPauseMeeting()
        case .meetingDiscussed:
            guard meeting.driving else { return say(tr("shell.meeting.startFirst")) }
            guard let m = meeting.markDiscussed() else { return say(tr("shell.nothingSelected")) }
            return Reaction(redraw: true, effects: [.saveMeeting(m)] + loadSelectedMeetingHousehold())
        case .meetingDecide:
            guard meeting.driving, let m = meeting.meeting else { return say(tr("shell.meeting.startFirstDecisions")) }
            guard let item = meeting.selected, let s = snapshot else { return say(tr("shell.meeting.selectItem")) }
            return open(DecisionFlow(meetingID: m.id, item: item, today: s.today, regisseur: meeting.selectedCase?.regisseurID ?? item.staffID))
        case .meetingEnd:
            guard meeting.driving, let m = meeting.meeting else { return say(tr("shell.meeting.noneRunning")) }
            let done = m.items.values.filter(\.discussed).count
            modal = .confirm(text: tr("shell.meeting.confirmEnd", m.id, Meeting.clock(m.elapsedSeconds), done, meeting.items.count),
                             action: .endMeeting)
            return .redraw
        default:
            return .none
        }
    }

    private mutating func startOrPauseMeeting() -> Reaction {
        if meeting.driving {
            guard let m = meeting.togglePause() else { return .none }
            if m.status == .running { message = (tr("shell.meeting.resumed"), .success) }
            return Reaction(redraw: true, effects: [.saveMeeting(m)])
        }
        if let m = snapshot?.meeting, m.status == .running, m.chairID != session.identity.staff.id {
            return say(tr("shell.meeting.runningElsewhere", m.id, staffNames[m.chairID] ?? m.chairID), .warning)
        }
        return Reaction(redraw: true, effects: [.startMeeting])
    }

    mutating func reactToMeeting(_ event: ShellEvent) -> Reaction {
        switch event {
        case .tick(let now):
            let (redraw, save) = meeting.tick(now)
            return Reaction(redraw: redraw, effects: save.map { [.saveMeeting($0)] } ?? [])
        case .closing:
            return Reaction(effects: pauseForQuit())
        case .meetingStarted(let m):
            // Privacy and the route first: they refresh the agenda from the snapshot from before
            // the start; the reload below brings the meeting in.
            if !privacy { setPrivacy(true) }
            routes = [.tab(.meeting)]
            refreshShownView()
            meeting.start(m)
            let resumed = m.elapsedSeconds > 0 || m.currentItemKey != nil
            message = (resumed ? tr("shell.meeting.resumedPrivacy", m.id) : tr("shell.meeting.startedPrivacy", m.id), .success)
            return Reaction(redraw: true, effects: [.reload] + loadSelectedMeetingHousehold())
        case .meetingSaved(let status):
            if status == .paused { message = (tr("shell.meeting.paused"), .muted) }
            return .redraw
        case .meetingEnded(let id):
            message = (tr("shell.meeting.ended", id), .success)
            return Reaction(redraw: true, effects: [.reload])
        case .minuteRecorded(let m):
            message = (m.ownerID.map { tr("shell.minute.recordedOwner", m.text, staffNames[$0] ?? $0) } ?? tr("shell.minute.recorded", m.text), .success)
            return Reaction(redraw: true, effects: [.reload])
        default:
            return .none
        }
    }
}
