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
    public struct Key: Sendable, Hashable {
        public let name: String
        public let help: String
        public let range: ClosedRange<Int>
    }

    public static let keys: [Key] = [
        Key(name: "stuck-weeks", help: "weeks without a journal entry before a case counts as stuck", range: 1...52),
        Key(name: "evaluation-grace-days", help: "days an evaluation may be overdue before the case counts as stuck",
            range: 0...90),
        Key(name: "overdue-grace-days", help: "days a preventive or outreaching follow-up may be overdue before it goes on the agenda",
            range: 0...90),
        Key(name: "overload-percent", help: "load, as a percentage of capacity, above which a regisseur counts as overloaded",
            range: 50...300),
        Key(name: "timebox-minutes", help: "minutes per agenda item before the timer warns", range: 1...60),
    ]

    public subscript(key: Key) -> Int {
        get {
            switch key.name {
            case "stuck-weeks": stuckAfterWeeks
            case "evaluation-grace-days": evaluationGraceDays
            case "overdue-grace-days": overdueGraceDays
            case "overload-percent": overloadPercent
            default: timeboxMinutes
            }
        }
        set {
            switch key.name {
            case "stuck-weeks": stuckAfterWeeks = newValue
            case "evaluation-grace-days": evaluationGraceDays = newValue
            case "overdue-grace-days": overdueGraceDays = newValue
            case "overload-percent": overloadPercent = newValue
            default: timeboxMinutes = newValue
            }
        }
    }

    /// Sets a setting from text; a clear error names the key or the range.
    public mutating func set(_ name: String, to text: String) throws {
        guard let key = Self.keys.first(where: { $0.name == name }) else {
            throw WijkteamError.invalid("no setting '\(name)'; settings are: \(Self.keys.map(\.name).joined(separator: ", "))")
        }
        guard let value = Int(text.trimmingWhitespace), key.range.contains(value) else {
            throw WijkteamError.invalid("\(name) must be a whole number from \(key.range.lowerBound) to \(key.range.upperBound), not '\(text)'")
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
        case capacity

        public var title: String {
            switch self {
            case .safety: "Safety"
            case .newRegistrations: "New registrations"
            case .discussion: "For discussion"
            case .stuck: "Stuck cases"
            case .overdueFollowUps: "Overdue follow-ups"
            case .capacity: "Overloaded regisseurs and unassigned cases"
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
    public init(today: Day, staff: [Staff], cards: [CaseCard], followUps: [FollowUp], signals: [Signal],
                householdNames: [Int: String] = [:], meldcode: [Int: [MeldcodeRecord]] = [:]) {
        self.today = today; self.staff = staff; self.cards = cards; self.followUps = followUps
        self.signals = signals; self.householdNames = householdNames; self.meldcode = meldcode
    }
}

/// Builds the case meeting's agenda from the data, in the order the team takes it: safety
/// first; new registrations; cases put up for discussion; stuck cases; overdue preventive and
/// outreaching follow-ups; overloaded regisseurs and unassigned cases.
///
/// A case is discussed once: it appears in the first section it qualifies for, and carries the
/// reasons of the later ones too ("also: no journal entry for 40 days").
public enum Agenda {
    public static func build(_ input: AgendaInput, settings: AgendaSettings = AgendaSettings()) -> [AgendaItem] {
        let today = input.today
        var items: [AgendaItem] = []

        // Signals: safety ones (with the next Meldcode step) first, then new registrations.
        let signals = input.signals.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        func signalItem(_ s: Signal, _ section: AgendaItem.Section, _ reasons: [String]) -> AgendaItem {
            AgendaItem(section: section, subject: .signal(s.id), householdID: s.householdID,
                       householdName: s.householdID.flatMap { input.householdNames[$0] }, regisseurID: nil, reasons: reasons)
        }
        for s in signals where s.safety {
            let done = input.meldcode[s.id] ?? []
            let next = Meldcode.missing(done).first
            var reasons = ["safety signal from \(s.source.label), \(s.date)"]
            reasons.append(next.map { "Meldcode step \($0.rawValue) due (\(done.count) of 5 recorded)" } ?? "Meldcode complete: decide on triage")
            items.append(signalItem(s, .safety, reasons))
        }

        // Cases: every reason each case has, then the case goes in its first section.
        var reasons: [Int: [(AgendaItem.Section, String)]] = [:]
        let cards = input.cards.filter(\.case.isOpen)
        for card in cards {
            let c = card.case
            func add(_ section: AgendaItem.Section, _ text: String) { reasons[c.id, default: []].append((section, text)) }
            if c.safety { add(.safety, "safety case") }
            if let q = c.discussion, !q.trimmingWhitespace.isEmpty { add(.discussion, "put up for discussion") }
            let stuckDays = settings.stuckAfterWeeks * 7
            if let last = card.lastContact {
                let days = last.days(until: today)
                if days > stuckDays { add(.stuck, "no journal entry for \(days) days (since \(last))") }
            } else if c.opened.days(until: today) > stuckDays {
                add(.stuck, "no journal entry since the case opened \(c.opened)")
            }
        }
        let openCaseIDs = Set(cards.map(\.case.id))
        let followUps = input.followUps.filter { !$0.done && openCaseIDs.contains($0.caseID) }.sorted(by: FollowUps.dueOrder)
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for f in followUps {
            let late = f.due.days(until: today)
            let owner = f.ownerID.flatMap { names[$0] }.map { ", owner \($0)" } ?? ", no owner"
            if f.kind == .evaluation, late > settings.evaluationGraceDays {
                reasons[f.caseID, default: []].append((.stuck, "evaluation was due \(f.due) (\(Agenda.days(late)) ago)\(owner)"))
            } else if f.kind.isProactive, late > settings.overdueGraceDays {
                reasons[f.caseID, default: []].append((.overdueFollowUps, "\(f.kind.label) follow-up was due \(f.due) (\(Agenda.days(late)) ago)\(owner)"))
            }
        }
        for card in cards where card.case.regisseurID == nil {
            reasons[card.case.id, default: []].append((.capacity, "no regisseur (\(card.case.phase.label))"))
        }

        var caseItems: [AgendaItem] = []
        for card in cards {
            guard let list = reasons[card.case.id], !list.isEmpty else { continue }
            let ordered = list.enumerated().sorted { a, b in
                let sa = AgendaItem.Section.allCases.firstIndex(of: a.element.0)!, sb = AgendaItem.Section.allCases.firstIndex(of: b.element.0)!
                return (sa, a.offset) < (sb, b.offset)
            }.map(\.element)
            var item = AgendaItem(section: ordered[0].0, subject: .case(card.case.id), householdID: card.case.householdID,
                                  householdName: card.householdName, regisseurID: card.case.regisseurID,
                                  reasons: ordered.map(\.1), question: nil)
            if item.section == .discussion || ordered.contains(where: { $0.0 == .discussion }) { item.question = card.case.discussion }
            caseItems.append(item)
        }
        // Within a section: the longest waiting first (oldest last contact / earliest due), then by case number.
        let contact = Dictionary(cards.map { ($0.case.id, $0.lastContact ?? $0.case.opened) }, uniquingKeysWith: { a, _ in a })
        let firstDue = Dictionary(followUps.map { ($0.caseID, $0.due) }, uniquingKeysWith: { a, _ in a })
        let opened = Dictionary(cards.map { ($0.case.id, $0.case.opened) }, uniquingKeysWith: { a, _ in a })
        func caseOrder(_ section: AgendaItem.Section) -> (AgendaItem, AgendaItem) -> Bool {
            { a, b in
                let x = a.caseID!, y = b.caseID!
                switch section {
                case .stuck: return (contact[x]!, x) < (contact[y]!, y)
                case .overdueFollowUps: return (firstDue[x] ?? today, x) < (firstDue[y] ?? today, y)
                case .capacity: return (opened[x]!, x) < (opened[y]!, y)
                default: return x < y
                }
            }
        }

        for section in AgendaItem.Section.allCases {
            if section == .newRegistrations {
                for s in signals where !s.safety {
                    items.append(signalItem(s, .newRegistrations, ["\(s.source.label), \(s.date) · \(s.domains.map(\.label).joined(separator: ", "))"]))
                }
            }
            if section == .capacity {
                // Overloaded regisseurs before the cases nobody holds: they decide who can take those.
                let loads = BoardBuilder.loads(cards)
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
                                            reasons: ["carries \(Caseload.format(load)) of \(Caseload.format(s.capacity)) (\(percent)%)"]))
                }
            }
            items += caseItems.filter { $0.section == section }.sorted(by: caseOrder(section))
        }
        return items
    }
}

extension Agenda {
    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
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
