/// The thresholds the meeting agenda uses. Stored per database (the whole team shares one
/// agenda); `wijkteam settings` shows and changes them.
public struct AgendaSettings: Hashable, Sendable, Codable {
    /// No journal entry for this many weeks makes a case "stuck".
    public var stuckAfterWeeks: Int = 5
    /// An evaluation follow-up this many days past its due date makes a case "stuck".
    public var evaluationGraceDays: Int = 0
    /// A preventive or outreaching follow-up this many days past due goes on the agenda.
    public var overdueGraceDays: Int = 0
    /// A regisseur whose load is above this percentage of their capacity is "overloaded".
    public var overloadPercent: Int = 100
    /// Minutes per agenda item before the timer warns.
    public var timeboxMinutes: Int = 5

    public init() {}

    /// One setting as `wijkteam settings` names it, with the range it accepts.
    public enum Key: String, CaseIterable, Sendable {
        case stuckWeeks = "stuck-weeks"
        case evaluationGraceDays = "evaluation-grace-days"
        case overdueGraceDays = "overdue-grace-days"
        case overloadPercent = "overload-percent"
        case timeboxMinutes = "timebox-minutes"

        public var name: String { rawValue }

        public var help: String {
            switch self {
            case .stuckWeeks: tr("agenda.setting.stuck_weeks")
            case .evaluationGraceDays: tr("agenda.setting.evaluation_grace_days")
            case .overdueGraceDays: tr("agenda.setting.overdue_grace_days")
            case .overloadPercent: tr("agenda.setting.overload_percent")
            case .timeboxMinutes: tr("agenda.setting.timebox_minutes")
            }
        }

        public var range: ClosedRange<Int> {
            switch self {
            case .stuckWeeks: 1...52
            case .evaluationGraceDays, .overdueGraceDays: 0...90
            case .overloadPercent: 50...300
            case .timeboxMinutes: 1...60
            }
        }

        var path: WritableKeyPath<AgendaSettings, Int> {
            switch self {
            case .stuckWeeks: \.stuckAfterWeeks
            case .evaluationGraceDays: \.evaluationGraceDays
            case .overdueGraceDays: \.overdueGraceDays
            case .overloadPercent: \.overloadPercent
            case .timeboxMinutes: \.timeboxMinutes
            }
        }
    }

    public static var keys: [Key] { Key.allCases }

    public subscript(key: Key) -> Int {
        get { self[keyPath: key.path] }
        set { self[keyPath: key.path] = newValue }
    }

    /// Sets a setting from text; a clear error names the key or the range.
    public mutating func set(_ name: String, to text: String) throws {
        guard let key = Key(rawValue: name) else {
            throw WijkteamError.invalid(tr("agenda.setting.unknown", name, Self.keys.map(\.name).joined(separator: ", ")))
        }
        guard let value = Int(text.trimmed), key.range.contains(value) else {
            throw WijkteamError.invalid(tr("agenda.setting.out_of_range", name, key.range.lowerBound, key.range.upperBound, text))
        }
        self[key] = value
    }
}

/// One thing to discuss in the case meeting.
public struct AgendaItem: Hashable, Sendable, Codable {
    /// The agenda's sections, in the order the meeting takes them.
    public enum Section: String, CaseIterable, Sendable, Codable {
        case safety
        case newRegistrations = "new_registrations"
        case discussion
        case stuck
        case overdueFollowUps = "overdue_follow_ups"
        case waitingProvisions = "waiting_provisions"
        case absentRegisseurs = "absent_regisseurs"
        case capacity

        /// Its place in `allCases`, the order the meeting takes the sections in.
        var place: Int {
            switch self {
            case .safety: 0
            case .newRegistrations: 1
            case .discussion: 2
            case .stuck: 3
            case .overdueFollowUps: 4
            case .waitingProvisions: 5
            case .absentRegisseurs: 6
            case .capacity: 7
            }
        }

        public var title: String {
            switch self {
            case .safety: tr("agenda.section.safety")
            case .newRegistrations: tr("agenda.section.new_registrations")
            case .discussion: tr("agenda.section.discussion")
            case .stuck: tr("agenda.section.stuck")
            case .overdueFollowUps: tr("agenda.section.overdue_follow_ups")
            case .waitingProvisions: tr("agenda.section.waiting_provisions")
            case .absentRegisseurs: tr("agenda.section.absent_regisseurs")
            case .capacity: tr("agenda.section.capacity")
            }
        }
    }

    /// What the item is about: a signal in the triage queue, an open case, or a regisseur.
    public enum Subject: Hashable, Sendable, Codable {
        case signal(Int)
        case `case`(Int)
        case staff(StaffID)
    }

    public var section: Section
    public var subject: Subject
    public var householdID: Int?
    /// The household's display name (screens and minutes show initials in privacy mode).
    public var householdName: String?
    public var regisseurID: StaffID?
    /// Why the item is on the agenda, most important first. Never holds a client's name,
    /// except a discussion question, which a generalist typed (privacy mode scrubs it).
    public var reasons: [String]
    /// The question a generalist put up for discussion.
    public var question: String?

    /// Stable across reloads and sessions, so a paused meeting resumes at the same item.
    public var key: String {
        switch subject {
        case .signal(let id): "signal:\(id)"
        case .case(let id): "case:\(id)"
        case .staff(let id): "staff:\(id)"
        }
    }

    public var caseID: Int? { if case .case(let id) = subject { id } else { nil } }
    public var signalID: Int? { if case .signal(let id) = subject { id } else { nil } }
    public var staffID: StaffID? { if case .staff(let id) = subject { id } else { nil } }
}

/// What the agenda is built from: one consistent read of the district.
public struct AgendaInput: Sendable {
    public var today: Day
    public var staff: [Staff]
    public var cards: [CaseCard]
    public var followUps: [FollowUp]
    public var signals: [Signal]
    public var householdNames: [Int: String]
    public var meldcode: [Int: [MeldcodeRecord]]
    /// Every cover named (`CaseCover`): the absent regisseurs' items say who covers.
    public var covers: [CaseCover]
    /// Open cases that need a Kindcheck, with their number of children (`Kindcheck.addDueCases`).
    public var kindcheckDue: [Int: Int]
    /// Each signal's respond-by day (`Urgency.rank`): its items say it, the overdue ones first.
    public var respondBy: [Int: Day]
    /// Waiting provisions of open cases, by case (`WijkteamStore.provisionWaits`).
    public var provisionWaits: [Int: [ProvisionWait]] = [:]
    public init(
        today: Day, staff: [Staff], cards: [CaseCard], followUps: [FollowUp], signals: [Signal],
        householdNames: [Int: String] = [:], meldcode: [Int: [MeldcodeRecord]] = [:], covers: [CaseCover] = [],
        kindcheckDue: [Int: Int] = [:], respondBy: [Int: Day] = [:]
    ) {
        self.today = today; self.staff = staff; self.cards = cards; self.followUps = followUps
        self.signals = signals; self.householdNames = householdNames; self.meldcode = meldcode; self.covers = covers
        self.kindcheckDue = kindcheckDue; self.respondBy = respondBy
    }
}

/// Builds the case meeting's agenda from the data, in the order the team takes it: safety
/// first; new registrations; cases put up for discussion; stuck cases; overdue preventive and
/// outreaching follow-ups; cases of absent regisseurs with work due while they are away;
/// overloaded regisseurs and unassigned cases.
///
/// A case is discussed once: it appears in the first section it qualifies for, and carries the
/// reasons of the later ones too ("also: no journal entry for 40 days").
public enum Agenda {
    public static func build(_ input: AgendaInput, settings: AgendaSettings = AgendaSettings()) -> [AgendaItem] {
        var items: [AgendaItem] = []

        // Signals: safety ones (with the next Meldcode step) first, then new registrations.
        let late = { (s: Signal) in input.respondBy[s.id].map { $0 < input.today } ?? false }
        let signals = input.signals.sorted { (late($0) ? 0 : 1, $0.date, $0.id) < (late($1) ? 0 : 1, $1.date, $1.id) }
        for s in signals where s.safety {
            let done = input.meldcode[s.id] ?? []
            var reasons = [tr("agenda.reason.safety_signal", s.source.label, s.date)]
            reasons.append(Meldcode.progress(done))
            items.append(signalItem(s, .safety, reasons, input))
        }

        // Cases: every reason each case has, then the case goes in its first section. Indexed
        // arrays rather than dictionaries of copies: a whole city has thousands of open cases.
        let cards = input.cards
        var reasons = [[CaseReason]](repeating: [], count: cards.count)
        var indexOfCase: [Int: Int] = [:]
        indexOfCase.reserveCapacity(cards.count)
        addOpenCaseReasons(input, settings, to: &reasons, indexOfCase: &indexOfCase)
        // The earliest overdue proactive follow-up per case orders the overdue section.
        var firstOverdue = [Int](repeating: Int.max, count: cards.count)
        addFollowUpReasons(input, settings, indexOfCase: indexOfCase, to: &reasons, firstOverdue: &firstOverdue)
        addProvisionWaitReasons(input, indexOfCase: indexOfCase, to: &reasons)
        addAbsentRegisseurReasons(input, indexOfCase: indexOfCase, to: &reasons)
        var noRegisseur: [Phase: String] = [:]
        for i in cards.indices where cards[i].isOpen && cards[i].regisseurID == nil {
            let phase = cards[i].phase
            if noRegisseur[phase] == nil { noRegisseur[phase] = tr("agenda.reason.no_regisseur", phase.label) }
            reasons[i].append((.capacity, noRegisseur[phase]!))
        }
        let bySection = caseItemsBySection(cards, reasons: reasons, firstOverdue: firstOverdue)

        for section in AgendaItem.Section.allCases {
            if section == .newRegistrations {
                for s in signals where !s.safety {
                    items.append(signalItem(s, .newRegistrations, ["\(s.source.label), \(s.date) · \(s.domains.map(\.label).joined(separator: ", "))"], input))
                }
            }
            if section == .capacity {
                // Overloaded regisseurs before the cases nobody holds: they decide who can take those.
                appendOverloadedRegisseurs(input, settings, to: &items)
            }
            items += bySection[section.place].sorted { ($0.key, $0.id) < ($1.key, $1.id) }.map(\.item)
        }
        return items
    }

    /// A reason a case is on the agenda, with the section it would put the case in.
    typealias CaseReason = (AgendaItem.Section, String)

    private static func signalItem(_ s: Signal, _ section: AgendaItem.Section, _ reasons: [String], _ input: AgendaInput) -> AgendaItem {
        let respond = input.respondBy[s.id].map { [Urgency.respondByText($0, today: input.today)] } ?? []
        return AgendaItem(
            section: section, subject: .signal(s.id), householdID: s.householdID,
            householdName: s.householdID.flatMap { input.householdNames[$0] }, regisseurID: nil, reasons: reasons + respond)
    }

    /// Safety, a question for discussion, no contact for too long: per open case, at its index
    /// in `input.cards`; notes each open case's index.
    private static func addOpenCaseReasons(_ input: AgendaInput, _ settings: AgendaSettings, to reasons: inout [[CaseReason]],
                                           indexOfCase: inout [Int: Int]) {
        let today = input.today
        let stuckDays = settings.stuckAfterWeeks * 7
        // Phrases are looked up once, not thousands of times; those filled per case are split
        // at their placeholders once (`phrase`).
        let safetyCase = tr("agenda.reason.safety_case"), discussion = tr("agenda.reason.discussion")
        let kindcheckDue = phrase("agenda.reason.kindcheck_due"), noJournalFor = phrase("agenda.reason.no_journal_for")
        let noJournalSinceOpened = phrase("agenda.reason.no_journal_since_opened")
        // Read in place, a field at a time (no copy of a card or its case, each a dozen references to
        // retain: `cards[i].case.isOpen` copied the case, `cards[i].isOpen` does not).
        for i in input.cards.indices where input.cards[i].isOpen {
            let id = input.cards[i].caseID
            indexOfCase[id] = i
            if input.cards[i].safety { reasons[i].append((.safety, safetyCase)) }
            if let children = input.kindcheckDue[id] { reasons[i].append((.safety, kindcheckDue(children))) }
            if let q = input.cards[i].discussion, !q.trimmed.isEmpty { reasons[i].append((.discussion, discussion)) }
            let opened = input.cards[i].opened
            if let last = input.cards[i].lastContact {
                let days = last.days(until: today)
                if days > stuckDays { reasons[i].append((.stuck, noJournalFor(days, last))) }
            } else if opened.days(until: today) > stuckDays {
                reasons[i].append((.stuck, noJournalSinceOpened(opened)))
            }
        }
    }

    /// Overdue evaluations (stuck) and overdue proactive follow-ups of open cases; notes the
    /// earliest overdue proactive one per case.
    private static func addFollowUpReasons(_ input: AgendaInput, _ settings: AgendaSettings, indexOfCase: [Int: Int],
                                           to reasons: inout [[CaseReason]], firstOverdue: inout [Int]) {
        let today = input.today
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Split at their placeholders once, filled per follow-up.
        let evaluationOwner = phrase("agenda.reason.evaluation_due.owner"), evaluation = phrase("agenda.reason.evaluation_due.no_owner")
        let followUpOwner = phrase("agenda.reason.follow_up_due.owner"), followUp = phrase("agenda.reason.follow_up_due.no_owner")
        let days = DaysPhrase.inCurrentLanguage
        let kindLabels = Dictionary(uniqueKeysWithValues: FollowUpKind.allCases.map { ($0, $0.label) })
        for f in input.followUps where !f.done {
            guard let i = indexOfCase[f.caseID] else { continue }
            let late = f.due.days(until: today)
            let overdueEvaluation = f.kind == .evaluation && late > settings.evaluationGraceDays
            let overdueProactive = f.kind.isProactive && late > settings.overdueGraceDays
            guard overdueEvaluation || overdueProactive else { continue }
            let owner = f.ownerID.flatMap { names[$0] }
            if overdueEvaluation {
                reasons[i].append((.stuck, owner.map { evaluationOwner(f.due, days(late), $0) } ?? evaluation(f.due, days(late))))
            } else {
                let kind = kindLabels[f.kind]!
                let reason = owner.map { followUpOwner(kind, f.due, days(late), $0) } ?? followUp(kind, f.due, days(late))
                reasons[i].append((.overdueFollowUps, reason))
                firstOverdue[i] = min(firstOverdue[i], f.due.daysSinceEpoch)
            }
        }
    }

    /// Per section: (sort key, case number, item). Within a section the longest waiting
    /// first (oldest contact, earliest due, oldest case), then by case number.
    /// Indexed by the section's place in `AgendaItem.Section.allCases`.
    private static func caseItemsBySection(_ cards: [CaseCard], reasons: [[CaseReason]], firstOverdue: [Int])
        -> [[(key: Int, id: Int, item: AgendaItem)]]
    {
        var bySection = [[(key: Int, id: Int, item: AgendaItem)]](repeating: [], count: AgendaItem.Section.allCases.count)
        for (i, list) in reasons.enumerated() where !list.isEmpty {
            let card = cards[i]
            // Stable by section: the reasons were added in a fixed order within each section.
            // An insertion sort: a case has a few reasons.
            var ordered = list
            for j in ordered.indices.dropFirst() {
                let reason = ordered[j]
                var k = j
                while k > 0, reason.0.place < ordered[k - 1].0.place {
                    ordered[k] = ordered[k - 1]
                    k -= 1
                }
                ordered[k] = reason
            }
            let section = ordered[0].0
            let hasQuestion = ordered.contains { $0.0 == .discussion }
            let item = AgendaItem(
                section: section, subject: .case(card.caseID), householdID: card.householdID, householdName: card.householdName,
                regisseurID: card.regisseurID, reasons: ordered.map(\.1), question: hasQuestion ? card.discussion : nil)
            let key: Int
            switch section {
            case .stuck: key = (card.lastContact ?? card.opened).daysSinceEpoch
            case .overdueFollowUps: key = firstOverdue[i]
            case .capacity: key = card.opened.daysSinceEpoch
            default: key = 0
            }
            bySection[section.place].append((key, card.caseID, item))
        }
        return bySection
    }

    /// Regisseurs over `settings.overloadPercent` of their capacity, the most loaded first.
    private static func appendOverloadedRegisseurs(_ input: AgendaInput, _ settings: AgendaSettings, to items: inout [AgendaItem]) {
        let loads = BoardBuilder.loads(input.cards)
        let limit = Double(settings.overloadPercent) / 100
        var overloaded: [(Staff, Double)] = []
        for s in input.staff where s.role.canBeRegisseur && s.capacity > 0 {
            let load: Double = loads[s.id] ?? 0
            if load > s.capacity * limit + 1e-9 { overloaded.append((s, load)) }
        }
        overloaded.sort { a, b in
            let ra = a.1 / a.0.capacity, rb = b.1 / b.0.capacity
            return ra != rb ? ra > rb : a.0.id < b.0.id
        }
        for (s, load) in overloaded {
            let percent = Int((load / s.capacity * 100).rounded())
            items.append(AgendaItem(section: .capacity, subject: .staff(s.id), householdID: nil, householdName: nil, regisseurID: s.id,
                                    reasons: [tr("agenda.reason.overloaded", Caseload.format(load), Caseload.format(s.capacity), percent)]))
        }
    }
}

extension Agenda {
    /// "1 day", "12 days".
    public static func days(_ n: Int) -> String { DaysPhrase.inCurrentLanguage(n) }

    /// "1 day", "3 days": both phrases looked up and split once per language (the agenda writes
    /// thousands of them; screens write one per row drawn).
    struct DaysPhrase: Sendable {
        let one: String, many: PhraseTemplate

        init(_ language: Language) {
            (one, many) = Language.$scoped.withValue(language) { (tr("agenda.days.one"), phrase("agenda.days.many")) }
        }

        func callAsFunction(_ n: Int) -> String { n == 1 ? one : many(n) }

        private static let byLanguage = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, DaysPhrase($0)) })
        static var inCurrentLanguage: DaysPhrase { byLanguage[Language.current]! }
    }
}

extension Caseload {
    /// A load as people read it: "7", "7.5".
    public static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "–" }
        let tenths = Int((value * 10).rounded())
        let whole = String(tenths / 10)
        return tenths % 10 == 0 ? whole : whole + "." + String(abs(tenths % 10))
    }
}
