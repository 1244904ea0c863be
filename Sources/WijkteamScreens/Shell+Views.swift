import TerminalKit
import Wijkteam

/// The views: the one on screen, moving between them, new data for them, and the views the
/// shell's other parts (and tests) name by type.
extension Shell {
    public internal(set) var board: BoardScreen {
        get { view(BoardScreen.self) }
        set { setView(newValue) }
        _modify { let i = Self.slot(BoardScreen.self); var v = takeView(BoardScreen.self, at: i); defer { views[i] = v }; yield &v }
    }
    public internal(set) var triage: TriageScreen {
        get { view(TriageScreen.self) }
        set { setView(newValue) }
        _modify { let i = Self.slot(TriageScreen.self); var v = takeView(TriageScreen.self, at: i); defer { views[i] = v }; yield &v }
    }
    public internal(set) var network: NetworkScreen {
        get { view(NetworkScreen.self) }
        set { setView(newValue) }
        _modify { let i = Self.slot(NetworkScreen.self); var v = takeView(NetworkScreen.self, at: i); defer { views[i] = v }; yield &v }
    }
    public internal(set) var meeting: MeetingScreen {
        get { view(MeetingScreen.self) }
        set { setView(newValue) }
        _modify { let i = Self.slot(MeetingScreen.self); var v = takeView(MeetingScreen.self, at: i); defer { views[i] = v }; yield &v }
    }
    public internal(set) var followUps: FollowUpsScreen {
        get { view(FollowUpsScreen.self) }
        set { setView(newValue) }
        _modify { let i = Self.slot(FollowUpsScreen.self); var v = takeView(FollowUpsScreen.self, at: i); defer { views[i] = v }; yield &v }
    }

    static func slot<S: Screen>(_: S.Type) -> Int { ScreenRegistry.tabs.firstIndex { $0.scope == S.scope }! }
    static func slot(_ scope: CommandScope) -> Int? { ScreenRegistry.tabs.firstIndex { $0.scope == scope } }

    func view<S: Screen>(_: S.Type) -> S { views[Self.slot(S.self)] as! S }
    mutating func setView<S: Screen>(_ v: S) { views[Self.slot(S.self)] = v }

    /// The view out of the list, a placeholder in its place: changed in place, its arrays are
    /// not copied (the board holds a city's cards).
    mutating func takeView<S: Screen>(_: S.Type, at i: Int) -> S {
        let v = views[i] as! S
        views[i] = S.init()
        return v
    }

    /// The index of the tab view on screen.
    var shownSlot: Int { Self.slot(tab) ?? 0 }

    // MARK: New data

    mutating func accept(_ s: DistrictSnapshot) {
        snapshot = s
        staffNames = Dictionary(s.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        giveViews(s) { _ in true }
        refreshMyCaseload()
        // Reopened after a pause (or a lost terminal): back to the meeting, at the same item.
        if !offeredOpenMeeting {
            offeredOpenMeeting = true
            startWhereThisUserWorks(s)
        }
        meeting.sync(s.meeting, minutes: s.minutes)
        refreshShownView()
    }

    /// A signal registered at this terminal, added to the snapshot with its household's context
    /// and name: only the views that show signals take it. A signal is no case, so the board and
    /// the caseload header stay as they are (rebuilding the board was four fifths of the
    /// registration's frame at 100,000 households); the reload that follows brings the rest.
    mutating func acceptSignal(_ s: DistrictSnapshot) {
        snapshot = s
        giveViews(s) { $0.showsSignals }
        refreshShownView()
    }

    /// New data to each view `which` picks: now for those updated while hidden, when next shown
    /// for the others.
    private mutating func giveViews(_ s: DistrictSnapshot, which: (any Screen.Type) -> Bool) {
        guard let c = context else { return }
        for i in views.indices where which(type(of: views[i])) {
            if type(of: views[i]).updatesWhenHidden { views[i].update(s, context: c) } else { staleViews.insert(type(of: views[i]).scope) }
        }
    }

    /// The first data of the session: a generalist starts on their own caseload, outside staff on
    /// the first case shared with them, a chair on the meeting they paused.
    private mutating func startWhereThisUserWorks(_ s: DistrictSnapshot) {
        // A generalist starts on their own caseload (m shows everyone's).
        let me = session.identity.staff
        if me.role == .generalist || me.role == .specialist, s.cards.contains(where: { $0.case.regisseurID == me.id }) {
            var f = board.filter
            f.regisseur = me.id
            board.setFilter(snapshot: s, f)
        }
        // Staff outside the team see only the cases shared with them: start on the first.
        if !me.role.isInTeam, let first = s.cards.first { board.select(caseID: first.case.id) }
        if let m = s.meeting, m.chairID == session.identity.staff.id {
            routes = [.tab(.meeting)]
            setPrivacy(true)
            message = (tr("shell.meeting.pausedHere", m.id), .warning)
        }
    }

    /// The agenda is built from every open case, the follow-ups list from every open follow-up;
    /// such a view is rebuilt when it is on screen, not on every load or change made on the board.
    mutating func refreshShownView() {
        guard staleViews.contains(tab), let i = Self.slot(tab), let c = context else { return }
        views[i].update(c.snapshot, context: c)
        staleViews.remove(tab)
    }

    /// What the "My caseload" header says: worked out when the data changes, not per frame.
    mutating func refreshMyCaseload() {
        guard let s = snapshot else { return }
        let me = session.identity.staff.id
        let mine = s.cards.filter { $0.regisseurID == me }
        // Only the follow-ups of these cases: grouping all of a city's by case cost a millisecond.
        let ids = Set(mine.map(\.caseID))
        let needs = CaseNeed.needs(of: mine, followUps: s.followUps.filter { ids.contains($0.caseID) }, today: s.today,
                                   settings: s.agendaSettings, newlyAssigned: s.newToMe)
        board.myCaseload = (mine.count, Dictionary(grouping: needs, by: \.kind).mapValues(\.count))
    }

    // MARK: Moving between views

    mutating func switchTab(_ t: Tab) -> Reaction {
        help = nil
        let from = routes
        routes = [.tab(t)]
        refreshShownView()
        guard from != routes else { return .none }
        if t == .meeting { return Reaction(redraw: true, effects: loadSelectedMeetingHousehold() + monitorLoads()) }
        if t == .monitor { return Reaction(redraw: true, effects: monitorLoads()) }
        // The network view follows what was selected where you came from.
        if t == .network, let id = selectedHouseholdID(in: from), network.show(householdID: id) {
            return Reaction(redraw: true, effects: [.loadHousehold(id, .network)])
        }
        return .redraw
    }

    /// The next or previous view of the tab bar.
    mutating func cycleTab(_ delta: Int) -> Reaction {
        let all = ScreenRegistry.tabs.map { $0.scope }
        let i = all.firstIndex(of: tab) ?? 0
        return switchTab(all[(i + delta + all.count) % all.count])
    }

    func selectedHouseholdID(in routes: [Route]) -> Int? {
        if routes.last == .household { return household.householdID }
        guard case .tab(let t) = routes.last, let i = Self.slot(t), let c = context else { return nil }
        return views[i].selectedHouseholdID(context: c)
    }

    mutating func openSelectedHousehold() -> Reaction {
        guard let id = selectedHouseholdID(in: routes) else { return say(tr("shell.household.nothingSelected")) }
        routes.append(.household)
        if household.show(householdID: id) { return Reaction(redraw: true, effects: [.loadHousehold(id, .household)]) }
        return .redraw
    }

    mutating func openNetwork() -> Reaction {
        guard let id = selectedHouseholdID(in: routes) else { return say(tr("shell.household.nothingSelected")) }
        routes.append(.tab(.network))
        if network.show(householdID: id) { return Reaction(redraw: true, effects: [.loadHousehold(id, .network)]) }
        return .redraw
    }

    /// A command of the view on screen (moving, what it shows): the household's when it is open.
    mutating func performOnView(_ id: CommandID) -> Reaction {
        if var h = help {
            let changed = h.perform(id, height: max(1, size.height - 5), width: size.width - 2)
            help = h
            return changed ? .redraw : .none
        }
        guard let c = context else { return .none }
        if isHouseholdOpen {
            let content = household.content(
                today: c.today, staff: staffNames, privacy: privacy, width: size.width - 2, team: TeamToday(c.snapshot))
            let height = max(1, contentSize.height - 2)
            if id == .nextSection || id == .previousSection {
                return household.jump(id == .nextSection ? 1 : -1, sections: content.sections, height: height,
                                      count: content.lines.count) ? .redraw : .none
            }
            return household.perform(id, height: height, count: content.lines.count) ? .redraw : .none
        }
        return views[shownSlot].perform(id, context: c)
    }
}
