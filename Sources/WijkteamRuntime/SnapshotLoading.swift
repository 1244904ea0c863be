import Wijkteam
import WijkteamScreens

/// Reading a snapshot is I/O: it lives here, beside the effect runner, not in the screens.
extension DistrictSnapshot {
    /// Reads what the screens show. Called by the app between frames, never by a screen.
    /// The board part is one moment of the database (`readSideBySide`), so a change committed
    /// meanwhile in another terminal is either wholly in it or not at all (never a follow-up
    /// without its card); the triage part is another moment, consistent in itself.
    ///
    /// `.outline` reads every open case and follow-up as an outline, which orders, groups,
    /// weighs and counts them as the whole would, and no triage part: a city's first frame then
    /// reads whole cards only for what it shows (`fillIn`).
    public static func load(from store: some WijkteamStore, today: Day, parts: Parts = .all) throws -> DistrictSnapshot {
        let outline = parts == .outline
        let contactsSince = TeamFigures.contactsSince(today: today)
        // The cards are most of the work: they are read on one core, the rest on the other. The
        // outlines take a third of the whole cards' time, so the proactive contacts (the board
        // header's "reached", about 6 ms of CPU on a city) go with them there: the halves then
        // take about 11 and 6 ms of CPU (the other way round, 5 and 12).
        let readCards: @Sendable () throws -> ([CaseCard], [ProactiveContact]?) = {
            outline
                ? (try store.caseOutlines(), try store.proactiveContacts(since: contactsSince))
                : (try store.caseCards(openFollowUps: []), nil)
        }
        let readRest = { @Sendable in
            let meeting = try store.openMeeting()
            return (
                info: try store.districtInfo(), staff: try store.staff(),
                followUps: try outline ? store.followUpOutlines() : store.followUps(includeDone: false),
                // The open signals come with their context (`complete`): the board shows none.
                settings: try store.agendaSettings(),
                meeting: meeting, minutes: try meeting.map { try store.minutes(meetingID: $0.id) } ?? [],
                newToMe: try store.newlyAssignedToMe(), covers: try store.covers(),
                staffChanges: try store.staffChanges(), provisionWaits: try store.provisionWaits(today: today),
                contacts: outline ? nil : try store.proactiveContacts(since: contactsSince)
            )
        }
        let (part, rest) = try store.readSideBySide(readCards, readRest)
        var cards = part.0
        // Outlines go without: the cards the first frame shows come whole, follow-ups attached.
        if !outline { CaseCard.attach(rest.followUps, to: &cards) }
        var snapshot = DistrictSnapshot(
            info: rest.info, today: today, staff: rest.staff, cards: cards, followUps: rest.followUps, signals: [],
            agendaSettings: rest.settings, meeting: rest.meeting, minutes: rest.minutes, contacts: part.1 ?? rest.contacts ?? [])
        snapshot.newToMe = rest.newToMe
        snapshot.covers = rest.covers
        snapshot.staffChanges = rest.staffChanges
        snapshot.provisionWaits = Dictionary(grouping: rest.provisionWaits, by: \.caseID)
        if outline { snapshot.isOutline = true } else { try snapshot.complete(from: store) }
        if !outline { snapshot.breakGlass = try breakGlassLog(from: store) }
        if !outline { snapshot.providers = try providerOverview(from: store, today: today) }
        return snapshot
    }

    /// The team lead's list of break-the-glass reads; nil for anyone else (refused by the store).
    static func breakGlassLog(from store: some WijkteamStore) throws -> [BreakGlassUse]? {
        do {
            return try store.breakGlassLog()
        } catch WijkteamError.accessDenied {
            return nil
        }
    }

    /// The providers with their waiting times, read as one moment (issue 27).
    public static func providerOverview(from store: some WijkteamStore, today: Day) throws -> [ProviderOverview] {
        let (providers, waiting) = try store.readConsistently { (try store.providers(), try store.providerWaiting(today: today)) }
        return ProviderOverview.build(providers, waiting: waiting)
    }

    /// Adds the triage part: the open signals again, with what ranking and the agenda need about
    /// them, in one read (so a signal registered meanwhile comes with its context).
    mutating func complete(from store: some WijkteamStore) throws {
        let (signals, names, contexts, meldcode, kindchecks, weights) = try store.readConsistently {
            let signals = try store.openSignals()
            return (
                signals, try store.householdNames(ids: signals.compactMap(\.householdID)),
                try store.triageContexts(today: today), try store.meldcodeSteps(), try store.kindchecksDue(today: today),
                try store.urgencyWeights()
            )
        }
        self.signals = signals; householdNames = names; triageContexts = contexts; self.meldcode = meldcode
        kindcheckDue = kindchecks; urgencyWeights = weights
    }
}
