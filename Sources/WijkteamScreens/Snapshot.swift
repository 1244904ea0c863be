import TerminalKit
import Wijkteam

/// What the screens show of the district, loaded by the app (never by a screen).
public struct DistrictSnapshot: Sendable, Equatable {
    public var info: DistrictInfo
    public var today: Day
    public var staff: [Staff]
    /// Open cases with what a board card needs.
    public var cards: [CaseCard]
    /// Open follow-ups.
    public var followUps: [FollowUp]
    /// Open registrations and signals, waiting for triage.
    public var signals: [Signal]
    public var figures: TeamFigures
    /// Proactive contacts made on open cases since `TeamFigures.contactsSince(today:)`: the
    /// done-figure's data, kept so an assignment can work the figures out again.
    public var contacts: [ProactiveContact]
    /// Names of the households the signals are about.
    public var householdNames: [Int: String]
    /// What the urgency of each open signal depends on, by household.
    public var triageContexts: [Int: TriageContext]
    /// The team's urgency weights and respond-by days (issue 26).
    public var urgencyWeights = UrgencyWeights()
    /// Recorded Meldcode steps per safety signal.
    public var meldcode: [Int: [MeldcodeRecord]]
    /// Open cases that need a Kindcheck, with their number of children under 18.
    public var kindcheckDue: [Int: Int] = [:]
    /// The team's agenda thresholds.
    public var agendaSettings: AgendaSettings
    /// The meeting that is running or paused, and what its minutes hold so far.
    public var meeting: Meeting?
    public var minutes: [MinuteEntry]
    /// Cases newly assigned to whoever reads (`WijkteamStore.newlyAssignedToMe`).
    public var newToMe: Set<Int> = []
    /// Break-the-glass reads to review, newest first (`WijkteamStore.breakGlassLog`); nil when
    /// whoever reads is not the team lead (the store refuses them the list).
    public var breakGlass: [BreakGlassUse]?
    /// Every cover named for an absent regisseur's case (`CaseCover`; active ones by `today`).
    public var covers: [CaseCover] = []
    /// Every change kept to staff records, oldest first (`WijkteamStore.staffChanges`): the team
    /// view explains an earlier meeting's load figures with them.
    public var staffChanges: [StaffChange] = []
    /// Waiting provisions of open cases, by case (`WijkteamStore.provisionWaits`): the card's
    /// mark and the agenda's "waiting longer than the provider's norm".
    public var provisionWaits: [Int: [ProvisionWait]] = [:]
    /// The provider catalogue and each provider's waiting times now (issue 27: the providers view).
    public var providers: [ProviderOverview] = []

    public init(
        info: DistrictInfo, today: Day, staff: [Staff], cards: [CaseCard], followUps: [FollowUp], signals: [Signal],
        householdNames: [Int: String] = [:], triageContexts: [Int: TriageContext] = [:], meldcode: [Int: [MeldcodeRecord]] = [:],
        agendaSettings: AgendaSettings = AgendaSettings(), meeting: Meeting? = nil, minutes: [MinuteEntry] = [],
        contacts: [ProactiveContact] = []
    ) {
        self.info = info; self.today = today; self.staff = staff; self.cards = cards
        self.followUps = followUps; self.signals = signals; self.householdNames = householdNames
        self.triageContexts = triageContexts; self.meldcode = meldcode
        self.agendaSettings = agendaSettings; self.meeting = meeting; self.minutes = minutes
        self.isOutline = false
        self.contacts = contacts
        self.figures = TeamFigures(cards: cards, followUps: followUps, staff: staff, today: today, contacts: contacts)
    }

    /// Whether the cards and follow-ups are outlines (`WijkteamStore.caseOutlines`), apart from
    /// the cards `fillIn` made whole, and the triage part is left out: enough for the board's
    /// first frame, not for a key press. The app loads everything right after that frame.
    public var isOutline: Bool

    public enum Parts: Sendable { case all, outline }

    /// Puts whole cards (`WijkteamStore.caseCards(ids:)`) in place of their outlines.
    public mutating func fillIn(_ whole: [CaseCard]) {
        let byID = Dictionary(whole.map { ($0.caseID, $0) }, uniquingKeysWith: { a, _ in a })
        for i in cards.indices { if let card = byID[cards[i].caseID] { cards[i] = card } }
    }

    public func staff(_ id: StaffID?) -> Staff? { id.flatMap { id in staff.first { $0.id == id } } }

    public var agendaInput: AgendaInput {
        var input = AgendaInput(
            today: today, staff: staff, cards: cards, followUps: followUps, signals: signals,
            householdNames: householdNames, meldcode: meldcode, covers: covers, kindcheckDue: kindcheckDue,
            respondBy: Dictionary(
                signals.map { s in
                    (
                        s.id,
                        Urgency.respondBy(
                            for: s, context: s.householdID.flatMap { triageContexts[$0] } ?? TriageContext(),
                            weights: urgencyWeights
                        ).day
                    )
                }, uniquingKeysWith: { a, _ in a }))
        input.provisionWaits = provisionWaits
        return input
    }
}

/// Who is at the keyboard and where the data lives, for the status bar.
public struct SessionInfo: Sendable, Equatable {
    public var identity: Identity
    public var databaseName: String
    public var themes: [String]
    public var themeName: String
    public init(identity: Identity, databaseName: String, themes: [String] = [], themeName: String = "default") {
        self.identity = identity; self.databaseName = databaseName; self.themes = themes; self.themeName = themeName
    }
}
