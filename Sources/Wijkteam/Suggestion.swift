/// Who should hold the regie of a case, and why: each point of the score has a reason people
/// can read in the picker ("speaks Turkish +3", "has room: 3.5 of 8 left +3").
public struct Suggestion: Hashable, Sendable {
    public struct Reason: Hashable, Sendable {
        public var text: String
        public var points: Int
        public init(text: String, points: Int) { self.text = text; self.points = points }
        /// "speaks Turkish +3"
        public var display: String { "\(text) \(points >= 0 ? "+" : "")\(points)" }
    }
    public var staff: Staff
    public var reasons: [Reason]
    public var score: Int { reasons.reduce(0) { $0 + $1.points } }
    /// Assigning would bring this regisseur over capacity.
    public var wouldBeOverCapacity: Bool
    public var load: Double
    /// Why this colleague cannot take the case now ("on leave until 12 Jan", "leaves the team
    /// on 1 Feb"): listed after everyone who can, never suggested.
    public var unavailable: String?
    public init(staff: Staff, reasons: [Reason], wouldBeOverCapacity: Bool, load: Double, unavailable: String? = nil) {
        self.staff = staff; self.reasons = reasons; self.wouldBeOverCapacity = wouldBeOverCapacity; self.load = load
        self.unavailable = unavailable
    }
    public var isAvailable: Bool { unavailable == nil }
}

/// What the ranking needs to know about the case beyond the case itself.
public struct SuggestionContext: Sendable, Equatable {
    /// The household's main language (ISO 639-1).
    public var language: String
    /// Staff who know this household, with how ("regisseur of case #4 in 2024").
    public var knownBy: [StaffID: String]
    /// Open cases each staff member holds in the same street (neighbours).
    public var neighbours: [StaffID: Int]
    /// The case's next open follow-up: someone leaving the team before it is not suggested.
    public var nextFollowUp: Day?
    public init(language: String = "nl", knownBy: [StaffID: String] = [:], neighbours: [StaffID: Int] = [:], nextFollowUp: Day? = nil) {
        self.language = language; self.knownBy = knownBy; self.neighbours = neighbours; self.nextFollowUp = nextFollowUp
    }
}

public enum SuggestionRanker {
    /// The weights, in one place (README "Suggested regisseur" lists them).
    public enum Weight {
        public static let expertisePerDomain = 3
        public static let knowsHousehold = 4
        public static let neighbourPerCase = 1
        public static let neighbourMax = 2
        public static let language = 3
        /// One point per whole point of capacity left, up to this many.
        public static let roomMax = 4
        public static let overCapacity = -5
    }

    /// The name of a language (ISO 639 code) in the current language; the code itself when unknown.
    public static func languageName(_ code: String) -> String {
        switch code {
        case "nl": tr("langname.nl")
        case "en": tr("langname.en")
        case "tr": tr("langname.tr")
        case "ar": tr("langname.ar")
        case "pl": tr("langname.pl")
        case "pap": tr("langname.pap")
        case "so": tr("langname.so")
        case "ti": tr("langname.ti")
        case "vi": tr("langname.vi")
        case "zh": tr("langname.zh")
        case "de": tr("langname.de")
        case "fr": tr("langname.fr")
        case "es": tr("langname.es")
        case "uk": tr("langname.uk")
        case "ro": tr("langname.ro")
        case "bg": tr("langname.bg")
        case "ber": tr("langname.ber")
        case "fa": tr("langname.fa")
        default: code
        }
    }

    /// Every staff member who can hold the regie, best first; ties by lower load, then name.
    /// Colleagues away on `today` or leaving before the case's next follow-up come last, with
    /// why and without points; colleagues who left are not listed.
    public static func rank(case c: Case, context: SuggestionContext, staff: [Staff], loads: [StaffID: Double], today: Day) -> [Suggestion]
    {
        var texts = ReasonTexts()
        return rank(case: c, context: context, staff: staff, loads: loads, today: today, texts: &texts)
    }

    /// The same, with the reasons' texts kept in `texts` for the next ranking (`ReasonTexts`).
    public static func rank(
        case c: Case, context: SuggestionContext, staff: [Staff], loads: [StaffID: Double], today: Day, texts: inout ReasonTexts
    ) -> [Suggestion] {
        texts.keep(for: Language.current)
        let weight = Caseload.weight(of: c)
        var out: [Suggestion] = []
        // Each colleague read in place and copied once, into their suggestion: a staff record is a
        // dozen references retained at every copy, and a handover plan at 100,000 households
        // ranks 600 colleagues for each of 60 cases.
        for k in staff.indices where staff[k].role.canBeRegisseur && staff[k].id != c.regisseurID && !staff[k].hasLeft(on: today) {
            let load = loads[staff[k].id] ?? 0
            if let why = staff[k].unavailability(today: today, until: context.nextFollowUp) {
                out.append(
                    Suggestion(
                        staff: staff[k], reasons: [.init(text: why, points: 0)], wouldBeOverCapacity: false, load: load, unavailable: why))
                continue
            }
            out.append(suggestion(of: staff[k], for: c, weight: weight, context: context, load: load, texts: &texts))
        }
        order(&out)
        return out
    }

    /// An available colleague's suggestion, each point with its reason.
    static func suggestion(of s: Staff, for c: Case, weight: Double, context: SuggestionContext, load: Double) -> Suggestion {
        var texts = ReasonTexts()
        return suggestion(of: s, for: c, weight: weight, context: context, load: load, texts: &texts)
    }

    static func suggestion(
        of s: Staff, for c: Case, weight: Double, context: SuggestionContext, load: Double, texts: inout ReasonTexts
    ) -> Suggestion {
        var reasons: [Suggestion.Reason] = []
        if let expertise = texts.expertise(of: s, in: c.domains) {
            reasons.append(.init(text: expertise.text, points: Weight.expertisePerDomain * expertise.count))
        }
        if let how = context.knownBy[s.id] {
            reasons.append(.init(text: tr("suggestion.knows_household", how), points: Weight.knowsHousehold))
        }
        if let n = context.neighbours[s.id], n > 0 {
            let text = n == 1 ? tr("suggestion.same_street.one") : tr("suggestion.same_street", n)
            reasons.append(.init(text: text, points: min(Weight.neighbourMax, n * Weight.neighbourPerCase)))
        }
        if context.language != "nl", s.languages.contains(context.language) {
            reasons.append(.init(text: tr("suggestion.speaks", languageName(context.language)), points: Weight.language))
        }
        let room = texts.room(load: load, weight: weight, capacity: s.capacity)
        reasons.append(room.reason)
        return Suggestion(staff: s, reasons: reasons, wouldBeOverCapacity: room.over, load: load)
    }

    /// `suggestions` in the ranking's order (`ranksBefore`).
    public static func ordered(_ suggestions: [Suggestion]) -> [Suggestion] {
        var out = suggestions
        order(&out)
        return out
    }

    /// Puts `suggestions` in the ranking's order (`ranksBefore`), each score summed once; the
    /// suggestions are swapped into place along the order's cycles, not copied (each holds a
    /// whole staff record: a copy retained a dozen references, and dropping the list released them).
    public static func order(_ suggestions: inout [Suggestion]) {
        let keys = suggestions.map { (available: $0.isAvailable, score: $0.score, load: $0.load) }
        let order = suggestions.indices.sorted { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.available != b.available { return a.available }
            if a.score != b.score { return a.score > b.score }
            if a.load != b.load { return a.load < b.load }
            return (suggestions[i].staff.name, suggestions[i].staff.id) < (suggestions[j].staff.name, suggestions[j].staff.id)
        }
        // Place i takes the suggestion at order[i]: follow each cycle from its start, carrying
        // the start's suggestion along until the place it belongs in.
        // The buffer's `swapAt` moves the two values; the array's own gets one and sets the other
        // (a copy of each, retained and released).
        var placed = [Bool](repeating: false, count: order.count)
        suggestions.withUnsafeMutableBufferPointer { buffer in
            for start in order.indices where !placed[start] {
                var i = start
                while order[i] != start {
                    buffer.swapAt(i, order[i])
                    placed[i] = true
                    i = order[i]
                }
                placed[i] = true
            }
        }
    }

    /// The ranking's order: available first, then score, lower load, name.
    public static func ranksBefore(_ a: Suggestion, _ b: Suggestion) -> Bool {
        if a.isAvailable != b.isAvailable { return a.isAvailable }
        if a.score != b.score { return a.score > b.score }
        if a.load != b.load { return a.load < b.load }
        return (a.staff.name, a.staff.id) < (b.staff.name, b.staff.id)
    }

    /// The one reason that depends on the load (always a ranking's last): room left or over
    /// capacity. The handover planner renews only this one as its lines fill colleagues up.
    public static func roomReason(load: Double, weight: Double, capacity: Double) -> (reason: Suggestion.Reason, over: Bool) {
        let (points, over) = roomPoints(load: load, weight: weight, capacity: capacity)
        if over {
            return (.init(text: tr("suggestion.over_capacity", fmt(load), fmt(weight), fmt(capacity)), points: points), true)
        }
        return (.init(text: tr("suggestion.has_room", fmt(load), fmt(capacity)), points: points), false)
    }

    /// "expertise: Financiën, Huisvesting": the domains of the case a colleague has, in the case's order.
    static func expertiseText(_ matching: [LifeDomain]) -> String {
        tr("suggestion.expertise", matching.map(\.label).joined(separator: ", "))
    }

    /// The room reason's points, and whether assigning would bring the colleague over capacity.
    static func roomPoints(load: Double, weight: Double, capacity: Double) -> (points: Int, over: Bool) {
        if load + weight > capacity + 1e-9 { return (Weight.overCapacity, true) }
        let room = capacity - load
        return (room.isFinite ? Int(min(Double(Weight.roomMax), max(0, room))) : 0, false)
    }

    static func fmt(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

/// The texts of a run of rankings' reasons, each made once and then looked up by what it is
/// made from: a handover plan at 100,000 households ranks 600 colleagues for each of its 60
/// cases, and a colleague's room (with the loads before the plan) and the expertise a set of
/// domains reads as are the same texts case after case. Making them again was about a third of
/// the plan. The text kept is the one made by `roomReason` and `expertiseText`, so a ranking
/// reads the same with or without it; texts kept in another language are dropped when a ranking
/// starts in this one.
public struct ReasonTexts: Sendable {
    private var language: Language?
    private struct RoomKey: Hashable {
        let load: Double, capacity: Double
        /// The case's weight when assigning brings the colleague over capacity (that text says
        /// it); nil when there is room (that text does not).
        let overWeight: Double?
    }
    private var rooms: [RoomKey: String] = [:]
    /// By the matching domains' places in `LifeDomain.allCases`, four bits each, in order.
    private var expertise: [UInt64: String] = [:]

    public init() {}

    /// Called as a ranking starts: the texts kept so far are dropped unless they are in `language`.
    mutating func keep(for language: Language) {
        guard language != self.language else { return }
        self.language = language
        rooms = [:]
        expertise = [:]
    }

    /// The room reason (`SuggestionRanker.roomReason`).
    mutating func room(load: Double, weight: Double, capacity: Double) -> (reason: Suggestion.Reason, over: Bool) {
        let (points, over) = SuggestionRanker.roomPoints(load: load, weight: weight, capacity: capacity)
        let key = RoomKey(load: load, capacity: capacity, overWeight: over ? weight : nil)
        if let text = rooms[key] { return (.init(text: text, points: points), over) }
        let made = SuggestionRanker.roomReason(load: load, weight: weight, capacity: capacity)
        rooms[key] = made.reason.text
        return made
    }

    /// The expertise reason's text and how many of `domains` `s` has; nil when none.
    mutating func expertise(of s: Staff, in domains: [LifeDomain]) -> (text: String, count: Int)? {
        var key: UInt64 = 0, count = 0
        for d in domains where s.expertise.contains(d) {
            key = key << 4 | UInt64(LifeDomain.allCases.firstIndex(of: d)! + 1)
            count += 1
        }
        guard count > 0 else { return nil }
        // Sixteen places at four bits: more matches (a list with repeats) are made each time.
        guard count <= 16 else { return (SuggestionRanker.expertiseText(domains.filter { s.expertise.contains($0) }), count) }
        if let text = expertise[key] { return (text, count) }
        let text = SuggestionRanker.expertiseText(domains.filter { s.expertise.contains($0) })
        expertise[key] = text
        return (text, count)
    }
}

/// Suggestion contexts read for many cases and households at once (`suggestionContexts`).
public struct SuggestionContexts: Sendable, Equatable {
    public var cases: [Int: SuggestionContext]
    public var households: [Int: SuggestionContext]
    public init(cases: [Int: SuggestionContext] = [:], households: [Int: SuggestionContext] = [:]) {
        self.cases = cases; self.households = households
    }
}
