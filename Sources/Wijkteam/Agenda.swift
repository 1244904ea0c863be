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
        // Sorted by a key made once per signal: comparing the signals themselves looked up both
        // respond-by days per comparison and moved whole signals about (a tenth of the agenda at
        // 100,000 households). The ids are unique: the order is the same.
        let keys = input.signals.indices.map { i in
            let s = input.signals[i]
            let late = input.respondBy[s.id].map { $0 < input.today } ?? false
            return (late: late ? 0 : 1, date: s.date, id: s.id, index: i)
        }
        let signals = keys.sorted { ($0.late, $0.date, $0.id) < ($1.late, $1.date, $1.id) }.map { input.signals[$0.index] }
        // "Overdue since Wed 11 Nov": one text per respond-by day, shared by its signals.
        var respondTexts = DayTexts(today: input.today)
        for s in signals where s.safety {
            let done = input.meldcode[s.id] ?? []
            var reasons = [tr("agenda.reason.safety_signal", s.source.label, s.date)]
            reasons.append(Meldcode.progress(done))
            items.append(signalItem(s, .safety, reasons, input, respondTexts: &respondTexts))
        }

        // Cases: every reason each case has, then the case goes in its first section. Indexed
        // by the card's place in `input.cards` rather than dictionaries of copies, in one list
        // rather than one per case: a whole city has thousands of open cases.
        let cards = input.cards
        var reasons = CaseReasons()
        var facts = CardFacts(cards: cards.count, staff: input.staff)
        addOpenCaseReasons(input, settings, to: &reasons, facts: &facts)
        // The earliest overdue proactive follow-up per case orders the overdue section.
        var firstOverdue = [Int](repeating: Int.max, count: cards.count)
        addFollowUpReasons(input, settings, indexOfCase: facts.index, to: &reasons, firstOverdue: &firstOverdue)
        addProvisionWaitReasons(input, indexOfCase: facts.index, to: &reasons)
        addAbsentRegisseurReasons(input, facts: facts, to: &reasons)
        let byCase = reasons.byCase(cards: cards.count)
        let caseOrder = caseItemOrder(facts, byCase, firstOverdue: firstOverdue)
        // Room for every item at once: the new registrations, the cases and at most one item
        // per overloaded regisseur. Without the regisseurs the list doubled while its cases were
        // added (5.6 MB for 27,000 items at 100,000 households, half of it empty).
        items.reserveCapacity(items.count + signals.count + caseOrder.count + input.staff.count)

        var next = 0
        for section in AgendaItem.Section.allCases {
            if section == .newRegistrations {
                for s in signals where !s.safety {
                    items.append(
                        signalItem(
                            s, .newRegistrations, ["\(s.source.label), \(s.date) · \(s.domains.map(\.label).joined(separator: ", "))"],
                            input, respondTexts: &respondTexts))
                }
            }
            if section == .capacity {
                // Overloaded regisseurs before the cases nobody holds: they decide who can take those.
                appendOverloadedRegisseurs(input, settings, loads: facts, to: &items)
            }
            while next < caseOrder.count, caseOrder[next].place == section.place {
                items.append(caseItem(cards, caseOrder[next].card, byCase, facts: &facts, section: section))
                next += 1
            }
        }
        return items
    }

    private static func signalItem(
        _ s: Signal, _ section: AgendaItem.Section, _ reasons: [String], _ input: AgendaInput,
        respondTexts: inout DayTexts
    ) -> AgendaItem {
        var reasons = reasons
        if let by = input.respondBy[s.id] {
            reasons.append(respondTexts.text(for: by) { Urgency.respondByText(by, today: input.today) })
        }
        return AgendaItem(
            section: section, subject: .signal(s.id), householdID: s.householdID,
            householdName: s.householdID.flatMap { input.householdNames[$0] }, regisseurID: nil, reasons: reasons)
    }

    /// Safety, a question for discussion, no contact for too long, no regisseur: per open case,
    /// at its index in `input.cards`. The one pass over the cards: it notes what the later steps
    /// need of each (`CardFacts`). A case's reasons are put in the order of their sections later,
    /// so "no regisseur" (the only reason of a case in its section) may be found first.
    private static func addOpenCaseReasons(
        _ input: AgendaInput, _ settings: AgendaSettings, to reasons: inout CaseReasons,
        facts: inout CardFacts
    ) {
        let today = input.today
        let stuckDays = settings.stuckAfterWeeks * 7
        // Phrases are looked up once, not thousands of times; those filled per case are split
        // at their placeholders once (`phrase`).
        let safetyCase = tr("agenda.reason.safety_case"), discussion = tr("agenda.reason.discussion")
        let kindcheckDue = phrase("agenda.reason.kindcheck_due"), noJournalFor = phrase("agenda.reason.no_journal_for")
        let noJournalSinceOpened = phrase("agenda.reason.no_journal_since_opened")
        var noRegisseur: [Phase: String] = [:]
        var sinceContact = DayTexts(today: today), sinceOpened = DayTexts(today: today), kindcheck = SharedTexts<Int>()
        // Read in place, a field at a time (no copy of a card or its case, each a dozen references to
        // retain: `cards[i].case.isOpen` copied the case, `cards[i].isOpen` does not).
        let cards = input.cards
        for i in cards.indices where cards[i].isOpen {
            let id = cards[i].caseID, opened = cards[i].opened, lastContact = cards[i].lastContact
            facts.note(
                card: i, caseID: id, householdID: cards[i].householdID, householdName: cards[i].householdName,
                regisseur: cards[i].regisseurID, weight: cards[i].weight, waitingSince: lastContact ?? opened, opened: opened)
            if cards[i].safety { reasons.add(i, .safety, safetyCase) }
            if let q = cards[i].discussion, !q.trimmed.isEmpty { reasons.add(i, .discussion, discussion) }
            // One text per day: the cases that last had contact (or opened) on the same day share it.
            if let last = lastContact {
                let days = last.days(until: today)
                if days > stuckDays {
                    reasons.add(i, .stuck, sinceContact.text(for: last) { noJournalFor(days, last) })
                }
            } else if opened.days(until: today) > stuckDays {
                reasons.add(i, .stuck, sinceOpened.text(for: opened) { noJournalSinceOpened(opened) })
            }
            if cards[i].regisseurID == nil {
                let phase = cards[i].phase
                if noRegisseur[phase] == nil { noRegisseur[phase] = tr("agenda.reason.no_regisseur", phase.label) }
                reasons.add(i, .capacity, noRegisseur[phase]!)
            }
        }
        // The cases due a Kindcheck (a few among thousands) found by their number after the pass,
        // not a look-up per open card. In a case's reasons it still follows "safety" (both are
        // safety reasons, kept in the order found), as when it was found in the pass.
        for (id, children) in input.kindcheckDue {
            guard let i = facts.index[id] else { continue }
            reasons.add(i, .safety, kindcheck.value(for: children) { kindcheckDue(children) })
        }
    }

    /// Overdue evaluations (stuck) and overdue proactive follow-ups of open cases; notes the
    /// earliest overdue proactive one per case.
    private static func addFollowUpReasons(
        _ input: AgendaInput, _ settings: AgendaSettings, indexOfCase: OpenCaseIndex,
        to reasons: inout CaseReasons, firstOverdue: inout [Int]
    ) {
        let today = input.today
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Split at their placeholders once, filled per follow-up.
        let evaluationOwner = phrase("agenda.reason.evaluation_due.owner"), evaluation = phrase("agenda.reason.evaluation_due.no_owner")
        let followUpOwner = phrase("agenda.reason.follow_up_due.owner"), followUp = phrase("agenda.reason.follow_up_due.no_owner")
        let days = DaysPhrase.inCurrentLanguage
        let kindLabels = Dictionary(uniqueKeysWithValues: FollowUpKind.allCases.map { ($0, $0.label) })
        // Read in place; only an overdue follow-up is copied (`for f in followUps` copied each).
        let followUps = input.followUps
        for k in followUps.indices where !followUps[k].done {
            guard let i = indexOfCase[followUps[k].caseID] else { continue }
            let late = followUps[k].due.days(until: today), kind = followUps[k].kind
            let overdueEvaluation = kind == .evaluation && late > settings.evaluationGraceDays
            let overdueProactive = kind.isProactive && late > settings.overdueGraceDays
            guard overdueEvaluation || overdueProactive else { continue }
            let f = followUps[k]
            let owner = f.ownerID.flatMap { names[$0] }
            if overdueEvaluation {
                reasons.add(i, .stuck, owner.map { evaluationOwner(f.due, days(late), $0) } ?? evaluation(f.due, days(late)))
            } else {
                let kind = kindLabels[f.kind]!
                let reason = owner.map { followUpOwner(kind, f.due, days(late), $0) } ?? followUp(kind, f.due, days(late))
                reasons.add(i, .overdueFollowUps, reason)
                firstOverdue[i] = min(firstOverdue[i], f.due.daysSinceEpoch)
            }
        }
    }

    /// The cases with a reason in the order the meeting takes them: by their first reason's
    /// section, then the longest waiting first (oldest contact, earliest due, oldest case),
    /// then by case number. Only numbers are sorted; each item is made once, in this order.
    private static func caseItemOrder(
        _ facts: CardFacts, _ byCase: CaseReasons.Grouped,
        firstOverdue: [Int]
    ) -> [(place: Int, key: Int, id: Int, card: Int)] {
        var out: [(place: Int, key: Int, id: Int, card: Int)] = []
        out.reserveCapacity(firstOverdue.count)
        for i in firstOverdue.indices where byCase.start[i] < byCase.start[i + 1] {
            let section = byCase.grouped[byCase.start[i]].section
            let key: Int
            switch section {
            case .stuck: key = facts.waitingSince[i]
            case .overdueFollowUps: key = firstOverdue[i]
            case .capacity: key = facts.opened[i]
            default: key = 0
            }
            out.append((section.place, key, facts.caseID[i], i))
        }
        out.sort { ($0.place, $0.key, $0.id) < ($1.place, $1.key, $1.id) }
        return out
    }

    /// Card i's item: what it says of the case comes from `facts`, noted in the pass over the
    /// cards; only a question for discussion is read from the card itself.
    private static func caseItem(
        _ cards: [CaseCard], _ i: Int, _ byCase: CaseReasons.Grouped, facts: inout CardFacts,
        section: AgendaItem.Section
    ) -> AgendaItem {
        let mine = byCase.grouped[byCase.start[i]..<byCase.start[i + 1]]
        var texts: [String] = []
        texts.reserveCapacity(mine.count)
        var hasQuestion = false
        for e in mine {
            texts.append(e.text)
            if e.section == .discussion { hasQuestion = true }
        }
        return AgendaItem(
            section: section, subject: .case(facts.caseID[i]), householdID: facts.householdID[i],
            householdName: facts.takeHouseholdName(i), regisseurID: facts.regisseurID[i], reasons: texts,
            question: hasQuestion ? cards[i].discussion : nil)
    }

    /// Regisseurs over `settings.overloadPercent` of their capacity, the most loaded first.
    private static func appendOverloadedRegisseurs(
        _ input: AgendaInput, _ settings: AgendaSettings, loads: CardFacts,
        to items: inout [AgendaItem]
    ) {
        let limit = Double(settings.overloadPercent) / 100
        var overloaded: [(Staff, Double)] = []
        for (k, s) in input.staff.enumerated() where s.role.canBeRegisseur && s.capacity > 0 {
            let load = loads.load(ofStaffAt: k, of: input.staff)
            if load > s.capacity * limit + 1e-9 { overloaded.append((s, load)) }
        }
        overloaded.sort { a, b in
            let ra = a.1 / a.0.capacity, rb = b.1 / b.0.capacity
            return ra != rb ? ra > rb : a.0.id < b.0.id
        }
        for (s, load) in overloaded {
            let percent = Int((load / s.capacity * 100).rounded())
            items.append(
                AgendaItem(
                    section: .capacity, subject: .staff(s.id), householdID: nil, householdName: nil, regisseurID: s.id,
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
